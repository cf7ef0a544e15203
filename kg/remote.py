"""A SPARQL 1.1 server as the store: queries over the SPARQL protocol, articles written with the Graph Store Protocol.

``--store http://HOST:PORT/PATH`` names the server. Its endpoints are
``PATH/query``, ``PATH/update`` and ``PATH/store`` (Oxigraph's layout); other
servers name theirs in the URL's query string, relative to PATH:
``http://localhost:3030/ds?store=data`` (Fuseki), or
``http://localhost:7200/repositories/igkg?query=&update=statements&store=rdf-graphs/service`` (GraphDB).

Each article is one HTTP PUT of its named graph: idempotent, and atomic on the
server, so an article is there completely or not at all, and a rerun after a
failure simply puts again what did not land. Queries need the server's default
graph to be the union of its named graphs (GraphDB, Virtuoso and QLever do that
by default; ``oxigraph serve --union-default-graph``; Fuseki with
``tdb2:unionDefaultGraph true``); opening the store checks it.
"""

from __future__ import annotations

import urllib.error
import urllib.parse
import urllib.request
from collections.abc import Iterable, Iterator
from typing import IO

from rdflib import Dataset, Graph, URIRef

from .errors import FormatError, QueryError, StoreError
from .ontology import PREFIXES
from .rdfio import new_graph, nt, one_line, sparql_prefixes
from .store import (
    DATASET_FORMATS,
    EXPORT_FORMATS,
    ONTOLOGY_GRAPH,
    ArticleData,
    QueryResult,
    RawResult,
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


class RemoteStore:
    write_batch_articles = 1  # one PUT per article: what landed is known exactly
    write_batch_triples = 1
    readonly = False

    def __init__(self, url: str, create: bool = True, readonly: bool = False, timeout: float = WRITE_TIMEOUT) -> None:
        self.url = self.path = url
        self.readonly = readonly
        self.timeout = timeout
        self.query_url, self.update_url, self.store_url = endpoints(url)
        host = urllib.parse.urlsplit(url).hostname or ""
        handlers = [urllib.request.ProxyHandler({})] if host in _LOOPBACK else []
        self._opener = urllib.request.build_opener(*handlers)
        if not self._ask(f"ASK {{ GRAPH <{ONTOLOGY_GRAPH}> {{ ?s ?p ?o }} }}"):
            if readonly or not create:
                raise StoreError(f"{url}: no igkg data on this server yet (run `kg ingest --store {url}` first)")
            self._put(str(ONTOLOGY_GRAPH), nt(ontology_graph()))
        if not self._ask("ASK { dip:Article a owl:Class }"):
            raise StoreError(f"{url}: the server's default graph is not the union of its named graphs; start it so "
                             "(oxigraph serve --union-default-graph; Fuseki: tdb2:unionDefaultGraph true)")

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
            raise StoreError(f"{self.url}: cannot reach the SPARQL server ({one_line(reason) if isinstance(reason, BaseException) else reason})") from None

    def _put(self, graph: str, ntriples: str) -> None:
        url = f"{self.store_url}?graph={urllib.parse.quote(graph, safe='')}"
        try:
            self._send("PUT", url, ntriples.encode("utf-8"), {"Content-Type": "application/n-triples"}, None).close()
        except _HttpError as e:
            raise StoreError(f"{self.url}: the server refused to store <{graph}> (HTTP {e.code}: {e.text})") from None

    def _delete(self, graph: str) -> bool:
        url = f"{self.store_url}?graph={urllib.parse.quote(graph, safe='')}"
        try:
            self._send("DELETE", url, None, {}, None).close()
            return True
        except _HttpError as e:
            if e.code == 404:
                return False
            raise StoreError(f"{self.url}: the server refused to delete <{graph}> (HTTP {e.code}: {e.text})") from None

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

    def write_articles(self, articles: list[ArticleData], drop: Iterable[str] = ()) -> None:
        keep = {a.iri for a in articles}
        for a in articles:
            self._put(a.iri, a.ntriples())
        for g in drop:
            if g not in keep:
                self._delete(g)

    def replace_graphs(self, graphs: dict[URIRef, Graph]) -> None:
        for name, g in graphs.items():
            self._put(str(name), nt(g))

    def remove_graphs(self, names: Iterable[URIRef]) -> int:
        return sum(self._delete(str(n)) for n in names)

    # ------------------------------------------------------------ reading

    def raw_query(self, sparql: str, timeout: float | None = None) -> RawResult:
        import pyoxigraph as ox

        from .oxstore import TermCache

        resp = self._post_query(sparql, "application/sparql-results+json, application/n-triples;q=0.9", timeout)
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
            resp = self._post_query("SELECT ?s ?p ?o ?g WHERE { GRAPH ?g { ?s ?p ?o } }", "application/sparql-results+json", None)
            with resp:
                for sol in _broken_off(ox.parse_query_results(resp, format=ox.QueryResultsFormat.JSON)):
                    yield ox.Quad(sol["s"], sol["p"], sol["o"], sol["g"])
        else:
            resp = self._post_query("CONSTRUCT { ?s ?p ?o } WHERE { ?s ?p ?o }", "application/n-triples", None)
            with resp:
                yield from _broken_off(ox.parse(resp, format=ox.RdfFormat.N_TRIPLES))

    def union(self) -> Graph:
        import pyoxigraph as ox

        g = new_graph()
        g.parse(data=ox.serialize(self._ox_stream(False), format=ox.RdfFormat.N_TRIPLES).decode("utf-8"), format="nt")
        return g

    def dataset(self) -> Dataset:
        import pyoxigraph as ox

        ds = Dataset()
        for prefix, ns in PREFIXES.items():
            ds.bind(prefix, ns)
        ds.parse(data=ox.serialize(self._ox_stream(True), format=ox.RdfFormat.N_QUADS).decode("utf-8"),
                 format="nquads")
        return ds

    def export(self, fmt: str, out: IO[bytes]) -> None:
        import pyoxigraph as ox

        formats = {"turtle": ox.RdfFormat.TURTLE, "nt": ox.RdfFormat.N_TRIPLES, "trig": ox.RdfFormat.TRIG,
                   "nq": ox.RdfFormat.N_QUADS, "jsonld": ox.RdfFormat.JSON_LD}
        if fmt not in formats:
            raise FormatError(f"unknown export format '{fmt}' (choose from {', '.join(EXPORT_FORMATS)})")
        prefixes = PREFIXES if fmt in ("turtle", "trig") else None
        ox.serialize(self._ox_stream(fmt in DATASET_FORMATS), out, format=formats[fmt], prefixes=prefixes)

    def close(self) -> None:
        pass


class _HttpError(Exception):
    def __init__(self, code: int, text: str) -> None:
        super().__init__(f"HTTP {code}: {text}")
        self.code, self.text = code, text


def _broken_off(items: Iterator) -> Iterator:
    """A response that ends early (the server stopped, or its own time limit cut the answer) as QueryError."""
    try:
        yield from items
    except (SyntaxError, OSError, ValueError) as e:
        raise QueryError(f"the SPARQL server's answer broke off: {one_line(e)}") from None
