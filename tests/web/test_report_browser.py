"""The dossier page in a real browser: offline, the chart and the lists drawn, printable, phone-sized."""

from pathlib import Path

import pytest

from kg.network.dossier import build_dossier
from kg.web.report import write_report
from tests.browser import CHROMIUM, browse

pytestmark = [
    pytest.mark.browser,
    pytest.mark.skipif(not Path(CHROMIUM).exists(), reason="Debian chromium is not installed (see .ci/run)"),
]

ARTIFACTS = Path(__file__).resolve().parents[2] / "test-artifacts"


@pytest.fixture(scope="module")
def report_page(corpus_store_dir, tmp_path_factory):
    from kg.store import open_store

    store = open_store(corpus_store_dir, create=False, readonly=True)
    try:
        dossier = build_dossier(store, "KZ", "UZ")
    finally:
        store.close()
    out = tmp_path_factory.mktemp("report") / "report-KZ-UZ.html"
    write_report(dossier, out, "kg report KZ UZ -o report-KZ-UZ.html")
    return out


SHOWN = """() => {
  const box = (el) => { const r = el.getBoundingClientRect(); return r.width > 0 && r.height > 0; };
  const bars = [...document.querySelectorAll("svg.chart rect.bar.meetings")];
  return {
    bars: bars.filter(box).length,
    barHeights: bars.map((b) => Math.round(b.getBoundingClientRect().height)),
    months: document.querySelectorAll("svg.chart text.month").length,
    meetings: [...document.querySelectorAll("tr.meeting")].filter(box).length,
    documents: [...document.querySelectorAll("tr.document")].filter(box).length,
    people: document.querySelectorAll("table.people tbody tr").length,
    topics: document.querySelectorAll("table.topics tbody tr").length,
    h1: document.querySelector("h1").textContent,
    overflow: document.documentElement.scrollWidth - window.innerWidth,
  };
}"""


def test_dossier_renders_offline_with_chart_and_lists(report_page):
    with browse(report_page, 1440, 900, graph=False) as (page, report):
        shown = page.evaluate(SHOWN)
        page.screenshot(path=str(_artifact("report-desktop.png")), full_page=True)
        page.emulate_media(media="print")
        printed = page.evaluate(SHOWN)
    assert report.errors == [] and report.outside_requests == [] and report.dialogs == []
    assert shown["h1"] == "Казахстан — Узбекистан"
    assert shown["bars"] == 5 and shown["months"] >= 5
    assert max(shown["barHeights"]) == 2 * min(
        shown["barHeights"]
    )  # 2024-08 had two meetings, the others one
    assert (shown["meetings"], shown["documents"]) == (6, 4)
    assert shown["people"] == 7 and shown["topics"] >= 10
    assert shown["overflow"] <= 0
    assert (printed["bars"], printed["meetings"], printed["documents"]) == (5, 6, 4)


def test_dossier_fits_a_phone(report_page):
    with browse(report_page, 390, 844, graph=False) as (page, report):
        shown = page.evaluate(SHOWN)
        page.screenshot(path=str(_artifact("report-phone.png")))
    assert report.errors == []
    assert shown["overflow"] <= 0 and shown["bars"] == 5 and shown["meetings"] == 6


def _artifact(name: str) -> Path:
    ARTIFACTS.mkdir(exist_ok=True)
    return ARTIFACTS / name
