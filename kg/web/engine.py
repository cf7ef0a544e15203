"""The query engine behind ``kg serve``: worker processes that only the server can reach.

Oxigraph's own server listened on a loopback port that any program on the
machine could query without the guard. Here each worker is a child process
holding the store open read-only (pyoxigraph) and talking to the server over a
pipe, so no port but the server's own exists. A query runs in a worker and
writes its whole serialized answer to a private temporary file; the server
sends the file only once it is complete, so a query past its time limit ends
with an error status (the worker is killed and replaced), never with a
truncated ``200``. The pool bounds how many queries run at once; a bounded
queue waits for a free worker, and beyond it the server answers ``503``.
"""

from __future__ import annotations

import contextlib
import json
import os
import queue
import select
import signal
import subprocess
import sys
import tempfile
import threading
from dataclasses import dataclass
from pathlib import Path

QUERY_STACK = 256 * 1024 * 1024  # Oxigraph's evaluator recurses
MAX_RESULT_BYTES = 1 << 30

SELECT_TYPES = {
    "application/sparql-results+json": "JSON",
    "application/json": "JSON",
    "application/sparql-results+xml": "XML",
    "application/xml": "XML",
    "text/csv": "CSV",
    "text/tab-separated-values": "TSV",
}
GRAPH_TYPES = {
    "text/turtle": "TURTLE",
    "application/n-triples": "N_TRIPLES",
    "application/rdf+xml": "RDF_XML",
    "text/plain": "N_TRIPLES",
}


class EngineBusy(Exception):
    """Every worker is busy and the queue is full."""


class EngineTimeout(Exception):
    """The query ran past its time limit."""


class EngineFailed(Exception):
    """The query failed in the engine (its message is the engine's)."""


@dataclass
class Answer:
    path: Path  # the serialized result; the caller deletes it
    content_type: str


def negotiate(accept: str, table: dict[str, str]) -> str:
    """The first media type of ``table`` the Accept header allows, by q-value; the table's first otherwise."""
    offers: list[tuple[float, int, str]] = []
    for n, part in enumerate((accept or "").split(",")):
        kind, *params = (p.strip() for p in part.split(";"))
        q = 1.0
        for p in params:
            if p.startswith("q="):
                with contextlib.suppress(ValueError):
                    q = float(p[2:])
        offers.append((-q, n, kind.lower()))
    for q, _, kind in sorted(offers):
        if q >= 0:
            continue
        if kind in table:
            return kind
        if kind in ("*/*", "application/*", "text/*"):
            return next(iter(table))
    return next(iter(table))


class _Capped:
    """A file that refuses to grow past the result limit: an endless cartesian product stops there."""

    def __init__(self, fh, limit: int) -> None:
        self.fh, self.limit, self.size = fh, limit, 0

    def write(self, data: bytes) -> int:
        self.size += len(data)
        if self.size > self.limit:
            raise OSError(f"the result is over {self.limit // (1 << 20)} MB")
        return self.fh.write(data)

    def flush(self) -> None:
        self.fh.flush()


def _run(store, request: dict) -> tuple[str, str]:
    import pyoxigraph as ox

    kwargs = {}
    if request["default_graphs"]:
        kwargs["default_graph"] = [ox.NamedNode(g) for g in request["default_graphs"]]
    if request["named_graphs"]:
        kwargs["named_graphs"] = [ox.NamedNode(g) for g in request["named_graphs"]]
    result = store.query(request["query"], **kwargs)
    if isinstance(result, ox.QueryTriples):
        ctype = negotiate(request["accept"], GRAPH_TYPES)
        fmt = getattr(ox.RdfFormat, GRAPH_TYPES[ctype])
    else:
        ctype = negotiate(request["accept"], SELECT_TYPES)
        fmt = getattr(ox.QueryResultsFormat, SELECT_TYPES[ctype])
    with open(request["out"], "wb") as fh:
        result.serialize(_Capped(fh, request["limit"]), fmt)
    return "ok", ctype


def worker_main(location: str) -> None:  # pragma: no cover - runs in the child process
    """Open the store read-only once, then answer one JSON request per stdin line until stdin closes."""
    parent = os.getppid()

    def watch() -> None:  # die with kg serve, even in the middle of a query
        while os.getppid() == parent:
            threading.Event().wait(0.5)
        os._exit(0)

    threading.Thread(target=watch, daemon=True).start()
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    import pyoxigraph as ox

    store = ox.Store.read_only(location)
    threading.stack_size(QUERY_STACK)
    for line in sys.stdin:
        request = json.loads(line)
        reply: list = []

        def run(request=request, reply=reply) -> None:
            try:
                reply.append(_run(store, request))
            except Exception as e:  # the engine's own errors (syntax, SERVICE refused, result too large)
                reply.append(("error", f"{type(e).__name__}: {e}"))

        thread = threading.Thread(target=run)
        thread.start()
        thread.join()
        sys.stdout.write(
            json.dumps(reply[0] if reply else ("error", "the query stopped without an answer")) + "\n"
        )
        sys.stdout.flush()


class _Slot:
    def __init__(self, location: str) -> None:
        self.proc = subprocess.Popen(
            [
                sys.executable,
                "-m",
                "kg.web.engine",
                location,
            ],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            stderr=subprocess.DEVNULL,
            text=True,
        )

    def send(self, request: dict) -> None:
        self.proc.stdin.write(json.dumps(request) + "\n")
        self.proc.stdin.flush()

    def wait(self, seconds: float | None) -> bool:
        ready, _, _ = select.select([self.proc.stdout], [], [], seconds)
        return bool(ready)

    def receive(self) -> tuple[str, str]:
        line = self.proc.stdout.readline()
        if not line:
            raise EOFError("the worker closed its pipe")
        status, detail = json.loads(line)
        return status, detail

    def stop(self) -> None:
        with contextlib.suppress(Exception):
            self.proc.kill()
            self.proc.wait(5)


class Engine:
    """``workers`` processes over the store at ``location``; ``queued`` more requests may wait for one."""

    def __init__(self, location: Path, workers: int = 4, queued: int = 32, timeout: float = 30.0) -> None:
        self.location, self.timeout = str(location), timeout
        self._idle: queue.Queue[_Slot] = queue.Queue()
        self._waiting = threading.BoundedSemaphore(workers + queued)
        self._tmp = Path(tempfile.mkdtemp(prefix="igkg-serve-"))
        self._lock = threading.Lock()
        self._slots = [_Slot(self.location) for _ in range(workers)]
        for slot in self._slots:
            self._idle.put(slot)

    def query(self, text: str, accept: str, default_graphs=(), named_graphs=()) -> Answer:
        """Run one query; raises EngineBusy, EngineTimeout or EngineFailed."""
        if not self._waiting.acquire(blocking=False):
            raise EngineBusy("every query worker is busy and the queue is full: try again shortly")
        try:
            try:
                slot = self._idle.get(timeout=self.timeout or None)
            except queue.Empty:
                raise EngineBusy("no query worker became free in time: try again shortly") from None
            fd, out = tempfile.mkstemp(dir=self._tmp, suffix=".result")
            os.close(fd)
            request = {
                "query": text,
                "accept": accept,
                "default_graphs": list(default_graphs),
                "named_graphs": list(named_graphs),
                "out": out,
                "limit": MAX_RESULT_BYTES,
            }
            return self._ask(slot, request, Path(out))
        finally:
            self._waiting.release()

    def _ask(self, slot: _Slot, request: dict, out: Path) -> Answer:
        replaced = False
        try:
            slot.send(request)
            if not slot.wait(self.timeout or None):
                replaced = True
                raise EngineTimeout(f"the query ran past the {self.timeout:g} s time limit and was stopped")
            status, detail = slot.receive()
        except (EOFError, OSError, ValueError) as e:
            replaced = True
            raise EngineFailed(f"the query engine stopped ({e or 'no message'})") from None
        finally:
            if replaced:
                slot.stop()
                slot = _Slot(self.location)
                with self._lock:
                    self._slots = [s for s in self._slots if s.proc.poll() is None] + [slot]
            self._idle.put(slot)
            if replaced:
                out.unlink(missing_ok=True)
        if status != "ok":
            out.unlink(missing_ok=True)
            raise EngineFailed(detail)
        return Answer(out, detail)

    def close(self) -> None:
        for slot in self._slots:
            slot.stop()
        for leftover in self._tmp.glob("*"):
            leftover.unlink(missing_ok=True)
        with contextlib.suppress(OSError):
            self._tmp.rmdir()


if __name__ == "__main__":  # a worker: `python -m kg.web.engine STORE` (as kg/store/export.py's parts run)
    worker_main(sys.argv[1])
