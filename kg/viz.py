"""The interactive HTML graph: pyvis builds the network; the page is self-contained.

pyvis's own templates load bootstrap (and tom-select) from a CDN even in
``in_line`` mode, so the page is rendered here from a small template that inlines
vis-network from pyvis's package and forbids every network request with a
Content-Security-Policy. Labels reach the page only as JSON data drawn on a canvas,
and tooltips are plain text (vis-network sets them with ``innerText``); the
legend and headings are HTML-escaped.

Large graphs get a layout computed once with networkx and are drawn with
physics off, so the page is usable at once instead of simulating for minutes.
"""

from __future__ import annotations

import html
import json
from dataclasses import dataclass
from importlib import resources
from pathlib import Path

import numpy as np
from pyvis.network import Network
from rdflib import BNode, Graph, Literal, URIRef
from rdflib.namespace import RDF, RDFS, SKOS

from .layout import force_layout
from .ontology import DIP, PREFIXES

# class -> (legend label, colour, shape); the first class a node has in this order decides
STYLES: dict[URIRef, tuple[str, str, str]] = {
    DIP.Person: ("Персона / Person", "#e4572e", "dot"),
    DIP.Meeting: ("Встреча / Meeting", "#2e86ab", "diamond"),
    DIP.Visit: ("Визит / Visit", "#5fa8d3", "triangle"),
    DIP.Document: ("Документ / Document", "#f3a712", "square"),
    DIP.Post: ("Должность / Post", "#a8c686", "dot"),
    DIP.Government: ("Правительство / Government", "#669bbc", "hexagon"),
    DIP.State: ("Государство / State", "#7d4e57", "hexagon"),
    DIP.Organization: ("Организация / Organization", "#8e7dbe", "hexagon"),
    DIP.Country: ("Страна / Country", "#29335c", "star"),
    DIP.City: ("Город / City", "#6c757d", "star"),
    DIP.Topic: ("Тема / Topic", "#43aa8b", "ellipse"),
    DIP.Quote: ("Цитата / Quote", "#b5838d", "box"),
    DIP.Article: ("Статья / Article", "#adb5bd", "box"),
}
DEFAULT_CLASSES = [c for c in STYLES if c not in (DIP.Quote, DIP.Article)]
LITERAL_STYLE = ("Значение / Literal", "#dee2e6", "box")
OTHER_STYLE = ("Прочее / Other", "#ced4da", "dot")
LARGE_GRAPH = 300
_CSP = "default-src 'none'; script-src 'unsafe-inline'; style-src 'unsafe-inline'; img-src data:"


@dataclass
class VizOptions:
    classes: list[URIRef] | None = None  # None: the default classes
    literals: bool = False
    title: str = "igkg — граф межгосударственных отношений"
    max_label: int = 48


def _short(iri: URIRef) -> str:
    s = str(iri)
    for prefix, ns in PREFIXES.items():
        if s.startswith(ns):
            return f"{prefix}:{s[len(ns):]}"
    return s.rsplit("/", 1)[-1].rsplit("#", 1)[-1]


def _label(g: Graph, node) -> str:
    if isinstance(node, Literal):
        return str(node)
    labels = list(g.objects(node, RDFS.label)) + list(g.objects(node, SKOS.prefLabel))
    ru = [lbl for lbl in labels if getattr(lbl, "language", None) == "ru"]
    if ru or labels:
        return str((ru or labels)[0])
    notation = g.value(node, SKOS.notation)
    return str(notation) if notation is not None else _short(node)


def _style(g: Graph, node) -> tuple[str, str, str]:
    if isinstance(node, Literal):
        return LITERAL_STYLE
    types = set(g.objects(node, RDF.type))
    return next((STYLES[c] for c in STYLES if c in types), OTHER_STYLE)


def _tooltip(g: Graph, node, limit: int = 10) -> str:
    """Plain text: the class, the label, then the node's key facts."""
    lines = [_style(g, node)[0], _label(g, node)]
    if isinstance(node, Literal):
        return "\n".join(lines)
    facts = []
    for p, o in sorted(g.predicate_objects(node), key=lambda po: str(po[0])):
        if p in (RDF.type, RDFS.label, DIP.evidence) or str(p).startswith(str(SKOS)):
            continue
        facts.append(f"{_short(p).split(':')[-1]}: {_label(g, o)[:80]}")
    lines += facts[:limit]
    if len(facts) > limit:
        lines.append(f"… {len(facts) - limit} more")
    return "\n".join(lines)


def select_nodes(g: Graph, opts: VizOptions) -> set:
    classes = opts.classes if opts.classes is not None else DEFAULT_CLASSES
    nodes = set()
    for cls in classes:
        nodes.update(n for n in g.subjects(RDF.type, cls) if not isinstance(n, BNode))
    if not classes:  # a CONSTRUCT result: every resource it mentions
        for s, _, o in g:
            nodes.add(s)
            if not isinstance(o, Literal):
                nodes.add(o)
    # the ontology declares every topic; draw only those something points to
    unused = {t for t in g.subjects(RDF.type, DIP.Topic) if not any(True for _ in g.subjects(DIP.topic, t))}
    return nodes - unused


def build_network(g: Graph, opts: VizOptions | None = None) -> Network:
    opts = opts or VizOptions()
    nodes = select_nodes(g, opts)
    net = Network(directed=True, cdn_resources="in_line", height="100%", width="100%")
    ids: dict = {}
    for node in sorted(nodes, key=str):
        legend, colour, shape = _style(g, node)
        label = _label(g, node)
        ids[node] = str(node)
        net.add_node(str(node), label=label if len(label) <= opts.max_label else label[: opts.max_label - 1] + "…",
                     title=_tooltip(g, node), color=colour, shape=shape, kind=legend)
    for s, p, o in sorted(g, key=lambda t: (str(t[0]), str(t[1]), str(t[2]))):
        if s not in ids or p in (RDF.type, RDFS.label):
            continue
        if isinstance(o, Literal):
            if not opts.literals or str(p).startswith(str(SKOS)):
                continue
            lit_id = f"{s}|{p}|{o}"
            legend, colour, shape = LITERAL_STYLE
            net.add_node(lit_id, label=str(o)[: opts.max_label], title=str(o), color=colour, shape=shape, kind=legend)
            net.add_edge(str(s), lit_id, label=_short(p).split(":")[-1], title=_short(p))
        elif o in ids:
            net.add_edge(str(s), str(o), label=_short(p).split(":")[-1], title=_short(p))
    return net


def _layout(net: Network, edge_px: float = 120.0) -> dict[str, tuple[float, float]]:
    ids = [n["id"] for n in net.nodes]
    index = {node: i for i, node in enumerate(ids)}
    edges = np.array([(index[e["from"]], index[e["to"]]) for e in net.edges], dtype=np.int64).reshape(-1, 2)
    pos = force_layout(len(ids), edges) * edge_px
    return {node: (float(pos[i, 0]), float(pos[i, 1])) for i, node in enumerate(ids)}


def _vis_asset(name: str) -> str:
    return (resources.files("pyvis") / "lib" / "vis-9.1.2" / name).read_text(encoding="utf-8")


def _script_json(data) -> str:
    """JSON that cannot close the <script> element it sits in."""
    return (json.dumps(data, ensure_ascii=False)
            .replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")
            .replace("\u2028", "\\u2028").replace("\u2029", "\\u2029"))


def render_html(net: Network, opts: VizOptions | None = None) -> str:
    opts = opts or VizOptions()
    nodes = [dict(n) for n in net.nodes]
    edges = [dict(e) for e in net.edges]
    large = len(nodes) > LARGE_GRAPH
    if large:
        pos = _layout(net)
        for n in nodes:
            n["x"], n["y"] = pos[n["id"]]
    options = {
        "nodes": {"font": {"size": 14, "face": "sans-serif"}, "borderWidth": 1},
        "edges": {"arrows": {"to": {"enabled": True, "scaleFactor": 0.5}}, "font": {"size": 10, "align": "middle"},
                  "color": {"color": "#adb5bd", "highlight": "#495057"}, "smooth": False},
        "interaction": {"hover": True, "tooltipDelay": 150, "hideEdgesOnDrag": large, "navigationButtons": False},
        "physics": {"enabled": not large, "solver": "barnesHut",
                    "barnesHut": {"gravitationalConstant": -6000, "springLength": 140, "avoidOverlap": 0.2},
                    "stabilization": {"enabled": True, "iterations": 250, "fit": True}},
        "layout": {"improvedLayout": not large and len(nodes) < 150},
    }
    if large:
        # thousands of labels at once are unreadable: edge labels stay as tooltips, node labels show on zooming in
        options["edges"]["font"] = {"size": 0}
        options["nodes"]["scaling"] = {"label": {"enabled": True, "min": 12, "max": 24, "drawThreshold": 10}}
    legend_items = {}
    for n in nodes:
        legend_items.setdefault(n["kind"], (n["color"], 0))
        legend_items[n["kind"]] = (n["color"], legend_items[n["kind"]][1] + 1)
    legend = "".join(
        f'<li><span class="swatch" style="background:{html.escape(colour)}"></span>{html.escape(name)} '
        f'<span class="count">{count}</span></li>'
        for name, (colour, count) in sorted(legend_items.items())
    )
    return _TEMPLATE.format(
        csp=_CSP,
        title=html.escape(opts.title),
        vis_css=_vis_asset("vis-network.css"),
        vis_js=_vis_asset("vis-network.min.js"),
        legend=legend,
        summary=html.escape(f"{len(nodes)} узлов / nodes, {len(edges)} связей / edges"),
        data=_script_json({"nodes": nodes, "edges": edges, "options": options}),
    )


def graph_from_store(store, opts: VizOptions | None = None) -> Graph:
    """Only what the page draws: the nodes of the drawn classes with their statements, and the
    notations of concepts for tooltips (copying a whole large store into rdflib is the slow part)."""
    opts = opts or VizOptions()
    classes = opts.classes if opts.classes is not None else DEFAULT_CLASSES
    values = " ".join(f"<{c}>" for c in classes)
    return store.query(f"""CONSTRUCT {{ ?s ?p ?o }} WHERE {{
        {{ VALUES ?c {{ {values} }} ?s a ?c ; ?p ?o }}
        UNION {{ ?s a skos:Concept ; ?p ?o . FILTER (?p IN (skos:notation, skos:prefLabel, rdf:type)) }} }}""").graph


def construct_for_viz(store, query: str, timeout: float | None = 60.0) -> Graph:
    """A CONSTRUCT result with the labels and classes of the resources it mentions."""
    from .errors import QueryError
    from .query import run

    result = run(store, query, timeout=timeout)
    if result.kind != "graph":
        raise QueryError("--query needs a CONSTRUCT or DESCRIBE query")
    graph = result.graph
    nodes = {n for n in set(graph.subjects()) | set(graph.objects()) if isinstance(n, URIRef)}
    if nodes:
        values = " ".join(f"<{n}>" for n in nodes)
        graph += store.query(f"""CONSTRUCT {{ ?s rdfs:label ?l ; a ?t }} WHERE {{ VALUES ?s {{ {values} }}
            {{ ?s rdfs:label ?l }} UNION {{ ?s a ?t }} }}""").graph
    return graph


def write_html(g: Graph, out: Path, opts: VizOptions | None = None) -> tuple[int, int]:
    opts = opts or VizOptions()
    from .outputs import write_atomically

    net = build_network(g, opts)
    page = render_html(net, opts).encode("utf-8")
    write_atomically(out, lambda fh: fh.write(page))
    return len(net.nodes), len(net.edges)


_TEMPLATE = """<!DOCTYPE html>
<html lang="ru">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="{csp}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{title}</title>
<style>{vis_css}</style>
<style>
html, body {{ margin: 0; height: 100%; font-family: sans-serif; }}
#graph {{ position: absolute; top: 0; left: 0; right: 0; bottom: 0; }}
#panel {{ position: absolute; top: 8px; left: 8px; z-index: 10; background: rgba(255,255,255,.92);
          border: 1px solid #ccc; border-radius: 6px; padding: 8px 10px; max-width: 300px; font-size: 13px; }}
#panel h1 {{ font-size: 14px; margin: 0 0 4px; }}
#panel ul {{ list-style: none; padding: 0; margin: 6px 0; }}
#panel li {{ margin: 2px 0; }}
.swatch {{ display: inline-block; width: 12px; height: 12px; border-radius: 3px; margin-right: 6px; vertical-align: middle; }}
.count {{ color: #6c757d; }}
#search {{ width: 100%; box-sizing: border-box; margin-top: 4px; }}
#status {{ color: #6c757d; }}
div.vis-tooltip {{ white-space: pre-line; max-width: 420px; }}
</style>
</head>
<body>
<div id="panel">
  <h1>{title}</h1>
  <div id="status">{summary}</div>
  <ul id="legend">{legend}</ul>
  <input id="search" type="search" placeholder="Найти узел / find a node" aria-label="find a node">
</div>
<div id="graph"></div>
<script>{vis_js}</script>
<script>
(function () {{
  var data = {data};
  var nodes = new vis.DataSet(data.nodes);
  var edges = new vis.DataSet(data.edges);
  var network = new vis.Network(document.getElementById("graph"), {{nodes: nodes, edges: edges}}, data.options);
  // stop the simulation once the layout has settled, so large graphs stay responsive
  network.once("stabilizationIterationsDone", function () {{
    network.setOptions({{physics: {{enabled: false}}}});
    window.igkgStable = true;
  }});
  if (!data.options.physics.enabled) {{ window.igkgStable = true; }}
  document.getElementById("search").addEventListener("input", function (ev) {{
    var q = ev.target.value.trim().toLowerCase();
    if (!q) {{ network.unselectAll(); return; }}
    var hits = nodes.get({{filter: function (n) {{ return String(n.label).toLowerCase().indexOf(q) >= 0; }}}});
    network.selectNodes(hits.map(function (n) {{ return n.id; }}));
    if (hits.length) {{ network.focus(hits[0].id, {{scale: 1.2, animation: false}}); }}
  }});
  window.igkg = {{network: network, nodes: nodes, edges: edges}};
}})();
</script>
</body>
</html>
"""
