"""Extraction speed: seconds per article with the models loaded, and `kg extract` as a command, cold and warm.

    python bench/extract.py            # the bundled articles and the genre fixtures

Prints the median, 90th percentile and maximum time of one article in one process
(models loaded once, as ingest uses them); the wall time of `kg extract FILE`
(a fresh process that loads the models first: cold); and the wall time per
article of one `kg extract FILE...` over all of them (the models loaded once: warm).
"""

from __future__ import annotations

import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))


def main() -> None:
    from kg.extract import Extractor

    files = sorted((ROOT / "data" / "articles").glob("*.txt")) + sorted(
        (ROOT / "tests" / "fixtures" / "genre").glob("*.txt")
    )
    extractor = Extractor()
    started = time.perf_counter()
    extractor.extract_file(files[0])
    load = time.perf_counter() - started
    for path in files:  # warm the caches once, as a long ingest does
        extractor.extract_file(path)
    times = []
    for path in files:
        started = time.perf_counter()
        extractor.extract_file(path)
        times.append(time.perf_counter() - started)
    times.sort()
    kg = [sys.executable, "-m", "kg.cli"]  # this checkout's kg, whatever the environment has installed
    cli = []
    for path in files[:5]:
        started = time.perf_counter()
        subprocess.run([*kg, "extract", str(path)], check=True, capture_output=True, cwd=ROOT)
        cli.append(time.perf_counter() - started)
    print(
        f"{len(files)} articles, {sum(len(p.read_text(encoding='utf-8')) for p in files) // len(files)} characters on average"
    )
    print(f"models and gazetteer loaded, first article: {load:.2f} s")
    print(
        f"one article in a process: median {statistics.median(times):.3f} s, "
        f"p90 {times[int(len(times) * 0.9)]:.3f} s, max {times[-1]:.3f} s"
    )
    print(f"`kg extract FILE` (a new process each time, cold): median {statistics.median(cli):.2f} s")
    started = time.perf_counter()
    subprocess.run([*kg, "extract", "-f", "nq", *map(str, files)], check=True, capture_output=True, cwd=ROOT)
    warm = time.perf_counter() - started
    print(
        f"`kg extract FILE...` over all {len(files)} in one process (warm): {warm:.1f} s, "
        f"{warm / len(files):.3f} s per article"
    )


if __name__ == "__main__":
    main()
