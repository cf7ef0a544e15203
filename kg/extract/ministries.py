"""The state of a minister's title that names no state, from the ministry the text names with one, read by
``countries``: "Министр сельского хозяйства Дмитрий Патрушев ... сотрудничества Минсельхоза России и ФАО" is
Russia's minister. The ministry is told by its short form ("Минсельхоз", ``body_heads.tsv``) or in full
("Министерства сельского хозяйства Республики Беларусь"), with a state right after it; a title whose area
several states' ministries share in the text stays open."""

from __future__ import annotations

import re

from kg.extract.bodyheads import body_heads
from kg.extract.model import Article, PostFact
from kg.extract.titlestates import sentence_of

_MINISTER = re.compile(r"(?i)\b(?:(?:перв\w+\s+)?(?:заместител\w+|зам\.?)\s+)?министр\w*\s+(.+)$")
_AREA_WORDS = 4  # the area of a title: "сельского хозяйства", "промышленности и торговли"
_STATE_AFTER = 60  # the state follows the ministry's name this close: "Минсельхоза России", "РФ"
# between: the rest of the ministry's name in small letters ("... сельского хозяйства и продовольствия Беларуси")
_REST_OF_THE_NAME = re.compile(r"(?:\s+[а-яё-]+){0,4}\s+")


def state_of_the_ministry(article: Article, post: PostFact) -> str | None:
    """The one state the text gives the ministry of the post's area, or None."""
    if post.role not in ("minister", "deputy_minister"):
        return None
    m = _MINISTER.search(article.text[post.evidence.start : post.evidence.stop])
    if m is None:
        return None
    area = " ".join(m.group(1).lower().split()[:_AREA_WORDS])
    states = {
        place.iso
        for form in _forms_of(area)
        for told in re.finditer(rf"(?<![\w-]){form}(?![\w-])", article.text, re.IGNORECASE)
        for place in article.places
        if told.end() <= place.start <= told.end() + _STATE_AFTER
        and _REST_OF_THE_NAME.fullmatch(article.text[told.end() : place.start])
        and place.kind in ("country", "adjective")
        and place.iso
    }
    return states.pop() if len(states) == 1 else None


def _forms_of(area: str) -> list[str]:
    """Ways the text writes the ministry of ``area``: its short forms and "Министерств* <area words>"."""
    heads = body_heads()[0]
    short = [
        re.escape(" ".join(form))
        for form, head in heads.items()
        if head.lower().startswith("министерство ")
        and area.startswith(head.lower().removeprefix("министерство "))
    ]
    words = area.split()
    full = []
    for size in range(len(words), 0, -1):
        # the longest area the title opens with that a ministry's name may carry
        full.append(r"министерств\w*\s+" + r"\s+".join(re.escape(w) for w in words[:size]))
        if size <= 2:
            break
    return short + full


# "глава ведомства", "руководителя ведомства": a title that names its body only by the ministry told before it
_AGENCY_HEAD = re.compile(r"(?i)^(?:глав|руководител)\w*\s+ведомств\w*$")
_FOREIGN_MINISTRY = re.compile(
    r"\bМИД\b|\b[Мм]инистерств\w*\s+(?:иностранных\s+дел|(?:по\s+)?(?:иностранным|внешним)\s+делам)"
)
_MINISTRY = re.compile(r"\bМин(?!ск)[а-яё]{3,}\b|\b[Мм]инистерств\w*")
_AGENCY_REACH = 200  # the ministry is told this close before the title, in its sentence or the one before


def agency_of_the_head(article: Article, start: int, title: str) -> tuple[str, str | None] | None:
    """ "пресс-служба МИД Украины по итогам встречи главы ведомства X": the role and the state of a head of "the
    agency" that the text named just before (a foreign ministry's head is its foreign minister)."""
    if not _AGENCY_HEAD.match(title.strip()):
        return None
    if not article.sentences:
        return None
    here = sentence_of(article, start)
    floor = article.sentences[max(0, here - 1)].start
    window_start = max(floor, start - _AGENCY_REACH)
    window = article.text[window_start:start]
    told = [(m, "foreign_minister") for m in _FOREIGN_MINISTRY.finditer(window)]
    told += [
        (m, "minister")
        for m in _MINISTRY.finditer(window)
        if not any(f.start() == m.start() for f, _ in told)
    ]
    if not told:
        return None
    last, role = max(told, key=lambda pair: pair[0].start())
    after = window_start + last.end()
    state = next(
        (
            p.iso
            for p in article.places
            if after <= p.start <= after + _STATE_AFTER and p.kind in ("country", "adjective") and p.iso
        ),
        None,
    )
    return role, state
