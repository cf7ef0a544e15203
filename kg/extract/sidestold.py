"""Stage 4, after the reading: the other side of a meeting told in the sentences around it -- the members of a
delegation listed before it meets, the one official of another state the sentence before names beside the side
the meeting names, the host of a guest whose welcome is told, the unnamed colleague of a state whom the text
names elsewhere by the same post, the members of a state's delegation the sentences after the meeting name, or,
once a reading has kept its meetings, the one official of another state named around talks told with one person
(``add_near_sides``)."""

from __future__ import annotations

import re

from kg.extract.countries import unnamed_colleagues
from kg.extract.model import Article, Meeting, Mention
from kg.extract.scene import past_participle_clauses

_DELEGATION_WORD = re.compile(r"(?i)\bделегаци\w+")
# "В состав делегации вошли X и Y", "В ее составе — X", "Делегацию возглавил X"
_COMPOSITION = re.compile(
    r"(?i)\bв\s+(?:е[её]|его|их)\s+состав[еа]?\b|\bв\s+состав\s+(?:\w+\s+)?(?:делегаци\w+|которой)\s+(?:вошл|входил)\w*|"
    r"\bв\s+составе\s+делегаци\w+|делегаци\w+\s+возглавил\w*|возглавил\w*\s+делегаци\w+"
)


def members_told_before(article: Article, meeting: Meeting, meetings: list[Meeting]) -> None:
    """ "В состав делегации вошли X и Y. Делегация встретилась с Z": a delegation that meets takes the
    members a sentence or two before it named, when no other meeting told them."""
    if not _DELEGATION_WORD.search(article.sentences[meeting.sentence].text):
        return
    told = {i for m in meetings if m is not meeting for i in m.sentences}
    for index in (meeting.sentence - 1, meeting.sentence - 2):
        if index < 0 or index in told or index in article.recalled:
            continue
        s = article.sentences[index]
        if s.in_quote or not _COMPOSITION.search(s.text):
            continue
        for mention in article.mentions_in(index):
            if mention.person not in meeting.participants:
                meeting.participants.append(mention.person)
        if index not in meeting.sentences:
            meeting.sentences.append(index)
        return


_WELCOME = re.compile(r"(?i)\bторжественн\w+\s+встреч|\bцеремони\w+\s+(?:официальной\s+)?встречи\b")


def other_side_told_before(article: Article, meeting: Meeting, meetings: list[Meeting]) -> None:
    """ "X поздравил президента Латвии Y с победой ... В ходе телефонного разговора X отметил ...": a talk or
    call with one named side takes the one official of another state the sentence right before it names
    beside that side, when no other meeting holds that sentence."""
    if meeting.kind not in ("talks", "phone_call", "video_call") or len(meeting.participants) != 1:
        return
    index = min(meeting.sentences) - 1
    told = {i for m in meetings if m is not meeting for i in m.sentences}
    if index < 0 or index in told or index in article.recalled or article.sentences[index].in_quote:
        return
    own = article.persons[meeting.participants[0]].states
    named = {m.person for m in article.mentions_in(index)}
    others = {p for p in named if p != meeting.participants[0] and article.persons[p].states - own}
    # the side named is in that sentence too, with the other: "X поздравил Y", not a scene of someone else; or
    # the meeting is a guest's welcome, his host the one the sentence before tells ("X прибыл в Хорезм. В
    # аэропорту состоялась торжественная встреча президента Y")
    welcome = bool(_WELCOME.search(article.sentences[min(meeting.sentences)].text))
    if own and (meeting.participants[0] in named or welcome) and len(others) == 1:
        meeting.participants += list(others)
        meeting.sentences.insert(0, index)


def colleague_named_elsewhere(article: Article, meeting: Meeting) -> None:
    """ "X встретился со своим вьетнамским коллегой. ... Глава Минобороны Вьетнама Y получил должность недавно":
    the unnamed colleague of a state is the one person of that state the text gives the participant's own
    post, wherever it names him."""
    if meeting.kind not in ("talks", "phone_call", "video_call") or len(meeting.participants) != 1:
        return
    states = {c for i in meeting.sentences for c in unnamed_colleagues(article, i)}
    own = article.persons[meeting.participants[0]]
    roles = {p.role for p in own.posts}
    if len(states) != 1 or not roles or states <= own.states:
        return
    state = next(iter(states))
    holders = [
        p.key
        for p in article.persons.values()
        if p.key != own.key and any(f.role in roles and f.country == state for f in p.posts)
    ]
    if len(holders) == 1:
        meeting.participants.append(holders[0])


_FOLLOWING = 3  # sentences after the meeting that may name the delegation's members, beside its own
# the words between "делегацию" and its state: "делегацию посольства Республики Казахстан"
_DELEGATION_BEFORE = re.compile(r"(?i)\bделегаци\w+\s+(?:[а-яё-]+\s+){0,3}$")
_DELEGATION_AFTER = re.compile(r"(?i)\s+делегаци")  # "казахстанскую делегацию"


def delegation_members_named_after(article: Article, meeting: Meeting, meetings: list[Meeting]) -> None:
    """ "X принял делегацию посольства Казахстана ... Советник-посланник посольства Казахстана Y отметил": a
    meeting with one named side and a delegation of another state takes the people of that state the next
    sentences name, up to another meeting's sentences."""
    if meeting.kind not in ("talks", "phone_call", "video_call") or len(meeting.participants) != 1:
        return
    s = article.sentences[meeting.sentence]
    own = article.persons[meeting.participants[0]].states
    states = {
        p.iso
        for p in article.places_in(s.start, s.stop)
        if p.kind in ("country", "adjective")
        and p.iso
        and (
            _DELEGATION_BEFORE.search(article.text, s.start, p.start)
            or _DELEGATION_AFTER.match(article.text, p.stop)
        )
    }
    if len(states) != 1 or not own or states <= own:
        return
    told = {i for m in meetings if m is not meeting for i in m.sentences}
    following = range(meeting.sentence + 1, min(meeting.sentence + 1 + _FOLLOWING, len(article.sentences)))
    for index in sorted({i for i in meeting.sentences if i > meeting.sentence} | set(following)):
        if index in told:
            return
        if index in article.recalled:
            continue
        for mention in article.mentions_in(index):
            if (
                mention.person not in meeting.participants
                and article.persons[mention.person].states == states
            ):
                meeting.participants.append(mention.person)
                if index not in meeting.sentences:
                    meeting.sentences.append(index)


_BEFORE, _AFTER = 1, 2  # sentences around the one that tells the meeting


def add_near_sides(article: Article) -> None:
    """The other side named beside talks told with one person: "Состоялся визит делегации во главе с послом
    Китая X. Проведены переговоры с председателем академии Y" -- talks whose other side the sentence leaves to
    the one before ("делегации", a passive verb, "гостя") are with the one official of another state named in the
    sentences around them, in the news (a headline's people may be another story's). Only one: when several
    officials of other states stand there, the text does not say which of them met. Only talks: a summit, forum or
    sitting is an official's own appearance among many, and a call names both ends. Called on the meetings a
    reading kept: one told with one state's official alone is not among them."""
    taken = {key for m in article.meetings for key in m.participants}
    for meeting in article.meetings:
        if meeting.kind != "talks" or meeting.multilateral or len(meeting.participants) != 1:
            continue
        near = _officials_of_other_states(article, meeting, taken)
        if len(near) == 1:
            meeting.participants.append(near[0])
            taken.add(near[0])


def _officials_of_other_states(article: Article, meeting: Meeting, taken: set[str]) -> list[str]:
    own = article.persons[meeting.participants[0]].states
    if not own or len(set(meeting.sides) - own) > 1:
        return []  # "принял верительные грамоты от послов Франции, Индии и Японии": the other side is several
    if any(unnamed_colleagues(article, i) for i in meeting.sentences):
        return []  # "встретилась с турецким коллегой": the colleague is the one of the same post, if named
    around = range(meeting.sentence - _BEFORE, meeting.sentence + _AFTER + 1)
    return [
        other
        for other, person in article.persons.items()
        if other not in taken
        and person.states
        and not person.states & own
        and any(m.sentence in around and _of_the_news(article, m) for m in person.mentions)
    ]


def _of_the_news(article: Article, mention: Mention) -> bool:
    """Named in a sentence of the news, outside a clause of an earlier time: "Ранее посол X посетил Астану",
    "договоренностей, достигнутых в 2019 году президентами X и Y" name people of another event."""
    s = article.sentences[mention.sentence]
    if s.in_quote or s.index in article.recalled:
        return False
    return not any(a <= mention.start < b for a, b in past_participle_clauses(article, s))
