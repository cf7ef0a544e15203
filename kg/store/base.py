"""Stores: where article graphs live, chosen by name (or URL) through one small interface.

``oxigraph`` (default, ``kg/store/oxigraph.py``) is an embedded on-disk Oxigraph
database. Each article's triples sit in a named graph of their own (the article
IRI) and, merged, in the default graph as well: queries read the default graph,
which is the union of all articles, without paying for a union over thousands of
named graphs at query time; ``GRAPH ?g`` still selects one article.

``memory`` (``kg/store/memory.py``) keeps an rdflib Dataset in memory: enough for
tests and notebooks, and the reference the Oxigraph layout is checked against.

``http(s)://…`` (``kg/store/remote.py``) is any SPARQL 1.1 server with Update and the
Graph Store Protocol whose default graph is the union of its named graphs.

Every store writes whole articles: ``write_articles`` is one transaction (one
request per article on a server), so an article is in the store completely or
not at all. Each article graph carries ``dip:contentHash``, ``dip:sourceFile``
and ``dip:extractedBy``, which ingest uses to skip unchanged texts and to replace
the previous version of a changed file.
"""

from __future__ import annotations

import io
import os
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO, Protocol

from rdflib import Dataset, Graph, Literal, URIRef
from rdflib.term import Node

from kg.rdf.ontology import IGR
from kg.rdf.rdfio import new_graph, nt, nt_lines, nt_term

DEFAULT_STORE_ENV = "IGKG_STORE"
DEFAULT_STORE_DIR = "kg-store"
ONTOLOGY_GRAPH = IGR["graph/ontology"]
# derived aggregates (kg/ingest/summary.py): a named graph kept out of the merged default graph, so that
# the union stays the articles' facts; written with ``update_named``, never merged by ``bulk_load``
SUMMARY_GRAPH = IGR["graph/summary"]
# the most central actors as `kg summarize` last computed them (kg/network/snapshot.py): kept out of the
# merged graph too
CENTRALITY_GRAPH = IGR["graph/centrality"]
# which article graphs name which person and body blocks, and whether identity is consolidated
# (kg/ingest/identityindex.py): kept out of the merged graph too
IDENTITY_GRAPH = IGR["graph/identity"]
UNMERGED_GRAPHS = frozenset((SUMMARY_GRAPH, CENTRALITY_GRAPH, IDENTITY_GRAPH))
EXPORT_FORMATS = ("turtle", "trig", "nt", "nq", "jsonld")
DATASET_FORMATS = ("trig", "nq", "jsonld")
BACKENDS = ("oxigraph", "memory")


def default_store_path() -> Path:
    return Path(os.environ.get(DEFAULT_STORE_ENV) or DEFAULT_STORE_DIR)


def is_url(location: str | Path | None) -> bool:
    return isinstance(location, str) and location.lower().startswith(("http://", "https://"))


@dataclass
class QueryResult:
    """A SPARQL result in rdflib terms, whatever the backend."""

    kind: str  # "select", "ask" or "graph"
    variables: list[str] = field(default_factory=list)
    rows: list[tuple[Node | None, ...]] = field(default_factory=list)
    boolean: bool | None = None
    graph: Graph | None = None
    truncated: bool = False  # more rows than max_rows were available


@dataclass
class RawResult:
    """A result as it streams from the engine: rows (select) or triples (graph), in rdflib terms."""

    kind: str
    variables: list[str] = field(default_factory=list)
    rows: Iterator[tuple] | None = None
    triples: Iterator[tuple] | None = None
    boolean: bool | None = None
    close: Callable[[], None] = lambda: None


@dataclass
class ArticleData:
    """One extracted article ready to be written: its graph as N-Triples lines (without the final dot)."""

    iri: str
    article_id: str
    path: str
    lines: list[str]

    @property
    def triples(self) -> int:
        return len(self.lines)

    def ntriples(self) -> str:
        return "".join(f"{line} .\n" for line in self.lines)


@dataclass
class GraphChange:
    """Triples to take out of one named graph and to put in it (store-level identity renames a few
    nodes of a graph: writing the difference costs far less than writing the graph again)."""

    removed: set[tuple] = field(default_factory=set)
    added: set[tuple] = field(default_factory=set)


def change_update(changes: dict[URIRef, GraphChange]) -> str:
    """One SPARQL update that applies ``changes`` to named graphs only (for a server whose default graph
    is the union of its named graphs)."""
    parts = []
    for name, change in changes.items():
        if change.removed:
            parts.append(f"DELETE DATA {{ GRAPH <{name}> {{\n{nt(change.removed)}}} }}")
        if change.added:
            parts.append(f"INSERT DATA {{ GRAPH <{name}> {{\n{nt(change.added)}}} }}")
    return " ;\n".join(parts)


@dataclass(frozen=True)
class ArticleRecord:
    """What a store knows of one article graph (``content_hash`` is None for graphs of older igkg)."""

    iri: str
    content_hash: str | None
    source: str | None
    extractor: str | None


class Store(Protocol):
    write_batch_articles: int  # articles per transaction
    write_batch_triples: int

    def write_articles(self, articles: list[ArticleData], drop: Iterable[str] = ()) -> None: ...
    def replace_graphs(self, graphs: dict[URIRef, Graph | Iterable[tuple]]) -> None: ...
    def change_graphs(self, changes: dict[URIRef, GraphChange]) -> None: ...
    def remove_graphs(self, names: Iterable[URIRef]) -> int: ...
    def update_named(self, sparql: str) -> None: ...
    def graph_names(self) -> list[URIRef]: ...
    def raw_query(self, sparql: str, timeout: float | None = None) -> RawResult: ...
    def query(self, sparql: str) -> QueryResult: ...
    def union(self) -> Graph: ...
    def dataset(self) -> Dataset: ...
    def export(self, fmt: str, out: IO[bytes]) -> None: ...
    def optimize(self) -> bool: ...  # compact the storage; False when the backend has nothing to compact
    def close(self) -> None: ...


def graph_article(name: URIRef | str, graph: Iterable[tuple]) -> ArticleData:
    """Any graph as an ArticleData, for writing it through ``write_articles``."""
    return ArticleData(str(name), str(name).rsplit("/", 1)[-1], "", list(nt_lines(graph)))


def select_text(store: Store, sparql: str) -> list[dict[str, str]]:
    """A SELECT's rows as {variable: lexical value} (unbound variables absent). An Oxigraph store gives
    them without building rdflib terms (``OxigraphStore.select_text``: ~3× faster on wide listings such as
    the actor network's); other stores through ``query``."""
    own = getattr(store, "select_text", None)
    if own is not None:
        return own(sparql)
    result = store.query(sparql)
    return [{v: str(x) for v, x in zip(result.variables, row) if x is not None} for row in result.rows]


def materialize(raw: RawResult, max_rows: int | None = None) -> QueryResult:
    """Collect a streamed result (at most ``max_rows`` rows, then ``truncated``)."""
    try:
        if raw.kind == "ask":
            return QueryResult("ask", boolean=raw.boolean)
        if raw.kind == "graph":
            g = new_graph()
            g.addN((s, p, o, g) for s, p, o in raw.triples)
            return QueryResult("graph", graph=g)
        rows: list[tuple] = []
        truncated = False
        for row in raw.rows:
            if max_rows is not None and len(rows) >= max_rows:
                truncated = True
                break
            rows.append(row)
        return QueryResult("select", raw.variables, rows, truncated=truncated)
    finally:
        raw.close()


def find_articles(
    store: Store, hashes: Iterable[str] = (), sources: Iterable[str] = (), iris: Iterable[str] = ()
) -> list[ArticleRecord]:
    """Article graphs with one of these content hashes, source files or IRIs (one query, any backend)."""
    parts = []
    if hashes := sorted(set(hashes)):
        parts.append(
            f"{{ VALUES ?h0 {{ {' '.join(nt_term(Literal(h)) for h in hashes)} }} ?a dip:contentHash ?h0 }}"
        )
    if sources := sorted(set(sources)):
        parts.append(
            f"{{ VALUES ?s0 {{ {' '.join(nt_term(Literal(s)) for s in sources)} }} ?a dip:sourceFile ?s0 }}"
        )
    if iris := sorted(set(iris)):
        parts.append(f"{{ VALUES ?a {{ {' '.join(f'<{i}>' for i in iris)} }} ?a a dip:Article }}")
    if not parts:
        return []
    rows = store.query(f"""SELECT DISTINCT ?a ?h ?src ?x WHERE {{ {" UNION ".join(parts)}
        OPTIONAL {{ ?a dip:contentHash ?h }} OPTIONAL {{ ?a dip:sourceFile ?src }} OPTIONAL {{ ?a dip:extractedBy ?x }} }}""").rows
    return [ArticleRecord(str(a), *(None if v is None else str(v) for v in rest)) for a, *rest in rows]


def export_bytes(store: Store, fmt: str) -> bytes:
    buf = io.BytesIO()
    store.export(fmt, buf)
    return buf.getvalue()


def ontology_graph() -> Graph:
    from kg.resources import ontology_file

    g = Graph()
    g.parse(ontology_file("igkg.ttl"), format="turtle")
    return g
