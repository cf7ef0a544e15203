"""Stage 4: meetings and visits.

Each sentence is read once, in order. A sentence that reports an interaction
(talks, a call, a session, a summit, a forum) opens a meeting or adds to the one
of the same kind it continues; recalled past events are skipped; visits attach to
the meetings their visitor takes part in; the sentences that follow a meeting, up
to the next one or a change of scene, are read for its place and topics.
"""

from __future__ import annotations

import datetime as dt
import re

from . import coref
from .dates import find_dates, has_vague_past, relative_date, resolve, years_before
from .gazetteer import Gazetteer
from .model import Article, Meeting, PostFact, Sentence, Span, Visit
from .places import places_in
from .posts import TITLE_BREAK
from .visits import VISIT_PHRASE, find_visit

_KIND_PATTERNS: list[tuple[str, re.Pattern]] = [
    ("phone_call", re.compile(r"(?i)телефонн\w+\s+(?:разговор|переговор|бесед)\w*|\bпо телефону\b")),
    ("video_call", re.compile(r"(?i)видеосвяз\w*|видеоконференц\w*|онлайн-встреч\w*|в онлайн-формате|в режиме онлайн")),
    ("summit", re.compile(r"(?i)\bсаммит\w*|консультативн\w+\s+встреч\w+|встреч\w+\s+глав\s+государств")),
    ("session", re.compile(r"(?i)\bзаседани\w+|сопредседательств\w+")),
    ("forum", re.compile(r"(?i)\bфорум\w*|бизнес-форум\w*")),
    # only verbs that report the talks open them; "по итогам встречи" merely refers back
    ("talks", re.compile(
        r"(?i)\bпровел\w*[^.]{0,80}?\b(?:переговор\w*|встреч[уи]|бесед[уы])|\bвстретил(?:ся|ась|ись)\b|"
        r"\bпереговорил\w*|\bбыл[аи]?\s+принят\w*\s+(?:[А-ЯЁ]|\w+\s+[А-ЯЁ])|\bобсудили\b|\bподписали\b|"
        r"\bпринял[аи]?\s+(?!участие)(?:[А-ЯЁ]|(?:\w+\s+){1,2}[А-ЯЁ])|"
        r"\b(?:состоял|прош)\w*\s+(?:[^.]{0,40}?\s)?(?:переговор\w*|встреч\w*|бесед\w*)|"
        r"\bпереговор\w*\s+(?:[^.]{0,40}?\s)?(?:состоял|прош)\w*|\bстали\s+переговоры|"
        r"\bпригласил\w*\s+(?:\w+\s+){0,2}на\s+(?:\w+\s+)?(?:беседу|встречу)|"
        r"\bпереговоры\s+(?:[а-яё]+\s+){1,3}с\s+[А-ЯЁ]")),
]
# verbs that report that an event (other than talks) took place or will, with someone taking part
_EVENT_VERB = re.compile(
    r"(?i)\b(?:провел\w*|провели|проведут|состоял\w*|состоится|состоятся|прош(?:ел|ла|ло|ли)|пройд(?:ет|ут)|"
    r"принял\w*\s+участие|примет\s+участие|примут\s+участие|участвовал\w*|принять\s+участие|"
    r"открыл\w*|прибыл\w*[^.]{0,80}(?:участие|заседани)|под\s+(?:со)?председательством|начал\w*|выступ\w+\s+на)"
)
_FUTURE = re.compile(r"(?i)\b(?:пройд(?:ет|ут)|состоится|состоятся|примет участие|примут участие|проведут|запланирован\w*|намечен\w*|планируется)\b")
_RECALL = re.compile(
    r"(?i)\b(?:напомн\w*|ранее|прежде|предыдущ\w*|тогда|в свое время|в прошлом|еще до|накануне визита|"
    r"впервые за|последний раз|в последний раз)\b"
)
_INTERNATIONAL_BODY = re.compile(
    r"(?i)меж(?:правительствен|государствен|правком|правсовет|парламентск|дународ)\w*|\bМПК\b|союзн\w+\s+государств|"
    r"евразийск\w+|\bСНГ\b|\bШОС\b|\bОДКБ\b|\bЕАЭС\b|глав\s+(?:государств|правительств)|совместн\w+|двусторонн\w+|"
    r"[а-яё]+ско-[а-яё]+ск\w+"
)
_DOMESTIC_BODY = re.compile(
    r"(?i)\s*(?:\w+\s+){0,2}(?:правительства|кабинета|коллегии|совета\s+безопасности|маслихата|мажилиса|сената|"
    r"парламента|палаты|акимата|комиссии\s+по\s+\w+|штаба|совета\s+директоров)"
)
# a sentence that names a kind of event points back to the last meeting of that kind
_KIND_REFERENCE = {
    "session": re.compile(r"(?i)\bзаседани\w*|\bсовмин\w*|\bмежправком\w*|\bМПК\b|\bсовет\w*\s+министров"),
    "summit": re.compile(r"(?i)\bсаммит\w*"),
    "forum": re.compile(r"(?i)\bфорум\w*"),
    "talks": re.compile(r"(?i)\bпереговор\w*|\bвстреч\w*|\bбесед\w*"),
}
# verbs that report talks only when no meeting is under way yet; otherwise they continue it
_WEAK_TALKS = re.compile(r"(?i)^(?:(?!переговор|встреч|бесед).)*\b(?:обсудили|подписали)\b(?:(?!переговор|встреч|бесед).)*$")
_CONTINUE_PARTICIPANTS = re.compile(
    r"(?i)\b(?:в\s+н[её][мй]|в\s+заседании|в\s+саммите|в\s+переговорах|во\s+встрече)\s+(?:\w+\s+)?(?:приняли|принял\w*|участвовал\w*)|"
    r"(?:приняли|принимали)\s+участие|участвовали|делегаци\w+\s+возглавил\w*|возглавил\w*\s+делегаци\w+|"
    r"\bв\s+присутствии\b"
)
_SAME_DAY = re.compile(r"(?i)\bв\s+тот\s+же\s+день\b")
_NEXT_DAY = re.compile(r"(?i)\bна\s+следующий\s+день\b")
_SCENE_CHANGE = re.compile(r"(?i)\b(?:посетил\w*|осмотрел\w*|ознакомил\w*|побывал\w*|возложил\w*)\b")
_CALLS = ("phone_call", "video_call")
# the sides of the meeting being told discussing something: a past visit named in a clause is no recall
_DISCUSSION = re.compile(r"(?i)\b(?:обсудили|рассмотрели|затронули|обменялись|условились|договорились|отметили)\b")
_EVENT_NOUN = re.compile(r"(?i)переговор|встреч|визит|саммит|заседани|форум|подписа|заключ|разговор|посетил|побывал")


def reference_date(article: Article) -> dt.date | None:
    if article.published:
        return article.published
    for s in article.sentences:
        for d in find_dates(s.text):
            if d.year:
                return resolve(d, None)
    return None


def is_recall(article: Article, s: Sentence, event: bool = True) -> bool:
    """The sentence recalls a past event rather than reporting the news.

    Words such as "напомним", "ранее", "тогда" always mark a recall. A year or month
    without a day, or a date well before the news, marks one only in a sentence that
    tells of an event: "торговля в 2024 году вышла на рекордный уровень" is a figure.
    """
    if _RECALL.search(s.text):
        return True
    if not event:
        return False
    if has_vague_past(s.text) or years_before(s.text, article.reference_date):
        return True
    ref = article.reference_date
    if ref:
        for d in find_dates(s.text):
            date = resolve(d, ref)
            if date and (ref - date).days > 3 and not _is_period(s.text, d.start):
                return True
    return False


def _is_period(text: str, pos: int) -> bool:
    return bool(re.search(r"(?i)\b(?:до|на|с|по)\s+$", text[max(0, pos - 4) : pos]))


def detect_kind(s: Sentence) -> str | None:
    text = s.text
    for kind, rx in _KIND_PATTERNS:
        if not rx.search(text):
            continue
        if kind == "talks":
            return kind
        if not _EVENT_VERB.search(text):
            continue
        if kind == "session":
            after = text[rx.search(text).end() :][:120]
            if _INTERNATIONAL_BODY.search(after) or re.search(r"(?i)меж\w+|евразийск|союзн", text):
                return "session"
            if _DOMESTIC_BODY.match(after):
                return "session_domestic"
            return "session_reference"
        if kind == "forum" and re.search(r"(?i)создани\w+|учрежд\w+", text):
            continue
        return kind
    return None


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
    return relative_date(s.text, article.published)


def participants_of(article: Article, s: Sentence, visitor: str | None) -> list[str]:
    keys: list[str] = []
    for m in article.mentions_in(s.index):
        if m.person not in keys:
            keys.append(m.person)
    mentions = article.mentions_in(s.index)
    for a, b in coref.descriptor_spans(article.text, s.start, s.stop):
        if any(m.start < b and a < m.stop for m in mentions):
            continue
        nxt = next((m for m in mentions if m.start >= b), None)
        between = article.text[b : nxt.start] if nxt is not None else ""
        if nxt is not None and re.fullmatch(r"[\sА-ЯЁа-яё-]{0,60}", between) and len(between.split()) <= 5 \
                and not TITLE_BREAK.search(between):
            continue  # a title before a name, not a description
        prv = next((m for m in reversed(mentions) if m.stop <= a), None)
        if prv is not None and re.fullmatch(r"\s*(?:,|[–—])\s*(?:занима\w+ пост\s+)?", article.text[prv.stop : a]):
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


def extract_meetings(article: Article, gaz: Gazetteer) -> None:
    article.reference_date = reference_date(article)
    reader = _MeetingReader(article, gaz)
    for s in article.sentences:
        reader.read(s)
    for m in reader.meetings:
        _inherit(article, m, reader.meetings, gaz)
        m.sides = meeting_sides(article, m)
    article.meetings = reader.meetings


def keep_international(article: Article) -> None:
    """Once every post has its country: drop the meetings of one state's officials."""
    article.meetings = [m for m in article.meetings if _is_international(article, m)]


_COMPOUND = re.compile(r"(?i)\b([а-яё]+)о-([а-яё]+ск\w*)")
_BETWEEN = re.compile(r"(?i)\bмежду\s+(?:\w+\s+){1,3}?и\s+(?:\w+\s*){1,3}")


def meeting_sides(article: Article, meeting: Meeting) -> list[str]:
    """The countries a meeting's sentences name as its sides: "казахско-кыргызского", "между Россией и США",
    the host of its visit, the countries of its titled participants."""
    sides: list[str] = []

    def add(iso: str | None) -> None:
        if iso and iso not in sides:
            sides.append(iso)

    for index in sorted(set(meeting.sentences)):
        s = article.sentences[index]
        for m in _COMPOUND.finditer(s.text):
            parts = [p for p in article.places_in(s.start + m.start(), s.start + m.end()) if p.kind == "adjective"]
            first = article.places_in(s.start + m.start(), s.start + m.start(1) + len(m.group(1)) + 2)
            for p in first + parts:
                if p.kind in ("adjective", "country"):
                    add(p.iso)
        for m in _BETWEEN.finditer(s.text):
            for p in article.places_in(s.start + m.start(), s.start + m.end()):
                if p.kind in ("country", "adjective"):
                    add(p.iso)
    for key in meeting.participants:
        for post in article.persons[key].posts:
            add(post.country)
    if meeting.visit is not None:
        add(meeting.visit.host)
    return sides


class _MeetingReader:
    """Reads sentences in order, keeping the meeting being told (``current``) and the visit under way."""

    def __init__(self, article: Article, gaz: Gazetteer) -> None:
        self.article, self.gaz = article, gaz
        self.meetings: list[Meeting] = []
        self.current: Meeting | None = None
        self.visit: Visit | None = None
        self.previous_recall: Sentence | None = None
        self.cue: dict[int, bool] = {}
        for s in article.sentences:
            self.cue[s.paragraph] = self.cue.get(s.paragraph, False) or bool(_CUE.search(s.text))

    @property
    def visitor(self) -> str | None:
        return self.visit.visitor if self.visit else None

    def read(self, s: Sentence) -> None:
        kind = self._kind(s)
        if self._is_recall(s, kind):
            self.previous_recall = s
            if kind:
                self.current = None  # a recalled event takes the scene until the next reported one
            return
        self.previous_recall = None
        if not s.in_quote:
            self._track_visit(s)
        if kind == "session_domestic":
            self.current = None
            return
        if kind == "session_reference":
            sessions = [m for m in self.meetings if m.kind == "session"]
            kind = None if sessions else "session"
            if sessions:
                self.current = sessions[-1]
        if kind is None:
            self._refer_back(s)
            self._continue(s)
        else:
            self._trigger(s, kind)

    def _kind(self, s: Sentence) -> str | None:
        kind = None if s.in_quote else detect_kind(s)
        if kind not in (None, "session_domestic", "session_reference") and _FUTURE.search(s.text) \
                and sentence_date(self.article, s, self.current) is None:
            return None  # an announced meeting counts only with a stated date
        if kind == "talks" and self.current is not None and not self.current.future and _WEAK_TALKS.search(s.text):
            return None  # "Главы государств обсудили ..." continues the meeting being told
        return kind

    def _is_recall(self, s: Sentence, kind: str | None) -> bool:
        discussing = kind is None and self.current is not None and bool(_DISCUSSION.search(s.text))
        event = not discussing and (kind is not None or bool(_EVENT_NOUN.search(s.text)))
        if is_recall(self.article, s, event=event):
            return True
        prev = self.previous_recall
        # "По итогам переговоров ..." right after a recalled visit goes on recalling it
        return prev is not None and prev.paragraph == s.paragraph and not find_dates(s.text) \
            and bool(re.search(r"(?i)\b(?:по итогам|в ходе|в его|в ее|в их|там же|тогда же)\b", s.text))

    def _track_visit(self, s: Sentence) -> None:
        found = find_visit(self.article, self.gaz, s, self.current.participants if self.current else [])
        if found is None:
            return
        if self.visit is not None and found.visitor == self.visit.visitor and found.kind in ("visit", self.visit.kind):
            self.visit.host = self.visit.host or found.host  # "программа пребывания" continues the same visit
            return
        self.visit = found
        self.article.visits.append(found)
        if self.current is not None and found.visitor in self.current.participants and self.current.kind not in _CALLS:
            self.current.visit = found

    def _refer_back(self, s: Sentence) -> None:
        """"Повестка союзного Совмина ..." returns to the last session told."""
        if self.current is None:
            return
        for ref_kind, rx in _KIND_REFERENCE.items():
            if rx.search(s.text) and self.current.kind != ref_kind:
                same = [m for m in self.meetings if m.kind == ref_kind]
                if same:
                    self.current = same[-1]
                return

    def _trigger(self, s: Sentence, kind: str) -> None:
        article = self.article
        date = sentence_date(article, s, self.current)
        people = participants_of(article, s, self.visitor)
        target = _continues(self.meetings, kind, people, date)
        if target is None:
            if kind == "talks" and len(people) < 2 and not re.search(r"(?i)переговор|встреч|бесед", s.text):
                return  # "подписали", "обсудили" alone need two people to be talks
            target = Meeting(kind=kind, sentence=s.index, date=date, future=bool(_FUTURE.search(s.text)))
            target.multilateral = kind == "session" and any(
                p.kind == "body" and p.value.country is None for p in article.places_in(s.start, s.stop))
            self.meetings.append(target)
        elif date and not target.date:
            target.date = date
        target.participants += [k for k in people if k not in target.participants]
        self.current = target
        _place(article, self.gaz, target, s)
        if target.date is None and len(self.meetings) > 1 and self.meetings[-1] is target:
            target.date = self.meetings[-2].date  # "Перед его началом ...": the day of the meeting before
        if (self.visit and self.visit.visitor in target.participants and target.kind not in _CALLS
                and (target.kind != "summit" or VISIT_PHRASE.search(s.text))):
            target.visit = self.visit  # a summit joins a visit only when the sentence says so
        target.sentences.append(s.index)

    def _continue(self, s: Sentence) -> None:
        """A sentence that tells more of the current meeting: people, place, topics, documents."""
        current, article = self.current, self.article
        if current is None:
            return
        opening = article.sentences[current.sentence].paragraph
        if _SCENE_CHANGE.search(s.text) and s.paragraph != opening:
            self.current = None  # "делегация посетила технопарк": another scene
            return
        if len(current.participants) < 2 and (
            _CONTINUE_PARTICIPANTS.search(s.text) or s.paragraph == opening or _DISCUSSION.search(s.text)
            or re.search(r"(?i)\bбесед|переговор|встреч", s.text)
        ):
            people = participants_of(article, s, self.visitor)
        elif _CONTINUE_PARTICIPANTS.search(s.text) and not s.in_quote:
            people = [m.person for m in article.mentions_in(s.index)]
        else:
            people = []
        current.participants += [k for k in people if k not in current.participants]
        _title_the_untitled(article, current, s)
        if not self.cue.get(s.paragraph) and s.paragraph != opening:
            return  # background: "Транскаспийский маршрут связывает Китай с Европой ..."
        if s.paragraph - opening <= 1 and not _FUTURE.search(s.text) and not re.search(r"(?i)визит", s.text):
            # "Встреча в Акорде началась ..."; "в ходе визита ... в Казахстан" places another event
            _place(article, self.gaz, current, s, only_if_missing=True)
        current.sentences.append(s.index)


_CUE = re.compile(
    r"(?i)обсуд|рассмотр|отмети|отмечен|подчеркн|договор|услови|сторон|собеседник|участник|переговор|встреч|бесед|"
    r"заседани|саммит|форум|визит|подписа|принят|повестк|внимани|премьер|президент|лидер|глав[аыеу]\b|министр|"
    r"высказал|обменял|заявил|сказал|предложил|сообщил|выступ|акцент|упор|признан|уделен|сделан|оценил|оценк|"
    r"сотрудничеств|намерен|договоренност|реализаци|информировал|доложил|рассказал|по словам"
)


def _title_the_untitled(article: Article, meeting: Meeting, s: Sentence) -> None:
    """"Главы государств обсудили ...": a participant named without a title holds the post the plural
    names; in the genre the untitled one is the outlet's own leader, so the country is the publisher's."""
    role = coref.plural_role(article.text[s.start : s.stop])
    if role is None:
        return
    for key in meeting.participants:
        person = article.persons[key]
        if not person.posts:
            person.posts.append(PostFact(role, None, None, s.index, Span(s.start, s.stop)))


def _continues(meetings: list[Meeting], kind: str, people: list[str], date) -> Meeting | None:
    """The earlier meeting a trigger continues: same kind, no other date, shared or unnamed people."""
    for m in meetings:
        if m.kind != kind:
            continue
        if date and m.date and date != m.date:
            continue
        if people and m.participants and not set(people) & set(m.participants):
            continue
        if kind in ("talks", "phone_call", "video_call") and len(m.participants) >= 2 and set(people) - set(m.participants):
            continue  # "В тот же день глава государства принял ...": a new counterpart, a new meeting
        return m
    return None


def _place(article: Article, gaz: Gazetteer, meeting: Meeting, s: Sentence, only_if_missing: bool = False) -> None:
    if meeting.kind in _CALLS:
        return
    if only_if_missing and meeting.country is not None and meeting.city is not None:
        return
    titles = [p.evidence for person in article.persons.values() for p in person.posts]
    # "Посол Японии в Узбекистане" places the ambassador's post, not the meeting
    found = [p for p in places_in(article, gaz, s.start, s.stop) if not any(t.start <= p.start < t.stop for t in titles)]
    cities = [p for p in found if p.city]
    if cities and not meeting.city:
        meeting.city, meeting.country = cities[0].city, cities[0].country
    elif found and meeting.country is None:
        meeting.country = found[0].country


def _inherit(article: Article, meeting: Meeting, meetings: list[Meeting], gaz: Gazetteer) -> None:
    if meeting.kind in _CALLS:
        meeting.city = meeting.country = None
        return
    if meeting.visit is not None:
        if meeting.country is None:
            meeting.country = meeting.visit.host
        if meeting.city is None:
            vs = article.sentences[meeting.visit.sentence]
            cities = [p for p in places_in(article, gaz, vs.start, vs.stop) if p.city and p.country == meeting.country]
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
            if other.kind in _CALLS:
                continue
            if meeting.country is None or meeting.country == other.country:
                meeting.country = meeting.country or other.country
                meeting.city = meeting.city or other.city
            break
    if meeting.city and meeting.country is None:
        meeting.country = gaz.city_country.get(meeting.city)


def _is_international(article: Article, meeting: Meeting) -> bool:
    """Officials of two or more states, or a head of an international organization; summits and forums
    are international by nature."""
    if not meeting.participants:
        return False
    if meeting.kind in ("summit", "forum") or meeting.multilateral:
        return True
    countries = set()
    for key in meeting.participants:
        posts = [p for p in article.persons[key].posts if p.country or p.role == "head_of_international_organization"]
        if not posts:
            return len(meeting.participants) >= 2  # someone of unknown country: not provably domestic
        for post in posts:
            if post.role == "head_of_international_organization":
                return True
            countries.add(post.country)
    return len(countries) >= 2
