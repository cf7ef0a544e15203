"""The summary graph of issue 14, measured: reading time of the aggregating queries and `kg stats`
without and with it, the cost of building it, of keeping it after one changed article, and what it
adds to an ingest. Prints figures; writes nothing but the stores it is given or makes.

    python bench/summary.py queries STORE        # a store made by `kg load` of bench/run.py's dump (it is changed)
    python bench/summary.py ingest --articles 2000   # kg ingest of the synthetic texts, the summary's share
    python bench/summary.py served STORE         # what `kg query` reads with the summary fresh (the store is only read)
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bench.timing import p50  # noqa: E402
from kg.ingest.summary import is_fresh, summarize  # noqa: E402
from kg.ingest.summarykeys import SummaryTracker, graph_content  # noqa: E402
from kg.query.canned import find, summary_form  # noqa: E402
from kg.query.execute import run  # noqa: E402
from kg.store.base import SUMMARY_GRAPH, ArticleData  # noqa: E402

QUERIES = ("who-met-whom", "topics-by-country-pair")


def stats_seconds(store) -> tuple[float, float]:
    """`kg stats` as the command runs it: (counts + actor graph, and the whole with betweenness)."""
    from kg.network.analytics import actor_graph, centrality, class_counts

    fresh = is_fresh(store)
    t = time.perf_counter()
    class_counts(store)
    actor_graph(store, fresh)
    graph = time.perf_counter() - t
    t = time.perf_counter()
    class_counts(store)
    centrality(store, 10, summary=fresh)
    return graph, time.perf_counter() - t


def read_times(store, label: str) -> dict:
    out = {}
    for name in QUERIES:
        form = summary_form(name) if is_fresh(store) else None
        text = (form or find(name)).text
        rows = len(run(store, text).rows)
        out[name] = p50(lambda text=text: run(store, text))
        print(f"  {label}: {name}: p50 {out[name] * 1000:.0f} ms, {rows} rows", flush=True)
    graph, whole = stats_seconds(store)
    print(f"  {label}: kg stats: {whole:.1f} s (class counts + actor graph {graph:.1f} s)", flush=True)
    return out


def changed_article(store) -> tuple[ArticleData, float]:
    """One article graph of the store with one participant fewer (a replaced article), as ingest writes it."""
    from kg.rdf.rdfio import nt_lines

    (name,) = store.query(
        "SELECT ?g WHERE { GRAPH ?g { ?m a dip:Meeting ; dip:participant ?p } } LIMIT 1"
    ).rows[0]
    rows = store.query(f"SELECT ?s ?p ?o WHERE {{ GRAPH <{name}> {{ ?s ?p ?o }} }}").rows
    dropped = next(t for t in rows if str(t[1]).endswith("#participant"))
    lines = list(nt_lines(t for t in rows if t != dropped))
    return ArticleData(str(name), str(name).rsplit("/", 1)[-1], "", lines), len(
        graph_content(store, [str(name)])
    )


def bench_queries(path: Path) -> None:
    from kg.store import open_store

    store = open_store(path)
    try:
        store.update_named(f"DROP SILENT GRAPH <{SUMMARY_GRAPH}>")
        triples = store.query("SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }").rows[0][0]
        print(
            f"store {path}: {int(triples):,} triples in the merged graph; load average {os.getloadavg()[0]:.2f}"
        )
        read_times(store, "articles")
        report = summarize(store)
        print(
            f"  kg summarize (rebuild): {report.seconds:.1f} s, {report.keys:,} entries, {report.triples:,} triples"
        )
        read_times(store, "summary ")
        article, _ = changed_article(store)
        tracker = SummaryTracker(store)
        t = time.perf_counter()
        tracker.write_articles([article])
        written = time.perf_counter() - t
        t = time.perf_counter()
        done = tracker.finish()
        print(
            f"  one changed article: write (notes included) {written:.2f} s, summary update {time.perf_counter() - t:.2f} s "
            f"({done.keys} keys, {done.triples} triples; full={done.full})",
            flush=True,
        )
        print(f"load average after: {os.getloadavg()[0]:.2f}")
    finally:
        store.close()


def bench_ingest(n: int, jobs: int) -> None:
    """Ingest of n synthetic articles into a new store: the whole, and the summary's share (the notes taken
    before each write and the update at the end)."""
    from bench.synth import write_texts
    from kg.ingest import summarykeys
    from kg.ingest.runner import ingest
    from kg.store import open_store

    spent = {"note": 0.0, "finish": 0.0}
    note, finish = summarykeys.SummaryTracker._note, summarykeys.SummaryTracker.finish

    def timed(key, fn):
        def wrapper(*args, **kwargs):
            t = time.perf_counter()
            try:
                return fn(*args, **kwargs)
            finally:
                spent[key] += time.perf_counter() - t

        return wrapper

    summarykeys.SummaryTracker._note = timed("note", note)
    summarykeys.SummaryTracker.finish = timed("finish", finish)
    with tempfile.TemporaryDirectory() as tmp:
        files = write_texts(Path(tmp) / "texts", n)
        for label in ("new store", "second half into a store with a fresh summary"):
            store = open_store(Path(tmp) / "store")
            chunk = files[: n // 2] if label == "new store" else files[n // 2 :]
            spent.update(note=0.0, finish=0.0)
            t = time.perf_counter()
            report = ingest(chunk, store, jobs=jobs, progress=False)
            whole = time.perf_counter() - t
            store.close()
            s = report.summary
            print(
                f"ingest {len(chunk):,} articles ({label}): {whole:.1f} s; summary {spent['note'] + spent['finish']:.1f} s "
                f"(notes before writes {spent['note']:.1f} s, {'rebuild' if s.full else 'update'} {spent['finish']:.1f} s, "
                f"{s.keys:,} keys); load average {os.getloadavg()[0]:.2f}",
                flush=True,
            )


def bench_served(path: Path, repeat: int) -> None:
    """bench/run.py's timing of what `kg query` runs with the summary fresh (the forms, a page, the
    bounded questions about the actors with the most rows), on a kept store, with the CPU seconds beside
    the wall time (a shared machine's load moves the second)."""
    from bench.run import time_served
    from kg.store import open_store

    store = open_store(path, readonly=True)
    try:
        print(
            f"store {path}: summary {'fresh' if is_fresh(store) else 'NOT fresh'}; load {os.getloadavg()[0]:.2f}"
        )
        cpu = time.process_time()
        time_served(store, repeat)
        print(f"  CPU {time.process_time() - cpu:.1f} s in all; load average after: {os.getloadavg()[0]:.2f}")
    finally:
        store.close()


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    sub = ap.add_subparsers(dest="what", required=True)
    q = sub.add_parser("queries")
    q.add_argument("store", type=Path)
    s = sub.add_parser("served")
    s.add_argument("store", type=Path)
    s.add_argument("--repeat", type=int, default=5)
    i = sub.add_parser("ingest")
    i.add_argument("--articles", type=int, default=2000)
    i.add_argument("-j", "--jobs", type=int, default=2)
    args = ap.parse_args()
    if args.what == "queries":
        bench_queries(args.store)
    elif args.what == "served":
        bench_served(args.store, args.repeat)
    else:
        bench_ingest(args.articles, args.jobs)


if __name__ == "__main__":
    main()
