"""Compaction: ``kg optimize``, and the rule by which ``kg load`` and large ingests compact on their own.

Oxigraph keeps its data in RocksDB, which writes new data as small sorted files
and merges them later. A store that has just been bulk-loaded, or has taken
many transactions, holds many overlapping files; a query then reads several of
them for each index lookup. ``Store.optimize()`` merges them: on a store of a
million triples just loaded, the canned queries answered 1.4-3.9x faster
afterwards (bench/RESULTS.md, 2026-12-04). The data do not change, only their
files. RocksDB also compacts in the background while a writer runs, so a long
load or ingest leaves less to merge (at ten million triples: nothing, 0.8 s).
"""

from __future__ import annotations

import time
from dataclasses import dataclass
from pathlib import Path

from kg.store.base import Store

# An ingest run that writes at least this much compacts the store afterwards. A thousand articles
# take half a minute or more to extract on two cores; compacting a freshly loaded store of a million
# triples took 8 s, one built by ingest 3 s (NOTES.md, issue 14), so the pause is small beside the
# run, while the daily run of a few dozen articles never pays it.
COMPACT_AFTER_ARTICLES = 1_000
COMPACT_AFTER_TRIPLES = 200_000


@dataclass
class OptimizeReport:
    compacted: bool  # False: the backend has nothing to compact (memory, a SPARQL server)
    seconds: float
    bytes_before: int | None = None  # the store folder's size, for a local store
    bytes_after: int | None = None


def worth_compacting(articles: int, triples: int) -> bool:
    """Whether a run that wrote ``articles`` articles of ``triples`` triples should compact afterwards."""
    return articles >= COMPACT_AFTER_ARTICLES or triples >= COMPACT_AFTER_TRIPLES


def folder_bytes(path: Path) -> int:
    """What the files of a store folder take (files RocksDB deletes meanwhile are skipped)."""
    total = 0
    for p in Path(path).rglob("*"):
        try:
            total += p.stat().st_size if p.is_file() else 0
        except OSError:
            continue
    return total


def optimize(store: Store) -> OptimizeReport:
    """Compact ``store`` (a StoreError if that fails; the data stay as they were)."""
    path = getattr(store, "path", None)
    local = isinstance(path, Path)
    before = folder_bytes(path) if local else None
    started = time.perf_counter()
    compacted = store.optimize()
    seconds = time.perf_counter() - started
    after = folder_bytes(path) if local and compacted else before
    return OptimizeReport(compacted, seconds, before, after)
