"""The summary graph (issue 14): aggregates whose reading time does not grow with the store.

``igr:graph/summary`` is a named graph kept outside the merged default graph (kg/store/base.py),
so the union stays the articles' facts. It holds (vocabulary in ontology/igkg.ttl):

- ``dip:MeetingPair``: two persons who met — meetings with a kind (as who-met-whom counts them),
  their kinds, first and last date — with its who-met-whom rows ready to print (``dip:PairRow``: the
  persons' labels in order, the count, the kinds joined, the dates), so that the query reads rows
  without joining labels or grouping, and a page of the top rows reads only those (kg/query/pages.py);
- ``dip:CountryPairTopic``: two countries (by the countries of the participants' posts), a topic,
  meetings (as topics-by-country-pair counts them);
- ``dip:CountryPairMonth``: two countries, the month of a meeting's earliest date, meetings and the
  documents they produced;
- ``dip:ActorDegree``: per actor of the network, its weighted degree and what `kg viz` lists of it
  (kg/ingest/actorsummary.py), so that the drawing reads the most linked actors only;
- the rows of the per-entity questions (kg/ingest/entityrows.py): a person's posts, a quote's rows, a
  meeting's rows per participant's label, a post's holdings per statement date (who-held-post-on-date
  reads the latest on or before the date asked; the latest holding per post they replace, version 5);
- the graph's own node: ``dip:summaryState`` ("fresh" or "stale") and ``dip:summaryVersion``.

Every entry is a function of the union of the articles, and its IRI a digest of its key, so an
entry is replaced by key. ``summarize`` rebuilds everything; ``update_summary`` recomputes the
entries of given keys (kg/ingest/summarykeys.py finds the keys a run touched). Entries and the
"fresh" state are written in one transaction; see ``SummaryTracker`` for when "stale" is written.
"""

from __future__ import annotations

import time
from collections.abc import Iterator
from dataclasses import dataclass

from rdflib import Literal, URIRef
from rdflib.namespace import RDF

from kg.ingest.actorlinks import link_iri
from kg.ingest.actorsummary import (
    actor_candidates,
    actor_entries,
    actor_entry_iris,
    actor_records,
    changed_records,
)
from kg.ingest.aggregates import (
    SummaryKeys,
    chunks,
    graph_state,
    iris,
    pair_entries,
    pair_entry_iris,
    pair_meetings,
    read_countries,
    read_labels,
    read_meetings,
)
from kg.ingest.countrypairs import all_entries, changed_entries
from kg.ingest.entityrows import ROW_OF, all_rows, kept_rows, row_entries
from kg.rdf.ontology import DIP
from kg.rdf.rdfio import nt
from kg.store.base import SUMMARY_GRAPH, Store

__all__ = ["SummaryKeys", "entry_batches"]

VERSION = 5  # bump when the layout changes: a summary of another version is not read, and rebuilt
FRESH, STALE = "fresh", "stale"


@dataclass
class SummaryReport:
    full: bool  # rebuilt from scratch (else: the entries of ``keys`` recomputed)
    keys: int  # keys recomputed (for a rebuild: entries written)
    triples: int  # triples written
    seconds: float


# ------------------------------------------------------------------ state


def summary_state(store: Store) -> str | None:
    """ "fresh", "stale", or None when the store has no summary (or one of another version: stale)."""
    return graph_state(store, URIRef(str(SUMMARY_GRAPH)), DIP.summaryState, DIP.summaryVersion, VERSION)


def is_fresh(store: Store) -> bool:
    """Whether queries may read the summary instead of the articles."""
    return summary_state(store) == FRESH


def _state_triples(state: str) -> set[tuple]:
    node = URIRef(str(SUMMARY_GRAPH))
    return {
        (node, RDF.type, DIP.Summary),
        (node, DIP.summaryState, Literal(state)),
        (node, DIP.summaryVersion, Literal(VERSION)),
    }


def state_update(state: str) -> str:
    return (
        f"DELETE WHERE {{ GRAPH <{SUMMARY_GRAPH}> {{ <{SUMMARY_GRAPH}> ?p ?o }} }} ;\n"
        f"INSERT DATA {{ GRAPH <{SUMMARY_GRAPH}> {{\n{nt(_state_triples(state))}}} }}"
    )


def mark_stale(store: Store) -> None:
    """Say, before articles change, that the summary may no longer match them (its own transaction)."""
    store.update_named(state_update(STALE))


# ------------------------------------------------------------------ writing


BATCH = 2000  # actors whose entries are computed and written together by a rebuild


def entry_batches(store: Store) -> Iterator[set[tuple]]:
    """Every entry of the summary (with the country-pair memberships of every meeting), from the
    articles, a part at a time: the meetings' aggregates, the per-entity rows, then the actors ``BATCH`` at a
    time (a rebuild held every entry of a 10M store at once: 11 GB)."""
    meetings = read_meetings(store)
    labels = read_labels(store, {p for m in meetings.values() for p in m.participants})
    yield pair_entries(meetings, None, labels)
    del labels
    yield all_entries(meetings, read_countries(store))
    del meetings
    yield from all_rows(store)
    persons, parties = actor_candidates(store)
    for chunk in chunks(persons, BATCH):
        yield actor_entries(actor_records(store, set(chunk), set(), set()))
    for chunk in chunks(parties, BATCH):
        yield actor_entries(actor_records(store, set(), set(chunk), set()))
    yield actor_entries(actor_records(store, set(), set(), None))


def summarize(store: Store) -> SummaryReport:
    """Rebuild the summary from scratch: the old graph dropped and "stale" said in one transaction, the
    entries written a part at a time, then "fresh" (a rebuild that stops leaves a stale summary, which
    nothing reads and the next run rebuilds)."""
    start = time.perf_counter()
    store.update_named(f"DROP SILENT GRAPH <{SUMMARY_GRAPH}> ;\n{state_update(STALE)}")
    count = triples = 0
    for batch in entry_batches(store):
        rows = list(batch)
        for at in range(0, len(rows), WRITE):
            store.update_named(f"INSERT DATA {{ GRAPH <{SUMMARY_GRAPH}> {{\n{nt(rows[at : at + WRITE])}}} }}")
        count += sum(1 for _, p, _ in batch if p in (RDF.type, DIP.linkOf, *ROW_OF))
        triples += len(batch)
    store.update_named(state_update(FRESH))
    return SummaryReport(True, count, triples + len(_state_triples(FRESH)), time.perf_counter() - start)


WRITE = 200_000  # triples per INSERT DATA


def _delete_subjects(nodes: set[URIRef]) -> list[str]:
    return [
        f"DELETE {{ GRAPH <{SUMMARY_GRAPH}> {{ ?e ?p ?o }} }} WHERE {{ VALUES ?e {{ {iris(chunk)} }} "
        f"GRAPH <{SUMMARY_GRAPH}> {{ ?e ?p ?o }} }}"
        for chunk in chunks(nodes)
    ]


def _pairs(store: Store, pairs: set[tuple[str, str]]) -> set[tuple]:
    """The entries of these pairs (and their rows), from the meetings both persons share."""
    meetings = read_meetings(store, pair_meetings(store, pairs))
    return pair_entries(meetings, pairs, read_labels(store, {p for pair in pairs for p in pair}))


def update_summary(store: Store, keys: SummaryKeys) -> SummaryReport:
    """Recompute what ``keys`` name (an entry left without data goes) and say "fresh", in one transaction."""
    start = time.perf_counter()
    pairs = _pairs(store, keys.pairs) if keys.pairs else set()
    dropped, country = changed_entries(store, keys.meetings) if keys.meetings else (set(), set())
    entries = pairs | country
    records, redone, whole = changed_records(store, keys.actors, set(keys.countries), keys.links)
    entries |= actor_entries(records)
    rows, kept = (row_entries(store, keys.rows), kept_rows(store, keys.rows)) if keys.rows else (set(), set())
    entries |= rows - kept
    pair_iris = pair_entry_iris(keys.pairs)
    dropped |= actor_entry_iris(redone) | {link_iri(a, q) for a, q in keys.links}
    parts = _delete_subjects(pair_iris | dropped)
    parts += [  # the links of actors recomputed whole
        f"DELETE {{ GRAPH <{SUMMARY_GRAPH}> {{ ?e ?p ?o }} }} WHERE {{ VALUES ?a {{ {iris(chunk)} }} "
        f"GRAPH <{SUMMARY_GRAPH}> {{ ?e <{DIP.linkOf}> ?a ; ?p ?o }} }}"
        for chunk in chunks(whole)
    ]
    parts += [  # a pair's who-met-whom rows are named by their labels, which may have changed
        f"DELETE {{ GRAPH <{SUMMARY_GRAPH}> {{ ?r ?p ?o }} }} WHERE {{ VALUES ?e {{ {iris(chunk)} }} "
        f"GRAPH <{SUMMARY_GRAPH}> {{ ?r <{DIP.rowOf}> ?e ; ?p ?o }} }}"
        for chunk in chunks(pair_iris)
    ]
    parts += [
        f"DELETE {{ GRAPH <{SUMMARY_GRAPH}> {{ ?m <{DIP.countedIn}> ?e }} }} WHERE {{ VALUES ?m {{ {iris(chunk)} }} "
        f"GRAPH <{SUMMARY_GRAPH}> {{ ?m <{DIP.countedIn}> ?e }} }}"  # full IRIs: a server gets no prefixes
        for chunk in chunks(keys.meetings)
    ]
    if kept - rows:  # the per-entity rows: only what differs (kg/ingest/entityrows.py)
        parts.append(f"DELETE DATA {{ GRAPH <{SUMMARY_GRAPH}> {{\n{nt(kept - rows)}}} }}")
    parts.append(state_update(FRESH))
    if entries:
        parts.append(f"INSERT DATA {{ GRAPH <{SUMMARY_GRAPH}> {{\n{nt(entries)}}} }}")
    store.update_named(" ;\n".join(parts))
    return SummaryReport(False, len(keys), len(entries), time.perf_counter() - start)


def summary_triples(store: Store) -> set[tuple]:
    """Every triple of the summary graph (for tests and for comparing with a rebuild)."""
    rows = store.query(f"SELECT ?s ?p ?o WHERE {{ GRAPH <{SUMMARY_GRAPH}> {{ ?s ?p ?o }} }}").rows
    return {tuple(r) for r in rows}
