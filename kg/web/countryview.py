"""The country view (``kg viz --view countries``): states and international bodies, linked by what
passed between them in the period.

An edge's weight is the pair's meetings plus the documents those meetings produced (kg/network/pairs.py:
from the summary graph when it is fresh, else from the articles); its width grows with the square root
of the weight, relative to the heaviest edge, from 1.5 to 13.5 px, so that ×1 and ×4 look different at
a glance. Every node is labelled (a view of a few dozen sides has room for all names).

A click on an edge opens the pair in the side panel: its months, a link to its dossier and the
``kg report`` command that writes that dossier beside the page. With ``reports_dir`` the dossiers of
every drawn pair are written at once and the links work straight away.
"""

from __future__ import annotations

import math
import os
from dataclasses import dataclass
from pathlib import Path

from kg.errors import InputError
from kg.network.dossier import build_dossier
from kg.network.pairs import Pair, PairCount, Period, Side, all_pair_counts, known_sides, resolve_side
from kg.rdf.searchkeys import search_key
from kg.web.chart import counts_text, month_title
from kg.web.page import PageEdge, PageNode, PageTime

STYLE = {  # kind -> (legend, colour, shape)
    "state": ("Государство / State", "#29335c", "star"),
    "body": ("Международная организация / International body", "#8e7dbe", "hexagon"),
}
MIN_WIDTH, MAX_WIDTH = 1.5, 13.5
TITLE = "igkg — страны и организации / countries and bodies"


@dataclass
class CountryViewOptions:
    period: Period
    country: str | None = None  # a side's code: only its pairs
    reports_dir: Path | None = None  # write every drawn pair's dossier here and link to it


def report_name(pair: Pair) -> str:
    return f"report-{pair[0]}-{pair[1]}.html"


def edge_width(weight: int, top: int) -> float:
    return round(MIN_WIDTH + (MAX_WIDTH - MIN_WIDTH) * math.sqrt(weight / max(top, 1)), 1)


def _report_target(pair: Pair, out: Path, reports_dir: Path | None) -> tuple[Path, str]:
    """Where the pair's dossier is (or would be) written, and the link to it from the page."""
    target = (reports_dir or out.parent) / report_name(pair)
    link = os.path.relpath(target.resolve(), out.resolve().parent)
    return target, Path(link).as_posix()


def _command(pair: Pair, period: Period, target: Path) -> str:
    parts = ["kg report", *pair]
    parts += [f"--from {period.since}"] if period.since else []
    parts += [f"--to {period.until}"] if period.until else []
    return " ".join([*parts, "-o", str(target)])


def _edge(pair: Pair, count: PairCount, sides: dict[str, Side], top: int, out: Path, opts) -> PageEdge:
    a, b = sides[pair[0]], sides[pair[1]]
    target, link = _report_target(pair, out, opts.reports_dir)
    months = sorted(count.months)
    span = f" ({months[0]} … {months[-1]})" if months else ""
    summary = counts_text(count.meetings, count.documents) + span
    return PageEdge(
        a.iri,
        b.iri,
        "встречи и документы",
        f"{a.label} — {b.label}: {summary}",
        count.meetings + count.documents,
        sym=True,
        dates=[f"{m}-01" for m in months],  # months: the page's date fields filter by a month's first day
        date_weights=[sum(count.months[m]) for m in months],
        dated=bool(months),
        items=[month_title(m, *count.months[m]) for m in months],
        width=edge_width(count.meetings + count.documents, top),
        pair={
            "codes": list(pair),
            "summary": summary,
            "report": link,
            "command": _command(pair, opts.period, target),
            "written": opts.reports_dir is not None,
        },
    )


def _node(side: Side, meetings: int, documents: int, degree: int) -> PageNode:
    legend, colour, shape = STYLE[side.kind]
    return PageNode(
        id=side.iri,
        text=side.label,
        kind=side.kind,
        kind_label=legend,
        color=colour,
        shape=shape,
        title=f"{side.code}: {side.label}\n{meetings} meetings, {documents} documents with the others shown",
        key=search_key(side.label, side.code),
        degree=degree,
        lines=[
            f"код / code: {side.code}",
            f"встречи / meetings: {meetings}",
            f"документы / documents: {documents}",
        ],
        kind_rank=0 if side.kind == "state" else 1,
    )


def country_items(
    store, out: Path, opts: CountryViewOptions
) -> tuple[list[PageNode], list[PageEdge], str, dict[str, int]]:
    """The view's nodes and edges, the note saying what is drawn, and its meetings and documents per month."""
    counts, source = all_pair_counts(store, opts.period)
    sides = known_sides(store)
    if opts.country:
        code = resolve_side(sides, opts.country).code
        counts = {p: c for p, c in counts.items() if code in p}
    counts = {p: c for p, c in counts.items() if p[0] in sides and p[1] in sides}
    top = max((c.meetings + c.documents for c in counts.values()), default=1)
    edges = [_edge(p, counts[p], sides, top, out, opts) for p in sorted(counts)]
    totals: dict[str, list[int]] = {}
    for (a, b), c in counts.items():
        for code in (a, b):
            t = totals.setdefault(code, [0, 0])
            t[0], t[1] = t[0] + c.meetings, t[1] + c.documents
    nodes = [_node(sides[code], m, d, m + d) for code, (m, d) in sorted(totals.items())]
    source_note = "сводного графа / the summary" if source == "summary" else "статей / the articles"
    note = (
        f"Период / period: {opts.period.describe()}"
        + (f" · {opts.country}" if opts.country else "")
        + f" · {len(edges)} пар / pairs, счёт из {source_note}. Толщина связи — √(встречи + документы); "
        "щелчок по связи открывает пару / click an edge for the pair's dossier."
    )
    return nodes, edges, note, _facts(counts)


def _facts(counts: dict[Pair, PairCount]) -> dict[str, int]:
    """Meetings and documents per month, summed over the drawn pairs (a meeting of three sides is in three
    pairs): what the period control's histogram shows."""
    months: dict[str, int] = {}
    for c in counts.values():
        for month, (meetings, documents) in c.months.items():
            months[month] = months.get(month, 0) + meetings + documents
    return dict(sorted(months.items()))


def write_reports(
    store, edges: list[PageEdge], out: Path, opts: CountryViewOptions, location: str | None
) -> int:
    """The dossier of every drawn pair, into ``opts.reports_dir``."""
    from kg.web.report import write_report

    for e in edges:
        pair = tuple(e.pair["codes"])
        target, _ = _report_target(pair, out, opts.reports_dir)
        dossier = build_dossier(store, pair[0], pair[1], opts.period)
        write_report(dossier, target, e.pair["command"], location)
    return len(edges)


def write_country_page(
    store, out: Path, opts: CountryViewOptions, location: str | None = None
) -> tuple[int, int, int]:
    """Write the country view (and, with ``reports_dir``, the pairs' dossiers): nodes, edges, reports."""
    from kg.network.dossier import check_not_empty
    from kg.web.viz import filters_title, write_page

    check_not_empty(store)
    nodes, edges, note, facts = country_items(store, out, opts)
    if not edges:
        raise InputError(
            f"no meeting between two countries or bodies in the period ({opts.period.describe()})"
        )
    reports = write_reports(store, edges, out, opts, location) if opts.reports_dir else 0
    time = PageTime(
        facts, opts.period.since, opts.period.until, opts.country, "month", (MIN_WIDTH, MAX_WIDTH, "share")
    )
    title = filters_title(TITLE, opts.period.since, opts.period.until, opts.country)
    n_nodes, n_edges = write_page(nodes, edges, out, title, note, label_all=True, time=time)
    return n_nodes, n_edges, reports
