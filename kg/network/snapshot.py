"""The most central actors as `kg summarize` computed them, kept in ``igr:graph/centrality`` (issue 14).

`kg stats` lists the most central actors by degree and betweenness. Betweenness is a property of the
whole network: one article anywhere can change every actor's figure, so no summary entry kept by key
can hold it, and it costs what the network costs: at a million triples reading the actor network took
3 s and betweenness with 500 pivots 28 s through networkx, ten times that at ten million. Betweenness
is now computed with sparse matrix products (kg/network/analytics.py: the same sources, the same figures,
~20× faster), but reading the network still grows with the store, so the table is computed where
time is expected: `kg summarize` computes it as `kg stats` did (same pivots, same seed) and keeps its
first ``TOP`` rows with the number of articles it was computed over. `kg stats` prints them when they are there, and says
over how many articles they were computed and how many the store has now; `kg stats --live` computes
them again. Ingest does not recompute them (every run would pay what a `kg stats` paid); removing the
graph (or a store that never ran `kg summarize`) brings back the live computation.
"""

from __future__ import annotations

from dataclasses import dataclass

from rdflib import Literal, URIRef
from rdflib.namespace import RDF, RDFS

from kg.network.analytics import Centrality, centrality
from kg.rdf.ontology import DIP, IGR
from kg.rdf.rdfio import nt
from kg.store.base import CENTRALITY_GRAPH, Store

TOP = 100  # rows kept: `kg stats --top N` up to this reads them


@dataclass
class Snapshot:
    rows: list[Centrality]
    articles: int  # articles the figures were computed over


def article_count(store: Store) -> int:
    """Articles of the store: its article graphs (what `kg stats` prints), counted by the engine (listing
    the graphs' names into Python took 0.3 s at a million triples, 11 ms this way)."""
    (n,) = store.query(
        'SELECT (COUNT(DISTINCT ?g) AS ?n) WHERE { GRAPH ?g { ?a a dip:Article } FILTER (CONTAINS(STR(?g), "/article/")) }'
    ).rows[0]
    return int(n)


def save(store: Store, summary: bool) -> Snapshot:
    """Compute the most central actors (``summary``: who met whom from the fresh summary) and keep them,
    replacing what was kept before, in one transaction."""
    rows = centrality(store, TOP, summary=summary)
    articles = article_count(store)
    node = URIRef(str(CENTRALITY_GRAPH))
    triples = {(node, RDF.type, DIP.CentralitySnapshot), (node, DIP.computedOver, Literal(articles))}
    triples.add((node, DIP.snapshotRows, Literal(len(rows))))
    for rank, row in enumerate(rows, 1):
        e = IGR[f"centrality/{rank}"]
        triples |= {
            (e, RDF.type, DIP.CentralActor),
            (e, DIP.rank, Literal(rank)),
            (e, DIP.actor, URIRef(row.iri)),
        }
        triples |= {(e, RDFS.label, Literal(row.label)), (e, DIP.actorKind, Literal(row.kind))}
        triples |= {(e, DIP.degree, Literal(row.degree)), (e, DIP.betweenness, Literal(row.betweenness))}
    store.update_named(
        f"DROP SILENT GRAPH <{CENTRALITY_GRAPH}> ;\nINSERT DATA {{ GRAPH <{CENTRALITY_GRAPH}> {{\n{nt(triples)}}} }}"
    )
    return Snapshot(rows, articles)


def saved(store: Store, top: int) -> Snapshot | None:
    """The kept table's first ``top`` rows, or None when there is none or it is shorter than asked
    (``top`` above ``TOP`` for a network that had more actors)."""
    if top <= 0:  # every actor: only the live computation has them all
        return None
    g = f"GRAPH <{CENTRALITY_GRAPH}>"
    head = store.query(
        f"SELECT ?n ?k WHERE {{ {g} {{ ?s dip:computedOver ?n ; dip:snapshotRows ?k }} }}"
    ).rows
    if not head or (top > int(head[0][1]) and int(head[0][1]) >= TOP):
        return None
    rows = store.query(
        f"SELECT ?a ?l ?kind ?d ?b WHERE {{ {g} {{ ?e dip:rank ?r ; dip:actor ?a ; rdfs:label ?l ; "
        f"dip:actorKind ?kind ; dip:degree ?d ; dip:betweenness ?b }} FILTER (?r <= {int(top)}) }} ORDER BY ?r"
    ).rows
    table = [Centrality(str(a), str(label), str(k), float(d), float(b)) for a, label, k, d, b in rows]
    return Snapshot(table, int(head[0][0]))
