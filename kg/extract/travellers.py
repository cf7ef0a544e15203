"""A meeting abroad in a text that tells of a visit is part of that visit.

The visit readers (``visits``) link a visit to a meeting when the tree or the sentence ties them. Texts often
tell the trip in one place ("находился с рабочим визитом", "прибыл в Вильнюс") and the talks in another, with
nothing that links them but the place: talks held in the host state between its officials and officials of
one other state. In the annotated sets such talks were part of a visit 100 times in 103 when the text speaks
of a visit at all (ambassadors who "arrived" included), and 8 times in 46 when it does not, so the text's
word for a visit is required. When the talks' place is not told, the place the visit sentences name is the
host's, if it is one of the participants' states.
"""

from __future__ import annotations

import re

from kg.extract.model import Article, Meeting, Sentence, Visit
from kg.extract.scene import CALLS, dated_in_past
from kg.extract.status import clause_status
from kg.extract.visits import INVITING, visit_kind

_VISIT_WORD = re.compile(r"(?i)(?:визит\w*|посетил\w*|прибыл\w*|прилетел\w*|поездк\w*|пребывани\w*)")
# the welcome ceremony ("церемония официальной встречи") is held only for a guest from abroad
_WELCOME = re.compile(r"(?i)\bцеремони\w*\s+(?:(?:официальной|торжественной)\s+)+встреч\w*")
# "в Астану", "во Францию", "в столицу Казахстана": the place right after it is where the visitor is
_DESTINATION = re.compile(r"(?i)\bв[о]?\s+(?:\w+\s+)?$")
# who leads a delegation: the first of these roles a visitor holds
_RANK = (
    "head_of_state",
    "head_of_government",
    "parliament_speaker",
    "deputy_head_of_government",
    "foreign_minister",
    "minister",
    "head_of_international_organization",
    "regional_head",
    "deputy_minister",
    "ambassador",
    "other_official",
)


def sentences_telling_a_visit(article: Article) -> list[Sentence]:
    """The sentences that tell a visit of the news, read once per article."""
    return [s for s in article.sentences if _tells_a_visit(article, s)]


def join_the_visit_told(article: Article, meeting: Meeting, told: list[Sentence]) -> None:
    """Give a meeting with no visit of its own the visit the text tells, when it was held in one state between
    its officials and the officials of one other state; a sitting, summit or forum only when it names one or
    two people (beyond that it is a gathering of many guests, not one state's visit)."""
    if meeting.visit is not None or meeting.kind in CALLS or not told:
        return
    if meeting.kind != "talks" and len(meeting.participants) > 2:
        return
    countries = {
        key: {p.country for p in article.persons[key].posts if p.country} for key in meeting.participants
    }
    host = (
        meeting.country
        or _host_told(article, told, {c for own in countries.values() for c in own})
        or _regional_host(article, told, meeting)
    )
    if host is None:
        return
    guests = _guests(countries, host, told_place=meeting.country is not None)
    if not guests or len({c for key in guests for c in countries[key]} - {host}) > 1:
        return  # guests of two states: a round of its own, not one state's visit
    visitor = min(guests, key=lambda key: _rank(article, key))
    kinds = [visit_kind(s.tokens, t) for s in told for t in s.tokens if t.lemma == "визит"]
    kind = next((k for k in kinds if k != "visit"), "visit")
    meeting.visit = Visit(kind, visitor, host, told[0].index)
    meeting.country = host


def _guests(countries: dict[str, set[str]], host: str, told_place: bool) -> list[str]:
    """The participants who came from abroad. A participant whose state the text does not tell sits on the side
    the others leave free: beside a guest he is the host's, and beside the host's officials he is the guest when
    the meeting's own place names the host (a host read from the visit sentences is too weak for that)."""
    hosts = [key for key, own in countries.items() if host in own]
    unknown = [key for key, own in countries.items() if not own]
    guests = [key for key in countries if key not in hosts and key not in unknown]
    if guests:
        return guests if hosts or unknown or len(countries) == 1 else []
    return unknown if told_place and hosts and len(unknown) == 1 else []


def _tells_a_visit(article: Article, s: Sentence) -> bool:
    """A visit of the news: not in a quote, not recalled, invited, planned or told in the plural ("взаимные
    визиты", "пригласили посетить республику с официальным визитом")."""
    if (
        s.in_quote
        or s.index in article.recalled
        or not (_VISIT_WORD.search(s.text) or _WELCOME.search(s.text))
        or any(a.lemma in INVITING for a in s.tokens)
        or dated_in_past(article, s.text)
    ):
        return False
    words = [t for t in s.tokens if _VISIT_WORD.fullmatch(t.text) and t.feats.get("Number") != "Plur"]
    words += [t for t in s.tokens if t.lemma == "церемония" and _WELCOME.match(s.text, t.start - s.start)]
    return any(not (status := clause_status(article, s, t)).future and not status.recalled for t in words)


def _host_told(article: Article, told: list[Sentence], states: set[str]) -> str | None:
    """The one participants' state that the visit sentences name as the place gone to ("прибыл в Вильнюс",
    "находится в Японии"); a state in a title ("Президент Азербайджана") is where the visitor comes from."""
    named = {
        m.iso
        for s in told
        for m in article.places_in(s.start, s.stop)
        if m.kind in ("city", "country", "region")
        and m.iso in states
        and _DESTINATION.search(article.text[max(0, m.start - 30) : m.start])
    }
    return named.pop() if len(named) == 1 else None


# "делегация прибыла в регион": the place gone to is the region of the one regional head who receives
_TO_THE_REGION = re.compile(
    r"(?i)\b(?:прибы|приеха|прилете)\w*\s+в\s+(?:наш\w*\s+)?(?:регион|край|област\w*)\b"
)


def _regional_host(article: Article, told: list[Sentence], meeting: Meeting) -> str | None:
    if not any(_TO_THE_REGION.search(s.text) for s in told):
        return None
    states = {
        p.country
        for key in meeting.participants
        for p in article.persons[key].posts
        if p.role == "regional_head" and p.country
    }
    return states.pop() if len(states) == 1 else None


def _rank(article: Article, key: str) -> int:
    roles = [p.role for p in article.persons[key].posts]
    return min((_RANK.index(r) for r in roles if r in _RANK), default=len(_RANK))
