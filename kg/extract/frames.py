"""The event frame every trigger yields: its kind, its trigger word, its participants by role and
its status (held, announced, recalled, negated). ``events`` fills frames from the tree, ``status``
reads their time, ``meetings`` and ``eventcoref`` turn them into meetings."""

from __future__ import annotations

from dataclasses import dataclass, field

from kg.extract.model import Token
from kg.extract.syntax import children


@dataclass
class Event:
    kind: str  # talks, phone_call, video_call, summit, session, forum, signing; session_domestic, session_reference
    sentence: int
    trigger: Token
    participants: list[str] = field(default_factory=list)
    counterparts: list[list[str]] = field(default_factory=list)  # separate "с" partners of one caller
    # the states of counterparts named by a plural title only ("с президентами Ирана и Алжира"), one each
    counterpart_states: list[str] = field(default_factory=list)
    strong: bool = True  # reports an event; weak ones (обсудили, подписали) continue one
    framed: bool = False  # "в ходе беседы с X", "во время встречи с Y": a part of an event under way
    generic: bool = False  # "регулярно проводят встречи": meetings in general
    present: list[str] = field(default_factory=list)  # "в присутствии X"
    reference: bool = False  # "в ходе переговоров": points back to a meeting told before
    recalled: bool = False
    last_week: bool = False  # recalled by "на прошлой неделе" alone: an outlet's late report may be the news
    future: bool = False
    negated: bool = False
    multilateral: bool = False
    why: list[str] = field(default_factory=list)  # what made it recalled, announced or negated (``status``)


# verbs that report that an event took place, will, or that someone took part in it
HAPPEN = frozenset(
    [
        "состояться",
        "пройти",
        "проходить",
        "открыться",
        "начаться",
        "стартовать",
        "завершиться",
        "продолжиться",
        "провести",
        "проводить",
        "участвовать",
        "принять",
        "прибыть",
        "организовать",
        "возглавить",
        "председательствовать",
    ]
)


def takes_part(tokens: list[Token], verb: Token) -> bool:
    """ "принял участие", "участвовал": the verb tells that its subject took part in what it governs."""
    return verb.lemma == "участвовать" or (
        verb.lemma in ("принять", "принимать")
        and any(c.lemma == "участие" for c in children(tokens, verb, "obj"))
    )
