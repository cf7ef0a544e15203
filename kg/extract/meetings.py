"""Stage 4b: meetings and visits, from the events of ``events`` over the whole text.

Each sentence is read once, in order. An event it reports opens a meeting or joins
the one it continues (same kind, shared people, no other date); a call to several
partners is one call each; an event only recalled, negated, or announced without a
date opens nothing. A sentence without an event of its own tells more of the
meeting it refers to ("в ходе переговоров", "по итогам заседания") or, failing
that, of the meeting being told, until a change of scene; its place, people,
topics and documents go there. Visits attach to the meetings their visitor takes
part in.
"""

from __future__ import annotations

import re
from dataclasses import replace

from kg.extract import coref
from kg.extract.counterparts import (
    bilateral_host,
    officials_of_one_host,
    officials_of_several_states,
    preposition_told_again,
    separate_talks,
)
from kg.extract.dates import states_a_day
from kg.extract.events import CONVERSATION_VERBS, sentence_events
from kg.extract.eventwords import medium
from kg.extract.frames import Event
from kg.extract.gazetteer import Gazetteer
from kg.extract.hosting import meetings_of_hosted_visits
from kg.extract.model import UNREAD_SIDES, Article, EventNote, Meeting, PostFact, Sentence, Span, Token, Visit
from kg.extract.officials import described_posts
from kg.extract.scene import (
    CALLS,
    dated_in_past,
    inherit,
    meeting_sides,
    news_day,
    participants_of,
    past_participle_clauses,
    place,
    reference_date,
    sentence_date,
    sources_of,
)
from kg.extract.sidestold import (
    colleague_named_elsewhere,
    delegation_members_named_after,
    members_told_before,
    other_side_told_before,
)
from kg.extract.sittings import reported_by_its_member
from kg.extract.status import in_preparation
from kg.extract.syntax import children, done_before, own_time_tokens, preposition, subtree
from kg.extract.travellers import join_the_visit_told, sentences_telling_a_visit
from kg.extract.verbargs import foreign_guests_state, unnamed_official_partner
from kg.extract.visits import HEADS_OF_DELEGATION, VISIT_PHRASE, find_visit, recalls_a_visit, settle_visitor

_MEDIUM_REACH = 2  # sentences after a meeting's own in which a reference may tell its medium


def _names_its_medium(s: Sentence, e: Event) -> bool:
    """The reference's own words tell the medium ("телефонного разговора", "видеоконференции"), not only its
    sentence ("договоренность о переговорах в формате телефонной беседы и встречи")."""
    own = [e.trigger, *children(s.tokens, e.trigger, "amod")]
    return (
        any(t.lemma in _MEDIUM_WORDS or t.lemma.startswith(("телефон", "видео", "онлайн")) for t in own)
        and e.trigger.rel != "conj"
    )


_MEDIUM_WORDS = frozenset(["звонок", "телефонограмма"])


_REFERENCE = {
    "session": re.compile(r"(?i)\bзаседани\w*|\bсовмин\w*|\bмежправком\w*|\bМПК\b|\bсовет\w*\s+министров"),
    "summit": re.compile(r"(?i)\bсаммит\w*"),
    "forum": re.compile(r"(?i)\bфорум\w*"),
    "talks": re.compile(r"(?i)\bпереговор\w*|\bвстреч\w*|\bбесед\w*|\bконсультаци\w*"),
    "phone_call": re.compile(r"(?i)\bразговор\w*|\bбесед\w*"),
}
_ARRIVALS = re.compile(
    r"(?i)\b(?:прибыл[аио]?|прибыли|собрались|съехались)\b"
)  # leaders arriving at a summit's venue
# "Во встрече также принял участие X": one more at the meeting told
# "Свои подписи поставили X и Y", "Документ подписали X и Y": who signed what the sentence before told signed
_SIGNERS_TOLD = re.compile(
    r"(?i)\bподпис(?:и|ями)\b[^.;]{0,60}?\bпостав\w+|\bпоставили\s+(?:свои\s+)?подписи|\b(?:документ\w*|его)\s+подписали\b"
)
# a visit called off or put off: "отменил визит", "визит отменен", "перенес визит"
_CALLED_OFF = re.compile(
    r"(?i)\b(?:отмен|перен[её]с|отлож)\w*\s+(?:[а-яё0-9–-]+\s+){0,5}?визит|"
    r"\bвизит\w*\s+(?:[а-яё]+\s+){0,4}?(?:отмен|перен[её]с|отлож)\w*"
)
_TOOK_PART = re.compile(
    r"(?i)\b(?:в\s+н[её][мй]|(?:во?|на)\s+(?:[а-яё]+(?:ой|ом|их|ых|ей)\s+)?"  # "в рабочей встрече", "на встрече"
    r"(?:заседании|совещании|саммите|переговорах|встрече|беседе|разговоре|консультациях|форуме|работе|мероприятии|"
    r"церемонии))"
    # "Во встрече, прошедшей под председательством X, приняли участие": a participle's clause between
    r"(?:\s*,[^.;]{0,200}?,)?"
    # "Во встрече с российской стороны приняла участие X": whose side X is on, between
    r"(?:\s+(?:с\s+[а-яё]+\s+стороны|со\s+стороны\s+[а-яё]+(?:\s+[а-яё]+)?))?"
    r"\s+(?:\w+\s+)?(?:приняли|принял\w*|примут|примет|принимают|принимает|участвовал\w*|участвуют)"
)
_CONTINUE_PARTICIPANTS = re.compile(
    _TOOK_PART.pattern + r"|(?:приняли|принимали)\s+участие|участвовали|"
    r"делегаци\w+,?\s+(?:которую\s+)?возглав(?:ил|ля)\w*|"
    r"возглавил\w*\s+делегаци\w+|\bв\s+присутствии\b|\bприсутствовал\w*|\bприсутств(?:овать|уют|ует)\b|\bв\s+составе\s+(?:[а-яё]+\s+){0,2}?делегаци\w+|"
    r"\bв\s+состав\s+делегаци\w+\s+(?:вошл|входил)\w*|"
    # "Одним из участников встречи стал мэр X": one more at the meeting told
    r"\bучастник\w*\s+(?:[а-яё]+\s+)?(?:встречи|переговоров|заседания|беседы)\s+(?:стал|стала|стали|был|была|были)\b|"
    # "Ленобласть представляла X. Со стороны гостей — Y": the sides of the meeting just told
    r"\bпредставлял[аи]?\b|\bсо\s+стороны\s+(?:\w+\s+){0,2}?\w+\s*[–—:-]|"
    # "В ходе неё Посол представил нового Генерального консула X": one more brought to the meeting
    r"\bпредставил[аи]?\s+(?:[а-яё]+\s+){0,2}?(?i:генеральн|консул|посл|коллег|заместител|преемник|помощник|советник)|"
    # "... вручили грамоты X, а также еще семь послов. Это посол Y, посол Z и ...": the group told, name by name
    r"^\s*(?:Это|Ими\s+стали|Среди\s+них|В\s+их\s+числе)\s*[:—–-]?\s*(?i:посо?л|министр|глав|президент|премьер|"
    r"председател|заместител|губернатор|мэр|аким|генеральн|вице|руководител|делегат)"
)
_SCENE_CHANGE = re.compile(r"(?i)\b(?:посетил\w*|осмотрел\w*|ознакомил\w*|побывал\w*|возложил\w*)\b")
_STILL_RECALLING = re.compile(r"(?i)\b(?:по итогам|в ходе|в его|в ее|в их|там же|тогда же)\b")
_CUE = re.compile(
    r"(?i)обсуд|рассмотр|отмети|отмечен|подчеркн|договор|услови|сторон|собеседник|участник|переговор|встреч|бесед|"
    r"заседани|саммит|форум|визит|подписа|принят|повестк|внимани|премьер|президент|лидер|глав[аыеу]\b|министр|"
    r"высказал|обменял|заявил|сказал|предложил|сообщил|выступ|акцент|упор|признан|уделен|сделан|оценил|оценк|"
    r"сотрудничеств|намерен|договоренност|реализаци|информировал|доложил|рассказал|по словам"
)
_BEFORE_THE_EVENT = re.compile(
    r"(?i)\b(?:накануне|в\s+преддверии)\s+(?:\w+\s+){0,2}?(?:визит|переговор|встреч|саммит|заседани|форум|сесси)"
)
_SIGNING_AT = re.compile(r"(?i)\bподписани[еяю]\b.*\b(?:в\s+рамках|в\s+ходе|на)\b")
_DISCUSSION = re.compile(
    r"(?i)\b(?:обсудили|рассмотрели|затронули|обменялись|условились|договорились|отметили)\b"
)


# verbs whose plural object is met one by one; "принял послов ..." is one reception (of credentials, say)
_ONE_BY_ONE_VERBS = frozenset(["встретиться", "побеседовать", "переговорить"])


def extract_meetings(article: Article, gaz: Gazetteer, relaxed: bool = False) -> None:
    """``relaxed``: the second reading of an article the first found no meeting in (``mainevent``)."""
    article.reference_date = reference_date(article)
    article.news_day = news_day(article)
    reader = _MeetingReader(article, gaz, relaxed)
    for s in article.sentences:
        reader.read(s)
    reader.meetings += meetings_of_hosted_visits(article, gaz, reader.meetings)
    reader.note_the_unread()
    for m in reader.meetings:
        members_told_before(article, m, reader.meetings)
        other_side_told_before(article, m, reader.meetings)
        colleague_named_elsewhere(article, m)
        delegation_members_named_after(article, m, reader.meetings)
    told = sentences_telling_a_visit(article) if reader.meetings else []
    for m in reader.meetings:
        m.participants = list(dict.fromkeys(m.participants))  # a list a sentence names twice adds one person
        inherit(article, m, reader.meetings, gaz)
        settle_visitor(article, m)
        join_the_visit_told(article, m, told)
        m.sides = meeting_sides(article, m)
    article.meetings = reader.meetings


_SIGNED = re.compile(r"(?i)\bподписа\w*")
# a visit told as under way: begun, going on, or the visitor arrived
_UNDER_WAY = re.compile(
    r"(?i)\b(?:начина(?:ется|ет)|начал(?:ся|ась)|проходит|находится|пребывает|прибыл[аи]?|прибывает|прилетел[аи]?)\b"
)


# a quotation a body released ("«В рамках визита состоялась встреча с X ...», – сообщили в посольстве"): a report
# in the third person, read as the text's own; a person's speech ("– сказал X") is not
_RELEASED = re.compile(
    r"»\s*[,]?\s*[–—-]+\s*(?:сообщили|говорится|сообщается|отмечается|отметили|информируют|уточнили)\b"
    r"|»\s*[,]?\s*[–—-]+\s*сообщает\s+(?:пресс-служб|ведомств|министерств|посольств|мид\b)",
    re.IGNORECASE,
)


# "Об этом заявили в Министерстве иностранных дел Казахстана: «...»": a body's words the colon opens
_BODY_INTRODUCES = re.compile(
    r"(?i)(?:\b(?:сообщили|заявили|отметили|информируют|уточнили|говорится|сообщается)\s+(?:в|во)\s+"
    r"(?:министерств|мид\b|пресс-служб|ведомств|посольств|правительств|администраци|аппарат)[^.:«»]{0,80}"
    r"|\b(?:сообщает|информирует)\s+(?:пресс-служб|ведомств|министерств|посольств|мид\b)[^.:«»]{0,80}"
    r"):\s*$"
)


def released_by_a_body(article: Article, s: Sentence) -> bool:
    """The quotation the sentence is part of closes, within the next two sentences, with a body's attribution, or
    opens after a body's words and a colon."""
    stop = article.sentences[min(len(article.sentences) - 1, s.index + 2)].stop
    close = article.text.find("»", s.start, stop)
    if close >= 0 and _RELEASED.match(article.text, close) is not None:
        return True
    opening = article.text.rfind("«", max(0, s.start - 1500), s.start + 1)
    return (
        opening >= 0
        and "»" not in article.text[opening : s.start]
        and bool(_BODY_INTRODUCES.search(article.text[max(0, opening - 200) : opening]))
    )


class _MeetingReader:
    """Reads sentences in order, keeping the meeting being told (``current``) and the visit under way."""

    def __init__(self, article: Article, gaz: Gazetteer, relaxed: bool = False) -> None:
        self.article, self.gaz = article, gaz
        self.relaxed = relaxed  # a day well before the news does not make an event recalled
        self.meetings: list[Meeting] = []
        self.current: Meeting | None = None
        self.visit: Visit | None = None
        self.cancelled: set[str] = set()  # visitors whose visit the text tells called off
        self.previous_recall: Sentence | None = None
        self.seen: list[Event] = []  # every event read, for the account of those that opened nothing
        self.cue: dict[int, bool] = {}
        for s in article.sentences:
            self.cue[s.paragraph] = self.cue.get(s.paragraph, False) or bool(_CUE.search(s.text))

    @property
    def visitor(self) -> str | None:
        return self.visit.visitor if self.visit else None

    def read(self, s: Sentence) -> None:
        speech = s.in_quote and not released_by_a_body(self.article, s)
        found = self._quoted(s) if speech else sentence_events(self.article, s)
        self.seen += found
        self._set_aside(s, [e for e in found if e.negated])
        events = [e for e in found if not e.negated]
        sources = sources_of(self.article, s) if events else set()
        for e in events:
            e.participants = [p for p in e.participants if p not in sources]
        if self.relaxed:
            for e in events:
                e.recalled = e.recalled and not e.last_week  # "на прошлой неделе": reported a week late
        strong = [e for e in events if e.strong and e.kind not in ("signing",)]
        for e in strong:
            if dated_in_past(self.article, _own_time_text(self.article, s, e), by_day=not self.relaxed):
                e.recalled = True  # "в декабре прошлого года провел переговоры"
                e.why.append("dated before the news")
        reported = [e for e in strong if not e.recalled and not self._undated_future(s, e)]
        held = {id(e) for e in reported}
        for e in strong:
            if id(e) not in held and not e.recalled:
                e.why.append("announced without a day")
        self._set_aside(s, [e for e in strong if id(e) not in held])
        if self._recalls(s, events, reported):
            self._set_aside(s, [e for e in events if not e.strong], "the sentence recalls a past event")
            self.previous_recall = s
            self.article.recalled.add(s.index)
            if any(e.recalled for e in strong):
                self.current = None  # a recalled event takes the scene until the next reported one
            return
        # "В ноябре прошлого года X посетил Москву. По итогам переговоров ...": a past visit is recalled too
        self.previous_recall = s if not events and recalls_a_visit(self.article, s) else None
        if not speech:
            self._track_visit(s)
        if reported:
            weak = [e for e in events if not e.strong and not e.recalled and not e.future and not e.generic]
            for event in reported:
                # "провел заседание комиссии, а также встретился с Y": Y is the other event's, not this one's
                elsewhere = {p for e in reported if e is not event for p in e.participants}
                self._event(s, event, weak, elsewhere)
            return
        # "X обсудит с Y ..." after "завтра, 12 октября, приедет": announced with its day, as a strong event is
        weak = [
            e
            for e in events
            if not e.strong and not e.recalled and not e.generic and (not e.future or self._dated_plan(s, e))
        ]
        past = {id(e) for e in weak if dated_in_past(self.article, _clause_text(self.article, s, e))}
        for e in weak:
            if id(e) in past:
                e.why.append("dated before the news")
        kept = {id(e) for e in weak if id(e) not in past}
        self._set_aside(s, [e for e in events if not e.strong and id(e) not in kept and (e.why or e.generic)])
        weak = [e for e in weak if id(e) in kept]
        signers = {id(e): len(e.participants) for e in weak}  # the signing verb's own arguments
        for e in weak:
            if e.kind == "signing" and len(e.participants) < 2:
                e.participants += [
                    p for p in participants_of(self.article, s, self.visitor) if p not in e.participants
                ]
            if e.kind == "signing" and not e.participants and self.current is None:
                # "Подписан протокол. В мероприятии ...", "Было подписано соглашение. Свои подписи поставили X и Y"
                e.participants = self._sides_told_next(s, _TOOK_PART) or self._sides_told_next(
                    s, _SIGNERS_TOLD
                )
        if self._delegations_met(weak):
            self._trigger(s, "talks", [self.visit.visitor])  # type: ignore[union-attr]
            return
        # second reading: "губернатор X и представители китайской провинции подписали меморандум" -- a signing
        # with one named side opens a meeting, kept if its other side is another state's
        opening = next(
            (
                e
                for e in weak
                if not e.reference
                and (
                    len(e.participants) >= 2
                    or self.relaxed
                    and e.kind == "signing"
                    and signers[id(e)] == len(e.participants) == 1
                    # "X обсудил с руководством китайских провинций ...": one named side, the other unnamed
                    or self.relaxed
                    and e.kind == "talks"
                    and len(e.participants) == 1
                    and e.trigger.pos == "VERB"
                    and unnamed_official_partner(self.article, s, e.trigger, e.participants)
                )
            ),
            None,
        )
        referred = self._referred(events) if opening is not None and opening.kind == "signing" else None
        if referred is not None:
            # "На заключительном этапе переговоров министры X и Y подписали ...": the signers take part in them
            self.current = referred
            referred.participants += [p for p in opening.participants if p not in referred.participants]
            self._continue(s, weak)
            return
        # "X выступил на форуме ... На полях форума X и Y подписали план": talks on the sidelines of a gathering
        # are a meeting of their own
        beside_gathering = (
            opening is not None
            and self.current is not None
            and self.current.kind in ("forum", "summit")
            and len(opening.participants) >= 2
            and bool(set(opening.participants) - set(self.current.participants))
        )
        # "Накануне X и Y подписали план": a signing dated on another day than the meeting told is a meeting of its own
        signed_apart = (
            opening is not None
            and opening.kind == "signing"
            and self.current is not None
            and _another_date(self.article, s, self.current)
        )
        fresh = (
            beside_gathering
            or signed_apart
            or (
                opening is not None
                and self.current is not None
                and len(self.current.participants) >= 2
                and (
                    not set(opening.participants) & set(self.current.participants)
                    # "Затем X встречал его коллега Z": someone new meets one of the meeting told, not a guest at it
                    or bool(set(opening.participants) - {p for m in self.meetings for p in m.participants})
                    and not _CONTINUE_PARTICIPANTS.search(s.text)
                )
            )
        )  # "Министр X обсудил с Y и Z ...": another meeting
        if (self.current is None or fresh) and opening is not None:
            # "Путин и Жапаров обсудили ...", "... подписали" open talks; "обсудили по телефону" a call;
            # "подписали в рамках заседания Совета": the signing is at the sitting
            sitting = opening.kind == "signing" and any(
                e.kind in ("session", "session_reference") and e.reference for e in events
            )
            kind = "session" if sitting else medium("talks", s.text)
            gathering = self.current if beside_gathering else None
            self._trigger(
                s, kind, opening.participants, word="подписать" if opening.kind == "signing" else ""
            )
            if gathering is not None and self.current is not gathering and _SIGNERS_TOLD.search(s.text):
                # "На полях форума подписан план. Свои подписи поставили X и Y": the signing told just before is
                # theirs, not the gathering's
                told = [
                    i
                    for i in range(max(0, s.index - 2), s.index)
                    if i in gathering.sentences and i != gathering.sentence
                ]
                signed = [i for i in told if _SIGNED.search(self.article.sentences[i].text)]
                if signed and self.current is not None:
                    moved = [i for i in told if i >= signed[0]]
                    gathering.sentences = [i for i in gathering.sentences if i not in moved]
                    self.current.sentences = moved + self.current.sentences
            if self.current is not None and self.current.counterpart_state is None:
                # "Гостей из Поднебесной встречал X": the other side is the guests' state
                self.current.counterpart_state = foreign_guests_state(
                    self.article, s, opening.trigger, opening.participants
                )
            return
        presumed = next(
            (
                e
                for e in events
                if e.reference
                and not e.recalled
                and not e.generic  # "проведет ряд встреч с главами ведомств": meetings of no count
                and not self._undated_future(
                    s, e
                )  # "во время переговоров в Сочи поговорят": no day, no meeting
                and not in_preparation(s.tokens, e.trigger)  # "обсудили подготовку встречи X и Y": ahead
                and e.kind
                in ("talks", "summit", "forum", "phone_call", "video_call", "session", "session_reference")
                and e.trigger.rel in ("obl", "nmod")
            ),
            None,
        )
        if presumed is not None and self._first_of_its_kind(s, presumed):
            # the surface's people, and those the parse gives the event ("по итогам встречи с X он заявил": "он")
            people = participants_of(self.article, s, self.visitor)
            people += [p for p in presumed.participants if p not in people]
            kind = "session" if presumed.kind == "session_reference" else presumed.kind
            if kind == "session":  # a sitting told in passing: only with its sides told in the next sentence
                people = (
                    []
                    if presumed.future
                    else self._sides_told_next(s, HEADS_OF_DELEGATION)
                    or self._opened_by(s, presumed, people)
                    or reported_by_its_member(self.article, s, presumed.trigger)
                )
            # "По итогам переговоров X и Y приняли ...": the talks took place; in the second reading one
            # named side is enough ("документ подписан по итогам переговоров с министром Y")
            if len(people) >= (1 if self.relaxed else 2):
                self._trigger(s, kind, people)
                return
        self._refer_back(s, events)
        self._continue(s, weak)

    def note_the_unread(self) -> None:
        """Events that opened no meeting and whose sentence no meeting reads, with no reason recorded: told in
        passing, or with fewer than two sides the reader could name."""
        read = {i for m in self.meetings for i in m.sentences}
        reading = "relaxed" if self.relaxed else "strict"
        noted = {(n.sentence, n.trigger) for n in self.article.set_aside if n.reading == reading}
        for e in self.seen:
            if e.sentence not in read and (e.sentence, e.trigger.text) not in noted:
                self._set_aside(
                    self.article.sentences[e.sentence],
                    [e],
                    UNREAD_SIDES,
                )
                noted.add((e.sentence, e.trigger.text))

    def _set_aside(self, s: Sentence, events: list[Event], *reasons: str) -> None:
        """Record why events of the sentence open no meeting (``Article.set_aside``)."""
        reading = "relaxed" if self.relaxed else "strict"
        for e in events:
            why = [*e.why, *reasons, *(["meetings in general"] if e.generic else [])]
            self.article.set_aside.append(
                EventNote(
                    s.index,
                    e.trigger.text,
                    e.kind,
                    tuple(dict.fromkeys(why)) or ("not read as held",),
                    reading,
                )
            )

    def _quoted(self, s: Sentence) -> list[Event]:
        """Second reading: "«Мы обсудили с премьер-министром ...», – сказал X": the speaker's own talks, told in
        the first person inside the speech (the first reading reads no direct speech)."""
        if not self.relaxed:
            return []
        return [
            e
            for e in sentence_events(self.article, s)
            if e.trigger.pos == "VERB" and e.kind == "talks" and e.participants and not e.future
        ]

    def _first_of_its_kind(self, s: Sentence, presumed: Event) -> bool:
        """No meeting told yet; or talks presumed where only a gathering was told, of two people the sentence
        names ("прибыли на саммит ... Путин и Моди отправились на переговоры"): their own meeting."""
        if not self.meetings:
            return True
        if presumed.kind in ("session", "session_reference") and not any(
            m.kind == "session" for m in self.meetings
        ):
            return True  # "В Астане на заседании комиссии ... Делегации возглавили X и Y": the first sitting told
        named = {m.person for m in self.article.mentions_in(s.index)}
        return (
            presumed.kind in ("talks", "phone_call", "video_call")
            and all(m.kind in ("summit", "forum") for m in self.meetings)
            and len(named) == 2
        )

    def _sitting_awaiting_people(self, kind: str, event: Event) -> bool:
        """Talks told by a noun right after a sitting that named no one are that sitting's talks."""
        current = self.current
        return (
            kind == "talks"
            and event.trigger.pos == "NOUN"
            and current is not None
            and current.kind == "session"
            and not current.participants
            and current is self.meetings[-1]
        )

    def _delegations_met(self, weak: list[Event]) -> bool:
        """Second reading: "Ключевым событием стала встреча официальных делегаций двух областей", told during a
        visit and naming no one, is the visitor's meeting (he heads his delegation)."""
        if not self.relaxed or self.visit is None or self.current is not None:
            return False
        return any(
            e.kind == "talks"
            and not e.participants
            and e.trigger.pos == "NOUN"
            and any(
                c.lemma == "делегация" and c.feats.get("Number") == "Plur"
                for c in self.article.sentences[e.sentence].tokens
                if c.head == e.trigger.index and c.rel == "nmod"
            )
            for e in weak
        )

    def _opened_by(self, s: Sentence, sitting: Event, people: list[str]) -> list[str]:
        """ "На Совете регионов России и Узбекистана X и Y отметили ...": a sitting the sentence opens with ("На
        ...") is where the officials of two or more states the sentence names acted."""
        first = next((t for t in s.tokens if t.pos != "PUNCT"), None)
        if first is None or first.lemma != "на" or sitting.trigger.index > 3:
            return []
        states = {post.country for k in people for post in self.article.persons[k].posts if post.country}
        return people if len(states) >= 2 else []

    def _sides_told_next(self, s: Sentence, told: re.Pattern) -> list[str]:
        """ "... в рамках 10-го заседания комиссии. Сирийскую делегацию возглавляет X, российскую – Y", "Подписан
        протокол ... В мероприятии приняли участие X, Y и Z": the people the next sentence names as the heads of
        the delegations, or as those who took part, are the sides of the event just told."""
        if s.index + 1 >= len(self.article.sentences):
            return []
        following = self.article.sentences[s.index + 1]
        if following.in_quote or not told.search(following.text):
            return []
        return participants_of(self.article, following, self.visitor)

    def _text_before(self, s: Sentence) -> str:
        return self.article.sentences[s.index - 1].text if s.index else ""

    def _dated_plan(self, s: Sentence, event: Event) -> bool:
        """A weak event announced with its day, talks of two named sides ("обсудит с Y"); the day may be told in
        the sentence before ("завтра, 12 октября, приедет в Кишинев. X обсудит с Y ...")."""
        if len(event.participants) < 2:
            return False
        if event.kind == "signing":
            # "25 июня министры X и Y подпишут соглашение": a signing announced with its day, by two named people
            return states_a_day(s.text)
        before = self._text_before(s)
        return not self._undated_future(s, event) or states_a_day(before)

    def _undated_future(self, s: Sentence, event: Event) -> bool:
        """An announced meeting counts only with a stated date ("завтра" states one, resolved or not)."""
        if (
            not event.future
            or sentence_date(self.article, s, self.current) is not None
            or states_a_day(s.text)  # "18 апреля" with no year to resolve it is still a stated day
        ):
            return False
        # the programme of a visit under way: "16 мая Путин проведет в Пекине ... Встреча Путина и Си пройдет
        # в узком составе": the day the text has just told, or the visit's own, for a meeting of the visitor
        # "В ходе визита состоится встреча с Y": a meeting the visit's own words place in it is the visitor's
        in_the_visit = event.trigger.pos == "NOUN" and (
            VISIT_PHRASE.search(s.text) is not None
            # "Он прибыл с официальным визитом. В его рамках планируется встреча с Y": the visit just told
            or bool(_IN_ITS_FRAME.search(s.text))
            and s.index > 0
            and re.search(r"(?i)\bвизит", self.article.sentences[s.index - 1].text) is not None
        )
        # "на переговорах туркменского президента и председателя КНР X": the visitor told by his title
        told = self.visit is not None and (
            self.visit.visitor in event.participants or in_the_visit or self._visitor_described(s)
        )
        if not told:
            return True
        if self.article.published is not None and _UNDER_WAY.search(
            self.article.sentences[self.visit.sentence].text
        ):
            # "Начинается визит в Минск ...", "прибыл с визитом" in a dated article: the programme of the visit
            # under way on the day of the news
            return False
        since_visit = max(self.visit.sentence, s.index - 6)  # since the visit was announced, six back at most
        before = self.article.sentences[max(0, min(s.index - 2, since_visit)) : s.index]
        return not any(states_a_day(b.text) for b in before)

    def _visitor_described(self, s: Sentence) -> bool:
        """The sentence tells the visitor by a title of his state with no name ("туркменского президента")."""
        visitor = self.article.persons.get(self.visit.visitor) if self.visit else None
        if visitor is None:
            return False
        own = {(p.role, p.country) for p in visitor.posts if p.country}
        named = {m.start for m in self.article.mentions_in(s.index)}
        return any(
            (role, country) in own and not any(0 <= start - span.stop <= 2 for start in named)
            for role, country, span in described_posts(self.article, s)
        )

    def _recalls(self, s: Sentence, events: list[Event], reported: list[Event]) -> bool:
        if reported:
            return False
        told_now = [e for e in events if not e.recalled and e.kind != "signing"]
        if any(
            e.recalled
            and (e.strong or e.kind == "signing")
            # "переговоры ... касаются проекта, подписанного в апреле 2006 года": a signing recalled in a
            # participle's clause of a noun recalls only itself, not the talks the sentence tells
            and not (told_now and e.kind == "signing" and e.trigger.rel == "acl")
            for e in events
        ):
            return True
        if not any(e.strong for e in events) and any(
            e.reference and dated_in_past(self.article, _clause_text(self.article, s, e)) for e in events
        ):
            return True  # "обязательства, взятые на встречах 6 октября в Праге": meetings before the news
        prev = self.previous_recall
        # "По итогам переговоров ..." right after a recalled visit goes on recalling it
        return (
            prev is not None
            and prev.paragraph == s.paragraph
            and not any(e.strong for e in events)
            and bool(_STILL_RECALLING.search(s.text))
            and not re.search(r"\d", s.text)
        )

    def _event(self, s: Sentence, event: Event, weak: list[Event], elsewhere: set[str]) -> None:
        """``elsewhere``: the people the sentence's other events have as their own arguments."""
        if event.kind == "session_domestic":
            self._set_aside(s, [event], "a sitting of one state's body")
            self.current = None
            return
        kind = event.kind
        if kind == "session_reference":
            sessions = [m for m in self.meetings if m.kind == "session"]
            current = self.current
            if (
                not sessions
                and current is not None
                and current.kind == "talks"
                and "подписать" in current.words
                and _SIGNING_AT.search(s.text)
            ):
                current.kind = "session"  # "Подписание прошло в рамках заседания Совета ...": the sitting
                sessions = [current]
            if sessions:
                self.current = sessions[-1]
                self._continue(s, [event, *weak])
                return
            kind = "session"
        if (
            kind == "talks"
            and event.trigger.lemma in CONVERSATION_VERBS
            and self._last_call_of(event.participants)
        ):
            kind = "phone_call"  # "Помимо этого, Путин поговорил с ...": the calls go on
        before = self._text_before(s)
        if (
            not event.counterparts
            and kind == "talks"
            and event.trigger.lemma in _ONE_BY_ONE_VERBS
            and len(event.participants) >= 3
        ):
            # "встретился с новыми послами Китая и Турции X и Y": the names in apposition to a plural title are
            # no counterparts of the tree's; officials of two other states are still met one by one
            alone = replace(event, counterparts=[event.participants[1:]])
            if officials_of_several_states(self.article, s, alone):
                event = alone
        several = (
            kind == "talks"
            and bool(event.counterparts)
            and officials_of_several_states(self.article, s, event)
        )
        # "Путин проведет серию двусторонних встреч ... В частности, намечены переговоры с X, Y и Z": his, each
        announced_by = (
            bilateral_host(self.article, s)
            if kind == "talks"
            and event.counterparts
            and all(any(p in c for c in event.counterparts) for p in event.participants)
            else None
        )
        if event.counterparts and (
            kind in CALLS
            or kind == "talks"
            and (
                separate_talks(s, event, before)
                or officials_of_one_host(self.article, event, states_a_day(s.text))
                or several
            )
            or not any(event.counterparts)  # "с президентами Ирана, Алжира и ЮАР": unnamed, one state each
            or announced_by is not None
        ):
            caller = [p for p in event.participants if not any(p in c for c in event.counterparts)]
            # officials of several states are met one by one, even when the tree gave them as one side
            partners = (
                [[key] for side in event.counterparts for key in side]
                if several or preposition_told_again(s)
                else event.counterparts
            )
            opened = None if caller or announced_by is not None else self._one_sided_current(kind, event)
            if not caller and announced_by is None and opened is None:
                caller = self._visitor_meeting(partners)  # "В ходе визита состоялась встреча с X, с Y и с Z"
            if not caller and announced_by is not None:
                if not any(announced_by in c for c in partners):
                    caller = [announced_by]
                partners = [[key] for side in partners for key in side]  # one meeting per counterpart
            if opened is not None:
                # "X провела двусторонние встречи с главами делегаций. В ходе встреч со спикером A, ... B и
                # ... C обсуждались ...": the meetings opened before, now with their counterparts named
                caller = list(opened.participants)
                opened.participants += [p for p in partners[0] if p not in opened.participants]
                opened.sentences.append(s.index)
                partners = partners[1:]
            states = event.counterpart_states if len(event.counterpart_states) == len(partners) else []
            for n, partner in enumerate(partners):
                self._trigger(
                    s, kind, caller + partner, split=True, word=event.trigger.lemma
                )  # one call each
                if states and self.current is not None:
                    self.current.counterpart_state = states[n]
            return
        people = event.participants
        if (
            event.framed
            and self.current is not None
            and self.current.kind == kind
            and set(people) & set(self.current.participants)
            and not (len(self.current.participants) >= 2 and set(people) - set(self.current.participants))
        ):  # "после встречи с X он ..." with an X not at the meeting told: another meeting
            self.current.participants += [p for p in people if p not in self.current.participants]
            self._continue(s, [event])  # "Во время встречи с послом Йемена ...": a part of the meeting told
            return
        if (
            people
            and self.current is not None
            and (
                self.current.kind == kind
                or event.trigger.lemma in self.current.words
                # "принял участие в сессии Совета ... Во встрече приняли участие ...": the gathering, told again
                or event.trigger.pos == "NOUN"
                and preposition(s.tokens, event.trigger) in ("в", "во")
                and self.current.kind in ("summit", "session", "forum")
            )
            and _TOOK_PART.search(s.text)
            and not event.counterparts
        ):
            # "Во встрече также приняла участие X": one more at the meeting told, also when the meeting was
            # told as "провел встречу в формате видеоконференции" (the same word, another medium)
            self.current.participants += [p for p in people if p not in self.current.participants]
            self._continue(s, [event])
            return
        if (
            people
            and kind in ("summit", "session", "forum")
            and self.current is not None
            and self.current.kind == kind
            and not event.future
            and not _another_date(self.article, s, self.current)
        ):
            # "Саммит открыл глава Таджикистана X": the summit told, with one more of its members
            self.current.participants += [p for p in people if p not in self.current.participants]
            self._continue(s, [event])
            return
        if not people and event.present and self.current is not None and self.current.kind == kind:
            self.current.participants += [p for p in event.present if p not in self.current.participants]
            self._continue(s, [event])  # "Встреча прошла в присутствии X": the meeting told, with X present
            return
        if not people and self._scene_of_the_current(s, event, kind):
            self._continue(s, [event])
            return
        people = people or event.present
        if not people and kind == "talks" and self.current is not None and self.current.kind in CALLS:
            self._continue(s, [event])  # "Беседа состоялась по инициативе французской стороны": the call told
            return
        visit = self.visit
        if visit is not None and self._listed_for_the_visitor(event, people, elsewhere):
            # "В программе визита: встреча с президентом X, встреча с вице-президентом Y, переговоры с Z": each
            # meeting the visit's programme lists is the visitor's with its own partner
            self._trigger(
                s, kind, [visit.visitor, *people], split=True, future=event.future, word=event.trigger.lemma
            )
            return
        if len(people) < 2:
            people = people + [
                p
                for p in participants_of(self.article, s, self.visitor)
                if p not in people and p not in elsewhere
            ]
        if self._sitting_awaiting_people(kind, event):
            kind = "session"  # "Началось заседание комиссии. Делегации на переговорах возглавляют X и Y": the sitting
        self._trigger(
            s,
            kind,
            people,
            multilateral=event.multilateral,
            future=event.future,
            word=event.trigger.lemma,
            held=event.trigger.pos == "VERB" and event.trigger.feats.get("Tense") == "Past",
        )

    def _scene_of_the_current(self, s: Sentence, event: Event, kind: str) -> bool:
        """ "X принял участие в заседании комиссии. Встреча прошла в Риге 4-6 апреля": a meeting noun with no one of
        its own, the subject of a sentence that names no one and tells where or when, right after a meeting is
        told, is that meeting (a summit told after talks is another; a part told apart, with no place or day, may
        be another scene of it)."""
        current = self.current
        return (
            current is not None
            and not event.present
            and event.trigger.pos == "NOUN"
            and event.trigger.rel in ("nsubj", "nsubj:pass")  # "Встреча прошла ...", not "провели переговоры"
            and kind in ("talks", current.kind)
            and s.index - max(current.sentences) <= 1
            and not self.article.mentions_in(s.index)
            and not _another_date(self.article, s, current)
            and (
                any(m.kind in ("city", "country") for m in self.article.places_in(s.start, s.stop))
                or sentence_date(self.article, s, None) is not None
            )
        )

    def _listed_for_the_visitor(self, event: Event, people: list[str], elsewhere: set[str]) -> bool:
        """A meeting noun with one partner of its own, beside other meetings with partners of their own, told
        while a visit goes on, the partner an official of another state than the visitor's."""
        visit = self.visit
        if visit is None or event.trigger.pos != "NOUN" or len(people) != 1 or not elsewhere:
            return False
        if visit.visitor in people or visit.visitor in elsewhere or people[0] in elsewhere:
            return False
        visitor, partner = self.article.persons.get(visit.visitor), self.article.persons.get(people[0])
        if visitor is None or partner is None:
            return False
        theirs = {p.country for p in visitor.posts if p.country}
        ours = {p.country for p in partner.posts if p.country} | ({visit.host} if visit.host else set())
        return bool(theirs) and not theirs & ours

    def _visitor_meeting(self, partners: list[list[str]]) -> list[str]:
        """The visitor of the visit under way, as the side of meetings told with no side of their own ("состоялась
        встреча с X, с Y и с Z"), unless a partner is the visitor or of the visitor's own state."""
        visit = self.visit
        if visit is None or visit.visitor not in self.article.persons:
            return []
        theirs = {p.country for p in self.article.persons[visit.visitor].posts if p.country}
        for side in partners:
            for key in side:
                person = self.article.persons.get(key)
                if key == visit.visitor or person is None or theirs & {p.country for p in person.posts}:
                    return []
        return [visit.visitor]

    def _one_sided_current(self, kind: str, event: Event) -> Meeting | None:
        """The meeting under way if it has one named side only, of this kind, outside the counterparts."""
        current = self.current
        if current is None or current.kind != kind or len(current.participants) != 1:
            return None
        if any(current.participants[0] in c for c in event.counterparts):
            return None
        return current

    def _last_call_of(self, people: list[str]) -> bool:
        """The last meeting these people had in the text was a call."""
        theirs = [m for m in self.meetings if set(people) & set(m.participants)]
        return bool(theirs) and theirs[-1].kind in CALLS

    def _track_visit(self, s: Sentence) -> None:
        found = find_visit(self.article, self.gaz, s, self.current.participants if self.current else [])
        if found is None:
            return
        if _CALLED_OFF.search(s.text):
            self.cancelled.add(found.visitor)  # "отменил запланированный на 20–21 декабря визит"
        if found.visitor in self.cancelled:
            self.visit = None  # its programme ("Были запланированы встречи ...") is not held
            return
        if (
            self.visit is not None
            and found.visitor == self.visit.visitor
            and (found.kind == self.visit.kind or "visit" in (found.kind, self.visit.kind))
        ):
            self.visit.host = self.visit.host or found.host  # "программа пребывания" continues the same visit
            if self.visit.kind == "visit":
                self.visit.kind = (
                    found.kind
                )  # "визит ... Это первое государственное посещение": its kind told later
            found = self.visit
        else:
            self.visit = found
            self.article.visits.append(found)
        current = self.current
        if current is not None and found.visitor in current.participants and current.kind not in CALLS:
            if current.visit is not None and current.visit.visitor == found.visitor:
                current.visit.host = current.visit.host or found.host  # the same trip told again
            elif current.visit is None:
                current.visit = (
                    found  # a meeting already in a visit stays in it ("назвал визит X историческим")
                )

    def _referred(self, events: list[Event]) -> Meeting | None:
        """The meeting a reference in the sentence names ("в ходе переговоров", "по завершении встречи")."""
        for e in events:
            if e.reference and not e.recalled:
                named = [m for m in self.meetings if e.trigger.lemma in m.words] or [
                    m for m in self.meetings if e.kind == m.kind
                ]  # the word the text used first, then the kind
                if named:
                    return named[-1]
        return None

    def _refer_back(self, s: Sentence, events: list[Event]) -> None:
        """ "По итогам заседания ...", "Повестка союзного Совмина ...": back to the last meeting of that kind."""
        for e in events:
            named = [m for m in self.meetings if e.reference and e.trigger.lemma in m.words]
            if named:
                self.current = named[-1]  # "В ходе переговоров ...": the meeting told as "переговоры"
                return
        kinds = [e.kind for e in events if e.reference] or [
            k for k, rx in _REFERENCE.items() if rx.search(s.text)
        ]
        for kind in kinds:
            if self.current is not None and self.current.kind == kind:
                return
            same = [m for m in self.meetings if m.kind == kind]
            if same:
                self.current = same[-1]
                return
        # "X обсудил с Y ... В ходе телефонного разговора X ...": the reference tells the medium the first telling
        # left open
        medium = next(
            (
                e.kind
                for e in events
                if e.reference
                and e.kind in ("phone_call", "video_call")
                and e.framed  # "в ходе телефонного разговора", "во время видеоконференции"
                and not (e.future or e.recalled)
                and _names_its_medium(s, e)
            ),
            None,
        )
        told = self.current
        if medium and told is not None and told.kind == "talks" and s.index - told.sentence <= _MEDIUM_REACH:
            told.kind = medium

    def _trigger(
        self,
        s: Sentence,
        kind: str,
        people: list[str],
        split: bool = False,
        multilateral: bool = False,
        future: bool = False,
        word: str = "",
        held: bool = False,
    ) -> None:
        article = self.article
        date = sentence_date(article, s, self.current)
        announced = future and bool(date or states_a_day(s.text))
        target = (
            None
            if split
            else _continues(self.meetings, kind, people, date, self.current, announced, self._headlines(s))
        )
        if target is None:
            target = Meeting(kind=kind, sentence=s.index, date=date, future=future, opened_with=list(people))
            target.multilateral = multilateral
            self.meetings.append(target)
        elif date and not target.date:
            target.date = date
        target.held = target.held or held
        target.participants += [k for k in people if k not in target.participants]
        self._visitor_joins(target)
        target.words.add(word)
        self.current = target
        place(article, self.gaz, target, s)
        if (
            self.visit
            and self.visit.visitor in target.participants
            and target.kind not in CALLS
            and (target.kind != "summit" or VISIT_PHRASE.search(s.text))
        ):
            target.visit = self.visit  # a summit joins a visit only when the sentence says so
        target.sentences.append(s.index)

    def _headlines(self, s: Sentence) -> set[int]:
        """The headline's sentences, when ``s`` is past them."""
        headlines = self.article.headlines
        return set() if s.index in headlines else headlines

    def _visitor_joins(self, meeting: Meeting) -> None:
        """Second reading: "Турчин отправился в Москву ... Запланированы переговоры с Мишустиным": a
        meeting in person that names one official, told during another state's official's visit, is
        the visitor's. Both readings: so is one that names an official of no stated state, with a title, met
        during a visit abroad ("состоялась встреча с мэром г. Сироиси X")."""
        visit = self.visit
        if visit is None or meeting.kind in CALLS or len(meeting.participants) != 1:
            return
        visitor, host = (
            self.article.persons.get(visit.visitor),
            self.article.persons.get(meeting.participants[0]),
        )
        if visitor is None or host is None or visit.visitor in meeting.participants:
            return
        theirs = {p.country for p in visitor.posts if p.country}
        ours = {p.country for p in host.posts if p.country}
        # an official of no stated state met during a visit abroad is the host's ("встреча с мэром г. Сироиси X")
        abroad = bool(host.posts) and not ours and visit.host is not None and visit.host not in theirs
        if theirs and (ours and self.relaxed or abroad) and not theirs & ours:
            meeting.participants.append(visit.visitor)

    def _continue(self, s: Sentence, weak: list[Event]) -> None:
        """A sentence that tells more of the current meeting: people, place, topics, documents."""
        current, article = self.current, self.article
        if current is None:
            return
        opening = article.sentences[current.sentence].paragraph
        if _SCENE_CHANGE.search(s.text) and s.paragraph != opening:
            self.current = None  # "делегация посетила технопарк": another scene
            return
        # "1 марта X и Y приняли заявление" in news of 13 March: its people are not at this meeting (its
        # words may still be the meeting's topics: "товарооборот в 2023 году вырос")
        told = [e for e in weak if e.kind != "signing"]
        time_text = " ... ".join(_own_time_text(article, s, e) for e in told) if told else s.text
        background = s.index != current.sentence and dated_in_past(article, time_text)
        people = [p for e in weak if e.kind != "signing" for p in e.participants]
        if current.kind == "session" and len(current.participants) < 2:
            # "Прошло заседание комиссии. ... Министр X и министр Y подписали протокол": its co-chairs sign
            people += [
                p for e in weak if e.kind == "signing" and len(e.participants) >= 2 for p in e.participants
            ]
        siblings = [m for m in self.meetings if m is not current and m.sentence == current.sentence]
        if siblings and set(people) <= {p for m in [current, *siblings] for p in m.participants}:
            people = []  # "провел встречи с A, B и C. Стороны обсудили ...": each side is at its own meeting
        if background or _BEFORE_THE_EVENT.search(s.text):
            people = []  # "Накануне саммита X пригласил Y": told of the time before the meeting, not at it
        elif len(current.participants) < 2 and (
            _CONTINUE_PARTICIPANTS.search(s.text)
            or s.paragraph == opening
            or _DISCUSSION.search(s.text)
            or _REFERENCE["talks"].search(s.text)
            or _REFERENCE.get(current.kind, _REFERENCE["talks"]).search(s.text)
        ):
            past = past_participle_clauses(article, s)
            people += [
                p
                for p in participants_of(article, s, self.visitor)
                if not past
                or any(
                    not any(a <= m.start < b for a, b in past)
                    for m in article.mentions_in(s.index)
                    if m.person == p
                )
            ]
        elif (
            _CONTINUE_PARTICIPANTS.search(s.text)
            or current.kind in ("summit", "session")
            and _ARRIVALS.search(s.text)
        ) and not s.in_quote:
            people += [m.person for m in article.mentions_in(s.index)]
        current.participants += [k for k in dict.fromkeys(people) if k not in current.participants]
        _title_the_untitled(article, current, s)
        if not self.cue.get(s.paragraph) and s.paragraph != opening:
            return  # background: "Транскаспийский маршрут связывает Китай с Европой ..."
        # a long paragraph goes on to other things ("Отправлены контейнеры в Бангладеш"): three sentences at most
        if (
            s.paragraph - opening <= 1
            and s.index - current.sentence <= 3
            and not s.in_quote  # "«... дом, который строят в Брянске ...»": a place a speaker names
            and not any(e.future for e in weak)
            and not re.search(r"(?i)визит", s.text)
        ):
            # "Встреча в Акорде началась ..."; "в ходе визита ... в Казахстан" places another event
            place(article, self.gaz, current, s, only_if_missing=True)
        current.sentences.append(s.index)


_IN_ITS_FRAME = re.compile(r"(?i)\bв\s+(?:его|е[её])\s+рамках\b")


def _another_date(article: Article, s: Sentence, meeting: Meeting) -> bool:
    """The sentence dates what it tells on a day other than the meeting's."""
    date = sentence_date(article, s, None)
    return date is not None and meeting.date is not None and date != meeting.date


def _own_time_text(article: Article, s: Sentence, event: Event) -> str:
    """The sentence's words that can date ``event``: not those of another finite clause."""
    runs: list[list[Token]] = []
    for t in own_time_tokens(s.tokens, event.trigger):
        if runs and runs[-1][-1].index == t.index - 1:
            runs[-1].append(t)
        else:
            runs.append([t])
    return " ... ".join(article.text[run[0].start : run[-1].stop] for run in runs)


def _clause_text(article: Article, s: Sentence, event: Event) -> str:
    """The words of an event's own clause ("которую ... подписали 6 декабря 2021 года")."""
    inside = subtree(s.tokens, event.trigger)
    # "обсудил ход реализации подписанного в 2002 году соглашения": a participle's time is its own thing's
    told_of: set[int] = set()
    for t in inside:
        clause = subtree(s.tokens, t) if done_before(t) else []
        if clause and event.trigger not in clause:
            told_of |= {u.index for u in clause}
    runs: list[list[Token]] = []
    for t in (t for t in inside if t.index not in told_of):
        if runs and runs[-1][-1].index == t.index - 1:
            runs[-1].append(t)
        else:
            runs.append([t])
    return " ... ".join(article.text[run[0].start : run[-1].stop] for run in runs)


def _title_the_untitled(article: Article, meeting: Meeting, s: Sentence) -> None:
    """ "Главы государств обсудили ...": a participant named without a title holds the post the plural
    names; its country is settled later, like any title's that names none. Only a plural in the nominative is
    the sentence's subject ("..., достигнутых между Президентами России и Беларуси" are others)."""
    role = coref.plural_role(article.text[s.start : s.stop], subject=s)
    if role is None:
        return
    for key in meeting.participants:
        person = article.persons[key]
        if not person.posts:
            person.posts.append(PostFact(role, None, None, s.index, Span(s.start, s.stop)))


def _continues(
    meetings: list[Meeting],
    kind: str,
    people: list[str],
    date,
    current: Meeting | None = None,
    announced: bool = False,
    headlines: set[int] = frozenset(),
) -> Meeting | None:
    """The earlier meeting a trigger continues: same kind, no other date, shared or unnamed people; the
    meeting being told first. ``headlines``: the headline's sentences, when the trigger is in the body."""
    for m in meetings:
        if m.kind != kind:
            continue
        if m.sentence in headlines and len(m.opened_with) >= 3 and 2 <= len(people) < len(m.participants):
            continue  # "Токаев и Бектенов встретились с X" over the body's two meetings: each its own
        if date and m.date and date != m.date:
            continue
        if announced and m.held:
            continue  # "встретился с X ... Переговоры планируются во вторник, 31 января": held, then announced
        if people and m.participants and not set(people) & set(m.participants):
            continue
        if (
            kind in ("talks", "phone_call", "video_call")
            and len(m.participants) >= 2
            and set(people) - set(m.participants)
        ):
            continue  # "В тот же день глава государства принял ...": a new counterpart, a new meeting
        return m
    return None
