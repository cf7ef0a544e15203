from rdflib import Graph, Literal, URIRef
from rdflib.namespace import RDF, RDFS, XSD

from kg.network.analytics import centrality, class_counts
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


def test_class_counts(seed_store):
    counts = class_counts(seed_store.union())
    assert counts["Meeting"] == 1 and counts["Document"] == 2 and counts["Quote"] == 2
    assert counts["Person"] == 5  # four officials and the author
