"""The country view and the pair dossier of issue 15, timed on a store (read only; nothing is written
but two pages in a temporary folder). Prints figures for NOTES.md.

    python bench/dossier.py STORE            # a store made by `kg load` of bench/run.py's dump, then `kg summarize`
    python bench/dossier.py STORE --pairs 5  # the dossiers of the five heaviest pairs

Target (issue 15): a pair's dossier in under 2 s at 1M triples.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bench.timing import p50  # noqa: E402
from kg.network.dossier import build_dossier  # noqa: E402
from kg.network.pairs import Period, all_pair_counts  # noqa: E402
from kg.store import open_store  # noqa: E402
from kg.web.countryview import CountryViewOptions, write_country_page  # noqa: E402
from kg.web.report import write_report  # noqa: E402

PERIODS = (Period(), Period("2025-01-01", "2025-12-31"), Period("2025-01-15", None))


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("store", type=Path)
    ap.add_argument("--pairs", type=int, default=3, help="time the dossiers of this many heaviest pairs")
    args = ap.parse_args()
    store = open_store(args.store, create=False, readonly=True)
    out = Path(tempfile.mkdtemp(prefix="igkg-dossier-"))
    try:
        for use in (True, False):
            seconds = p50(lambda use=use: all_pair_counts(store, Period(), use_summary=use))
            counts, source = all_pair_counts(store, Period(), use_summary=use)
            print(
                f"every pair's counts from the {source}: p50 {seconds:.2f} s ({len(counts)} pairs)",
                flush=True,
            )
        for period in PERIODS:
            seconds = p50(
                lambda period=period: write_country_page(store, out / "c.html", CountryViewOptions(period))
            )
            print(f"country view, {period.describe()}: p50 {seconds:.2f} s", flush=True)
        heaviest = sorted(counts.items(), key=lambda kv: -(kv[1].meetings + kv[1].documents))[: args.pairs]
        for (a, b), _ in heaviest:
            for period in PERIODS[:2]:
                seconds = p50(lambda a=a, b=b, period=period: build_dossier(store, a, b, period), repeat=1)
                d = build_dossier(store, a, b, period)
                t = time.perf_counter()
                write_report(d, out / "r.html")
                page = time.perf_counter() - t
                print(
                    f"dossier {a}-{b}, {period.describe()}: p50 {seconds:.2f} s + page {page:.2f} s "
                    f"({len(d.meetings)} meetings, {len(d.documents)} documents, counts from the {d.counted_from})",
                    flush=True,
                )
    finally:
        store.close()


if __name__ == "__main__":
    main()
