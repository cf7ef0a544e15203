"""Stage 4, last resort: the meeting of two delegations a text tells with only one side's head named.

Ministries' releases often tell a visit by "делегация во главе с замминистра X" and its meetings as "встреча
делегаций двух стран в Минске", "заседание совместной рабочей группы", "по итогам переговоров": the host's people
are never named. When neither reading of the meeting reader kept a meeting, the one head of a delegation the text
names held that meeting, at the city its sentence names.
"""

from __future__ import annotations

import re

from kg.extract import arguments
from kg.extract.model import Article, Meeting, Sentence
from kg.extract.places import in_first_city
from kg.extract.sittings import INTERNATIONAL

# a meeting of the two sides told as held: the delegations', the sides' talks, or a joint body's sitting
_DELEGATIONS_MET = re.compile(
    r"(?i)\b(?:встреч\w*|переговор\w*)\s+(?:[а-яё]+\s+){0,2}?делегаци|\b(?:по\s+итогам|в\s+ходе)\s+(?:переговоров|встречи)"
    r"|\bзаседани\w+\s+(?:[а-яё]+\s+){0,3}?(?:рабочей\s+группы|комиссии|комитета)"
)
_AHEAD = re.compile(r"(?i)\b(?:будут|будет|планиру\w+|намечен\w*|предстоящ\w+|состоится)\b")


def meeting_of_delegations(article: Article, gaz) -> Meeting | None:
    heads = {
        p for s in article.sentences if not s.in_quote for p in arguments.led_by(article, s, delegation=True)
    }
    if len(heads) != 1:
        return None
    (head,) = heads
    if not any(p.country for p in article.persons[head].posts):
        return None
    told = next((s for s in article.sentences if _held_meeting(article, s)), None)
    if told is None:
        return None
    kind = "session" if re.search(r"(?i)заседани", told.text) and INTERNATIONAL.search(told.text) else "talks"
    meeting = Meeting(kind=kind, sentence=told.index, participants=[head], sentences=[told.index])
    return in_first_city(article, gaz, meeting, told)


def _held_meeting(article: Article, s: Sentence) -> bool:
    told = _DELEGATIONS_MET.search(s.text)
    if told is None or s.in_quote or s.index in article.recalled or _AHEAD.search(s.text):
        return False
    # a sitting counts only as a joint body's ("совместной рабочей группы", "межправительственной комиссии")
    return not told.group(0).lower().startswith("заседани") or bool(INTERNATIONAL.search(s.text))
