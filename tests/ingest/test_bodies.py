"""Store-level identity of bodies (issue 17): one ministry, one node, whatever each article called it."""

import random

import pytest
from rdflib import Graph, Literal, URIRef
from rdflib.namespace import OWL, RDF, RDFS

from kg.errors import InputError
from kg.ingest.bodies import BodyMention, body_name, cluster_bodies
from kg.ingest.curation import Alias, read_aliases_file
from kg.ingest.resolve import consolidate, resolve_store
from kg.ingest.review import duplicates
from kg.rdf.ontology import DIP, IGR, country_iri, organization_iri, post_iri
from kg.store import open_store

KZ_MFA = "Министерство иностранных дел Республики Казахстан"

# ------------------------------------------------------------------ names (pure)


def test_a_short_or_declined_head_and_any_form_of_the_state_give_one_name():
    for variant in (
        "МИД Казахстана",
        "МИД РК",
        "Министерства иностранных дел  Республики Казахстан",
        "Министерство иностранных дел Казахстана",
        KZ_MFA,
    ):
        assert body_name(variant).name == KZ_MFA, variant
        assert body_name(variant).country == "KZ"
    assert body_name("Правительства Турции").name == "Правительство Турецкой Республики"


def test_different_bodies_keep_different_names():
    names = {
        body_name(n).key
        for n in (
            "МИД Казахстана",
            "Министерство обороны Республики Казахстан",
            "МВД Казахстана",
            "МИД Узбекистана",
            "Правительство Республики Казахстан",
        )
    }
    assert len(names) == 5


def test_a_name_without_a_state_gets_none_and_stays_as_written():
    assert body_name("Министерства иностранных дел") == body_name("МИД")
    assert body_name("МИД").country is None
    assert body_name("Шанхайская организация сотрудничества").name == "Шанхайская организация сотрудничества"


# ------------------------------------------------------------------ clusters (pure)


def _labels(*mentions: tuple[str, str | None], aliases=None) -> list[str]:
    out = cluster_bodies([BodyMention(name, country) for name, country in mentions], aliases or {})
    return [out[m] for m in mentions]


def test_variants_of_one_ministry_are_one_body_and_two_ministries_never_are():
    labels = _labels(
        ("МИД РК", None),
        ("Министерства иностранных дел Казахстана", "KZ"),
        (KZ_MFA, "KZ"),
        ("Министерство обороны Республики Казахстан", "KZ"),
        ("Министерство иностранных дел Республики Узбекистан", "UZ"),
    )
    assert labels[:3] == [KZ_MFA] * 3
    assert len(set(labels)) == 3


def test_a_ministry_that_names_no_state_is_its_countrys_and_one_name_of_two_states_is_two_bodies():
    labels = _labels(
        ("Министерство иностранных дел", "KZ"), ("Министерство иностранных дел", "UZ"), (KZ_MFA, None)
    )
    assert labels == [KZ_MFA, "Министерство иностранных дел Республики Узбекистан", KZ_MFA]
    assert _labels(("Министерство иностранных дел", None)) == ["Министерство иностранных дел"]


def test_an_alias_names_the_body_and_catches_every_spelling_of_its_variant():
    aliases = {body_name("МИД США").key: "Государственный департамент США"}
    labels = _labels(
        ("Министерство иностранных дел Соединенных Штатов Америки", "US"),
        ("МИД США", None),
        ("Государственный департамент США", "US"),
        aliases=aliases,
    )
    assert labels == ["Государственный департамент США"] * 3


def test_body_clusters_do_not_depend_on_the_order_of_mentions():
    mentions = [
        BodyMention("МИД РК", "KZ", 3),
        BodyMention(KZ_MFA, "KZ"),
        BodyMention("Министерства обороны РК", "KZ"),
        BodyMention("МИД Казахстана", None, 2),
    ]
    expected = cluster_bodies(mentions, {})
    assert expected[("МИД РК", "KZ")] == KZ_MFA
    for seed in range(5):
        shuffled = mentions[:]
        random.Random(seed).shuffle(shuffled)
        assert cluster_bodies(shuffled, {}) == expected


# ------------------------------------------------------------------ the store


def _article(name: str, body: str, iso: str, role: str = "foreign_minister") -> tuple[URIRef, Graph]:
    """An article graph as an older version or another tool may have written it: the body as the text had it."""
    g = Graph()
    org = organization_iri(body)
    post = post_iri(role, org)
    person = IGR[f"person/{name}"]
    g.add((org, RDF.type, DIP.Organization))
    g.add((org, RDFS.label, Literal(body, lang="ru")))
    g.add((org, DIP.country, country_iri(iso)))
    g.add((post, RDF.type, DIP.Post))
    g.add((post, DIP.postIn, org))
    g.add((post, RDFS.label, Literal(f"министр иностранных дел — {body}", lang="ru")))
    g.add((person, RDF.type, DIP.Person))
    g.add((person, RDFS.label, Literal(name.title(), lang="ru")))
    g.add((person, DIP.holdsPost, post))
    return IGR[f"article/{name}"], g


ARTICLES = [
    ("nurtleu", "Министерства иностранных дел  РК", "KZ"),
    ("tileuberdi", "МИД Казахстана", "KZ"),
    ("saidov", "Министерство иностранных дел Республики Узбекистан", "UZ"),
    ("blinken", "Министерство иностранных дел Соединенных Штатов Америки", "US"),
]


def _quads(store) -> set:
    return set(store.dataset().quads((None, None, None, None)))


def _store(order) -> object:
    store = open_store(backend="memory")
    for i in order:
        store.replace_graphs(dict([_article(*ARTICLES[i])]))
        consolidate(store)
    return store


def test_the_store_names_one_ministry_once_and_its_posts_follow_in_any_order():
    store = _store([0, 1, 2, 3])
    union = store.union()
    kz = organization_iri(KZ_MFA)
    assert set(union.subjects(DIP.postIn, kz)) == {post_iri("foreign_minister", kz)}
    holders = set(union.subjects(DIP.holdsPost, post_iri("foreign_minister", kz)))
    assert holders == {IGR["person/nurtleu"], IGR["person/tileuberdi"]}
    assert (
        post_iri("foreign_minister", kz),
        RDFS.label,
        Literal(f"министр иностранных дел — {KZ_MFA}", lang="ru"),
    ) in union
    assert (kz, DIP.nameInText, Literal("МИД Казахстана", lang="ru")) in union  # what the text said is kept
    assert not list(union.triples((organization_iri("МИД Казахстана"), None, None)))
    assert len(set(union.subjects(RDF.type, DIP.Organization))) == 3
    assert consolidate(store).graphs_rewritten == 0
    assert _quads(_store([3, 2, 1, 0])) == _quads(store)


def test_a_body_alias_renames_the_body_and_its_posts_and_leaving_it_out_undoes_it():
    store = _store([0, 1, 2, 3])
    before = _quads(store)
    alias = Alias("МИД США", "Государственный департамент США", "Q789915", "body")
    resolve_store(store, [alias])
    union = store.union()
    state = organization_iri("Государственный департамент США")
    assert (state, OWL.sameAs, URIRef("http://www.wikidata.org/entity/Q789915")) in union
    assert IGR["person/blinken"] in set(union.subjects(DIP.holdsPost, post_iri("foreign_minister", state)))
    assert not list(union.triples((organization_iri(ARTICLES[3][1]), None, None)))
    assert organization_iri(KZ_MFA) in set(union.subjects(RDF.type, DIP.Organization))  # the others untouched
    resolve_store(store, [])
    assert {q for q in _quads(store) if "summary" not in str(q[3])} == {
        q for q in before if "summary" not in str(q[3])
    }


def test_an_aliases_file_line_says_its_kind_in_place_of_the_qid_or_after_it(tmp_path):
    path = tmp_path / "aliases.tsv"
    path.write_text(
        "МИД РК\tМИД Казахстана\tbody\nМИД США\tГосдеп\t\tbody\nВ.В. Путин\tВладимир Путин\tQ7747\n"
    )
    assert [(a.qid, a.kind) for a in read_aliases_file(path)] == [
        (None, "body"),
        (None, "body"),
        ("Q7747", "person"),
    ]
    path.write_text("МИД РК\tМИД Казахстана\tQ1\tcompany\n")
    with pytest.raises(InputError, match="aliases.tsv:1: 'company'"):
        read_aliases_file(path)


def test_duplicates_proposes_a_body_one_slip_away_and_not_two_ministries():
    store = _store([0, 1, 2, 3])
    store.replace_graphs(dict([_article("typo", "Министерство инсотранных дел Республики Узбекистан", "UZ")]))
    store.replace_graphs(dict([_article("defence", "Министерство обороны Республики Узбекистан", "UZ")]))
    consolidate(store)
    found = [c.labels for c in duplicates(store) if c.kind == "body"]
    assert found == [
        (
            "Министерство иностранных дел Республики Узбекистан",
            "Министерство инсотранных дел Республики Узбекистан",
        )
    ]
