"""Store-level identity: one node per person, meeting and body, whatever the order articles came in.

After every ingest and removal, ``consolidate(store)`` reads every person, meeting and body
mention of the store, clusters them (``persons.py``, ``consolidate.py``, ``bodies.py``) and
rewrites the article graphs whose nodes are not yet their cluster's node (a post follows its
body). Each article graph keeps what its own text said: a rewritten person or body keeps its
names as ``dip:nameInText`` (and ``skos:altLabel`` when they differ from the chosen label),
a rewritten meeting keeps the IRI it was minted under
as ``dip:mintedAs``; so the next run can undo or redo any merge when articles come or go.
The result is a function of the set of articles in the store: ingesting in any order, or
removing an article and ingesting it again, gives the same store (tested).
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field

from rdflib import Literal, URIRef
from rdflib.namespace import RDFS, SKOS

from kg.ingest import identityindex
from kg.ingest.aggregates import graph_rows, graph_values
from kg.ingest.bodies import (
    BodyNode,
    cluster_bodies,
    index_key,
    mentions_of,
    node_label,
    nodes_to_rename,
    post_swaps,
    read_bodies,
)
from kg.ingest.consolidate import MeetingMention, cluster_meetings
from kg.ingest.curation import ALIASES_GRAPH, Alias, stored_aliases, stored_body_aliases, write_aliases
from kg.ingest.dependents import cluster_dependents, read_dependents
from kg.ingest.identityindex import person_keys
from kg.ingest.persons import PersonMention, cluster_persons
from kg.keys import normalize_key
from kg.rdf.ontology import DIP, organization_iri, person_iri
from kg.store.base import GraphChange, Store

REWRITE_BATCH = 200  # article graphs per write


@dataclass
class ConsolidationReport:
    persons: int = 0  # person nodes after consolidation
    meetings: int = 0
    graphs_rewritten: int = 0
    full: bool = True  # every mention read (else only the blocks a run touched; persons and meetings: theirs)


@dataclass
class _PersonNode:
    graph: str
    node: str
    label: str
    names: set[str] = field(default_factory=set)  # every name the article gave it


def as_date(value) -> dt.date | None:
    try:
        return dt.date.fromisoformat(str(value)) if value is not None else None
    except ValueError:
        return None


def as_month_day(value) -> tuple[int, int] | None:
    text = str(value) if value is not None else ""
    if len(text) == 7 and text.startswith("--"):
        try:
            return int(text[2:4]), int(text[5:7])
        except ValueError:
            return None
    return None


_PERSONS = "SELECT ?g ?n ?label WHERE {{ {values} GRAPH ?g {{ ?n a dip:Person ; rdfs:label ?label }} }}"
_MEETINGS = (
    "SELECT ?g ?m ?kind WHERE {{ {values} GRAPH ?g {{ ?m a dip:Meeting ; dip:kind/skos:notation ?kind }} }}"
)
_MEETING_FIELDS = {"minted": "dip:mintedAs", "date": "dip:date", "city": "dip:city", "md": "dip:monthDay"}


def read_persons(store: Store, graphs: Iterable[str] | None = None) -> list[_PersonNode]:
    """Every person node of every article graph (or of ``graphs``), with the names its article gave it."""
    graphs = None if graphs is None else sorted(set(graphs))
    said = graph_values(store, "?n", "?n a dip:Person ; dip:nameInText ?said", "said", graphs)
    nodes: dict[tuple[str, str], _PersonNode] = {}
    for g, n, label in graph_rows(store, _PERSONS, graphs):
        key = (str(g), str(n))
        if key[0] != str(ALIASES_GRAPH):
            node = nodes.setdefault(key, _PersonNode(key[0], key[1], str(label)))
            node.names.update(str(x) for x in said.get(key, ()))
    for node in nodes.values():
        if not node.names:
            node.names.add(node.label)
    return sorted(nodes.values(), key=lambda p: (p.graph, p.node))


def _first(values: dict, key: tuple):
    found = values.get(key)
    return min(found, key=str) if found else None  # one value when a node has several: the same in any order


def read_meetings(
    store: Store, person_of: dict[tuple[str, str], str], graphs: Iterable[str] | None = None
) -> list[tuple[str, str, MeetingMention]]:
    """(graph, current node, mention) for every meeting (of ``graphs``), its participants resolved through
    ``person_of`` (a node it does not hold stands for itself: a consolidated graph's nodes are resolved)."""
    graphs = None if graphs is None else sorted(set(graphs))
    kinds: dict[tuple[str, str], list] = defaultdict(list)
    for g, m, kind in graph_rows(store, _MEETINGS, graphs):
        kinds[(str(g), str(m))].append(kind)
    fields = {
        name: graph_values(store, "?m", f"?m a dip:Meeting ; {prop} ?{name}", name, graphs)
        for name, prop in _MEETING_FIELDS.items()
    }
    published = graph_values(store, "", "?art a dip:Article ; dip:published ?pub", "pub", graphs)
    people: dict[tuple[str, str], set[str]] = defaultdict(set)
    for (g, m), found in graph_values(
        store, "?m", "?m a dip:Meeting ; dip:participant ?p", "p", graphs
    ).items():
        people[(g, m)] = {person_of.get((g, str(p)), str(p)) for p in found}
    days: dict[str, set[tuple[int, int]]] = defaultdict(set)
    for key in kinds:
        day, md = as_date(_first(fields["date"], key)), as_month_day(_first(fields["md"], key))
        if day or md:
            days[key[0]].add((day.month, day.day) if day else md)
    out = {}
    for key, found in kinds.items():
        minted, city = _first(fields["minted"], key), _first(fields["city"], key)
        out[key] = MeetingMention(
            graph=key[0],
            node=str(minted) if minted is not None else key[1],
            kind=str(min(found, key=str)),
            participants=frozenset(people.get(key, ())),
            date=as_date(_first(fields["date"], key)),
            month_day=as_month_day(_first(fields["md"], key)),
            published=as_date(_first(published, (key[0],))),
            article_days=frozenset(days.get(key[0], ())),
            city=str(city) if city is not None else None,
        )
    return [(g, m, mention) for (g, m), mention in sorted(out.items())]


@dataclass
class Plan:
    """What every article graph's person and meeting nodes should become, by (graph, current node)."""

    label_of: dict[tuple[str, str], str]  # a person's chosen label (its node is person_iri(label))
    names: dict[tuple[str, str], set[str]]  # the names the article gave that person
    meeting_of: dict[tuple[str, str], str]  # the event node of a meeting
    minted_of: dict[tuple[str, str], str]  # the node the article minted for that meeting
    meetings: list[MeetingMention] = field(default_factory=list)  # every meeting report, as clustered
    # documents and visits: (graph, current node) -> (its node, the node its article minted)
    dependents: dict[tuple[str, str], tuple[str, str]] = field(default_factory=dict)
    # bodies whose node may change: (graph, current node) -> (chosen label (its node is
    # organization_iri(label)), names the article gave it)
    bodies: dict[tuple[str, str], tuple[str, set[str]]] = field(default_factory=dict)
    body_uses: dict[str, int] = field(default_factory=dict)  # every body's label -> its article graphs
    persons: list[_PersonNode] = field(default_factory=list)  # every person node read
    body_nodes: list[BodyNode] = field(default_factory=list)  # every organization node read


def plan(store: Store) -> Plan:
    """Read every mention of the store and cluster them."""
    persons = read_persons(store)
    aliases = stored_aliases(store)
    mentions = [
        PersonMention(p.graph, str(person_iri(n)), aliases.get(normalize_key(n), n))
        for p in persons
        for n in sorted(p.names)
    ]
    label_of_mention = cluster_persons(mentions, preferred=set(aliases.values()))
    label_of: dict[tuple[str, str], str] = {}
    for p in persons:
        # a node holding several mentions (merged before) takes the first label of them, for determinism
        labels = sorted(label_of_mention[(p.graph, str(person_iri(n)))] for n in p.names)
        label_of[(p.graph, p.node)] = labels[0]
    person_of = {key: str(person_iri(label)) for key, label in label_of.items()}
    meetings = read_meetings(store, person_of)
    event_of = cluster_meetings(m for _, _, m in meetings)
    meeting_of = {(g, node): event_of[(m.graph, m.node)] for g, node, m in meetings}
    minted_of = {(g, node): m.node for g, node, m in meetings}
    names = {(p.graph, p.node): p.names for p in persons}
    items = read_dependents(store, meeting_of, person_of)
    node_of = cluster_dependents(items)
    dependents = {(d.graph, d.node): (node_of[(d.graph, d.node)], d.minted) for d in items}
    bodies, body_uses, body_nodes = _plan_bodies(store)
    return Plan(
        label_of,
        names,
        meeting_of,
        minted_of,
        [m for _, _, m in meetings],
        dependents,
        bodies,
        body_uses,
        persons,
        body_nodes,
    )


def _plan_bodies(store: Store) -> tuple[dict[tuple[str, str], tuple[str, set[str]]], dict[str, int], list]:
    """Every body node is read once (its names counted by graph); only the nodes whose name is not their
    body's label, or that were rewritten before, are planned."""
    nodes = read_bodies(store, str(ALIASES_GRAPH))
    mentions = mentions_of(nodes)
    label_of = cluster_bodies(mentions, stored_body_aliases(store))
    uses: dict[str, int] = defaultdict(int)
    for m in mentions:
        uses[label_of[(m.name, m.country)]] += m.uses
    changed = {m.name for m in mentions if label_of[(m.name, m.country)] != m.name}
    renamed = nodes_to_rename(nodes, changed)
    return {(n.graph, n.node): (node_label(n, label_of), n.names) for n in renamed}, dict(uses), nodes


def resolve_store(store: Store, aliases: list[Alias] | None = None) -> ConsolidationReport:
    """Keep ``aliases`` (when given) in the store, then consolidate it in full (the summary graph follows)."""
    from kg.ingest.summarykeys import SummaryTracker

    tracked = SummaryTracker(store)
    if aliases is not None:
        write_aliases(tracked, aliases)
    report = consolidate(tracked)
    tracked.finish()
    return report


def consolidate(store: Store) -> ConsolidationReport:
    """Bring every article graph to its clusters' nodes (see the module doc), reading the whole store;
    ``incremental.consolidate`` reads only what a run touched."""
    return consolidate_all(store)


def consolidate_all(store: Store) -> ConsolidationReport:
    """Read and cluster every mention of the store, rewrite what differs, and rebuild the identity index."""
    found = plan(store)
    report = ConsolidationReport(
        persons=len({person_iri(v) for v in found.label_of.values()}),
        meetings=len(set(found.meeting_of.values())),
    )
    report.graphs_rewritten = apply_plan(store, found)
    aliases = stored_aliases(store)
    keys: dict[str, tuple[set[str], set[str]]] = defaultdict(lambda: (set(), set()))
    for p in found.persons:
        keys[p.graph][0].update(person_keys(p.names, aliases))
    body_aliases = stored_body_aliases(store)
    for n in found.body_nodes:
        keys[n.graph][1].update(index_key(name, n.country, body_aliases) for name in n.names)
    identityindex.rebuild(store, dict(keys))
    return report


def apply_plan(store: Store, found: Plan) -> int:
    """Rewrite the article graphs whose nodes ``found`` changes (it may cover only some nodes: the others
    stay as they are); returns how many graphs were rewritten."""
    label_of, names, meeting_of, minted_of = found.label_of, found.names, found.meeting_of, found.minted_of
    persons_in: dict[str, dict[URIRef, tuple[str, set[str]]]] = defaultdict(dict)
    for (g, node), label in label_of.items():
        persons_in[g][URIRef(node)] = (label, names.get((g, node), {label}))
    meetings_in: dict[str, dict[URIRef, tuple[URIRef, URIRef]]] = defaultdict(dict)
    for (g, node), event in meeting_of.items():
        meetings_in[g][URIRef(node)] = (URIRef(event), URIRef(minted_of[(g, node)]))
    for (g, node), (new, minted) in found.dependents.items():
        meetings_in[g][URIRef(node)] = (URIRef(new), URIRef(minted))  # documents and visits, rewritten alike
    bodies_in: dict[str, dict[URIRef, tuple[str, set[str]]]] = defaultdict(dict)
    for (g, node), (label, said) in found.bodies.items():
        bodies_in[g][URIRef(node)] = (label, said)
    graphs = sorted(
        {g for g, ps in persons_in.items() if any(_person_changes(n, *v) for n, v in ps.items())}
        | {g for g, ms in meetings_in.items() if any(n != e for n, (e, _) in ms.items())}
        | {g for g, bs in bodies_in.items() if any(_body_changes(n, *v) for n, v in bs.items())}
    )
    rewritten = 0
    for start in range(0, len(graphs), REWRITE_BATCH):
        batch = {}
        for g, old in _graphs(store, graphs[start : start + REWRITE_BATCH]).items():
            new = rewrite(old, persons_in.get(g, {}), meetings_in.get(g, {}), bodies_in.get(g, {}))
            if new != old:
                batch[URIRef(g)] = GraphChange(old - new, new - old)  # a few renamed nodes: the difference
        if batch:
            store.change_graphs(batch)
            rewritten += len(batch)
    return rewritten


def _person_changes(node: URIRef, label: str, names: set[str]) -> bool:
    return node != person_iri(label) or names != {label}


def _body_changes(node: URIRef, label: str, names: set[str]) -> bool:
    return node != organization_iri(label) or names != {label}


def _graphs(store: Store, names: list[str]) -> dict[str, set[tuple]]:
    """The triples of several article graphs, in one query."""
    values = " ".join(f"<{g}>" for g in names)
    rows = store.query(
        f"SELECT ?g ?s ?p ?o WHERE {{ VALUES ?g {{ {values} }} GRAPH ?g {{ ?s ?p ?o }} }}"
    ).rows
    out: dict[str, set[tuple]] = {g: set() for g in names}
    for g, subject, predicate, obj in rows:
        out[str(g)].add((subject, predicate, obj))
    return out


_NAMING = {RDFS.label, SKOS.altLabel, DIP.nameInText}


def rewrite(
    old: set[tuple],
    persons: dict[URIRef, tuple[str, set[str]]],
    meetings: dict[URIRef, tuple[URIRef, URIRef]],
    bodies: dict[URIRef, tuple[str, set[str]]] | None = None,
) -> set[tuple]:
    """An article graph with its person, meeting and body nodes replaced by their clusters' nodes.

    ``persons`` and ``bodies``: current node -> (chosen label, names the article gave it);
    ``meetings``: current node of a meeting, document or visit -> (its node, the node it was minted as).
    A post names its body in its IRI and label, so it follows its body."""
    bodies = bodies or {}
    posts = post_swaps(old, bodies)
    swap = {node: person_iri(label) for node, (label, _) in persons.items()}
    swap.update({node: event for node, (event, _) in meetings.items()})
    swap.update({node: organization_iri(label) for node, (label, _) in bodies.items()})
    swap.update({post: node for post, (node, _) in posts.items()})
    new: set[tuple] = set()
    for s, p, o in old:
        if (p in _NAMING and (s in persons or s in bodies)) or (p == DIP.mintedAs and s in meetings):
            continue  # names and minted nodes of the nodes given: added back below
        if p == RDFS.label and s in posts:
            continue
        new.add((swap.get(s, s), p, swap.get(o, o) if isinstance(o, URIRef) else o))
    _add_names(new, persons, person_iri)
    _add_names(new, bodies, organization_iri)
    new.update((node, RDFS.label, label) for node, label in posts.values() if label is not None)
    for event, minted in meetings.values():
        if event != minted:
            new.add((event, DIP.mintedAs, minted))
    return new


def _add_names(new: set[tuple], named: dict[URIRef, tuple[str, set[str]]], iri_of) -> None:
    """The chosen label of each node, and the names its article gave it when they differ (so that a
    later run can undo the merge)."""
    said_by: dict[URIRef, tuple[str, set[str]]] = {}
    for label, said in named.values():
        said_by.setdefault(iri_of(label), (label, set()))[1].update(said)
    for node, (label, said) in said_by.items():
        new.add((node, RDFS.label, Literal(label, lang="ru")))
        if said != {label}:
            for name in said:
                new.add((node, DIP.nameInText, Literal(name, lang="ru")))
                if name != label:
                    new.add((node, SKOS.altLabel, Literal(name, lang="ru")))
