"""Where something happens: "в Астане", "в Кремле", "в нашей стране", "в столице Узбекистана"."""

from __future__ import annotations

import re
from dataclasses import dataclass

from kg.extract.gazetteer import ENVOY_TITLE, Gazetteer
from kg.extract.model import Article, Meeting, Sentence

# "в г. Исламабад", "в г.Минске"; "посетят Астану": what a visit verb takes is where one goes ("делегация из
# Харбина" is where the guests come from)
# ("в конфликте с Арменией": a preposition between governs the place, and it is not where)
_PREP_BEFORE = re.compile(
    r"(?i)\b(?:в|во|на)\s+(?:(?!(?:с|со|к|ко|от|до|для|о|об|обо|при|между|против|из|у|за|по|через)\s)"
    r"[А-ЯЁа-яё-]+(?:\.\s*|\s+)){0,3}$|\bпосет\w+\s+$"
)
# "на Совете регионов России ...", "на Форуме ...": a capitalised word after "на" names a gathering the place
# is part of the name of ("в Минстрое России", "в Думе города Владивостока" are where it happened)
_NAMED_BETWEEN = re.compile(r"^(?i:на)\s+[А-ЯЁ][а-яё]+\s+(?:(?!(?:в|во|на|из)\s)[а-яё-]+\s+){0,2}$")
# a state of affairs somewhere is what a meeting discusses: "обстановку в Казахстане", "ситуации на Украине"
_STATE_OF_AFFAIRS = re.compile(
    r"(?i)\b(?:обстановк|ситуаци|положени[еяюи]|событи[йяюе]|кризис|конфликт|урегулировани|беспорядк|протест|"
    r"выбор(?:ы|ов|ах|ам)|войн[аыуе])\w*\s+(?:(?:в|во|на)\s+(?:[А-ЯЁа-яё-]+,?\s+){0,2}?(?:и\s+)?){1,2}$"
)
_OUR = re.compile(r"(?i)\bв\s+наш(?:ей|у)\s+стран[еу]\b")
# "в азербайджанском городе Габала", "в китайском городе Сиань": a city the gazetteer may not know
_TOWN = re.compile(
    r"(?i)\bв\s+(?:(?P<adj>[а-яё]+[сц]к(?:ом|ой))\s+)?город[еа]\s+(?P<name>(?-i:[А-ЯЁ][а-яё]+(?:-[А-ЯЁ]?[а-яё]+)*))"
)
_CAPITAL = re.compile(
    r"(?i)\bв\s+(?:(?P<adj>[а-яё]+[сц]к\w+)\s+)?столиц[еуы](?:\s+(?P<rest>(?-i:[А-ЯЁ])[а-яё]+))?"
)


@dataclass
class Place:
    city: str | None
    country: str | None
    start: int


def places_in(article: Article, gaz: Gazetteer, start: int, stop: int) -> list[Place]:
    """Places a stretch of text puts an event in, in text order."""
    text = article.text
    out: list[Place] = []
    envoys = _envoy_title_spans(article, start, stop)
    for m in article.places_in(start, stop):
        if m.kind not in ("city", "country", "region", "body"):
            continue
        if any(a <= m.start < b for a, b in envoys):
            continue  # "с генеральным консулом Индии во Владивостоке", "посла России в Китае": where one serves
        if m.kind == "body" and m.value.kind != "residence":
            continue
        before = _PREP_BEFORE.search(text[max(start, m.start - 40) : m.start])
        if not before or _NAMED_BETWEEN.search(before.group(0)):
            continue  # "На Совете регионов России и Узбекистана": a state in a body's name is no place
        if _STATE_OF_AFFAIRS.search(text[max(start, m.start - 60) : m.start]):
            continue  # "обсудил обстановку в Казахстане": where the matter discussed is, not the meeting
        if m.kind == "city" and gaz.is_residence(m.text):
            out.append(Place(_named_city(article, gaz, m.value), m.iso, m.start))
        elif m.kind == "city":
            out.append(Place(m.value, m.iso, m.start))
        elif m.kind == "body":
            # "в Кремле": Moscow where the text names Moscow too; a residence alone names no city (GOLD)
            out.append(Place(_named_city(article, gaz, gaz.landmarks.get(m.value.name)), m.iso, m.start))
        else:
            out.append(Place(None, m.iso, m.start))
    chunk = text[start:stop]
    for m in _OUR.finditer(chunk):
        out.append(Place(None, article.publisher_country, start + m.start()))
    for m in _TOWN.finditer(chunk):
        name = m.group("name")
        iso = gaz.country_of_city(name)
        if iso is None and m.group("adj"):
            iso = next(
                (
                    p.iso
                    for p in article.places_in(start + m.start("adj"), start + m.end("adj"))
                    if p.kind == "adjective"
                ),
                None,
            )
        if iso:
            out.append(Place(name, iso, start + m.start()))
    for m in _CAPITAL.finditer(chunk):
        iso = None
        for p in article.places_in(start + m.start(), start + m.end()):
            if p.kind in ("country", "adjective"):
                iso = p.iso
        if iso is None and m.group("adj") is None and m.group("rest") is None:
            iso = (
                article.publisher_country
            )  # "в столице" alone; "в столице Урала" is a region's, not the state's
        if iso:
            out.append(Place(gaz.countries[iso].capital, iso, start + m.start()))
    for m in article.places_in(start, stop):
        # "на полях Петербургского международного экономического форума": a gathering named by its city
        if (
            m.kind == "city_adjective"
            and _GATHERING_AFTER.match(text, m.stop)
            and _FRAME_BEFORE.search(text[max(start, m.start - 30) : m.start])
        ):
            out.append(Place(m.value, m.iso, m.start))
    out.sort(key=lambda p: p.start)
    return out


def _envoy_title_spans(article: Article, start: int, stop: int) -> list[tuple[int, int]]:
    """The spans of envoys' titles in the stretch: the place an envoy serves in is no venue ("на совещании
    руководителей ведомств в г. Бишкеке" is where they met)."""
    return [
        (p.evidence.start, p.evidence.stop)
        for person in article.persons.values()
        for p in person.posts
        if p.evidence.start < stop
        and start < p.evidence.stop
        and ENVOY_TITLE.search(article.text, p.evidence.start, p.evidence.stop)
    ]


def _named_city(article: Article, gaz: Gazetteer, city: str | None) -> str | None:
    """The city of a residence, where the text names that city by its own name somewhere."""
    named = any(m.kind == "city" and m.value == city and not gaz.is_residence(m.text) for m in article.places)
    return city if named else None


_GATHERING_AFTER = re.compile(
    r"(?i)\s+(?:[а-яё-]+(?:ого|ой|их)\s+){0,3}(?:форум|саммит|конференци|выставк|ярмарк|совещани)"
)
_FRAME_BEFORE = re.compile(r"(?i)(?:\bна\s+полях|\bв\s+рамках|\bв\s+ходе|\bна|\bво\s+время)\s+$")


def in_first_city(article: Article, gaz: Gazetteer, meeting: Meeting, s: Sentence) -> Meeting:
    """A last resort's meeting, placed in the first city its sentence names (when it names one)."""
    cities = [p for p in places_in(article, gaz, s.start, s.stop) if p.city]
    if cities:
        meeting.city, meeting.country = cities[0].city, cities[0].country
    return meeting
