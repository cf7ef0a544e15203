"""The two views of ``kg viz``: the actor network (default) and the full graph (``--view full``).

Both become plain node and edge lists that kg/web/page.py renders into one
self-contained page (search, legend filters, focus mode, side panel, labels by
importance). The actor view comes from kg/network/actors.py. The full view draws the
resources of the chosen classes and the statements between them, with Russian
relation names taken from the ontology's labels.

Bylines in the full view: a person who is only the ``dip:author`` of articles is
left out unless articles are drawn too (``--all-classes``), where the byline
hangs from its article. A journalist is not an actor of intergovernmental
relations, and without the article node the person would float unconnected.
"""

from __future__ import annotations

import functools
from dataclasses import dataclass
from pathlib import Path

import networkx as nx
from rdflib import BNode, Graph, Literal, URIRef
from rdflib.namespace import RDF, RDFS, SKOS

from kg.network.actors import KIND_LABELS, NetworkOptions, drawn_network, oriented
from kg.rdf.ontology import DIP, PREFIXES
from kg.rdf.searchkeys import search_key
from kg.web.page import PageEdge, PageNode, PageTime, page_data, render_page
from kg.web.tools import more_neighbours

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
    DIP.Topic: ("Тема / Topic", "#43aa8b", "dot"),
    DIP.Quote: ("Цитата / Quote", "#b5838d", "square"),
    DIP.Article: ("Статья / Article", "#adb5bd", "square"),
}
DEFAULT_CLASSES = [c for c in STYLES if c not in (DIP.Quote, DIP.Article)]
LITERAL_STYLE = ("Значение / Literal", "#dee2e6", "dot")
OTHER_STYLE = ("Прочее / Other", "#ced4da", "dot")
ACTOR_STYLE = {
    "person": ("#e4572e", "dot"),
    "country": ("#29335c", "star"),
    "organization": ("#8e7dbe", "hexagon"),
}
_SKIP = (RDF.type, RDFS.label, DIP.evidence, DIP.text)


@dataclass
class VizOptions:
    classes: list[URIRef] | None = (
        None  # full view: None = the default classes, [] = every resource (CONSTRUCT)
    )
    literals: bool = False
    title: str = "igkg — граф межгосударственных отношений"
    max_label: int = 48
    view: str = "actors"  # or "full"
    focus: str | None = None  # actor view: a name or IRI, drawn with its neighbourhood
    depth: int = 1
    since: str | None = None
    until: str | None = None
    country: str | None = None
    max_nodes: int = 1500


def _short(iri: URIRef) -> str:
    s = str(iri)
    for prefix, ns in PREFIXES.items():
        if s.startswith(ns):
            return f"{prefix}:{s[len(ns) :]}"
    return s.rsplit("/", 1)[-1].rsplit("#", 1)[-1]


@functools.lru_cache(maxsize=1)
def _property_labels() -> dict[str, tuple[str, str]]:
    """Property IRI -> (Russian, English) label from the ontology."""
    from kg.resources import ontology_file

    onto = Graph().parse(ontology_file(), format="turtle")
    out: dict[str, tuple[str, str]] = {}
    for p in set(onto.subjects(RDFS.label, None)):
        labels = {getattr(lbl, "language", None): str(lbl) for lbl in onto.objects(p, RDFS.label)}
        out[str(p)] = (labels.get("ru") or labels.get("en") or _short(p), labels.get("en") or _short(p))
    return out


def _prop(p: URIRef) -> tuple[str, str]:
    return _property_labels().get(str(p)) or (_short(p).split(":")[-1],) * 2


def _ru(g: Graph, node, prop=RDFS.label) -> str | None:
    labels = list(g.objects(node, prop))
    ru = [lbl for lbl in labels if getattr(lbl, "language", None) == "ru"]
    return str((ru or labels)[0]) if labels else None


def _label(g: Graph, node) -> str:
    """Russian text: meetings and visits by kind and date, posts by role and body, else rdfs:label."""
    if isinstance(node, Literal):
        return str(node)
    kind = g.value(node, DIP.kind)
    if kind is not None and (node, RDF.type, DIP.Post) not in g:
        parts = [_ru(g, kind, SKOS.prefLabel) or "", str(g.value(node, DIP.date) or "")]
        return " ".join(p for p in parts if p) or _short(node)
    role, org = g.value(node, DIP.role), g.value(node, DIP.postIn)
    if role is not None and org is not None:
        return f"{_ru(g, role, SKOS.prefLabel) or _short(role)} — {_ru(g, org) or _short(org)}"
    text = _ru(g, node) or _ru(g, node, SKOS.prefLabel)
    if text:
        return text
    notation = g.value(node, SKOS.notation)
    return str(notation) if notation is not None else _short(node)


def _style(g: Graph, node) -> tuple[str, str, str]:
    if isinstance(node, Literal):
        return LITERAL_STYLE
    types = set(g.objects(node, RDF.type))
    return next((STYLES[c] for c in STYLES if c in types), OTHER_STYLE)


def _bylines(g: Graph) -> set:
    """Persons linked to nothing but, perhaps, as the author of an article (the drawn graph holds no
    articles, so a byline shows up as a person nothing points to)."""
    return {
        p
        for p in set(g.subjects(RDF.type, DIP.Person))
        if not any(pred != DIP.author for pred in g.predicates(None, p)) and (p, DIP.holdsPost, None) not in g
    }


def select_nodes(g: Graph, opts: VizOptions) -> set:
    classes = opts.classes if opts.classes is not None else DEFAULT_CLASSES
    nodes = set()
    for cls in classes:
        nodes.update(n for n in g.subjects(RDF.type, cls) if not isinstance(n, BNode))
    if not classes:  # a CONSTRUCT result: every resource it links; classes (the objects of rdf:type) and
        # the kinds construct_for_viz adds for labels ("переговоры 2024-01-05") are not drawn
        for s, p, o in g:
            if p in (RDF.type, RDFS.label, DIP.kind, SKOS.prefLabel):
                continue
            nodes.add(s)
            if not isinstance(o, Literal):
                nodes.add(o)
    # the ontology declares every topic; draw only those something points to
    unused = {t for t in g.subjects(RDF.type, DIP.Topic) if not any(True for _ in g.subjects(DIP.topic, t))}
    bylines = set() if DIP.Article in classes else _bylines(g)
    return nodes - unused - bylines


def _full_node(g: Graph, node, opts: VizOptions) -> PageNode:
    legend, colour, shape = _style(g, node)
    label = _label(g, node)
    text = label if len(label) <= opts.max_label else label[: opts.max_label - 1] + "…"
    lines = []
    for p, o in sorted(g.predicate_objects(node), key=lambda po: str(po[0])):
        if isinstance(o, Literal) and p not in _SKIP and not str(p).startswith(str(SKOS)):
            lines.append(f"{_prop(p)[0]}: {str(o)[:200]}")
    en = legend.split(" / ")[-1]
    title = "\n".join([f"{en}: {_short(node) if isinstance(node, URIRef) else ''}", label, *lines[:8]])
    types = set(g.objects(node, RDF.type))
    rank = next((i for i, c in enumerate(STYLES) if c in types), len(STYLES))
    return PageNode(
        id=str(node),
        text=text,
        kind=legend,
        kind_label=legend,
        color=colour,
        shape=shape,
        title=title,
        key=search_key(label),
        lines=lines,
        kind_rank=rank,
    )


def build_network(g: Graph, opts: VizOptions | None = None) -> tuple[list[PageNode], list[PageEdge]]:
    """The full view: nodes of the drawn classes and the statements between them."""
    opts = opts or VizOptions()
    drawn = select_nodes(g, opts)
    nodes = {str(n): _full_node(g, n, opts) for n in sorted(drawn, key=str)}
    edges: list[PageEdge] = []
    for s, p, o in sorted(g, key=lambda t: (str(t[0]), str(t[1]), str(t[2]))):
        if s not in drawn or p in (RDF.type, RDFS.label):
            continue
        ru, en = _prop(p)
        if isinstance(o, Literal):
            if not opts.literals or str(p).startswith(str(SKOS)):
                continue
            lit_id = f"{s}|{p}|{o}"
            legend, colour, shape = LITERAL_STYLE
            nodes[lit_id] = PageNode(
                id=lit_id,
                text=str(o)[: opts.max_label],
                kind=legend,
                kind_label=legend,
                color=colour,
                shape=shape,
                title=str(o),
                key=search_key(str(o)[:200]),
            )
            edges.append(PageEdge(str(s), lit_id, ru, en))
        elif o in drawn:
            edges.append(PageEdge(str(s), str(o), ru, en))
    for e in edges:
        nodes[e.source].degree += 1
        nodes[e.target].degree += 1
    return list(nodes.values()), edges


def _actor_lines(d: dict) -> list[str]:
    lines = [f"должность: {p}" for p in d.get("posts", [])]
    lines += [f"встреча: {m}" for m in d.get("meetings", [])]
    lines += [f"документ: {x}" for x in dict.fromkeys(d.get("documents", []))]  # capped, the latest first
    if d.get("folded"):
        lines.append(f"ещё участников, не показанных отдельно: {d['folded']}")
    return lines


def _actor_title(d: dict, g: nx.Graph, node: str) -> str:
    met = [n for n in g[node] if g.edges[node, n]["relation"] == "met"]
    parts = [f"{KIND_LABELS[d['kind']][1]}: {d['label_en']}", d["label"]]
    if d.get("meetings"):
        parts.append(f"{d.get('meeting_count', len(d['meetings']))} meetings, met {len(met)} people")
    if d.get("posts"):
        parts.append(f"{len(d['posts'])} post(s)")
    if d.get("documents"):
        parts.append(f"{d.get('document_count', len(d['documents']))} document(s)")
    return "\n".join(parts)


def actor_page_items(
    g: nx.Graph, around: set[str] | None = None
) -> tuple[list[PageNode], list[PageEdge], dict[str, str]]:
    """The actor network as page nodes and edges, and the country legend's labels; with ``around``, only
    those nodes, their neighbours and the edges that touch them (what "expand" can add to a page)."""
    wanted = None if around is None else set(around).union(*(g[n] for n in around))
    nodes = []
    for n, d in g.nodes(data=True):
        if wanted is not None and n not in wanted:
            continue
        colour, shape = ACTOR_STYLE[d["kind"]]
        ru, en = KIND_LABELS[d["kind"]]
        # a country of a reduced graph stands for the actors folded into it: "Казахстан (+120)"
        text = f"{d['label']} (+{d['folded']})" if d.get("folded") else d["label"]
        nodes.append(
            PageNode(
                id=n,
                text=text,
                kind=d["kind"],
                kind_label=f"{ru} / {en}",
                color=colour,
                shape=shape,
                title=_actor_title(d, g, n),
                key=d.get("key", ""),  # the network before its cut (for "expand") has no lists or keys yet
                degree=d["degree"],
                country=d["country"],
                lines=_actor_lines(d),
                kind_rank=("person", "country", "organization").index(d["kind"]),
            )
        )
    edges = []
    for a, b, d in g.edges(data=True):  # in the graph's own order: it orients the symmetric links
        if around is not None and a not in around and b not in around:
            continue
        a, b = oriented(g, a, b)
        dates = d.get("dates", [])
        span = f" ({dates[0]} … {dates[-1]})" if dates else ""
        title = f"{g.nodes[a]['label_en']} — {d['label_en']} — {g.nodes[b]['label_en']}: ×{d['weight']}{span}"
        dated = d["relation"] in ("met", "signed")
        edges.append(
            PageEdge(
                a,
                b,
                d["label"],
                title,
                d["weight"],
                sym=dated,
                dates=dates if dated else [],
                dated=dated and bool(dates),
                items=d.get("items", []),
                timed=dated,
            )
        )
    countries = {n.country: g.nodes[n.id]["label"] for n in nodes if n.kind == "country"}
    return nodes, edges, countries


def actor_facts(g: nx.Graph) -> dict[str, int]:
    """Dated meetings and documents per month: an edge lists each as "YYYY-MM-DD ..." (a meeting of four
    people is on six edges and counts once)."""
    facts = {
        item
        for _a, _b, d in g.edges(data=True)
        if d["relation"] in ("met", "signed")
        for item in d["items"]
        if len(item) >= 10 and item[4] == "-" and item[7] == "-" and item[:4].isdigit()
    }
    months: dict[str, int] = {}
    for item in facts:
        months[item[:7]] = months.get(item[:7], 0) + 1
    return dict(sorted(months.items()))


def filters_title(title: str, since: str | None, until: str | None, country: str | None) -> str:
    """The page's title with the command line's filters: "… · 2025-01-01 — 2025-12-31 · RU"."""
    period = f"{since or '…'} — {until or '…'}" if since or until else ""
    return " · ".join(x for x in (title, period, (country or "").upper()) if x)


def actor_graph(
    store, opts: VizOptions, summary: bool | None = None, whole: list | None = None
) -> tuple[nx.Graph, str]:
    """The actor network the options ask for (filtered, focused, reduced, its lists capped) and a note
    for the page; ``summary`` as in ``drawn_network`` (None: the summary's pairs when they can serve);
    ``whole`` (a list) receives the graph before the cut to ``max_nodes``."""
    network = NetworkOptions(since=opts.since, until=opts.until, country=opts.country)
    return drawn_network(store, network, opts.max_nodes, opts.focus, opts.depth, summary, whole)


def graph_from_store(store, opts: VizOptions | None = None) -> Graph:
    """Only what the full view draws: the nodes of the drawn classes with their statements, and the
    labels of concepts (copying a whole large store into rdflib is the slow part)."""
    opts = opts or VizOptions()
    classes = opts.classes if opts.classes is not None else DEFAULT_CLASSES
    values = " ".join(f"<{c}>" for c in classes)
    return store.query(f"""CONSTRUCT {{ ?s ?p ?o }} WHERE {{
        {{ VALUES ?c {{ {values} }} ?s a ?c ; ?p ?o }}
        UNION {{ ?s a skos:Concept ; ?p ?o . FILTER (?p IN (skos:notation, skos:prefLabel, rdf:type)) }} }}""").graph


def construct_for_viz(store, query: str, timeout: float | None = 60.0) -> Graph:
    """A CONSTRUCT result with the labels and classes of the resources it mentions."""
    from kg.errors import QueryError
    from kg.query.execute import run

    result = run(store, query, timeout=timeout)
    if result.kind != "graph":
        raise QueryError("--query needs a CONSTRUCT or DESCRIBE query")
    graph = result.graph
    nodes = {n for n in set(graph.subjects()) | set(graph.objects()) if isinstance(n, URIRef)}
    if nodes:
        values = " ".join(f"<{n}>" for n in nodes)
        graph += store.query(f"""CONSTRUCT {{ ?s rdfs:label ?l ; a ?t ; dip:kind ?k ; dip:date ?d .
            ?k skos:prefLabel ?kl }} WHERE {{ VALUES ?s {{ {values} }}
            {{ ?s rdfs:label ?l }} UNION {{ ?s a ?t }} UNION {{ ?s dip:date ?d }}
            UNION {{ ?s dip:kind ?k . ?k skos:prefLabel ?kl }} }}""").graph
    return graph


def write_page(
    nodes: list[PageNode],
    edges: list[PageEdge],
    out: Path,
    title: str,
    note: str = "",
    countries: dict[str, str] | None = None,
    label_all: bool = False,
    time: PageTime | None = None,
    more: dict | None = None,
) -> tuple[int, int]:
    from kg.outputs import write_atomically

    page = render_page(page_data(nodes, edges, note, countries, label_all, time, more), title).encode("utf-8")
    write_atomically(out, lambda fh: fh.write(page))
    return len(nodes), len(edges)


def reduce_full(
    nodes: list[PageNode], edges: list[PageEdge], max_nodes: int, more: dict | None = None
) -> tuple[list, list, str]:
    """The full view above ``max_nodes``: the most linked nodes and the edges between them, and a note;
    ``more`` (a dict) receives the left-out neighbours of drawn nodes (kg/web/tools.py)."""
    if len(nodes) <= max_nodes:
        return nodes, edges, ""
    kept = sorted(nodes, key=lambda n: (-n.degree, n.id))[:max_nodes]
    ids = {n.id for n in kept}
    if more is not None:
        more.update(more_neighbours(nodes, edges, ids))
    note = (
        f"Показаны {len(kept)} из {len(nodes)} узлов, самые связанные (--max-nodes {max_nodes}); "
        f"вид по умолчанию (участники) компактнее."
    )
    return kept, [e for e in edges if e.source in ids and e.target in ids], note


def write_html(g: Graph, out: Path, opts: VizOptions | None = None) -> tuple[int, int]:
    """The full view of ``g`` as a page."""
    opts = opts or VizOptions()
    more: dict = {}
    nodes, edges, note = reduce_full(*build_network(g, opts), opts.max_nodes, more)
    return write_page(nodes, edges, out, opts.title, note, more=more)


def write_store_page(store, out: Path, opts: VizOptions) -> tuple[int, int]:
    """The page ``kg viz`` writes for a store: the actor network, or the full graph with ``view="full"``."""
    if opts.view == "full":
        return write_html(graph_from_store(store, opts), out, opts)
    whole: list[nx.Graph] = []
    g, note = actor_graph(store, opts, whole=whole)
    nodes, edges, countries = actor_page_items(g)
    more = {}
    if whole[0].number_of_nodes() > g.number_of_nodes():  # cut to --max-nodes: "expand" can add the rest
        drawn = {n.id for n in nodes}
        near_nodes, near_edges, _ = actor_page_items(whole[0], around=drawn)
        first = more_neighbours(near_nodes, near_edges, drawn, depth=1)
        if first:  # and the neighbours of those, so that an added node can be expanded again
            near_nodes, near_edges, _ = actor_page_items(whole[0], around=drawn.union(first["nodes"]))
            more = more_neighbours(near_nodes, near_edges, drawn)
    time = PageTime(actor_facts(g), opts.since, opts.until, opts.country)
    title = filters_title(opts.title, opts.since, opts.until, opts.country)
    return write_page(nodes, edges, out, title, note, countries, time=time, more=more)
