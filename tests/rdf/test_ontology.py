"""The ontology loads, declares every term the extractor emits, and carries the closed lists of GOLD.md."""

import pytest
from rdflib import Graph, Literal
from rdflib.namespace import OWL, RDF, RDFS, SKOS

from kg.rdf.mapping import article_to_graph
from kg.rdf.ontology import DIP, DOCUMENT_TYPES, MEETING_KINDS, ROLES, TOPICS, VISIT_KINDS, VOC
from kg.resources import ontology_file
from tests.paths import ARTICLES

GOLD_ROLES = (
    "head_of_state head_of_government deputy_head_of_government foreign_minister minister deputy_minister "
    "ambassador parliament_speaker regional_head head_of_international_organization other_official"
).split()
GOLD_KINDS = (
    "talks phone_call video_call summit session forum state_visit official_visit working_visit visit".split()
)
GOLD_TOPICS = (
    "trade investment industry agriculture digital ai transport logistics healthcare tourism energy education "
    "science culture interregional finance customs water ecology security defense migration sport space "
    "mining construction labor media"
).split()


@pytest.fixture(scope="module")
def onto():
    return Graph().parse(ontology_file("igkg.ttl"), format="turtle")


def declared(onto):
    return (
        set(onto.subjects(RDF.type, OWL.Class))
        | set(onto.subjects(RDF.type, OWL.ObjectProperty))
        | set(onto.subjects(RDF.type, OWL.DatatypeProperty))
    )


def test_vocabularies_are_the_closed_lists():
    assert list(ROLES) == GOLD_ROLES
    assert list(MEETING_KINDS) + list(VISIT_KINDS) == GOLD_KINDS
    assert list(TOPICS) == GOLD_TOPICS
    assert len(DOCUMENT_TYPES) == 10


@pytest.mark.parametrize(
    "scheme, codes", [("roles", GOLD_ROLES), ("meeting-kinds", GOLD_KINDS), ("topics", GOLD_TOPICS)]
)
def test_concept_schemes(onto, scheme, codes):
    concepts = set(onto.subjects(SKOS.inScheme, VOC[f"scheme/{scheme}"]))
    assert sorted(str(onto.value(c, SKOS.notation)) for c in concepts) == sorted(codes)
    for c in concepts:
        langs = {lbl.language for lbl in onto.objects(c, SKOS.prefLabel)}
        assert langs == {"en", "ru"}, c


def test_every_term_has_english_and_russian_labels_and_comments(onto):
    for term in declared(onto):
        if not str(term).startswith(str(DIP)):
            continue
        for prop in (RDFS.label, RDFS.comment):
            langs = {lbl.language for lbl in onto.objects(term, prop) if isinstance(lbl, Literal)}
            if prop == RDFS.comment and onto.value(term, RDFS.subClassOf) == DIP.Document:
                continue  # the document types are explained by their superclass
            assert {"en", "ru"} <= langs, (term, prop)


def test_core_terms_and_alignments(onto):
    for cls in (
        "Person",
        "Post",
        "Organization",
        "Government",
        "Country",
        "City",
        "Meeting",
        "Visit",
        "Document",
        "Quote",
        "Article",
        "Role",
        "Topic",
        "MeetingKind",
    ):
        assert (DIP[cls], RDF.type, OWL.Class) in onto
    supers = {str(o) for o in onto.objects(None, RDFS.subClassOf)} | {
        str(o) for o in onto.objects(None, RDFS.subPropertyOf)
    }
    for ns in (
        "http://www.w3.org/ns/org#",
        "http://xmlns.com/foaf/0.1/",
        "https://schema.org/",
        "http://www.w3.org/ns/prov#",
        "http://linkedevents.org/ontology/",
        "http://semanticweb.cs.vu.nl/2009/11/sem/",
        "http://www.w3.org/2004/02/skos/core#",
    ):
        assert any(s.startswith(ns) for s in supers), ns
    assert (DIP.holdsPost, RDFS.subPropertyOf, Graph().namespace_manager.expand_curie("org:holds")) in onto
    assert (DIP.Government, RDFS.subClassOf, DIP.Organization) in onto
    for cls in (
        "Roadmap",
        "Agreement",
        "Memorandum",
        "Protocol",
        "Program",
        "Plan",
        "Declaration",
        "JointStatement",
        "Contract",
        "Treaty",
    ):
        assert (DIP[cls], RDFS.subClassOf, DIP.Document) in onto


def test_properties_have_ranges_and_domains(onto):
    for p in set(onto.subjects(RDF.type, OWL.ObjectProperty)) | set(
        onto.subjects(RDF.type, OWL.DatatypeProperty)
    ):
        assert onto.value(p, RDFS.range) is not None, p
        if p not in (
            DIP.evidence,
            DIP.country,
            DIP.kind,
            DIP.date,
            DIP.text,
            DIP.mintedAs,
            DIP.meetingCount,  # the summary's counts and country pairs serve several of its classes
            DIP.firstCountry,
            DIP.secondCountry,
            DIP.firstDate,  # a MeetingPair's and its PairRows'
            DIP.lastDate,
        ):  # these serve several
            assert onto.value(p, RDFS.domain) is not None, p


def test_every_emitted_dip_term_is_declared(onto, extractor):
    terms = declared(onto)
    used = set()
    for path in sorted(ARTICLES.glob("*.txt")):
        g = article_to_graph(extractor.extract_file(path))
        for _s, p, o in g:
            for t in (p, o if p == RDF.type else None):
                if t is not None and str(t).startswith(str(DIP)):
                    used.add(t)
    assert used and used <= terms, sorted(used - terms)


def test_shapes_load():
    shapes = Graph().parse(ontology_file("shapes.ttl"), format="turtle")
    assert len(shapes) > 50
