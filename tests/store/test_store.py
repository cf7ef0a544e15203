"""Store layout and transactions, on both backends."""

import shutil

import pytest
from rdflib import Graph, URIRef
from rdflib.compare import isomorphic

from kg.errors import InputError, StoreError
from kg.ingest.runner import ingest, remove
from kg.rdf.ontology import article_iri_for_file
from kg.store import open_store
from kg.store.base import IDENTITY_GRAPH, ONTOLOGY_GRAPH, SUMMARY_GRAPH
from tests.paths import ARTICLES, SEED, SEED_IRI


def quads(store) -> set:
    """The articles' quads (the summary graph, derived from them, is compared with a rebuild in
    tests/ingest/test_summary.py; the identity index in tests/ingest/test_incremental.py)."""
    ds = store.dataset()
    out = {
        (s, p, o, g.identifier if hasattr(g, "identifier") else g)
        for s, p, o, g in ds.quads((None, None, None, None))
    }
    return {q for q in out if q[3] not in (SUMMARY_GRAPH, IDENTITY_GRAPH)}


@pytest.fixture(params=["oxigraph", "memory"])
def store(request, tmp_path):
    s = open_store(tmp_path / "store", request.param)
    yield s
    s.close()


def test_one_named_graph_per_article(store, extractor):
    ingest([SEED, ARTICLES / "dev01.txt"], store, extractor)
    assert set(store.graph_names()) == {  # and the summary graph and identity index ingest keeps
        ONTOLOGY_GRAPH,
        SUMMARY_GRAPH,
        IDENTITY_GRAPH,
        URIRef(SEED_IRI),
        article_iri_for_file(ARTICLES / "dev01.txt"),
    }


def test_ingesting_twice_changes_nothing(store, extractor):
    ingest([SEED], store, extractor)
    before = quads(store)
    union_before = store.union()
    ingest([SEED], store, extractor)
    assert quads(store) == before
    assert isomorphic(store.union(), union_before)


def test_default_graph_is_the_union_of_named_graphs(store, extractor):
    ingest([SEED, ARTICLES / "dev03.txt"], store, extractor)
    merged = Graph()
    for s, p, o, _ in quads(store):  # the summary graph stays outside the union (kg/store/base.py)
        merged.add((s, p, o))
    assert isomorphic(store.union(), merged)
    # a query without GRAPH sees both articles; GRAPH selects one
    result = store.query("SELECT (COUNT(DISTINCT ?m) AS ?n) WHERE { ?m a dip:Meeting }")
    assert int(result.rows[0][0]) == 2
    result = store.query(f"SELECT ?m WHERE {{ GRAPH <{SEED_IRI}> {{ ?m a dip:Meeting }} }}")
    assert len(result.rows) == 1


def test_a_failing_article_stops_the_run_and_leaves_no_half_graph(store, extractor, tmp_path):
    ingest([SEED], store, extractor)
    before = quads(store)
    bad = tmp_path / "broken.txt"
    bad.write_bytes(b"\xff\xfe not utf-8 \xff")
    dev01, dev02 = article_iri_for_file(ARTICLES / "dev01.txt"), article_iri_for_file(ARTICLES / "dev02.txt")
    with pytest.raises(InputError, match="broken.txt: not UTF-8.*stopped there: 1 article") as e:
        ingest([ARTICLES / "dev01.txt", bad, ARTICLES / "dev02.txt"], store, extractor)
    assert e.value.report.articles == [dev01.rsplit("/", 1)[-1]]
    # the article before the bad one landed whole, the one after it was not written
    assert dev01 in store.graph_names() and dev02 not in store.graph_names()
    assert {q for q in quads(store) if q[3] != dev01} == before
    alone = open_store(backend="memory")
    ingest([ARTICLES / "dev01.txt"], alone, extractor)
    assert {q for q in quads(store) if q[3] == dev01} == {q for q in quads(alone) if q[3] == dev01}


def test_skip_errors_ingests_the_good_articles_and_lists_the_bad(store, extractor, tmp_path):
    bad = tmp_path / "broken.txt"
    bad.write_bytes(b"\xff\xfe not utf-8 \xff")
    empty = tmp_path / "empty.txt"
    empty.write_bytes(b"")
    report = ingest([bad, ARTICLES / "dev01.txt", empty, SEED], store, extractor, skip_errors=True)
    assert [p for _, p in report.landed] == [str(ARTICLES / "dev01.txt"), str(SEED)]
    assert [(p, m.split(": ", 1)[1]) for p, m in report.failed] == [
        (str(bad), "not UTF-8 text (byte 0)"),
        (str(empty), "empty file"),
    ]
    assert set(store.graph_names()) == {  # and the summary graph and identity index ingest keeps
        ONTOLOGY_GRAPH,
        SUMMARY_GRAPH,
        IDENTITY_GRAPH,
        URIRef(SEED_IRI),
        article_iri_for_file(ARTICLES / "dev01.txt"),
    }


def test_reingest_of_a_changed_file_replaces_only_that_article(store, extractor, tmp_path):
    article = tmp_path / "seed.txt"
    article.write_text(SEED.read_text(encoding="utf-8"), encoding="utf-8")
    ingest([article, ARTICLES / "dev03.txt"], store, extractor)
    dev03 = article_iri_for_file(ARTICLES / "dev03.txt")
    other_before = {q for q in quads(store) if q[3] == dev03}
    # the same file with other text: its facts are replaced, the other article's stay
    article.write_text(
        SEED.read_text(encoding="utf-8").replace("Александр Турчин", "Роман Головченко"), encoding="utf-8"
    )
    report = ingest([article, ARTICLES / "dev03.txt"], store, extractor)
    assert report.replaced == [SEED_IRI] and report.unchanged == [str(ARTICLES / "dev03.txt")]
    new = article_iri_for_file(article)
    assert set(store.graph_names()) == {ONTOLOGY_GRAPH, SUMMARY_GRAPH, IDENTITY_GRAPH, new, dev03}
    names = {
        str(r[0])
        for r in store.query(
            f"SELECT ?n WHERE {{ GRAPH <{new}> {{ ?p a dip:Person ; rdfs:label ?n }} }}"
        ).rows
    }
    assert "Роман Головченко" in names and "Александр Турчин" not in names
    assert {q for q in quads(store) if q[3] == dev03} == other_before
    # the merged graph forgets a triple only when no article states it any more
    assert not store.query('ASK { ?p rdfs:label "Александр Турчин"@ru }').boolean
    assert store.query('ASK { ?p rdfs:label "Олжас Бектенов"@ru }').boolean


def test_remove_takes_only_that_article(store, extractor):
    ingest([SEED, ARTICLES / "dev03.txt"], store, extractor)
    kept = {q for q in quads(store) if q[3] == article_iri_for_file(ARTICLES / "dev03.txt")}
    assert remove(["seed"], store) == 1
    assert URIRef(SEED_IRI) not in store.graph_names()
    assert {q for q in quads(store) if q[3] != ONTOLOGY_GRAPH} == kept
    # Bektenov is in both articles and stays; Turchin was only in the seed and goes
    assert store.query('ASK { ?p rdfs:label "Олжас Бектенов"@ru }').boolean
    assert not store.query('ASK { ?p rdfs:label "Александр Турчин"@ru }').boolean
    with pytest.raises(InputError, match="no such article in the store: seed"):
        remove(["seed"], store)


def test_store_path_that_is_a_file(tmp_path):
    f = tmp_path / "not-a-store"
    f.write_text("x")
    with pytest.raises(StoreError, match="is a file"):
        open_store(f)


def test_missing_store_is_not_created_for_reading(tmp_path):
    with pytest.raises(StoreError, match="no store here yet"):
        open_store(tmp_path / "nothing", create=False)


def test_unknown_backend(tmp_path):
    with pytest.raises(StoreError, match="unknown store backend"):
        open_store(tmp_path, "sqlite")


def test_store_persists_on_disk(seed_store_dir, tmp_path):
    path = tmp_path / "copy"
    shutil.copytree(seed_store_dir, path)
    s = open_store(path, create=False)
    try:
        assert URIRef(SEED_IRI) in s.graph_names()
    finally:
        s.close()


def test_backends_agree(tmp_path, extractor):
    ox = open_store(tmp_path / "ox")
    mem = open_store(backend="memory")
    for s in (ox, mem):
        ingest([SEED, ARTICLES / "dev10.txt"], s, extractor)
    assert isomorphic(ox.union(), mem.union())
    assert set(ox.graph_names()) == set(mem.graph_names())
    ox.close()


def test_graph_names_are_article_iris(seed_store):
    assert all(isinstance(g, URIRef) for g in seed_store.graph_names())


def test_awkward_literals_survive_the_store(store):
    from rdflib import Literal
    from rdflib.namespace import RDFS, XSD

    g = Graph()
    s = URIRef("https://w3id.org/igkg/id/quote/x")
    g.add((s, RDFS.label, Literal('он сказал: "да"\nи \\ ушёл «тут» \u2028', lang="ru")))
    g.add((s, RDFS.comment, Literal("2026", datatype=XSD.gYear)))
    name = URIRef("https://w3id.org/igkg/id/article/awkward")
    store.replace_graphs({name: g})
    store.replace_graphs({name: g})  # the update path, as the graph exists now
    back = Graph()
    for t in store.union().triples((s, None, None)):
        back.add(t)
    assert isomorphic(back, g)


def test_select_text_is_the_lexical_form_of_query_rows():
    """Oxigraph's rows as text without rdflib terms (kg viz's network) equal str() of ``query``'s rows,
    unbound variables left out, whatever the term: IRI, language-tagged, typed and plain literal."""
    from rdflib import Literal, URIRef
    from rdflib.namespace import RDFS, XSD

    from kg.rdf.ontology import DIP, IGR
    from kg.store.base import graph_article, select_text
    from kg.store.oxigraph import OxigraphStore

    store = OxigraphStore(None)
    a, b = IGR["person/a"], IGR["person/b"]
    g = {
        (a, RDFS.label, Literal("Айгуль", lang="ru")),
        (a, DIP.date, Literal("2025-01-02", datatype=XSD.date)),
    }
    g |= {
        (b, RDFS.label, Literal("plain")),
        (b, DIP.meetingCount, Literal(7)),
        (a, DIP.country, URIRef("urn:x")),
    }
    store.write_articles([graph_article(IGR["article/t"], g)])
    sparql = f"SELECT ?s ?l ?d ?n ?c WHERE {{ VALUES ?s {{ <{a}> <{b}> }} ?s rdfs:label ?l OPTIONAL {{ ?s dip:date ?d }} OPTIONAL {{ ?s dip:meetingCount ?n }} OPTIONAL {{ ?s dip:country ?c }} }}"
    result = store.query(sparql)
    want = [{v: str(x) for v, x in zip(result.variables, row) if x is not None} for row in result.rows]
    got = select_text(store, sparql)
    assert sorted(map(sorted, (r.items() for r in got))) == sorted(map(sorted, (r.items() for r in want)))
    assert {"s": str(b), "l": "plain", "n": "7"} in got and len(got) == 2
