"""Graph analytics with networkx: who is central among persons, organizations and countries."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from kg.store.base import SUMMARY_GRAPH
from kg.store.stats import class_counts, selector  # noqa: F401 - class_counts re-exported for `kg stats`

if TYPE_CHECKING:  # networkx is imported where a network is built: `kg stats` reading the kept table
    import networkx as nx  # needs none of it (half a second of its start)


@dataclass
class Centrality:
    iri: str
    label: str
    kind: str
    degree: float
    betweenness: float


# Each query yields (a, b, why) pairs of actors the graph relates.
_LINKS = {
    "met": """SELECT ?a ?b WHERE { ?m a dip:Meeting ; dip:participant ?a, ?b . FILTER (STR(?a) < STR(?b)) }""",
    "post": """SELECT ?a ?b WHERE { ?a dip:holdsPost/dip:postIn ?b }""",
    "country": """SELECT ?a ?b WHERE { ?a a dip:Organization ; dip:country ?b }""",
    "signed": """SELECT ?a ?b WHERE { ?d dip:party ?a, ?b . FILTER (STR(?a) < STR(?b)) }""",
    "visited": """SELECT ?a ?b WHERE { ?v a dip:Visit ; dip:visitor ?a ; dip:hostCountry ?b }""",
}
# the same pairs, read from the summary graph (kg/ingest/summary.py) when it is fresh: one row per pair
# instead of one per meeting and pair; centrality counts links, not their weight, so the result is the same
# (the summary counts meetings with a kind, and ontology/shapes.ttl gives every meeting one)
_SUMMARY_MET = f"""SELECT ?a ?b WHERE {{ GRAPH <{SUMMARY_GRAPH}> {{
    ?e a dip:MeetingPair ; dip:pairMember ?a, ?b }} FILTER (STR(?a) < STR(?b)) }}"""
_ACTORS = """SELECT ?n ?kind (SAMPLE(?l) AS ?label) WHERE {
    VALUES (?cls ?kind) { (dip:Person "person") (dip:Organization "organization") (dip:Country "country") }
    ?n a ?cls . OPTIONAL { ?n rdfs:label ?l } } GROUP BY ?n ?kind"""


def actor_graph(source, summary: bool = False) -> nx.Graph:
    """Persons, organizations and countries, linked when the graph relates them:
    two participants of one meeting, a person and the organization of their post,
    an organization and its country, the parties of one document, a visitor and the host.

    ``source`` is a store (queried where the data lives) or an rdflib Graph; with ``summary``, who met
    whom is read from the store's summary graph."""
    import networkx as nx

    select = selector(source)
    G = nx.Graph()
    for n, kind, label in select(_ACTORS):
        G.add_node(n, kind=str(kind), label=str(label) if label is not None else str(n).rsplit("/", 1)[-1])
    for why, query in _LINKS.items():
        for a, b in select(_SUMMARY_MET if summary and why == "met" else query):
            if a == b:
                continue
            for node in (a, b):
                if node not in G:
                    G.add_node(node, kind="other", label=str(node).rsplit("/", 1)[-1])
            w = G.edges[a, b]["weight"] + 1 if G.has_edge(a, b) else 1
            G.add_edge(a, b, weight=w, why=why)
    return G


PIVOTS, SEED = 500, 7  # betweenness from 500 sources drawn with random.Random(7), as networkx draws them
_BATCH = 64  # sources walked at once: a few dense n-by-64 arrays (55k actors at ten million: ~28 MB each)


def betweenness_centrality(G: nx.Graph, k: int | None = None, seed: int = SEED) -> dict:
    """Brandes's betweenness of an unweighted undirected graph, normalized, endpoints excluded: what
    ``nx.betweenness_centrality(G, k=k, seed=seed)`` gives (the same sources, drawn by
    ``random.Random(seed).sample(list(G), k)``, the same rescaling), up to the rounding of the sums.

    networkx walks each source in Python (at a million triples 28 s of `kg summarize` for 500 sources,
    at three million ~290 s); here the breadth-first passes of ``_BATCH`` sources at a time are sparse
    matrix products: the number of shortest paths to each node level by level, then the dependencies back
    from the deepest level (``delta[v] += sigma[v] * sum over successors w of (1 + delta[w]) / sigma[w]``)."""
    import random

    import numpy as np
    from scipy import sparse

    nodes = list(G)
    n = len(nodes)
    if n < 3:
        return dict.fromkeys(nodes, 0.0)
    if k is not None and k >= n:
        k = None
    sources = nodes if k is None else random.Random(seed).sample(nodes, k)
    index = {v: i for i, v in enumerate(nodes)}
    rows = [index[a] for a, b in G.edges() if a != b]
    cols = [index[b] for a, b in G.edges() if a != b]
    A = sparse.csr_matrix((np.ones(2 * len(rows)), (rows + cols, cols + rows)), shape=(n, n))
    total = np.zeros(n)
    src = np.array([index[s] for s in sources])
    for start in range(0, len(src), _BATCH):
        batch = src[start : start + _BATCH]
        cols_ = np.arange(len(batch))
        sigma = np.zeros((n, len(batch)))
        dist = np.full((n, len(batch)), -1, dtype=np.int32)
        sigma[batch, cols_] = 1.0
        dist[batch, cols_] = 0
        frontier = sigma.copy()
        depth = 0
        while True:
            reached = A @ frontier
            new = (dist < 0) & (reached > 0)
            if not new.any():
                break
            depth += 1
            dist[new] = depth
            sigma[new] = reached[new]
            frontier = np.where(new, reached, 0.0)
        delta = np.zeros((n, len(batch)))
        with np.errstate(divide="ignore", invalid="ignore"):
            for d in range(depth, 0, -1):
                coeff = np.where(dist == d, (1.0 + delta) / sigma, 0.0)
                back = A @ coeff
                delta += np.where(dist == d - 1, sigma * back, 0.0)
        delta[batch, cols_] = 0.0  # a source's own dependency is not its betweenness
        total += delta.sum(axis=1)
    N = n - 1  # endpoints excluded
    if k is None:
        scale = np.full(n, 1 / (N * (N - 1)))
    else:
        scale = np.full(n, 1 / (k * (N - 1)))
        scale[src] = 1 / ((k - 1) * (N - 1)) if k > 1 else float("nan")
    return {v: float(b) for v, b in zip(nodes, total * scale)}


def centrality(source, top: int | None = 10, summary: bool = False) -> list[Centrality]:
    """Degree and betweenness centrality of the actors (of a store or a Graph), most central first
    (``summary``: who met whom from the store's fresh summary graph)."""
    import networkx as nx

    G = actor_graph(source, summary)
    if G.number_of_nodes() == 0:
        return []
    degree = nx.degree_centrality(G)
    betweenness = (
        betweenness_centrality(G, k=min(PIVOTS, G.number_of_nodes()), seed=SEED)
        if G.number_of_nodes() > 2
        else {n: 0.0 for n in G}
    )
    rows = [
        Centrality(str(n), G.nodes[n]["label"], G.nodes[n]["kind"], degree[n], betweenness[n])
        for n in G
        if G.nodes[n]["kind"] != "other"
    ]
    rows.sort(key=lambda r: (-r.betweenness, -r.degree, r.label))
    return rows[:top] if top else rows
