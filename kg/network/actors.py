"""The actor network: who met whom, who holds a post in which country, which bodies signed together.

Nodes are persons, countries and the organizations that are parties to a
document; meetings, documents and posts are not nodes but the evidence carried
on the edges (``items``) and shown in the page's side panel. The network is read
with four SELECT queries over the whole store (meetings with their participants,
documents with their parties, posts, countries), never one query per node, and
assembled in Python, so it stays fast on large stores. Bylines (``dip:author``)
are not actors: a person enters only through a meeting or a post.

Edges (an undirected ``networkx.Graph``; each relation links fixed node kinds, so
a pair of nodes never has two relations):

- ``met``: person — person, weight = meetings together;
- ``holds_post``: person — country of the post's organization, weight = posts there;
- ``signed``: organization — organization, weight = documents both are parties to;
- ``located_in``: organization — its country.

A meeting is one meeting however many articles tell it (its rows are merged: the earliest date, the
first kind, place and city in sort order), and a ``met`` edge counts the meetings with a kind both
persons took part in, as who-met-whom and the summary graph's pairs count them (a meeting without a
kind is still listed in its participants' panels; ontology/shapes.ttl gives every meeting one).

``drawn_network`` is what ``kg viz`` draws: the network reduced to ``--max-nodes`` with capped lists
(the latest ``LISTED`` meetings of each drawn person and edge, the latest documents, and how many more).
Its structure (who is linked to whom, with what weight) comes from the summary graph's pairs when the
summary is fresh and no period is asked, else from the meetings; the lists are then read for the drawn
persons only, so the page no longer reads every meeting of the store (issue 14). Both ways give the same
drawing (tests/network/test_drawn.py). ``actor_network`` is the whole network with every list, for the
exports (kg/network/formats.py).
"""

from __future__ import annotations

from dataclasses import dataclass
from itertools import combinations

import networkx as nx

from kg.ingest.actorfacts import (
    LISTED,
    Meeting,
    document_rows,
    english_name,
    latest_texts,
    merged,
    post_dates,
    post_rows,
)
from kg.ingest.actorfacts import more as _more
from kg.network.nodes import RELATIONS, add_node, add_post, country_iri, link
from kg.rdf.searchkeys import search_key
from kg.store.base import SUMMARY_GRAPH, select_text

__all__ = ["LISTED", "RELATIONS", "Meeting", "country_iri", "english_name"]

KIND_LABELS = {
    "person": ("Персона", "Person"),
    "country": ("Страна", "Country"),
    "organization": ("Организация", "Organization"),
}
_MEETINGS = """SELECT ?m ?date ?kind ?iso ?city (GROUP_CONCAT(DISTINCT STR(?p); separator=" ") AS ?ps) WHERE {
  ?m a dip:Meeting . OPTIONAL { ?m dip:participant ?p }
  OPTIONAL { ?m dip:date ?date } OPTIONAL { ?m dip:kind/skos:notation ?kind }
  OPTIONAL { ?m dip:heldIn/dip:isoCode ?iso } OPTIONAL { ?m dip:city/rdfs:label ?city }
} GROUP BY ?m ?date ?kind ?iso ?city"""
# persons with a label who hold a post or take part in a meeting: three scans of one property each, the
# condition checked in Python (a FILTER EXISTS looked both up for every person)
_PERSONS = """SELECT ?p ?name WHERE { ?p a dip:Person ; rdfs:label ?name }"""
_PARTICIPANTS = """SELECT DISTINCT ?p WHERE { ?m dip:participant ?p }"""
# who met whom with how many meetings (with a kind), from the summary graph: one row per pair and member
# (two scans of one property each: joining them in the engine cost twice as much)
_PAIRS = f"""SELECT ?e ?a WHERE {{ GRAPH <{SUMMARY_GRAPH}> {{ ?e dip:pairMember ?a }} }}"""
_COUNTS = f"""SELECT ?e ?n WHERE {{ GRAPH <{SUMMARY_GRAPH}> {{ ?e dip:meetingCount ?n }} }}"""
# the meetings of the drawn persons: their participations, then every meeting's type, date and kind by a
# scan of one property each, joined in Python (a lookup per participation cost 3× as much at a million
# triples, where the drawn persons take part in most meetings)
_TAKEN_PART = """SELECT ?x ?m WHERE { $VALUES ?m dip:participant ?x }"""
_SCANS = {
    "type": "SELECT ?m WHERE { ?m a dip:Meeting }",
    "date": "SELECT ?m ?date WHERE { ?m dip:date ?date }",
    "kind": "SELECT ?m ?k WHERE { ?m dip:kind ?k }",
    "code": "SELECT ?k ?c WHERE { ?k skos:notation ?c }",
}
_PLACES_OF = """SELECT ?m ?iso ?city WHERE { $VALUES ?m a dip:Meeting .
  OPTIONAL { ?m dip:heldIn/dip:isoCode ?iso } OPTIONAL { ?m dip:city/rdfs:label ?city } }"""
# countries and the parties of documents (each party once: one row per document and party cost 14× as
# much at a million triples), read in a fixed order: countries first, then by IRI, label and code
_PLACES = """SELECT ?x ?label ?iso ?class WHERE {
  { ?x a dip:Country . BIND("country" AS ?class) OPTIONAL { ?x dip:isoCode ?iso } }
  UNION { { SELECT DISTINCT ?x WHERE { ?d dip:party ?x } } BIND("organization" AS ?class)
    OPTIONAL { ?x dip:country/dip:isoCode ?iso } }
  OPTIONAL { ?x rdfs:label ?label }
}"""


def _value(row: dict, name: str) -> str:
    return row.get(name, "")


def _rows(store, query: str) -> list[dict[str, str]]:
    """Rows as {variable: lexical value}; unbound variables are absent."""
    return select_text(store, query)


def _keys(g: nx.Graph) -> None:
    """Each node's search key (the page's search, ``--focus``): ~1 ms a node, so only for those drawn
    unless a focus is looked up among all."""
    for _n, d in g.nodes(data=True):
        if "key" not in d:
            d["key"] = search_key(d["label"], d["label_en"])


def _in_range(date: str, since: str | None, until: str | None) -> bool:
    if not since and not until:
        return True
    return bool(date) and (not since or date >= since) and (not until or date <= until)


@dataclass
class NetworkOptions:
    since: str | None = None  # ISO dates; meetings and documents outside are left out
    until: str | None = None
    country: str | None = None  # ISO code: keep what touches this country's actors


def _meetings(store) -> list[Meeting]:
    return merged(_rows(store, _MEETINGS))


def _person_rows(store) -> list[dict[str, str]]:
    """A row per person and post (a person without a post with a role: one row without it), a person's
    posts in the order of their IRIs and facts."""
    held = post_rows(store)
    active = set(held) | {row["p"] for row in _rows(store, _PARTICIPANTS)}
    out = []
    persons = sorted(
        (r for r in _rows(store, _PERSONS) if r["p"] in active), key=lambda r: (r["p"], r["name"])
    )
    seen: set[str] = set()
    for row in persons:  # a person with two labels: the first in sort order names the node (and its
        if row["p"] in seen:  # posts are listed once, not once per label)
            continue
        seen.add(row["p"])
        out += [{**r, "name": row["name"]} for r in held.get(row["p"], ())] or [row]
    return out


def _add_actors(g: nx.Graph, store) -> None:
    """Countries, signing organizations, and persons with their posts (``holds_post`` edges)."""
    places = _rows(store, _PLACES)
    places.sort(key=lambda r: (r["class"] != "country", r["x"], r.get("label", ""), r.get("iso", "")))
    for row in places:
        iso = _value(row, "iso")
        add_node(g, _value(row, "x"), _value(row, "label"), _value(row, "class"), iso)
    for row in _person_rows(store):
        add_node(g, row["p"], _value(row, "name"), "person")
        add_post(g, row)
    for node, data in g.nodes(data=True):
        if data["kind"] == "organization" and data["country"]:
            link(g, node, country_iri(data["country"]), "located_in")


def _add_meetings(
    g: nx.Graph, meetings: list[Meeting], opts: NetworkOptions, lists: bool = True
) -> dict[str, Meeting]:
    """``met`` edges (meetings with a kind), and with ``lists`` each meeting on its participants' panels
    and its edges."""
    kept = {}
    for m in meetings:
        if not _in_range(m.date, opts.since, opts.until):
            continue
        kept[m.iri] = m
        text = m.describe() if lists else ""
        if lists:
            for p in m.participants:
                if p in g:
                    g.nodes[p].setdefault("meetings", []).append(text)
        if not m.kind:
            continue
        for a, b in combinations(m.participants, 2):
            link(g, a, b, "met", m.date if lists else "", text)
    return kept


def _add_pairs(g: nx.Graph, store) -> None:
    """``met`` edges from the summary graph's pairs (the same weights: meetings with a kind)."""
    members: dict[str, list[str]] = {}
    for row in _rows(store, _PAIRS):
        members.setdefault(row["e"], []).append(row["a"])
    count = {row["e"]: int(row["n"]) for row in _rows(store, _COUNTS) if row["e"] in members}
    for e, (a, b) in ((e, sorted(m)) for e, m in members.items() if len(m) == 2):
        if a in g and b in g:
            link(g, a, b, "met")
            g.edges[a, b]["weight"] = count[e]


def _add_documents(g: nx.Graph, store, opts: NetworkOptions) -> list[tuple[str, str]]:
    """``signed`` edges and each party's documents; returns (text, the meeting that produced it) for the
    participants' lists (``_participants_documents``)."""
    produced = []
    for row in document_rows(store):
        if not _in_range(row.date, opts.since, opts.until):
            continue
        for o in row.parties:
            if o in g:
                g.nodes[o].setdefault("documents", []).append(row.text)
        produced += [(row.text, m) for m in sorted(row.meetings)]
        for a, b in combinations(row.parties, 2):
            link(g, a, b, "signed", row.date, row.text)
    return produced


def _participants_documents(
    g: nx.Graph, produced: list[tuple[str, str]], meetings: dict[str, Meeting]
) -> None:
    """Each document on the panels of the participants of the meeting that produced it (``meetings``: at
    least those with a participant in ``g``)."""
    for text, m in produced:
        meeting = meetings.get(m)
        for p in meeting.participants if meeting else ():
            if p in g:
                g.nodes[p].setdefault("documents", []).append(text)


def _touches_country(g: nx.Graph, iso: str) -> nx.Graph:
    """Edges with an end in the country (the country itself, its officials, its bodies) and their nodes."""
    own = {n for n, d in g.nodes(data=True) if d["country"] == iso}
    if not own:
        from kg.errors import InputError

        raise InputError(f"--country {iso}: no actor of that country in the store")
    edges = [(a, b) for a, b in g.edges if a in own or b in own]
    return g.edge_subgraph(edges).copy() if edges else g.subgraph(own).copy()


def _finish(g: nx.Graph, opts: NetworkOptions) -> nx.Graph:
    """The period's and the country's filters, and each node's weighted degree."""
    if opts.since or opts.until:
        # a dated filter keeps actors with something in the period (posts alone do not count)
        active = {n for a, b, d in g.edges(data=True) if d["relation"] in ("met", "signed") for n in (a, b)}
        keep = active | {n for a in active for n in g[a] if g.nodes[n]["kind"] == "country"}
        g = g.subgraph(keep).copy()
    if opts.country:
        g = _touches_country(g, opts.country.upper())
    # countries no actor links to (named once in a meeting's place) would float alone
    g.remove_nodes_from(
        [n for n, d in list(g.nodes(data=True)) if d["kind"] != "person" and g.degree(n) == 0]
    )
    for _a, _b, d in g.edges(data=True):
        d["dates"] = sorted(d["dates"])
    for n, d in g.nodes(data=True):
        d["degree"] = g.degree(n, weight="weight")
    return g


def actor_network(store, opts: NetworkOptions | None = None) -> nx.Graph:
    """The actor network of the store (see the module docstring), filtered by ``opts``, every list whole."""
    opts = opts or NetworkOptions()
    g = nx.Graph()
    _add_actors(g, store)
    meetings = _add_meetings(g, _meetings(store), opts)
    _participants_documents(g, _add_documents(g, store, opts), meetings)
    g = _finish(g, opts)
    _date_posts(g, store)
    _keys(g)
    return g


def _values(variable: str, nodes) -> list[str]:
    nodes = sorted(set(nodes))
    return [
        f"VALUES ?{variable} {{ {' '.join(f'<{n}>' for n in nodes[i : i + 500])} }}"
        for i in range(0, len(nodes), 500)
    ]


def _date_posts(g: nx.Graph, store) -> None:
    """Each person's ``holds_post`` edges dated by the latest statement of each post there."""
    persons = [n for n, d in g.nodes(data=True) if d["kind"] == "person" and d.get("held")]
    on = post_dates(store, persons)
    for p in persons:
        for post, iso in g.nodes[p]["held"]:
            c = country_iri(iso) if iso else None
            if c and g.has_edge(p, c) and on.get((p, post)):
                g.edges[p, c]["dates"].append(on[(p, post)])
        for c in g[p]:
            if g.edges[p, c]["relation"] == "holds_post":
                g.edges[p, c]["dates"].sort()


def drawn_network(
    store,
    opts: NetworkOptions | None = None,
    max_nodes: int = 1500,
    focus: str | None = None,
    depth: int = 1,
    summary: bool | None = None,
    whole: list | None = None,
) -> tuple[nx.Graph, str]:
    """What ``kg viz`` draws: the network (focused on ``focus``, reduced to ``max_nodes``) with capped
    lists, and the reduction's note. ``summary``: read who met whom from the summary graph (None: when
    it is fresh and no period is asked; a period needs the meetings' dates). ``whole`` (a list)
    receives the network before the cut, for the page's "expand" (kg/web/tools.py)."""
    opts = opts or NetworkOptions()
    if summary is None:
        from kg.ingest.summary import is_fresh

        summary = not (opts.since or opts.until) and is_fresh(store)
    if summary and not (focus or opts.since or opts.until or opts.country):
        from kg.network.topactors import from_entries

        return from_entries(store, max_nodes, whole)
    g = nx.Graph()
    _add_actors(g, store)
    if summary:
        if opts.since or opts.until:
            raise ValueError("the summary's pairs have no period")
        _add_pairs(g, store)
        meetings = None
    else:
        meetings = _add_meetings(g, _meetings(store), opts, lists=False)
    produced = _add_documents(g, store, opts)
    g = _finish(g, opts)
    _cap_documents(g, edges=True)  # the parties' lists, before the cut: "expand" shows them capped too
    note = ""
    if focus:
        _keys(g)
        g, node = ego(g, focus, depth)
        note = f"Окружение: {g.nodes[node]['label']} (глубина {depth})."
    if whole is not None:
        whole.append(g)
    g, reduced = reduce(g, max_nodes)
    _keys(g)
    _date_posts(g, store)
    _participants_documents(g, produced, _list_meetings(g, store, meetings))
    _cap_documents(g, edges=False)  # the persons' lists
    return g, " ".join(x for x in (note, reduced) if x)


def _taken_part(g: nx.Graph, store, meetings: dict[str, Meeting] | None) -> dict[str, Meeting]:
    """The meetings of the drawn persons (those in the period when ``meetings`` is given, else read)."""
    persons = {n for n, d in g.nodes(data=True) if d["kind"] == "person"}
    if meetings is not None:
        return {iri: m for iri, m in meetings.items() if persons.intersection(m.participants)}
    rows = []
    for values in _values("x", persons):
        rows += _rows(store, _TAKEN_PART.replace("$VALUES", values))
    wanted = {r["m"] for r in rows}
    typed = {r["m"] for r in _rows(store, _SCANS["type"])} & wanted
    dates: dict[str, list[str]] = {}
    for r in _rows(store, _SCANS["date"]):
        if r["m"] in typed:
            dates.setdefault(r["m"], []).append(r["date"])
    codes: dict[str, list[str]] = {}
    for r in _rows(store, _SCANS["code"]):
        codes.setdefault(r["k"], []).append(r["c"])
    kinds: dict[str, list[str]] = {}
    for r in _rows(store, _SCANS["kind"]):
        if r["m"] in typed:
            kinds.setdefault(r["m"], []).extend(codes.get(r["k"], ()))
    facts = [
        {
            "m": r["m"],
            "ps": r["x"],
            "date": min(dates.get(r["m"], [""])),
            "kind": min(kinds.get(r["m"], [""])),
        }
        for r in rows
        if r["m"] in typed
    ]
    return {m.iri: m for m in merged(facts)}


def _list_meetings(g: nx.Graph, store, meetings: dict[str, Meeting] | None) -> dict[str, Meeting]:
    """The latest ``LISTED`` meetings of each drawn person and ``met`` edge, with how many there are; the
    edges' dates are all their meetings' dates (the page's period slider). Returns the drawn persons'
    meetings."""
    taken = _taken_part(g, store, meetings)
    latest = sorted(taken.values(), key=lambda m: (m.date, m.iri), reverse=True)
    of: dict[str, list[Meeting]] = {}
    for m in latest:
        for p in m.participants:
            if p in g:
                of.setdefault(p, []).append(m)
    listed: dict[str, list[Meeting]] = {p: ms[:LISTED] for p, ms in of.items()}
    shared: dict[tuple, list[Meeting]] = {}
    for a, b, d in g.edges(data=True):
        if d["relation"] == "met":
            mine = {m.iri for m in of.get(b, ())}
            shared[(a, b)] = [m for m in of.get(a, ()) if m.kind and m.iri in mine]
    wanted = {m.iri for ms in listed.values() for m in ms} | {
        m.iri for ms in shared.values() for m in ms[:LISTED]
    }
    if meetings is None:  # the listed ones' places, read for them only
        for values in _values("m", wanted):
            for row in _rows(store, _PLACES_OF.replace("$VALUES", values)):
                m = taken[row["m"]]
                for k in ("iso", "city"):
                    if row.get(k) and (not getattr(m, k) or row[k] < getattr(m, k)):
                        setattr(m, k, row[k])
    for p, ms in of.items():
        d = g.nodes[p]
        d["meeting_count"] = len(ms)
        d["meetings"] = [m.describe() for m in listed[p]] + (
            [_more(len(ms) - LISTED)] if len(ms) > LISTED else []
        )
    for (a, b), ms in shared.items():
        d = g.edges[a, b]
        d["dates"] = sorted(m.date for m in ms if m.date)
        d["items"] = [m.describe() for m in ms[:LISTED]] + (
            [_more(len(ms) - LISTED)] if len(ms) > LISTED else []
        )
    return taken


def _cap_documents(g: nx.Graph, edges: bool) -> None:
    """The latest ``LISTED`` documents of each node and ``signed`` edge not capped yet (texts begin with
    the date: the latest first, as the summary's actor entries keep them)."""
    for _n, d in g.nodes(data=True):
        if d.get("documents") and "document_count" not in d:
            d["document_count"] = len(set(d["documents"]))
            d["documents"] = latest_texts(d["documents"])
    for _a, _b, d in g.edges(data=True) if edges else ():
        if d["relation"] == "signed":
            d["items"] = latest_texts(d["items"])


def find_node(g: nx.Graph, name: str) -> str:
    """The node an IRI or a name denotes; names match as in the page's search, the best-linked match wins."""
    from kg.errors import InputError
    from kg.rdf.searchkeys import fold, matches

    if name in g:
        return name
    folded = fold(name.strip())
    exact = [n for n, d in g.nodes(data=True) if fold(d["label"]) == folded]
    hits = exact or [n for n, d in g.nodes(data=True) if matches(name, d["key"])]
    if not hits:
        raise InputError(f"--focus {name!r}: no person, country or organization of that name in the graph")
    return max(hits, key=lambda n: (g.nodes[n]["kind"] == "person", g.nodes[n]["degree"], n))


def ego(g: nx.Graph, name: str, depth: int = 1) -> tuple[nx.Graph, str]:
    """The neighbourhood of ``name`` up to ``depth`` links, and the node found."""
    node = find_node(g, name)
    return nx.ego_graph(g, node, radius=depth).copy(), node


def reduce(g: nx.Graph, max_nodes: int) -> tuple[nx.Graph, str]:
    """At most ``max_nodes`` nodes: every country, then the most linked actors; a dropped person is
    counted on the country of its post (countries act as clusters). Returns the graph and a note."""
    if g.number_of_nodes() <= max_nodes:
        return g, ""
    countries = [n for n, d in g.nodes(data=True) if d["kind"] == "country"]
    others = sorted((n for n in g if n not in set(countries)), key=lambda n: (-g.nodes[n]["degree"], n))
    keep = set(countries[:max_nodes]) | set(others[: max(0, max_nodes - len(countries))])
    small = g.subgraph(keep).copy()
    for n in others:
        iso = g.nodes[n]["country"]
        if n not in keep and iso and country_iri(iso) in small:
            c = small.nodes[country_iri(iso)]
            c["folded"] = c.get("folded", 0) + 1
    note = (
        f"Показаны {small.number_of_nodes()} из {g.number_of_nodes()} узлов: страны и самые связанные "
        f"участники; остальные учтены в своих странах (--max-nodes {max_nodes})."
    )
    return small, note


def oriented(g: nx.Graph, a: str, b: str) -> tuple[str, str]:
    """An edge's ends in reading order: a post or a seat points from the actor to its country."""
    return (b, a) if g.nodes[a]["kind"] == "country" else (a, b)
