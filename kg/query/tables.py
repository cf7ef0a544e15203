"""Result tables for a terminal: as wide as the terminal, never wrapped, a cut cell ending in "…".

Values are shown as plain values (a literal's lexical form, not ``"3"^^xsd:integer``)
and IRIs in a form that pastes back into a query (kg/rdf/terms.py). When the columns
do not fit, the widest are narrowed first, each down to its header's width at
most, so that narrow columns (counts, dates, codes) stay whole.
"""

from __future__ import annotations

import os
import shutil
import sys
import unicodedata
from collections.abc import Sequence

from rdflib import BNode, URIRef

from kg.rdf.terms import iri_text

SEPARATOR = " | "
MIN_WIDTH = 6  # a column is never narrowed below this (or its header, if shorter)
UNFIT_CELL = 200  # without a terminal (a pipe, a file) a cell is still cut here, so one long quote cannot
# make every line of the table thousands of columns wide


def cell_text(term) -> str:
    """One value as the table shows it, on one line."""
    if term is None:
        return ""
    if isinstance(term, URIRef):
        return iri_text(str(term))
    if isinstance(term, BNode):
        return f"_:{term}"
    text = str(term)  # a literal's lexical form: no quotes, no language tag, no datatype
    return " ".join(text.split()) if any(c in text for c in "\n\r\t") else text


def display_width(text: str) -> int:
    """Columns the text takes in a terminal: wide East Asian characters take two, combining marks none."""
    width = 0
    for c in text:
        if unicodedata.combining(c):
            continue
        width += 2 if unicodedata.east_asian_width(c) in "WF" else 1
    return width


def fit(text: str, width: int) -> str:
    """``text`` padded to ``width`` columns, or cut to ``width - 1`` and ended with "…"."""
    if display_width(text) <= width:
        return text + " " * (width - display_width(text))
    out, used = [], 0
    for c in text:
        w = display_width(c)
        if used + w > width - 1:
            break
        out.append(c)
        used += w
    return "".join(out) + "…" + " " * (width - 1 - used)


def column_widths(natural: Sequence[int], floors: Sequence[int], total: int | None) -> list[int]:
    """Widths that fit ``total`` columns: every column above a common cap is cut to it (the cap as high as fits)."""
    spacing = len(SEPARATOR) * (len(natural) - 1)
    if total is None or sum(natural) + spacing <= total:
        return list(natural)
    budget = total - spacing

    def widths(cap: int) -> list[int]:
        return [min(n, max(cap, f)) for n, f in zip(natural, floors)]

    low, high = 0, max(natural)
    while low < high:  # the largest cap whose widths fit the budget
        mid = (low + high + 1) // 2
        if sum(widths(mid)) <= budget:
            low = mid
        else:
            high = mid - 1
    return widths(low)


def terminal_width() -> int | None:
    """The width to fit: $COLUMNS if set, else the terminal's; None when standard output is not a terminal."""
    if os.environ.get("COLUMNS", "").isdigit():
        return int(os.environ["COLUMNS"])
    if sys.stdout.isatty():
        return shutil.get_terminal_size().columns
    return None


def render(
    variables: Sequence[str], rows: Sequence[Sequence], width: int | None = None, truncated: bool = False
) -> str:
    """The table of a SELECT result: header, rule, rows, and a line saying how many rows there are."""
    cells = [[cell_text(v) for v in row] for row in rows]
    if width is None:
        cells = [[c if display_width(c) <= UNFIT_CELL else fit(c, UNFIT_CELL) for c in row] for row in cells]
    natural = [
        max([display_width(h)] + [display_width(r[i]) for r in cells]) for i, h in enumerate(variables)
    ]
    floors = [min(n, max(MIN_WIDTH, min(display_width(h), 12))) for n, h in zip(natural, variables)]
    widths = column_widths(natural, floors, width)

    def line(row: Sequence[str]) -> str:
        return SEPARATOR.join(fit(c, w) for c, w in zip(row, widths)).rstrip()

    out = [line(variables), "-+-".join("-" * w for w in widths)]
    out += [line(r) for r in cells]
    if truncated:
        out.append(
            f"(first {len(rows)} rows shown; the result has more: --max-rows N shows more, "
            "--max-rows 0 all of them, -f csv streams them)"
        )
    else:
        out.append(f"({len(rows)} row{'s' if len(rows) != 1 else ''})")
    return "\n".join(out) + "\n"
