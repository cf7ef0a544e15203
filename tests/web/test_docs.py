"""`kg docs`: the ontology page names every term of ontology/igkg.ttl, escapes what it shows, loads nothing."""

import os
import shutil
from html.parser import HTMLParser
from pathlib import Path

import pytest
from click.testing import CliRunner
from rdflib import Graph, Literal, URIRef
from rdflib import namespace as rns

from kg.cli.write import main
from kg.web.docs import CSP, render
from tests.browser import ARGS, CHROMIUM
from tests.paths import ROOT

OWL, RDF, RDFS, SKOS = (
    rns.OWL,
    rns.RDF,
    rns.RDFS,
    rns.SKOS,
)  # by module: pytest probes globals, ClosedNamespace warns
DIP = "https://w3id.org/igkg/ontology#"
VOC = "https://w3id.org/igkg/vocab/"


class _Anchors(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.ids: list[str] = []
        self.links: list[str] = []
        self.tags: set[str] = set()

    def handle_starttag(self, tag, attrs):
        self.tags.add(tag)
        a = dict(attrs)
        if "id" in a:
            self.ids.append(a["id"])
        if tag == "a" and a.get("href", "").startswith("#"):
            self.links.append(a["href"][1:])


def _parse(html: str) -> _Anchors:
    p = _Anchors()
    p.feed(html)
    return p


@pytest.fixture(scope="module")
def page(tmp_path_factory) -> Path:
    out = tmp_path_factory.mktemp("docs") / "out" / "ontology.html"
    r = CliRunner().invoke(main, ["docs", "-o", str(out)])
    assert r.exit_code == 0, r.output
    assert f"wrote {out} (" in r.stderr
    return out


def test_every_class_property_and_concept_has_its_anchor(page):
    onto = Graph().parse(ROOT / "ontology" / "igkg.ttl", format="turtle")
    terms = {
        str(t)[len(DIP) :]
        for kind in (OWL.Class, OWL.ObjectProperty, OWL.DatatypeProperty)
        for t in onto.subjects(RDF.type, kind)
        if str(t).startswith(DIP)
    }
    vocab = {
        str(t)[len(VOC) :]
        for kind in (SKOS.Concept, SKOS.ConceptScheme)
        for t in onto.subjects(RDF.type, kind)
    }
    assert len(terms) > 60 and len(vocab) > 40
    html = page.read_text(encoding="utf-8")
    parsed = _parse(html)
    assert len(parsed.ids) == len(set(parsed.ids)), "an anchor is used twice"
    missing = (terms | vocab) - set(parsed.ids)
    assert not missing, f"not on the page: {sorted(missing)}"
    assert not set(parsed.links) - set(parsed.ids), "a link to an anchor that does not exist"
    for label in ("встреча", "meeting", "занимает должность", "глава государства", "head_of_state"):
        assert label in html
    assert parsed.tags.isdisjoint({"script", "img", "link", "iframe", "object"})
    assert f'http-equiv="Content-Security-Policy" content="{CSP}"' in html and "default-src 'none'" in CSP


def test_help_and_bad_output_paths(tmp_path):
    runner = CliRunner()
    assert "Example" in runner.invoke(main, ["docs", "--help"]).output
    for target, message in ((tmp_path, "is a folder"), (tmp_path / "link.html", "symbolic link")):
        if target.name == "link.html":
            os.symlink(tmp_path / "elsewhere.html", target)
        r = runner.invoke(main, ["docs", "-o", str(target)])
        assert r.exit_code != 0 and message in r.output and "Traceback" not in r.output, r.output
    assert not (tmp_path / "elsewhere.html").exists()


def test_hostile_labels_and_iris_stay_escaped():
    g = Graph()
    evil = URIRef(DIP + 'Evil"><script>alert(1)</script>')
    g.add((evil, RDF.type, OWL.Class))
    g.add((evil, RDFS.label, Literal("<img src=x onerror=alert(2)>", lang="en")))
    g.add((evil, RDFS.comment, Literal("</style><script>alert(3)</script>", lang="ru")))
    prop = URIRef(DIP + "p")
    g.add((prop, RDF.type, OWL.ObjectProperty))
    g.add((prop, RDFS.domain, evil))
    html, info = render(g)
    assert info.classes == 1 and info.properties == 1
    assert "<script" not in html and "<img" not in html and html.count("</style>") == 1
    assert "&lt;img src=x onerror=alert(2)&gt;" in html and "&lt;/style&gt;&lt;script&gt;" in html
    parsed = _parse(html)
    assert 'Evil"><script>alert(1)</script>' in parsed.ids  # the id attribute holds the name, escaped
    assert parsed.tags.isdisjoint({"script", "img"})


@pytest.mark.browser
@pytest.mark.skipif(not shutil.which(CHROMIUM), reason="needs /usr/bin/chromium")
def test_the_page_opens_in_chromium_without_outside_requests(page, tmp_path):
    from playwright.sync_api import sync_playwright

    url = page.resolve().as_uri()
    outside, errors = [], []
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, args=ARGS)
        tab = browser.new_page(viewport={"width": 1280, "height": 800})
        tab.on("pageerror", lambda e: errors.append(str(e)))
        tab.on("console", lambda m: errors.append(m.text) if m.type == "error" else None)

        def route(r):
            if r.request.url.split("#")[0] != url:
                outside.append(r.request.url)
                return r.abort()
            return r.continue_()

        tab.route("**/*", route)
        tab.goto(url + "#Meeting")
        heading = tab.locator("#Meeting h3").inner_text()
        top = tab.evaluate("() => document.getElementById('Meeting').getBoundingClientRect().top")
        tab.click("#Meeting a[href='#participant']")
        target = tab.evaluate("() => location.hash")
        tab.screenshot(path=str(tmp_path / "ontology.png"))
        browser.close()
    assert heading == "dip:Meeting" and abs(top) < 5 and target == "#participant"
    assert not outside, outside
    assert not errors, errors


@pytest.mark.browser
@pytest.mark.skipif(not shutil.which(CHROMIUM), reason="needs /usr/bin/chromium")
def test_the_page_fits_a_phone_without_sideways_scrolling(page):
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, args=ARGS)
        tab = browser.new_page(viewport={"width": 390, "height": 844})
        tab.goto(page.resolve().as_uri())
        width = tab.evaluate("() => document.documentElement.scrollWidth")
        # the widest thing was the roles table (IRIs in a cell): every element stays inside the screen
        wide = tab.evaluate(
            "() => [...document.querySelectorAll('body *')].filter(e => e.getBoundingClientRect().right > 390)"
            ".map(e => e.tagName + ' ' + e.textContent.slice(0, 40))"
        )
        browser.close()
    assert width <= 390 and wide == [], (width, wide[:5])
