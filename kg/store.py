"""Stores: where article graphs live, chosen by name through one small interface.

``oxigraph`` (default) is an embedded on-disk Oxigraph database. Each article's
triples sit in a named graph of their own (the article IRI) and, merged, in the
default graph as well: queries read the default graph, which is the union of all
articles, without paying for a union over thousands of named graphs at query
time; ``GRAPH ?g`` still selects one article. Replacing or removing an article
is one SPARQL update, so it is all-or-nothing, and a triple leaves the merged
graph only when no other article states it.

``memory`` keeps an rdflib Dataset in memory: enough for tests, notebooks and
small jobs, and the reference the Oxigraph layout is checked against.
"""

from __future__ import annotations

import io
import os
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO, Protocol

from rdflib import BNode, Dataset, Graph, Literal, URIRef
from rdflib.term import Node

from .errors import FormatError, QueryError, StoreError
from .ontology import IGR, PREFIXES
from .resources import ontology_file

DEFAULT_STORE_ENV = "IGKG_STORE"
DEFAULT_STORE_DIR = "kg-store"
ONTOLOGY_GRAPH = IGR["graph/ontology"]
EXPORT_FORMATS = ("turtle", "trig", "nt", "nq", "jsonld")
DATASET_FORMATS = ("trig", "nq", "jsonld")


def default_store_path() -> Path:
    return Path(os.environ.get(DEFAULT_STORE_ENV) or DEFAULT_STORE_DIR)


@dataclass
class QueryResult:
    """A SPARQL result in rdflib terms, whatever the backend."""

    kind: str  # "select", "ask" or "graph"
    variables: list[str] = field(default_factory=list)
    rows: list[tuple[Node | None, ...]] = field(default_factory=list)
    boolean: bool | None = None
    graph: Graph | None = None


class Store(Protocol):
    def replace_graphs(self, graphs: dict[URIRef, Graph]) -> None: ...
    def remove_graphs(self, names: Iterable[URIRef]) -> int: ...
    def graph_names(self) -> list[URIRef]: ...
    def query(self, sparql: str) -> QueryResult: ...
    def union(self) -> Graph: ...
    def dataset(self) -> Dataset: ...
    def export(self, fmt: str, out: IO[bytes]) -> None: ...
    def close(self) -> None: ...


def _ontology_graph() -> Graph:
    g = Graph()
    g.parse(ontology_file("igkg.ttl"), format="turtle")
    return g


def _sparql_prefixes() -> str:
    return "".join(f"PREFIX {p}: <{ns}>\n" for p, ns in PREFIXES.items())


_NT_ESCAPES = str.maketrans({"\\": "\\\\", '"': '\\"', "\n": "\\n", "\r": "\\r"})


def _nt_term(term: Node) -> str:
    """A term in N-Triples syntax (rdflib's n3() writes multi-line strings in Turtle's long quotes)."""
    if isinstance(term, Literal):
        text = '"' + str(term).translate(_NT_ESCAPES) + '"'
        if term.language:
            return f"{text}@{term.language}"
        if term.datatype:
            return f"{text}^^<{term.datatype}>"
        return text
    if isinstance(term, BNode):
        return f"_:b{term}"
    return f"<{term}>"


def _nt_lines(graph: Graph) -> Iterator[str]:
    """Each triple as N-Triples, without the final dot."""
    for s, p, o in graph:
        yield f"{_nt_term(s)} {_nt_term(p)} {_nt_term(o)}"


def _nt(graph: Graph) -> str:
    return "".join(f"{line} .\n" for line in _nt_lines(graph))


# ---------------------------------------------------------------- Oxigraph


class OxigraphStore:
    """Embedded Oxigraph on disk (or in memory when ``path`` is None)."""

    def __init__(self, path: Path | None, create: bool = True) -> None:
        import pyoxigraph as ox

        self._ox = ox
        if path is not None:
            path = Path(path)
            if path.exists() and not path.is_dir():
                raise StoreError(f"{path}: is a file, not a store folder")
            if not path.exists() and not create:
                raise StoreError(f"{path}: no store here yet (run `kg ingest` first, or pass --store)")
            if path.is_dir() and any(path.iterdir()) and not (path / "CURRENT").exists():
                raise StoreError(f"{path}: folder is not an Oxigraph store")
        try:
            self._store = ox.Store(str(path)) if path is not None else ox.Store()
        except OSError as e:
            msg = str(e).splitlines()[0]
            if "lock" in msg.lower():
                msg = "the store is in use by another process (a running `kg serve`?)"
            raise StoreError(f"{path}: cannot open store: {msg}") from None
        self.path = path
        if not self._store.contains_named_graph(ox.NamedNode(str(ONTOLOGY_GRAPH))):
            self.replace_graphs({ONTOLOGY_GRAPH: _ontology_graph()})

    def replace_graphs(self, graphs: dict[URIRef, Graph]) -> None:
        """Write each graph as a named graph and into the merged default graph, in one transaction."""
        if not graphs:
            return
        ox = self._ox
        existing = [g for g in graphs if self._store.contains_named_graph(ox.NamedNode(str(g)))]
        try:
            if not existing:
                # new articles only: one transactional load of N-Quads, named and merged copies together
                lines = []
                for name, graph in graphs.items():
                    for line in _nt_lines(graph):
                        lines.append(f"{line} <{name}> .\n")
                        lines.append(f"{line} .\n")
                self._store.load("".join(lines).encode("utf-8"), format=ox.RdfFormat.N_QUADS)
                return
            # a triple leaves the merged default graph only if no graph outside this batch states it
            parts = [_forget_from_default(list(graphs))]
            parts += [f"DROP SILENT GRAPH <{g}>" for g in graphs]
            inserts = "".join(f"GRAPH <{name}> {{\n{_nt(graph)}}}\n" for name, graph in graphs.items())
            merged = "".join(_nt(graph) for graph in graphs.values())
            parts.append(f"INSERT DATA {{\n{inserts}}}")
            parts.append(f"INSERT DATA {{\n{merged}}}")
            self._store.update(" ;\n".join(parts))
        except (OSError, SyntaxError, ValueError) as e:
            raise StoreError(f"{self.path}: write failed, store unchanged: {_one_line(e)}") from None

    def remove_graphs(self, names: Iterable[URIRef]) -> int:
        present = [n for n in names if self._store.contains_named_graph(self._ox.NamedNode(str(n)))]
        if not present:
            return 0
        update = " ;\n".join([_forget_from_default(present)] + [f"DROP SILENT GRAPH <{g}>" for g in present])
        self._store.update(update)
        return len(present)

    def graph_names(self) -> list[URIRef]:
        return sorted(URIRef(g.value) for g in self._store.named_graphs())

    def query(self, sparql: str) -> QueryResult:
        ox = self._ox
        try:
            result = self._store.query(sparql, prefixes=PREFIXES)
        except SyntaxError as e:
            raise QueryError(f"SPARQL syntax error: {_one_line(e)}") from None
        except (OSError, ValueError, RuntimeError) as e:
            raise QueryError(f"query failed: {_one_line(e)}") from None
        if isinstance(result, ox.QueryBoolean):
            return QueryResult("ask", boolean=bool(result))
        if isinstance(result, ox.QuerySolutions):
            variables = [v.value for v in result.variables]
            rows = [tuple(adapt_term(sol[v]) for v in variables) for sol in result]
            return QueryResult("select", variables, rows)
        g = Graph()
        for prefix, ns in PREFIXES.items():
            g.bind(prefix, ns)
        for t in result:
            g.add((adapt_term(t.subject), adapt_term(t.predicate), adapt_term(t.object)))
        return QueryResult("graph", graph=g)

    def _quads(self) -> Iterator:
        ox = self._ox
        for q in self._store.quads_for_pattern(None, None, None, None):
            if not isinstance(q.graph_name, ox.DefaultGraph):
                yield q

    def union(self) -> Graph:
        g = Graph()
        for prefix, ns in PREFIXES.items():
            g.bind(prefix, ns)
        buf = self._store.dump(format=self._ox.RdfFormat.N_TRIPLES, from_graph=self._ox.DefaultGraph())
        g.parse(data=buf.decode("utf-8"), format="nt")
        return g

    def dataset(self) -> Dataset:
        ds = Dataset()
        for prefix, ns in PREFIXES.items():
            ds.bind(prefix, ns)
        data = self._ox.serialize(self._quads(), format=self._ox.RdfFormat.N_QUADS)
        ds.parse(data=data.decode("utf-8"), format="nquads")
        return ds

    def export(self, fmt: str, out: IO[bytes]) -> None:
        ox = self._ox
        formats = {
            "turtle": ox.RdfFormat.TURTLE, "nt": ox.RdfFormat.N_TRIPLES, "trig": ox.RdfFormat.TRIG,
            "nq": ox.RdfFormat.N_QUADS, "jsonld": ox.RdfFormat.JSON_LD,
        }
        if fmt not in formats:
            raise FormatError(f"unknown export format '{fmt}' (choose from {', '.join(EXPORT_FORMATS)})")
        prefixes = PREFIXES if fmt in ("turtle", "trig") else None
        if fmt in DATASET_FORMATS:
            # the named graphs carry provenance; the merged default graph is derived from them
            ox.serialize(self._quads(), out, format=formats[fmt], prefixes=prefixes)
        else:
            self._store.dump(out, format=formats[fmt], from_graph=ox.DefaultGraph(), prefixes=prefixes)

    def close(self) -> None:
        self._store.flush() if self.path is not None else None
        del self._store


def _forget_from_default(names: list[URIRef]) -> str:
    """SPARQL that deletes from the merged default graph what only the named graphs ``names`` state."""
    values = " ".join(f"<{g}>" for g in names)
    others = ", ".join(f"<{g}>" for g in names)
    return (f"DELETE {{ ?s ?p ?o }} WHERE {{ VALUES ?g {{ {values} }} GRAPH ?g {{ ?s ?p ?o }} "
            f"FILTER NOT EXISTS {{ GRAPH ?h {{ ?s ?p ?o }} FILTER (?h NOT IN ({others})) }} }}")


def adapt_term(term) -> Node | None:
    """A pyoxigraph term as the rdflib term it stands for."""
    import pyoxigraph as ox

    if term is None:
        return None
    if isinstance(term, ox.NamedNode):
        return URIRef(term.value)
    if isinstance(term, ox.BlankNode):
        return BNode(term.value)
    if isinstance(term, ox.Literal):
        if term.language:
            return Literal(term.value, lang=term.language)
        return Literal(term.value, datatype=URIRef(term.datatype.value))
    raise TypeError(f"unsupported term {term!r}")


def _one_line(e: Exception) -> str:
    return " ".join(str(e).split())


# ---------------------------------------------------------------- rdflib Memory


class MemoryStore:
    """rdflib's in-memory Dataset; the default graph is the union of the named graphs."""

    def __init__(self, path: Path | None = None, create: bool = True) -> None:
        self._ds = Dataset(default_union=True)
        for prefix, ns in PREFIXES.items():
            self._ds.bind(prefix, ns)
        self.path = None
        self.replace_graphs({ONTOLOGY_GRAPH: _ontology_graph()})

    def replace_graphs(self, graphs: dict[URIRef, Graph]) -> None:
        for name, graph in graphs.items():
            self._ds.remove_graph(self._ds.graph(name))
            target = self._ds.graph(name)
            for t in graph:
                target.add(t)

    def remove_graphs(self, names: Iterable[URIRef]) -> int:
        present = set(self.graph_names())
        n = 0
        for name in names:
            if name in present:
                self._ds.remove_graph(self._ds.graph(name))
                n += 1
        return n

    def graph_names(self) -> list[URIRef]:
        return sorted(c.identifier for c in self._ds.graphs() if isinstance(c.identifier, URIRef)
                      and c.identifier != self._ds.default_graph.identifier and len(c))

    def query(self, sparql: str) -> QueryResult:
        try:
            result = self._ds.query(_sparql_prefixes() + sparql)
        except Exception as e:  # noqa: BLE001 - rdflib raises pyparsing and other errors for bad SPARQL
            raise QueryError(f"SPARQL error: {_one_line(e)}") from None
        if result.type == "ASK":
            return QueryResult("ask", boolean=bool(result.askAnswer))
        if result.type == "SELECT":
            variables = [str(v) for v in result.vars]
            return QueryResult("select", variables, [tuple(row) for row in result])
        g = Graph()
        for t in result:
            g.add(t)
        return QueryResult("graph", graph=g)

    def union(self) -> Graph:
        g = Graph()
        for prefix, ns in PREFIXES.items():
            g.bind(prefix, ns)
        for s, p, o, _ in self._ds.quads((None, None, None, None)):
            g.add((s, p, o))
        return g

    def dataset(self) -> Dataset:
        return self._ds

    def export(self, fmt: str, out: IO[bytes]) -> None:
        rdflib_fmt = {"turtle": "turtle", "nt": "nt", "trig": "trig", "nq": "nquads", "jsonld": "json-ld"}
        if fmt not in rdflib_fmt:
            raise FormatError(f"unknown export format '{fmt}' (choose from {', '.join(EXPORT_FORMATS)})")
        source = self._ds if fmt in DATASET_FORMATS else self.union()
        out.write(source.serialize(format=rdflib_fmt[fmt]).encode("utf-8"))

    def close(self) -> None:
        pass


BACKENDS: dict[str, type] = {"oxigraph": OxigraphStore, "memory": MemoryStore}


def open_store(path: Path | str | None = None, backend: str = "oxigraph", create: bool = True) -> Store:
    """Open a store by backend name; ``path`` defaults to $IGKG_STORE or ./kg-store."""
    try:
        cls = BACKENDS[backend]
    except KeyError:
        raise StoreError(f"unknown store backend '{backend}' (choose from {', '.join(BACKENDS)})") from None
    if backend == "memory":
        return cls()
    return cls(Path(path) if path is not None else default_store_path(), create=create)


def export_bytes(store: Store, fmt: str) -> bytes:
    buf = io.BytesIO()
    store.export(fmt, buf)
    return buf.getvalue()
