"""Timing helpers shared by the benchmarks: every run of a function, and the median after a warm run."""

from __future__ import annotations

import statistics
import time
from collections.abc import Callable


def timed(fn: Callable[[], object], repeat: int) -> list[float]:
    """Seconds of each of ``repeat`` runs of ``fn``."""
    out = []
    for _ in range(repeat):
        t = time.perf_counter()
        fn()
        out.append(time.perf_counter() - t)
    return out


def p50(fn: Callable[[], object], repeat: int = 3) -> float:
    """Median seconds of ``repeat`` runs after one warm run (caches filled, as a user's second query)."""
    fn()
    return statistics.median(timed(fn, repeat))
