"""Whose "наша страна" is it? The publisher's country, when the command line does not say.

The text tells it in several ways, taken in this order:

- a visitor "в нашей стране" / "в нашу страну" comes from elsewhere, so the outlet is
  in the other party's country; "X нашей страны" heading "узбекскую делегацию" is that
  delegation's country;
- the source it names: "передает Kazinform", "сообщает 24.kg", a site's domain
  (``data/gazetteer/outlets.tsv`` and the domain's country code);
- its dateline: "БИШКЕК, 9 фев — Sputnik.";
- the order of a pair: "казахстанско-российских", "между Республикой Узбекистан и
  Республикой Казахстан" name the outlet's own country first.
"""

from __future__ import annotations

import csv
import re
from functools import lru_cache

from kg.extract.gazetteer import Gazetteer
from kg.extract.model import Article
from kg.resources import gazetteer_file

_DOMAIN = re.compile(r"(?i)\b[\w-]+\.(kz|kg|uz|by|ru|az|am|tj|tm|ge|md|ua|cn|mn|tr)\b")
_COMPOUND = re.compile(r"(?i)\b([а-яё]+)о-([а-яё]+[сц]к\w*)")
_PAIR = re.compile(r"(?i)\bмежду\s+(\S+(?:\s+\S+)?)\s+и\s+")


@lru_cache(maxsize=1)
def outlet_patterns() -> list[tuple[re.Pattern, str]]:
    with gazetteer_file("outlets.tsv").open(encoding="utf-8") as fh:
        rows = [r for r in csv.reader(fh, delimiter="\t") if r and not r[0].startswith("#")]
    return [(re.compile(r"(?i)(?<![\w.])(?:" + rx + r")"), iso) for rx, iso in rows]


def infer_from_sources(article: Article, gaz: Gazetteer) -> str | None:
    """The outlet's country from the source it names, its dateline, or the order of a pair of countries."""
    votes: dict[str, float] = {}

    def vote(iso: str | None, weight: float) -> None:
        if iso and iso in gaz.countries:
            votes[iso] = votes.get(iso, 0.0) + weight

    text = article.text
    for rx, iso in outlet_patterns():
        if rx.search(text):
            vote(iso, 3.0)
    for m in _DOMAIN.finditer(text):
        vote(m.group(1).upper(), 2.0)
    if article.dateline:
        vote(
            next((m.iso for m in gaz.find(article.dateline.title()) if m.kind in ("city", "country")), None),
            3.0,
        )
    for m in _COMPOUND.finditer(text):
        # "казахстанско-российских": both halves are states' ("немецко-фашистских захватчиков" names no pair)
        if not any(p.kind == "adjective" and p.start == 0 for p in gaz.find(m.group(2))):
            continue
        first = next((p.iso for p in gaz.find(m.group(1) + "ий") if p.kind == "adjective"), None)
        vote(first, 0.5)
    for m in _PAIR.finditer(text):
        # "между Казахстаном и Россией": the outlet names its own state first; a pair of a state and a city
        # ("между городами Вьетнама и Владивостоком") is no pair of states
        # ("между городами-побратимами Японии и Прибайкалья"), nor is a state and a word no gazetteer knows
        second = [p for p in gaz.find(text[m.end() : m.end() + 40]) if p.start == 0]
        if not second or second[0].kind not in ("country", "adjective"):
            continue
        vote(next((p.iso for p in gaz.find(m.group(1)) if p.kind in ("country", "adjective")), None), 0.5)
    if not votes:
        return None
    best = max(votes, key=lambda iso: votes[iso])
    return best if list(votes.values()).count(votes[best]) == 1 else None


# Countries whose outlets report their own diplomacy in Russian: the candidates for an outlet that names
# neither itself nor its country's officials' country.
RUSSIAN_LANGUAGE_PRESS = frozenset(["KZ", "KG", "UZ", "TJ", "TM", "RU", "BY", "AZ", "AM", "GE", "MD"])


def infer_from_mentions(article: Article) -> str | None:
    """The one Russian-press country the text names apart from its partners' titles.

    "Глава МИД Жээнбек Кулубаев провел разговор с министром иностранных дел Бахрейна ...", under
    a headline naming Kyrgyzstan: the partners' titles name Bahrain, so the untitled official is
    from the other country the text names. Only when some partner is titled (else the untitled
    side could be either) and only one candidate remains."""
    titles = [p.evidence for person in article.persons.values() for p in person.posts]
    theirs = {p.country for person in article.persons.values() for p in person.posts if p.country}
    if not theirs:
        return None
    candidates = {
        place.iso
        for place in article.places
        if place.kind in ("country", "adjective")
        and place.iso in RUSSIAN_LANGUAGE_PRESS
        and place.iso not in theirs
        and not any(t.start <= place.start < t.stop for t in titles)
    }
    return candidates.pop() if len(candidates) == 1 else None


def infer_from_regions(article: Article) -> str | None:
    """A regional outlet names its own region over and over ("Воронежская область", "Приморье"): the one state
    whose regions the text names, at least twice, among the states whose press writes in Russian (with regions
    of two states, as in a governor's visit abroad, the outlet may be either's)."""
    counts: dict[str, int] = {}
    for place in article.places:
        if place.kind == "region" and place.iso:
            counts[place.iso] = counts.get(place.iso, 0) + 1
    ranked = sorted(counts.items(), key=lambda item: -item[1])
    if not ranked or ranked[0][1] < 2 or ranked[0][0] not in RUSSIAN_LANGUAGE_PRESS:
        return None
    if len(ranked) > 1:
        return None  # regions of two states: a visit abroad, whose outlet is unknown
    return ranked[0][0]


DEFAULT_PUBLISHER_COUNTRY: str | None = None  # nothing tells the outlet: no guess
_OUR_PLACE = re.compile(r"(?i)\bв\s+наш(?:ей|у)\s+стран[еу]\b")
_OUR_TITLE = re.compile(r"(?i)\bнашей\s+страны\b")


def infer_publisher_country(article: Article) -> str | None:
    first_paragraph = article.paragraphs[0] if article.paragraphs else None
    for s in article.sentences:
        if s.in_quote:
            continue
        m = _OUR_PLACE.search(s.text)
        if m and re.search(r"(?i)визит|прибы|находи", s.text):
            pos = s.start + m.start()
            leading = re.search(r"(?i)(\S?)\s*\b(?:прибывш|находящ)\w+\s+$", s.text[: m.start()])
            if leading and leading.group(1) != ",":
                # "принял прибывшего в нашу страну с визитом Министра ...": the visitor is named after
                visitor_country = _first_country_after(article, s.start + m.end(), s.stop)
            else:
                visitor_country = _nearest_country_before(article, s.start, pos)
            if visitor_country:
                others = set()
                span_start = first_paragraph.start if first_paragraph else s.start
                for mention in article.mentions:
                    if (
                        span_start
                        <= mention.start
                        < max(s.stop, first_paragraph.stop if first_paragraph else 0)
                    ):
                        for post in article.persons[mention.person].posts:
                            if post.country and post.country != visitor_country:
                                others.add(post.country)
                if len(others) == 1:
                    return others.pop()
        m = _OUR_TITLE.search(s.text)
        titled = m is not None and any(
            0 <= mm.start - (s.start + m.end()) <= 40 for mm in article.mentions_in(s.index)
        )
        if titled:  # "Премьер-министр нашей страны Абдулла Арипов", not "политики нашей страны"
            clause_start = s.text.rfind(",", 0, m.start()) + 1
            before = [
                p
                for p in article.places_in(s.start + clause_start, s.start + m.start())
                if p.kind in ("adjective", "country")
            ]
            if before:
                return before[0].iso
            # "под сопредседательством Премьер-министра нашей страны X и Премьер-министра Азербайджана Y":
            # ours is the country the article names most, other than the partners'
            theirs = {
                p.country
                for person in article.persons.values()
                for p in person.posts
                if p.country and not _OUR_TITLE.search(article.text[p.evidence.start : p.evidence.stop])
            }
            titles = [p.evidence for person in article.persons.values() for p in person.posts]
            counts: dict[str, int] = {}
            for place in article.places:
                if (
                    place.kind in ("country", "adjective")
                    and place.iso not in theirs
                    and not any(t.start <= place.start < t.stop for t in titles)
                ):
                    counts[place.iso] = counts.get(place.iso, 0) + 1
            if theirs and counts:
                return max(counts, key=lambda iso: counts[iso])
    return None


def _first_country_after(article: Article, start: int, stop: int) -> str | None:
    for mention in article.mentions:
        if start <= mention.start < stop:
            countries = [p.country for p in article.persons[mention.person].posts if p.country]
            if countries:
                return countries[0]
    return None


def _nearest_country_before(article: Article, start: int, pos: int) -> str | None:
    """The country of the person (or description) nearest before ``pos``."""
    best = None
    for mention in article.mentions:
        if start <= mention.start < pos:
            countries = [p.country for p in article.persons[mention.person].posts if p.country]
            if countries:
                best = (mention.start, countries[0])
    for place in article.places_in(start, pos):
        if place.kind == "adjective" and (best is None or place.start > best[0]):
            best = (place.start, place.iso)
    return best[1] if best else None
