"""Extraction in a pool of worker processes, each with its own Extractor, results in input order.

Workers start lazily (a re-ingest of unchanged articles starts none), load the
models once, and cap their own address space (``--max-memory``) so that one
huge article fails with "out of memory" instead of taking the machine down. At
most ``4 × workers`` articles are in flight, so memory does not grow with the
number of articles. A worker that dies (killed, crashed) breaks the pool; the
articles that were in flight are then retried one by one in a fresh worker, so
exactly the article that kills a worker is reported, and the run goes on.

Workers are started with ``forkserver`` (``spawn`` where there is none), never
``fork``: like any multiprocessing code, a script that ingests without passing
an Extractor must guard its entry point with ``if __name__ == "__main__":``.
"""

from __future__ import annotations

import multiprocessing
import os
import signal
from collections import deque
from collections.abc import Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass, field
from pathlib import Path

from .errors import InputError, KgError
from .rdfio import one_line
from .store import ArticleData


@dataclass
class Task:
    """One article to extract (planned by kg/ingest.py)."""

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
    from .extract import Extractor

    _EXTRACTOR = Extractor()
    _EXTRACTOR.ner  # noqa: B018 - load natasha now, before the cap
    _MEMORY_MB = memory_mb
    if memory_mb and _vm_bytes():
        import resource

        limit = _vm_bytes() + memory_mb * 1024 * 1024
        resource.setrlimit(resource.RLIMIT_AS, (limit, resource.getrlimit(resource.RLIMIT_AS)[1]))


def extract_article(extractor, path: Path, publisher_country: str | None, article_id: str):
    """(Article, Graph) of one file; whatever goes wrong is a one-line InputError naming the file."""
    from .mapping import article_to_graph

    try:
        article = extractor.extract_file(path, publisher_country, article_id=article_id)
        return article, article_to_graph(article, extractor.gazetteer)
    except KgError:
        raise
    except MemoryError:
        raise InputError(f"{path}: extraction ran out of memory (over {_MEMORY_MB} MB; --max-memory raises "
                         "the limit)") from None
    except Exception as e:  # noqa: BLE001 - an extractor bug is this article's failure, not a traceback
        raise InputError(f"{path}: extraction failed ({type(e).__name__}: {one_line(e)[:200]})") from None


def extract_task(task: Task, extractor=None) -> ArticleData | Failure:
    """Extract one article into its graph plus the ingest bookkeeping (hash, source, extractor fingerprint)."""
    from rdflib import Literal

    from .ontology import DIP, article_iri
    from .rdfio import nt_lines

    try:
        article, graph = extract_article(extractor or _EXTRACTOR, Path(task.path), task.publisher_country,
                                         task.article_id)
    except KgError as e:
        return Failure(task.index, task.path, str(e))
    iri = article_iri(article.id)
    graph.add((iri, DIP.contentHash, Literal(task.content_hash)))
    graph.add((iri, DIP.sourceFile, Literal(task.source)))
    graph.add((iri, DIP.extractedBy, Literal(task.fingerprint)))
    return ArticleData(str(iri), article.id, task.path, list(nt_lines(graph)), persons=len(article.persons),
                       meetings=len(article.meetings), documents=sum(len(m.documents) for m in article.meetings))


class ExtractionPool:
    """Maps Tasks to ArticleData/Failure in order; anything else passes through in its place."""

    def __init__(self, jobs: int, memory_mb: int, extractor=None) -> None:
        self.jobs = max(1, jobs)
        self.memory_mb = memory_mb
        self.extractor = extractor  # given: extract in this process, no pool
        self._executor: ProcessPoolExecutor | None = None

    def _new_executor(self, workers: int) -> ProcessPoolExecutor:
        # not fork: the parent holds an open store (RocksDB threads) and its lock
        if "forkserver" in multiprocessing.get_all_start_methods():
            ctx = multiprocessing.get_context("forkserver")
            ctx.set_forkserver_preload(["kg.workers", "kg.extract", "kg.mapping"])
        else:  # pragma: no cover - not Linux
            ctx = multiprocessing.get_context("spawn")
        return ProcessPoolExecutor(max_workers=workers, mp_context=ctx, initializer=init_worker,
                                   initargs=(self.memory_mb,))

    def _submit(self, task: Task) -> Future:
        if self._executor is None:
            self._executor = self._new_executor(self.jobs)
        return self._executor.submit(extract_task, task)

    def run(self, items: Iterable) -> Iterator[tuple[object, object]]:
        """(item, outcome) pairs in input order: a Task's outcome is its ArticleData or Failure."""
        if self.extractor is not None:
            for item in items:
                yield item, extract_task(item, self.extractor) if isinstance(item, Task) else item
            return
        window: deque = deque()
        source = iter(items)
        limit = 4 * self.jobs
        while True:
            while len(window) < limit:
                item = next(source, None)
                if item is None:
                    break
                window.append([item, self._submit(item) if isinstance(item, Task) else None, None])
            if not window:
                return
            entry = window[0]
            if entry[1] is not None and entry[2] is None:
                try:
                    entry[2] = entry[1].result()
                except BrokenProcessPool:
                    self._recover(window)
            item, _, outcome = window.popleft()
            yield item, outcome if isinstance(item, Task) else item

    def _recover(self, window: deque) -> None:
        """The pool broke: run the unfinished tasks of the window one by one to find the one that kills workers."""
        self.shutdown()
        single: ProcessPoolExecutor | None = None
        for entry in window:
            if not isinstance(entry[0], Task) or entry[2] is not None:
                continue
            if entry[1].done() and not entry[1].cancelled() and entry[1].exception() is None:
                entry[2] = entry[1].result()
                continue
            single = single or self._new_executor(1)
            try:
                entry[2] = single.submit(extract_task, entry[0]).result()
            except BrokenProcessPool:
                single.shutdown(wait=False, cancel_futures=True)
                single = None
                entry[2] = Failure(entry[0].index, entry[0].path, f"{entry[0].path}: the worker extracting it died "
                                   f"(killed, out of memory or crashed; --max-memory {self.memory_mb} MB)")
        if single is not None:
            single.shutdown(wait=True)

    def shutdown(self, wait: bool = False) -> None:
        if self._executor is not None:
            self._executor.shutdown(wait=wait, cancel_futures=True)
            self._executor = None


def default_jobs() -> int:
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:  # pragma: no cover - not Linux
        return os.cpu_count() or 1
