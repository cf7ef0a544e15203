"""Stage 4: meetings, read strictly, then read again, relaxed, when the strict reading kept none.

A release or a news item about relations between states nearly always reports an event.
When the meeting reader (``meetings``) finds none, the text is read a second time with
two constraints of the first reading relaxed. Each is right on most text, and each loses
the one event of some:

* a day well before the date line does not make an event recalled: an outlet that
  reports a meeting two weeks late still reports it (a recall marker or an earlier year
  still recalls it);
* a meeting with one named participant counts unless it is provably one state's: its
  other side may be a body ("на встрече с сотрудниками министерства"), a title without a
  name ("Аким Алматы встретился с ..."), a pronoun, or a state the participant's title
  names. What proves a meeting domestic is participants of the outlet's own state and no
  other state on either side; a participant of unknown state, or an outlet of unknown state,
  proves nothing.

The second reading also joins a one-named meeting told during another state's official's
visit to that visitor, and takes talks a text refers to as held ("документ подписан по итогам
переговоров с министром Y") with one named side where the first needs two.

When neither reading finds a meeting, an official's visit to another state that the text shows the sides of
together (documents signed, the sides or the visitor told to have talked, the hosts addressing the guests) is a
meeting (``visitmeeting``); an arrival alone is not. Then two
delegations' meeting, a gathering an official arrived for, a meeting referred to after its sides were named, and
last a ceremony or reception officials of two states attended (``ceremonies``).

The second reading replaces nothing: it runs only on articles the first left without a
meeting, so text the strict reading handles is read exactly as before.
"""

from __future__ import annotations

import re

from kg.extract import countries
from kg.extract.attendance import meeting_of_attendance
from kg.extract.bodysignings import meeting_of_signing_bodies
from kg.extract.ceremonies import meeting_of_ceremony
from kg.extract.delegations import meeting_of_delegations
from kg.extract.eventcoref import resolve_events
from kg.extract.gazetteer import Gazetteer
from kg.extract.heldevents import meeting_of_a_held_event
from kg.extract.meetings import extract_meetings
from kg.extract.model import (
    MAYBE_INTERVIEW,
    NO_ONE_NAMED,
    NOT_INTERNATIONAL,
    ONE_SIDE_ONLY,
    Article,
    EventNote,
    Meeting,
    PostFact,
)
from kg.extract.officials import described_posts
from kg.extract.private import private_person
from kg.extract.referred import meeting_referred_to
from kg.extract.replies import add_replying_sides
from kg.extract.scene import is_international, may_be_interview, pair_told
from kg.extract.sidestold import add_near_sides
from kg.extract.titlestates import posted_in
from kg.extract.visitmeeting import meeting_of_visit


def read_meetings(article: Article, gaz: Gazetteer) -> None:
    """The article's meetings, their sides and their people, once posts have their countries: the strict
    reading, then, when it kept none, the relaxed one."""
    _read(article, gaz, relaxed=False)
    if not article.meetings:
        article.recalled = set()  # the first reading's recalls, some of which the second does not make
        article.second_reading = True
        _read(article, gaz, relaxed=True)
    if not article.meetings:
        visit_talks = (
            meeting_of_visit(article)
            or meeting_of_delegations(article, gaz)
            or meeting_of_attendance(article, gaz)
            or meeting_referred_to(article)
            or meeting_of_ceremony(article, gaz)
            or meeting_of_signing_bodies(article, gaz)
            or meeting_of_a_held_event(article)
        )
        if visit_talks is not None:
            article.meetings = [visit_talks]
            countries.settle(article, article.meetings)
            add_near_sides(article)


def _read(article: Article, gaz: Gazetteer, relaxed: bool) -> None:
    extract_meetings(article, gaz, relaxed)
    countries.settle(article, article.meetings)
    resolve_events(article)
    add_replying_sides(article)
    countries.settle(
        article, article.meetings
    )  # a post still open may be the side event coreference found free
    for meeting in article.meetings:
        meeting.participants = [key for key in meeting.participants if not _spouse(article, key)]
    # drop the meetings of one state's officials (the second reading: those provably so)
    kept = [
        m
        for m in article.meetings
        if is_international(article, m) or (relaxed and not_provably_domestic(article, m))
    ]
    held = {id(m) for m in kept}
    for m in article.meetings:
        if id(m) not in held:
            word = min((w for w in m.words if w), default=m.kind)
            reason = (
                NO_ONE_NAMED
                if not m.participants
                else ONE_SIDE_ONLY
                if len(m.participants) < 2 and not m.sides
                else MAYBE_INTERVIEW
                if may_be_interview(m)
                else NOT_INTERNATIONAL
            )
            article.set_aside.append(
                EventNote(m.sentence, word, m.kind, (reason,), "relaxed" if relaxed else "strict")
            )
    article.meetings = kept
    add_near_sides(article)


# "со своей супругой X", "президент и его жена X": a spouse who comes along holds no office of the meeting's
_SPOUSE = re.compile(r"(?i)\b(?:супруг[аеиоуы]?[йюм]?|жен(?:а|ой|ы|е|у))\s+$")


def _spouse(article: Article, key: str) -> bool:
    """A person the text introduces only as someone's spouse and gives no post."""
    person = article.persons[key]
    return not person.posts and any(
        _SPOUSE.search(article.text[max(0, m.start - 20) : m.start]) for m in person.mentions
    )


# a sitting of a body that is no state's nor states': "на заседании Астанинского клуба", "... партии", "... фонда"
_NOT_OF_STATES = re.compile(
    r"(?i)\bзаседани\w*\s+(?:[а-яё-]+\s+){0,2}?(?:клуб|парти|фракци|обществ|ассоциаци|фонд|правлени)\w*"
)


def not_provably_domestic(article: Article, meeting: Meeting) -> bool:
    """One or more named participants, and nothing that shows every side is one state."""
    if not meeting.participants:
        return False
    interview = may_be_interview(meeting)
    states: set[str] = set()
    for key in meeting.participants:
        known = {post.country for post in article.persons[key].posts if post.country}
        if not known and not interview and private_person(article, key):
            continue  # "с руководителем компании X": no official of any state
        if not known and not interview:
            return True  # an official of a state the text does not give
        states |= known
    if interview:
        # "рассказал в беседе с журналистами о торговле с Арменией": a conversation is a meeting when its
        # other side is an official of another state by title ("разговор президента России и короля Иордании")
        told = described_posts(article, article.sentences[meeting.sentence])
        return bool(states) and any(country not in states for _role, country, _span in told)
    if (
        len(meeting.participants) >= 2
        and len(states) == 1
        and not _diplomats(article, meeting)
        and not pair_told(article, meeting, states)
    ):
        # "Путин встретился с самарским губернатором Азаровым": both sides named, of one state (a pair of states
        # in what they discussed is a topic: "обсудили связи с провинцией Хэйлунцзян")
        told = {meeting.counterpart_state, meeting.visit.host if meeting.visit else None} - {None}
        if meeting.counterpart_state is None and _own_envoy_there(article, meeting):
            return False  # "губернатор в рабочей поездке в Ереван ... с послом России в Армении": one state's own
        return bool(told - states)  # a counterpart told by title, or a visit abroad
    if set(meeting.sides) - states:
        return True  # the other side is a state the text names, or a body of one
    there = meeting.country or (meeting.visit.host if meeting.visit else None)
    if there is not None and states and there not in states and not _own_envoy_there(article, meeting):
        # "сегодня в Лондоне состоялось заседание рабочей группы", "в рамках визита в Турцию состоялся ряд
        # встреч": one state's officials abroad, in the place or on the visit the text tells
        return True
    if (
        len(meeting.participants) == 1
        and meeting.kind == "session"
        and meeting.country in states | {None}
        and _NOT_OF_STATES.search(article.sentences[meeting.sentence].text)
    ):
        # "сказал X на заседании Астанинского клуба": one official of a known state at a sitting of a club, a party
        # or a fund, held at home, is no meeting of states
        return False
    outlet = article.publisher_country
    return outlet is None or bool(states - {outlet})


def _own_envoy_there(article: Article, meeting: Meeting) -> bool:
    """A participant is an envoy posted in the state where the meeting is held (or its visit's host)."""
    there = meeting.country or (meeting.visit.host if meeting.visit else None)
    return there is not None and any(
        _envoy(article, post) and (posted_in(article, post.evidence) or (None,))[0] == there
        for key in meeting.participants
        for post in article.persons[key].posts
    )


def _envoy(article: Article, post: PostFact) -> bool:
    """An ambassador's post, or a consul's by its title."""
    return (
        post.role == "ambassador"
        or "консул" in article.text[post.evidence.start : post.evidence.stop].lower()
    )


def _diplomats(article: Article, meeting: Meeting) -> bool:
    """A state's ambassador or consul abroad meets for the state they serve in ("мэр Владивостока встретился с
    российским послом в Японии") -- not when the meeting is held there: a delegation visiting Minsk that meets its
    own ambassador in Belarus meets one of its own."""
    return any(
        _envoy(article, post)
        and not (meeting.country and (posted_in(article, post.evidence) or (None,))[0] == meeting.country)
        for key in meeting.participants
        for post in article.persons[key].posts
    )
