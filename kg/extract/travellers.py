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
from kg.extract.scene import dated_in_past
from kg.extract.status import clause_status
from kg.extract.visits import INVITING, visit_kind

_VISIT_WORD = re.compile(r"(?i)(?:визит\w*|посетил\w*|прибыл\w*|прилетел\w*|поездк\w*|пребывани\w*)")
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
    """Give talks with no visit of their own the visit the text tells, when they were held in one state
    between its officials and the officials of one other state."""
    if meeting.visit is not None or meeting.kind != "talks" or not told:
        return
    countries = {
        key: {p.country for p in article.persons[key].posts if p.country} for key in meeting.participants
    }
    host = meeting.country or _host_told(article, told, {c for own in countries.values() for c in own})
    guests = [key for key, own in countries.items() if own and host not in own]
    if host is None or not guests or not any(host in own for own in countries.values()):
        return
    if len({c for key in guests for c in countries[key]}) != 1:
        return  # guests of two states: a round of its own, not one state's visit
    visitor = min(guests, key=lambda key: _rank(article, key))
    kinds = [visit_kind(s.tokens, t) for s in told for t in s.tokens if t.lemma == "визит"]
    kind = next((k for k in kinds if k != "visit"), "visit")
    meeting.visit = Visit(kind, visitor, host, told[0].index)
    meeting.country = host


def _tells_a_visit(article: Article, s: Sentence) -> bool:
    """A visit of the news: not in a quote, not recalled, invited, planned or told in the plural ("взаимные
    визиты", "пригласили посетить республику с официальным визитом")."""
    if (
        s.in_quote
        or s.index in article.recalled
        or not _VISIT_WORD.search(s.text)
        or any(a.lemma in INVITING for a in s.tokens)
        or dated_in_past(article, s.text)
    ):
        return False
    words = [t for t in s.tokens if _VISIT_WORD.fullmatch(t.text) and t.feats.get("Number") != "Plur"]
    return any(not (status := clause_status(article, s, t)).future and not status.recalled for t in words)


def _host_told(article: Article, told: list[Sentence], states: set[str]) -> str | None:
    """The one participants' state that the visit sentences name as a place ("прибыл в Вильнюс")."""
    named = {
        m.iso
        for s in told
        for m in article.places_in(s.start, s.stop)
        if m.kind in ("city", "country", "region") and m.iso in states
    }
    return named.pop() if len(named) == 1 else None


def _rank(article: Article, key: str) -> int:
    roles = [p.role for p in article.persons[key].posts]
    return min((_RANK.index(r) for r in roles if r in _RANK), default=len(_RANK))
