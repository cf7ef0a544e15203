"""Which summary entries a run of writes touched, so that only those are recomputed.

``SummaryTracker`` wraps a store for one run (an ingest, a removal, a consolidation). Before
each write it notes the relevant triples of what is written and of what is dropped or rewritten
(read from the store, as the write will remove them), and the countries of the persons whose
posts those triples touch. After the run, ``keys`` turns them into summary keys.

Why the keys are complete (every entry that differs between the store before and after the run
has its key among them): an entry is a function of the union of the articles; a triple leaves or
enters the union only through a write, so it is among the noted triples ``T``.

- A pair (a, b) changes only if a meeting M gained or lost a participant, its kind, its date or
  its type: M is a subject in ``T``; a and b are participants of M after the run or, before it,
  by a triple the run removed (in ``T``). Kind and topic codes (``skos:notation``) live in the
  ontology graph and never change.
- A country-pair entry changes only if such a meeting M changed (its topics, dates, documents,
  participants) or a participant's countries changed. Countries run person → post → organization
  → country code; a person whose ``holdsPost`` is in ``T``, or who holds a post or a post of an
  organization that is a subject in ``T``, has its countries read before the first write that
  touches it and after the run; those whose countries differ bring all their meetings. A
  country's code is its IRI's tail (``igr:country/KZ``), so it is taken as fixed.
- A pair's who-met-whom rows also carry its persons' labels: a person whose ``rdfs:label`` is in
  ``T`` has its labels read before the first write that touches it and after the run; those whose
  labels differ bring every pair the summary had them in (the summary was fresh before the run; a
  pair that is new after it comes from a touched meeting).
- The per-entity rows (kg/ingest/entityrows.py, ``row_keys``) are keyed by a person, a quote, a
  meeting, a post and date; each is a function of facts about its key and the nodes next to it, all of
  which are noted here (quotes' speaker, text and place included), so the same argument holds.

The keys of a meeting are taken over every value it has after the run or had in ``T`` (a
superset of its keys before the run), so entries it left are recomputed too.
"""

from __future__ import annotations

import contextlib
from collections.abc import Iterable
from itertools import combinations

from rdflib import Graph, URIRef
from rdflib.namespace import RDF, RDFS

from kg.errors import KgError
from kg.ingest.actorfacts import post_rows
from kg.ingest.actorsummary import actor_keys, read_countries_of
from kg.ingest.aggregates import (
    SummaryKeys,
    chunks,
    iris,
    objects_by_subject,
    read_countries,
    read_labels,
    select_for,
)
from kg.ingest.entityrows import row_keys
from kg.ingest.summary import (
    FRESH,
    SummaryReport,
    mark_stale,
    state_update,
    summarize,
    summary_state,
    update_summary,
)
from kg.rdf.ontology import DIP
from kg.store.base import SUMMARY_GRAPH, ArticleData, GraphChange, Store

_MEETING = (DIP.participant, DIP.date, DIP.kind, DIP.topic, DIP.produced, DIP.heldIn, DIP.city)
_POSTS = (DIP.holdsPost, DIP.postIn, DIP.role, DIP.country)
_HOLDING = (DIP.heldPost, DIP.statedOn, DIP.holder)
_QUOTE = (DIP.speaker, DIP.text, DIP.saidAt)
_TYPES = (DIP.Meeting, DIP.Document, DIP.Person, DIP.Quote)
RELEVANT = frozenset((RDF.type, RDFS.label, DIP.party, *_MEETING, *_POSTS, *_HOLDING, *_QUOTE))
_RELEVANT_NT = tuple(f"<{p}>" for p in RELEVANT)


def relevant(triples: Iterable[tuple]) -> set[tuple]:
    """The triples the summary depends on (types only of meetings, documents, persons and quotes)."""
    return {t for t in triples if t[1] in RELEVANT and (t[1] != RDF.type or t[2] in _TYPES)}


def graph_content(store: Store, names: Iterable[str]) -> set[tuple]:
    """The relevant triples of named graphs as the store has them now. Whole graphs are read and
    filtered here: with a second VALUES block for the predicates Oxigraph scanned the store (13 s for
    200 graphs at 1M triples, against 1.5 s)."""
    out: set[tuple] = set()
    for chunk in chunks({str(n) for n in names}, 200):
        rows = store.query(
            f"SELECT ?s ?p ?o WHERE {{ VALUES ?g {{ {iris(chunk)} }} GRAPH ?g {{ ?s ?p ?o }} }}"
        ).rows
        out |= relevant(rows)
    return out


def article_content(articles: list[ArticleData]) -> set[tuple]:
    """The relevant triples of articles about to be written (only their relevant lines are parsed)."""
    lines = [line for a in articles for line in a.lines if any(p in line for p in _RELEVANT_NT)]
    if not lines:
        return set()
    g = Graph()
    g.parse(data="".join(f"{line} .\n" for line in lines), format="nt")
    return relevant(g)


def post_persons(store: Store, content: set[tuple]) -> set[str]:
    """Persons whose countries ``content`` may change: holders in it, holders of its posts and of
    posts of its organizations (as the store has them now)."""
    out = {str(s) for s, p, _ in content if p == DIP.holdsPost}
    posts = {s for s, p, _ in content if p in (DIP.postIn, DIP.role)}
    bodies = {s for s, p, _ in content if p == DIP.country}
    out |= {str(r[0]) for r in select_for(store, posts, "DISTINCT ?p", "?p dip:holdsPost ?x")}
    out |= {
        str(r[0])
        for r in select_for(store, bodies, "DISTINCT ?p", "?post dip:postIn ?x . ?p dip:holdsPost ?post")
    }
    return out


class SummaryTracker:
    """A store for one run that keeps the summary in step (see the module doc).

    The first write is preceded by a write of its own marking the summary stale; ``finish``
    recomputes the touched entries and marks it fresh in one transaction. A run that dies in
    between leaves the summary stale: queries then read the articles, and the next run rebuilds
    it. A run that starts on a store whose summary is stale or absent rebuilds it at the end.
    """

    def __init__(self, store: Store) -> None:
        self.store = store
        self.started = False
        self.incremental = False
        self.content: set[tuple] = set()
        self.written = False  # a write of this run has landed
        self.before: dict[str, frozenset[str]] = {}  # countries of persons before the run touched them
        self.labels: dict[str, frozenset] = {}  # labels of nodes before the run touched them
        self.typed: dict[str, bool] = {}  # whether persons were typed dip:Person before the run touched them
        self.rows: dict[str, list] = {}  # post rows of persons before the run touched them (actor entries)
        self.seats: dict[str, frozenset] = {}  # country codes of organizations before the run touched them

    def __getattr__(self, name: str):
        return getattr(self.store, name)

    def _note(self, dropped: Iterable[str], written: set[tuple]) -> None:
        if not self.started:
            self.started = True
            self.incremental = summary_state(self.store) == FRESH
            mark_stale(self.store)
        if not self.incremental:
            return  # rebuilt from scratch at the end: nothing to note
        content = graph_content(self.store, dropped) | written
        self.content |= content
        persons = post_persons(self.store, content) - self.before.keys()
        self.before.update(read_countries(self.store, persons))
        rows = post_rows(self.store, persons) if persons else {}
        self.rows.update((p, rows.get(p, [])) for p in persons)
        bodies = {str(s) for s, p, _ in content if p == DIP.country} - self.seats.keys()
        self.seats.update(seats(self.store, bodies))
        self.labels.update(
            current_labels(
                self.store, {str(s) for s, p, _ in content if p == RDFS.label} - self.labels.keys()
            )
        )
        typed = {str(s) for s, p, o in content if p == RDF.type and o == DIP.Person}
        self.typed.update(current_persons(self.store, typed - self.typed.keys()))

    def _write(self, write, *args):
        try:
            result = write(*args)
        except BaseException:
            if not self.written and self.incremental:
                # nothing of this run landed, so the summary still matches: a failed run leaves the
                # store as it was (if this write fails too, the summary stays stale and is rebuilt)
                with contextlib.suppress(KgError):
                    self.store.update_named(state_update(FRESH))
                self.started = False
            raise
        self.written = True
        return result

    def write_articles(self, articles: list[ArticleData], drop: Iterable[str] = ()) -> None:
        drop = list(drop)
        self._note([*drop, *(a.iri for a in articles)], article_content(articles))
        self._write(self.store.write_articles, articles, drop)

    def replace_graphs(self, graphs: dict) -> None:
        self._note([str(n) for n in graphs], relevant(t for g in graphs.values() for t in g))
        self._write(self.store.replace_graphs, graphs)

    def change_graphs(self, changes: dict[URIRef, GraphChange]) -> None:
        self._note([], relevant(t for c in changes.values() for t in c.removed | c.added))
        self._write(self.store.change_graphs, changes)

    def remove_graphs(self, names: Iterable[URIRef]) -> int:
        names = list(names)
        self._note([str(n) for n in names], set())
        return self._write(self.store.remove_graphs, names)

    def finish(self) -> SummaryReport | None:
        """Bring the summary up to date after the run's writes (None when nothing was written)."""
        if not self.started:
            return None
        if not self.incremental:
            return summarize(self.store)
        after = current_labels(self.store, set(self.labels))
        moved = {n for n in self.labels if self.labels[n] != after[n]}
        unnamed = {n for n in moved if not self.labels[n] or not after[n]}
        now = current_persons(self.store, set(self.typed))
        unnamed |= {n for n in self.typed if self.typed[n] != now[n]}  # a person became or stopped being one
        found = keys(self.store, self.content, self.before, moved, unnamed)
        posts = changed_rows(self.store, self.rows)
        found.actors, found.countries, found.links = actor_keys(
            self.store,
            self.content,
            found.touched,
            posts,
            {b for b, codes in seats(self.store, set(self.seats)).items() if codes != self.seats[b]},
            moved,
            unnamed,
        )
        found.pairs |= relabelled_pairs(self.store, moved)
        found.rows = row_keys(self.store, self.content, found.touched, posts, moved, unnamed)
        return update_summary(self.store, found)


def keys(
    store: Store,
    content: set[tuple],
    before: dict[str, frozenset[str]],
    relabelled: set[str] = frozenset(),
    unnamed: set[str] = frozenset(),
) -> SummaryKeys:
    """What the noted triples may have changed (see the module doc): pairs of the touched meetings'
    participants, the touched meetings and every meeting of a person whose countries changed, and
    actors (``relabelled``: nodes whose labels changed; ``unnamed``: those that gained or lost all)."""
    touched = {str(s) for s, p, o in content if p in _MEETING or (p == RDF.type and o == DIP.Meeting)}
    now = objects_by_subject(store, touched, DIP.participant)  # as the store has them now
    for s, p, o in content:
        if p == DIP.participant:
            now[str(s)].add(str(o))  # a participant the run took away counted before it
    out = SummaryKeys(meetings=set(touched))
    for m in touched:
        out.pairs |= set(combinations(sorted(now[m]), 2))
    after = read_countries(store, before)
    moved = {p for p in before if before[p] != after[p]}  # persons whose countries changed
    rows = select_for(store, moved, "DISTINCT ?m", "?m dip:participant ?x")
    out.meetings |= {str(r[0]) for r in rows}  # a meeting they left in this run is among the touched
    out.touched = now
    return out


def current_labels(store: Store, nodes: set[str]) -> dict[str, frozenset]:
    """Each node's labels as the store has them now (an empty set for a node without one)."""
    found = read_labels(store, nodes) if nodes else {}
    return {n: frozenset(found.get(n, ())) for n in nodes}


def changed_rows(store: Store, before: dict[str, list]) -> dict[str, tuple[list, list]]:
    """Persons whose post rows the run changed, with their rows before and after."""
    after = post_rows(store, set(before)) if before else {}
    return {p: (rows, after.get(p, [])) for p, rows in before.items() if rows != after.get(p, [])}


def seats(store: Store, bodies: set[str]) -> dict[str, frozenset]:
    """Each organization's country codes now."""
    found = read_countries_of(store, bodies)
    return {b: frozenset(found.get(b, ())) for b in bodies}


def current_persons(store: Store, nodes: set[str]) -> dict[str, bool]:
    """Whether each node is typed ``dip:Person`` now."""
    found = {str(r[0]) for r in select_for(store, nodes, "?x", "?x a dip:Person")} if nodes else set()
    return {n: n in found for n in nodes}


def relabelled_pairs(store: Store, moved: set[str]) -> set[tuple[str, str]]:
    """Pairs of the summary (as it was before the run) of a person whose labels the run changed."""
    rows = select_for(
        store,
        moved,
        "?a ?b",
        f"GRAPH <{SUMMARY_GRAPH}> {{ ?e dip:pairMember ?x, ?a, ?b }} FILTER (STR(?a) < STR(?b))",
    )
    return {(str(a), str(b)) for a, b in rows}
