"""The country view in a real browser: every node labelled, widths by count, a click on an edge opens the pair."""

from pathlib import Path

import pytest

from kg.network.pairs import Period
from kg.web.countryview import CountryViewOptions, write_country_page
from tests.browser import CHROMIUM, browse

pytestmark = [
    pytest.mark.browser,
    pytest.mark.skipif(not Path(CHROMIUM).exists(), reason="Debian chromium is not installed (see .ci/run)"),
]

ARTIFACTS = Path(__file__).resolve().parents[2] / "test-artifacts"
KZ, UZ = "https://w3id.org/igkg/id/country/KZ", "https://w3id.org/igkg/id/country/UZ"


@pytest.fixture(scope="module")
def country_page(corpus_store_dir, tmp_path_factory):
    from kg.store import open_store

    root = tmp_path_factory.mktemp("countries")
    out = root / "countries.html"
    store = open_store(corpus_store_dir, create=False, readonly=True)
    try:
        write_country_page(store, out, CountryViewOptions(Period(), reports_dir=root / "reports"))
    finally:
        store.close()
    return out


MIDDLE = """([a, b]) => { const net = window.igkg.network, p = net.getPositions([a, b]);
  const x = net.canvasToDOM(p[a]), y = net.canvasToDOM(p[b]); return {x: (x.x + y.x) / 2, y: (x.y + y.y) / 2}; }"""


def test_country_view_labels_every_node_and_opens_a_pair(country_page):
    with browse(country_page, 1440, 900) as (page, report):
        labels = page.evaluate("() => window.igkgLabels.map((b) => b.text)")
        nodes = page.evaluate("() => window.igkg.data.nodes.map((n) => n.text)")
        widths = page.evaluate("() => window.igkg.data.edges.map((e) => [e.weight, e.width])")
        middle = page.evaluate(MIDDLE, [KZ, UZ])
        page.mouse.click(middle["x"], middle["y"])
        page.wait_for_timeout(300)
        pair = page.evaluate("() => window.igkgPair")
        panel = page.evaluate("""() => ({title: document.getElementById("side-title").textContent,
            hidden: document.getElementById("side").hidden, href: document.getElementById("side-report").href,
            months: document.querySelectorAll("#side-months li").length,
            command: document.getElementById("side-command").textContent})""")
        ARTIFACTS.mkdir(exist_ok=True)
        page.screenshot(path=str(ARTIFACTS / "countries-pair.png"))
        page.keyboard.press("Escape")
        page.mouse.click(1400, 880)  # the background closes the panel
        closed = page.evaluate("() => document.getElementById('side').hidden")
    assert report.errors == [] and report.outside_requests == []
    assert sorted(labels) == sorted(nodes) and len(nodes) >= 10  # every node labelled
    by_weight = dict(widths)
    assert by_weight[10] > 2 * by_weight[1] - 1 and by_weight[10] > by_weight[3] > by_weight[1]
    assert pair["from"] == KZ and pair["to"] == UZ and pair["report"] == "reports/report-KZ-UZ.html"
    assert panel["title"] == "Казахстан — Узбекистан" and not panel["hidden"] and panel["months"] == 5
    assert panel["href"].endswith("/reports/report-KZ-UZ.html")
    assert Path(panel["href"].removeprefix("file://")).is_file()  # the dossier is there, beside the page
    assert panel["command"].startswith("kg report KZ UZ -o ")
    assert closed


def test_country_view_on_a_phone(country_page):
    with browse(country_page, 390, 844) as (page, report):
        labels = page.evaluate("() => window.igkgLabels.length")
        nodes = page.evaluate("() => window.igkg.data.nodes.length")
    assert report.errors == [] and labels == nodes
