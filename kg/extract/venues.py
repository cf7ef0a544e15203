"""Where a meeting was held when its own sentence does not say: "здесь" after a dateline, or the one city
that the headline or a sentence before the meeting names as where something happens."""

from __future__ import annotations

import re

from kg.extract.arguments import EVENT_NOUN_LEMMAS
from kg.extract.gazetteer import Gazetteer
from kg.extract.model import Article, Meeting, Sentence
from kg.extract.places import places_in


def city_told_before(article: Article, gaz: Gazetteer, meeting: Meeting) -> str | None:
    return _city_told_here(article, gaz, meeting) or _only_city_of(article, gaz, meeting)


_HERE = re.compile(r"(?i)\bздесь\b")


def _city_told_here(article: Article, gaz: Gazetteer, meeting: Meeting) -> str | None:
    """ "ТАШКЕНТ, 6 июля /Синьхуа/ -- Сегодня здесь министры ...": "здесь" is the dateline's city."""
    if not article.dateline or not any(
        _HERE.search(article.sentences[i].text) and not article.sentences[i].in_quote
        for i in meeting.sentences
    ):
        return None
    city = next((m.value for m in gaz.find(article.dateline.title()) if m.kind == "city"), None)
    return (
        city if city and (meeting.country is None or gaz.country_of_city(city) == meeting.country) else None
    )


def _only_city_of(article: Article, gaz: Gazetteer, meeting: Meeting) -> str | None:
    """The one city of the meeting's country (or of a participant's, when the country is open) that the text
    names as the place of something happening, up to the meeting's sentence, outside titles and quotes: "В
    Душанбе обсудили ..." in the headline, "посетил столицу ... Астану" before "В рамках визита X провел
    встречи"."""
    countries = (
        {meeting.country}
        if meeting.country
        else {p.country for key in meeting.participants for p in article.persons[key].posts if p.country}
    )
    titles = [p.evidence for person in article.persons.values() for p in person.posts]
    found: set[str] = set()
    # not the sentences after the meeting's own: they tell its talk ("секции интересов ... в Тбилиси")
    for s in article.sentences[: meeting.sentence + 1]:
        if s.in_quote or s.index in article.recalled:
            continue
        own = [(p.city, p.country, p.start) for p in places_in(article, gaz, s.start, s.stop) if p.city]
        told = [(m.value, m.iso, m.start) for m in article.places_in(s.start, s.stop) if m.kind == "city"]
        found |= {
            city
            for city, iso, start in (own if s.index == meeting.sentence else own + told)
            if iso in countries
            and not any(t.start <= start < t.stop for t in titles)
            and (s.index == meeting.sentence or _where_something_happens(s, start))
        }
    return found.pop() if len(found) == 1 else None


_EVENT_LEMMAS = EVENT_NOUN_LEMMAS | {"визит", "поездка", "пребывание"}


def _where_something_happens(s: Sentence, start: int) -> bool:
    """The city is where a verb or an event noun takes place ("обсудили в Астане", "посетил столицу ...
    Астану", "встреча в Ташкенте"), not where a thing is ("выставка в Дубае", "посольство в Тбилиси")."""
    head = next((t for t in s.tokens if t.start <= start < t.stop), None)
    for _ in range(4):
        if head is None or head.head < 0:
            return False
        up = s.tokens[head.head]
        if (
            up.pos in ("VERB", "AUX")
            and up.feats.get("VerbForm") in ("Inf", "Part")
            or up.feats.get("Tense") == "Fut"
        ):
            return False  # "посетит Пекин", "планирует посетить": a plan places nothing that was held
        if up.pos in ("VERB", "AUX") or up.lemma in _EVENT_LEMMAS:
            if head.rel == "obj":
                return up.lemma in ("посетить", "посещать")  # not "поддерживать Туркестан"
            return head.rel in ("obl", "nmod") and any(
                c.head == head.index and c.rel == "case" and c.lemma in ("в", "во") for c in s.tokens
            )
        if head.rel not in ("appos", "flat", "flat:name", "nmod") or up.lemma not in ("столица", "город"):
            return False
        head = up
    return False
