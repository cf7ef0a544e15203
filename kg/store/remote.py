"""A SPARQL 1.1 server as the store: queries over the SPARQL protocol, articles written with the Graph Store Protocol.

``--store http://HOST:PORT/PATH`` names the server. Its endpoints are
``PATH/query``, ``PATH/update`` and ``PATH/store`` (Oxigraph's layout); other
servers name theirs in the URL's query string, relative to PATH:
``http://localhost:3030/ds?store=data`` (Fuseki), or
``http://localhost:7200/repositories/igkg?query=&update=statements&store=rdf-graphs/service`` (GraphDB).

The layout follows what the server's default graph is, which opening the store
finds out by writing a probe graph:

* a graph of its own (Oxigraph, Fuseki, most servers): igkg keeps the merged
  default graph there as it does on disk, and writes each article, its merged
  copy and the removal of older versions in **one SPARQL Update** request, which
  the server applies as one transaction. Oxigraph's ``--union-default-graph``
  repeats a triple once per graph that states it (a bag: who-met-whom would list
  each pair once per article), so run Oxigraph without it.
* the union of the named graphs (GraphDB, Virtuoso): each article is one
  Graph Store Protocol **PUT** of its named graph; older versions are DELETEd
  after it.

Either way a request writes a whole article or nothing, writing it again is
harmless, and an article's older version goes only after the new one is in,
so a rerun after a failure completes the store with nothing twice and nothing lost.
"""

from __future__ import annotations

import http.client
import urllib.error
import urllib.parse
import urllib.request
from collections.abc import Iterable, Iterator
from typing import IO

from rdflib import Dataset, Graph, URIRef

from kg.errors import FormatError, QueryError, StoreError
from kg.rdf.ontology import PREFIXES
from kg.rdf.rdfio import new_dataset, new_graph, one_line, sparql_prefixes
from kg.store.base import (
    DATASET_FORMATS,
    EXPORT_FORMATS,
    ONTOLOGY_GRAPH,
    ArticleData,
    GraphChange,
    QueryResult,
    RawResult,
    change_update,
    graph_article,
    materialize,
    ontology_graph,
)

WRITE_TIMEOUT = 60.0
_LOOPBACK = ("127.0.0.1", "localhost", "::1")


def endpoints(url: str) -> tuple[str, str, str]:
    """The query, update and graph-store URLs of a store URL."""
    parts = urllib.parse.urlsplit(url)
    params = urllib.parse.parse_qs(parts.query, keep_blank_values=True)
    base = urllib.parse.urlunsplit((parts.scheme, parts.netloc, parts.path.rstrip("/"), "", ""))

    def one(name: str) -> str:
        rel = params.get(name, [name])[0].strip("/")
        return f"{base}/{rel}" if rel else base

    return one("query"), one("update"), one("store")


PROBE_GRAPH = "https://w3id.org/igkg/id/graph/probe"


class RemoteStore:
    write_batch_articles = 1  # one request per article: what landed is known exactly
    write_batch_triples = 1
    readonly = False
    union_default = False

    def __init__(
        self, url: str, create: bool = True, readonly: bool = False, timeout: float = WRITE_TIMEOUT
    ) -> None:
        self.url = self.path = url
        self.readonly = readonly
        self.timeout = timeout
        host = _checked_host(url)
        self.query_url, self.update_url, self.store_url = endpoints(url)
        handlers = [urllib.request.ProxyHandler({})] if host in _LOOPBACK else []
        self._opener = urllib.request.build_opener(*handlers)
        has_data = self._ask(f"ASK {{ GRAPH <{ONTOLOGY_GRAPH}> {{ ?s ?p ?o }} }}")
        if not has_data and (readonly or not create):
            raise StoreError(f"{url}: no igkg data on this server yet (run `kg ingest --store {url}` first)")
        if readonly:
            return
        self.union_default = self._probe_union()
        if not has_data:
            self.write_articles([graph_article(ONTOLOGY_GRAPH, ontology_graph())])

    def _probe_union(self) -> bool:
        """Whether the server's default graph shows the named graphs (a probe graph is written and removed)."""
        self._put(PROBE_GRAPH, f"<{PROBE_GRAPH}> <{PROBE_GRAPH}> <{PROBE_GRAPH}> .\n")
        try:
            return self._ask(f"ASK {{ <{PROBE_GRAPH}> <{PROBE_GRAPH}> <{PROBE_GRAPH}> }}")
        finally:
            self._delete(PROBE_GRAPH)

    # ------------------------------------------------------------ HTTP

    def _send(self, method: str, url: str, data: bytes | None, headers: dict, timeout: float | None):
        req = urllib.request.Request(url, data=data, method=method, headers=headers)
        try:
            return self._opener.open(req, timeout=timeout or self.timeout)
        except urllib.error.HTTPError as e:
            body = e.read(2000).decode("utf-8", "replace")
            e.close()
            raise _HttpError(e.code, " ".join(body.split())[:300] or e.reason) from None
        except (urllib.error.URLError, OSError) as e:
            reason = getattr(e, "reason", e)
            raise StoreError(
                f"{self.url}: cannot reach the SPARQL server ({one_line(reason) if isinstance(reason, BaseException) else reason})"
            ) from None

    def _put(self, graph: str, ntriples: str) -> None:
        url = f"{self.store_url}?graph={urllib.parse.quote(graph, safe='')}"
        try:
            self._send(
                "PUT", url, ntriples.encode("utf-8"), {"Content-Type": "application/n-triples"}, None
            ).close()
        except _HttpError as e:
            raise StoreError(
                f"{self.url}: the server refused to store <{graph}> (HTTP {e.code}: {e.text})"
            ) from None

    def _delete(self, graph: str) -> bool:
        url = f"{self.store_url}?graph={urllib.parse.quote(graph, safe='')}"
        try:
            self._send("DELETE", url, None, {}, None).close()
            return True
        except _HttpError as e:
            if e.code == 404:
                return False
            raise StoreError(
                f"{self.url}: the server refused to delete <{graph}> (HTTP {e.code}: {e.text})"
            ) from None

    def _post_query(self, sparql: str, accept: str, timeout: float | None):
        data = urllib.parse.urlencode({"query": sparql_prefixes() + sparql}).encode("utf-8")
        headers = {"Content-Type": "application/x-www-form-urlencoded", "Accept": accept}
        try:
            return self._send("POST", self.query_url, data, headers, timeout)
        except _HttpError as e:
            raise QueryError(f"the SPARQL server refused the query (HTTP {e.code}: {e.text})") from None

    def _ask(self, sparql: str) -> bool:
        return bool(self.raw_query(sparql).boolean)

    # ------------------------------------------------------------ writing

    def _update(self, sparql: str) -> None:
        data = urllib.parse.urlencode({"update": sparql}).encode("utf-8")
        try:
            self._send(
                "POST", self.update_url, data, {"Content-Type": "application/x-www-form-urlencoded"}, None
            ).close()
        except _HttpError as e:
            raise StoreError(f"{self.url}: the server refused the update (HTTP {e.code}: {e.text})") from None

    def write_articles(self, articles: list[ArticleData], drop: Iterable[str] = ()) -> None:
        if self.readonly:
            raise StoreError(f"{self.url}: opened for reading only")
        keep = {a.iri for a in articles}
        drop = [g for g in dict.fromkeys(drop) if g not in keep]
        if self.union_default:
            for a in articles:
                self._put(a.iri, a.ntriples())
            for g in drop:
                self._delete(g)
            return
        gone = sorted(keep | set(drop))
        if gone:
            self._update(_replacement(articles, gone))

    def replace_graphs(self, graphs: dict[URIRef, Graph | Iterable[tuple]]) -> None:
        for name, g in graphs.items():
            self.write_articles([graph_article(name, g)])

    def change_graphs(self, changes: dict[URIRef, GraphChange]) -> None:
        if changes:
            self._update(change_update(changes))  # the server's default graph is the union: nothing to keep

    def update_named(self, sparql: str) -> None:
        """One SPARQL update on named graphs only (on a server whose default graph is the union of its
        named graphs, the summary graph shows in that union too)."""
        if self.readonly:
            raise StoreError(f"{self.url}: opened for reading only")
        self._update(sparql)

    def remove_graphs(self, names: Iterable[URIRef]) -> int:
        present = set(self.graph_names())
        names = [str(n) for n in names if n in present]
        if names:
            self.write_articles([], drop=names)
        return len(names)

    # ------------------------------------------------------------ reading

    def raw_query(self, sparql: str, timeout: float | None = None) -> RawResult:
        import pyoxigraph as ox

        from kg.store.oxigraph import TermCache

        resp = self._post_query(
            sparql, "application/sparql-results+json, application/n-triples;q=0.9", timeout
        )
        kind = resp.headers.get_content_type()
        term = TermCache()
        try:
            if kind == "application/n-triples":
                quads = ox.parse(resp, format=ox.RdfFormat.N_TRIPLES)
                triples = ((term(q.subject), term(q.predicate), term(q.object)) for q in quads)
                return RawResult("graph", triples=_broken_off(triples), close=resp.close)
            result = ox.parse_query_results(resp, format=ox.QueryResultsFormat.JSON)
        except (SyntaxError, ValueError, OSError) as e:
            resp.close()
            raise QueryError(f"the SPARQL server's answer could not be read: {one_line(e)}") from None
        if isinstance(result, ox.QueryBoolean):
            resp.close()
            return RawResult("ask", boolean=bool(result))
        variables = [v.value for v in result.variables]
        rows = (tuple(term(sol[v]) for v in variables) for sol in result)
        return RawResult("select", variables, rows=_broken_off(rows), close=resp.close)

    def query(self, sparql: str) -> QueryResult:
        return materialize(self.raw_query(sparql))

    def graph_names(self) -> list[URIRef]:
        return sorted(r[0] for r in self.query("SELECT ?g WHERE { GRAPH ?g { } }").rows)

    def _ox_stream(self, dataset: bool) -> Iterator:
        """The store's quads (``dataset``) or merged triples as pyoxigraph terms, straight from the response."""
        import pyoxigraph as ox

        if dataset:
            resp = self._post_query(
                "SELECT ?s ?p ?o ?g WHERE { GRAPH ?g { ?s ?p ?o } }", "application/sparql-results+json", None
            )
            with resp:
                for sol in _broken_off(ox.parse_query_results(resp, format=ox.QueryResultsFormat.JSON)):
                    yield ox.Quad(sol["s"], sol["p"], sol["o"], sol["g"])
        else:
            resp = self._post_query(
                "CONSTRUCT { ?s ?p ?o } WHERE { SELECT DISTINCT ?s ?p ?o WHERE { ?s ?p ?o } }",
                "application/n-triples",
                None,
            )
            with resp:
                yield from _broken_off(ox.parse(resp, format=ox.RdfFormat.N_TRIPLES))

    def union(self) -> Graph:
        import pyoxigraph as ox

        g = new_graph()
        g.parse(
            data=ox.serialize(self._ox_stream(False), format=ox.RdfFormat.N_TRIPLES).decode("utf-8"),
            format="nt",
        )
        return g

    def dataset(self) -> Dataset:
        import pyoxigraph as ox

        ds = new_dataset()
        ds.parse(
            data=ox.serialize(self._ox_stream(True), format=ox.RdfFormat.N_QUADS).decode("utf-8"),
            format="nquads",
        )
        return ds

    def export(self, fmt: str, out: IO[bytes]) -> None:
        import pyoxigraph as ox

        formats = {
            "turtle": ox.RdfFormat.TURTLE,
            "nt": ox.RdfFormat.N_TRIPLES,
            "trig": ox.RdfFormat.TRIG,
            "nq": ox.RdfFormat.N_QUADS,
            "jsonld": ox.RdfFormat.JSON_LD,
        }
        if fmt not in formats:
            raise FormatError(f"unknown export format '{fmt}' (choose from {', '.join(EXPORT_FORMATS)})")
        if fmt == "jsonld":  # compacted under the ontology's @context (kg/rdf/jsonld.py)
            from kg.rdf.jsonld import dataset_graphs, write_dataset

            write_dataset(dataset_graphs(self.dataset()), out)
            return
        prefixes = PREFIXES if fmt in ("turtle", "trig") else None
        ox.serialize(self._ox_stream(fmt in DATASET_FORMATS), out, format=formats[fmt], prefixes=prefixes)

    def optimize(self) -> bool:
        # SPARQL 1.1 has no operation for compaction: a server compacts its storage itself (Oxigraph's
        # `oxigraph optimize --location DIR`, run where the server keeps its folder, with the server stopped)
        return False

    def close(self) -> None:
        pass


def _replacement(articles: list[ArticleData], gone: list[str]) -> str:
    """One update: forget from the merged graph what only the replaced graphs state, drop them, insert the new."""
    values = " ".join(f"<{g}>" for g in gone)
    parts = [
        f"DELETE {{ ?s ?p ?o }} WHERE {{ VALUES ?g {{ {values} }} GRAPH ?g {{ ?s ?p ?o }} "
        f"FILTER NOT EXISTS {{ GRAPH ?h {{ ?s ?p ?o }} FILTER (?h NOT IN ({', '.join(values.split())})) }} }}"
    ]
    parts += [f"DROP SILENT GRAPH <{g}>" for g in gone]
    if articles:
        named = "".join(f"GRAPH <{a.iri}> {{\n{a.ntriples()}}}\n" for a in articles)
        parts.append("INSERT DATA {\n" + named + "".join(a.ntriples() for a in articles) + "}")
    return " ;\n".join(parts)


class _HttpError(Exception):
    def __init__(self, code: int, text: str) -> None:
        super().__init__(f"HTTP {code}: {text}")
        self.code, self.text = code, text


def _checked_host(url: str) -> str:
    """The URL's host, or a one-line StoreError for "http://[::1" and "http://host:notaport/"."""
    try:
        parts = urllib.parse.urlsplit(url)
        parts.port  # noqa: B018 - raises on a port that is no number
    except ValueError as e:
        raise StoreError(f"{url}: not a usable server URL ({e})") from None
    if not parts.hostname:
        raise StoreError(f"{url}: not a usable server URL (no host)")
    return parts.hostname


def _broken_off(items: Iterator) -> Iterator:
    """A response that ends early (the server stopped, or its own time limit cut the answer) as QueryError."""
    try:
        yield from items
    except (SyntaxError, OSError, ValueError, http.client.HTTPException) as e:  # IncompleteRead: server gone
        raise QueryError(f"the SPARQL server's answer broke off: {one_line(e)}") from None
