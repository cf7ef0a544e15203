"""The graph page's readable relations, period control, state in the URL and phone layout (issue 15), in
Chromium: edge widths by count, every node labelled in small views, the focus never under a panel, the
period histogram and "N of M shown", the URL fragment round trip, reset and Esc, timings at 5,000 nodes.
"""

import time
from pathlib import Path

import pytest

from kg.web.page import PageEdge, PageNode
from kg.web.viz import VizOptions, write_page, write_store_page
from tests.browser import ARGS, CHROMIUM, browse, node_position

pytestmark = [
    pytest.mark.browser,
    pytest.mark.skipif(not Path(CHROMIUM).exists(), reason="Debian chromium is not installed (see .ci/run)"),
]

ARTIFACTS = Path(__file__).resolve().parents[2] / "test-artifacts"
P = "https://w3id.org/igkg/id/person/"
TOKAEV, PUTIN, MIRZIYOYEV = P + "kasym-zhomart-tokaev", P + "vladimir-putin", P + "shavkat-mirzieev"
KZ, RU = "https://w3id.org/igkg/id/country/KZ", "https://w3id.org/igkg/id/country/RU"


@pytest.fixture(scope="module")
def actor_page(corpus_store_dir, tmp_path_factory):
    from kg.store import open_store

    store = open_store(corpus_store_dir, create=False, readonly=True)
    out = tmp_path_factory.mktemp("page") / "graph.html"
    try:
        write_store_page(store, out, VizOptions())
    finally:
        store.close()
    return out


def node(i: int, text: str | None = None, degree: float = 1.0) -> PageNode:
    return PageNode(
        id=f"n{i}",
        text=text or f"Узел {i}",
        kind="person",
        kind_label="Персона / Person",
        color="#e4572e",
        shape="dot",
        title=f"Node {i}\n{text or ''}",
        key=f"узел {i}",
        degree=degree,
    )


def shown(page) -> dict:
    return page.evaluate("() => window.igkgShown")


def wait_stable(page, timeout: float = 60.0) -> None:
    started = time.monotonic()
    while not page.evaluate("() => window.igkgStable === true"):
        assert time.monotonic() - started < timeout, "graph did not settle"
        time.sleep(0.1)


def view_of(page) -> dict:
    return page.evaluate("""() => ({focus: window.igkg.state.focus, from: window.igkg.state.from,
        to: window.igkg.state.to, offCountries: Object.keys(window.igkg.state.offCountries)
          .filter(k => window.igkg.state.offCountries[k]),
        search: document.getElementById("search").value, shown: window.igkgShown,
        side: document.getElementById("side").hidden ? "" : document.getElementById("side-title").textContent})""")


def test_edge_width_grows_clearly_with_count(tmp_path):
    nodes = [node(i) for i in range(8)]
    weights = [1, 3, 9, 10]
    edges = [PageEdge(f"n{2 * i}", f"n{2 * i + 1}", "встречи", f"×{w}", w) for i, w in enumerate(weights)]
    out = tmp_path / "widths.html"
    write_page(nodes, edges, out, "widths")
    with browse(out) as (page, report):
        drawn = page.evaluate("() => window.igkg.edges.get().map(e => e.width)")
        ARTIFACTS.mkdir(exist_ok=True)
        page.screenshot(path=str(ARTIFACTS / "graph-edge-widths.png"))
    w1, w3, w9, w10 = drawn
    assert w1 == 1.5 and w10 == 8.0
    assert w3 - w1 >= 1.5 and w9 - w3 >= 2.5 and w9 >= 3 * w1  # ×1, ×3, ×9 look different at a glance
    assert report.errors == []


def test_every_node_labelled_under_100_nodes_long_ones_shortened(tmp_path):
    long = "Министерство промышленности и строительства Республики Казахстан"
    nodes = [node(i, long if i % 10 == 0 else None) for i in range(90)]
    edges = [PageEdge(f"n{i}", f"n{(i * 7 + 1) % 90}", "встречи", "met") for i in range(90)]
    out = tmp_path / "ninety.html"
    write_page(nodes, edges, out, "ninety")
    with browse(out) as (page, report):
        boxes = page.evaluate("() => window.igkgLabels")
        title = page.evaluate("() => window.igkg.nodes.get('n0').title")
        page.evaluate("() => window.igkg.focusOn('n0')")
        side = page.text_content("#side-title")
    assert sorted(b["id"] for b in boxes) == sorted(n.id for n in nodes)
    shortened = [b for b in boxes if b["full"] == long]
    assert len(shortened) == 9 and all(b["text"].endswith("…") and len(b["text"]) <= 30 for b in shortened)
    assert long in title and side == long  # the full label: tooltip and side panel
    assert report.errors == []
    # a view of more nodes labels by importance, as room allows
    big = [node(i, degree=1 + (i < 5)) for i in range(140)]
    write_page(big, [PageEdge(f"n{i}", f"n{i + 1}", "встречи", "met") for i in range(139)], out, "more")
    with browse(out) as (page, _):
        assert page.evaluate("() => window.igkg.data.meta.labelAll") is False


def focused_in_free_area(page, node_id: str) -> tuple[dict, dict, dict]:
    pos = node_position(page, node_id)
    side = page.eval_on_selector("#side", "e => e.getBoundingClientRect().toJSON()")
    panel = page.eval_on_selector("#panel", "e => e.getBoundingClientRect().toJSON()")
    return pos, side, panel


def test_side_panel_never_hides_the_focus_1440(actor_page):
    with browse(actor_page, 1440, 900) as (page, report):
        # the node drawn furthest right: the side panel would cover it
        right = page.evaluate("""() => { const n = window.igkg.network, p = n.getPositions();
            return Object.keys(p).sort((a, b) => n.canvasToDOM(p[b]).x - n.canvasToDOM(p[a]).x)[0]; }""")
        before = node_position(page, right)
        assert before["x"] > 1440 - 350  # under where the side panel opens
        page.mouse.click(before["x"], before["y"])
        page.wait_for_timeout(200)
        assert page.evaluate("() => window.igkgFocus.id") == right
        pos, side, panel = focused_in_free_area(page, right)
        assert panel["right"] < pos["x"] < side["left"] and 0 < pos["y"] < 900
        lit = page.evaluate("() => window.igkgFocus.lit")
        for other in lit:  # the neighbourhood fits beside the panels too
            p = node_position(page, other)
            assert panel["right"] - 5 < p["x"] < side["left"] + 5, other
        ARTIFACTS.mkdir(exist_ok=True)
        page.screenshot(path=str(ARTIFACTS / "graph-focus-right-1440.png"))
    assert report.errors == [] and report.outside_requests == []


PIXEL = """(p) => { const c = document.querySelector("#graph canvas"), pr = c.width / c.clientWidth;
    return Array.from(c.getContext("2d").getImageData(Math.round(p.x * pr), Math.round(p.y * pr), 1, 1).data); }"""


def test_highlighted_nodes_are_drawn_above_dimmed_ones(tmp_path):
    colours = {"a": "#e4572e", "b": "#2e86ab", "c": "#f3a712"}
    nodes = [
        PageNode(id=k, text=k, kind=k, kind_label=k, color=c, shape="dot", title=k, key=k, degree=1)
        for k, c in colours.items()
    ]
    out = tmp_path / "three.html"
    write_page(nodes, [PageEdge("a", "b", "встречи", "met")], out, "three")
    with browse(out) as (page, report):
        # c (not linked to a) lies exactly over b and is drawn after it
        page.evaluate("""() => { const n = window.igkg.network, p = n.getPositions(["b"]).b;
            n.moveNode("c", p.x, p.y); n.redraw(); }""")
        page.wait_for_timeout(150)
        at = node_position(page, "b")
        before = page.evaluate(PIXEL, at)
        page.evaluate("() => window.igkg.focusOn('a')")
        page.wait_for_timeout(150)
        at = node_position(page, "b")
        after = page.evaluate(PIXEL, at)
    assert before[:3] == [0xF3, 0xA7, 0x12]  # c on top
    assert after[:3] == [0x2E, 0x86, 0xAB]  # focus on a: its neighbour b is drawn above the dimmed c
    assert report.errors == []


def test_phone_choice_folds_the_panel_and_keeps_the_node_in_view(actor_page):
    with browse(actor_page, 390, 844) as (page, report):
        page.click("#toggle")
        assert page.eval_on_selector("#panel", "e => e.getBoundingClientRect().height") > 150
        page.fill("#search", "Путин")
        page.click("#hits li >> nth=0")
        page.wait_for_timeout(200)
        pos, side, panel = focused_in_free_area(page, PUTIN)
        assert panel["height"] < 60  # folded after the choice
        assert panel["bottom"] < pos["y"] < side["top"] and 0 < pos["x"] < 390
        # a tap on a node focuses it and leaves no tooltip over the graph
        other = node_position(page, TOKAEV)
        page.mouse.click(other["x"], other["y"])
        page.wait_for_timeout(700)
        tooltip = page.evaluate("""() => { const t = document.querySelector("div.vis-tooltip");
            return t ? getComputedStyle(t).display !== "none" && getComputedStyle(t).visibility !== "hidden" : false; }""")
        assert page.evaluate("() => window.igkgFocus.id") == TOKAEV and not tooltip
        pos, side, panel = focused_in_free_area(page, TOKAEV)
        assert panel["bottom"] < pos["y"] < side["top"]
        ARTIFACTS.mkdir(exist_ok=True)
        page.screenshot(path=str(ARTIFACTS / "graph-choice-390.png"))
        # a period chosen on the histogram folds the panel too
        page.click("#toggle")
        box = page.eval_on_selector("#histogram", "e => e.getBoundingClientRect().toJSON()")
        page.mouse.click(box["right"] - 2, box["top"] + 20)
        assert page.evaluate("() => window.igkg.state.from") != ""
        assert page.eval_on_selector("#panel", "e => e.getBoundingClientRect().height") < 60
    assert report.errors == []


def test_period_histogram_filters_links_and_hides_inactive_actors(actor_page):
    with browse(actor_page, 1440, 900) as (page, report):
        full = shown(page)
        assert full["nodes"] == full["totalNodes"] and full["edges"] == full["totalEdges"]
        assert "из" in page.text_content("#status")
        bars = page.evaluate("""() => Array.from(document.querySelectorAll("#histogram rect"))
            .map(r => ({h: +r.getAttribute("height"), t: r.textContent}))""")
        assert len(bars) >= 2 and sum(b["h"] > 0 for b in bars) >= 2
        # drag across the last bar (2026): the period is that bar
        box = page.eval_on_selector("#histogram", "e => e.getBoundingClientRect().toJSON()")
        page.mouse.move(box["right"] - 2, box["top"] + 20)
        page.mouse.down()
        page.mouse.move(box["right"] - 1, box["top"] + 25)
        page.mouse.up()
        page.wait_for_timeout(100)
        state = page.evaluate("() => [window.igkg.state.from, window.igkg.state.to]")
        assert state[0].startswith("2026-") and state[1].startswith("2026-")
        assert page.input_value("#date-from") == state[0]
        period = shown(page)
        assert period["nodes"] < full["nodes"] and period["edges"] < full["edges"]
        assert f"{period['nodes']} из {full['totalNodes']}" in page.text_content("#status")
        assert "2026" in page.text_content("#filters")
        hidden = page.evaluate(
            f"() => ['{MIRZIYOYEV}', '{PUTIN}', '{KZ}'].map(i => !!window.igkg.nodes.get(i).hidden)"
        )
        assert hidden == [True, False, False]  # Putin's 2026 call with Tokayev; Kazakhstan through him
        # every actor still drawn is active in the period, or a country of one who is
        inactive = page.evaluate("""() => { const d = window.igkg.data, s = window.igkg.state;
            const on = (e) => e.dated && e.dates.some(x => x >= s.from && x <= s.to);
            return d.nodes.filter(n => !window.igkg.nodes.get(n.id).hidden).filter(n => {
              const links = d.edges.filter(e => e.from === n.id || e.to === n.id);
              return !links.some(on) && n.kind !== "country"; }).map(n => n.id); }""")
        assert inactive == []
        # a link counts its facts of the period: Tokayev and Putin met three times, once in 2026
        call = f"""() => {{ const g = window.igkg, e = g.data.edges.find(x => x.rel === "встречи" &&
            [x.from, x.to].includes("{TOKAEV}") && [x.from, x.to].includes("{PUTIN}"));
            const v = g.edges.get(e.id); return [e.weight, v.label, v.width, e.width]; }}"""
        weight, label, width, whole = page.evaluate(call)
        assert weight == 3 and label.strip() == "" and width == 1.5 < whole
        page.click("#period-all")
        assert shown(page) == full and page.text_content("#filters") == ""
        assert page.evaluate(call)[1:] == ["×3", whole, whole]
    assert report.errors == []


SIDE_LINES = """() => Array.from(document.querySelectorAll("#side-out > li, #side-in > li")).map(li =>
    [li.firstChild.textContent + (li.querySelector(".other") || {}).textContent,
     Array.from(li.querySelectorAll(".detail")).map(d => d.textContent)])"""


def test_side_panel_counts_within_the_period(actor_page):
    with browse(actor_page, 1440, 900) as (page, report):
        page.evaluate(f"() => window.igkg.focusOn('{TOKAEV}')")
        whole = dict((k, v) for k, v in page.evaluate(SIDE_LINES))
        assert "встречи (3): Владимир Путин" in whole and len(whole["встречи (3): Владимир Путин"]) == 3
        met_mirziyoyev = [k for k in whole if k.startswith("встречи") and k.endswith("Шавкат Мирзиёев")]
        assert met_mirziyoyev
        page.evaluate("() => window.igkg.setPeriod('2026-01-01', '2026-12-31')")
        period = dict((k, v) for k, v in page.evaluate(SIDE_LINES))
        # one of the three meetings was in 2026: that one is counted and listed, the others are not
        assert "встречи: Владимир Путин" in period and "встречи (3): Владимир Путин" not in period
        assert [d[:4] for d in period["встречи: Владимир Путин"]] == ["2026"]
        assert not [k for k in period if k.endswith("Шавкат Мирзиёев")]  # no meeting with him in 2026
        # links that are not in time (posts) stay listed
        posts = [k for k in whole if not k.startswith("встречи")]
        assert posts and all(k in period for k in posts)
        tooltip = page.evaluate(f"""() => {{ const g = window.igkg, e = g.data.edges.find(x => x.rel === "встречи" &&
            [x.from, x.to].includes("{TOKAEV}") && [x.from, x.to].includes("{PUTIN}"));
            return g.edges.get(e.id).title; }}""")
        assert tooltip.endswith("в периоде / in the period: ×1")
        page.evaluate("() => window.igkg.setPeriod('', '')")
        assert dict((k, v) for k, v in page.evaluate(SIDE_LINES)) == whole
    assert report.errors == []


def test_command_line_filters_are_shown_and_preset(runner, corpus_store_dir, tmp_path):
    from kg.cli.write import main

    out = tmp_path / "kz.html"
    args = ["viz", "--from", "2025-01-01", "--to", "2025-12-31", "--country", "KZ", "-o", str(out)]
    result = runner.invoke(main, [*args, "--store", str(corpus_store_dir)])
    assert result.exit_code == 0, result.output
    with browse(out, 1440, 900) as (page, report):
        cli = page.text_content("#cli")
        values = [page.input_value("#date-from"), page.input_value("#date-to")]
        title = page.title()
        counts = shown(page)
        status = page.text_content("#status")
    assert "--from 2025-01-01" in cli and "--to 2025-12-31" in cli and "--country KZ" in cli
    assert values == ["2025-01-01", "2025-12-31"] and "2025-01-01" in title and "KZ" in title
    assert counts["nodes"] == counts["totalNodes"]  # the preset period hides nothing the command kept
    assert f"{counts['nodes']} из {counts['totalNodes']}" in status
    assert report.errors == []


def test_view_in_the_url_round_trip_and_back(actor_page):
    with browse(actor_page, 1440, 900) as (page, report):
        page.evaluate("() => window.igkg.setPeriod('2025-01-01', '2025-12-31')")
        page.click("#countries li[data-key=RU]")
        page.fill("#search", "Токаев")
        page.click("#hits li >> nth=0")
        page.wait_for_timeout(200)
        before = view_of(page)
        url = page.url
        assert "#" in url and "f=" in url and "from=2025-01-01" in url and "c=RU" in url
        # the shared link in a new tab: the same view
        other = page.context.browser.new_page(viewport=page.viewport_size)
        other.goto(url)
        wait_stable(other)
        after = view_of(other)
        pos = node_position(other, TOKAEV)
        other.close()
        assert after == before and after["focus"] == TOKAEV and after["side"] == "Касым-Жомарт Токаев"
        assert 290 < pos["x"] < 1440 - 340  # the restored focus is in view too
        # back: the step before the focus (Russia hidden, the period set, nothing focused)
        page.go_back()
        page.wait_for_timeout(200)
        back = view_of(page)
        assert back["focus"] is None and back["offCountries"] == ["RU"] and back["from"] == "2025-01-01"
        page.go_back()
        page.wait_for_timeout(200)
        assert view_of(page)["offCountries"] == []
        page.go_forward()
        page.go_forward()
        page.wait_for_timeout(200)
        assert view_of(page)["focus"] == TOKAEV
    assert report.errors == [] and report.outside_requests == []


VIEW = "() => { const n = window.igkg.network, p = n.getViewPosition(); return [p.x, p.y, n.getScale()]; }"
EMPTY_SPOT = """() => { const n = window.igkg.network;
    for (let y = 200; y < 800; y += 37) for (let x = 500; x < 1000; x += 41)
      if (n.getNodeAt({x, y}) === undefined && n.getEdgeAt({x, y}) === undefined) return {x, y};
    return null; }"""


def same_view(a: list, b: list) -> bool:
    """Within a pixel on the screen (the fragment rounds the centre to a tenth of a graph unit)."""
    return abs(a[2] / b[2] - 1) < 0.002 and abs(a[0] - b[0]) * a[2] < 1 and abs(a[1] - b[1]) * a[2] < 1


def test_zoom_and_pan_are_kept_in_the_url(actor_page):
    with browse(actor_page, 1440, 900) as (page, report):
        opening = page.evaluate(VIEW)
        page.mouse.move(800, 450)
        for _ in range(4):  # zoom in with the wheel, as a user would
            page.mouse.wheel(0, -300)
            page.wait_for_timeout(50)
        spot = page.evaluate(EMPTY_SPOT)
        page.mouse.move(spot["x"], spot["y"])
        page.mouse.down()
        page.mouse.move(spot["x"] - 120, spot["y"] - 60, steps=6)  # and drag the view
        page.mouse.up()
        page.wait_for_timeout(500)
        zoomed = page.evaluate(VIEW)
        assert zoomed[2] > opening[2] * 1.2 and not same_view(zoomed, opening)
        assert "v=" in page.url
        # a shared link opens on the same view
        other = page.context.browser.new_page(viewport=page.viewport_size)
        other.goto(page.url)
        wait_stable(other)
        assert same_view(other.evaluate(VIEW), zoomed)
        other.close()
        # a choice moves the view and is a new step; back returns to the zoomed view, forward to the choice
        page.fill("#search", "Путин")
        page.click("#hits li >> nth=0")
        page.wait_for_timeout(200)
        chosen = page.evaluate(VIEW)
        assert not same_view(chosen, zoomed)
        page.go_back()
        page.wait_for_timeout(200)
        assert (
            same_view(page.evaluate(VIEW), zoomed) and page.evaluate("() => window.igkg.state.focus") is None
        )
        page.go_forward()
        page.wait_for_timeout(200)
        assert (
            same_view(page.evaluate(VIEW), chosen) and page.evaluate("() => window.igkg.state.focus") == PUTIN
        )
        # reset: the opening view, and nothing in the fragment
        page.click("#reset")
        assert same_view(page.evaluate(VIEW), opening) and page.evaluate("() => location.hash") == ""
    assert report.errors == [] and report.outside_requests == []


def test_reset_button_and_escape(actor_page):
    with browse(actor_page, 1440, 900) as (page, report):
        opening = page.evaluate("() => window.igkg.network.getScale()")
        full = shown(page)
        page.click("#legend li[data-key=organization]")
        page.evaluate("() => window.igkg.setPeriod('2026-01-01', '')")
        page.evaluate("() => window.igkg.network.moveTo({scale: window.igkg.network.getScale() * 3})")
        page.evaluate(f"() => window.igkg.focusOn('{PUTIN}')")
        page.keyboard.press("Escape")  # first: the focus goes
        assert page.evaluate("() => window.igkg.state.focus") is None and page.is_hidden("#side")
        assert shown(page) != full
        page.keyboard.press("Escape")  # then: filters, period and zoom
        assert shown(page) == full
        assert page.evaluate("() => window.igkg.network.getScale()") == pytest.approx(opening)
        assert page.evaluate("() => location.hash") == ""
        assert page.evaluate("() => document.querySelectorAll('#legend li.off').length") == 0
        # the button does all of it at once
        page.click("#countries li[data-key=KZ]")
        page.evaluate(f"() => window.igkg.focusOn('{PUTIN}')")
        page.click("#reset")
        assert shown(page) == full and page.evaluate("() => window.igkg.state.focus") is None
        assert page.input_value("#date-from") == ""
    assert report.errors == []


def test_country_view_period_and_pair_in_the_url(corpus_store_dir, tmp_path):
    from kg.network.pairs import Period
    from kg.store import open_store
    from kg.web.countryview import CountryViewOptions, write_country_page

    out = tmp_path / "countries.html"
    store = open_store(corpus_store_dir, create=False, readonly=True)
    try:
        write_country_page(store, out, CountryViewOptions(Period()))
    finally:
        store.close()
    with browse(out, 1440, 900) as (page, report):
        labels = page.evaluate("() => window.igkgLabels.map(b => b.id)")
        assert sorted(labels) == sorted(page.evaluate("() => window.igkg.data.nodes.map(n => n.id)"))
        full = shown(page)
        months = page.evaluate("() => window.igkg.data.meta.facts")
        last = max(months)
        page.evaluate(f"() => window.igkg.setPeriod('{last}-15', '')")  # a month counts whole
        some = shown(page)
        assert 0 < some["edges"] < full["edges"] and some["nodes"] <= full["nodes"]
        # each drawn pair says what it did in that month only
        labels = page.evaluate(f"""() => window.igkg.data.edges.filter(e => !window.igkg.edges.get(e.id).hidden)
            .map(e => [e.dates.reduce((k, d, i) => k + (d.startsWith("{last}") ? e.dateWeights[i] : 0), 0),
                       (window.igkg.edges.get(e.id).label || "").trim()])""")
        assert labels and all(label == (f"×{k}" if k > 1 else "") for k, label in labels)
        edge = page.evaluate(
            "() => window.igkg.data.edges.findIndex(e => !window.igkg.edges.get(e.id).hidden)"
        )
        page.evaluate(f"() => {{ location.hash = location.hash + '&e={edge}'; }}")
        page.wait_for_timeout(200)
        assert page.evaluate("() => window.igkgPair") is not None and page.is_visible("#side-pair")
        url = page.url
        other = page.context.browser.new_page(viewport=page.viewport_size)
        other.goto(url)
        wait_stable(other)
        assert other.evaluate("() => window.igkgPair") == page.evaluate("() => window.igkgPair")
        assert shown(other) == some
        other.close()
    assert report.errors == []


def test_focus_and_period_under_a_second_at_5000_nodes(tmp_path):
    nodes = [node(i, f"Персона {i}", degree=3 + (i == 4321)) for i in range(5000)]
    edges = [
        PageEdge(
            f"n{i}",
            f"n{(i * 7 + 1) % 5000}",
            "встречи",
            "met",
            1 + i % 9,
            sym=True,
            dates=[f"{2020 + i % 6}-{1 + i % 12:02d}-15"],
            dated=True,
        )
        for i in range(5000)
    ]
    out = tmp_path / "big.html"
    write_page(nodes, edges, out, "big")
    # one change and the two frames after it (what the user waits for); the script's own share apart
    timing = """async (act) => { const g = window.igkg, t0 = performance.now();
        if (act === "focus") { g.focusOn("n4321"); } else if (act === "unfocus") { g.clearFocus(); }
        else if (act === "period") { g.setPeriod("2023-01-01", "2023-12-31"); }
        else if (act === "unperiod") { g.setPeriod("", ""); } else { g.reset(); }
        const t1 = performance.now();
        await new Promise(r => requestAnimationFrame(() => requestAnimationFrame(r)));
        return [performance.now() - t0, t1 - t0]; }"""
    runs: dict[str, list] = {"focus": [], "period": [], "reset": []}
    with browse(out, 1440, 900, timeout=90) as (page, report):
        for _ in range(3):  # a shared machine: the best of three
            runs["focus"].append(page.evaluate(timing, "focus"))
            page.evaluate(timing, "unfocus")
            runs["period"].append(page.evaluate(timing, "period"))
            counts = shown(page)
            page.evaluate(timing, "unperiod")
            page.evaluate(timing, "focus")
            page.evaluate(timing, "period")
            runs["reset"].append(page.evaluate(timing, "reset"))
        full = shown(page)
    best = {k: min(v) for k, v in runs.items()}
    print(
        "\n5,000 nodes, best of 3 (total / script ms): "
        + ", ".join(f"{k} {t:.0f} / {s:.0f}" for k, (t, s) in best.items())
    )
    assert all(t < 1000 for t, _ in best.values()), runs
    assert full["nodes"] == 5000 and counts["edges"] < 5000 and counts["nodes"] < 5000
    assert report.errors == []


def test_no_request_leaves_the_page(actor_page):
    """Opening with a fragment, filtering and focusing asks nothing of any host (the route refuses all)."""
    from playwright.sync_api import sync_playwright

    asked = []
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, args=ARGS)
        try:
            page = browser.new_page()
            page.route("**/*", lambda r: (asked.append(r.request.url), r.continue_()))
            page.goto(actor_page.resolve().as_uri() + f"#f={TOKAEV}&from=2025-01-01")
            wait_stable(page)
            page.evaluate("() => window.igkg.setPeriod('2026-01-01', '')")
        finally:
            browser.close()
    assert all(u.startswith("file://") or u.startswith("data:") for u in asked), asked
