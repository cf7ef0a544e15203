"""The graph page in Chromium on a synthetic store: a focus, a period change and a reset, timed.

    python bench/graphpage.py [--triples 300000] [--max-nodes 5000]

Writes a realistic dump (bench/synth.py), loads it (``kg load``), writes the actor page (``kg viz
--max-nodes``), opens it in Debian's chromium at 1440×900 and times, best of three, each change with the
two frames after it: a focus on the most linked actor, one year as the period (the data's busiest), and a
reset to the opening view. Prints the page's size and the figures.
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
TIMING = """async ([act, year]) => { const g = window.igkg, t0 = performance.now();
    if (act === "focus") { g.focusOn(g.data.nodes[0].id); } else if (act === "unfocus") { g.clearFocus(); }
    else if (act === "period") { g.setPeriod(year + "-01-01", year + "-12-31"); }
    else if (act === "unperiod") { g.setPeriod("", ""); } else { g.reset(); }
    const t1 = performance.now();
    await new Promise(r => requestAnimationFrame(() => requestAnimationFrame(r)));
    return [performance.now() - t0, t1 - t0]; }"""
BUSIEST = """() => { const f = window.igkg.data.meta.facts, years = {};
    Object.keys(f).forEach(m => { years[m.slice(0, 4)] = (years[m.slice(0, 4)] || 0) + f[m]; });
    return Object.keys(years).sort((a, b) => years[b] - years[a])[0]; }"""


def measure(page_path: Path) -> dict:
    runs: dict[str, list] = {"focus": [], "period": [], "reset": []}
    with browse(page_path, 1440, 900, timeout=300) as (page, report):
        year = page.evaluate(BUSIEST)
        for _ in range(3):
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
    return {"year": year, "shown_in_year": shown, **{k: min(v) for k, v in runs.items()}}


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--triples", type=int, default=300_000)
    ap.add_argument("--max-nodes", type=int, default=5000)
    args = ap.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
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
    print(
        f"opened and settled in {figures['opened_s']:.1f} s; in {figures['year']}: {figures['shown_in_year']}"
    )
    for act in ("focus", "period", "reset"):
        total, script = figures[act]
        print(f"{act}: {total:.0f} ms ({script:.0f} ms of it the page's script), best of 3")


if __name__ == "__main__":
    main()
