"""The HTML graph in a real browser: offline, readable at the opening zoom, searchable, focusable, safe.

Screenshots go to test-artifacts/ (1440×900 and 390×844) for a person to look at.
"""

from pathlib import Path

import pytest
from rdflib import Graph, Literal, URIRef
from rdflib.namespace import RDF, RDFS

from kg.rdf.ontology import DIP
from kg.web.page import PageEdge, PageNode
from kg.web.viz import VizOptions, build_network, write_html, write_page, write_store_page
from tests.browser import CHROMIUM, browse, node_position, open_page

pytestmark = [
    pytest.mark.browser,
    pytest.mark.skipif(not Path(CHROMIUM).exists(), reason="Debian chromium is not installed (see .ci/run)"),
]

ARTIFACTS = Path(__file__).resolve().parents[2] / "test-artifacts"
XSS = "<img src=x onerror=alert(1)><b>x</b>"
P = "https://w3id.org/igkg/id/person/"
TOKAEV, PUTIN, MIRZIYOYEV = P + "kasym-zhomart-tokaev", P + "vladimir-putin", P + "shavkat-mirzieev"
KZ = "https://w3id.org/igkg/id/country/KZ"


def shot(page, name: str) -> None:
    ARTIFACTS.mkdir(exist_ok=True)
    page.screenshot(path=str(ARTIFACTS / name))


def overlapping(boxes: list[dict]) -> list[tuple[str, str]]:
    pairs = []
    for i, a in enumerate(boxes):
        for b in boxes[i + 1 :]:
            if (
                a["x"] < b["x"] + b["w"]
                and b["x"] < a["x"] + a["w"]
                and a["y"] < b["y"] + b["h"]
                and b["y"] < a["y"] + a["h"]
            ):
                pairs.append((a["text"], b["text"]))
    return pairs


@pytest.fixture(scope="module")
def actor_page(corpus_store_dir, tmp_path_factory):
    from kg.store import open_store

    store = open_store(corpus_store_dir, create=False)
    out = tmp_path_factory.mktemp("page") / "graph.html"
    write_store_page(store, out, VizOptions())
    store.close()
    return out


def labels(page) -> list[dict]:
    return page.evaluate("() => window.igkgLabels")


def test_opening_view_labels_every_node_without_overlap(actor_page):
    with browse(actor_page) as (page, report):
        shot(page, "graph-default-1440.png")
        boxes = labels(page)
        texts = {b["text"] for b in boxes}
        nodes = page.evaluate("() => window.igkg.data.nodes.map(n => n.id)")
        assert len(nodes) < 100 and sorted(b["id"] for b in boxes) == sorted(nodes)  # a small view: all
        assert {"Касым-Жомарт Токаев", "Казахстан", "Владимир Путин"} <= texts
        assert overlapping(boxes) == []
        assert all(b["x"] + b["w"] >= 0 and b["x"] <= 1440 for b in boxes)
        # zoomed in, the labels in view still do not overlap
        page.evaluate("() => window.igkg.network.moveTo({scale: window.igkg.network.getScale() * 2.5})")
        page.wait_for_timeout(200)
        assert overlapping(labels(page)) == []
        assert report.errors == [] and report.outside_requests == []
        assert (
            page.evaluate("() => document.getElementById('ontology').getAttribute('href')") == "ontology.html"
        )


@pytest.mark.parametrize("query", ["Токаев", "токаеву", "Tokayev", "ТОКАЕВ"])
def test_search_finds_the_person(actor_page, query):
    with browse(actor_page) as (page, report):
        page.fill("#search", query)
        hits = page.eval_on_selector_all("#hits li", "els => els.map(e => e.dataset.id)")
        assert hits and hits[0] == TOKAEV
        assert page.is_hidden("#nomatch")
        page.click("#hits li >> nth=0")
        page.wait_for_timeout(100)
        pos = node_position(page, TOKAEV)
        left = page.eval_on_selector("#panel", "e => e.getBoundingClientRect().right")
        right = page.eval_on_selector("#side", "e => e.getBoundingClientRect().left")
        assert (
            abs(pos["x"] - (left + right) / 2) < 5 and abs(pos["y"] - 450) < 5
        )  # centred between the panels
        assert page.evaluate("() => window.igkgFocus.id") == TOKAEV
        assert report.errors == []


def test_search_folds_yo_and_says_no_match(actor_page):
    with browse(actor_page) as (page, _):
        for query in ("Мирзиеев", "мирзиёева", "Mirziyoyev"):
            page.fill("#search", query)
            assert page.eval_on_selector_all("#hits li", "els => els.map(e => e.dataset.id)")[0] == MIRZIYOYEV
        page.fill("#search", "Несуществующий")
        assert page.is_visible("#nomatch")
        assert page.eval_on_selector_all("#hits li", "els => els.length") == 0
        page.fill("#search", "")
        assert page.is_hidden("#nomatch")


def test_click_focuses_with_side_panel(actor_page):
    with browse(actor_page) as (page, _):
        pos = node_position(page, TOKAEV)
        page.mouse.click(pos["x"], pos["y"])
        page.wait_for_timeout(150)
        focus = page.evaluate("() => window.igkgFocus")
        assert focus["id"] == TOKAEV and PUTIN in focus["lit"] and focus["dimmed"] > 20
        assert page.evaluate(f"() => window.igkg.nodes.get('{P}igor-seleznev')") is None  # a byline
        assert P + "alikhan-smailov" not in focus["lit"]  # dimmed
        assert page.is_visible("#side")
        assert page.text_content("#side-title") == "Касым-Жомарт Токаев"
        out = page.text_content("#side-out")
        assert "Владимир Путин" in out and "2025-11-11 переговоры" in out and "занимает должность в" in out
        assert "глава государства" in page.text_content("#side-lines")
        # labels follow the focus: only the neighbourhood is labelled
        assert {b["id"] for b in labels(page)} <= set(focus["lit"])
        shot(page, "graph-focus-1440.png")
        page.click("#side .other >> text=Казахстан")
        page.wait_for_timeout(150)
        assert page.text_content("#side-title") == "Казахстан"
        assert "Касым-Жомарт Токаев" in page.text_content("#side-in")  # incoming: posts held there
        page.click("#side-close")
        assert page.is_hidden("#side") and page.evaluate("() => window.igkgFocus") is None


def test_legend_and_date_filter_hide_nodes(actor_page):
    with browse(actor_page) as (page, _):
        persons = page.evaluate("() => window.igkg.data.nodes.filter(n => n.kind === 'person').length")
        page.click("#legend li[data-key=person]")
        assert page.evaluate("() => window.igkgHidden") == persons
        assert page.evaluate(f"() => window.igkg.nodes.get('{TOKAEV}').hidden") is True
        page.click("#legend li[data-key=person]")
        assert page.evaluate("() => window.igkgHidden") == 0
        page.click("#countries li[data-key=RU]")
        assert page.evaluate(f"() => window.igkg.nodes.get('{PUTIN}').hidden") is True
        assert not page.evaluate(f"() => window.igkg.nodes.get('{TOKAEV}').hidden")
        page.click("#countries li[data-key=RU]")
        page.fill("#date-from", "2026-01-01")
        page.dispatch_event("#date-from", "change")
        assert page.evaluate(f"() => window.igkg.nodes.get('{MIRZIYOYEV}').hidden") is True
        assert not page.evaluate(f"() => window.igkg.nodes.get('{PUTIN}').hidden")  # the 2026 phone call
        assert not page.evaluate(f"() => window.igkg.nodes.get('{KZ}').hidden")


def test_small_screen_panel_folds(actor_page):
    with browse(actor_page, 390, 844) as (page, report):
        folded = page.eval_on_selector("#panel", "e => e.getBoundingClientRect().height")
        assert folded < 60  # starts folded so the graph is visible
        shot(page, "graph-default-390.png")
        page.click("#toggle")
        box = page.eval_on_selector("#panel", "e => e.getBoundingClientRect()")
        assert box["height"] > 150 and box["width"] <= 390
        page.click("#toggle")
        assert page.eval_on_selector("#panel", "e => e.getBoundingClientRect().height") < 60
        page.evaluate(f"() => window.igkg.focusOn('{TOKAEV}')")
        side = page.eval_on_selector("#side", "e => e.getBoundingClientRect()")
        assert side["bottom"] <= 844 and side["height"] <= 844 * 0.45
        shot(page, "graph-focus-390.png")
        assert TOKAEV in {b["id"] for b in labels(page)}  # a small view labels all, even where labels touch
        assert report.errors == [] and report.outside_requests == []


def test_labels_cannot_run_script(tmp_path):
    g = Graph()
    person = URIRef("https://w3id.org/igkg/id/person/x")
    meeting = URIRef("https://w3id.org/igkg/id/meeting/x")
    g.add((person, RDF.type, DIP.Person))
    g.add((person, RDFS.label, Literal(XSS, lang="ru")))
    g.add((meeting, RDF.type, DIP.Meeting))
    g.add((meeting, RDFS.label, Literal("</script><script>alert(3)</script>", lang="ru")))
    g.add((meeting, DIP.participant, person))
    out = tmp_path / "xss.html"
    write_html(g, out, VizOptions(title=XSS))
    text = out.read_text(encoding="utf-8")
    assert "<img src=x" not in text and "</script><script>alert(3)" not in text
    with browse(out) as (page, report):
        page.fill("#search", "img")
        page.click("#hits li >> nth=0")
        page.wait_for_timeout(100)
        assert report.dialogs == [] and report.errors == [] and report.outside_requests == []
        assert page.evaluate("() => document.querySelectorAll('img').length") == 0
        assert XSS in page.evaluate("() => window.igkg.data.nodes.map(n => n.text)")
        assert page.text_content("#panel h1") == XSS
        assert page.text_content("#side-title") == XSS
        assert page.evaluate("() => document.querySelectorAll('#side b, #hits b').length") == 0
        pos = node_position(page, "https://w3id.org/igkg/id/person/x")
        page.mouse.move(pos["x"], pos["y"])
        page.wait_for_timeout(600)
        tooltip = page.evaluate(
            "() => { const t = document.querySelector('div.vis-tooltip'); return t ? t.innerHTML : ''; }"
        )
        assert "&lt;img" in tooltip and "<img" not in tooltip  # shown as text
        assert page.evaluate("() => document.querySelectorAll('img').length") == 0 and report.dialogs == []


def test_full_view_opens_offline(corpus_store_dir, tmp_path):
    from kg.store import open_store
    from kg.web.viz import graph_from_store

    store = open_store(corpus_store_dir, create=False)
    graph = graph_from_store(store)
    store.close()
    out = tmp_path / "graph.html"
    n_nodes, n_edges = write_html(graph, out)
    report = open_page(
        out,
        evaluate={
            "legend": "() => document.querySelectorAll('#legend li').length",
            "labels": "() => window.igkgLabels",
        },
    )
    assert report.errors == [] and report.outside_requests == []
    assert report.nodes == n_nodes > 100
    assert report.edges == n_edges
    assert report.evaluated["legend"] >= 8
    assert report.evaluated["labels"] and overlapping(report.evaluated["labels"]) == []


def test_5000_nodes_stay_interactive(tmp_path):
    nodes = [
        PageNode(
            id=f"p{i}",
            text=f"Персона {i}",
            kind="person",
            kind_label="Персона / Person",
            color="#e4572e",
            shape="dot",
            title=f"Person {i}",
            key=f"персона {i}",
            degree=3 + (i == 4321),
        )
        for i in range(5000)
    ]
    edges = [PageEdge(f"p{i}", f"p{(i * 7 + 1) % 5000}", "встречи", "met") for i in range(5000)]
    out = tmp_path / "big.html"
    write_page(nodes, edges, out, "big")
    with browse(out, timeout=60) as (page, report):
        assert page.evaluate("() => window.igkg.nodes.length") == 5000
        assert page.evaluate("() => window.igkg.network.physics.physicsEnabled") is False
        page.fill("#search", "Персона 4321")
        page.click("#hits li >> nth=0")
        page.wait_for_timeout(200)
        assert page.evaluate("() => window.igkgFocus.id") == "p4321"
        pos = node_position(page, "p4321")
        # at this density a neighbour may be drawn over it: whichever node is under the pointer is focused
        under = page.evaluate("(p) => window.igkg.network.getNodeAt(p)", pos)
        page.mouse.click(pos["x"], pos["y"])
        page.wait_for_timeout(200)
        assert under and page.text_content("#side-title") == f"Персона {under[1:]}"
        assert page.evaluate("() => window.igkgFocus.id") == under
        assert report.errors == []


def test_network_keeps_literals_out_by_default():
    g = Graph()
    m = URIRef("https://w3id.org/igkg/id/meeting/x")
    g.add((m, RDF.type, DIP.Meeting))
    g.add((m, DIP.date, Literal("2025-01-30")))
    assert len(build_network(g)[0]) == 1
    assert len(build_network(g, VizOptions(literals=True))[0]) == 2


def test_an_empty_graph_opens(tmp_path):
    out = tmp_path / "empty.html"
    write_page([], [], out, "пусто")
    with browse(out, timeout=20) as (page, report):
        assert "0 узлов" in page.text_content("#status")
        page.fill("#search", "Токаев")
        assert page.is_visible("#nomatch")
        assert report.errors == []


def test_each_relation_type_has_its_colour_and_a_legend_that_hides_it(actor_page):
    with browse(actor_page) as (page, _):
        rels = page.evaluate("() => window.igkg.data.meta.rels")
        assert len(rels) >= 2 and len({r["color"] for r in rels}) == len(rels)
        first = rels[0]
        ids = page.evaluate(
            f"() => window.igkg.data.edges.filter(e => e.rel === {first['key']!r}).map(e => e.id)"
        )
        drawn = page.evaluate(f"() => window.igkg.edges.get({ids[0]}).color.color")
        assert drawn == first["color"]
        page.click(f"#rels li[data-key='{first['key']}']")
        hidden = page.evaluate(f"() => {ids}.every(i => window.igkg.edges.get(i).hidden)")
        others = page.evaluate(
            f"() => window.igkg.data.edges.filter(e => e.rel !== {first['key']!r}).some(e => !window.igkg.edges.get(e.id).hidden)"
        )
        assert hidden and others
        page.click(f"#rels li[data-key='{first['key']}']")
        assert not any(page.evaluate(f"() => {ids}.map(i => window.igkg.edges.get(i).hidden)"))
