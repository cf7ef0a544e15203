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
"""

from __future__ import annotations

from dataclasses import dataclass, field
from itertools import combinations

import networkx as nx

from kg.network.searchkeys import search_key
from kg.rdf.ontology import MEETING_KINDS, ROLES, VISIT_KINDS

KIND_LABELS = {
    "person": ("Персона", "Person"),
    "country": ("Страна", "Country"),
    "organization": ("Организация", "Organization"),
}
RELATIONS = {  # relation -> (Russian, English)
    "met": ("встречи", "met"),
    "holds_post": ("занимает должность в", "holds a post in"),
    "signed": ("подписали вместе", "signed together"),
    "located_in": ("находится в", "located in"),
}

_MEETINGS = """SELECT ?m ?date ?kind ?iso ?city (GROUP_CONCAT(DISTINCT STR(?p); separator=" ") AS ?ps) WHERE {
  ?m a dip:Meeting . OPTIONAL { ?m dip:participant ?p }
  OPTIONAL { ?m dip:date ?date } OPTIONAL { ?m dip:kind/skos:notation ?kind }
  OPTIONAL { ?m dip:heldIn/dip:isoCode ?iso } OPTIONAL { ?m dip:city/rdfs:label ?city }
} GROUP BY ?m ?date ?kind ?iso ?city"""
_DOCUMENTS = """SELECT ?d ?label ?date (GROUP_CONCAT(DISTINCT STR(?o); separator=" ") AS ?parties)
  (SAMPLE(?m) AS ?meeting) WHERE {
  ?d a dip:Document . OPTIONAL { ?d rdfs:label ?label } OPTIONAL { ?d dip:party ?o }
  OPTIONAL { ?m dip:produced ?d . OPTIONAL { ?m dip:date ?date } }
} GROUP BY ?d ?label ?date"""
# persons who hold a post or take part in a meeting, and the posts with a role and a body of each (with
# the latest date a holding states): two queries, since one with a UNION of posts and participations ran the
# posts' OPTIONAL once per meeting a person took part in (8.5 s at a million triples against 2.1 + 5.4 s,
# load average 5; most of the rest is the latest date over a hub's thousands of holdings). The persons'
# query is also what a network built from the summary's pairs needs (NOTES.md, issue 14, open ends)
_PERSONS = """SELECT ?p ?name WHERE {
  ?p a dip:Person ; rdfs:label ?name . FILTER EXISTS { { ?p dip:holdsPost ?x } UNION { ?m dip:participant ?p } } }"""
_POSTS = """SELECT ?p ?post ?role ?org ?orgname ?iso (MAX(?stated) AS ?on) WHERE {
  ?p a dip:Person ; dip:holdsPost ?post . ?post dip:role/skos:notation ?role ; dip:postIn ?org .
  OPTIONAL { ?org rdfs:label ?orgname } OPTIONAL { ?org dip:country/dip:isoCode ?iso }
  OPTIONAL { ?h dip:holder ?p ; dip:heldPost ?post ; dip:statedOn ?stated }
} GROUP BY ?p ?post ?role ?org ?orgname ?iso"""
_PLACES = """SELECT ?x ?label ?iso ?class WHERE {
  { ?x a dip:Country . BIND("country" AS ?class) OPTIONAL { ?x dip:isoCode ?iso } }
  UNION { ?d dip:party ?x . BIND("organization" AS ?class) OPTIONAL { ?x dip:country/dip:isoCode ?iso } }
  OPTIONAL { ?x rdfs:label ?label }
}"""


@dataclass
class Meeting:
    iri: str
    date: str
    kind: str
    iso: str
    city: str
    participants: list[str] = field(default_factory=list)

    def describe(self) -> str:
        kind = (MEETING_KINDS.get(self.kind) or VISIT_KINDS.get(self.kind) or ("", "встреча"))[1]
        place = ", ".join(x for x in (self.city, self.iso) if x)
        return " ".join(x for x in (self.date, kind, f"({place})" if place else "") if x)


def _value(row: dict, name: str) -> str:
    return row.get(name, "")


def _rows(store, query: str) -> list[dict[str, str]]:
    """Rows as {variable: lexical value}; unbound variables are absent."""
    result = store.query(query)
    return [{v: str(x) for v, x in zip(result.variables, row) if x is not None} for row in result.rows]


def country_iri(iso: str) -> str:
    from kg.rdf.ontology import IGR

    return str(IGR[f"country/{iso}"])


def english_name(iri: str) -> str:
    """Persons carry only Russian labels; their IRI slug is a readable Latin transliteration."""
    tail = iri.rstrip("/").rsplit("/", 1)[-1]
    return " ".join(w.capitalize() for w in tail.replace("-", " ").split()) if tail else iri


def _add_node(g: nx.Graph, iri: str, label: str, kind: str, iso: str = "") -> None:
    if iri in g:
        return
    en = iri.rsplit("/", 1)[-1] if kind == "country" else english_name(iri)
    g.add_node(iri, label=label or en, label_en=en, kind=kind, country=iso, key=search_key(label or en, en))


def _link(g: nx.Graph, a: str, b: str, relation: str, date: str = "", item: str = "") -> None:
    if a == b or a not in g or b not in g:
        return
    if not g.has_edge(a, b):
        ru, en = RELATIONS[relation]
        g.add_edge(a, b, relation=relation, label=ru, label_en=en, weight=0, dates=[], items=[])
    data = g.edges[a, b]
    data["weight"] += 1
    if date:
        data["dates"].append(date)
    if item and item not in data["items"]:
        data["items"].append(item)


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
    out = []
    for row in _rows(store, _MEETINGS):
        m = Meeting(
            _value(row, "m"),
            _value(row, "date"),
            _value(row, "kind"),
            _value(row, "iso"),
            _value(row, "city"),
            sorted(_value(row, "ps").split()),
        )
        out.append(m)
    return sorted(out, key=lambda m: (m.date, m.iri))


def _person_rows(store) -> list[dict[str, str]]:
    """A row per person and post (a person without a post with a role: one row without it)."""
    held: dict[str, list[dict[str, str]]] = {}
    for row in _rows(store, _POSTS):
        held.setdefault(row["p"], []).append(row)
    out = []
    for row in _rows(store, _PERSONS):
        out += [{**r, "name": row["name"]} for r in held.get(row["p"], ())] or [row]
    return out


def _add_actors(g: nx.Graph, store) -> None:
    """Countries, signing organizations, and persons with their posts (``holds_post`` edges)."""
    for row in _rows(store, _PLACES):
        iso = _value(row, "iso")
        _add_node(g, _value(row, "x"), _value(row, "label"), _value(row, "class"), iso)
    for row in _person_rows(store):
        person, iso, role = _value(row, "p"), _value(row, "iso"), _value(row, "role")
        _add_node(g, person, _value(row, "name"), "person")
        if not role:
            continue
        post = f"{ROLES.get(role, (role, role))[1]} — {_value(row, 'orgname')}"
        g.nodes[person].setdefault("posts", []).append(post)
        if iso:
            g.nodes[person]["country"] = g.nodes[person]["country"] or iso
            _link(g, person, country_iri(iso), "holds_post", _value(row, "on"), post)
    for node, data in g.nodes(data=True):
        if data["kind"] == "organization" and data["country"]:
            _link(g, node, country_iri(data["country"]), "located_in")


def _add_meetings(g: nx.Graph, meetings: list[Meeting], opts: NetworkOptions) -> dict[str, Meeting]:
    kept = {}
    for m in meetings:
        if not _in_range(m.date, opts.since, opts.until):
            continue
        kept[m.iri] = m
        text = m.describe()
        for p in m.participants:
            if p in g:
                g.nodes[p].setdefault("meetings", []).append(text)
        for a, b in combinations(m.participants, 2):
            _link(g, a, b, "met", m.date, text)
    return kept


def _add_documents(g: nx.Graph, store, meetings: dict[str, Meeting], opts: NetworkOptions) -> None:
    for row in _rows(store, _DOCUMENTS):
        date, label = _value(row, "date"), _value(row, "label") or "документ"
        if not _in_range(date, opts.since, opts.until):
            continue
        text = f"{date} {label}".strip()
        parties = sorted(_value(row, "parties").split())
        for o in parties:
            if o in g:
                g.nodes[o].setdefault("documents", []).append(text)
        meeting = meetings.get(_value(row, "meeting"))
        for p in meeting.participants if meeting else ():
            if p in g:
                g.nodes[p].setdefault("documents", []).append(text)
        for a, b in combinations(parties, 2):
            _link(g, a, b, "signed", date, text)


def _touches_country(g: nx.Graph, iso: str) -> nx.Graph:
    """Edges with an end in the country (the country itself, its officials, its bodies) and their nodes."""
    own = {n for n, d in g.nodes(data=True) if d["country"] == iso}
    if not own:
        from kg.errors import InputError

        raise InputError(f"--country {iso}: no actor of that country in the store")
    edges = [(a, b) for a, b in g.edges if a in own or b in own]
    return g.edge_subgraph(edges).copy() if edges else g.subgraph(own).copy()


def actor_network(store, opts: NetworkOptions | None = None) -> nx.Graph:
    """The actor network of the store (see the module docstring), filtered by ``opts``."""
    opts = opts or NetworkOptions()
    g = nx.Graph()
    _add_actors(g, store)
    meetings = _add_meetings(g, _meetings(store), opts)
    _add_documents(g, store, meetings, opts)
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


def find_node(g: nx.Graph, name: str) -> str:
    """The node an IRI or a name denotes; names match as in the page's search, the best-linked match wins."""
    from kg.errors import InputError
    from kg.network.searchkeys import fold, matches

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
