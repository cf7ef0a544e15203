"""Store-level identity after a small change, measured: a one-article ingest and its removal with the
incremental consolidation (the touched blocks only) and with the full one (every mention), on a copy of a
large store, then a check that a full consolidation finds nothing left to change. Prints figures; the
store given is copied first and never written.

    python bench/consolidation.py STORE [--articles 1]   # STORE: e.g. made by `kg load` of bench/run.py's dump
"""

from __future__ import annotations

import argparse
import shutil
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bench.synth import write_texts  # noqa: E402
from kg.extract import Extractor  # noqa: E402
from kg.ingest import runner  # noqa: E402
from kg.ingest.incremental import consolidate  # noqa: E402
from kg.ingest.resolve import consolidate_all  # noqa: E402
from kg.store import open_store  # noqa: E402

spent: dict[str, float] = {}


def _timed_consolidate(full: bool):
    def run(store, changes=None):
        t = time.perf_counter()
        try:
            return consolidate(store, None if full else changes)
        finally:
            spent["consolidation"] = time.perf_counter() - t

    return run


def _timed_full(store):
    t = time.perf_counter()
    report = consolidate_all(store)
    return report, time.perf_counter() - t


def _ingest_and_remove(store, files: list[Path], extractor, full: bool) -> None:
    label = "full       " if full else "incremental"
    runner.consolidate = _timed_consolidate(full)
    t = time.perf_counter()
    report = runner.ingest(files, store, extractor, progress=False)
    whole = time.perf_counter() - t
    kind = "full" if report.consolidation.full else "touched blocks"
    print(
        f"  {label} ingest of {len(files)} article(s): {whole:.1f} s, consolidation {spent['consolidation']:.1f} s "
        f"({kind}; {report.consolidation.graphs_rewritten} graph(s) rewritten)",
        flush=True,
    )
    t = time.perf_counter()
    runner.remove([str(f) for f in files], store)
    whole = time.perf_counter() - t
    print(f"  {label} removal: {whole:.1f} s, consolidation {spent['consolidation']:.1f} s", flush=True)


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("store", type=Path)
    parser.add_argument("--articles", type=int, default=1, help="articles per ingest (default 1)")
    args = parser.parse_args()
    work = Path(tempfile.mkdtemp(prefix="kg-bench-consolidation-"))
    try:
        copy = work / "store"
        shutil.copytree(args.store, copy)
        (copy / "igkg.lock").unlink(missing_ok=True)
        texts = write_texts(work / "texts", args.articles)
        extractor = Extractor()
        extractor.extract_file(texts[0])  # models loaded before any timing
        store = open_store(copy)
        try:
            first, seconds = _timed_full(store)
            print(
                f"full consolidation of the copy (builds the identity index): {seconds:.1f} s, "
                f"{first.persons:,} persons, {first.meetings:,} meetings, {first.graphs_rewritten} graphs rewritten",
                flush=True,
            )
            for round_ in (1, 2):
                print(f"round {round_}:", flush=True)
                _ingest_and_remove(store, texts, extractor, full=False)
                _ingest_and_remove(store, texts, extractor, full=True)
            runner.ingest(texts, store, extractor, progress=False)  # incremental, then checked in full
            check, seconds = _timed_full(store)
            print(
                f"full consolidation after the incremental runs: {seconds:.1f} s, "
                f"{check.graphs_rewritten} graph(s) rewritten (0: the incremental runs left what a full one makes)",
                flush=True,
            )
        finally:
            store.close()
    finally:
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
