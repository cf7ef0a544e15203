"""Documents and visits follow their event: one node per document signed and per visit, across outlets.

Once the reports of one meeting are one event (``consolidate.py``), what each report
attached to it is clustered inside that event:

- documents of one type whose titles name the same subject (the content lemmas of
  ``documents.title_subject``, at least 60 % of the shorter shared: "соглашение о безвизовом
  режиме" and "Соглашение о взаимной отмене визовых требований … безвизовом режиме") are one
  document; a bare title ("соглашение") joins the one document of its type it can be;
- visits of the same visitor are one visit.

Each node keeps the IRI its article minted as ``dip:mintedAs`` when rewritten, as meetings do.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass

from kg.extract.documents import title_subject
from kg.ingest.aggregates import graph_rows, graph_values
from kg.store.base import Store


@dataclass(frozen=True)
class Dependent:
    graph: str
    node: str  # current node in the article graph
    minted: str
    event: str  # the event node of the meeting it belongs to
    kind: str  # the document's class, or the visitor
    title: str = ""


_DOCUMENTS = """SELECT ?g ?m ?d ?title ?type WHERE {{ {values} GRAPH ?g {{ ?m dip:produced ?d .
    ?d rdfs:label ?title ; a ?type . FILTER(?type != dip:Document) }} }}"""
_VISITS = (
    "SELECT ?g ?m ?v ?visitor WHERE {{ {values} GRAPH ?g {{ ?m dip:partOf ?v . ?v dip:visitor ?visitor }} }}"
)


def read_dependents(
    store: Store, meeting_of: dict, person_of: dict, graphs: Iterable[str] | None = None
) -> list[Dependent]:
    """Every document and visit (of ``graphs``) with the event it belongs to; a visit told with several
    meetings of one article belongs to the first of their events, so that the choice never depends on row
    order."""
    found: dict[tuple[str, str], tuple[set[str], str, str, str]] = {}
    graphs = None if graphs is None else sorted(set(graphs))
    minted_as = graph_values(store, "?x", "?x dip:mintedAs ?minted", "minted", graphs)
    docs = graph_rows(store, _DOCUMENTS, graphs)
    for g, m, d, title, kind in docs:
        minted = _first(minted_as, (str(g), str(d)))
        event = meeting_of.get((str(g), str(m)))
        if event is not None:
            entry = found.setdefault((str(g), str(d)), (set(), str(minted or d), str(kind), str(title)))
            entry[0].add(event)
    visits = graph_rows(store, _VISITS, graphs)
    for g, m, v, visitor in visits:
        minted = _first(minted_as, (str(g), str(v)))
        event = meeting_of.get((str(g), str(m)))
        if event is not None:
            who = person_of.get((str(g), str(visitor)), str(visitor))
            entry = found.setdefault((str(g), str(v)), (set(), str(minted or v), "visit:" + who, ""))
            entry[0].add(event)
    out = [
        Dependent(g, node, minted, min(events), kind, title)
        for (g, node), (events, minted, kind, title) in found.items()
    ]
    return sorted(out, key=lambda d: (d.event, d.kind, d.minted, d.graph))


def _first(values: dict, key: tuple):
    found = values.get(key)
    return min(found, key=str) if found else None


def _same_document(a: frozenset[str], b: frozenset[str]) -> bool:
    if not a or not b:
        return False
    return len(a & b) / min(len(a), len(b)) >= 0.6


def cluster_dependents(items: list[Dependent]) -> dict[tuple[str, str], str]:
    """(graph, current node) -> the node of the document or visit it is."""
    groups: dict[tuple[str, str], list[Dependent]] = defaultdict(list)
    for d in items:
        groups[(d.event, d.kind)].append(d)
    out: dict[tuple[str, str], str] = {}
    for (_, kind), members in groups.items():
        clusters = [members] if kind.startswith("visit:") else _documents(members)
        for cluster in clusters:
            node = min(d.minted for d in cluster)
            for d in cluster:
                out[(d.graph, d.node)] = node
    return out


def _documents(members: list[Dependent]) -> list[list[Dependent]]:
    """Titled documents of one type and event by subject; a bare title joins the one cluster it can."""
    clusters: list[list[Dependent]] = []
    bare = []
    for d in members:  # sorted by minted IRI: the grouping does not depend on arrival order
        subject = title_subject(d.title)
        if not subject:
            bare.append(d)
            continue
        home = next(
            (
                c
                for c in clusters
                if all(x.graph != d.graph for x in c)
                and any(_same_document(subject, title_subject(x.title)) for x in c)
            ),
            None,
        )
        if home is None:
            clusters.append([d])
        else:
            home.append(d)
    for d in bare:
        fits = [c for c in clusters if all(x.graph != d.graph for x in c)]
        if len(fits) == 1:
            fits[0].append(d)
        else:
            clusters.append([d])
    return clusters
