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
from dataclasses import dataclass, field

from rdflib import Literal, URIRef
from rdflib.namespace import RDFS, SKOS

from kg.ingest.bodies import cluster_bodies, node_label, post_swaps, read_mentions, read_nodes
from kg.ingest.consolidate import MeetingMention, cluster_meetings
from kg.ingest.curation import ALIASES_GRAPH, Alias, stored_aliases, stored_body_aliases, write_aliases
from kg.ingest.dependents import cluster_dependents, read_dependents
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


@dataclass
class _PersonNode:
    graph: str
    node: str
    label: str
    names: set[str] = field(default_factory=set)  # every name the article gave it


def _date(value) -> dt.date | None:
    try:
        return dt.date.fromisoformat(str(value)) if value is not None else None
    except ValueError:
        return None


def _month_day(value) -> tuple[int, int] | None:
    text = str(value) if value is not None else ""
    if len(text) == 7 and text.startswith("--"):
        try:
            return int(text[2:4]), int(text[5:7])
        except ValueError:
            return None
    return None


def read_persons(store: Store) -> list[_PersonNode]:
    rows = store.query(
        "SELECT ?g ?n ?label ?said WHERE { GRAPH ?g { ?n a dip:Person ; rdfs:label ?label . "
        f"OPTIONAL {{ ?n dip:nameInText ?said }} }} FILTER(?g != <{ALIASES_GRAPH}>) }}"
    ).rows
    nodes: dict[tuple[str, str], _PersonNode] = {}
    for g, n, label, said in rows:
        key = (str(g), str(n))
        node = nodes.setdefault(key, _PersonNode(key[0], key[1], str(label)))
        if said is not None:
            node.names.add(str(said))
    for node in nodes.values():
        if not node.names:
            node.names.add(node.label)
    return list(nodes.values())


def read_meetings(
    store: Store, person_of: dict[tuple[str, str], str]
) -> list[tuple[str, str, MeetingMention]]:
    """(graph, current node, mention) for every meeting, its participants resolved through ``person_of``."""
    rows = store.query(
        """SELECT ?g ?m ?minted ?kind ?date ?md ?pub ?city WHERE { GRAPH ?g {
             ?m a dip:Meeting ; dip:kind/skos:notation ?kind .
             OPTIONAL { ?m dip:mintedAs ?minted } OPTIONAL { ?m dip:date ?date } OPTIONAL { ?m dip:city ?city }
             OPTIONAL { ?m dip:monthDay ?md } OPTIONAL { ?art a dip:Article ; dip:published ?pub } } }"""
    ).rows
    people: dict[tuple[str, str], set[str]] = defaultdict(set)
    for g, m, p in store.query(
        "SELECT ?g ?m ?p WHERE { GRAPH ?g { ?m a dip:Meeting ; dip:participant ?p } }"
    ).rows:
        people[(str(g), str(m))].add(person_of.get((str(g), str(p)), str(p)))
    days: dict[str, set[tuple[int, int]]] = defaultdict(set)
    for g, _, _, _, date, md, _, _ in rows:
        day = _date(date)
        if day or _month_day(md):
            days[str(g)].add((day.month, day.day) if day else _month_day(md))
    out = {}
    for g, m, minted, kind, date, md, pub, city in rows:
        key = (str(g), str(m))
        if key in out:
            continue
        mention = MeetingMention(
            graph=key[0],
            node=str(minted) if minted is not None else key[1],
            kind=str(kind),
            participants=frozenset(people.get(key, ())),
            date=_date(date),
            month_day=_month_day(md),
            published=_date(pub),
            article_days=frozenset(days.get(key[0], ())),
            city=str(city) if city is not None else None,
        )
        out[key] = mention
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
    bodies, body_uses = _plan_bodies(store)
    return Plan(
        label_of, names, meeting_of, minted_of, [m for _, _, m in meetings], dependents, bodies, body_uses
    )


def _plan_bodies(store: Store) -> tuple[dict[tuple[str, str], tuple[str, set[str]]], dict[str, int]]:
    """Bodies are read by name first (a few hundred names for tens of thousands of nodes); only the
    nodes whose name is not their body's label, or that were rewritten before, are read one by one."""
    mentions = read_mentions(store, str(ALIASES_GRAPH))
    label_of = cluster_bodies(mentions, stored_body_aliases(store))
    uses: dict[str, int] = defaultdict(int)
    for m in mentions:
        uses[label_of[(m.name, m.country)]] += m.uses
    changed = sorted({m.name for m in mentions if label_of[(m.name, m.country)] != m.name})
    nodes = read_nodes(store, str(ALIASES_GRAPH), changed)
    return {(n.graph, n.node): (node_label(n, label_of), n.names) for n in nodes}, dict(uses)


def resolve_store(store: Store, aliases: list[Alias] | None = None) -> ConsolidationReport:
    """Keep ``aliases`` (when given) in the store, then consolidate it (the summary graph follows)."""
    from kg.ingest.summarykeys import SummaryTracker

    tracked = SummaryTracker(store)
    if aliases is not None:
        write_aliases(tracked, aliases)
    report = consolidate(tracked)
    tracked.finish()
    return report


def consolidate(store: Store) -> ConsolidationReport:
    """Bring every article graph to its clusters' nodes (see the module doc)."""
    found = plan(store)
    label_of, names, meeting_of, minted_of = found.label_of, found.names, found.meeting_of, found.minted_of
    report = ConsolidationReport(
        persons=len({person_iri(v) for v in label_of.values()}), meetings=len(set(meeting_of.values()))
    )
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
    for start in range(0, len(graphs), REWRITE_BATCH):
        batch = {}
        for g, old in _graphs(store, graphs[start : start + REWRITE_BATCH]).items():
            new = rewrite(old, persons_in.get(g, {}), meetings_in.get(g, {}), bodies_in.get(g, {}))
            if new != old:
                batch[URIRef(g)] = GraphChange(old - new, new - old)  # a few renamed nodes: the difference
        if batch:
            store.change_graphs(batch)
            report.graphs_rewritten += len(batch)
    return report


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
        if (p in _NAMING and (s in persons or s in bodies)) or p == DIP.mintedAs:
            continue
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
