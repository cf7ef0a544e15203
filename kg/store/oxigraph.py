"""The embedded Oxigraph store on disk: named graph per article plus the merged default graph."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import IO

from rdflib import Dataset, Graph, URIRef

from kg.errors import FormatError, QueryError, StoreError
from kg.rdf.ontology import PREFIXES
from kg.rdf.rdfio import adapt_term, new_dataset, new_graph, nt, one_line
from kg.store.base import (
    DATASET_FORMATS,
    EXPORT_FORMATS,
    ONTOLOGY_GRAPH,
    UNMERGED_GRAPHS,
    ArticleData,
    GraphChange,
    QueryResult,
    RawResult,
    change_update,
    graph_article,
    materialize,
    ontology_graph,
)
from kg.store.locks import OWN_FILES, StoreLock


class TermCache:
    """pyoxigraph -> rdflib terms, remembering the last ~100k (rdflib builds a Literal in ~5 µs)."""

    def __init__(self, limit: int = 100_000) -> None:
        self._map: dict = {}
        self._limit = limit

    def __call__(self, term):
        try:
            return self._map[term]
        except KeyError:
            if len(self._map) >= self._limit:
                self._map.clear()
            out = self._map[term] = adapt_term(term)
            return out
        except TypeError:  # an unhashable term (None)
            return adapt_term(term)


def check_folder(path: Path, create: bool, readonly: bool) -> None:
    """A store folder (or one that may become one), or a one-line StoreError saying what is there instead."""
    if path.exists() and not path.is_dir():
        raise StoreError(f"{path}: is a file, not a store folder")
    has_store = (path / "CURRENT").exists()
    if not has_store and path.is_dir() and any(path.glob("OPTIONS-*")):
        raise StoreError(f"{path}: this folder holds a damaged store (its CURRENT file is missing)")
    if not has_store and (readonly or not create):
        raise StoreError(f"{path}: no store here yet (run `kg ingest` first, or pass --store)")
    if path.is_dir() and not has_store and any(p.name not in OWN_FILES for p in path.iterdir()):
        raise StoreError(f"{path}: folder is not an Oxigraph store")


def _open_error(path: Path, e: BaseException) -> StoreError:
    msg = one_line(e)
    if "lock" in msg.lower():
        msg = "the store is in use by another process (an oxigraph server or another program)"
    elif "corrupt" in msg.lower() or type(e).__name__ in ("RuntimeError", "PanicException"):
        msg = f"the store is damaged ({msg[:200]}); restore it from a backup or an export (kg load)"
    return StoreError(f"{path}: cannot open store: {msg}")


class OxigraphStore:
    """Embedded Oxigraph on disk (or in memory when ``path`` is None)."""

    write_batch_articles = 250
    write_batch_triples = 50_000

    def __init__(self, path: Path | None, create: bool = True, readonly: bool = False) -> None:
        import pyoxigraph as ox

        self._ox = ox
        self.path = Path(path) if path is not None else None
        self.readonly = readonly
        self._lock = None
        if self.path is not None:
            check_folder(self.path, create, readonly)
            self.path.mkdir(parents=True, exist_ok=True)
            self._lock = StoreLock(self.path, exclusive=not readonly).acquire()
        try:
            if self.path is None:
                self._store = ox.Store()
            else:
                self._store = ox.Store.read_only(str(self.path)) if readonly else ox.Store(str(self.path))
        except (KeyboardInterrupt, SystemExit):
            raise
        except BaseException as e:  # noqa: BLE001 - RocksDB reports damage as RuntimeError, pyo3 as PanicException
            self._release()
            raise _open_error(self.path, e) from None
        if not readonly and not self._store.contains_named_graph(ox.NamedNode(str(ONTOLOGY_GRAPH))):
            self.write_articles([graph_article(ONTOLOGY_GRAPH, ontology_graph())])

    # ------------------------------------------------------------ writing

    def write_articles(self, articles: list[ArticleData], drop: Iterable[str] = ()) -> None:
        """Write whole article graphs (named + merged copies) and drop others, in one transaction."""
        if self.readonly:
            raise StoreError(f"{self.path}: opened for reading only")
        ox = self._ox
        names = {a.iri for a in articles} | set(drop)
        replaced = [g for g in sorted(names) if self._store.contains_named_graph(ox.NamedNode(g))]
        try:
            if not replaced:
                # new articles only: one transactional load of N-Quads, named and merged copies together
                data = "".join(f"{line} <{a.iri}> .\n{line} .\n" for a in articles for line in a.lines)
                self._store.load(data.encode("utf-8"), format=ox.RdfFormat.N_QUADS)
            else:
                self._store.update(self._replacement(articles, replaced))
            if self.path is not None:
                # RocksDB keeps a write buffer per column family and Oxigraph has eleven of them: unflushed,
                # they held 1.6 GB after 2M quads; flushed after each transaction the process stays near 150 MB
                self._store.flush()
        except (OSError, SyntaxError, ValueError, RuntimeError) as e:
            raise StoreError(f"{self.path}: write failed, store unchanged: {one_line(e)}") from None

    def _replacement(self, articles: list[ArticleData], replaced: list[str]) -> str:
        """One SPARQL update: drop the replaced graphs, forget from the merged graph what only they stated,
        insert the new graphs. Each dropped triple costs one index lookup, so this is linear in the batch."""
        ox = self._ox
        text = "".join(a.ntriples() for a in articles)
        new = (
            {q.triple for q in ox.parse(text.encode("utf-8"), format=ox.RdfFormat.N_TRIPLES)}
            if text
            else set()
        )
        gone = set(replaced)
        forget = []
        for g in replaced:
            for q in self._store.quads_for_pattern(None, None, None, ox.NamedNode(g)):
                t = q.triple
                if t not in new and not self._stated_elsewhere(t, gone):
                    forget.append(f"{t.subject} {t.predicate} {t.object} .")
        parts = [f"DROP SILENT GRAPH <{g}>" for g in replaced]
        if forget:
            parts.append("DELETE DATA {\n" + "\n".join(sorted(set(forget))) + "\n}")
        if articles:
            named = "".join(f"GRAPH <{a.iri}> {{\n{a.ntriples()}}}\n" for a in articles)
            parts.append(f"INSERT DATA {{\n{named}{text}}}")
        return " ;\n".join(parts)

    def _stated_elsewhere(self, t, gone: set[str]) -> bool:
        for q in self._store.quads_for_pattern(t.subject, t.predicate, t.object, None):
            g = q.graph_name
            if isinstance(g, self._ox.NamedNode) and g.value not in gone:
                return True
        return False

    def replace_graphs(self, graphs: dict[URIRef, Graph | Iterable[tuple]]) -> None:
        self.write_articles([graph_article(name, g) for name, g in graphs.items()])

    def change_graphs(self, changes: dict[URIRef, GraphChange]) -> None:
        """The differences, named graphs and the merged default graph together, in one transaction: a
        triple leaves the merged graph when no graph states it any more."""
        if self.readonly:
            raise StoreError(f"{self.path}: opened for reading only")
        if not changes:
            return
        removing: dict[tuple, set[str]] = {}
        added: set[tuple] = set()
        for name, change in changes.items():
            added |= change.added
            for t in change.removed:
                removing.setdefault(t, set()).add(str(name))
        ox = self._ox
        candidates = [t for t in removing if t not in added]
        text = nt(candidates)
        parsed = (
            [q.triple for q in ox.parse(text.encode("utf-8"), format=ox.RdfFormat.N_TRIPLES)] if text else []
        )
        forget = [
            t for t, triple in zip(candidates, parsed) if not self._stated_elsewhere(triple, removing[t])
        ]
        update = change_update(changes)
        if forget:
            update += f" ;\nDELETE DATA {{\n{nt(forget)}}}"
        if added:
            update += f" ;\nINSERT DATA {{\n{nt(added)}}}"
        try:
            self._store.update(update)
            if self.path is not None:
                self._store.flush()
        except (OSError, SyntaxError, ValueError, RuntimeError) as e:
            raise StoreError(f"{self.path}: write failed, store unchanged: {one_line(e)}") from None

    def remove_graphs(self, names: Iterable[URIRef]) -> int:
        present = [str(n) for n in names if self._store.contains_named_graph(self._ox.NamedNode(str(n)))]
        if present:
            self.write_articles([], drop=present)
        return len(present)

    def update_named(self, sparql: str) -> None:
        """One SPARQL update (one transaction) on named graphs only: the merged default graph is not kept
        in step, which is what a derived graph outside the union (the summary) needs."""
        if self.readonly:
            raise StoreError(f"{self.path}: opened for reading only")
        try:
            self._store.update(sparql, prefixes=PREFIXES)
            if self.path is not None:
                self._store.flush()
        except (OSError, SyntaxError, ValueError, RuntimeError) as e:
            raise StoreError(f"{self.path}: write failed, store unchanged: {one_line(e)}") from None

    def bulk_load(self, path: Path, fmt) -> None:
        """Load a dump without a transaction (Oxigraph's bulk loader): named graphs and their merged copies
        (the summary graphs stay outside the merged graph, as ``update_named`` keeps it)."""
        ox = self._ox
        unmerged = {ox.NamedNode(str(g)) for g in UNMERGED_GRAPHS}

        def with_merged():
            for q in ox.parse(path=str(path), format=fmt):
                yield q
                if not isinstance(q.graph_name, ox.DefaultGraph) and q.graph_name not in unmerged:
                    yield ox.Quad(q.subject, q.predicate, q.object, ox.DefaultGraph())

        self._store.bulk_extend(with_merged())
        self._store.flush()

    def optimize(self) -> bool:
        """Compact RocksDB's files (levels merged, deleted triples dropped): a store of a million triples
        just bulk-loaded answers the canned queries 1.4-3.9x faster afterwards (NOTES.md, issue 14)."""
        if self.path is None:
            return False  # an in-memory Oxigraph has no files to compact
        if self.readonly:
            raise StoreError(f"{self.path}: opened for reading only")
        try:
            self._store.optimize()
        except (OSError, RuntimeError) as e:
            # compaction writes new files before it deletes the old ones, so the data stays as it was
            raise StoreError(f"{self.path}: compaction failed, store unchanged: {one_line(e)}") from None
        return True

    # ------------------------------------------------------------ reading

    def graph_names(self) -> list[URIRef]:
        return sorted(URIRef(g.value) for g in self._store.named_graphs())

    def raw_query(self, sparql: str, timeout: float | None = None) -> RawResult:
        ox = self._ox
        try:
            result = self._store.query(sparql, prefixes=PREFIXES)
        except SyntaxError as e:
            raise QueryError(f"SPARQL syntax error: {one_line(e)}") from None
        except (OSError, ValueError, RuntimeError) as e:
            raise QueryError(f"query failed: {one_line(e)}") from None
        term = TermCache()
        if isinstance(result, ox.QueryBoolean):
            return RawResult("ask", boolean=bool(result))
        if isinstance(result, ox.QuerySolutions):
            variables = [v.value for v in result.variables]
            return RawResult(
                "select", variables, rows=_guarded(tuple(term(v) for v in sol) for sol in result)
            )
        triples = _guarded((term(t.subject), term(t.predicate), term(t.object)) for t in result)
        return RawResult("graph", triples=triples)

    def query(self, sparql: str) -> QueryResult:
        return materialize(self.raw_query(sparql))

    def select_text(self, sparql: str) -> list[dict[str, str]]:
        """A SELECT's rows as {variable: lexical value} (kg.store.base.select_text), no rdflib terms."""
        try:
            result = self._store.query(sparql, prefixes=PREFIXES)
            variables = [v.value for v in result.variables]
            return [{v: t.value for v, t in zip(variables, sol) if t is not None} for sol in result]
        except SyntaxError as e:
            raise QueryError(f"SPARQL syntax error: {one_line(e)}") from None
        except (OSError, ValueError, RuntimeError) as e:
            raise QueryError(f"query failed: {one_line(e)}") from None

    def _named_quads(self) -> Iterator:
        for g in self._store.named_graphs():
            yield from self._store.quads_for_pattern(None, None, None, g)

    def _graphs_for_jsonld(self) -> Iterator[tuple[URIRef, Iterator]]:
        term = TermCache()
        for name in sorted(g.value for g in self._store.named_graphs()):
            quads = self._store.quads_for_pattern(None, None, None, self._ox.NamedNode(name))
            yield URIRef(name), ((term(q.subject), term(q.predicate), term(q.object)) for q in quads)

    def union(self) -> Graph:
        g = new_graph()
        buf = self._store.dump(format=self._ox.RdfFormat.N_TRIPLES, from_graph=self._ox.DefaultGraph())
        g.parse(data=buf.decode("utf-8"), format="nt")
        return g

    def dataset(self) -> Dataset:
        ds = new_dataset()
        data = self._ox.serialize(self._named_quads(), format=self._ox.RdfFormat.N_QUADS)
        ds.parse(data=data.decode("utf-8"), format="nquads")
        return ds

    def export(self, fmt: str, out: IO[bytes]) -> None:
        ox = self._ox
        formats = {
            "turtle": ox.RdfFormat.TURTLE,
            "nt": ox.RdfFormat.N_TRIPLES,
            "trig": ox.RdfFormat.TRIG,
            "nq": ox.RdfFormat.N_QUADS,
            "jsonld": ox.RdfFormat.JSON_LD,
        }
        if fmt not in formats:
            raise FormatError(f"unknown export format '{fmt}' (choose from {', '.join(EXPORT_FORMATS)})")
        if fmt == "jsonld":  # compacted under the ontology's @context (kg/rdf/jsonld.py), one graph at a time
            from kg.rdf.jsonld import write_dataset

            write_dataset(self._graphs_for_jsonld(), out)
            return
        prefixes = PREFIXES if fmt in ("turtle", "trig") else None
        if fmt in ("trig", "nq") and self.path is not None:
            from kg.store.export import export_parallel, workers_for

            graphs = sorted(g.value for g in self._store.named_graphs())
            if workers_for(len(graphs)) > 1:
                self._store.flush() if not self.readonly else None
                export_parallel(self.path, graphs, fmt, out, workers_for(len(graphs)))
                return
        if fmt in DATASET_FORMATS:
            # the named graphs carry provenance; the merged default graph is derived from them
            ox.serialize(self._named_quads(), out, format=formats[fmt], prefixes=prefixes)
        else:
            self._store.dump(out, format=formats[fmt], from_graph=ox.DefaultGraph(), prefixes=prefixes)

    def close(self) -> None:
        try:
            if getattr(self, "_store", None) is not None:
                if self.path is not None and not self.readonly:
                    self._store.flush()
                del self._store
                self._store = None
        except OSError as e:  # a full disk: the store keeps its last complete write (RocksDB's log)
            self._store = None
            raise StoreError(
                f"{self.path}: cannot write the store ({one_line(e)}); it keeps the articles of its last "
                "complete write: free some space and run the command again"
            ) from None
        finally:
            self._release()

    def _release(self) -> None:
        if self._lock is not None:
            self._lock.release()
            self._lock = None


def _guarded(rows: Iterator) -> Iterator:
    """Engine errors raised while results stream (a SERVICE that fails, a read error) as QueryError."""
    try:
        yield from rows
    except (OSError, ValueError, RuntimeError) as e:
        raise QueryError(f"query failed: {one_line(e)}") from None
