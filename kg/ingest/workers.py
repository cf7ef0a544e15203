"""Extraction in a pool of worker processes, each with its own Extractor, results in input order.

Workers are plain ``python -m kg.ingest.workers`` processes fed pickled tasks through
a pipe: not ``multiprocessing``, whose start methods either fork a process that
holds an open store (``fork``) or run the caller's main module again in every
worker (``spawn``, ``forkserver``), which breaks scripts and notebooks.

Workers start lazily (a re-ingest of unchanged articles starts none), load the
models once, and cap their own address space (``--max-memory``) so that one
huge article fails with "out of memory" instead of taking the machine down. At
most two articles per worker are in flight, so memory does not grow with the
number of articles. A worker works through its tasks in order, so when one
dies (killed, crashed) the article it died on is known exactly; it is tried
once more in a fresh worker, then reported, and the run goes on.
"""

from __future__ import annotations

import contextlib
import os
import pickle
import signal
import subprocess
import sys
import tempfile
from collections import deque
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from kg.errors import InputError, KgError
from kg.rdf.rdfio import one_line
from kg.store.base import ArticleData


@dataclass
class Task:
    """One article to extract (planned by kg/ingest/runner.py)."""

    index: int
    path: str
    article_id: str
    content_hash: str
    source: str
    publisher_country: str | None
    fingerprint: str
    drop: list[str] = field(default_factory=list)  # older versions of this file to remove with it


@dataclass
class Failure:
    index: int
    path: str
    message: str


_EXTRACTOR = None
_MEMORY_MB = 0


def _vm_bytes() -> int:
    try:
        with open("/proc/self/status", encoding="ascii") as fh:
            for line in fh:
                if line.startswith("VmSize:"):
                    return int(line.split()[1]) * 1024
    except OSError:
        pass
    return 0


def init_worker(memory_mb: int) -> None:
    """Load the models, then cap the address space at what they take plus ``memory_mb``."""
    global _EXTRACTOR, _MEMORY_MB
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl-C is the parent's to handle
    from kg.extract import Extractor

    _EXTRACTOR = Extractor()
    _EXTRACTOR.models  # noqa: B018 - load natasha now, before the cap
    _EXTRACTOR.gazetteer.load()  # and the gazetteer's forms and towns, which the first article would pay for
    _MEMORY_MB = memory_mb
    if memory_mb and _vm_bytes():
        import resource

        limit = _vm_bytes() + memory_mb * 1024 * 1024
        resource.setrlimit(resource.RLIMIT_AS, (limit, resource.getrlimit(resource.RLIMIT_AS)[1]))


def extract_article(extractor, path: Path, publisher_country: str | None, article_id: str):
    """(Article, Graph) of one file; whatever goes wrong is a one-line InputError naming the file."""
    from kg.rdf.mapping import article_to_graph

    try:
        article = extractor.extract_file(path, publisher_country, article_id=article_id)
        return article, article_to_graph(article, extractor.gazetteer)
    except KgError:
        raise
    except MemoryError:
        raise InputError(
            f"{path}: extraction ran out of memory (over {_MEMORY_MB} MB; --max-memory raises the limit)"
        ) from None
    except Exception as e:  # noqa: BLE001 - an extractor bug is this article's failure, not a traceback
        raise InputError(f"{path}: extraction failed ({type(e).__name__}: {one_line(e)[:200]})") from None


def extract_task(task: Task, extractor=None) -> ArticleData | Failure:
    """Extract one article into its graph plus the ingest bookkeeping (hash, source, extractor fingerprint)."""
    from rdflib import Literal

    from kg.rdf.ontology import DIP, article_iri
    from kg.rdf.rdfio import nt_lines

    try:
        article, graph = extract_article(
            extractor or _EXTRACTOR, Path(task.path), task.publisher_country, task.article_id
        )
    except KgError as e:
        return Failure(task.index, task.path, str(e))
    iri = article_iri(article.id)
    graph.add((iri, DIP.contentHash, Literal(task.content_hash)))
    graph.add((iri, DIP.sourceFile, Literal(task.source)))
    graph.add((iri, DIP.extractedBy, Literal(task.fingerprint)))
    return ArticleData(str(iri), article.id, task.path, list(nt_lines(graph)))


def _worker_env() -> dict[str, str]:
    """One BLAS thread per worker: the pool already runs a worker per core, and the parsers' small matrix
    products spread over more threads cost a quarter more CPU per article (measured) and oversubscribe."""
    env = dict(os.environ)
    for name in ("OPENBLAS_NUM_THREADS", "OMP_NUM_THREADS", "MKL_NUM_THREADS"):
        env.setdefault(name, "1")
    return env


class _Worker:
    """One `python -m kg.ingest.workers` process: Tasks in on stdin, outcomes out on stdout (pickled), in order."""

    def __init__(self, memory_mb: int) -> None:
        self.errors = tempfile.TemporaryFile()  # noqa: SIM115 - lives as long as the worker; closed in stop()
        self.proc = subprocess.Popen(
            [sys.executable, "-m", "kg.ingest.workers", str(memory_mb)],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            stderr=self.errors,
            env=_worker_env(),
        )
        self.pending: deque[Task] = deque()

    def last_words(self) -> str:
        self.errors.seek(0)
        lines = self.errors.read().decode("utf-8", "replace").strip().splitlines()
        return f"; it said: {lines[-1][:200]}" if lines else ""

    def send(self, task: Task) -> None:
        self.pending.append(task)
        try:
            pickle.dump(task, self.proc.stdin)
            self.proc.stdin.flush()
        except OSError:  # it died; receive() says so
            pass

    def receive(self):
        """The outcome of the oldest pending task, or None when the worker died on it."""
        try:
            outcome = pickle.load(self.proc.stdout)
        except (EOFError, OSError, pickle.UnpicklingError):
            return None
        self.pending.popleft()
        return outcome

    def stop(self) -> None:
        with contextlib.suppress(OSError):
            self.proc.stdin.close()
        try:
            self.proc.wait(timeout=10)
        except subprocess.TimeoutExpired:
            self.proc.kill()
            self.proc.wait()
        self.errors.close()


class ExtractionPool:
    """Maps Tasks to ArticleData/Failure in input order; anything else passes through in its place.

    Each worker is a separate `python -m kg.ingest.workers` process (no multiprocessing: nothing of the caller's
    main module runs again). A worker holds at most two tasks, so results wait in at most one pipe each."""

    def __init__(self, jobs: int, memory_mb: int, extractor=None) -> None:
        self.jobs = max(1, jobs)
        self.memory_mb = memory_mb
        self.extractor = extractor  # given: extract in this process, no workers
        self._workers: list[_Worker] = []

    def run(self, items: Iterable) -> Iterator[tuple[object, object]]:
        """(item, outcome) pairs in input order: a Task's outcome is its ArticleData or Failure."""
        if self.extractor is not None:
            for item in items:
                yield item, extract_task(item, self.extractor) if isinstance(item, Task) else item
            return
        window: deque = deque()  # (item, worker slot or None)
        source = iter(items)
        while True:
            while len(window) < 2 * self.jobs:
                item = next(source, None)
                if item is None:
                    break
                window.append((item, self._assign(item) if isinstance(item, Task) else None))
            if not window:
                return
            item, slot = window.popleft()
            yield item, self._outcome(item, slot) if slot is not None else item

    def _assign(self, task: Task) -> int:
        if len(self._workers) < self.jobs:
            self._workers.append(_Worker(self.memory_mb))
        slot = min(range(len(self._workers)), key=lambda i: len(self._workers[i].pending))
        self._workers[slot].send(task)
        return slot

    def _outcome(self, task: Task, slot: int):
        outcome = self._workers[slot].receive()
        if (
            outcome is None
        ):  # the worker died on this task (killed, out of memory, crashed): once more, afresh
            self._restart(slot, keep_first=True)
            outcome = self._workers[slot].receive()
        if outcome is None:
            said = self._workers[slot].last_words()
            self._restart(slot, keep_first=False)
            outcome = Failure(
                task.index,
                task.path,
                f"{task.path}: the worker extracting it died twice (killed, "
                f"out of memory or crashed; --max-memory {self.memory_mb} MB){said}",
            )
        return outcome

    def _restart(self, slot: int, keep_first: bool) -> None:
        dead = self._workers[slot]
        dead.proc.kill()
        dead.stop()
        tasks = list(dead.pending)[0 if keep_first else 1 :]
        self._workers[slot] = fresh = _Worker(self.memory_mb)
        for t in tasks:
            fresh.send(t)

    def shutdown(self, wait: bool = False) -> None:
        for worker in self._workers:
            if not wait:
                worker.proc.kill()
            worker.stop()
        self._workers = []


def default_jobs() -> int:
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:  # pragma: no cover - not Linux
        return os.cpu_count() or 1


def _serve(memory_mb: int) -> None:
    """A worker's life: load the models, then extract each pickled Task from stdin until it closes."""
    out = sys.stdout.buffer
    sys.stdout = sys.stderr  # nothing a library prints may corrupt the result pipe
    init_worker(memory_mb)
    while True:
        try:
            task = pickle.load(sys.stdin.buffer)
        except EOFError:
            return
        pickle.dump(extract_task(task), out)
        out.flush()


if __name__ == "__main__":
    # run as kg.ingest.workers, not __main__, so that pickled results name classes the parent can find
    from kg.ingest.workers import _serve as serve

    serve(int(sys.argv[1]))
