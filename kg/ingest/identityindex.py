"""The identity index: which article graphs name which person and body blocks, kept in the store.

Consolidation (``resolve.py``) clusters persons by the folded surname of their names
(``persons.surname_key``) and bodies by their normalized name and state (``bodies.body_key``).
An incremental run (``incremental.py``) reads only the blocks a change touches, so it must find
every article graph naming a block without reading every person of the store; SPARQL cannot
search names by their folded surname, so this graph keeps, for each article graph, its keys:

    <article graph> dip:personKey "мамин" ; dip:bodyKey "министерство …\\tKZ" .

The keys of a graph are those of the names its text gave (``dip:nameInText``, else the label),
after the analyst's aliases, so consolidation's own rewrites never change them: the index is a
function of the set of articles and the aliases, the same whatever the order of ingest. It lives
in ``igr:graph/identity``, outside the merged default graph like the summary, with a state:
"fresh" when every article graph is consolidated and indexed, "stale" from the first write of a
run until its consolidation ends (a run that died in between leaves it stale, and the next one
consolidates in full and rebuilds the index).
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable

from rdflib import Literal, URIRef
from rdflib.namespace import RDF

from kg.ingest.aggregates import chunks, graph_state, iris
from kg.ingest.persons import surname_key
from kg.keys import normalize_key
from kg.rdf.ontology import DIP
from kg.rdf.rdfio import nt
from kg.store.base import IDENTITY_GRAPH, Store

VERSION = 1  # bump when keys change: an index of another version is rebuilt by a full consolidation
FRESH, STALE = "fresh", "stale"
_NODE = URIRef(str(IDENTITY_GRAPH))


def person_keys(names: Iterable[str], aliases: dict[str, str]) -> set[str]:
    """The blocks of a graph's person names (``aliases``: normalized variant -> canonical name)."""
    keys = {surname_key(aliases.get(normalize_key(n), n)) for n in names}
    return keys - {""}


def state(store: Store) -> str | None:
    """ "fresh", "stale", or None when the store has no index (one of another version counts as stale)."""
    return graph_state(store, _NODE, DIP.identityState, DIP.identityVersion, VERSION)


def _state_update(value: str) -> str:
    triples = {
        (_NODE, RDF.type, DIP.IdentityIndex),
        (_NODE, DIP.identityState, Literal(value)),
        (_NODE, DIP.identityVersion, Literal(VERSION)),
    }
    return (
        f"DELETE WHERE {{ GRAPH <{IDENTITY_GRAPH}> {{ <{IDENTITY_GRAPH}> ?p ?o }} }} ;\n"
        f"INSERT DATA {{ GRAPH <{IDENTITY_GRAPH}> {{\n{nt(triples)}}} }}"
    )


def mark_stale(store: Store) -> None:
    """Say, before articles change, that the index and the identity of nodes may no longer match them."""
    store.update_named(_state_update(STALE))


def _entries(keys: dict[str, tuple[set[str], set[str]]]) -> set[tuple]:
    out = set()
    for graph, (persons, bodies) in keys.items():
        out |= {(URIRef(graph), DIP.personKey, Literal(k)) for k in persons}
        out |= {(URIRef(graph), DIP.bodyKey, Literal(k)) for k in bodies}
    return out


def rebuild(store: Store, keys: dict[str, tuple[set[str], set[str]]]) -> None:
    """Write the whole index (graph -> (person keys, body keys)) and mark it fresh, in one transaction."""
    body = nt(_entries(keys))
    store.update_named(
        f"DROP SILENT GRAPH <{IDENTITY_GRAPH}> ;\n"
        + (f"INSERT DATA {{ GRAPH <{IDENTITY_GRAPH}> {{\n{body}}} }} ;\n" if body else "")
        + _state_update(FRESH)
    )


def update(store: Store, dropped: Iterable[str], keys: dict[str, tuple[set[str], set[str]]]) -> None:
    """Drop the entries of ``dropped`` graphs, write those of ``keys`` and mark the index fresh."""
    parts = [
        f"DELETE {{ GRAPH <{IDENTITY_GRAPH}> {{ ?g ?p ?k }} }} WHERE {{ VALUES ?g {{ {iris(chunk)} }} "
        f"GRAPH <{IDENTITY_GRAPH}> {{ ?g ?p ?k }} }}"
        for chunk in chunks({str(g) for g in dropped} | set(keys))
    ]
    body = nt(_entries(keys))
    if body:
        parts.append(f"INSERT DATA {{ GRAPH <{IDENTITY_GRAPH}> {{\n{body}}} }}")
    parts.append(_state_update(FRESH))
    store.update_named(" ;\n".join(parts))


def indexed(store: Store, graphs: Iterable[str]) -> dict[str, tuple[set[str], set[str]]]:
    """The keys the index holds for ``graphs`` (as they were when last consolidated)."""
    out: dict[str, tuple[set[str], set[str]]] = {}
    for chunk in chunks({str(g) for g in graphs}):
        rows = store.query(
            f"SELECT ?g ?p ?k WHERE {{ VALUES ?g {{ {iris(chunk)} }} GRAPH <{IDENTITY_GRAPH}> {{ ?g ?p ?k }} }}"
        ).rows
        for g, p, k in rows:
            entry = out.setdefault(str(g), (set(), set()))
            entry[0 if p == DIP.personKey else 1].add(str(k))
    return out


def graphs_with(store: Store, predicate: URIRef, keys: Iterable[str]) -> dict[str, set[str]]:
    """key -> the article graphs the index gives it, for ``keys`` of ``predicate`` (personKey, bodyKey)."""
    out: dict[str, set[str]] = defaultdict(set)
    for chunk in chunks(set(keys)):
        values = " ".join(Literal(k).n3() for k in chunk)
        rows = store.query(
            f"SELECT ?k ?g WHERE {{ VALUES ?k {{ {values} }} GRAPH <{IDENTITY_GRAPH}> {{ ?g <{predicate}> ?k }} }}"
        ).rows
        for k, g in rows:
            out[str(k)].add(str(g))
    return out
