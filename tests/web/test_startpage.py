"""The start page of a real `kg serve`: over HTTP, and in Chromium with every request recorded."""

import json
import shutil
import subprocess
import urllib.error
import urllib.parse
import urllib.request
from pathlib import Path

import pytest

from kg.rdf.terms import iri_text
from kg.web.serve import oxigraph_binary
from tests.paths import FIXTURES, QUERIES
from tests.servers import KG, bindings, sparql, start_kg_serve, stop

pytestmark = [
    pytest.mark.server,
    pytest.mark.skipif(
        oxigraph_binary() is None, reason="the oxigraph server (PyPI: oxigraph) is not installed"
    ),
]


@pytest.fixture(scope="module")
def server(seed_store_dir, tmp_path_factory):
    store = tmp_path_factory.mktemp("served") / "store"
    shutil.copytree(seed_store_dir, store)
    proc, url = start_kg_serve(store)
    yield store, proc, url.removesuffix("query")
    stop(proc)


def get(url: str) -> tuple[int, dict, bytes]:
    with urllib.request.urlopen(url, timeout=30) as resp:
        return resp.status, dict(resp.headers), resp.read()


def test_start_page_is_our_own_with_a_strict_policy(server):
    _, _, base = server
    status, headers, body = get(base)
    assert status == 200 and headers["Content-Type"].startswith("text/html")
    csp = headers["Content-Security-Policy"]
    assert "default-src 'none'" in csp and "connect-src 'self'" in csp and "script-src 'self'" in csp
    html = body.decode("utf-8")
    assert (
        "yasgui" not in html.lower() and "prefix.cc" not in html and "http" not in html
    )  # nothing from elsewhere
    for asset in ("static/start.js", "static/start.css", "favicon.ico"):
        assert get(base + asset)[0] == 200
    script = get(base + "static/start.js")[2].decode("utf-8")
    assert "innerHTML" not in script and "insertAdjacentHTML" not in script and "eval(" not in script


def test_catalogue_lists_prefixes_and_every_canned_query(server):
    _, _, base = server
    data = json.loads(get(base + "catalogue.json")[2])
    assert data["prefixes"]["dip"] == "https://w3id.org/igkg/ontology#"
    names = {q["name"] for q in data["queries"]}
    assert names == {p.stem for p in QUERIES.glob("*.rq")}
    who = next(q for q in data["queries"] if q["name"] == "who-met-whom")
    assert who["summary"].startswith("Who met whom") and "SELECT" in who["text"]


def test_canned_query_bound_on_the_server(server):
    _, _, base = server
    status, headers, body = get(
        base + "canned/meetings-of-person?name=" + urllib.parse.quote("Александр Турчин")
    )
    assert status == 200 and 'VALUES ?name { "Александр Турчин"@ru }' in body.decode("utf-8")
    with pytest.raises(urllib.error.HTTPError) as e:
        get(base + "canned/meetings-of-person?nme=x")
    assert e.value.code == 400 and "no variable ?nme" in e.value.read().decode("utf-8")
    with pytest.raises(urllib.error.HTTPError) as e:
        get(base + "canned/who-met-who")
    assert e.value.code == 400 and "did you mean who-met-whom" in e.value.read().decode("utf-8")


def test_prefixes_are_predeclared_for_every_client(server):
    _, _, base = server
    status, body = sparql(base + "query", "SELECT (COUNT(*) AS ?n) WHERE { ?m a dip:Meeting }")
    assert status == 200 and bindings(body)[0]["n"]["value"] == "1"
    status, _, body = get(base + "query?query=" + urllib.parse.quote("ASK { ?m a dip:Meeting }"))
    assert json.loads(body)["boolean"] is True
    req = urllib.request.Request(
        base + "query",
        data=b"ASK { ?p a dip:Person }",
        method="POST",
        headers={"Content-Type": "application/sparql-query", "Accept": "application/sparql-results+json"},
    )
    with urllib.request.urlopen(req, timeout=30) as resp:
        assert json.loads(resp.read())["boolean"] is True
    # a query declaring a project prefix itself still works (no duplicate declaration sent)
    status, _ = sparql(
        base + "query", "PREFIX dip: <https://w3id.org/igkg/ontology#> ASK { ?m a dip:Meeting }"
    )
    assert status == 200
    status, body = sparql(base + "query", "SELECT * WHERE { ?m a dipp:Meeting }")
    assert status == 400 and body.decode().startswith("Unknown prefix 'dipp:' — known: dip,")


def test_ingest_while_serving_is_refused_with_a_clear_message(server):
    store, proc, base = server
    run = subprocess.run(
        [*KG, "ingest", str(FIXTURES / "genre" / "gen01.txt"), "--store", str(store)],
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert run.returncode == 1
    assert f"the store is being served by kg serve (pid {proc.pid}, {base}query)" in run.stderr
    assert "stop it before changing the store" in run.stderr
    status, body = sparql(base + "query", "SELECT (COUNT(*) AS ?n) WHERE { ?a a dip:Article }")
    assert bindings(body)[0]["n"]["value"] == "1"


@pytest.mark.browser
@pytest.mark.skipif(not Path("/usr/bin/chromium").exists(), reason="needs Debian chromium")
def test_page_in_chromium_runs_canned_queries_and_describes_iris(server, tmp_path):
    from playwright.sync_api import sync_playwright

    from tests.browser import ARGS, CHROMIUM

    _, _, base = server
    requests, outside, errors = [], [], []
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, args=ARGS)
        page = browser.new_page(viewport={"width": 1280, "height": 900})
        page.on("pageerror", lambda e: errors.append(str(e)))
        page.on("console", lambda m: errors.append(m.text) if m.type in ("error", "warning") else None)
        page.on("request", lambda r: (requests if r.url.startswith(base) else outside).append(r.url))
        page.goto(base)
        page.wait_for_selector("body[data-ready=yes]")
        assert page.locator("#canned-list a").count() == len(list(QUERIES.glob("*.rq")))
        assert "https://w3id.org/igkg/ontology#" in page.inner_text("#prefixes")

        # a canned query, one click away: plain values, no RDF term syntax
        page.click("a[data-query='who-met-whom']")
        page.wait_for_selector("#result-table tbody tr")
        cells = page.locator("#result-table tbody tr").first.locator("td").all_inner_texts()
        assert cells[:4] == ["Александр Турчин", "Олжас Бектенов", "1", "talks"]
        table = page.inner_text("#result-table")
        assert "^^" not in table and '"' not in table and "@ru" not in table
        page.screenshot(path=str(tmp_path / "canned.png"))

        # a canned query's parameters are fields, bound on the server as --param binds them
        page.click("a[data-query='meetings-of-person']")
        page.wait_for_selector("input[data-param=name]")
        assert page.input_value("input[data-param=name]") == "Олжас Бектенов"
        page.wait_for_selector("#result-table tbody tr")
        assert page.locator("#result-table tbody td").last.inner_text() == "Александр Турчин"
        page.fill("input[data-param=name]", "Александр Турчин")
        page.click("#run-params")
        page.wait_for_selector("#result-table tbody td:has-text('Олжас Бектенов')")
        assert 'VALUES ?name { "Александр Турчин"@ru }' in page.input_value("#query")

        # IRIs are links shown in their pasteable form; a click lists the triples around the IRI
        page.fill("#query", "SELECT ?p ?name WHERE { ?p a dip:Person ; rdfs:label ?name } ORDER BY ?name")
        page.click("#run")
        page.wait_for_selector("#result-table a")
        link = page.locator("#result-table a", has_text="olzhas-bektenov")
        assert link.inner_text() == "igr:person\\/olzhas-bektenov"
        link.click()
        page.wait_for_selector("#result-table th:has-text('subject')")
        rows = [r.locator("td").all_inner_texts() for r in page.locator("#result-table tbody tr").all()]
        assert ["igr:person\\/olzhas-bektenov", "rdfs:label", "Олжас Бектенов"] in rows
        assert any(
            r[1] == "dip:participant" and r[2] == "igr:person\\/olzhas-bektenov" for r in rows
        )  # incoming
        assert "olzhas-bektenov" in page.url  # the IRI's own address: reload or share it
        links = page.locator("#result-table a").all()
        assert all(a.inner_text() == iri_text(a.get_attribute("title")) for a in links)  # as kg query prints
        page.screenshot(path=str(tmp_path / "describe.png"))

        # an error from the guard is shown as its one line
        page.fill("#query", "SELECT * WHERE { ?s dipp:x ?o }")
        page.click("#run")
        page.wait_for_selector("#status.error")
        assert page.inner_text("#status").startswith("Unknown prefix 'dipp:'")
        browser.close()
    assert outside == [], outside
    assert errors == [] or all("400" in e for e in errors), errors  # the refused query's 400, nothing else
    assert any(u.endswith("/query") for u in requests)


# ------------------------------------------------------------------ issue 15: the start page's state, choices,
# drawing and hints, in Chromium against the real server


def _wait(page, js: str, seconds: float = 20.0):
    """Poll from outside: the page's CSP forbids the eval that wait_for_function needs."""
    import time

    deadline = time.monotonic() + seconds
    while not page.evaluate(js):
        if time.monotonic() > deadline:
            raise TimeoutError(js)
        time.sleep(0.1)


@pytest.fixture(scope="module")
def corpus_server(corpus_store_dir, tmp_path_factory):
    """kg serve over every bundled article (dated post holdings: the seed has none)."""
    store = tmp_path_factory.mktemp("served-corpus") / "store"
    shutil.copytree(corpus_store_dir, store)
    proc, url = start_kg_serve(store)
    yield url.removesuffix("query")
    stop(proc)


@pytest.fixture
def chromium_page(request):
    from playwright.sync_api import sync_playwright

    from tests.browser import ARGS, CHROMIUM

    if not Path(CHROMIUM).exists():
        pytest.skip("needs Debian chromium")
    base = request.getfixturevalue(getattr(request, "param", "server"))
    base = base if isinstance(base, str) else base[2]
    outside, errors = [], []
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, args=ARGS)
        page = browser.new_page(viewport={"width": 1280, "height": 900})
        page.on("pageerror", lambda e: errors.append(str(e)))
        page.on("console", lambda m: errors.append(m.text) if m.type in ("error", "warning") else None)
        page.on("request", lambda r: None if r.url.startswith(base) else outside.append(r.url))
        yield page, base
        browser.close()
    assert outside == [] and errors == [], (outside, errors)


@pytest.mark.browser
def test_a_canned_query_and_its_values_are_kept_in_the_address(chromium_page):
    page, base = chromium_page
    page.goto(base + "#query=who-held-post-on-date")
    page.wait_for_selector("select[data-param=role][data-loaded]")
    page.wait_for_selector("#status:has-text('rows')")
    assert page.input_value("select[data-param=role]") == "head_of_government"
    page.select_option("select[data-param=role]", "foreign_minister")
    page.fill("input[data-param=onDate]", "2024-02-01")
    page.click("#run-params")
    _wait(page, "() => location.hash.includes('role=foreign_minister')")
    assert "onDate=2024-02-01" in page.url and "country=KZ" in page.url
    _wait(page, "() => document.getElementById('query').value.includes('\"foreign_minister\"')")
    assert '("foreign_minister" "KZ" "2024-02-01"^^' in page.input_value("#query")
    # a reload (or the link sent to a colleague) shows the same query with the same values, run again
    page.reload()
    page.wait_for_selector("select[data-param=role][data-loaded]")
    assert page.input_value("select[data-param=role]") == "foreign_minister"
    assert page.input_value("input[data-param=onDate]") == "2024-02-01"
    assert page.inner_text("#about").startswith("Who held a post on a date")
    _wait(page, "() => document.getElementById('query').value.includes('\"foreign_minister\"')")
    # back returns to the defaults
    page.go_back()
    _wait(page, "() => !location.hash.includes('role=')")
    page.wait_for_selector("select[data-param=role][data-loaded]")
    assert page.input_value("select[data-param=role]") == "head_of_government"


@pytest.mark.browser
def test_role_and_country_are_chosen_from_what_the_store_holds(chromium_page, server):
    page, base = chromium_page
    store_url = base + "query"
    roles = bindings(sparql(store_url, "SELECT ?c WHERE { ?r a dip:Role ; skos:notation ?c }")[1])
    countries = bindings(
        sparql(
            store_url,
            "SELECT DISTINCT ?c WHERE { ?x dip:country|dip:heldIn|dip:hostCountry|dip:party ?k . ?k dip:isoCode ?c }",
        )[1]
    )
    page.goto(base + "#query=who-held-post-on-date")
    page.wait_for_selector("select[data-param=role][data-loaded]")
    page.wait_for_selector("select[data-param=country][data-loaded]")
    options = page.locator("select[data-param=role] option").all_inner_texts()
    assert len(options) == len(roles) >= 10
    assert "head_of_government — head of government / глава правительства" in options
    values = page.eval_on_selector_all("select[data-param=country] option", "os => os.map(o => o.value)")
    assert sorted(values) == sorted(b["c"]["value"] for b in countries) and "KZ" in values
    assert page.get_attribute("input[data-param=onDate]", "type") == "date"
    # on a phone the long role labels do not widen the page
    page.set_viewport_size({"width": 390, "height": 844})
    assert page.evaluate("() => document.documentElement.scrollWidth") <= 390


@pytest.mark.browser
def test_a_construct_answer_is_drawn_and_its_ntriples_kept(chromium_page):
    page, base = chromium_page
    page.goto(base + "#query=construct-meetings")
    page.wait_for_selector("#result-drawing canvas")
    _wait(page, "() => window.igkgStartGraph && window.igkgStartGraph.stable")
    drawn = page.evaluate(
        "() => ({nodes: window.igkgStartGraph.nodes, edges: window.igkgStartGraph.edges,"
        " shown: window.igkgStartGraph.network.body.nodeIndices.length})"
    )
    assert drawn["nodes"] >= 3 and drawn["edges"] >= 2 and drawn["shown"] == drawn["nodes"]
    nt = page.text_content("#result-graph")
    assert nt.count("\n") >= drawn["edges"] and "<https://w3id.org/igkg/ontology#participant>" in nt
    page.screenshot(path=str(Path(__file__).resolve().parents[2] / "test-artifacts" / "start-construct.png"))


@pytest.mark.browser
@pytest.mark.parametrize("chromium_page", ["corpus_server"], indirect=True)
def test_an_empty_answer_says_what_the_store_holds(chromium_page):
    page, base = chromium_page
    # the dated-post query before the only statement: the dates the store holds for that post
    page.goto(base + "#query=who-held-post-on-date&role=head_of_government&country=KZ&onDate=1990-01-01")
    page.wait_for_selector("#hint:not([hidden]) #hint-table tbody tr")
    assert page.inner_text("#status").startswith("0 rows")
    hint = page.inner_text("#hint")
    assert "The dates the store holds for this post" in hint
    dates = page.locator("#hint-table tbody tr td").first.inner_text()
    assert dates > "1990-01-01"
    # any other query: how many of its kind the store has, and over which dates
    page.goto(base + "#query=meetings-of-person&name=" + urllib.parse.quote("Никто Никтоев"))
    page.wait_for_selector("#hint:not([hidden]):has-text('No rows')")
    text = page.inner_text("#hint")
    assert text.startswith("No rows; the store has 23 statements of this kind (dip:Meeting), from 20")
