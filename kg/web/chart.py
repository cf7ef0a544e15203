"""Meetings and documents per month as an inline SVG bar chart, drawn here (no library, no script).

The page of a dossier must open offline under a CSP without scripts and print well, so the chart is
plain SVG: one slot per month from the first to the last (empty months are drawn, so gaps show), a
meetings bar and a narrower documents bar in each slot, a ``<title>`` per bar for the hover text.
"""

from __future__ import annotations

import math
from html import escape

WIDTH, HEIGHT = 800, 240
LEFT, RIGHT, TOP, BOTTOM = 36, 8, 12, 46
MEETING_COLOUR, DOCUMENT_COLOUR = "#2e86ab", "#f3a712"


def month_range(first: str, last: str) -> list[str]:
    """Every "YYYY-MM" from ``first`` to ``last`` inclusive."""
    year, month = int(first[:4]), int(first[5:7])
    out = []
    while f"{year:04d}-{month:02d}" <= last:
        out.append(f"{year:04d}-{month:02d}")
        year, month = (year + 1, 1) if month == 12 else (year, month + 1)
    return out


def _plural(n: int, one: str, few: str, many: str) -> str:
    if n % 10 == 1 and n % 100 != 11:
        return one
    return few if n % 10 in (2, 3, 4) and n % 100 not in (12, 13, 14) else many


def counts_text(meetings: int, documents: int) -> str:
    """ "2 встречи, 1 документ": Russian plurals, as the pages say it."""
    m = _plural(meetings, "встреча", "встречи", "встреч")
    d = _plural(documents, "документ", "документа", "документов")
    return f"{meetings} {m}, {documents} {d}"


def month_title(month: str, meetings: int, documents: int) -> str:
    return f"{month}: {counts_text(meetings, documents)}"


def _ticks(top: int) -> list[int]:
    step = max(1, math.ceil(top / 5))
    return list(range(0, top + 1, step))


def month_chart(months: dict[str, list[int]], first: str | None = None, last: str | None = None) -> str:
    """The SVG of ``months`` ("YYYY-MM" -> [meetings, documents]) from ``first`` to ``last`` (default:
    the data's first and last month). Empty when there is no month to draw."""
    if not months and not (first and last):
        return ""
    slots = month_range(first or min(months), last or max(months))
    top = max([1, *(max(v) for v in months.values())])
    plot_w, plot_h = WIDTH - LEFT - RIGHT, HEIGHT - TOP - BOTTOM
    slot = plot_w / len(slots)
    parts = [
        f'<svg class="chart" viewBox="0 0 {WIDTH} {HEIGHT}" role="img" '
        f'aria-label="встречи и документы по месяцам / meetings and documents per month" '
        f'xmlns="http://www.w3.org/2000/svg">'
    ]
    for t in _ticks(top):
        y = TOP + plot_h - plot_h * t / top
        parts.append(f'<line class="grid" x1="{LEFT}" x2="{WIDTH - RIGHT}" y1="{y:.1f}" y2="{y:.1f}"/>')
        parts.append(f'<text class="tick" x="{LEFT - 6}" y="{y + 4:.1f}" text-anchor="end">{t}</text>')
    every = max(1, math.ceil(len(slots) / 12))  # at most a dozen month labels
    for i, month in enumerate(slots):
        x = LEFT + i * slot
        meetings, documents = months.get(month, [0, 0])
        title = escape(month_title(month, meetings, documents))
        for value, cls, offset, share, colour in (
            (meetings, "bar meetings", 0.1, 0.55, MEETING_COLOUR),
            (documents, "bar documents", 0.65, 0.25, DOCUMENT_COLOUR),
        ):
            if value:
                h = plot_h * value / top
                parts.append(
                    f'<rect class="{cls}" data-month="{month}" data-value="{value}" fill="{colour}" '
                    f'x="{x + slot * offset:.1f}" y="{TOP + plot_h - h:.1f}" width="{max(slot * share, 1):.1f}" '
                    f'height="{h:.1f}"><title>{title}</title></rect>'
                )
        if i % every == 0:
            lx, ly = x + slot / 2, TOP + plot_h + 14
            parts.append(
                f'<text class="month" x="{lx:.1f}" y="{ly:.1f}" text-anchor="end" '
                f'transform="rotate(-40 {lx:.1f} {ly:.1f})">{month}</text>'
            )
    parts.append(
        f'<line class="axis" x1="{LEFT}" x2="{WIDTH - RIGHT}" y1="{TOP + plot_h}" y2="{TOP + plot_h}"/>'
    )
    parts.append("</svg>")
    return "".join(parts)
