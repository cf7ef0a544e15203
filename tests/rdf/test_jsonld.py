"""JSON-LD compacted under the ontology's @context: short terms, and the same RDF when read back."""

import io
import json

import pytest
from click.testing import CliRunner
from rdflib import BNode, Dataset, Graph, Literal, URIRef
from rdflib import namespace as rns
from rdflib.compare import isomorphic

from kg.cli.write import main
from kg.rdf.jsonld import context, context_text, graph_document, write_dataset
from kg.rdf.ontology import DIP, IGR
from kg.store import open_store
from kg.store.base import IDENTITY_GRAPH, SUMMARY_GRAPH, export_bytes
from tests.paths import ROOT, SEED

# not imported by name: pytest's collection probes module globals, and the closed XSD namespace warns
OWL, RDF, RDFS, XSD = rns.OWL, rns.RDF, rns.RDFS, rns.XSD

ONTOLOGY = ROOT / "ontology" / "igkg.ttl"


def _parse_dataset(text: str) -> Dataset:
    ds = Dataset()
    ds.parse(data=text, format="json-ld")
    return ds


def _named(ds: Dataset) -> set:
    return {g.identifier for g in ds.graphs() if len(g) and g.identifier != URIRef("urn:x-rdflib:default")}


def test_the_context_has_a_term_for_every_class_and_property_of_the_ontology():
    onto = Graph().parse(ONTOLOGY, format="turtle")
    ctx = context()
    declared = {
        t for c in (OWL.Class, OWL.ObjectProperty, OWL.DatatypeProperty) for t in onto.subjects(RDF.type, c)
    }
    dip_terms = sorted(str(t)[len(DIP) :] for t in declared if str(t).startswith(str(DIP)))
    assert len(dip_terms) > 50
    for term in dip_terms:
        definition = ctx[term]
        iri = definition if isinstance(definition, str) else definition["@id"]
        assert iri == f"dip:{term}", term
    assert ctx["participant"] == {"@id": "dip:participant", "@type": "@id"}
    assert ctx["date"] == {"@id": "dip:date", "@type": "xsd:date"}
    assert ctx["firstName"] == {"@id": "dip:firstName", "@container": "@language"}
    assert ctx["label"] == {"@id": "rdfs:label", "@container": "@language"}
    assert ctx["dip"] == str(DIP) and ctx["igr"] == str(IGR)


def test_the_context_file_is_the_generated_one():
    assert (ROOT / "ontology" / "context.jsonld").read_text(encoding="utf-8") == context_text(), (
        "regenerate: python -m kg.rdf.jsonld > ontology/context.jsonld"
    )


def test_export_is_compact_and_reads_back_as_the_store(seed_store):
    text = export_bytes(seed_store, "jsonld").decode("utf-8")
    doc = json.loads(text)
    assert doc["@context"] == context()
    nodes = [n for g in doc["@graph"] for n in g["@graph"]]
    meeting = next(n for n in nodes if n.get("@type") == "Meeting")
    assert all(p.startswith("igr:person/") for p in meeting["participant"])
    assert meeting["@id"].startswith("igr:meeting/") and meeting["kind"].startswith("voc:kind/")
    person = next(n for n in nodes if n.get("@type") == "Person" and "firstName" in n)
    assert set(person["label"]) == {"ru"}
    assert not [k for n in nodes for k in n if k.startswith("http")], "every property has a short key"

    back = _parse_dataset(text)
    ours = seed_store.dataset()
    # the article, the ontology, the summary graph (issue 14) and the identity index (issue 17)
    assert _named(back) == _named(ours) and len(_named(ours)) == 4
    for name in _named(ours):
        assert isomorphic(back.graph(name), ours.graph(name)), name
    merged = Graph()
    for s, p, o, g in back.quads((None, None, None, None)):
        # the summary and the identity index are kept out of the merged graph
        if getattr(g, "identifier", g) not in (SUMMARY_GRAPH, IDENTITY_GRAPH):
            merged.add((s, p, o))
    assert isomorphic(merged, seed_store.union())


def test_the_memory_store_writes_the_same_document(seed_store):
    mem = open_store(backend="memory")
    mem.replace_graphs({g.identifier: g for g in seed_store.dataset().graphs() if len(g)})
    assert json.loads(export_bytes(mem, "jsonld")) == json.loads(export_bytes(seed_store, "jsonld"))


def test_values_that_do_not_fit_a_term_are_kept_in_full():
    g = Graph()
    m, x = IGR["meeting/m"], BNode()
    g.add((m, RDF.type, DIP.Meeting))
    g.add((m, DIP.date, Literal("2024", datatype=XSD.gYear)))  # the term says xsd:date
    g.add((m, DIP.date, Literal("2024-05-01", datatype=XSD.date)))
    g.add((m, RDFS.label, Literal("no language")))  # the term is a language map
    g.add((m, RDFS.label, Literal("встреча", lang="ru")))
    g.add((m, RDFS.label, Literal("meeting", lang="en")))
    g.add((m, DIP.participant, Literal("a name, not an IRI")))
    g.add((m, DIP.participant, x))
    g.add((x, RDF.type, URIRef("http://example.org/Other")))
    g.add((m, URIRef("http://example.org/p"), Literal("3", datatype=XSD.integer)))
    doc = json.loads(graph_document(g))
    node = next(n for n in doc["@graph"] if n["@id"] == "igr:meeting/m")
    assert node["date"] == "2024-05-01" and node["label"] == {"en": "meeting", "ru": "встреча"}
    assert node["dip:date"] == {"@value": "2024", "@type": "xsd:gYear"}
    back = Graph().parse(data=json.dumps(doc), format="json-ld")
    assert isomorphic(back, g)


def test_a_hostile_iri_does_not_become_a_compact_iri():
    g = Graph()
    g.add((URIRef(str(IGR) + "//evil"), RDF.type, DIP.Person))
    buf = io.BytesIO()
    write_dataset([(IGR["article/a"], g)], buf)
    back = _parse_dataset(buf.getvalue().decode("utf-8"))
    assert isomorphic(back.graph(IGR["article/a"]), g)


@pytest.mark.slow
def test_kg_extract_jsonld_is_the_turtle_graph():
    runner = CliRunner()
    ttl = runner.invoke(main, ["extract", str(SEED)])
    js = runner.invoke(main, ["extract", str(SEED), "-f", "jsonld"])
    assert ttl.exit_code == 0 and js.exit_code == 0, js.output
    doc = json.loads(js.stdout)
    assert doc["@context"] == context() and any(n.get("@type") == "Meeting" for n in doc["@graph"])
    assert isomorphic(
        Graph().parse(data=js.stdout, format="json-ld"), Graph().parse(data=ttl.stdout, format="turtle")
    )
