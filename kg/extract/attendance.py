"""Stage 4, last resort: a gathering abroad an official arrived to take part in.

"Губернатор X прилетел в Шанхай для участия в российско-китайском форуме" tells why he came; the meeting reader
does not take it as the forum reported held ("прибыл в Самарканд для участия в саммите" is often told the day
before). When neither reading kept a meeting, and the text goes on past the arrival, the gathering is the one
event of the text: the official took part in it, where the sentence places it.
"""

from __future__ import annotations

import re

from kg.extract.model import Article, Meeting, Sentence
from kg.extract.places import in_first_city

_ARRIVED_TO_TAKE_PART = re.compile(
    r"(?i)\b(?:прибыл|прилетел|приехал|прибыла|прилетела|приехала|прибыли|прилетели|приехали)\b[^.;!?]{0,80}?"
    r"\bдля\s+участия\s+в\s+(?P<what>(?:[а-яё-]+\s+){0,4}?(?P<noun>форум|саммит|конференци|сесси|заседани)\w*)"
)
_KINDS = {
    "форум": "forum",
    "саммит": "summit",
    "конференци": "forum",
    "сесси": "session",
    "заседани": "session",
}
# a gathering of two or more states by its own words: "российско-китайском", "международном", "ШОС"
_BETWEEN_STATES = re.compile(
    r"(?i)[а-яё]+-[а-яё]+ск\w+|международн\w+|межправительственн\w+|(?-i:\b[А-ЯЁ]{3,}\b)"
)


def meeting_of_attendance(article: Article, gaz) -> Meeting | None:
    """The gathering the one official of an arrival sentence came to take part in, when the text tells more than
    the arrival (it is past it: its next sentences report what was done)."""
    for s in article.sentences:
        m = _ARRIVED_TO_TAKE_PART.search(s.text)
        if m is None or not _reported(article, s):
            continue
        if not _BETWEEN_STATES.search(s.text[m.start("what") : m.end("what") + 40]):
            continue  # "в саммите ШОС": the body may follow the noun; "в заседании Госсовета" is one state's
        people = [x.person for x in article.mentions_in(s.index) if x.start < s.start + m.start("what")]
        people = [p for p in dict.fromkeys(people) if any(post.country for post in article.persons[p].posts)]
        if len(people) != 1:
            continue
        meeting = Meeting(
            kind=_KINDS[m.group("noun").lower()], sentence=s.index, participants=people, sentences=[s.index]
        )
        return in_first_city(article, gaz, meeting, s)
    return None


def _reported(article: Article, s: Sentence) -> bool:
    """An arrival told as news: not recalled, not in a quotation, and followed by more of the text."""
    return not s.in_quote and s.index not in article.recalled and s.index + 1 < len(article.sentences)
