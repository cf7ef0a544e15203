"""``kg serve``: the store as a read-only SPARQL endpoint, with the limits a shared endpoint needs.

Queries run in worker processes that hold the store open read-only and that
only this server can reach (kg/web/engine.py): there is no engine port. Every
way of passing a query (GET or POST, URL parameters, a form, a
``application/sparql-query`` body) is read into one query, checked as ``kg
query`` checks it (kg/query/guard.py), and only then run. The server answers
only requests addressed to a loopback name or to its ``--bind`` address (no
DNS rebinding), bounds the request size, the queries running at once (a
queue, then ``503``), the time of each query (``504``) and the time a client
may take to send its request. While it runs, the server holds the store's
shared lock (kg/store/locks.py), so ``kg ingest`` says the store is being
served. GET / is a start page of igkg's own (kg/web/startpage.py).
"""

from __future__ import annotations

import contextlib
import ipaddress
import math
import signal
import sys
import threading
import urllib.parse
from collections.abc import Iterable
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

from kg.errors import QueryError, StoreError
from kg.query.guard import MAX_QUERY_BYTES, check_query
from kg.store.factory import check_local_store
from kg.store.locks import SERVE_FILE, StoreLock, write_serving
from kg.web.engine import Engine, EngineBusy, EngineFailed, EngineTimeout
from kg.web.startpage import CSP, page, with_prefixes

DEFAULT_TIMEOUT = 30.0
CLIENT_TIMEOUT = 20.0  # seconds a client may take to send a request, or stay idle between requests
MAX_BODY = 4 * MAX_QUERY_BYTES
_GRAPH_PARAMS = ("default-graph-uri", "named-graph-uri")


def oxigraph_binary() -> str | None:
    """The `oxigraph` server of this environment (the PyPI package puts it beside the interpreter); the
    tests and ``--store http://`` users run it, kg serve does not."""
    import shutil

    sibling = Path(sys.executable).parent / "oxigraph"
    return str(sibling) if sibling.exists() else shutil.which("oxigraph")


class BadRequest(Exception):
    def __init__(self, code: int, message: str) -> None:
        super().__init__(message)
        self.code = code


def allowed_host(host_header: str | None, bind_host: str) -> bool:
    """Loopback names, IP literals (a rebinding attack needs a DNS name) and the name --bind gave."""
    if host_header is None:
        return True  # HTTP/1.0 clients; every browser sends Host
    host = host_header.strip().lower()
    if host.startswith("["):
        host = host[1 : host.find("]")] if "]" in host else host
    elif host.count(":") == 1:
        host = host.split(":")[0]
    with contextlib.suppress(ValueError):
        ipaddress.ip_address(host)
        return True
    return host in ("localhost", bind_host.strip("[]").lower()) or host.endswith(".localhost")


def request_query(command: str, path: str, ctype: str, body: bytes) -> tuple[str, list[str], list[str]]:
    """The one query of a request and its graph parameters, from the URL, a form or a sparql-query body."""
    url = urllib.parse.urlsplit(path)
    params = urllib.parse.parse_qsl(url.query, keep_blank_values=True)
    if command == "POST":
        if ctype == "application/sparql-query":
            params.append(("query", body.decode("utf-8", "replace")))
        elif body:
            params += urllib.parse.parse_qsl(body.decode("utf-8", "replace"), keep_blank_values=True)
    if any(k == "update" for k, _ in params):
        raise BadRequest(403, "this endpoint is read-only: updates are refused")
    queries = [v for k, v in params if k == "query"]
    if len(queries) != 1:
        raise BadRequest(400, "give exactly one query (the 'query' parameter or a sparql-query body)")
    graphs = {name: [v for k, v in params if k == name] for name in _GRAPH_PARAMS}
    return queries[0], graphs["default-graph-uri"], graphs["named-graph-uri"]


class _Proxy(BaseHTTPRequestHandler):
    engine: Engine
    allow_service: list[str]
    bind_host: str
    protocol_version = "HTTP/1.1"
    timeout = CLIENT_TIMEOUT  # slow or idle clients are cut off

    def log_message(self, fmt, *args) -> None:  # one line per request on stderr
        sys.stderr.write(f"{self.address_string()} {fmt % args}\n")

    def handle(self) -> None:
        with contextlib.suppress(ConnectionError, TimeoutError):  # a client that went away needs no traceback
            super().handle()

    def _reply(self, code: int, text: str, close: bool = False) -> None:
        body = (text + "\n").encode("utf-8")
        self.send_response(code)
        self.send_header("Content-Type", "text/plain; charset=utf-8")
        self.send_header("Content-Length", str(len(body)))
        if code == 503:
            self.send_header("Retry-After", "2")
        if close:
            self.send_header("Connection", "close")
            self.close_connection = True
        self.end_headers()
        self.wfile.write(body)

    def _body(self) -> bytes:
        if "transfer-encoding" in {k.lower() for k in self.headers}:
            raise BadRequest(411, "send the request with a Content-Length")
        raw = self.headers.get("Content-Length")
        if raw is None:
            return b""
        if not raw.strip().isdigit():
            raise BadRequest(400, f"bad Content-Length: {raw!r}")
        length = int(raw)
        if length > MAX_BODY:
            raise BadRequest(413, f"request body over {MAX_BODY // 1024} KB")
        return self.rfile.read(length)

    def _handle(self) -> None:
        if not allowed_host(self.headers.get("Host"), self.bind_host):
            return self._reply(403, "this endpoint answers only to localhost and its --bind address", True)
        try:
            body = self._body()
        except BadRequest as e:
            return self._reply(e.code, str(e), close=True)
        url = urllib.parse.urlsplit(self.path)
        if url.path != "/query":
            if self.command == "GET" and (own := page(url.path, url.query)) is not None:
                return self._send(*own)
            if self.command != "GET":
                return self._reply(403, "this endpoint is read-only: updates and graph writes are refused")
            return self._reply(404, f"no such page: {url.path} (queries go to /query)")
        ctype = (self.headers.get("Content-Type") or "").split(";")[0].strip().lower()
        try:
            query, default_graphs, named_graphs = request_query(self.command, self.path, ctype, body)
            check_query(query, self.allow_service)
        except BadRequest as e:
            return self._reply(e.code, str(e))
        except QueryError as e:
            return self._reply(400, str(e))
        self._answer(with_prefixes(query), default_graphs, named_graphs)

    def _answer(self, query: str, default_graphs: list[str], named_graphs: list[str]) -> None:
        try:
            answer = self.engine.query(query, self.headers.get("Accept") or "", default_graphs, named_graphs)
        except EngineBusy as e:
            return self._reply(503, str(e))
        except EngineTimeout as e:
            return self._reply(504, str(e))
        except EngineFailed as e:
            return self._reply(400, str(e))
        try:
            size = answer.path.stat().st_size
            self.send_response(200)
            self.send_header("Content-Type", answer.content_type + "; charset=utf-8")
            self.send_header("Content-Length", str(size))
            self.end_headers()
            with answer.path.open("rb") as fh:
                while chunk := fh.read(1 << 16):
                    self.wfile.write(chunk)
        finally:
            answer.path.unlink(missing_ok=True)

    def _send(self, code: int, body: bytes, ctype: str) -> None:
        """One of the start page's own files, under a policy that lets the page reach this server only."""
        self.send_response(code)
        self.send_header("Content-Type", ctype)
        self.send_header("Content-Length", str(len(body)))
        self.send_header("Content-Security-Policy", CSP)
        self.send_header("X-Content-Type-Options", "nosniff")
        self.send_header("Referrer-Policy", "no-referrer")
        self.send_header("Cache-Control", "no-cache")
        self.end_headers()
        self.wfile.write(body)

    do_GET = do_POST = _handle

    def do_PUT(self) -> None:
        self._reply(403, "this endpoint is read-only: updates and graph writes are refused")

    do_DELETE = do_PATCH = do_PUT


class _Server(ThreadingHTTPServer):
    daemon_threads = True
    request_queue_size = 128  # a burst of clients waits in the kernel instead of being reset


def serve(
    store: Path,
    bind: str,
    timeout: float = DEFAULT_TIMEOUT,
    allow_service: Iterable[str] = (),
    ready=None,
    workers: int = 4,
    client_timeout: float = CLIENT_TIMEOUT,
) -> None:
    """Serve ``store`` at http://BIND/query until SIGINT/SIGTERM; ``ready(url)`` is called once it answers."""
    host, port = parse_bind(bind)
    if not math.isfinite(timeout) or timeout < 0:
        raise StoreError(f"--timeout {timeout}: give a number of seconds (0 for no limit)")
    check_local_store(store)  # "no store here yet", "a damaged store", ...
    lock = StoreLock(store, exclusive=False).acquire()
    info = None
    engine = None
    try:
        try:
            server = _Server((host, port), _Proxy)
        except OSError as e:
            raise StoreError(
                f"--bind {bind}: cannot listen there ({getattr(e, 'strerror', None) or e})"
            ) from None
        engine = Engine(store, workers=workers, timeout=timeout)
        server.RequestHandlerClass = type(
            "Proxy",
            (_Proxy,),
            {
                "engine": engine,
                "allow_service": list(allow_service),
                "bind_host": host,
                "timeout": client_timeout,
            },
        )
        url = f"http://{bind}/query"
        info = write_serving(store, url)
        _stop_on_signals(server)
        if ready:
            ready(url)
        server.serve_forever(poll_interval=0.2)
        server.server_close()
    finally:
        if engine is not None:
            engine.close()
        if info is not None:
            with contextlib.suppress(OSError):
                (store / SERVE_FILE).unlink()
        lock.release()


def parse_bind(bind: str) -> tuple[str, int]:
    """ "127.0.0.1:8000", "[::1]:8000", "localhost:0" -> (host, port), or a one-line error."""
    host, _, port = bind.rpartition(":")
    if not host or not port.isdigit() or int(port) > 65535:
        raise StoreError(f"--bind {bind}: expected HOST:PORT with a port from 0 to 65535")
    return host.strip("[]"), int(port)


def _stop_on_signals(server: ThreadingHTTPServer) -> None:
    def stop(signum, frame):
        threading.Thread(target=server.shutdown, daemon=True).start()

    signal.signal(signal.SIGTERM, stop)
    signal.signal(signal.SIGINT, stop)
