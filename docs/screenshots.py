"""Regenerate the README screenshots of the graph page from the bundled articles.

    python docs/screenshots.py            # writes docs/img/graph-default.png and docs/img/graph-focus.png

Ingests data/articles into a temporary store, writes the default page (the actor
network) and photographs it in Debian's chromium at 1440×900: as it opens, and in
focus mode on Касым-Жомарт Токаев (found through the page's own search box).
"""

from __future__ import annotations

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
    store.close()
    return out


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
            if report.errors or report.outside_requests:
                raise SystemExit(f"page errors: {report.errors} outside requests: {report.outside_requests}")
    print(f"wrote {img / 'graph-default.png'} and {img / 'graph-focus.png'}")


if __name__ == "__main__":
    main()
