"""`kg viz` of the whole store from the summary's actor entries (issue 14): the most linked actors read
without reading the rest.

The drawing of kg/network/actors.py, reduced to ``--max-nodes``, is every country and the others with
the highest weighted degree. The summary keeps each actor's degree (``dip:actorDegree``,
kg/ingest/actorsummary.py), so the cut is found by one ordered scan of integers, and only the drawn
actors' entries are read: their label, search key, posts and lists (``dip:actorData``), their ``met``
and ``signed`` links with their dates and listed items (``dip:ActorLink``, one entry per link). Nothing of the articles is
read. The other actors are counted on their countries by one grouped scan of ``dip:actorCountry``.

The page's "expand" (kg/web/tools.py) embeds, for the most linked drawn actors, their left-out
neighbours, the most linked first. Those are looked for among the ``BAND`` actors that follow the
cut (ranked by degree as the cut is), whose data is read too: what this returns
as the network "before the cut" is the drawn actors, that band, and the links between them. A store
with fewer than ``--max-nodes`` + ``BAND`` actors gives the same page as the drawing from the articles;
on a larger one, a drawn actor whose left-out neighbours all rank below the band gets fewer of them
(tests/network/test_drawn.py and NOTES.md, issue 14, tenth session).
"""

from __future__ import annotations

import json
from collections import defaultdict

import networkx as nx

from kg.ingest.actorfacts import rows_for
from kg.ingest.actorsummary import country_iri
from kg.network.nodes import add_node, add_post, link
from kg.store.base import SUMMARY_GRAPH, select_text

BAND = 5000  # actors after the cut looked at for "expand" (kg/web/tools.py's MORE_TOTAL)
PER_NODE = 25  # left-out neighbours "expand" adds per node (kg/web/tools.py's MORE_PER_NODE)

_G = f"GRAPH <{SUMMARY_GRAPH}>"
_COUNTRIES = (
    f"SELECT ?a ?n ?j WHERE {{ {_G} {{ ?e dip:countryDegree ?n ; dip:actorOf ?a ; dip:actorData ?j }} }}"
)
_TOTAL = f"SELECT (COUNT(*) AS ?n) WHERE {{ {_G} {{ ?e dip:actorDegree ?d }} }}"
_CUT = f"SELECT ?n WHERE {{ {_G} {{ ?e dip:actorDegree ?n }} }} ORDER BY DESC(?n) OFFSET $K LIMIT 1"
_TOP = f"""SELECT ?a ?n ?j WHERE {{ {_G} {{ ?e dip:actorDegree ?n FILTER (?n >= $T)
  ?e dip:actorOf ?a ; dip:actorData ?j }} }}"""
_FOLDED = f"SELECT ?c (COUNT(*) AS ?n) WHERE {{ {_G} {{ ?e dip:actorCountry ?c }} }} GROUP BY ?c"
_LINKS = f"SELECT ?a ?j WHERE {{ $VALUES {_G} {{ ?e dip:linkOf ?a ; dip:linkData ?j }} }}"


def _ranked(store, k: int) -> tuple[list[tuple[str, int, dict]], int]:
    """The first ``k`` + ``BAND`` non-country actors by degree (ties by IRI) with their data, and how
    many there are."""
    total = int(select_text(store, _TOTAL)[0]["n"])
    cut = select_text(store, _CUT.replace("$K", str(max(0, k + BAND - 1))))
    floor = int(cut[0]["n"]) if cut else 0
    rows = [(r["a"], int(r["n"]), r["j"]) for r in select_text(store, _TOP.replace("$T", str(floor)))]
    rows = sorted(rows, key=lambda r: (-r[1], r[0]))[: k + BAND]
    return [(a, n, json.loads(j)) for a, n, j in rows], total


def _partners(store, actors) -> dict[str, list]:
    """The drawn actors' links: [[neighbour, weight, dates, items], …]."""
    out: dict[str, list] = defaultdict(list)
    for r in rows_for(store, _LINKS, "a", actors):
        out[r["a"]].extend(json.loads(r["j"]))
    for mine in out.values():
        mine.sort(key=lambda x: x[0])
    return dict(out)


def from_entries(store, max_nodes: int, whole: list | None = None) -> tuple[nx.Graph, str]:
    """The drawing of the whole store (as ``drawn_network`` with no filter or focus) from the entries."""
    countries = sorted((r["a"], int(r["n"]), json.loads(r["j"])) for r in select_text(store, _COUNTRIES))
    k = max(0, max_nodes - len(countries))
    ranked, total = _ranked(store, k)
    drawn = {a for a, _, _ in ranked[:k]} | {c for c, _, _ in countries}
    data = {a: (n, d) for a, n, d in countries + ranked}
    links = _partners(store, drawn)
    g = _structure(data, links)
    ring = _first_ring(g, drawn)
    if ring:  # their own links, so that "expand" can go on from a node it added
        links.update(_partners(store, ring))
        g = _structure(data, links)
    if whole is not None:
        whole.append(g)
    small = g.subgraph(n for n in g if n in drawn).copy()
    for n, d in small.nodes(data=True):
        d.update(_lists(data[n][1]))
    _edge_lists(small, data, links)
    if total + len(countries) <= max_nodes:
        return small, ""
    for row in select_text(store, _FOLDED):  # the others, counted on their countries
        c = country_iri(row["c"])
        if c in small:
            here = sum(1 for n in drawn if n != c and small.nodes[n]["country"] == row["c"])
            if int(row["n"]) > here:
                small.nodes[c]["folded"] = int(row["n"]) - here
    note = (
        f"Показаны {small.number_of_nodes()} из {total + len(countries)} узлов: страны и самые связанные "
        f"участники; остальные учтены в своих странах (--max-nodes {max_nodes})."
    )
    return small, note


def _first_ring(g: nx.Graph, drawn: set[str]) -> set[str]:
    """The band actors "expand" can add to a drawn one (its ``PER_NODE`` most linked left-out
    neighbours by any link: met, signed, a post, a seat), whose own links the page needs so that an
    added node can be expanded in its turn."""
    ring: set[str] = set()
    for a in drawn & set(g):
        left = [q for q in g[a] if q not in drawn]
        ring.update(sorted(left, key=lambda q: (-g.nodes[q].get("degree", 0), q))[:PER_NODE])
    return ring


def _structure(data: dict[str, tuple[int, dict]], links: dict[str, list]) -> nx.Graph:
    """The drawn actors and the band with their posts and links (no lists yet), in the drawing's order:
    countries, then parties, then persons, each by IRI."""
    g = nx.Graph()
    order = {"country": 0, "organization": 1, "person": 2}
    for a in sorted(data, key=lambda a: (order[data[a][1]["kind"]], a)):
        degree, d = data[a]
        add_node(g, a, d["label"], d["kind"], d["iso"])
        if d.get("latestDocuments") and d["kind"] != "person":
            g.nodes[a]["documents"], g.nodes[a]["document_count"] = d["latestDocuments"], d["documents"]
    for a in g:
        for row in data[a][1].get("posts", ()):
            add_post(g, row)
    for a in g:
        d = g.nodes[a]
        if d["kind"] == "organization" and d["country"]:
            link(g, a, country_iri(d["country"]), "located_in")
    for a in sorted(links):
        for q, weight, dates, items in links[a]:
            if q in g and not g.has_edge(a, q):
                relation = "met" if data[a][1]["kind"] == "person" else "signed"
                link(g, a, q, relation)
                edge = g.edges[a, q]
                edge["weight"] = weight
                if relation == "signed":
                    edge["dates"], edge["items"] = dates, items
    for n in g:
        g.nodes[n]["degree"] = data[n][0]
    return g


def _lists(d: dict) -> dict:
    """A drawn actor's search key and lists of meetings and documents, as its entry keeps them."""
    out: dict = {"key": d["key"]}
    if d.get("meetings"):
        out["meeting_count"], out["meetings"] = d["meetings"], d["latestMeetings"]
    if d["kind"] == "person" and d.get("latestDocuments"):
        out["documents"], out["document_count"] = d["latestDocuments"], d["documents"]
    return out


def _edge_lists(g: nx.Graph, data: dict, links: dict[str, list]) -> None:
    """The drawn ``met`` edges' dates and items, and the posts' latest statement dates."""
    for a, d in g.nodes(data=True):
        if d["kind"] != "person":
            continue
        for q, _weight, dates, items in links.get(a, ()):
            if a < q and g.has_edge(a, q):
                g.edges[a, q]["dates"], g.edges[a, q]["items"] = dates, items
        on = data[a][1].get("postDates", {})
        for post, iso in d.get("held", ()):
            c = country_iri(iso) if iso else None
            if c and g.has_edge(a, c) and on.get(post):
                g.edges[a, c]["dates"].append(on[post])
        for c in g[a]:
            if g.edges[a, c]["relation"] == "holds_post":
                g.edges[a, c]["dates"].sort()
