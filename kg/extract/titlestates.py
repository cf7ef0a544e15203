"""Stage 3, whose a title is: the state (or region) the words of a title phrase name ("премьер-министры Грузии и
Армении", "китайский посол", "губернатор региона" after a region named, "делегация Казахстана во главе с ..."), in
order, as (ISO, kind) pairs; ``posts`` gives them to the title's holders.
"""

from __future__ import annotations

import re
from functools import lru_cache

from kg.extract.model import Article, Span
from kg.resources import gazetteer_file

_COUNTRY_KINDS = ("country", "adjective", "region", "body", "city", "city_adjective")

# "по отношениям с", "по связям с", "по сотрудничеству с": a title's area, whose "с" names no partner
ASSIGNMENT_BEFORE_WITH = re.compile(
    r"(?i)\bпо\s+(?:(?:[а-яё]+(?:ым|им|ой|ей)\s+)?(?:отношени|связ|сотрудничеств|взаимодействи|работ|контакт)[а-яё]*)\s*$"
)


def sentence_of(article: Article, pos: int) -> int:
    return next((s.index for s in article.sentences if s.start <= pos < s.stop), 0)


# "делегацией Правительства Ростовской области во главе с первым заместителем губернатора X"
_DELEGATION_LED_BY = re.compile(
    r"(?i)(?:\b(?P<adj>[а-яё]+[сц]к(?:ой|ая|ую|ие|их|ими)\s+))?"  # "с китайской делегацией ..."
    r"\bделегаци\w*(?P<whose>[^.;!?]{0,120}?),?\s+(?:во главе с|возглавляем\w+)\s+$"
)


# "В составе украинской делегации – министр X, заместитель главы Секретариата Президента Y": its members listed
# ("В состав армянской делегации входят ...", "... вошли": the same list, told by its verb)
_DELEGATION_LISTED = re.compile(
    r"(?i)\bв\s+состав[еа]?\s+(?P<whose>[^.;!?]{0,60}?)\s*делегаци\w*\s*"
    r"(?:[-–—:]|(?:вош(?:ли|[её]л|ла)|вход(?:ят|ит|или|ил)|включ[её]н\w*)\b)"
)


def delegation_countries(article: Article, span: Span) -> list[tuple[str | None, str]]:
    """A title with no state of its own, heading a delegation, is of the delegation's one state."""
    start = article.sentences[sentence_of(article, span.start)].start
    m = _DELEGATION_LED_BY.search(article.text[start : span.start]) or _DELEGATION_LISTED.search(
        article.text[start : span.start]
    )
    if m is None:
        return []
    a, b = start + (m.start("adj") if m.groupdict().get("adj") else m.start("whose")), start + m.end("whose")
    states = {
        p.iso
        for p in article.places_in(a, b)
        if p.iso
        and p.kind in ("country", "adjective", "region", "city", "city_adjective")  # "Омская делегация"
    }
    return [(states.pop(), "delegation")] if len(states) == 1 else []


_THIS_REGION = re.compile(r"(?i)\b(?:региона|области|края|провинции|штата|республики)\s*$")
_THIS_COUNTRY = re.compile(r"(?i)\b(?:эт(?:ой|ого)|данной|данного)\s+(?:страны|государства)\b")
# a bare "страны" closing the title ("министр туризма и древностей страны Шериф Фатхи"), not "нашей страны"
_THE_COUNTRY = re.compile(r"(?i)(?<!нашей )(?<!своей )\bстраны\s*$")


def title_countries(article: Article, span: Span) -> list[tuple[str | None, str]]:
    """(ISO, kind) of each place a title names, in order: "премьер-министры Грузии и Армении"; "этой страны"
    is the country named last before it."""
    out: list[tuple[str | None, str]] = []
    told = _envoy_of_a_state_told(article, span)
    if told:
        return told
    if _THIS_COUNTRY.search(article.text[span.start : span.stop]):
        before = [
            m
            for m in article.places
            if m.stop <= span.start and m.kind == "country" and span.start - m.stop < 400
        ]
        if before:
            return [(before[-1].iso, "country")]
    if _THE_COUNTRY.search(article.text[span.start : span.stop]):
        # the one state the sentence names before the title, by a country or a city ("В Манагуа ... России":
        # two, and the title stays open)
        s = next((x for x in article.sentences if x.start <= span.start < x.stop), None)
        told = (
            {m.iso for m in article.places_in(s.start, span.start) if m.kind in ("country", "city")}
            if s
            else set()
        )
        if len(told) == 1 and None not in told:
            return [(told.pop(), "country")]
    this_region = _THIS_REGION.search(article.text[span.start : span.stop])
    if this_region and not article.places_in(span.start, span.stop):
        # "губернатором региона Анатолием Исаченко": the region named last before ("области": the last
        # "... область" named, not a province)
        word = this_region.group(0).lower()[:3]  # "обл", "кра", "про", "шта", "рес"; "рег" is any region
        # "встреча главы Брянщины Александра Богомаза с главой региона X": a region another's title names, right
        # before that one's name, is not "the region" of a partner after "с" (in a list of one side it is: "первый
        # вице-губернатор Свердловской области X, министр ... региона Y")
        named = {
            m.start
            for m in article.mentions
            if m.stop <= span.start and re.search(r"(?i)\bсо?\s", article.text[m.stop : span.start])
        }
        before = [
            m
            for m in article.places
            if m.stop <= span.start
            and m.kind == "region"
            and m.iso
            and span.start - m.stop < 400
            and (word == "рег" or re.search(rf"(?i)\b{word}", m.text) is not None)
            and not any(m.stop < start <= m.stop + 2 for start in named)
        ]
        if before:
            return [(before[-1].iso, "region")]
    for match in article.places_in(span.start, span.stop):
        if _area_partner(article.text[span.start : match.start]):
            continue  # "по сотрудничеству с Китаем": the title's partner, not its state
        if _CHAIRING.search(article.text[span.start : match.start]):
            continue  # "премьера председательствующей в Евросоюзе Чехии": what the state chairs, not the title's
        if _UNITS_AREA.search(article.text[span.start : match.start]) and _a_state_after(
            article, span, match
        ):
            continue  # "Департамента России, Восточной Европы ... МИД Финляндии": the department's area
        if match.kind == "city" and city_where_they_are(article, span, match.start):
            continue  # "руководителей ведомств ... в г. Чолпон-Ате Владимир Пучков": where they met, not whose
        if match.kind == "body" and match.value.country is None:
            out.append((None, "international"))
        elif match.kind in _COUNTRY_KINDS and match.iso:
            kind = "country" if match.kind == "region" and match.value.macro else match.kind
            if (match.iso, kind) not in out:
                out.append((match.iso, kind))
    if out and _DIPLOMAT.match(article.text[span.start : span.stop]) and _where_posted(article, span):
        # "генконсул азиатской республики в Екатеринбурге": where a diplomat serves is not whose he is
        sent = [
            (m.iso, m.kind)
            for m in article.places_in(span.start, span.stop)
            if not re.search(r"(?i)\bв[о]?\s+$", article.text[span.start : m.start])
        ]
        out = [place for place in out if place in sent]
    # "китайский посол Чжан Сяо", "Белорусский премьер-министр": the state's adjective right before, on the
    # same line ("... посол датский\n\nГубернатор X": a headline's last word is not the title's)
    # "Рижский мэр X", "московский градоначальник": a city's adjective tells the state of its head
    adjective = [
        (m.iso, m.kind)
        for m in article.places_in(max(0, span.start - 40), span.start)
        if m.kind in ("adjective", "city_adjective")
        and m.iso
        and not article.text[m.stop : span.start].strip(" \t\xa0")
    ]
    if not out or adjective and _where_posted(article, span):
        # "белорусским послом в Китае": the state the adjective names sends him to the one "в" names
        out = adjective + [place for place in out if place not in adjective]
    if not out:
        # "председатель Лидского райисполкома": an office only one state has names that state
        title = article.text[span.start : span.stop]
        out = [(iso, "office") for rx, iso in _one_state_offices() if rx.search(title)][:1]
    return out


# a ministry's unit named by the part of the world it deals with: "Департамента России, Восточной Европы и ..."
_UNITS_AREA = re.compile(
    r"(?i)\b(?:департамент|отдел|управлени|дирекци|бюро)\w*\s+(?:(?-i:[А-ЯЁ])[а-яё-]+(?:\s+|,\s*|\s+и\s+)){0,8}$"
)


def _a_state_after(article: Article, span: Span, match) -> bool:
    """Another state or state body the title names after this place (whose the unit is)."""
    return any(
        m.start >= match.stop and m.kind in ("country", "body") and m.iso
        for m in article.places_in(span.start, span.stop)
    )


_CHAIRING = re.compile(r"(?i)\bпредседательству\w+\s+(?:в|во|на)\s+$")
_IN_A_CITY = re.compile(r"(?i)\bв[о]?\s+(?:(?:г\.|гор\.|город[ае]?)\s*)?$")


def city_where_they_are(article: Article, title: Span, start: int) -> bool:
    """A city a title names after "в" ("совещание руководителей ведомств в г. Чолпон-Ате Владимир Пучков") is where
    its holders are, unless the title is a diplomat's ("посол Японии в Ташкенте": where he serves)."""
    text = article.text[title.start : title.stop]
    return _IN_A_CITY.search(article.text[title.start : start]) is not None and not _ANY_DIPLOMAT.search(text)


_DIPLOMAT_WORDS = r"посол\b|посл(?:а|ом|у)\b|генконсул|консул|посланник"
# a diplomat's title anywhere in it ("Чрезвычайный и Полномочный Посол"), or a representative's
_ANY_DIPLOMAT = re.compile(rf"(?i)\b(?:{_DIPLOMAT_WORDS}|посольств|представител)")
# a title that begins as a diplomat's, after the rank ("Чрезвычайный и Полномочный Посол", "генеральный консул")
_DIPLOMAT = re.compile(
    rf"(?i)\s*(?:чрезвычайн\w+\s+и\s+полномочн\w+\s+)?(?:генеральн\w+\s+)?(?:{_DIPLOMAT_WORDS})\w*"
)
# "Посол страны в РФ", "Послом Республики в РФ": an envoy of a state the text told before, by its bare state word
_ENVOY_OF_THE_STATE = re.compile(
    rf"(?i)(?:{_DIPLOMAT_WORDS})\w*\s+(?!наш|сво)(?:[а-яё]+(?:ой|ого)\s+)?"
    r"(?:страны|республики|государства|королевства)\s+в[о]?\s+\S"
)


def _envoy_of_a_state_told(article: Article, span: Span) -> list[tuple[str | None, str]]:
    """The state an envoy's title names by its bare word ("Посол страны в РФ Мохамед Йонгаво", after "Глава МИД
    Сьерра-Леоне"): the state named last before the title, other than the one the envoy serves in."""
    if not _ENVOY_OF_THE_STATE.search(article.text[span.start : span.stop]):
        return []
    host = posted_in(article, span)
    if host is None:
        return []
    before = [
        m
        for m in article.places
        if m.stop <= span.start
        and m.kind in ("country", "adjective")
        and m.iso
        and m.iso != host[0]
        and span.start - m.stop < 400
    ]
    return [(before[-1].iso, "country")] if before else []


@lru_cache(maxsize=1)
def _one_state_offices() -> list[tuple[re.Pattern, str]]:
    with gazetteer_file("offices.tsv").open(encoding="utf-8") as fh:
        rows = [line.rstrip("\n").split("\t") for line in fh if line.strip() and not line.startswith("#")]
    return [(re.compile(rf"(?i)\b(?:{pattern})"), iso) for pattern, iso in rows]


def _area_partner(before: str) -> bool:
    """The place after ``before`` is the partner of a title's area ("... по отношениям с ", "по связям с
    парламентом ")."""
    m = re.search(r"\s(?:с|со)\s+(?:[а-яё]+\s+){0,2}$", before)
    return m is not None and bool(ASSIGNMENT_BEFORE_WITH.search(before[: m.start()]))


def posted_in(article: Article, span: Span) -> tuple[str | None, str] | None:
    """The last state of a title after "в" ("послами Китая и Турции в Грузии"): where its holders serve."""
    places = [m for m in article.places_in(span.start, span.stop) if m.iso and m.kind in _COUNTRY_KINDS]
    if places and re.search(r"(?i)\bв[о]?\s+$", article.text[span.start : places[-1].start]):
        return (places[-1].iso, places[-1].kind)
    return None


def _where_posted(article: Article, span: Span) -> bool:
    """The first place inside a title is where its holder serves ("послом в Китае"), not whose he is."""
    first = next(iter(article.places_in(span.start, span.stop)), None)
    return first is not None and bool(re.search(r"(?i)\bв[о]?\s+$", article.text[span.start : first.start]))
