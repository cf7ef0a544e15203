"""The benchmarks of issue 7: ingest at scale, queries and export at a million triples. One command:

    python bench/run.py                      # everything (~45 min on 2 cores); writes bench/RESULTS.md
    python bench/run.py --quick              # 200 articles, 100k triples: a smoke run, writes nothing
    python bench/run.py --sizes 2000 --triples 300000 --results /tmp/r.md

Ingest runs `kg ingest` as a user does, on the synthetic text corpus of
bench/synth.py, with one worker and with one per core, and samples the summed
RSS of the whole process tree (igkg and its workers; shared pages counted in
each, so the figure is an upper bound). Queries run through the library
(`kg.query.run`: checks, thread, rdflib terms out), five times each, beside
rdflib's Memory store loaded with the same dump in the same run. The dump is
made from the bundled articles' graphs (bench/synth.py) and loaded with `kg load`.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import platform
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

from bench.synth import base_graphs, write_nquads, write_texts  # noqa: E402

KG = [sys.executable, "-m", "kg.cli"]
SELECTIVE = ("meetings-of-person", "who-held-post-on-date", "fact-sources")
TARGETS = {
    "rate": 25.0,
    "rss_gb": 1.5,
    "reingest_s": 10.0,
    "query_s": 1.0,
    "selective_s": 0.050,
    "trig_s": 5.0,
}


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
    proc = subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
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


def timed(fn, repeat: int) -> list[float]:
    out = []
    for _ in range(repeat):
        t = time.perf_counter()
        fn()
        out.append(time.perf_counter() - t)
    return out


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


def bench_queries(tmp: Path, triples: int, rdflib_cap: float | None) -> tuple[list[dict], dict]:
    from kg.query.execute import run
    from kg.store import open_store

    dump = tmp / "bench.nq"
    articles, written = write_nquads(dump, triples, base_graphs())
    print(
        f"  dump: {articles:,} articles, {written:,} article triples, {dump.stat().st_size / 2**20:.0f} MB",
        flush=True,
    )
    store_dir = tmp / "store-1m"
    load_s, _, _ = run_tree([*KG, "load", str(dump), "--store", str(store_dir)])
    print(f"  kg load: {load_s:.1f} s", flush=True)
    store = open_store(store_dir, readonly=True)
    queries = prepared_queries(tmp, store)
    rdflib = rdflib_times(dump, queries, rdflib_cap) if rdflib_cap else {}
    rows = []
    try:
        for q in queries:
            text = q.read_text(encoding="utf-8")
            run(store, text)  # warm
            times = sorted(timed(lambda text=text: run(store, text), 5))
            n = (
                len(run(store, text).rows)
                if run(store, text).kind == "select"
                else len(run(store, text).graph)
            )
            r = rdflib.get(q.stem)
            rows.append(
                {"query": q.stem, "p50": statistics.median(times), "p95": times[-1], "rows": n, "rdflib": r}
            )
            print(
                f"  {q.stem}: p50 {rows[-1]['p50']:.3f} s, p95 {times[-1]:.3f} s, {n} rows; rdflib {fmt_rdflib(r)}",
                flush=True,
            )
        exports = {}
        for fmt in ("turtle", "trig", "nt", "nq", "jsonld"):
            with open(tmp / f"export.{fmt}", "wb") as fh:
                exports[fmt] = timed(lambda fh=fh, fmt=fmt: store.export(fmt, fh), 1)[0]
            print(f"  export {fmt}: {exports[fmt]:.1f} s", flush=True)
        viz = bench_viz(store)
    finally:
        store.close()
    return rows, {
        "load_s": load_s,
        "exports": exports,
        "articles": articles,
        "triples": written,
        "rdflib_load": rdflib.get("loaded"),
        "viz": viz,
    }


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


def fmt_rdflib(r: dict | None) -> str:
    if not r:
        return "—"
    return f"> {r['timeout']:.0f} s" if "timeout" in r else f"{r['seconds']:.2f} s"


def report(ingest: list[dict], queries: list[dict], extra: dict, cores: int, load: tuple, quick: bool) -> str:
    lines = ["| measure | result | target |", "|---|---|---|"]
    for r in ingest:
        if r.get("reingest"):
            lines.append(f"| {r['what']} | {r['seconds']:.1f} s | ≤ {TARGETS['reingest_s']:.0f} s |")
        else:
            lines.append(
                f"| {r['what']} | {r['rate']:.1f} articles/s, peak RSS {r['rss_gb']:.2f} GB "
                f"(other programs: {r['others']:.1f} cores) | "
                f"{', '.join(t for t in (r['jobs'] == cores and '≥ 25/s', r['n'] >= 20000 and '≤ 1.5 GB') if t)} |"
            )
    if extra:
        lines.append(f"| kg load ({extra['triples']:,} article triples) | {extra['load_s']:.1f} s | |")
        for fmt, s in extra["exports"].items():
            lines.append(f"| export {fmt} | {s:.1f} s | {'≤ 5 s' if fmt == 'trig' else ''} |")
        v = extra["viz"]
        lines.append(
            f"| viz page of the whole store ({v['nodes']:,} nodes, {v['edges']:,} edges, layout included) | "
            f"{v['seconds']:.1f} s | |"
        )
    lines += ["", "| canned query | p50 | p95 | rows | rdflib Memory | ratio |", "|---|---|---|---|---|---|"]
    for r in queries:
        rd = r["rdflib"]
        ratio = (
            ""
            if not rd
            else (
                f"> {rd['timeout'] / r['p50']:.0f}×"
                if "timeout" in rd
                else f"{rd['seconds'] / r['p50']:.0f}×"
            )
        )
        lines.append(
            f"| {r['query']} | {r['p50'] * 1000:.0f} ms | {r['p95'] * 1000:.0f} ms | {r['rows']} | "
            f"{fmt_rdflib(rd)} | {ratio} |"
        )
    lines += ["", "Targets:"] + [f"- {t}" for t in verdicts(ingest, queries, extra, cores)]
    lines += [
        "",
        f"Load average (1 min) before / after: {load[0]:.2f} / {load[1]:.2f}"
        + (" (quick run)" if quick else ""),
    ]
    return "\n".join(lines)


def verdicts(ingest: list[dict], queries: list[dict], extra: dict, cores: int) -> list[str]:
    def say(name, ok, got, why=""):
        return f"{'met' if ok else 'MISSED'}: {name} ({got}){'' if ok else ' — ' + why}"

    out = []
    for r in ingest:
        if r.get("reingest"):
            out.append(
                say(f"re-ingest of {r['n']:,} unchanged ≤ 10 s", r["seconds"] <= 10, f"{r['seconds']:.1f} s")
            )
        elif r["jobs"] == cores:
            one = next((x["rate"] for x in ingest if x.get("n") == r["n"] and x.get("jobs") == 1), None)
            ceiling = (
                f"one worker does {one:.1f}/s, so {cores} cores give at most {one * cores:.1f}/s: extraction-bound"
                if one
                else ""
            ) + f"; other programs kept {r['others']:.1f} of the {cores} cores busy"
            out.append(
                say(f"≥ 25 articles/s at {r['n']:,} articles", r["rate"] >= 25, f"{r['rate']:.1f}/s", ceiling)
            )
            if r["n"] >= 20000:
                out.append(
                    say("peak RSS ≤ 1.5 GB at 20,000 articles", r["rss_gb"] <= 1.5, f"{r['rss_gb']:.2f} GB")
                )
    for r in queries:
        limit = TARGETS["selective_s"] if r["query"] in SELECTIVE else TARGETS["query_s"]
        out.append(
            say(
                f"{r['query']} p50 ≤ {limit * 1000:.0f} ms",
                r["p50"] <= limit,
                f"{r['p50'] * 1000:.0f} ms",
                "see NOTES.md",
            )
        )
    if extra:
        t = extra["exports"]["trig"]
        out.append(
            say(
                "TriG export ≤ 5 s", t <= 5, f"{t:.1f} s", "each quad read back costs ~5 µs in pyoxigraph 0.5"
            )
        )
    return out


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument(
        "--quick", action="store_true", help="a smoke run: 200 articles, 100k triples, no results file"
    )
    ap.add_argument("--sizes", default="2000,20000", help="ingest sizes (articles), comma-separated")
    ap.add_argument("--triples", type=int, default=1_000_000, help="article triples in the query benchmark")
    ap.add_argument(
        "--rdflib-cap", type=float, default=120.0, help="seconds before an rdflib query is given up (0: skip)"
    )
    ap.add_argument("--results", default=str(ROOT / "bench" / "RESULTS.md"), help="where to keep the table")
    args = ap.parse_args()
    sizes = [200] if args.quick else [int(s) for s in args.sizes.split(",") if s]
    triples = 100_000 if args.quick else args.triples
    cores = len(os.sched_getaffinity(0))
    load0 = os.getloadavg()[0]
    print(f"machine: {machine()}", flush=True)
    with tempfile.TemporaryDirectory(prefix="igkg-bench-") as tmp:
        print("ingest", flush=True)
        ingest = bench_ingest(Path(tmp), sizes, cores) if sizes else []
        print(f"queries and export at {triples:,} triples", flush=True)
        queries, extra = bench_queries(Path(tmp), triples, args.rdflib_cap or None) if triples else ([], {})
    table = report(ingest, queries, extra, cores, (load0, os.getloadavg()[0]), args.quick)
    print("\n" + table)
    if not args.quick and args.results:
        Path(args.results).write_text(
            f"# Benchmark results\n\n`python bench/run.py` on {dt.date.today().isoformat()}.\n\n"
            f"Machine: {machine()}.\n\n{table}\n",
            encoding="utf-8",
        )
        print(f"\nwrote {args.results}")


if __name__ == "__main__":
    main()
