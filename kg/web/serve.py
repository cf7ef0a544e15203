"""``kg serve``: the store as a read-only SPARQL endpoint, with limits Oxigraph's server lacks.

Oxigraph's own server (``oxigraph serve-read-only``) answers the queries, with
its time limit (``--timeout-s``), on a private loopback port. In front of it a
small proxy checks every query as ``kg query`` does (kg/query/guard.py): a
query nested too deeply no longer kills the server, SERVICE reaches only the
hosts ``--allow-service`` names, and updates are refused. While it runs, the
server holds the store's shared lock (kg/store/locks.py), so ``kg ingest`` says the
store is being served instead of writing under a server that would keep
answering from its old snapshot. GET / is a start page of igkg's own
(kg/web/startpage.py): its prefixes, its canned queries, results as plain values.
"""

from __future__ import annotations

import contextlib
import http.client
import signal
import socket
import subprocess
import sys
import threading
import time
import urllib.parse
import urllib.request
from collections.abc import Iterable
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

from kg.errors import QueryError, StoreError
from kg.query.guard import MAX_QUERY_BYTES, check_query
from kg.store.locks import SERVE_FILE, StoreLock, write_serving
from kg.web.startpage import CSP, page, with_prefixes

DEFAULT_TIMEOUT = 30.0
_HOP_HEADERS = {"connection", "keep-alive", "transfer-encoding", "content-length", "server", "date"}


def oxigraph_binary() -> str | None:
    """The `oxigraph` server of this environment (the PyPI package puts it beside the interpreter)."""
    import shutil

    sibling = Path(sys.executable).parent / "oxigraph"
    return str(sibling) if sibling.exists() else shutil.which("oxigraph")


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _die_with_parent() -> None:  # pragma: no cover - runs in the child between fork and exec
    """The Oxigraph child gets SIGTERM when kg serve dies, even by SIGKILL: no orphan serves an unlocked store."""
    import ctypes

    with contextlib.suppress(OSError, AttributeError):
        ctypes.CDLL("libc.so.6", use_errno=True).prctl(1, signal.SIGTERM)  # PR_SET_PDEATHSIG


def start_oxigraph(store: Path, port: int, timeout: float) -> subprocess.Popen:
    binary = oxigraph_binary()
    if binary is None:
        raise StoreError("the `oxigraph` server is not installed (pip install oxigraph)")
    args = [binary, "serve-read-only", "--location", str(store), "--bind", f"127.0.0.1:{port}"]
    if timeout:
        args += ["--timeout-s", str(max(1, round(timeout)))]
    proc = subprocess.Popen(
        args, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, preexec_fn=_die_with_parent
    )
    deadline = time.monotonic() + 60
    while True:
        try:
            with urllib.request.urlopen(f"http://127.0.0.1:{port}/query?query=ASK%7B%7D", timeout=2):
                return proc
        except OSError:
            if proc.poll() is not None or time.monotonic() > deadline:
                proc.kill()
                err = proc.stderr.read().decode("utf-8", "replace").strip().splitlines()
                raise StoreError(
                    f"{store}: the oxigraph server did not start ({err[-1] if err else 'no message'})"
                ) from None
            time.sleep(0.1)


class _Proxy(BaseHTTPRequestHandler):
    upstream: tuple[str, int]
    allow_service: list[str]
    timeout_s: float
    protocol_version = "HTTP/1.1"

    def log_message(self, fmt, *args) -> None:  # one line per request on stderr, as oxigraph does
        sys.stderr.write(f"{self.address_string()} {fmt % args}\n")

    def _reply(self, code: int, text: str) -> None:
        body = (text + "\n").encode("utf-8")
        self.send_response(code)
        self.send_header("Content-Type", "text/plain; charset=utf-8")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def _query_of(self, body: bytes) -> str | None:
        url = urllib.parse.urlsplit(self.path)
        if url.path != "/query":
            return None
        if self.command == "GET":
            return urllib.parse.parse_qs(url.query).get("query", [""])[0]
        ctype = (self.headers.get("Content-Type") or "").split(";")[0].strip().lower()
        if ctype == "application/sparql-query":
            return body.decode("utf-8", "replace")
        return urllib.parse.parse_qs(body.decode("utf-8", "replace")).get("query", [""])[0]

    def _handle(self) -> None:
        length = int(self.headers.get("Content-Length") or 0)
        if length > 4 * MAX_QUERY_BYTES:
            return self._reply(413, f"request body over {4 * MAX_QUERY_BYTES // 1024} KB")
        body = self.rfile.read(length) if length else b""
        path = urllib.parse.urlsplit(self.path).path
        if self.command != "GET" and path != "/query":
            return self._reply(403, "this endpoint is read-only: updates and graph writes are refused")
        if self.command == "GET" and (own := page(path, urllib.parse.urlsplit(self.path).query)) is not None:
            return self._send(*own)
        query = self._query_of(body)
        target = self.path
        if query is not None:
            try:
                check_query(query, self.allow_service)
            except QueryError as e:
                return self._reply(400, str(e))
            target, body = self._with_prefixes(query, body)
        self._forward(body, target)

    def _with_prefixes(self, query: str, body: bytes) -> tuple[str, bytes]:
        """The request with the project's prefixes predeclared in its query (kg/web/startpage.py)."""
        query = with_prefixes(query)
        url = urllib.parse.urlsplit(self.path)
        if self.command == "GET":
            params = [(k, query if k == "query" else v) for k, v in urllib.parse.parse_qsl(url.query, True)]
            return url._replace(query=urllib.parse.urlencode(params)).geturl(), body
        ctype = (self.headers.get("Content-Type") or "").split(";")[0].strip().lower()
        if ctype == "application/sparql-query":
            return self.path, query.encode("utf-8")
        form = [
            (k, query if k == "query" else v)
            for k, v in urllib.parse.parse_qsl(body.decode("utf-8", "replace"), True)
        ]
        return self.path, urllib.parse.urlencode(form).encode("utf-8")

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

    def _forward(self, body: bytes, target: str) -> None:
        conn = http.client.HTTPConnection(
            *self.upstream, timeout=self.timeout_s + 10 if self.timeout_s else None
        )
        try:
            headers = {k: v for k, v in self.headers.items() if k.lower() not in _HOP_HEADERS | {"host"}}
            conn.request(self.command, target, body=body or None, headers=headers)
            resp = conn.getresponse()
            self.send_response(resp.status)
            for k, v in resp.getheaders():
                if k.lower() not in _HOP_HEADERS:
                    self.send_header(k, v)
            self.send_header("Transfer-Encoding", "chunked")
            self.end_headers()
            while chunk := resp.read1(65536):
                self.wfile.write(b"%x\r\n%s\r\n" % (len(chunk), chunk))
            self.wfile.write(b"0\r\n\r\n")
        except (OSError, http.client.HTTPException) as e:
            with contextlib.suppress(OSError):  # the client left, or the engine did: stop reading either way
                self._reply(502, f"the query engine did not answer ({e})")
        finally:
            conn.close()


def serve(
    store: Path, bind: str, timeout: float = DEFAULT_TIMEOUT, allow_service: Iterable[str] = (), ready=None
) -> None:
    """Serve ``store`` at http://BIND/query until SIGINT/SIGTERM; ``ready(url)`` is called once it answers."""
    host, _, port = bind.rpartition(":")
    if not host or not port.isdigit():
        raise StoreError(f"--bind {bind}: expected HOST:PORT")
    if not (store / "CURRENT").exists():
        raise StoreError(f"{store}: no store here yet (run `kg ingest` first)")
    lock = StoreLock(store, exclusive=False).acquire()
    info = None
    proc = None
    try:
        try:
            server = ThreadingHTTPServer((host.strip("[]"), int(port)), _Proxy)
        except OSError as e:
            raise StoreError(f"--bind {bind}: cannot listen there ({e.strerror})") from None
        upstream_port = _free_port()
        proc = start_oxigraph(store, upstream_port, timeout)
        server.RequestHandlerClass = type(
            "Proxy",
            (_Proxy,),
            {
                "upstream": ("127.0.0.1", upstream_port),
                "allow_service": list(allow_service),
                "timeout_s": timeout,
            },
        )
        url = f"http://{bind}/query"
        info = write_serving(store, url)
        _stop_on_signals(server)
        if ready:
            ready(url)
        watcher = threading.Thread(target=_watch, args=(proc, server), daemon=True)
        watcher.start()
        server.serve_forever(poll_interval=0.2)
        server.server_close()
        if proc.poll() is not None and proc.returncode not in (0, -signal.SIGTERM):
            raise StoreError(f"{store}: the oxigraph server stopped (exit {proc.returncode})")
    finally:
        if proc is not None and proc.poll() is None:
            proc.terminate()
            with contextlib.suppress(subprocess.TimeoutExpired):
                proc.wait(timeout=10)
        if info is not None:
            with contextlib.suppress(OSError):
                (store / SERVE_FILE).unlink()
        lock.release()


def _watch(proc: subprocess.Popen, server: ThreadingHTTPServer) -> None:
    proc.wait()
    server.shutdown()


def _stop_on_signals(server: ThreadingHTTPServer) -> None:
    def stop(signum, frame):
        threading.Thread(target=server.shutdown, daemon=True).start()

    signal.signal(signal.SIGTERM, stop)
    signal.signal(signal.SIGINT, stop)
