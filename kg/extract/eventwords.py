"""Stage 4a, the words of events: the nouns and verbs that trigger an event, the prepositions that frame one, the
medium a conversation is held by, and the habitual and framed uses that tell no event (``events``, ``verbevents``)."""

from __future__ import annotations

import re

from kg.extract.model import Token
from kg.extract.syntax import children, preposition

# noun lemma -> kind ("*" = decided by the noun's modifiers)
EVENT_NOUNS = {
    "встреча": "talks",
    "переговоры": "talks",
    "переговор": "talks",
    "беседа": "talks",
    "консультация": "talks",
    "консультации": "talks",
    "аудиенция": "talks",
    "разговор": "talks*",
    "звонок": "phone_call",
    "телефонограмма": None,
    "видеоконференция": "video_call",
    "онлайн-встреча": "video_call",
    "видеовстреча": "video_call",
    "онлайн-переговоры": "video_call",
    "видеопереговоры": "video_call",
    "саммит": "summit",
    "заседание": "session*",
    "совещание": "session*",
    "сессия": "session*",
    "форум": "forum",
    "бизнес-форум": "forum",
}


EVENT_VERBS = {
    "встретиться": "talks",
    "встречаться": "talks",
    "переговорить": "talks",
    "поговорить": "talks",
    "побеседовать": "talks",
    "пообщаться": "talks",
    "созвониться": "phone_call",
    "позвонить": "phone_call",  # the partner in the dative: "позвонил президенту X"
    "принять": "talks",
    "принимать": "talks",  # its converb only: "принимая в своем дворце коллегу X"
}


WEAK_VERBS = {
    "обсудить": "talks",
    "обсуждать": "talks",
    "рассмотреть": "talks",
    "обменяться": "talks",
    "подписать": "signing",
    "скрепить": "signing",
    "заключить": "signing",
    "парафировать": "signing",
    "встретить": "talks",
    "встречать": "talks",
    "поприветствовать": "talks",
    "приветствовать": "talks",
    "проводить": "talks",  # "проводил дипломата": seen off (a person as its object, checked with receptions)
}


FRAME_PREPOSITIONS = {
    "в ходе",
    "по итогам",
    "во время",
    "в рамках",
    "в завершение",
    "после",
    "перед",
    "по окончании",
    "по завершении",
    "по результатам",
    "на полях",
    "в продолжение",
    "накануне",  # "ещё накануне переговоров с Путиным подчёркивал": the talks told, a day before
    "в преддверии",
}


_PHONE = re.compile(r"(?i)телефон|по\s+телефону")


# "онлайн" alone may be an outlet's name ("передает Грузия онлайн"): only as a format
_VIDEO = re.compile(
    r"(?i)видеосвяз|видеоконференц|видеоформат|в\s+режиме\s+видео|телемост|"
    r"\b(?:в\s+)?(?:режиме|формате)\s+онлайн|\bонлайн[- ]?(?:формат|режим|встреч|переговор|совещани|конференц|саммит|заседани)"
)


def medium(kind: str, text: str) -> str:
    """A talk on the phone or by video: "телефонный разговор", "по видеосвязи", "в режиме видеоконференции"."""
    if kind != "talks":
        return kind
    if _PHONE.search(text):
        return "phone_call"
    if _VIDEO.search(text):
        return "video_call"
    return kind


_HABITUAL = {
    "регулярно",
    "постоянно",
    "ежегодно",
    "неоднократно",
    "часто",
    "традиционно",
    "периодически",
    "обычно",
}


_GATHERINGS = frozenset(["саммит", "форум", "бизнес-форум", "заседание", "сессия", "совещание"])


_AT_OR_DURING = frozenset(FRAME_PREPOSITIONS | {"на"})


def gathering_framed(tokens: list[Token], noun: Token) -> bool:
    """ "встретился с X во время саммита", "на саммите", "на полях форума": the gathering frames the verb's own
    meeting."""
    return noun.lemma in _GATHERINGS and preposition(tokens, noun) in _AT_OR_DURING


def habitual(tokens: list[Token], verb: Token) -> bool:
    """ "регулярно", "ежегодно": the verb tells a habit."""
    return any(c.lemma in _HABITUAL for c in children(tokens, verb, "advmod"))
