"""The HTML graph in a real browser: offline, responsive, and safe to open."""

from pathlib import Path

import pytest
from rdflib import Graph, Literal, URIRef
from rdflib.namespace import RDF, RDFS

from kg.ontology import DIP
from kg.viz import VizOptions, build_network, write_html
from tests.browser import CHROMIUM, open_page

pytestmark = [
    pytest.mark.browser,
    pytest.mark.skipif(not Path(CHROMIUM).exists(), reason="Debian chromium is not installed (see .ci/run)"),
]

XSS = "<img src=x onerror=alert(1)><b>x</b>"


def test_corpus_graph_opens_offline(corpus_store_dir, tmp_path):
    from kg.store import open_store

    store = open_store(corpus_store_dir, create=False)
    graph = store.union()
    store.close()
    out = tmp_path / "graph.html"
    n_nodes, n_edges = write_html(graph, out)
    report = open_page(out, evaluate={"legend": "() => document.querySelectorAll('#legend li').length"})
    assert report.errors == []
    assert report.outside_requests == []
    assert report.nodes == n_nodes > 100
    assert report.edges == n_edges
    assert report.evaluated["legend"] >= 8


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
    report = open_page(out, hover_first_node=True, evaluate={
        "imgs": "() => document.querySelectorAll('img').length",
        "labels": "() => window.igkg.nodes.get().map(n => n.label)",
        "title": "() => document.querySelector('#panel h1').textContent",
        "tooltip": "() => { const t = document.querySelector('div.vis-tooltip'); return t ? t.innerHTML : ''; }",
    })
    assert report.dialogs == []
    assert report.errors == []
    assert report.outside_requests == []
    assert report.evaluated["imgs"] == 0
    assert XSS in report.evaluated["labels"]  # shown as text, exactly as written
    assert report.evaluated["title"] == XSS
    assert "<img" not in report.evaluated["tooltip"]


def test_large_graph_is_usable_at_once(tmp_path):
    g = Graph()
    for i in range(1200):
        p = URIRef(f"https://w3id.org/igkg/id/person/p{i}")
        m = URIRef(f"https://w3id.org/igkg/id/meeting/m{i // 3}")
        g.add((p, RDF.type, DIP.Person))
        g.add((p, RDFS.label, Literal(f"Персона {i}", lang="ru")))
        g.add((m, RDF.type, DIP.Meeting))
        g.add((m, DIP.participant, p))
    out = tmp_path / "big.html"
    write_html(g, out)
    report = open_page(out, timeout=30)
    assert report.nodes == 1600
    assert report.errors == []
    # a precomputed layout with physics off: usable without simulating
    assert report.stable_after < 10


def test_network_keeps_literals_out_by_default():
    g = Graph()
    m = URIRef("https://w3id.org/igkg/id/meeting/x")
    g.add((m, RDF.type, DIP.Meeting))
    g.add((m, DIP.date, Literal("2025-01-30")))
    assert len(build_network(g).nodes) == 1
    assert len(build_network(g, VizOptions(literals=True)).nodes) == 2
