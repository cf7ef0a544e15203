"""Stage 2b: bodies a text names in full once and then by the acronym it defines.

"Министерство образования, науки, культуры и спорта Армении (МОНКС) ... встреча главы МОНКС Жанны
Андреасян": the acronym no gazetteer knows stands for a body of the state its full name gives, so a title
built on it ("глава МОНКС") tells that state. Only acronyms defined in parentheses right after a body's
full name that names one state count; a known place or body is never redefined.
"""

from __future__ import annotations

import re

from kg.extract.gazetteer import Body, Match
from kg.extract.model import Article

# "(МОНКС)", "(МИЦА)", "(Минэкономразвития)": the acronym in parentheses
_DEFINED = re.compile(r"\(\s*([А-ЯЁA-Z][А-ЯЁA-Z]{1,7}|Мин[а-яё]{3,20})\s*\)")
# the head noun a body's full name starts with
_BODY_HEAD = re.compile(
    r"(?i)(?<![\w-])(?:министерств|комитет|агентств|служб|институт|фонд|центр|университет|академи|палат|"
    r"ассоциаци|корпораци|департамент|управлени|инспекци|комисси|ведомств)\w*"
)
_REACH = 160  # how far before the parenthesis a body's full name may start
_STATE_KINDS = ("country", "adjective")
TEXT_DEFINED = "text_defined"  # the kind of a body the text defines: no gazetteer entry has it


def text_defined_bodies(article: Article) -> list[Match]:
    """Every later use of an acronym the text defines for a body of one state, as a match of that body."""
    text, out = article.text, []
    for defined in _DEFINED.finditer(text):
        acronym = defined.group(1)
        if any(p.start <= defined.start(1) < p.stop for p in article.places):
            continue  # "(МИД)", "(РФ)": the gazetteer knows it
        window_start = max(0, defined.start() - _REACH)
        clause = text.rfind(".", window_start, defined.start()) + 1 or window_start
        heads = list(_BODY_HEAD.finditer(text, clause, defined.start()))
        if not heads:
            continue
        start = heads[0].start()
        states = {
            p.iso for p in article.places_in(start, defined.start()) if p.kind in _STATE_KINDS and p.iso
        }
        if len(states) != 1:
            continue  # "Министерство ... Армении и Министерство ... Китая (...)": whose it is is unclear
        iso = states.pop()
        body = Body(" ".join(text[start : defined.start()].split()), iso, TEXT_DEFINED)
        for use in re.finditer(rf"(?<![\w-]){re.escape(acronym)}(?![\w-])", text[defined.end() :]):
            at = defined.end() + use.start()
            out.append(Match(at, at + len(acronym), acronym, "body", body, iso))
    return out
