"""Does a store built by `kg ingest` (transactions, not the bulk loader) gain from compaction? One command:

    python bench/compaction.py --articles 2000      # ~2 min on 2 cores

Ingests the synthetic texts of bench/synth.py (``write_texts``) with `kg ingest`,
kept below the automatic compaction threshold by `kg ingest`'s own batches of
``--per-run`` articles (the daily runs of a user), times the canned queries, runs
`kg optimize`, and times them again. Prints a table; writes nothing else.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bench.run import KG, prepared_queries, run_tree, time_queries  # noqa: E402
from bench.synth import write_texts  # noqa: E402


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--articles", type=int, default=2000)
    ap.add_argument("--per-run", type=int, default=500, help="articles per `kg ingest` run (< 1,000)")
    ap.add_argument("--repeat", type=int, default=5)
    args = ap.parse_args()
    from kg.store import open_store
    from kg.store.compact import folder_bytes

    with tempfile.TemporaryDirectory(prefix="igkg-compaction-") as tmp:
        files = write_texts(Path(tmp) / "texts", args.articles)
        store_dir = Path(tmp) / "store"
        ingest_s = 0.0
        for start in range(0, len(files), args.per_run):
            batch = files[start : start + args.per_run]
            secs, _, _ = run_tree([*KG, "ingest", *map(str, batch), "--store", str(store_dir)])
            ingest_s += secs
        mb = folder_bytes(store_dir) / 2**20
        store = open_store(store_dir, readonly=True)
        try:
            queries = prepared_queries(Path(tmp), store)
            before = time_queries(store, queries, args.repeat, "as ingested")
        finally:
            store.close()
        opt_s, _, _ = run_tree([*KG, "optimize", "--store", str(store_dir)])
        store = open_store(store_dir, readonly=True)
        try:
            after = time_queries(store, queries, args.repeat, "compacted")
            triples = store.query("SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }").rows[0][0]
        finally:
            store.close()
        mb_after = folder_bytes(store_dir) / 2**20
    print(
        f"\n{args.articles:,} articles in runs of {args.per_run}: ingest {ingest_s:.0f} s, "
        f"{int(triples):,} triples in the merged graph, {mb:.0f} MB; kg optimize {opt_s:.1f} s, {mb_after:.0f} MB\n"
    )
    print("| canned query | p50 as ingested | p50 compacted | ratio |\n|---|---|---|---|")
    for q in queries:
        b, a = before[q.stem]["p50"], after[q.stem]["p50"]
        print(f"| {q.stem} | {b * 1000:.0f} ms | {a * 1000:.0f} ms | {b / a:.1f}× |")


if __name__ == "__main__":
    main()
