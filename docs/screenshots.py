"""Regenerate the README screenshots of the graph page from the bundled articles.

    python docs/screenshots.py            # writes docs/img/*.png

Ingests data/articles into a temporary store, writes the default page (the actor
network) and photographs it in Debian's chromium at 1440×900: as it opens, in
focus mode on Касым-Жомарт Токаев (found through the page's own search box), and with the
period control set to 2025 (Esc has left the focus); then the
country view with the Kazakhstan–Uzbekistan edge clicked, and the top of that pair's dossier.
"""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from tests.browser import browse  # noqa: E402


def build_page(folder: Path) -> Path:
    from kg.extract import Extractor
    from kg.ingest.runner import ingest
    from kg.store import open_store
    from kg.web.viz import VizOptions, write_store_page

    store = open_store(folder / "store")
    ingest([ROOT / "data" / "articles"], store, Extractor())
    out = folder / "graph.html"
    write_store_page(store, out, VizOptions())
    from kg.network.pairs import Period
    from kg.web.countryview import CountryViewOptions, write_country_page

    here = Path.cwd()
    os.chdir(folder)  # relative paths: the pair panel shows "kg report KZ UZ -o reports/report-KZ-UZ.html"
    try:
        write_country_page(
            store, Path("countries.html"), CountryViewOptions(Period(), reports_dir=Path("reports"))
        )
    finally:
        os.chdir(here)
    store.close()
    return out


def country_shots(folder: Path, img: Path) -> None:
    """The country view with one pair opened, and that pair's dossier."""
    kz, uz = "https://w3id.org/igkg/id/country/KZ", "https://w3id.org/igkg/id/country/UZ"
    with browse(folder / "countries.html") as (page, report):
        middle = page.evaluate(
            """([a, b]) => { const net = window.igkg.network, p = net.getPositions([a, b]);
            const x = net.canvasToDOM(p[a]), y = net.canvasToDOM(p[b]); return {x: (x.x + y.x) / 2, y: (x.y + y.y) / 2}; }""",
            [kz, uz],
        )
        page.mouse.click(middle["x"], middle["y"])
        page.mouse.move(1, 899)
        page.wait_for_timeout(300)
        page.screenshot(path=str(img / "countries.png"))
    with browse(folder / "reports" / "report-KZ-UZ.html", 1100, 1400, graph=False) as (page, report):
        page.screenshot(path=str(img / "report.png"))


def main() -> None:
    img = ROOT / "docs" / "img"
    img.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as tmp:
        page_path = build_page(Path(tmp))
        with browse(page_path) as (page, report):
            page.mouse.move(1, 899)  # no tooltip in the picture
            page.screenshot(path=str(img / "graph-default.png"))
            page.fill("#search", "Токаев")
            page.click("#hits li >> nth=0")
            page.mouse.move(1, 899)
            page.wait_for_timeout(300)
            page.screenshot(path=str(img / "graph-focus.png"))
            page.keyboard.press("Escape")
            for field, day in (("#date-from", "2025-01-01"), ("#date-to", "2025-12-31")):
                page.fill(field, day)
                page.dispatch_event(field, "change")
            page.evaluate("() => document.activeElement.blur()")
            page.mouse.move(1, 899)
            page.wait_for_timeout(300)
            page.screenshot(path=str(img / "graph-period.png"))
            if report.errors or report.outside_requests:
                raise SystemExit(f"page errors: {report.errors} outside requests: {report.outside_requests}")
        country_shots(Path(tmp), img)
    print(
        f"wrote {img / 'graph-default.png'}, {img / 'graph-focus.png'}, {img / 'graph-period.png'}, "
        f"{img / 'countries.png'}, {img / 'report.png'}"
    )


if __name__ == "__main__":
    main()
