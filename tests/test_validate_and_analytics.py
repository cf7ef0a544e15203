import networkx as nx
import pytest
from rdflib import Graph, Literal, URIRef
from rdflib.namespace import RDF, RDFS, XSD

from kg.network.analytics import actor_graph, betweenness_centrality, centrality, class_counts
from kg.rdf.ontology import DIP
from kg.rdf.validate import validate_graph


def test_seed_graph_conforms(seed_store):
    report = validate_graph(seed_store.union())
    assert report.conforms, report.text


def test_violations_are_reported():
    g = Graph()
    doc = URIRef("https://example.org/doc")
    g.add((doc, RDF.type, DIP.Document))
    g.add((doc, RDF.type, DIP.Roadmap))
    g.add((doc, RDFS.label, Literal("дорожная карта", lang="ru")))
    g.add((doc, DIP.periodStart, Literal("2028", datatype=XSD.gYear)))
    g.add((doc, DIP.periodEnd, Literal("2026", datatype=XSD.gYear)))
    post = URIRef("https://example.org/post")
    g.add((post, RDF.type, DIP.Post))  # no role, no organization
    untyped = URIRef("https://example.org/doc2")
    g.add((untyped, RDF.type, DIP.Document))
    g.add((untyped, RDFS.label, Literal("документ", lang="ru")))
    report = validate_graph(g)
    assert not report.conforms
    assert report.violations >= 4
    assert "period starts no later than it ends" in report.text
    assert "exactly one dip:role" in report.text
    assert "a Document has a type" in report.text


def test_centrality_of_the_seed(seed_store):
    rows = centrality(seed_store.union(), top=None)
    by_label = {r.label: r for r in rows}
    assert by_label["Олжас Бектенов"].kind == "person"
    assert by_label["Казахстан"].kind == "country"
    # the two prime ministers met: each is linked to the other and to their government
    assert by_label["Олжас Бектенов"].degree > by_label["Касым-Жомарт Токаев"].degree
    assert rows[0].betweenness >= rows[-1].betweenness


@pytest.mark.parametrize("k", [None, 1, 2, 40, 309, 310])
def test_betweenness_is_networkx_s(k):
    """The matrix form gives networkx's figures: the same sampled sources (seed 7), the same rescaling,
    with parallel shortest paths, a disconnected part and isolated nodes."""
    G = nx.gnm_random_graph(240, 420, seed=3)
    G.add_edges_from(nx.relabel_nodes(nx.cycle_graph(12), lambda i: 240 + i).edges)  # a part of its own
    G.add_edges_from([(252, 253), (253, 254), (252, 255), (255, 254)])  # two shortest paths 252 → 254
    G.add_nodes_from(range(256, 310))  # isolated
    want = nx.betweenness_centrality(G, k=k, seed=7)
    got = betweenness_centrality(G, k=k, seed=7)
    assert list(got) == list(want)
    if k == 1:  # networkx gives NaN to the one source (0/0) and so does this
        want, got = ({v: b for v, b in d.items() if b == b} for d in (want, got))
    assert got == pytest.approx(want, abs=1e-12)
    assert max(got.values()) > 0


def test_betweenness_of_the_bundled_articles_is_networkx_s(corpus_store_dir):
    from kg.store import open_store

    store = open_store(corpus_store_dir, readonly=True)
    try:
        G = actor_graph(store)
    finally:
        store.close()
    assert G.number_of_nodes() > 50
    for k in (None, 50):
        assert betweenness_centrality(G, k=k) == pytest.approx(
            nx.betweenness_centrality(G, k=k, seed=7), abs=1e-12
        )


def test_class_counts(seed_store):
    counts = class_counts(seed_store.union())
    assert counts["Meeting"] == 1 and counts["Document"] == 2 and counts["Quote"] == 2
    assert counts["Person"] == 5  # four officials and the author
