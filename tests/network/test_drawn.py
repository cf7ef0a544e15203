"""`kg viz`'s network drawn from the summary graph's pairs is the one drawn from the articles' meetings
(issue 14): the same nodes, edges, weights, dates and capped lists, on the bundled articles, after
ingest, replace and remove, and on synthetic mixes with the cases the two differed on before (a meeting
told with two dates, a meeting without a kind)."""

from __future__ import annotations

import random
import shutil

import pytest
from rdflib import Literal, URIRef
from rdflib.namespace import RDF, RDFS, XSD

from kg.ingest.summary import is_fresh
from kg.ingest.summarykeys import SummaryTracker
from kg.network.actors import LISTED, NetworkOptions, drawn_network
from kg.rdf.ontology import DIP, IGR
from kg.store.base import graph_article
from kg.store.oxigraph import OxigraphStore
from tests.ingest.test_summary import KINDS, VOC, person, synthetic_graph


def drawing(g) -> tuple:
    nodes = sorted((n, sorted((k, repr(v)) for k, v in d.items())) for n, d in g.nodes(data=True))
    edges = sorted(
        (*sorted((a, b)), sorted((k, repr(v)) for k, v in d.items())) for a, b, d in g.edges(data=True)
    )
    return nodes, edges


def assert_same_drawing(store, **kw) -> tuple:
    assert is_fresh(store)
    opts = NetworkOptions(country=kw.pop("country", None))
    by_pairs, note = drawn_network(store, opts, summary=True, **kw)
    by_meetings, note2 = drawn_network(store, opts, summary=False, **kw)
    assert drawing(by_pairs) == drawing(by_meetings)
    assert note == note2
    assert drawn_network(store, opts, **kw)[0].nodes == by_pairs.nodes  # fresh, no period: the pairs
    return by_pairs, note


@pytest.fixture(scope="module")
def corpus(corpus_store_dir, tmp_path_factory):
    from kg.store import open_store

    path = tmp_path_factory.mktemp("drawn") / "store"
    shutil.copytree(corpus_store_dir, path)
    store = open_store(path)
    yield store
    store.close()


@pytest.mark.parametrize(
    "kw",
    [{}, {"max_nodes": 25}, {"max_nodes": 10, "country": "KZ"}, {"focus": "Токаев", "depth": 2}],
    ids=["whole", "reduced", "country", "focus"],
)
def test_the_bundled_articles_draw_the_same_from_the_summary(corpus, kw):
    g, note = assert_same_drawing(corpus, **kw)
    met = [d for _a, _b, d in g.edges(data=True) if d["relation"] == "met"]
    assert met and all(d["weight"] >= 1 for d in met)
    assert ("Показаны" in note) == ("max_nodes" in kw)


@pytest.mark.parametrize("max_nodes", [10, 30])
def test_the_network_expand_reads_beyond_the_cut_is_the_same_from_the_summary(corpus, max_nodes):
    """On a store smaller than the cut and its band, the entries give the links "expand" needs two steps
    away from the drawing (an akimat seated in a drawn country, and the city it signed with), as the
    articles do."""
    whole_pairs: list = []
    whole_meetings: list = []
    drawn_network(corpus, NetworkOptions(), max_nodes, summary=True, whole=whole_pairs)
    drawn_network(corpus, NetworkOptions(), max_nodes, summary=False, whole=whole_meetings)
    pairs, meetings = whole_pairs[0], whole_meetings[0]
    assert set(pairs) == set(meetings)
    assert {frozenset(e) for e in pairs.edges()} == {frozenset(e) for e in meetings.edges()}


def test_ingest_replace_remove_keep_the_drawings_equal(half_store, extractor):
    from kg.ingest.runner import ingest, remove

    store, folder, rest = half_store
    assert_same_drawing(store, max_nodes=30)
    ingest(rest, store, extractor, progress=False)
    assert_same_drawing(store, max_nodes=30)
    victim = folder / sorted(p.name for p in folder.glob("*.txt"))[0]
    victim.write_text(victim.read_text(encoding="utf-8").split("\n\n")[0] + "\n", encoding="utf-8")
    ingest([victim], store, extractor, progress=False)
    assert_same_drawing(store, max_nodes=30)
    remove([rest[-1].stem, "seed"], store)
    assert_same_drawing(store)


def meeting(m, kind: str | None, date: str | None, *people) -> set[tuple]:
    g = {(m, RDF.type, DIP.Meeting)} | {(m, DIP.participant, p) for p in people}
    g |= {(p, RDF.type, DIP.Person) for p in people}
    g |= {(p, RDFS.label, Literal(f"Лицо {str(p).rsplit('/', 1)[-1]}", lang="ru")) for p in people}
    if kind:
        g.add((m, DIP.kind, URIRef(VOC + "kind/" + kind)))
    if date:
        g.add((m, DIP.date, Literal(date, datatype=XSD.date)))
    return g


@pytest.mark.parametrize("seed", range(3))
def test_two_dates_no_kind_and_long_lists(seed):
    """A meeting told with two dates is one meeting (its earliest date) on the edge and in the lists; a
    meeting without a kind is no edge but is listed on its participants; a pair with more meetings than
    are listed says how many more; random adds, replacements and removals keep the two drawings equal."""
    rng = random.Random(seed)
    store = OxigraphStore(None)
    a, b, c = person(101), person(102), person(103)  # not among the synthetic graphs' persons
    fixed = {
        IGR["article/two-dates-1"]: meeting(IGR["meeting/t"], "talks", "2025-05-02", a, b),
        IGR["article/two-dates-2"]: meeting(IGR["meeting/t"], None, "2025-05-01", a, b),
        IGR["article/no-kind"]: meeting(IGR["meeting/nk"], None, "2025-06-01", a, c),
        IGR["article/many"]: set().union(
            *(
                meeting(IGR[f"meeting/x{i}"], rng.choice(KINDS), f"2024-01-{10 + i}", b, c)
                for i in range(LISTED + 3)
            )
        ),
    }
    graphs = {**fixed, **{IGR[f"article/a{i}"]: synthetic_graph(rng, i) for i in range(5)}}
    tracker = SummaryTracker(store)
    tracker.write_articles([graph_article(n, g) for n, g in graphs.items()])
    tracker.finish()
    g, _ = assert_same_drawing(store)
    ab, bc = g.edges[str(a), str(b)], g.edges[str(b), str(c)]
    assert ab["weight"] == 1 and ab["dates"] == ["2025-05-01"] and len(ab["items"]) == 1  # one meeting
    assert not g.has_edge(str(a), str(c))  # their only meeting has no kind
    assert g.nodes[str(c)]["meetings"][0].startswith("2025-06-01")  # but it is listed, the latest first
    assert g.nodes[str(a)]["meeting_count"] == 2
    assert bc["weight"] == LISTED + 3 and len(bc["dates"]) == LISTED + 3
    assert len(bc["items"]) == LISTED + 1 and bc["items"][-1] == "… ещё 3 / 3 more"
    assert bc["items"][0].startswith(f"2024-01-{10 + LISTED + 2}")
    assert g.nodes[str(b)]["meeting_count"] == LISTED + 4 and "ещё 4" in g.nodes[str(b)]["meetings"][-1]
    for step in range(6):
        tracker = SummaryTracker(store)
        name = rng.choice(sorted(graphs))
        if rng.random() < 0.5 and name not in fixed:
            del graphs[name]
            tracker.remove_graphs([name])
        else:
            name = IGR[f"article/b{step}"] if name in fixed else name
            graphs[name] = synthetic_graph(rng, 100 + step)
            tracker.write_articles([graph_article(name, graphs[name])])
        tracker.finish()
        assert_same_drawing(store)
        assert_same_drawing(store, max_nodes=10)
