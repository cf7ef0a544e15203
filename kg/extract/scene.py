"""What a sentence tells of a meeting's circumstances: its date, its place, its sides, whether it is
the news or a past event, and whether its participants make it international."""

from __future__ import annotations

import datetime as dt
import re

from kg.extract import coref
from kg.extract.dates import TextDate, find_dates, has_vague_past, relative_date, resolve, years_before
from kg.extract.gazetteer import Gazetteer, find_roles
from kg.extract.groups import honoured
from kg.extract.model import Article, Meeting, Sentence
from kg.extract.places import places_in
from kg.extract.private import private_person
from kg.extract.receptions import CREDENTIALS
from kg.extract.speech import speech_spans
from kg.extract.syntax import (
    INTENT_PREDICATES,
    ancestors,
    children,
    done_before,
    head_of_span,
    preposition,
    subtree,
    token_at,
)
from kg.extract.titlespans import TITLE_BREAK
from kg.extract.titlestates import city_where_they_are
from kg.extract.venues import city_told_before

CALLS = ("phone_call", "video_call")
_SAME_DAY = re.compile(r"(?i)\bв\s+тот\s+же\s+день\b")
_NEXT_DAY = re.compile(r"(?i)\bна\s+следующий\s+день\b")
_COMPOUND = re.compile(r"(?i)\b([а-яё]+)о-([а-яё]+[сц]к\w*)")
_BETWEEN = re.compile(r"(?i)\bмежду\s+(?:\w+\s+){1,3}?и\s+(?:\w+\s*){1,3}")


def reference_date(article: Article) -> dt.date | None:
    if article.published:
        return article.published
    for s in article.sentences:
        for d in find_dates(s.text):
            if d.year:
                return resolve(d, None)
    return None


def dated_in_past(article: Article, text: str, by_day: bool = True) -> bool:
    """A year or a month without a day, or a date well before the news, dates a past event
    ("в декабре прошлого года", "в 2023 году", "21 февраля" in a March article). ``by_day=False``
    leaves out the last: a day two weeks back may be the news itself when an outlet reports late."""
    if has_vague_past(text, article.reference_date) or years_before(text, article.reference_date):
        return True
    ref = article.reference_date or article.news_day
    if ref and by_day:
        for d in find_dates(text):
            date = resolve(d, ref)
            if date and (ref - date).days > 3 and not _is_period(text, d.start):
                return True
    return False


_LEAP = 2000  # a year with 29 February, for comparing days of an unknown year


def past_participle_clauses(article: Article, s: Sentence) -> list[tuple[int, int]]:
    """ "обсудили реализацию договоренностей, достигнутых президентами в ходе визита ... в августе": the spans of
    participle clauses dated in the past, whose people were at that time's event, not at this one."""
    out = []
    for t in s.tokens:
        if done_before(t):
            inside = subtree(s.tokens, t)
            text = article.text[inside[0].start : inside[-1].stop]
            if dated_in_past(article, text):
                out.append((inside[0].start, inside[-1].stop))
    return out


def news_day(article: Article) -> dt.date | None:
    """The first day the text names when no date has a year ("Об этом стало известно в понедельник,
    13 марта"): "1 марта ... приняли заявление" is then weeks before the news. Only days are compared
    with it (a day of ``_LEAP``): the year stays unknown."""
    for s in article.sentences:
        for d in find_dates(s.text):
            try:
                return dt.date(_LEAP, d.month, d.day)
            except ValueError:
                continue
    return None


_RANGE_AFTER = re.compile(r"\s*[–—-]\s*\d")
_RANGE_BEFORE = re.compile(r"\d[а-яё\s]*[–—-]\s*$")


def _in_range(text: str, start: int, stop: int) -> bool:
    """ "30 августа – 3 сентября": either end of a stretch of days."""
    return bool(_RANGE_AFTER.match(text, stop) or _RANGE_BEFORE.search(text[max(0, start - 20) : start]))


def _is_period(text: str, pos: int) -> bool:
    return bool(re.search(r"(?i)\b(?:до|на|с|по)\s+$", text[max(0, pos - 4) : pos]))


def sentence_date(article: Article, s: Sentence, previous: Meeting | None) -> dt.date | None:
    ref = article.reference_date
    for d in find_dates(s.text):
        if _is_period(s.text, d.start):
            continue
        date = resolve(d, ref)
        if date:
            return date
    if _SAME_DAY.search(s.text) and previous is not None:
        return previous.date
    if _NEXT_DAY.search(s.text) and previous is not None and previous.date:
        return previous.date + dt.timedelta(days=1)
    return relative_date(s.text, article.published, ahead=_announces(s))


def _dateline_day(article: Article, s: Sentence) -> dt.date | None:
    """ "Улан-Батор, 12 августа 2025 года – Состоялась встреча ...": the lead a dateline opens tells that day's
    news; not an announcement ("состоится", "проведут")."""
    told = article.dateline_days.get(s.paragraph)
    first = next((x for x in article.sentences if x.paragraph == s.paragraph), None)
    if told is None or first is None or first.index != s.index or _announces(s):
        return None
    year, month, day = told
    return resolve(TextDate(0, 0, day, month, year), article.reference_date)


def _announces(s: Sentence) -> bool:
    """The sentence's own verb is in the future ("встретится", "проведут"), or its predicate is one of a plan
    ("должна состояться", "намерены встретиться"): its weekday lies ahead."""
    if any(t.rel == "root" and t.pos == "ADJ" and t.lemma in INTENT_PREDICATES for t in s.tokens):
        return True
    verbs = [t for t in s.tokens if t.pos in ("VERB", "AUX") and t.feats.get("VerbForm") == "Fin"]
    root = next((t for t in verbs if t.rel == "root"), verbs[0] if verbs else None)
    return root is not None and root.feats.get("Tense") == "Fut"


# whose words are carried ("передал послание X", "от имени X"), or whose memory is honoured ("бюст X", "почтил
# память X", "возложил венок к памятнику X"): not a side
_CARRIED = {
    "послание",
    "приветствие",
    "привет",
    "поздравление",
    "письмо",
    "имя",
    "поручение",
    "память",
    "памятник",
    "бюст",
    "монумент",
    "мемориал",
    "мавзолей",
    "могила",
}
_NEWS_SOURCE_VERBS = {
    "сообщить",
    "сообщать",
    "рассказать",
    "рассказывать",
    "информировать",
    "проинформировать",
    "объявить",  # "..., объявил официальный представитель министерства X": who announces, not who meets
    "объявлять",
}


def date_undated_meetings(article: Article) -> None:
    """A held meeting told in the lead under a dated dateline is of that day; one still with no date keeps
    the day and month its sentences give ("12 ноября"), so that
    reports of one event from outlets that state no year can still be matched (``monthDay``)."""
    for meeting in article.meetings:
        if meeting.date is None and not meeting.future:
            meeting.date = _dateline_day(article, article.sentences[meeting.sentence])
        if meeting.date is not None:
            continue
        for index in [meeting.sentence, *meeting.sentences]:
            if not 0 <= index < len(article.sentences):
                continue
            text = article.sentences[index].text
            # a date with its year is another day's (the meeting's own would have dated it): "крушение 25 декабря
            # 2024 года"; "30 августа – 3 сентября" is a visit's period, not the talks' day
            day = next(
                (
                    d
                    for d in find_dates(text)
                    if d.year is None
                    and not _is_period(text, d.start)
                    and not _in_range(text, d.start, d.stop)
                ),
                None,
            )
            if day is not None:
                meeting.month_day = (day.month, day.day)
                break


# "сообщил по итогам переговоров с X": the one who reports the talks held them
_OWN_TALKS = re.compile(
    r"(?i)\b(?:по\s+итогам|в\s+ходе|в\s+рамках|во\s+время|после)\s+(?:\w+\s+)?(?:переговоров|встречи|беседы|разговора)\s+со?\b"
    # "во время встречи глава муниципалитета X сообщил ...": who speaks during the meeting is at it
    r"|\b(?:в\s+ходе|во\s+время)\s+(?:встречи|переговоров|беседы)\s+(?!как\b)[а-яё]"
)


_SOURCE_AT_END = re.compile(
    r"(?i),\s*(?:сообщил|сообщила|объявил|объявила|рассказал|рассказала|проинформировал|проинформировала)"
    r"\s+[^,.;:«»\"]{0,120}$"
)


def reports_the_news(s: Sentence, m) -> bool:
    """ "..., сообщил пресс-атташе посольства Константин Акименко": the source of the news, not a side;
    nor is the speaker a headline opens with ("Сергей Мардан: В Астрахани проходит заседание ...")."""
    if _VENUE_VISITED_BY.search(s.text[: m.start - s.start]):
        return (
            True  # "в рамках авиасалона, который посетили президент X и вице-премьер Y": the venue's visitors
        )
    if _OWN_TALKS.search(s.text):
        return False
    if _reports_on_surface(s, m):
        return True
    tokens = token_at(s, m.start, m.stop)
    if not tokens:
        return False
    node = tokens[0]
    seen = 0
    while node.rel in ("appos", "flat:name", "flat") and node.head >= 0 and seen < 4:
        node, seen = s.tokens[node.head], seen + 1
    if node.rel == "nsubj" and node.head >= 0 and s.tokens[node.head].lemma in _NEWS_SOURCE_VERBS:
        verb = s.tokens[node.head]
        low, high = sorted((verb.index, tokens[0].index))
        if not any(t.pos in ("VERB", "AUX") for t in s.tokens[low + 1 : high]):
            return True  # "X и Y будут председательствовать ..., объявил Z": X is the other verb's subject
    # "передал послание Садыра Жапарова", "от имени президента X": whose words are carried, not a side
    while node.rel in ("nmod", "appos", "flat:name") and node.head >= 0 and seen < 6:
        node, seen = s.tokens[node.head], seen + 1
        if node.lemma in _CARRIED:
            return True
    return False


_NEWSROOM_JOB = re.compile(
    r"(?i)\b(?:корреспондент|спецкор|журналист|обозревател|телеведущ|фотокорреспондент|редактор)\w*"
    r"(?:\s+(?:«[^»]{1,30}»|(?-i:[A-ZА-ЯЁ])[\w-]*|\w+ского|\w+ной|"
    # the outlet's kind ("журналист агентства Кабар"), not any word ("заявил журналистам после встречи X")
    r"(?:информ)?(?:агентств|издани|газет|телеканал|канал|радио|портал|журнал|сайт|редакци)\w*)){0,3}\s*$"
)


# a relative clause of the place where the meeting was, telling who else came there, up to the name
_VENUE_VISITED_BY = re.compile(
    r"(?i)(?:салон|выставк|форум|ярмарк|музе|завод|предприяти|павильон|стенд|объект|центр)\w*(?:\s+[^\s,]+){0,3},\s+"
    r"котор\w+\s+(?:[а-яё]+\s+){0,2}(?:посетил|осмотрел|побывал|открыл)\w*\s+[^;:]*$"
)


_OWN_DEED_AFTER_COLON = re.compile(
    r"\s*:\s*[«\"]?(?:[А-ЯЁ][а-яё]+\s+)?[А-ЯЁа-яё][а-яё]+(?:ил|ел|ал|ял|ыл)(?:а)?\s"
)


def _deed_without_subject(s: Sentence, speaker) -> bool:
    """The first finite verb after a speaker's colon is in the past and has no subject but the speaker ("Ольга
    Любимова: Встретилась с ...", "X: Также сегодня провел встречу"): the speaker did it ("X: Россия провела ..."
    is news)."""
    verb = next(
        (
            t
            for t in s.tokens
            if t.start >= speaker.stop and t.pos == "VERB" and t.feats.get("VerbForm") == "Fin"
        ),
        None,
    )
    if verb is None or verb.feats.get("Tense") != "Past":
        return False
    return all(speaker.start <= x.start < speaker.stop for x in children(s.tokens, verb, "nsubj"))


def _reports_on_surface(s: Sentence, m) -> bool:
    """A headline's speaker ("Сергей Мардан: ..."), or the name that ends a sentence after "..., объявил
    <title>" (the parse hangs such names anywhere, and a subject it hangs on that verb is no source)."""
    if m.start - s.start <= 2 and s.text[m.stop - s.start :].lstrip().startswith(":"):
        # "Дмитрий Миляев: Провел рабочую встречу ...": a post in the first person, whose verb is the speaker's
        return not (_OWN_DEED_AFTER_COLON.match(s.text[m.stop - s.start :]) or _deed_without_subject(s, m))
    if _NEWSROOM_JOB.search(s.text[: m.start - s.start]):
        return True  # "работает корреспондент «МИР 24» Артем Васнев": who reports, not who meets
    if honoured(s, m):
        return True  # "открыт бюст великому ученому Абу Райхону Беруни": honoured, not present
    return bool(_SOURCE_AT_END.search(s.text[: m.start - s.start])) and s.text[
        m.stop - s.start :
    ].strip() in (
        "",
        ".",
    )


def sources_of(article: Article, s: Sentence) -> set[str]:
    """Persons the sentence names only as the source of its news, by the surface."""
    mentions = article.mentions_in(s.index)
    sources = {m.person for m in mentions if _reports_on_surface(s, m)}
    return sources - {m.person for m in mentions if not _reports_on_surface(s, m)}


def _speech_in(article: Article, s: Sentence) -> list[tuple[int, int]]:
    """The direct speech a sentence's narrative introduces after a colon ("попросил посла: «Передайте моему
    другу X ...»" names no one at the meeting); a quotation that is the sentence's own news is read."""
    if s.in_quote or ":" not in s.text:
        return []
    return [
        (a, b)
        for a, b in speech_of(article, s)
        if s.start < a < s.stop and re.search(r":\s*[«\"“„]?\s*$", article.text[s.start : a])
    ]


def participants_of(article: Article, s: Sentence, visitor: str | None) -> list[str]:
    """Every person a sentence names or describes: the surface reading, where the parse has no argument."""
    keys: list[str] = []
    quoted = _speech_in(article, s)
    for m in article.mentions_in(s.index):
        if (
            m.person not in keys
            and not reports_the_news(s, m)
            and not any(a <= m.start < b for a, b in quoted)
        ):
            keys.append(m.person)
    mentions = article.mentions_in(s.index)
    for a, b in coref.descriptor_spans(article.text, s.start, s.stop):
        if any(m.start < b and a < m.stop for m in mentions):
            continue
        nxt = next((m for m in mentions if m.start >= b), None)
        between = article.text[b : nxt.start] if nxt is not None else ""
        if (
            nxt is not None
            and re.fullmatch(r"[\sА-ЯЁа-яё-]{0,60}", between)
            and len(between.split()) <= 5
            and not TITLE_BREAK.search(between)
        ):
            continue  # a title before a name, not a description
        prv = next((m for m in reversed(mentions) if m.stop <= a), None)
        if prv is not None and re.fullmatch(
            r"\s*(?:,|[–—])\s*(?:занима\w+ пост\s+)?", article.text[prv.stop : a]
        ):
            continue  # an apposition after a name
        desc = coref.describe(article, a, b)
        if desc is None:
            continue
        person = coref.resolve(article, desc, a, visitor)
        if person and person.key not in keys:
            keys.append(person.key)
    for person in coref.plural_participants(article, s.start, s.stop):
        if person.key not in keys:
            keys.append(person.key)
    if re.search(r"(?i)\bс\s+(?:ним|ней)\b", s.text):
        # "Токаев провел с ним переговоры": the person named in the sentences before
        earlier = [m for m in article.mentions if m.stop <= s.start and m.person not in keys]
        if earlier:
            keys.append(earlier[-1].person)
    return keys


def speech_of(article: Article, s: Sentence) -> list[tuple[int, int]]:
    """The direct speech of a sentence's paragraph, in article offsets."""
    para = article.paragraphs[s.paragraph]
    return [(para.start + a, para.start + b) for a, b in speech_spans(article.text[para.start : para.stop])]


def pair_told(article: Article, meeting: Meeting, countries: set[str]) -> bool:
    """A meeting's sentence names another state as a party "между X и Y" ("соглашение между Правительством РФ и
    Правительством КНДР"), not as a topic."""
    for index in set(meeting.sentences):
        s = article.sentences[index]
        for m in _BETWEEN.finditer(s.text):
            found = article.places_in(s.start + m.start(), s.start + m.end())
            if any(p.kind in ("country", "adjective") and p.iso and p.iso not in countries for p in found):
                return True
    return False


def meeting_sides(article: Article, meeting: Meeting) -> list[str]:
    """The countries a meeting's sentences name as its sides: "казахско-кыргызского", "между Россией и США",
    the host of its visit, the countries of its titled participants."""
    sides: list[str] = []

    def add(iso: str | None) -> None:
        if iso and iso not in sides:
            sides.append(iso)

    add(meeting.counterpart_state)  # "с президентами Ирана, Алжира": this one's is Iran
    for index in sorted(set(meeting.sentences)):
        s = article.sentences[index]
        if s.in_quote:
            continue  # "сотрудничество между нашей областью и белорусскими регионами" in a speech: relations, not sides
        speech = speech_of(article, s)
        for m in _COMPOUND.finditer(s.text):
            if any(a <= s.start + m.start() < b for a, b in speech):
                continue
            parts = [
                p
                for p in article.places_in(s.start + m.start(), s.start + m.end())
                if p.kind in ("adjective", "pair_adjective")
            ]
            first = article.places_in(s.start + m.start(), s.start + m.start(1) + len(m.group(1)) + 2)
            for p in first + parts:
                if p.kind in ("adjective", "pair_adjective", "country"):
                    add(p.iso)
        for m in _BETWEEN.finditer(s.text):
            if any(a <= s.start + m.start() < b for a, b in speech):
                continue
            for p in article.places_in(s.start + m.start(), s.start + m.end()):
                if p.kind in ("country", "adjective"):
                    add(p.iso)
    for key in meeting.participants:
        for post in article.persons[key].posts:
            add(post.country)
    if meeting.visit is not None:
        add(meeting.visit.host)
    return sides


# an envoy's title and the place he serves in: "генконсул в Екатеринбурге" (not "после встречи в Москве")
_ENVOY_POSTED = re.compile(
    r"(?i)\b(?:посол|посла|послу|послом|послы|послов|генконсул(?!ьств)\w*|консул(?!ьств)\w*|торгпред\w*|"
    r"атташе|представител(?!ьств)\w+)\s+(?:[А-ЯЁа-яё-]+\s+){0,3}?(?:в|во)\s+$"
)


def place(
    article: Article, gaz: Gazetteer, meeting: Meeting, s: Sentence, only_if_missing: bool = False
) -> None:
    if meeting.kind in CALLS:
        return
    if only_if_missing and meeting.country is not None and meeting.city is not None:
        return
    titles = [p.evidence for person in article.persons.values() for p in person.posts]
    # "«... дом, который строят в Курске ...», – сказал X": a place a speaker names is not where the meeting is
    speech = speech_of(article, s)
    if s.index == meeting.sentence and not _told_outside_speech(s, meeting, speech):
        speech = []  # the meeting's own words are inside the speech: its places are the meeting's
    # "Посол Японии в Узбекистане" places the ambassador's post, not the meeting
    found = [
        p
        for p in places_in(article, gaz, s.start, s.stop)
        if not any(
            t.start <= p.start < t.stop and not (p.city and city_where_they_are(article, t, p.start))
            for t in titles
        )
        and not any(a <= p.start < b for a, b in speech)
        and (meeting.future or not _place_of_a_plan(s, p.start))
        and (s.index == meeting.sentence or not _place_of_something_else(s, p.start))
        and not _MISSION_OF.search(article.text[max(0, p.start - 40) : p.start])
        and not _state_of_a_title(article.text[max(s.start, p.start - 60) : p.start])
        # "С ним приехали ... генконсул в Екатеринбурге": in a sentence that goes on, the city where a guest serves
        # (the state an envoy serves in is most often the one he meets in: "послом Армении в России")
        and (
            s.index == meeting.sentence
            or not p.city
            or not _ENVOY_POSTED.search(article.text[max(s.start, p.start - 60) : p.start])
        )
        # a sentence that goes on telling the meeting places it only by a locative ("в Ташкенте"): "Казахстан
        # и Свердловская область взаимодействуют" names the sides, not the place
        and (s.index == meeting.sentence or _LOCATIVE.search(article.text[max(0, p.start - 30) : p.start]))
    ]
    cities = [p for p in found if p.city]
    if cities and not meeting.city:
        meeting.city, meeting.country = cities[0].city, cities[0].country
    elif found and meeting.country is None:
        meeting.country = found[0].country


def _told_outside_speech(s: Sentence, meeting: Meeting, speech: list[tuple[int, int]]) -> bool:
    """ "«В ходе моего визита в Грузию мы ...», – сказал X в ходе встречи с Y": the meeting's word stands outside
    the quotation, whose places are the speaker's words."""
    return bool(speech) and any(
        t.lemma in meeting.words and not any(a <= t.start < b for a, b in speech) for t in s.tokens
    )


def _state_of_a_title(before: str) -> bool:
    """ "президента Украины встречал вице-премьер правительства Казахстана": a state right after a title word
    (with only the title's own words between) is whose the title is, not where the meeting is."""
    roles = find_roles(before)
    return bool(roles) and bool(_TITLES_OWN_WORDS.fullmatch(before[roles[-1].stop :]))


# lower-case words with no preposition among them: "иностранных дел", "правительства"
_TITLES_OWN_WORDS = re.compile(
    r"\s*(?:(?!(?:в|во|на|из|с|со|по|к|у|до|от|для|при|за|через)\s)[а-яё]+\s+){0,3}"
)
_LOCATIVE = re.compile(r"(?i)(?:^|\s)(?:в|во|на)\s+(?:(?!котор|бы\b|как\b)[а-яё-]+\.?\s*){0,2}$")
# "работе Генерального консульства Республики Казахстан в Екатеринбурге": a mission's state is not where it is
_MISSION_OF = re.compile(r"(?i)(?:посольств|консульств|представительств)\w*\s+(?:[а-яё]+\s+)?$")


def _place_of_something_else(s: Sentence, start: int) -> bool:
    """In a sentence that goes on telling a meeting, where something goes to ("авиасообщение в Хургаду": a
    noun's place in the accusative) is not where the meeting was; a verb's is ("прибыли в Минск")."""
    token = next((t for t in s.tokens if t.start <= start < t.stop), None)
    if token is None:
        return False
    while token.rel == "conj" and token.head >= 0:
        token = s.tokens[token.head]  # "в Шарм-эль-Шейх и Хургаду": the first of the places
    head = s.tokens[token.head] if token.head >= 0 else None
    while head is not None and head.lemma in _PLACE_WORDS and head.head >= 0:
        head = s.tokens[head.head]  # "прибыл в китайский город Ханчжоу": the place word's own head
    if head is None or head.pos != "NOUN" or head.lemma in _TRIPS or head.index > token.index:
        # "прибыли в Минск", "в ходе поездки в Китай": where they came, the meeting's place; a noun after the
        # place is the parser's guess ("прибыл в город X для участия")
        return False
    return token.feats.get("Case") == "Acc"


_PLACE_WORDS = frozenset(
    ["город", "столица", "провинция", "область", "край", "регион", "страна", "республика"]
)
_TRIPS = frozenset(["визит", "поездка", "командировка", "турне", "прибытие", "приезд", "прилет", "рейс"])


def _place_of_a_plan(s: Sentence, start: int) -> bool:
    """ "предложила направить делегацию в Вашингтон": where an infinitive or a future verb sends someone is where
    they are yet to go, not where the meeting of the sentence was ("в Риге встретится" is where one already is)."""
    token = next((t for t in s.tokens if t.start <= start < t.stop), None)
    if token is None or token.feats.get("Case") != "Acc":
        return False
    for _ in range(4):
        if token is None or token.head < 0:
            return False
        token = s.tokens[token.head]
        if token.pos in ("VERB", "AUX"):
            return token.feats.get("VerbForm") == "Inf" or token.feats.get("Tense") == "Fut"
    return False


def inherit(article: Article, meeting: Meeting, meetings: list[Meeting], gaz: Gazetteer) -> None:
    if meeting.kind in CALLS:
        meeting.city = meeting.country = None
        return
    if meeting.visit is not None:
        if meeting.country is None:
            meeting.country = meeting.visit.host
        if meeting.city is None:
            vs = article.sentences[meeting.visit.sentence]
            cities = [
                p
                for p in places_in(article, gaz, vs.start, vs.stop)
                if p.city and p.country == meeting.country
            ]
            if cities:
                meeting.city = cities[0].city
        if meeting.visit.host is None:
            meeting.visit.host = meeting.country
        if meeting.date is None:
            vs = article.sentences[meeting.visit.sentence]
            meeting.date = sentence_date(article, vs, None)
    if meeting.country is None or meeting.city is None:
        index = meetings.index(meeting)
        for other in reversed(meetings[:index]):
            if other.kind in CALLS:
                continue
            if meeting.country is None or meeting.country == other.country:
                meeting.country = meeting.country or other.country
                meeting.city = meeting.city or other.city
            break
    if meeting.city is None:
        meeting.city = city_told_before(article, gaz, meeting)
    if meeting.city and meeting.country is None:
        meeting.country = gaz.country_of_city(meeting.city)


def may_be_interview(meeting: Meeting) -> bool:
    """Talks told only as a conversation ("в беседе с RT") may be an interview: no other side than
    the one the text names."""
    return meeting.words <= {"беседа", "разговор", "интервью"} and meeting.kind == "talks"


def with_an_international_body(article: Article, meeting: Meeting) -> bool:
    """ "встретился с делегацией ОБСЕ", "провел переговоры с миссией Всемирного банка": the other side of the talks
    is an international organization, named or by its people, which makes them a meeting of this corpus whoever
    met it ("сотрудничество с ОБСЕ" is a relation, not the partner: the "с" phrase must hang on the meeting's
    own word or on the verb that tells it)."""
    if meeting.kind not in ("talks", "session"):
        return False
    s = article.sentences[meeting.sentence]
    for body in article.places_in(s.start, s.stop):
        if body.kind != "body" or body.value.country is not None or body.value.kind != "international":
            continue
        head = head_of_span(s, body.start, body.stop)
        chain = [head, *ancestors(s.tokens, head)] if head is not None else []
        for t in chain:
            if preposition(s.tokens, t) in ("с", "со"):
                owner = s.tokens[t.head] if t.head >= 0 else None
                if owner is not None and (
                    owner.lemma in meeting.words
                    or owner.pos == "VERB"
                    and any(c.lemma in meeting.words for c in children(s.tokens, owner))
                ):
                    return True
                break
            if t.pos == "VERB":
                break
    return False


def is_international(article: Article, meeting: Meeting) -> bool:
    """Officials of two or more states, or a head of an international organization; summits and forums
    are international by nature."""
    if not meeting.participants:
        return False
    if meeting.kind in ("summit", "forum") or meeting.multilateral:
        return True
    # "принял верительные грамоты послов 11 зарубежных стран": envoys of other states, unnamed
    if CREDENTIALS.search(article.sentences[meeting.sentence].text):
        return True
    if with_an_international_body(article, meeting):
        return True
    sides = set() if may_be_interview(meeting) else set(meeting.sides)
    countries = set()
    for key in meeting.participants:
        posts = [
            p
            for p in article.persons[key].posts
            if p.country or p.role == "head_of_international_organization"
        ]
        if not posts and private_person(article, key):
            continue  # "с руководителем компании X", "с настоятелем храма Y": no state's official
        if not posts:
            # someone of unknown country: not provably domestic
            return len(meeting.participants) >= 2 or len(sides) >= 2
        for post in posts:
            if post.role == "head_of_international_organization":
                return True
            countries.add(post.country)
    if (
        len(meeting.participants) >= 2
        and len(countries) == 1
        and meeting.kind == "talks"
        and not pair_told(article, meeting, countries)
    ):
        # "Министр иностранных дел России X и губернатор Амурской области Y обсудили российско-китайское
        # сотрудничество": both sides named, of one state; a pair of states in what they discussed is a topic,
        # and only a counterpart told by title makes the talks international
        return meeting.counterpart_state is not None and meeting.counterpart_state not in countries
    # "X провел переговоры с белорусским коллегой", "заседание коллегий МИД Беларуси и России": the other
    # side may be a state, a body or a delegation
    return len(countries | sides) >= 2
