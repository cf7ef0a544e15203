"""Meeting reports of the store found by participant, for the incremental consolidation (``incremental.py``).

A consolidated article graph names its meetings' participants by their persons' nodes, so the
store's own index finds every report that names a person. Those rows are read with the fields
``consolidate.maybe_related`` needs (kind, days, publication date); only the reports that pass it
are read in full, graph by graph, and kept when ``consolidate.related`` links them.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable

from kg.ingest.aggregates import chunks, iris
from kg.ingest.consolidate import MeetingMention, maybe_related, related
from kg.ingest.resolve import as_date, as_month_day, read_meetings
from kg.store.base import Store

Key = tuple[str, str]  # (graph, current node)

_BY_PERSON = "SELECT ?p ?g ?m {select} WHERE {{ VALUES ?p {{ {people} }} GRAPH ?g {{ ?m dip:participant ?p . {where} }} }}"
# each field by its own query: an OPTIONAL beside the VALUES block makes Oxigraph scan every graph
_FIELDS = {
    "kind": "?m dip:kind/skos:notation ?kind",
    "minted": "?m dip:mintedAs ?minted",
    "date": "?m dip:date ?date",
    "md": "?m dip:monthDay ?md",
    "pub": "?art dip:published ?pub",
}


class StoreReports:
    """The reports of the store's graphs but ``exclude`` (those read anew by the caller), read as needed."""

    def __init__(self, store: Store, exclude: Iterable[str]) -> None:
        self.store = store
        self.exclude = set(exclude)
        self.by_person: dict[str, list[tuple[Key, MeetingMention]]] = {}
        self.full: dict[Key, MeetingMention] = {}
        self.read: set[str] = set()

    def _by_person(self, people: set[str]) -> None:
        missing = people - self.by_person.keys()
        for p in missing:
            self.by_person[p] = []
        for chunk in chunks(missing):
            rows: dict[tuple[str, str, str], dict[str, object]] = {}
            for name, where in _FIELDS.items():
                query = _BY_PERSON.format(select=f"?{name}", people=iris(chunk), where=where)
                for p, g, m, value in self.store.query(query).rows:
                    fields = rows.setdefault((str(p), str(g), str(m)), {})
                    if name not in fields or str(value) < str(fields[name]):
                        fields[name] = value  # the smallest of several, as read_meetings takes
            for (p, g, m), f in rows.items():
                if g in self.exclude or "kind" not in f:
                    continue
                light = MeetingMention(
                    g,
                    str(f.get("minted") or m),
                    str(f["kind"]),
                    frozenset(),
                    as_date(f.get("date")),
                    as_month_day(f.get("md")),
                    as_date(f.get("pub")),
                )
                self.by_person[p].append(((g, m), light))

    def _read(self, graphs: set[str]) -> None:
        new = graphs - self.read
        self.read |= new
        for g, node, m in read_meetings(self.store, {}, new):
            self.full[(g, node)] = m

    def related_to(self, reports: Iterable[MeetingMention]) -> dict[Key, MeetingMention]:
        """Every report of the graphs read here that ``related`` links to one of ``reports``."""
        reports = list(reports)
        self._by_person({p for r in reports for p in r.participants})
        candidates: dict[Key, list[MeetingMention]] = defaultdict(list)
        for r in reports:
            for p in r.participants:
                for key, light in self.by_person[p]:
                    if maybe_related(r, light):
                        candidates[key].append(r)
        self._read({g for g, _ in candidates})
        return {
            key: self.full[key]
            for key, rs in candidates.items()
            if key in self.full and any(related(r, self.full[key]) for r in rs)
        }


def graphs_holding(store: Store, events: Iterable[str]) -> set[str]:
    """The article graphs that hold a meeting under one of the ``events`` nodes."""
    out: set[str] = set()
    for chunk in chunks({str(e) for e in events}):
        rows = store.query(
            f"SELECT DISTINCT ?g WHERE {{ VALUES ?e {{ {iris(chunk)} }} GRAPH ?g {{ ?e a dip:Meeting . "
            "?art a dip:Article } }"
        ).rows
        out |= {str(g) for (g,) in rows}
    return out
