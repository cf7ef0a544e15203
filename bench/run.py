"""The benchmarks of issues 7 and 14: ingest at scale, queries and export at a million triples or ten. One command:

    python bench/run.py                      # everything (~45 min on 2 cores); adds a section to bench/RESULTS.md
    python bench/run.py --quick              # 200 articles, 100k triples: a smoke run, writes nothing
    python bench/run.py --sizes 2000 --triples 300000 --results /tmp/r.md
    python bench/run.py --sizes '' --triples 10000000 --rdflib-cap 0 --queries-only   # ten million (~1.5 h)

Ingest runs `kg ingest` as a user does, on the synthetic text corpus of
bench/synth.py, with one worker and with one per core, and samples the summed
RSS of the whole process tree (igkg and its workers; shared pages counted in
each, so the figure is an upper bound). Queries run through the library
(`kg.query.run`: checks, thread, rdflib terms out), five times each, beside
rdflib's Memory store loaded with the same dump in the same run. The dump is
made from the bundled articles' graphs (bench/synth.py, ``--model realistic`` by
default: names with a long tail, ten years of dates) and loaded with `kg load
--no-compact`; the queries are timed on the store as loaded and again after
`kg optimize`, since a loaded store is compacted before anyone queries it. Then
`kg summarize` builds the summary graph and the centrality table (the dump has
neither), and what `kg query` runs with the summary fresh is timed (the summary
forms, a page of 1,000 rows, the bounded questions with a parameter), and `kg
stats` and `kg viz` (the actor network, its structure from the summary) as
commands.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import platform
import shlex
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import psutil

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bench.report import add_section, report  # noqa: E402
from bench.synth import MODELS, base_graphs, write_nquads, write_texts  # noqa: E402
from bench.timing import timed  # noqa: E402

KG = [sys.executable, "-m", "kg.cli"]


def machine() -> str:
    cpu = next(
        (
            line.split(":", 1)[1].strip()
            for line in Path("/proc/cpuinfo").read_text().splitlines()
            if line.startswith("model name")
        ),
        platform.processor(),
    )
    from importlib.metadata import version

    return (
        f"{cpu}, {psutil.cpu_count()} cores, {psutil.virtual_memory().total / 2**30:.0f} GB RAM, "
        f"{platform.platform()}, Python {platform.python_version()}, pyoxigraph {version('pyoxigraph')}, "
        f"rdflib {version('rdflib')}"
    )


def busy_cores() -> float:
    """CPU seconds spent so far by the whole machine, not idle."""
    t = psutil.cpu_times()
    return t.user + t.nice + t.system + t.irq + t.softirq + getattr(t, "steal", 0.0)


def run_tree(cmd: list[str]) -> tuple[float, float, subprocess.CompletedProcess]:
    """Wall seconds and peak summed RSS (GB) of a command and all its children; ``done.others`` is the
    average number of cores other programs kept busy meanwhile (this machine is shared)."""
    start, busy0 = time.perf_counter(), busy_cores()
    proc = subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, cwd=ROOT)
    top = psutil.Process(proc.pid)
    peak, cpu = 0, {}
    while proc.poll() is None:
        try:
            tree = [top, *top.children(recursive=True)]
            peak = max(peak, sum(p.memory_info().rss for p in tree if p.is_running()))
            for p in tree:
                t = p.cpu_times()
                cpu[p.pid] = t.user + t.system
        except psutil.Error:
            pass
        time.sleep(0.25)
    out, err = proc.communicate()
    seconds = time.perf_counter() - start
    done = subprocess.CompletedProcess(cmd, proc.returncode, out, err)
    done.others = max(0.0, (busy_cores() - busy0 - sum(cpu.values())) / seconds)
    if proc.returncode:
        raise SystemExit(f"failed: {' '.join(cmd)}\n{err[-2000:]}")
    return seconds, peak / 2**30, done


def bench_ingest(tmp: Path, sizes: list[int], cores: int) -> list[dict]:
    corpus = tmp / "texts"
    files = write_texts(corpus, max(sizes))
    rows = []
    for n in sizes:
        folders = sorted({f.parent for f in files[:n]})  # write_texts puts 1,000 files in a folder
        for jobs in sorted({1, cores}):
            store = tmp / f"ingest-{n}-{jobs}"
            secs, rss, done = run_tree(
                [*KG, "ingest", *map(str, folders), "--store", str(store), "-j", str(jobs)]
            )
            rows.append(
                {
                    "what": f"ingest {n:,} articles, {jobs} worker(s)",
                    "seconds": secs,
                    "rate": n / secs,
                    "rss_gb": rss,
                    "n": n,
                    "jobs": jobs,
                    "others": done.others,
                }
            )
            print(
                f"  {rows[-1]['what']}: {secs:.1f} s, {n / secs:.1f} articles/s, peak RSS {rss:.2f} GB "
                f"(other programs kept {done.others:.1f} cores busy)",
                flush=True,
            )
            if jobs == cores and n == min(sizes):
                secs2, rss2, done = run_tree([*KG, "ingest", *map(str, folders), "--store", str(store)])
                assert f"{n} unchanged" in done.stderr, done.stderr
                rows.append(
                    {
                        "what": f"re-ingest {n:,} unchanged articles",
                        "seconds": secs2,
                        "rss_gb": rss2,
                        "reingest": True,
                        "n": n,
                    }
                )
                print(f"  {rows[-1]['what']}: {secs2:.1f} s", flush=True)
            shutil.rmtree(store)
    return rows


def prepared_queries(tmp: Path, store) -> list[Path]:
    """The canned queries, naming an article of the synthetic corpus where they name one."""
    (article,) = store.query(
        'SELECT ?id WHERE { ?a dip:identifier ?id FILTER (STRSTARTS(?id, "seed-")) } LIMIT 1'
    ).rows[0]
    folder = tmp / "queries"
    folder.mkdir()
    for q in sorted((ROOT / "queries").glob("*.rq")):
        text = q.read_text(encoding="utf-8").replace('"seed-b8cf5f7e"', f'"{article}"')
        (folder / q.name).write_text(text, encoding="utf-8")
    return sorted(folder.glob("*.rq"))


def time_queries(store, queries: list[Path], repeat: int, label: str) -> dict[str, dict]:
    """p50, p95 and the number of rows of each query, after one run that warms the caches."""
    from kg.query.execute import run

    out = {}
    for q in queries:
        text = q.read_text(encoding="utf-8")
        first = run(store, text)  # warm
        times = sorted(timed(lambda text=text: run(store, text), repeat))
        n = len(first.rows) if first.kind == "select" else len(first.graph)
        out[q.stem] = {"p50": statistics.median(times), "p95": times[-1], "rows": n}
        print(
            f"  {label} {q.stem}: p50 {out[q.stem]['p50']:.3f} s, p95 {times[-1]:.3f} s, {n} rows", flush=True
        )
    return out


def make_dump(tmp: Path, triples: int, model: str) -> tuple[Path, dict]:
    dump = tmp / "bench.nq"
    made = write_nquads(dump, triples, base_graphs(), model=model)
    info = {"articles": made.articles, "triples": made.triples, **{k: len(v) for k, v in made.names.items()}}
    print(f"  dump ({model}): {info}, {dump.stat().st_size / 2**20:.0f} MB", flush=True)
    return dump, info


def bench_queries(tmp: Path, triples: int, args) -> tuple[list[dict], dict]:
    """The dump loaded without compaction, the canned queries timed; `kg optimize`, the queries again;
    then (unless --queries-only) the exports and the graph pages of the compacted store."""
    from kg.store import open_store
    from kg.store.compact import folder_bytes

    dump, info = make_dump(tmp, triples, args.model)
    store_dir = Path(args.keep_store) if args.keep_store else tmp / "store"
    load_s, _, _ = run_tree([*KG, "load", str(dump), "--store", str(store_dir), "--no-compact"])
    extra = {
        "model": args.model,
        "dump": info,
        "load_s": load_s,
        "mb_loaded": folder_bytes(store_dir) / 2**20,
    }
    print(f"  kg load --no-compact: {load_s:.1f} s, {extra['mb_loaded']:.0f} MB", flush=True)
    store = open_store(store_dir, readonly=True)
    try:
        queries = prepared_queries(tmp, store)
        loaded = time_queries(store, queries, args.repeat, "as loaded")
    finally:
        store.close()
    extra["optimize_s"], _, _ = run_tree([*KG, "optimize", "--store", str(store_dir)])
    extra["mb_compacted"] = folder_bytes(store_dir) / 2**20
    print(f"  kg optimize: {extra['optimize_s']:.1f} s, {extra['mb_compacted']:.0f} MB", flush=True)
    rdflib = rdflib_times(dump, queries, args.rdflib_cap) if args.rdflib_cap else {}
    store = open_store(store_dir, readonly=True)
    try:
        compacted = time_queries(store, queries, args.repeat, "compacted")
        if not args.queries_only:
            extra["exports"] = {}
            for fmt in ("turtle", "trig", "nt", "nq", "jsonld"):
                with open(tmp / f"export.{fmt}", "wb") as fh:
                    extra["exports"][fmt] = timed(lambda fh=fh, fmt=fmt: store.export(fmt, fh), 1)[0]
                print(f"  export {fmt}: {extra['exports'][fmt]:.1f} s", flush=True)
            extra["viz"] = bench_viz(store)
    finally:
        store.close()
    extra.update(bench_summary(store_dir, args.repeat))
    rows = [
        {
            **compacted[q.stem],
            "query": q.stem,
            "loaded_p50": loaded[q.stem]["p50"],
            "rdflib": rdflib.get(q.stem),
        }
        for q in queries
    ]
    return rows, extra


def bounded_questions(store) -> list[tuple[str, str, list[tuple[str, str]]]]:
    """(label, canned query, parameters): the questions with a parameter a user asks of the listings,
    about the actors with the most rows (the worst case of a per-entity question)."""
    top = {
        column: str(store.query(query).rows[0][0])
        for column, query in (
            (
                "person",
                "SELECT ?n WHERE { ?p dip:holdsPost ?x ; rdfs:label ?n } GROUP BY ?n ORDER BY DESC(COUNT(*)) LIMIT 1",
            ),
            (
                "speaker",
                "SELECT ?n WHERE { ?q dip:speaker/rdfs:label ?n } GROUP BY ?n ORDER BY DESC(COUNT(*)) LIMIT 1",
            ),
            (
                "participant",
                "SELECT ?n WHERE { ?m dip:participant/rdfs:label ?n } GROUP BY ?n ORDER BY DESC(COUNT(*)) LIMIT 1",
            ),
        )
    }
    return [
        ("meetings-of-person, one person", "meetings-of-person", [("name", top["participant"])]),
        ("posts-of-person, one person", "posts-of-person", [("person", top["person"])]),
        ("quotes-by-speaker, one speaker", "quotes-by-speaker", [("speaker", top["speaker"])]),
        ("who-held-post-on-date, 2020-06-30", "who-held-post-on-date", [("onDate", "2020-06-30")]),
    ]


def time_served(store, repeat: int) -> list[dict]:
    """What `kg query NAME` runs with the summary fresh (its summary form, a page of 1,000 rows of a
    listing), for the canned queries that have a form, and the bounded questions."""
    from kg.query.canned import bind_params, find
    from kg.query.execute import run
    from kg.query.pages import summary_text

    asked = [(q.stem, q.stem, []) for q in sorted((ROOT / "queries" / "summary").glob("*.rq"))]
    out = []
    for label, name, params in asked + bounded_questions(store):

        def ask(name=name, params=params) -> int:
            served = summary_text(store, name, params, 1000)  # the page is chosen anew, as kg query does
            text = served[0] if served else bind_params(find(name).text, params)
            return len(run(store, text, max_rows=1000).rows)

        rows = ask()
        times = sorted(timed(ask, repeat))
        out.append({"query": label, "p50": statistics.median(times), "p95": times[-1], "rows": rows})
        print(f"  served {label}: p50 {out[-1]['p50']:.3f} s, {rows} rows", flush=True)
    return out


def bench_summary(store_dir: Path, repeat: int) -> dict:
    """`kg summarize` of the loaded store (the generator's dump has no summary), then what the commands
    read from it: the canned queries as `kg query` runs them, and `kg stats`."""
    from kg.store import open_store

    out: dict = {}
    out["summarize_s"], _, done = run_tree([*KG, "summarize", "--store", str(store_dir)])
    print(f"  kg summarize: {out['summarize_s']:.1f} s ({done.stderr.strip()})", flush=True)
    store = open_store(store_dir, readonly=True)
    try:
        out["served"] = time_served(store, repeat)
    finally:
        store.close()
    out["stats_s"] = sorted(run_tree([*KG, "stats", "--store", str(store_dir)])[0] for _ in range(3))[1]
    print(f"  kg stats: {out['stats_s']:.1f} s (the whole command, interpreter included)", flush=True)
    page = store_dir.parent / "viz.html"
    out["viz_s"], _, done = run_tree([*KG, "viz", "--store", str(store_dir), "-o", str(page)])
    print(
        f"  kg viz: {out['viz_s']:.1f} s (the whole command, from the summary: {done.stderr.strip()})",
        flush=True,
    )
    return out


def bench_viz(store) -> dict:
    """The graph pages of the whole store: the full view (drawn classes fetched, network built, laid out,
    rendered) and the default actor network."""
    from kg.web.page import page_data, render_page
    from kg.web.viz import VizOptions, actor_graph, actor_page_items, build_network, graph_from_store

    t = time.perf_counter()
    nodes, edges = build_network(graph_from_store(store))
    render_page(page_data(nodes, edges), "bench")
    out = {"seconds": time.perf_counter() - t, "nodes": len(nodes), "edges": len(edges)}
    print(f"  viz page: {out['seconds']:.1f} s, {out['nodes']:,} nodes, {out['edges']:,} edges", flush=True)
    t = time.perf_counter()
    g, note = actor_graph(store, VizOptions())
    a_nodes, a_edges, countries = actor_page_items(g)
    render_page(page_data(a_nodes, a_edges, note, countries), "bench")
    out["actors"] = {"seconds": time.perf_counter() - t, "nodes": len(a_nodes), "edges": len(a_edges)}
    print(f"  actor page: {out['actors']['seconds']:.1f} s, {len(a_nodes):,} nodes", flush=True)
    return out


def rdflib_times(dump: Path, queries: list[Path], cap: float) -> dict:
    """rdflib's time per query; a query over ``cap`` is killed with its process and the rest run in a new one."""
    out: dict = {}
    todo = list(queries)
    while todo:
        proc = subprocess.run(
            [sys.executable, str(ROOT / "bench" / "rdflib_child.py"), str(dump), str(cap), *map(str, todo)],
            capture_output=True,
            text=True,
        )
        for line in proc.stdout.splitlines():
            item = json.loads(line)
            if "loaded" in item:
                out["loaded"] = item["loaded"]
                continue
            out[item["query"]] = item
            todo = [q for q in todo if q.stem != item["query"]]
        if proc.returncode not in (0, 3):
            raise SystemExit(f"rdflib child failed: {proc.stderr[-2000:]}")
    return out


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument(
        "--quick", action="store_true", help="a smoke run: 200 articles, 100k triples, no results file"
    )
    ap.add_argument(
        "--sizes", default="2000,20000", help="ingest sizes (articles), comma-separated ('' : none)"
    )
    ap.add_argument("--triples", type=int, default=1_000_000, help="article triples in the query benchmark")
    ap.add_argument(
        "--model", choices=MODELS, default="realistic", help="who the dump names (bench/synth.py)"
    )
    ap.add_argument("--repeat", type=int, default=5, help="timed runs of each query (after one warm run)")
    ap.add_argument("--queries-only", action="store_true", help="no exports or graph pages after the queries")
    ap.add_argument(
        "--rdflib-cap", type=float, default=120.0, help="seconds before an rdflib query is given up (0: skip)"
    )
    ap.add_argument(
        "--results", default=str(ROOT / "bench" / "RESULTS.md"), help="the file runs are added to"
    )
    ap.add_argument(
        "--keep-store",
        default="",
        metavar="DIR",
        help="load the query store into DIR (new) and keep it after the run",
    )
    ap.add_argument("--title", default="", help="what this run is, for its heading in the results file")
    args = ap.parse_args()
    sizes = [200] if args.quick else [int(s) for s in args.sizes.split(",") if s]
    triples = 100_000 if args.quick else args.triples
    cores = len(os.sched_getaffinity(0))
    load0 = os.getloadavg()[0]
    print(f"machine: {machine()}", flush=True)
    with tempfile.TemporaryDirectory(prefix="igkg-bench-") as tmp:
        print("ingest", flush=True)
        ingest = bench_ingest(Path(tmp), sizes, cores) if sizes else []
        print(f"queries at {triples:,} triples", flush=True)
        queries, extra = bench_queries(Path(tmp), triples, args) if triples else ([], {})
    table = report(ingest, queries, extra, cores, (load0, os.getloadavg()[0]), args.quick)
    print("\n" + table)
    if not args.quick and args.results:
        command = shlex.join(["python", "bench/run.py", *sys.argv[1:]])
        title = f"{dt.date.today().isoformat()}: {args.title or 'python bench/run.py'}"
        add_section(Path(args.results), title, f"`{command}`", machine(), table)
        print(f"\nadded to {args.results}")


if __name__ == "__main__":
    main()
