"""Candidate duplicates for an analyst to review (``kg duplicates``): what consolidation kept apart.

Consolidation merges only what its rules are sure of (``consolidate.py``). This lists the
near misses, the way OpenRefine's clustering proposes groups: persons of one surname under
different first names or initials ("Иван Петров", "Илья Петров", "И. Петров"), events of
the same people whose days are a week apart or unknown, and bodies whose names differ in one
word by a slip of one or two letters ("Министерство инсотранных дел …"). Confirm one with an aliases file
(``kg resolve --aliases FILE``); a namesake is left as it is.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass

from kg.ingest.consolidate import MeetingMention, day_gap
from kg.ingest.persons import edit_distance, surname_key
from kg.ingest.resolve import plan
from kg.rdf.ontology import organization_iri, person_iri
from kg.store.base import Store

_NEAR_DAYS = 7


@dataclass(frozen=True)
class Candidate:
    kind: str  # "person", "meeting" or "body"
    nodes: tuple[str, ...]  # the IRIs that may be one
    labels: tuple[str, ...]
    reports: tuple[int, ...]  # articles behind each node
    why: str


def duplicates(store: Store) -> list[Candidate]:
    found = plan(store)
    by_minted = {(m.graph, m.node): m for m in found.meetings}
    members: dict[str, list[MeetingMention]] = defaultdict(list)
    for key, event in found.meeting_of.items():
        members[event].append(by_minted[(key[0], found.minted_of[key])])
    return _persons(found.label_of) + _meetings(members) + _bodies(found.body_uses)


def _persons(label_of: dict[tuple[str, str], str]) -> list[Candidate]:
    graphs: dict[str, set[str]] = defaultdict(set)
    for (g, _), label in label_of.items():
        graphs[label].add(g)
    by_surname: dict[str, list[str]] = defaultdict(list)
    for label in graphs:
        key = surname_key(label)
        if key:
            by_surname[key].append(label)
    out = []
    for key, labels in sorted(by_surname.items()):
        if len(labels) > 1:
            labels.sort()
            out.append(
                Candidate(
                    "person",
                    tuple(str(person_iri(x)) for x in labels),
                    tuple(labels),
                    tuple(len(graphs[x]) for x in labels),
                    f"one surname ({key}), different first names or initials",
                )
            )
    return out


def _meetings(members: dict[str, list[MeetingMention]]) -> list[Candidate]:
    by_people: dict[frozenset[str], list[str]] = defaultdict(list)
    for event, reports in members.items():
        people = frozenset().union(*(m.participants for m in reports))
        if len(people) >= 2:
            by_people[people].append(event)
    out = []
    for events in by_people.values():
        events.sort()
        for i, a in enumerate(events):
            for b in events[i + 1 :]:
                gaps = [day_gap(x, y) for x in members[a] for y in members[b] if x.family == y.family]
                known = [gap for gap in gaps if gap is not None]
                if not gaps or (known and min(known) > _NEAR_DAYS):
                    continue
                why = f"{min(known)} day(s) apart" if known else "one of them undated"
                out.append(
                    Candidate(
                        "meeting",
                        (a, b),
                        (a.rsplit("/", 1)[-1], b.rsplit("/", 1)[-1]),
                        (len(members[a]), len(members[b])),
                        f"the same participants, {why}",
                    )
                )
    return sorted(out, key=lambda c: c.nodes)


def _bodies(graphs: dict[str, int]) -> list[Candidate]:
    by_length: dict[int, list[str]] = defaultdict(list)  # only names of as many words can be one slip apart
    for label in sorted(graphs):
        by_length[len(label.split())].append(label)
    out = []
    for labels in by_length.values():
        for i, a in enumerate(labels):
            for b in labels[i + 1 :]:
                if not _one_slip(a, b):
                    continue
                out.append(
                    Candidate(
                        "body",
                        (str(organization_iri(a)), str(organization_iri(b))),
                        (a, b),
                        (graphs[a], graphs[b]),
                        "names one slip apart",
                    )
                )
    return sorted(out, key=lambda c: c.nodes)


def _one_slip(a: str, b: str) -> bool:
    """The same words but one, and that one (of five letters or more) one or two letters off."""
    wa, wb = a.lower().split(), b.lower().split()
    diff = [(x, y) for x, y in zip(wa, wb, strict=True) if x != y]
    return len(diff) == 1 and min(map(len, diff[0])) >= 5 and edit_distance(*diff[0]) <= 2
