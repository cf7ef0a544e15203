"""The graph page in Chromium on a synthetic store: a focus, a period change, a reset and the community
toggle, timed.

    python bench/graphpage.py [--triples 300000] [--max-nodes 5000]
    python bench/graphpage.py --nodes 5000      # a generated page, no store (seconds, not minutes)

Writes a realistic dump (bench/synth.py), loads it (``kg load``), writes the actor page (``kg viz
--max-nodes``), opens it in Debian's chromium at 1440×900 and times, best of three, each change with the
two frames after it: a focus on the most linked actor, one year as the period (the data's busiest), a
reset to the opening view, and the community colouring on and off; beside the toggle, what it cost
before (ninth session): one vis DataSet update of every node's colour. ``--nodes N`` draws N persons
linked in a ring of chords instead (the browser tests' big page). Prints the page's size and the figures.
"""

from __future__ import annotations

import argparse
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bench.synth import base_graphs, write_nquads  # noqa: E402
from tests.browser import browse  # noqa: E402

KG = [sys.executable, "-m", "kg.cli"]
TIMING = """async ([act, year]) => { const g = window.igkg, T = window.igkgTools, t0 = performance.now();
    if (act === "focus") { g.focusOn(g.data.nodes[0].id); } else if (act === "unfocus") { g.clearFocus(); }
    else if (act === "period") { g.setPeriod(year + "-01-01", year + "-12-31"); }
    else if (act === "unperiod") { g.setPeriod("", ""); }
    else if (act === "communities") { T.communities(true); } else if (act === "kinds") { T.communities(false); }
    else if (act === "update-all") {  // the toggle as it was: one DataSet update of every node
      const c = g.data.meta.communities;
      g.nodes.update(g.data.nodes.map(n => ({id: n.id, color: c.list[c.of[n.id]].color})));
    } else if (act === "update-back") { g.nodes.update(g.data.nodes.map(n => ({id: n.id, color: n.color}))); }
    else { g.reset(); }
    const t1 = performance.now();
    await new Promise(r => requestAnimationFrame(() => requestAnimationFrame(r)));
    return [performance.now() - t0, t1 - t0]; }"""
BUSIEST = """() => { const f = window.igkg.data.meta.facts, years = {};
    Object.keys(f).forEach(m => { years[m.slice(0, 4)] = (years[m.slice(0, 4)] || 0) + f[m]; });
    return Object.keys(years).sort((a, b) => years[b] - years[a])[0]; }"""


ACTS = ("focus", "period", "reset", "communities", "kinds", "update-all", "update-back")


def measure(page_path: Path) -> dict:
    runs: dict[str, list] = {act: [] for act in ACTS}
    with browse(page_path, 1440, 900, timeout=300) as (page, report):
        year = page.evaluate(BUSIEST)
        has_communities = page.evaluate("() => !!(window.igkg.data.meta.communities || {}).list")
        for _ in range(3):
            if has_communities:
                for act in ("communities", "kinds", "update-all", "update-back"):
                    runs[act].append(page.evaluate(TIMING, [act, year]))
            runs["focus"].append(page.evaluate(TIMING, ["focus", year]))
            page.evaluate(TIMING, ["unfocus", year])
            runs["period"].append(page.evaluate(TIMING, ["period", year]))
            shown = page.evaluate("() => window.igkgShown")
            page.evaluate(TIMING, ["unperiod", year])
            page.evaluate(TIMING, ["focus", year])
            page.evaluate(TIMING, ["period", year])
            runs["reset"].append(page.evaluate(TIMING, ["reset", year]))
        if report.errors or report.outside_requests:
            raise SystemExit(f"page errors: {report.errors} outside requests: {report.outside_requests}")
    return {
        "year": year,
        "shown_in_year": shown,
        **{k: min(v) for k, v in runs.items() if v},
    }


def generated_page(folder: Path, count: int) -> Path:
    """``count`` persons, each linked to two others (dated 2020-2025), as the browser tests' big page."""
    from kg.web.page import PageEdge, PageNode
    from kg.web.viz import write_page

    nodes = [
        PageNode(
            f"n{i}", f"Персона {i}", "person", "Персона / Person", "#e4572e", "dot", "", f"персона {i}", 3
        )
        for i in range(count)
    ]
    edges = [
        PageEdge(
            f"n{i}",
            f"n{(i * 7 + 1) % count}",
            "встречи",
            "met",
            1 + i % 9,
            sym=True,
            dates=[f"{2020 + i % 6}-{1 + i % 12:02d}-15"],
            dated=True,
        )
        for i in range(count)
    ]
    edges += [PageEdge(f"n{i}", f"n{i + 1}", "встречи", "met") for i in range(0, count - 1, 3)]
    out = folder / "graph.html"
    started = time.perf_counter()
    write_page(nodes, edges, out, "bench")
    print(f"{count} nodes, {len(edges)} edges written in {time.perf_counter() - started:.1f} s")
    return out


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--triples", type=int, default=300_000)
    ap.add_argument("--max-nodes", type=int, default=5000)
    ap.add_argument("--nodes", type=int, default=0, help="a generated page of this many nodes (no store)")
    args = ap.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        if args.nodes:
            report(measure(generated_page(folder, args.nodes)))
            return
        dump, store, page = folder / "bench.nq", folder / "store", folder / "graph.html"
        write_nquads(dump, args.triples, base_graphs())
        subprocess.run([*KG, "load", str(dump), "--store", str(store)], check=True, capture_output=True)
        started = time.perf_counter()
        viz = [*KG, "viz", "--store", str(store), "--max-nodes", str(args.max_nodes), "-o", str(page)]
        done = subprocess.run(viz, check=True, capture_output=True, text=True)
        print(
            f"{done.stderr.strip()} in {time.perf_counter() - started:.1f} s, {page.stat().st_size / 2**20:.1f} MB"
        )
        figures = measure(page)
    report(figures)


def report(figures: dict) -> None:
    print(f"in {figures['year']}: {figures['shown_in_year']}")
    names = {
        "communities": "community colours on",
        "kinds": "community colours off",
        "update-all": "before: one DataSet update of every node",
        "update-back": "before, back",
    }
    for act in ACTS:
        if act in figures:
            total, script = figures[act]
            print(
                f"{names.get(act, act)}: {total:.0f} ms ({script:.0f} ms of it the page's script), best of 3"
            )


if __name__ == "__main__":
    main()
