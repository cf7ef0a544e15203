"""rdflib's in-memory Dataset as a store: the default graph is the union of the named graphs.

Nothing outlives the process, so the command line refuses it for commands that
write (``kg ingest --backend memory`` used to report success and keep nothing).
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import IO

from rdflib import Dataset, Graph, URIRef

from kg.errors import FormatError, QueryError
from kg.rdf.rdfio import new_dataset, new_graph, one_line, sparql_prefixes
from kg.store.base import (
    DATASET_FORMATS,
    EXPORT_FORMATS,
    ONTOLOGY_GRAPH,
    UNMERGED_GRAPHS,
    ArticleData,
    GraphChange,
    QueryResult,
    RawResult,
    materialize,
    ontology_graph,
)


class MemoryStore:
    write_batch_articles = 500
    write_batch_triples = 100_000
    path = None
    readonly = False

    def __init__(self, path=None, create: bool = True, readonly: bool = False) -> None:
        self._ds = new_dataset(default_union=True)
        self.replace_graphs({ONTOLOGY_GRAPH: ontology_graph()})

    def write_articles(self, articles: list[ArticleData], drop: Iterable[str] = ()) -> None:
        for name in list(drop) + [a.iri for a in articles]:
            self._ds.remove_graph(self._ds.graph(URIRef(name)))
        for a in articles:
            target = self._ds.graph(URIRef(a.iri))
            target.parse(data=a.ntriples(), format="nt")

    def replace_graphs(self, graphs: dict[URIRef, Graph | Iterable[tuple]]) -> None:
        for name, graph in graphs.items():
            self._ds.remove_graph(self._ds.graph(name))
            target = self._ds.graph(name)
            for t in graph:
                target.add(t)

    def change_graphs(self, changes: dict[URIRef, GraphChange]) -> None:
        for name, change in changes.items():
            target = self._ds.graph(name)
            for t in change.removed:
                target.remove(t)
            for t in change.added:
                target.add(t)

    def remove_graphs(self, names: Iterable[URIRef]) -> int:
        present = set(self.graph_names())
        n = 0
        for name in names:
            if name in present:
                self._ds.remove_graph(self._ds.graph(name))
                n += 1
        return n

    def update_named(self, sparql: str) -> None:
        # the default graph here is the union of every named graph, the summary's included
        try:
            self._ds.update(sparql_prefixes() + sparql)
        except Exception as e:  # noqa: BLE001 - rdflib raises pyparsing and other errors for bad SPARQL
            raise QueryError(f"SPARQL update error: {one_line(e)}") from None

    def graph_names(self) -> list[URIRef]:
        return sorted(
            c.identifier
            for c in self._ds.graphs()
            if isinstance(c.identifier, URIRef)
            and c.identifier != self._ds.default_graph.identifier
            and len(c)
        )

    def raw_query(self, sparql: str, timeout: float | None = None) -> RawResult:
        try:
            result = self._ds.query(sparql_prefixes() + sparql)
            if result.type == "ASK":
                return RawResult("ask", boolean=bool(result.askAnswer))
            if result.type == "SELECT":
                return RawResult(
                    "select", [str(v) for v in result.vars], rows=iter([tuple(r) for r in result])
                )
            return RawResult("graph", triples=iter(list(result)))
        except Exception as e:  # noqa: BLE001 - rdflib raises pyparsing and other errors for bad SPARQL
            raise QueryError(f"SPARQL error: {one_line(e)}") from None

    def query(self, sparql: str) -> QueryResult:
        return materialize(self.raw_query(sparql))

    def union(self) -> Graph:
        """The articles' merged graph, without the summary graph (as the Oxigraph store keeps it)."""
        g = new_graph()
        for s, p, o, name in self._ds.quads((None, None, None, None)):
            if getattr(name, "identifier", name) not in UNMERGED_GRAPHS:
                g.add((s, p, o))
        return g

    def dataset(self) -> Dataset:
        return self._ds

    def export(self, fmt: str, out: IO[bytes]) -> None:
        rdflib_fmt = {"turtle": "turtle", "nt": "nt", "trig": "trig", "nq": "nquads", "jsonld": "json-ld"}
        if fmt not in rdflib_fmt:
            raise FormatError(f"unknown export format '{fmt}' (choose from {', '.join(EXPORT_FORMATS)})")
        if fmt == "jsonld":  # compacted under the ontology's @context (kg/rdf/jsonld.py)
            from kg.rdf.jsonld import dataset_graphs, write_dataset

            write_dataset(dataset_graphs(self._ds), out)
            return
        source = self._ds if fmt in DATASET_FORMATS else self.union()
        out.write(source.serialize(format=rdflib_fmt[fmt]).encode("utf-8"))

    def optimize(self) -> bool:
        return False  # rdflib's in-memory indexes have no storage to compact

    def close(self) -> None:
        pass
