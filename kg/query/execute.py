"""Running SPARQL safely and printing its results (table, csv, tsv, json; Turtle for graphs).

Every query a user gives goes through ``check_query`` (size, nesting, updates,
SERVICE; see kg/query/guard.py) and then runs in a thread of its own with a
256 MB stack (Oxigraph's evaluator recurses) under a deadline: the embedded
engine cannot be interrupted, so on time-out the caller gets a QueryError at
once and the thread is abandoned (it stops at its next result row; the command
line exits, which ends it). Results stream: csv, tsv and json are written row
by row, the table stops at its row limit, so an 8M-row result is never held whole.
"""

from __future__ import annotations

import csv
import io
import json
import queue
import threading
import time
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import IO

from rdflib import BNode, Literal, URIRef

from kg.errors import FormatError, QueryError
from kg.query.guard import MAX_QUERY_BYTES, check_query
from kg.query.tables import render
from kg.rdf.ontology import PREFIXES
from kg.store.base import QueryResult, Store

RESULT_FORMATS = ("table", "csv", "tsv", "json")
TABLE_ROWS = 1000
QUERY_STACK = 256 * 1024 * 1024
_CHUNK = 512
_stack_lock = threading.Lock()


def read_query(text_or_path: str) -> str:
    """A query given inline, as a path to a .rq file, as the name of a canned query, or as '-' for stdin."""
    from kg.query import canned

    if text_or_path == "-":
        import sys

        return sys.stdin.read(MAX_QUERY_BYTES + 1)
    path = Path(text_or_path)
    bare = canned.looks_like_name(text_or_path) and not path.exists()
    if bare and (canned.queries_folder() / Path(text_or_path).with_suffix(".rq").name).is_file():
        return canned.find(
            text_or_path
        ).text  # `kg query who-met-whom`, and who-met-whom.rq outside the checkout
    if text_or_path.endswith((".rq", ".sparql")) or (
        len(text_or_path) < 255 and "\n" not in text_or_path and path.is_file()
    ):
        if not path.is_file():
            raise QueryError(
                f"{text_or_path}: no such query file" if not path.exists() else f"{text_or_path}: not a file"
            )
        if path.stat().st_size > MAX_QUERY_BYTES:
            raise QueryError(f"{text_or_path}: query file is over the {MAX_QUERY_BYTES // 1024} KB limit")
        try:
            return path.read_bytes().decode("utf-8")
        except UnicodeDecodeError as e:
            raise QueryError(f"{text_or_path}: not UTF-8 text (byte {e.start})") from None
        except OSError as e:
            raise QueryError(f"{text_or_path}: cannot read ({e.strerror})") from None
    if bare:
        canned.find(text_or_path)  # a single word is no SPARQL: say which canned queries are close
    return text_or_path


class QueryRun:
    """A query running in its own big-stack thread; results arrive in chunks, under a deadline."""

    def __init__(self, store: Store, query: str, timeout: float | None = None) -> None:
        self.timeout = timeout
        self.deadline = time.monotonic() + timeout if timeout else None
        self._queue: queue.Queue = queue.Queue(maxsize=64)
        self._stop = threading.Event()
        with _stack_lock:
            old = threading.stack_size(QUERY_STACK)
            try:
                thread = threading.Thread(
                    target=self._produce, args=(store, query), daemon=True, name="kg-query"
                )
                thread.start()
            finally:
                threading.stack_size(old)
        _, self.kind, self.variables, self.boolean = self._get()

    def _produce(self, store: Store, query: str) -> None:
        raw = None
        try:
            raw = store.raw_query(query, timeout=self.timeout)
            if not self._put(("head", raw.kind, raw.variables, raw.boolean)):
                return
            chunk: list = []
            for item in raw.rows if raw.kind == "select" else raw.triples if raw.kind == "graph" else ():
                chunk.append(item)
                if len(chunk) >= _CHUNK:
                    if not self._put(("items", chunk)):
                        return
                    chunk = []
            self._put(("items", chunk))
            self._put(("end",))
        except BaseException as e:  # noqa: BLE001 - handed to the consumer, which raises it
            self._put(("error", e))
        finally:
            if raw is not None:
                raw.close()

    def _put(self, item) -> bool:
        while not self._stop.is_set():
            try:
                self._queue.put(item, timeout=0.1)
                return True
            except queue.Full:
                continue
        return False

    def _get(self):
        remaining = None if self.deadline is None else self.deadline - time.monotonic()
        try:
            if remaining is not None and remaining <= 0:
                raise queue.Empty
            item = self._queue.get(timeout=remaining)
        except queue.Empty:
            self.cancel()
            raise QueryError(
                f"query stopped after {self.timeout:g} s, its time limit (--timeout sets it)"
            ) from None
        if item[0] == "error":
            self.cancel()
            error = item[1]
            if isinstance(error, RecursionError):
                raise QueryError("query is nested too deeply for the engine") from None
            raise error
        return item

    def items(self) -> Iterator:
        """The rows (select) or triples (graph), in order."""
        while True:
            item = self._get()
            if item[0] == "end":
                return
            yield from item[1]

    def cancel(self) -> None:
        self._stop.set()


def start(
    store: Store, query: str, *, timeout: float | None = None, allow_service: Iterable[str] = ()
) -> QueryRun:
    if not query.strip():
        raise QueryError("empty query")
    check_query(query, allow_service)
    return QueryRun(store, query, timeout)


def run(
    store: Store,
    query: str,
    *,
    timeout: float | None = None,
    max_rows: int | None = None,
    allow_service: Iterable[str] = (),
) -> QueryResult:
    """Check and run a query; at most ``max_rows`` rows are kept (``truncated`` says when more were there)."""
    from kg.rdf.rdfio import new_graph

    r = start(store, query, timeout=timeout, allow_service=allow_service)
    try:
        if r.kind == "ask":
            return QueryResult("ask", boolean=r.boolean)
        if r.kind == "graph":
            g = new_graph()
            g.addN((s, p, o, g) for s, p, o in r.items())
            return QueryResult("graph", graph=g)
        return _collect_rows(r, max_rows)
    finally:
        r.cancel()


def write_result(
    store: Store,
    query: str,
    fmt: str,
    out: IO[bytes],
    *,
    timeout: float | None = None,
    max_rows: int | None = None,
    allow_service: Iterable[str] = (),
    width: int | None = None,
) -> tuple[int, bool]:
    """Run a query and stream its result to ``out``; returns (rows written, whether rows were left out).

    ``width``: the table fits this many columns, cut cells ending in "…" (None: as wide as the values)."""
    if fmt not in RESULT_FORMATS:
        raise FormatError(f"unknown result format '{fmt}' (choose from {', '.join(RESULT_FORMATS)})")
    r = start(store, query, timeout=timeout, allow_service=allow_service)
    try:
        if r.kind == "ask":
            out.write(format_result(QueryResult("ask", boolean=r.boolean), fmt).encode("utf-8"))
            return 1, False
        if r.kind == "graph":
            return _write_turtle(r.items(), out), False
        if fmt == "table":
            result = _collect_rows(r, max_rows)
            out.write(render(result.variables, result.rows, width, result.truncated).encode("utf-8"))
            return len(result.rows), result.truncated
        return _write_rows(r, fmt, out, max_rows)
    finally:
        r.cancel()


def _collect_rows(r: QueryRun, max_rows: int | None) -> QueryResult:
    rows, truncated = [], False
    for row in r.items():
        if max_rows is not None and len(rows) >= max_rows:
            truncated = True
            break
        rows.append(row)
    return QueryResult("select", r.variables, rows, truncated=truncated)


def _write_turtle(triples: Iterator, out: IO[bytes]) -> int:
    import pyoxigraph as ox

    from kg.rdf.rdfio import ox_term

    count = 0

    def quads():
        nonlocal count
        for s, p, o in triples:
            count += 1
            yield ox.Triple(ox_term(s), ox_term(p), ox_term(o))

    ox.serialize(quads(), out, format=ox.RdfFormat.TURTLE, prefixes=PREFIXES)
    return count


def _write_rows(r: QueryRun, fmt: str, out: IO[bytes], max_rows: int | None) -> tuple[int, bool]:
    text = io.TextIOWrapper(out, encoding="utf-8", newline="", write_through=False)
    n, truncated = 0, False
    try:
        if fmt == "csv":
            w = csv.writer(text, lineterminator="\r\n")
            w.writerow(r.variables)
        elif fmt == "tsv":
            text.write("\t".join("?" + v for v in r.variables) + "\n")
        else:
            text.write('{"head": {"vars": ' + json.dumps(r.variables) + '}, "results": {"bindings": [')
        for row in r.items():
            if max_rows is not None and n >= max_rows:
                truncated = True
                break
            if fmt == "csv":
                w.writerow(["" if v is None else str(v) for v in row])
            elif fmt == "tsv":
                text.write("\t".join("" if v is None else v.n3() for v in row) + "\n")
            else:
                binding = {var: _json_term(v) for var, v in zip(r.variables, row) if v is not None}
                text.write(("," if n else "") + "\n " + json.dumps(binding, ensure_ascii=False))
            n += 1
        if fmt == "json":
            text.write("\n]}}\n")
    finally:
        text.flush()
        text.detach()
    return n, truncated


def format_result(result: QueryResult, fmt: str = "table") -> str:
    if fmt not in RESULT_FORMATS:
        raise FormatError(f"unknown result format '{fmt}' (choose from {', '.join(RESULT_FORMATS)})")
    if result.kind == "graph":
        return result.graph.serialize(format="turtle")
    if result.kind == "ask":
        if fmt == "json":
            return json.dumps({"head": {}, "boolean": result.boolean}) + "\n"
        return ("true" if result.boolean else "false") + "\n"
    if fmt == "json":
        return json.dumps(_sparql_json(result), ensure_ascii=False, indent=1) + "\n"
    if fmt in ("csv", "tsv"):
        buf = io.StringIO()
        if fmt == "csv":
            w = csv.writer(buf, lineterminator="\r\n")
            w.writerow(result.variables)
            for row in result.rows:
                w.writerow(["" if v is None else str(v) for v in row])
        else:
            buf.write("\t".join("?" + v for v in result.variables) + "\n")
            for row in result.rows:
                buf.write("\t".join("" if v is None else v.n3() for v in row) + "\n")
        return buf.getvalue()
    return render(result.variables, result.rows, None, result.truncated)


def _json_term(v) -> dict:
    if isinstance(v, URIRef):
        return {"type": "uri", "value": str(v)}
    if isinstance(v, BNode):
        return {"type": "bnode", "value": str(v)}
    if isinstance(v, Literal):
        d = {"type": "literal", "value": str(v)}
        if v.language:
            d["xml:lang"] = v.language
        elif v.datatype:
            d["datatype"] = str(v.datatype)
        return d
    raise TypeError(v)


def _sparql_json(result: QueryResult) -> dict:
    bindings = [
        {var: _json_term(v) for var, v in zip(result.variables, row) if v is not None} for row in result.rows
    ]
    return {"head": {"vars": result.variables}, "results": {"bindings": bindings}}
