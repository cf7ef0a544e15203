"""The tables of bench/run.py and the verdicts against the targets; each run is added to bench/RESULTS.md."""

from __future__ import annotations

from pathlib import Path

SELECTIVE = ("meetings-of-person", "who-held-post-on-date", "fact-sources")
TARGETS = {
    "rate": 25.0,
    "rss_gb": 1.5,
    "reingest_s": 10.0,
    "query_s": 1.0,
    "selective_s": 0.050,
    "trig_s": 5.0,
}
HEADER = "# Benchmark results\n"


def fmt_rdflib(r: dict | None) -> str:
    if not r:
        return "—"
    return f"> {r['timeout']:.0f} s" if "timeout" in r else f"{r['seconds']:.2f} s"


def _ingest_lines(ingest: list[dict], cores: int) -> list[str]:
    lines = []
    for r in ingest:
        if r.get("reingest"):
            lines.append(f"| {r['what']} | {r['seconds']:.1f} s | ≤ {TARGETS['reingest_s']:.0f} s |")
        else:
            lines.append(
                f"| {r['what']} | {r['rate']:.1f} articles/s, peak RSS {r['rss_gb']:.2f} GB "
                f"(other programs: {r['others']:.1f} cores) | "
                f"{', '.join(t for t in (r['jobs'] == cores and '≥ 25/s', r['n'] >= 20000 and '≤ 1.5 GB') if t)} |"
            )
    return lines


def _store_lines(extra: dict) -> list[str]:
    d = extra["dump"]
    lines = [
        f"| dump ({extra['model']} generator) | {d['articles']:,} articles, {d['triples']:,} article triples"
        + (f"; {d['person']:,} persons, {d['org']:,} bodies, {d['city']:,} cities" if d.get("person") else "")
        + " | |",
        f"| kg load --no-compact | {extra['load_s']:.1f} s, store {extra['mb_loaded']:,.0f} MB | |",
        f"| kg optimize | {extra['optimize_s']:.1f} s, store {extra['mb_compacted']:,.0f} MB | |",
    ]
    for fmt, s in extra.get("exports", {}).items():
        lines.append(f"| export {fmt} | {s:.1f} s | {'≤ 5 s' if fmt == 'trig' else ''} |")
    if "summarize_s" in extra:
        lines.append(f"| kg summarize (summary and centrality) | {extra['summarize_s']:.1f} s | |")
        lines.append(
            f"| kg stats (the command, interpreter start included) | {extra['stats_s']:.1f} s | ≤ 2 s |"
        )
    if "viz_s" in extra:
        lines.append(
            f"| kg viz (the command: actor network from the summary) | {extra['viz_s']:.1f} s | ≤ 5 s |"
        )
    if v := extra.get("viz"):
        lines.append(
            f"| viz page of the whole store ({v['nodes']:,} nodes, {v['edges']:,} edges, layout included) | "
            f"{v['seconds']:.1f} s | |"
        )
        a = v["actors"]
        lines.append(f"| actor network page ({a['nodes']:,} nodes) | {a['seconds']:.1f} s | |")
    return lines


def _query_lines(queries: list[dict]) -> list[str]:
    lines = [
        "| canned query | p50 as loaded | p50 compacted | p95 compacted | rows | rdflib Memory | ratio |",
        "|---|---|---|---|---|---|---|",
    ]
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
            f"| {r['query']} | {r['loaded_p50'] * 1000:.0f} ms | {r['p50'] * 1000:.0f} ms | "
            f"{r['p95'] * 1000:.0f} ms | {r['rows']} | {fmt_rdflib(rd)} | {ratio} |"
        )
    return lines


def report(ingest: list[dict], queries: list[dict], extra: dict, cores: int, load: tuple, quick: bool) -> str:
    lines = ["| measure | result | target |", "|---|---|---|", *_ingest_lines(ingest, cores)]
    if extra:
        lines += _store_lines(extra)
    if queries:
        lines += ["", *_query_lines(queries)]
    if extra.get("served"):
        lines += [
            "",
            "As `kg query` runs them with the summary fresh (a listing: its first page of 1,000 rows):",
            "",
        ]
        lines += ["| query | p50 | p95 | rows |", "|---|---|---|---|"]
        lines += [
            f"| {r['query']} | {r['p50'] * 1000:.0f} ms | {r['p95'] * 1000:.0f} ms | {r['rows']} |"
            for r in extra["served"]
        ]
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
                f"{r['query']} p50 ≤ {limit * 1000:.0f} ms (compacted)",
                r["p50"] <= limit,
                f"{r['p50'] * 1000:.0f} ms",
                "see NOTES.md",
            )
        )
    for r in extra.get("served", []) if extra else []:
        selective = r["query"].split(",")[0] in SELECTIVE or "," in r["query"]  # per entity
        limit = TARGETS["selective_s"] if selective else TARGETS["query_s"]
        out.append(
            say(
                f"{r['query']} p50 ≤ {limit * 1000:.0f} ms (summary)",
                r["p50"] <= limit,
                f"{r['p50'] * 1000:.0f} ms",
                "see NOTES.md",
            )
        )
    if extra and "stats_s" in extra:
        out.append(say("kg stats ≤ 2 s", extra["stats_s"] <= 2, f"{extra['stats_s']:.1f} s", "see NOTES.md"))
    if extra and "viz_s" in extra:
        out.append(say("kg viz ≤ 5 s", extra["viz_s"] <= 5, f"{extra['viz_s']:.1f} s", "see NOTES.md"))
    if extra and "trig" in extra.get("exports", {}):
        t = extra["exports"]["trig"]
        out.append(
            say(
                "TriG export ≤ 5 s", t <= 5, f"{t:.1f} s", "each quad read back costs ~5 µs in pyoxigraph 0.5"
            )
        )
    return out


def add_section(path: Path, title: str, command: str, machine: str, table: str) -> None:
    """Add a run to the results file below the ones before it (earlier runs stay for comparison)."""
    old = path.read_text(encoding="utf-8") if path.exists() else HEADER
    path.write_text(
        f"{old.rstrip()}\n\n## {title}\n\n{command}\n\nMachine: {machine}.\n\n{table}\n",
        encoding="utf-8",
    )
