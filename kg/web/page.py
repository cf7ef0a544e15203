"""The self-contained HTML page for a drawn graph (any view): template, script and data in one file.

The page is rendered from kg/web/static (template, CSS and the script's parts, joined
by ``graph_script``) with vis-network inlined from pyvis's package; its
Content-Security-Policy forbids every network request. Data reaches the page only as JSON in a ``<script type="application/json">``
element, escaped so that no label can close it, and the script writes every
string with ``textContent`` or onto the canvas, never as HTML.

A view hands over plain node and edge dicts (see ``PageNode`` and ``PageEdge``);
this module sizes nodes by degree and edges by √count, orders nodes by importance
(the order the page labels them in), lays out large graphs once in Python with
physics off, builds the legends, and hands the period control its facts per month
and the command line's filters (``PageTime``).
"""

from __future__ import annotations

import html
import json
import math
from dataclasses import asdict, dataclass, field
from importlib import resources
from string import Template

import numpy as np

from kg.network.layout import force_layout
from kg.rdf.searchkeys import MAX_ENDING

LARGE_GRAPH = 300  # above this many nodes: layout precomputed, physics off
LABELS_AT_OPEN = 30  # labels drawn at the opening zoom at most (fewer if they would overlap)
LABEL_ALL_UNDER = 100  # views of at most this many nodes label every node
MIN_EDGE_PX, MAX_EDGE_PX = 1.5, 8.0  # an edge of weight 1, of the heaviest weight (actor and full views)
# the page's script, in parts joined into one function in this order (kg/web/static/graph_*.js)
GRAPH_SCRIPTS = (
    "graph_core.js",
    "graph_filter.js",
    "graph_time.js",
    "graph_focus.js",
    "graph_labels.js",
    "graph_state.js",
    "graph.js",
)
MAX_ITEMS = 10  # meetings or documents listed per edge, lines per node: a page of a big store stays small
CSP = "default-src 'none'; script-src 'unsafe-inline'; style-src 'unsafe-inline'; img-src data:"


@dataclass
class PageNode:
    id: str
    text: str  # the label (Russian)
    kind: str  # legend key
    kind_label: str  # "Персона / Person"
    color: str
    shape: str
    title: str  # tooltip, plain text (English first)
    key: str  # search key (kg.searchkeys.search_key)
    degree: float = 0.0
    country: str = ""  # ISO code for the country legend, "" if none
    lines: list[str] = field(default_factory=list)  # facts about the node itself for the side panel
    kind_rank: int = 9  # search lists lower ranks first (persons before meetings)


@dataclass
class PageEdge:
    source: str
    target: str
    rel: str  # Russian relation name shown in the side panel
    title: str  # tooltip (English)
    weight: int = 1
    sym: bool = False  # a symmetric relation: listed as outgoing on both ends
    dates: list[str] = field(default_factory=list)
    dated: bool = False  # the date filter applies to this edge
    items: list[str] = field(default_factory=list)  # meetings, documents, posts behind the edge
    width: float | None = None  # drawn width in px (None: from the weight, relative to the heaviest edge)
    pair: dict | None = None  # country view: what a click on the edge shows (codes, report, command)
    timed: bool | None = None  # a relation in time (met, signed): in a period it needs a date in it
    date_weights: list[int] = field(default_factory=list)  # what each date counts for ([]: 1 each)
    # (None: the same as ``dated``); an edge that is not timed (holds a post) is drawn when both ends are

    def fields(self) -> dict:
        """What the page reads of an edge, drawn or added, but its listed items (kg/web/static/graph_core.js
        ``addNodes`` gives an added one the drawing's id, colour, width and label)."""
        return {
            "from": self.source,
            "to": self.target,
            "rel": self.rel,
            "title": self.title,
            "weight": self.weight,
            "sym": self.sym,
            "dates": self.dates,
            "dated": self.dated,
            "timed": self.dated if self.timed is None else self.timed,
        }


@dataclass
class PageTime:
    """The period control's data: dated facts per month and what the command line filtered."""

    facts: dict[str, int] | None = None  # "YYYY-MM" -> dated facts; None: each edge date counts once
    since: str | None = None  # --from / --to: the control starts on this period
    until: str | None = None
    country: str | None = None  # --country, shown in the note
    unit: str = "day"  # "month": an edge's dates stand for whole months (the country view)
    # how a period's edge is drawn: (min px, max px, rule): "sqrt1" is edge_px, "share" is
    # min + (max - min) * √(weight / heaviest) (the country view)
    widths: tuple[float, float, str] = (MIN_EDGE_PX, MAX_EDGE_PX, "sqrt1")


def edge_px(weight: int, top: int) -> float:
    """An edge's width: √weight scaled from 1.5 px (×1) to 8 px (the heaviest edge)."""
    if top <= 1:
        return MIN_EDGE_PX
    share = (math.sqrt(max(weight, 1)) - 1) / (math.sqrt(top) - 1)
    return round(MIN_EDGE_PX + (MAX_EDGE_PX - MIN_EDGE_PX) * share, 1)


def _asset(package: str, *parts: str) -> str:
    return resources.files(package).joinpath(*parts).read_text(encoding="utf-8")


def script_json(data) -> str:
    """JSON that cannot close the <script> element it sits in."""
    return (
        json.dumps(data, ensure_ascii=False)
        .replace("<", "\\u003c")
        .replace(">", "\\u003e")
        .replace("&", "\\u0026")
        .replace("\u2028", "\\u2028")
        .replace("\u2029", "\\u2029")
    )


def _options(large: bool) -> dict:
    return {
        "nodes": {"borderWidth": 1, "font": {"size": 0}},  # labels are drawn by the page script
        "edges": {
            "font": {"size": 11, "align": "horizontal", "color": "#495057", "strokeWidth": 3},
            "smooth": False,
            "color": {"color": "#b8bec4", "highlight": "#343a40", "hover": "#495057"},
        },
        "interaction": {"hover": True, "tooltipDelay": 150, "hideEdgesOnDrag": large},
        "physics": {
            "enabled": not large,
            "solver": "barnesHut",
            "barnesHut": {"gravitationalConstant": -9000, "springLength": 160, "avoidOverlap": 0.3},
            "stabilization": {"enabled": True, "iterations": 300, "fit": True},
        },
        "layout": {"improvedLayout": not large, "randomSeed": 7},  # the same picture on every opening
    }


def _layout(ids: list[str], edges: list[PageEdge], edge_px: float = 120.0) -> np.ndarray:
    index = {node: i for i, node in enumerate(ids)}
    pairs = np.array([(index[e.source], index[e.target]) for e in edges], dtype=np.int64).reshape(-1, 2)
    return force_layout(len(ids), pairs) * edge_px


def _legend(nodes: list[PageNode], attr: str, labels: dict[str, str]) -> list[dict]:
    counts: dict[str, list] = {}
    for n in nodes:
        key = getattr(n, attr)
        if key:
            counts.setdefault(key, [n.color if attr == "kind" else "", 0])[1] += 1
    return [
        {"key": k, "label": labels.get(k, k), "color": c, "count": n}
        for k, (c, n) in sorted(counts.items(), key=lambda kv: -kv[1][1])
    ]


# one colour per relation type, the commonest first; the last one is shared by any further types
_REL_COLORS = (
    "#1c7ed6",
    "#e8590c",
    "#2f9e44",
    "#ae3ec9",
    "#f08c00",
    "#0ca678",
    "#d6336c",
    "#5c7cfa",
    "#868e96",
)


def _edge_legend(edges: list[PageEdge]) -> tuple[dict[str, str], list[dict]]:
    """Colour of each relation ("встречался с", "занимает пост в", ...) and the legend that toggles it."""
    counts: dict[str, int] = {}
    for e in edges:
        counts[e.rel] = counts.get(e.rel, 0) + 1
    order = sorted(counts, key=lambda rel: (-counts[rel], rel))
    colors = {rel: _REL_COLORS[min(i, len(_REL_COLORS) - 1)] for i, rel in enumerate(order)}
    return colors, [{"key": rel, "label": rel, "color": colors[rel], "count": counts[rel]} for rel in order]


def _capped(items: list[str], limit: int) -> list[str]:
    return (
        items
        if len(items) <= limit
        else [*items[:limit], f"… ещё {len(items) - limit} / {len(items) - limit} more"]
    )


def _facts(edges: list[PageEdge]) -> dict[str, int]:
    """Dated facts per month when the view gives none: each date of a dated edge once."""
    months: dict[str, int] = {}
    for e in edges:
        for d in e.dates if e.dated else ():
            months[d[:7]] = months.get(d[:7], 0) + 1
    return dict(sorted(months.items()))


def _page_node(n: PageNode, top: float, large: bool) -> dict:
    d = asdict(n)
    d["kindLabel"], d["kindRank"] = d.pop("kind_label"), d.pop("kind_rank")
    # large graphs are laid out denser (kg.layout): smaller dots keep them apart
    share = math.sqrt(max(n.degree, 0) / top)
    d["size"] = round((4 + 12 * share) if large else (7 + 23 * share), 1)
    d["lines"] = _capped(n.lines, 4 * MAX_ITEMS)
    return d


def _page_edge(i: int, e: PageEdge, top_w: int, color: str, large: bool) -> dict:
    out = {
        "id": i,
        **e.fields(),
        "color": color,
        "items": _capped(e.items, MAX_ITEMS),
        "width": e.width if e.width is not None else edge_px(e.weight, top_w),
        "label": f"×{e.weight}" if e.weight > 1 and not large else "",
    }
    if e.pair is not None:
        out["pair"] = e.pair
    if e.date_weights:
        out["dateWeights"] = e.date_weights
    return out


def page_data(
    nodes: list[PageNode],
    edges: list[PageEdge],
    note: str = "",
    country_labels: dict[str, str] | None = None,
    label_all: bool = False,
    time: PageTime | None = None,
    more: dict | None = None,
) -> dict:
    """The page's data; ``label_all`` labels every node (as do views of up to ``LABEL_ALL_UNDER`` nodes),
    else by importance as room allows; ``time`` feeds the period control; ``more``: neighbours left out
    of the page, for the tools' "expand" (kg/web/tools.py)."""
    from kg.web.tools import communities

    time = time or PageTime()
    nodes = sorted(nodes, key=lambda n: (-n.degree, n.text, n.id))
    large = len(nodes) > LARGE_GRAPH
    top = max((n.degree for n in nodes), default=1) or 1
    out_nodes = [_page_node(n, top, large) for n in nodes]
    if large:
        pos = _layout([n.id for n in nodes], edges)
        for d, (x, y) in zip(out_nodes, pos):
            d["x"], d["y"] = round(float(x), 1), round(float(y), 1)
    top_w = max((e.weight for e in edges), default=1)
    rel_colors, rel_legend = _edge_legend(edges)
    out_edges = [_page_edge(i, e, top_w, rel_colors[e.rel], large) for i, e in enumerate(edges)]
    dates = sorted(d for e in edges if e.dated for d in e.dates)
    kind_labels = {n.kind: n.kind_label for n in nodes}
    meta = {
        "note": note,
        "kinds": _legend(nodes, "kind", kind_labels),
        "countries": _legend(nodes, "country", country_labels or {}),
        "rels": rel_legend,
        "minDate": dates[0] if dates else "",
        "maxDate": dates[-1] if dates else "",
        "facts": time.facts if time.facts is not None else _facts(edges),
        "dateUnit": time.unit,
        "cli": {"from": time.since or "", "to": time.until or "", "country": time.country or ""},
        "edgeScale": {"min": time.widths[0], "max": time.widths[1], "rule": time.widths[2], "top": top_w},
        "large": large,
        "maxEnding": MAX_ENDING,
        "labelsAtOpen": LABELS_AT_OPEN,
        "labelAll": label_all or len(nodes) <= LABEL_ALL_UNDER,
        "communities": communities(nodes, edges),  # the analyst tools (static/tools.js)
        "more": more or {},
    }
    return {"nodes": out_nodes, "edges": out_edges, "options": _options(large), "meta": meta}


def graph_script() -> str:
    """The page's script: its parts joined into one strict-mode function (they share its variables)."""
    parts = [_asset("kg.web", "static", name) for name in GRAPH_SCRIPTS]
    return '(function () {\n"use strict";\n' + "\n".join(parts) + "\n})();\n"


def render_page(data: dict, title: str) -> str:
    summary = f"{len(data['nodes'])} узлов / nodes, {len(data['edges'])} связей / edges"
    return Template(_asset("kg.web", "static", "graph.html")).substitute(
        csp=CSP,
        title=html.escape(title),
        summary=html.escape(summary),
        vis_css=_asset("pyvis", "lib", "vis-9.1.2", "vis-network.css"),
        vis_js=_asset("pyvis", "lib", "vis-9.1.2", "vis-network.min.js"),
        page_css=_asset("kg.web", "static", "graph.css"),
        page_js=graph_script(),
        tools_css=_asset("kg.web", "static", "tools.css"),
        tools_js=_asset("kg.web", "static", "tools.js"),
        data=script_json(data),
    )
