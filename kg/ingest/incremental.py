"""Consolidation of what a run touched: the same store as a full consolidation, without reading it all.

A full consolidation (``resolve.consolidate_all``) reads every person, meeting and body mention of
the store. Its result is a function of the set of mentions, and each step clusters blocks that
never look at one another, so after an ingest or a removal only the blocks the run touched are
read again, on a store consolidated before (the identity index says so, ``identityindex.py``):

- **persons** are clustered by surname key, and a key's mentions move only to its stems or take its
  declined forms (``persons.declension_links``): the touched keys (those of the written and dropped
  graphs, from their names and the index) closed under those links are the blocks read again;
- **meetings** of the written graphs and of graphs whose persons get another node are read anew;
  every report ``consolidate.related`` links to them, or linked to what they said before the run
  (a removed report may have held an event together or made a choice ambiguous), is read, and so
  on until nothing more is linked. Every other event is a set of reports none of which changed or
  is linked to a change: clustered alone it is what it was;
- **documents and visits** are clustered again in every event whose reports changed, and in every
  event one of their items left or joined;
- **bodies** are clustered by key (normalized name and state): the touched keys are read again.

Other graphs keep their nodes: after a consolidation each graph's person and meeting nodes are
their clusters' nodes, which is what this reads them as.
"""

from __future__ import annotations

import contextlib
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field

from kg.errors import KgError
from kg.ingest import identityindex
from kg.ingest.bodies import cluster_bodies, index_key, mentions_of, node_label, nodes_to_rename, read_bodies
from kg.ingest.consolidate import MeetingMention, cluster_meetings
from kg.ingest.curation import ALIASES_GRAPH, stored_aliases, stored_body_aliases
from kg.ingest.dependents import cluster_dependents, read_dependents
from kg.ingest.persons import PersonMention, cluster_persons, declension_links, surname_key
from kg.ingest.reports import StoreReports, graphs_holding
from kg.ingest.resolve import (
    ConsolidationReport,
    Plan,
    apply_plan,
    consolidate_all,
    read_meetings,
    read_persons,
)
from kg.keys import normalize_key
from kg.rdf.ontology import DIP, person_iri
from kg.store.base import ArticleData, Store

Key = tuple[str, str]  # (graph, current node)
# above this many written or dropped graphs a run touches most blocks of the store anyway (the bench's
# copies of the bundled articles name the same leaders): one full consolidation reads less
MAX_TOUCHED = 200


@dataclass
class Changes:
    """What a run wrote and dropped, as the consolidation after it needs it."""

    fresh: bool = False  # the store was consolidated and indexed when the run began
    aliases: bool = False  # the aliases changed: everything may be touched
    written: set[str] = field(default_factory=set)  # article graphs written
    dropped: set[str] = field(default_factory=set)  # article graphs removed or overwritten
    before: dict[Key, MeetingMention] = field(default_factory=dict)  # their meeting reports before the run


class ChangeTracker:
    """A store for one run that notes its changes: the graphs it writes, and before it drops or overwrites
    a graph, that graph's meeting reports. The first write marks the identity index stale."""

    def __init__(self, store: Store) -> None:
        self.store = store
        self.changes = Changes()
        self.started = False
        self.landed = False

    def __getattr__(self, name: str):
        return getattr(self.store, name)

    def _before(self, names: Iterable[str]) -> None:
        if not self.started:
            self.started = True
            self.changes.fresh = identityindex.state(self.store) == identityindex.FRESH
            identityindex.mark_stale(self.store)
        new = {str(n) for n in names} - self.changes.dropped - self.changes.written
        if self.changes.fresh and new:
            for g, node, m in read_meetings(self.store, {}, new):
                self.changes.before[(g, node)] = m
        self.changes.dropped |= new

    def _write(self, write, *args):
        try:
            result = write(*args)
        except BaseException:
            if not self.landed and self.changes.fresh:  # nothing of this run landed: the index still holds
                with contextlib.suppress(KgError):
                    identityindex.update(self.store, (), {})
                self.started = False
            raise
        self.landed = True
        return result

    def write_articles(self, articles: list[ArticleData], drop: Iterable[str] = ()) -> None:
        drop = [str(d) for d in drop]
        self._before([*drop, *(a.iri for a in articles)])
        self._write(self.store.write_articles, articles, drop)
        self.changes.written |= {a.iri for a in articles}

    def replace_graphs(self, graphs: dict) -> None:
        names = {str(n) for n in graphs}
        self.changes.aliases |= str(ALIASES_GRAPH) in names
        self._before(names - {str(ALIASES_GRAPH)})
        self._write(self.store.replace_graphs, graphs)
        self.changes.written |= names - {str(ALIASES_GRAPH)}

    def remove_graphs(self, names: Iterable) -> int:
        names = [n for n in names]
        self.changes.aliases |= str(ALIASES_GRAPH) in {str(n) for n in names}
        self._before({str(n) for n in names} - {str(ALIASES_GRAPH)})
        return self._write(self.store.remove_graphs, names)


class _NotLocal(Exception):
    """A block reaches outside what was read (a node named in two unlinked blocks): consolidate in full."""


def consolidate(store: Store, changes: Changes | None = None) -> ConsolidationReport:
    """Bring every article graph to its clusters' nodes. With ``changes`` (what a run wrote and dropped,
    ``ChangeTracker``) on a store consolidated before, only the blocks they touch are read and clustered
    again, with the same result; else everything is (``resolve.consolidate_all``)."""
    if changes is not None:
        report = consolidate_changes(store, changes)
        if report is not None:
            return report
    return consolidate_all(store)


def consolidate_changes(store: Store, changes: Changes) -> ConsolidationReport | None:
    """Consolidate the blocks ``changes`` touched; None when that cannot be done (the store was not
    consolidated before, the aliases changed), and the caller consolidates in full."""
    if not changes.fresh or changes.aliases or len(changes.written | changes.dropped) > MAX_TOUCHED:
        return None
    try:
        found, keys = _plan(store, changes)
    except _NotLocal:
        return None
    report = ConsolidationReport(full=False)
    report.persons = len({person_iri(v) for v in found.label_of.values()})
    report.meetings = len(set(found.meeting_of.values()))
    report.graphs_rewritten = apply_plan(store, found)
    identityindex.update(store, changes.dropped, keys)
    return report


def _plan(store: Store, changes: Changes) -> tuple[Plan, dict[str, tuple[set[str], set[str]]]]:
    written = changes.written
    old = identityindex.indexed(store, changes.dropped | written)
    gone = changes.dropped - written
    label_of, names, person_keys_of = _persons(store, written, old, gone)
    person_of = {key: str(person_iri(label)) for key, label in label_of.items()}
    moved = {g for (g, node), iri in person_of.items() if iri != node}
    meeting_of, minted_of = _meetings(store, changes, person_of, moved)
    dependents = _dependents(store, changes, meeting_of, person_of)
    bodies, body_keys_of = _bodies(store, written, old, gone)
    keys = {g: (person_keys_of.get(g, set()), body_keys_of.get(g, set())) for g in written}
    return Plan(label_of, names, meeting_of, minted_of, [], dependents, bodies), keys


# ------------------------------------------------------------------ persons


def _persons(store: Store, written: set[str], old: dict, gone: set[str]):
    """Labels of the person nodes of the touched blocks: (graph, node) -> label, names, keys of written graphs."""
    aliases = stored_aliases(store)
    fresh = read_persons(store, written)
    new_keys: dict[str, set[str]] = defaultdict(set)
    for p in fresh:
        new_keys[p.graph] |= identityindex.person_keys(p.names, aliases)
    touched = {k for pk, _ in old.values() for k in pk} | {k for ks in new_keys.values() for k in ks}
    blocks = _linked_keys(store, touched, new_keys)
    holders = identityindex.graphs_with(store, DIP.personKey, blocks)
    graphs = {g for gs in holders.values() for g in gs} - gone - written
    persons = fresh + [p for p in read_persons(store, graphs) if _in_blocks(p.names, blocks, aliases)]
    mentions = [
        PersonMention(p.graph, str(person_iri(n)), aliases.get(normalize_key(n), n))
        for p in persons
        for n in sorted(p.names)
    ]
    label_of_mention = cluster_persons(mentions, preferred=set(aliases.values()))
    label_of = {
        (p.graph, p.node): min(label_of_mention[(p.graph, str(person_iri(n)))] for n in p.names)
        for p in persons
    }
    return label_of, {(p.graph, p.node): p.names for p in persons}, new_keys


def _in_blocks(names: set[str], blocks: set[str], aliases: dict[str, str]) -> bool:
    keys = {surname_key(aliases.get(normalize_key(n), n)) for n in names} - {""}
    if not keys & blocks:
        return False
    if not keys <= blocks:
        raise _NotLocal
    return True


def _linked_keys(store: Store, touched: set[str], new_keys: dict[str, set[str]]) -> set[str]:
    """``touched`` and every key of the store linked to it by declension, transitively."""
    present_new = {k for ks in new_keys.values() for k in ks}
    found = set(touched)
    frontier = set(touched)
    while frontier:
        candidates = {link for k in frontier for link in declension_links(k)} - found
        present = set(identityindex.graphs_with(store, DIP.personKey, candidates)) | (
            candidates & present_new
        )
        frontier = present - found
        found |= frontier
    return found


# ------------------------------------------------------------------ meetings


def _meetings(store: Store, changes: Changes, person_of: dict, moved: set[str]):
    """Event nodes of every report linked to a change: (graph, node) -> event, and -> minted node."""
    changed = moved | changes.written
    now = {(g, node): m for g, node, m in read_meetings(store, person_of, changed)}
    before = list(changes.before.values()) + [
        m for g, node, m in read_meetings(store, {}, moved - changes.written)
    ]
    reports = StoreReports(store, exclude=changed | changes.dropped)
    found: dict[Key, MeetingMention] = dict(now)
    frontier = list(now.values())
    for key, m in reports.related_to(before).items():  # what the changed reports held together before
        if key not in found:
            found[key] = m
            frontier.append(m)
    while frontier:
        linked = reports.related_to(frontier)
        frontier = []
        for key, m in linked.items():
            if key not in found:
                found[key] = m
                frontier.append(m)
    event_of = cluster_meetings(found.values())
    meeting_of = {key: event_of[(m.graph, m.node)] for key, m in found.items()}
    return meeting_of, {key: m.node for key, m in found.items()}


# ------------------------------------------------------------------ documents and visits


def _dependents(store: Store, changes: Changes, meeting_of: dict, person_of: dict) -> dict:
    """Documents and visits of every event whose reports changed, or that an item left or joined."""
    events = (
        set(meeting_of.values()) | {node for _, node in meeting_of} | {node for _, node in changes.before}
    )
    gone = changes.dropped - changes.written
    while True:
        graphs = ({g for g, _ in meeting_of} | graphs_holding(store, events)) - gone
        stored = {(g, node): node for g, node, _ in read_meetings(store, {}, graphs)}
        items = read_dependents(store, {**stored, **meeting_of}, person_of, graphs)
        kept = {k: v for k, v in stored.items() if k[0] not in changes.written}
        before = {
            (d.graph, d.node): d.event for d in read_dependents(store, kept, {}, graphs - changes.written)
        }
        after = {(d.graph, d.node): d.event for d in items}
        moved = {
            e
            for k in before.keys() | after.keys()
            if before.get(k) != after.get(k)
            for e in (before.get(k), after.get(k))
        }
        more = moved - {None} - events
        if not more:
            break
        events |= more
    items = [d for d in items if d.event in events]
    node_of = cluster_dependents(items)
    return {(d.graph, d.node): (node_of[(d.graph, d.node)], d.minted) for d in items}


# ------------------------------------------------------------------ bodies


def _bodies(store: Store, written: set[str], old: dict, gone: set[str]):
    """Labels of the body nodes of the touched keys, and the body keys of the written graphs."""
    skip = str(ALIASES_GRAPH)
    aliases = stored_body_aliases(store)
    new_keys: dict[str, set[str]] = defaultdict(set)
    for n in read_bodies(store, skip, written):
        new_keys[n.graph].update(index_key(name, n.country, aliases) for name in n.names)
    touched = {k for _, bk in old.values() for k in bk} | {k for ks in new_keys.values() for k in ks}
    if not touched:
        return {}, new_keys
    holders = identityindex.graphs_with(store, DIP.bodyKey, touched)
    graphs = ({g for gs in holders.values() for g in gs} - gone - written) | set(new_keys)
    nodes = []
    for n in read_bodies(store, skip, graphs):
        keys = {index_key(name, n.country, aliases) for name in n.names}
        if keys & touched:
            if not keys <= touched:
                raise _NotLocal
            nodes.append(n)
    mentions = mentions_of(nodes)
    label_of = cluster_bodies(mentions, aliases)
    changed = {m.name for m in mentions if label_of[(m.name, m.country)] != m.name}
    bodies = {(n.graph, n.node): (node_label(n, label_of), n.names) for n in nodes_to_rename(nodes, changed)}
    return bodies, new_keys
