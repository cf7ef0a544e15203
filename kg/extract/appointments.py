"""Stage 3 (posts), a title given by an appointment: "X был назначен губернатором Y", "о назначении X министром",
"X стал послом", "утвердил X послом". The title after the name is the post the appointment gives, not an apposition;
``titlespans.right_title`` reads it from where this module says the title starts."""

from __future__ import annotations

import re

from kg.extract.model import Article
from kg.extract.morph import parses

# "X был назначен губернатором Y", "X избрана председателем", "X стал послом": the title the name is given
_APPOINTED = re.compile(
    r"^\s+(?:был[аио]?\s+|будет\s+)?(?:(?:официально|вновь|недавно)\s+)?"
    r"(?:(?:назначен|переназначен|избран|переизбран|утвержд[её]н)[аоы]?|стал[аи]?)\s+(?:на\s+(?:пост|должность)\s+)?"
)
# "о назначении X министром", "назначил X послом": the name (words or initials, up to four) is the appointment's
# object, its title follows
_APPOINTING = re.compile(
    r"\b(?i:назначени|переназначени|избрани|утверждени|назначил|назначила|назначили|избрали|утвердил)\w*\s+"
    r"(?:[А-ЯЁ]\.\s*|[А-ЯЁ][а-яё-]+\s+){0,3}[А-ЯЁ][а-яё-]+$"
)


def appointment_before_title(article: Article, start: int, window: str) -> re.Match | None:
    """The words that give the name the title after it, told by an appointment ("назначен", "о назначении X")."""
    m = _APPOINTED.match(window)
    if m is None and _APPOINTING.search(article.text[max(0, start - 100) : start]):
        m = re.match(r"^\s+", window)
    if m is None:
        return None
    rest = window[m.end() :]
    head = re.match(r"[А-ЯЁа-яё-]+", rest)
    # the title is the predicate, in the instrumental ("губернатором"), or after "на пост" in the genitive
    if head is None or not (
        _ONTO_A_POST.search(m.group(0))
        or any(p.tag.case == "ablt" for p in parses(head.group(0).lower())[:2])
    ):
        return None
    return m


_ONTO_A_POST = re.compile(r"\bна\s+(?:пост|должность)\b")
