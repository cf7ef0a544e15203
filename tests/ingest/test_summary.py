"""The summary graph kept by ingest, replace, remove and consolidation equals a rebuild from scratch."""

from __future__ import annotations

import random
import shutil
from collections.abc import Iterator

import pytest
from rdflib import Literal, URIRef
from rdflib.namespace import RDF, RDFS, XSD

from kg.ingest import summarykeys
from kg.ingest.summary import (
    FRESH,
    STALE,
    SummaryKeys,
    is_fresh,
    summarize,
    summary_state,
    summary_triples,
)
from kg.ingest.summarykeys import SummaryTracker
from kg.rdf.ontology import DIP, IGR
from kg.store.base import SUMMARY_GRAPH, GraphChange, graph_article
from kg.store.oxigraph import OxigraphStore
from tests.paths import ARTICLES

VOC = "https://w3id.org/igkg/vocab/"
COUNTRIES = ["BY", "KZ", "RU", "UZ"]
TOPICS = ["trade", "energy", "culture", "transport"]
KINDS = ["talks", "phone_call", "summit"]


def rebuilt(store) -> set[tuple]:
    """What a rebuild from scratch gives (the store's own summary is put back afterwards)."""
    kept = summary_triples(store)
    summarize(store)
    fresh = summary_triples(store)
    store.update_named(f"DROP SILENT GRAPH <{SUMMARY_GRAPH}>")
    if kept:
        from kg.rdf.rdfio import nt

        store.update_named(f"INSERT DATA {{ GRAPH <{SUMMARY_GRAPH}> {{\n{nt(kept)}}} }}")
    return fresh


def assert_matches_rebuild(store, why: object = "") -> None:
    kept = summary_triples(store)
    assert is_fresh(store), why
    fresh = rebuilt(store)
    assert kept == fresh, (why, sorted(kept - fresh)[:5], sorted(fresh - kept)[:5])


# ------------------------------------------------------------------ synthetic graphs


def person(i: int) -> URIRef:
    return IGR[f"person/p{i}"]


def name_of(rng: random.Random, i: int) -> Literal:
    """A person's label as one article gives it: mostly one form, sometimes another (a person then has
    two labels in the union and two who-met-whom rows per pair), persons 0 and 1 namesakes."""
    if i < 2:
        return Literal("Тезка", lang="ru")
    if rng.random() < 0.05:  # a label in another language: a row's other names then carry none
        return Literal(f"Person {i}", lang="en")
    return Literal(f"Лицо {i}" if rng.random() < 0.8 else f"Л. {i}", lang="ru")


def synthetic_graph(rng: random.Random, name: int, persons: int = 12) -> set[tuple]:
    """One article's graph: a few persons with posts in countries, meetings with kinds, dates, topics,
    documents, and dated holdings; small numbers, so that graphs share persons, posts and meetings."""
    g: set[tuple] = set()
    for _ in range(rng.randint(1, 3)):
        p, iso = person(rng.randrange(persons)), rng.choice(COUNTRIES)
        org, post = IGR[f"org/gov-{iso}"], IGR[f"post/minister/gov-{iso}-{rng.randrange(2)}"]
        country = IGR[f"country/{iso}"]
        g |= {(p, RDF.type, DIP.Person), (p, DIP.holdsPost, post), (post, DIP.postIn, org)}
        g |= {(org, DIP.country, country), (country, DIP.isoCode, Literal(iso))}
        g.add((country, RDF.type, DIP.Country))  # as kg/rdf/mapping.py types every country it refers to
        # a holding told by two articles now and then (one may state another post or date, or a date alone)
        shared = rng.random() < 0.4
        h = IGR[f"holding/h{rng.randrange(6)}" if shared else f"holding/{name}-{p.rsplit('/', 1)[-1]}"]
        if rng.random() < 0.2:
            day = Literal(f"2025-0{rng.randint(1, 3)}-01", datatype=XSD.date)
            g.add((IGR[f"holding/h{rng.randrange(6)}"], DIP.statedOn, day))
        g |= {
            (h, DIP.heldPost, post),
            (h, DIP.holder, p),
            (h, DIP.statedOn, Literal(f"2025-0{rng.randint(1, 3)}-01", datatype=XSD.date)),
        }
        g.add((h, URIRef("http://www.w3.org/ns/prov#wasDerivedFrom"), IGR[f"article/a{name}"]))
    for _ in range(rng.randint(1, 2)):
        m = IGR[f"meeting/m{rng.randrange(8)}"]  # shared between articles: one event, several reports
        g |= {(m, RDF.type, DIP.Meeting), (m, DIP.kind, URIRef(VOC + "kind/" + rng.choice(KINDS)))}
        for q in rng.sample(range(persons), rng.randint(2, 3)):
            g.add((m, DIP.participant, person(q)))
            g.add((person(q), RDFS.label, name_of(rng, q)))
        if rng.random() < 0.7:
            g.add(
                (m, DIP.date, Literal(f"2025-0{rng.randint(1, 4)}-1{rng.randint(0, 9)}", datatype=XSD.date))
            )
        for t in rng.sample(TOPICS, rng.randint(0, 2)):
            g.add((m, DIP.topic, URIRef(VOC + "topic/" + t)))
        if rng.random() < 0.5:
            g.add((m, DIP.produced, IGR[f"document/d{rng.randrange(6)}"]))
        if rng.random() < 0.5:  # a place, whose city's label differs between articles
            city, iso = IGR[f"city/c{rng.randrange(3)}"], rng.choice(COUNTRIES)
            g |= {(m, DIP.city, city), (m, DIP.heldIn, IGR[f"country/{iso}"])}
            g |= {
                (IGR[f"country/{iso}"], RDF.type, DIP.Country),
                (IGR[f"country/{iso}"], DIP.isoCode, Literal(iso)),
            }
            g.add((city, RDFS.label, Literal(rng.choice(["Город", "Город-герой"]), lang="ru")))
    return g | actor_facts(rng) | quotes(rng, persons)


def quotes(rng: random.Random, persons: int) -> set[tuple]:
    """Quotes shared between articles (one quote, several reports): a speaker with its label, a text, and
    sometimes the meeting it was said at (whose kind another article may give or not)."""
    g: set[tuple] = set()
    for _ in range(rng.randint(0, 2)):
        q, i = IGR[f"quote/q{rng.randrange(6)}"], rng.randrange(persons)
        g |= {(q, RDF.type, DIP.Quote), (q, DIP.speaker, person(i)), (person(i), RDFS.label, name_of(rng, i))}
        g.add((q, DIP.text, Literal(rng.choice(["Мы договорились.", "Торговля растёт."]), lang="ru")))
        if rng.random() < 0.6:
            g.add((q, DIP.saidAt, IGR[f"meeting/m{rng.randrange(8)}"]))
    return g


def actor_facts(rng: random.Random) -> set[tuple]:
    """What the drawing's actor entries read besides meetings: roles of posts, labels of bodies (which
    name the posts' rows), typed countries, documents with labels and parties (bodies or a country)."""
    g: set[tuple] = set()
    for iso in rng.sample(COUNTRIES, rng.randint(1, 2)):
        org, country = IGR[f"org/gov-{iso}"], IGR[f"country/{iso}"]
        g |= {(org, DIP.country, country), (country, DIP.isoCode, Literal(iso))}
        g.add((country, RDF.type, DIP.Country))
        g.add((org, RDFS.label, Literal(rng.choice([f"Правительство {iso}", f"Кабмин {iso}"]), lang="ru")))
        post = IGR[f"post/minister/gov-{iso}-{rng.randrange(2)}"]
        g |= {(post, DIP.postIn, org), (post, DIP.role, URIRef(VOC + "role/foreign_minister"))}
        if (
            rng.random() < 0.15
        ):  # one article seats the body in a second country too (its code may sort first)
            other = rng.choice(COUNTRIES)
            seat = IGR[f"country/{other}"]
            g |= {
                (org, DIP.country, seat),
                (seat, RDF.type, DIP.Country),
                (seat, DIP.isoCode, Literal(other)),
            }
    for _ in range(rng.randint(0, 2)):
        d = IGR[f"document/d{rng.randrange(6)}"]
        g |= {(d, RDF.type, DIP.Document), (d, RDFS.label, Literal(f"Соглашение {rng.randrange(3)}"))}
        sides = [IGR[f"org/gov-{c}"] for c in rng.sample(COUNTRIES, rng.randint(1, 3))]
        g |= {(d, DIP.party, o) for o in sides}  # parties are bodies (kg/rdf/mapping.py)
    return g


def renamed(graph: set[tuple], old: URIRef, new: URIRef) -> set[tuple]:
    return {tuple(new if x == old else x for x in t) for t in graph}


def mix(seed: int, steps: int = 14) -> Iterator[tuple]:
    """Random adds, replacements, removals and consolidation-style renames, each run through the tracker:
    yields (store, step, action, report) after every run (step -1: the first ingest, built whole)."""
    rng = random.Random(seed)
    store = OxigraphStore(None)
    graphs: dict[URIRef, set[tuple]] = {}
    first = SummaryTracker(store)
    for i in range(6):
        graphs[IGR[f"article/a{i}"]] = synthetic_graph(rng, i)
    first.write_articles([graph_article(n, g) for n, g in graphs.items()])
    yield store, -1, "first", first.finish()
    for step in range(steps):
        tracker = SummaryTracker(store)
        action = rng.choice(["add", "replace", "remove", "rename", "rename"])
        if action == "add" or len(graphs) < 3:
            name = IGR[f"article/a{100 + step}"]
            graphs[name] = synthetic_graph(rng, 100 + step)
            tracker.write_articles([graph_article(name, graphs[name])])
        elif action == "replace":
            name = rng.choice(sorted(graphs))
            graphs[name] = synthetic_graph(rng, 200 + step)
            tracker.write_articles([graph_article(name, graphs[name])])
        elif action == "remove":
            name = rng.choice(sorted(graphs))
            del graphs[name]
            tracker.remove_graphs([name])
        else:  # what consolidation does: a person, a meeting or a quote gets another node in some graphs
            nodes = [
                person(rng.randrange(12)),
                IGR[f"meeting/m{rng.randrange(8)}"],
                IGR[f"quote/q{rng.randrange(6)}"],
            ]
            old = rng.choice(nodes)
            new = URIRef(str(old) + "-merged") if rng.random() < 0.5 else person(rng.randrange(12))
            changes = {}
            for name, g in graphs.items():
                if any(old in t for t in g):
                    graphs[name] = renamed(g, old, new)
                    changes[name] = GraphChange(g - graphs[name], graphs[name] - g)
            tracker.change_graphs(changes)
        yield store, step, action, tracker.finish()


@pytest.mark.parametrize("seed", range(6))
def test_synthetic_mix_equals_rebuild(seed):
    """After every run of a random mix the summary equals a rebuild."""
    incremental = 0
    for store, step, action, report in mix(seed):
        if step < 0:
            assert report.full  # no summary before: built whole
        elif report is not None:
            incremental += not report.full
        assert_matches_rebuild(store, (seed, step, action))
    assert incremental >= 10


def _mutated(field: str):
    """``row_keys`` with one of its parts wrong: the keys of one kind of row dropped, or found without one
    of their sources (what a change of labels brings, the holdings read from the store)."""
    real = summarykeys.row_keys

    def keys(store, content, touched, posts, moved, unnamed):
        out = real(store, content, touched, posts, moved, unnamed)
        if field in ("persons", "quotes", "meetings", "dated"):
            setattr(out, field, set())
        elif field == "meetings without labels":
            out.meetings = set(touched)
        elif field == "quotes without labels":
            out.quotes = real(store, content, touched, posts, set(), unnamed).quotes
        elif field == "persons without post rows":
            out.persons = real(store, content, touched, {}, moved, unnamed).persons
        elif field == "dated from content only":
            posts_of = {(str(s), str(o)) for s, p, o in content if p == DIP.heldPost}
            dates_of = {(str(s), o) for s, p, o in content if p == DIP.statedOn}
            out.dated = {(post, d) for h, post in posts_of for h2, d in dates_of if h == h2}
        return out

    return keys


@pytest.mark.parametrize(
    "field",
    [
        "persons",
        "quotes",
        "meetings",
        "dated",
        "meetings without labels",
        "quotes without labels",
        "persons without post rows",
        "dated from content only",
    ],
)
def test_the_mix_catches_wrong_row_keys(monkeypatch, field):
    """The equality test can fail for the per-entity rows: with any part of their keys wrong, some run of
    the mixes leaves a summary that differs from a rebuild."""
    monkeypatch.setattr(summarykeys, "row_keys", _mutated(field))
    for seed in range(12):
        for store, _, _, _ in mix(seed):
            if summary_triples(store) != rebuilt(store):
                return
    pytest.fail(f"no mix caught row keys without {field}")


def test_a_tracker_that_forgets_keys_is_caught(monkeypatch):
    """The comparison can fail: with no keys recomputed, a change leaves the summary wrong."""
    rng = random.Random(1)
    store = OxigraphStore(None)
    tracker = SummaryTracker(store)
    tracker.write_articles([graph_article(IGR["article/a0"], synthetic_graph(rng, 0))])
    tracker.finish()
    monkeypatch.setattr(summarykeys, "keys", lambda *a: SummaryKeys())
    tracker = SummaryTracker(store)
    tracker.write_articles([graph_article(IGR["article/a1"], synthetic_graph(rng, 1))])
    tracker.finish()
    assert summary_triples(store) != rebuilt(store)


def test_summary_is_outside_the_union_and_has_every_table():
    rng = random.Random(3)
    store = OxigraphStore(None)
    tracker = SummaryTracker(store)
    tracker.write_articles([graph_article(IGR[f"article/a{i}"], synthetic_graph(rng, i)) for i in range(8)])
    tracker.finish()
    kept = summary_triples(store)
    kinds = {o for _, p, o in kept if p == RDF.type}
    rows = {p for _, p, _ in kept}
    assert {DIP.postRowOf, DIP.quoteRowOf, DIP.meetingRowOf, DIP.datedOf, DIP.statedDay} <= rows
    assert {
        DIP.MeetingPair,
        DIP.CountryPairTopic,
        DIP.CountryPairMonth,
        DIP.Summary,
    } <= kinds
    assert store.query("ASK { ?e a dip:MeetingPair }").boolean is False  # the union holds the facts only


def test_stale_while_writing_and_a_failed_write_leaves_it_fresh(monkeypatch):
    rng = random.Random(4)
    store = OxigraphStore(None)
    tracker = SummaryTracker(store)
    tracker.write_articles([graph_article(IGR["article/a0"], synthetic_graph(rng, 0))])
    assert summary_state(store) == STALE  # between the articles' write and the summary's
    tracker.finish()
    assert summary_state(store) == FRESH
    before = summary_triples(store)

    def broken(*args, **kwargs):
        from kg.errors import StoreError

        raise StoreError("disk full")

    monkeypatch.setattr(store, "write_articles", broken)
    tracker = SummaryTracker(store)
    with pytest.raises(Exception, match="disk full"):
        tracker.write_articles([graph_article(IGR["article/a1"], synthetic_graph(rng, 1))])
    assert summary_triples(store) == before and is_fresh(store)


# ------------------------------------------------------------------ the bundled articles, through ingest and remove


def test_bundled_ingest_replace_remove_equal_a_rebuild(half_store, extractor):
    from kg.ingest.runner import ingest, remove

    store, folder, rest = half_store
    assert_matches_rebuild(store)
    assert {o for _, p, o in summary_triples(store) if p == RDF.type} >= {
        DIP.MeetingPair,
        DIP.CountryPairTopic,
    }
    report = ingest(rest, store, extractor, progress=False)  # the other half: incremental
    assert report.summary is not None and not report.summary.full and report.summary.keys > 0
    assert_matches_rebuild(store)
    # replace: a changed text under the same file name replaces its article
    victim = folder / sorted(p.name for p in folder.glob("*.txt"))[0]
    text = victim.read_text(encoding="utf-8")
    victim.write_text(text.split("\n\n")[0] + "\n", encoding="utf-8")
    report = ingest([victim], store, extractor, progress=False)
    assert report.replaced and not report.summary.full
    assert_matches_rebuild(store)
    # remove two articles, one of them a report of events others tell too
    remove([rest[0].stem, "seed"], store)
    assert_matches_rebuild(store)


def test_a_store_without_summary_gets_one_at_its_next_ingest(tmp_path, extractor, seed_store_dir):
    from kg.ingest.runner import ingest
    from kg.store import open_store

    path = tmp_path / "store"
    shutil.copytree(seed_store_dir, path)
    store = open_store(path)
    try:
        store.update_named(f"DROP SILENT GRAPH <{SUMMARY_GRAPH}>")
        assert summary_state(store) is None
        report = ingest([ARTICLES / "dev01.txt"], store, extractor, progress=False)
        assert report.summary.full
        assert_matches_rebuild(store)
    finally:
        store.close()


def test_a_post_that_loses_its_country_moves_its_holders_meetings():
    """A person's countries can change through a graph that never names the person: one graph says who
    holds a post, another where the post is; removing the second takes the country pair away."""
    p, q = person(1), person(2)
    post_p, post_q = IGR["post/minister/gov-BY-0"], IGR["post/minister/gov-KZ-0"]
    meeting = IGR["meeting/m1"]
    holders = {(p, DIP.holdsPost, post_p), (q, DIP.holdsPost, post_q), (meeting, RDF.type, DIP.Meeting)}
    holders |= {(meeting, DIP.participant, p), (meeting, DIP.participant, q)}
    holders |= {
        (meeting, DIP.kind, URIRef(VOC + "kind/talks")),
        (meeting, DIP.topic, URIRef(VOC + "topic/trade")),
    }
    holders.add((meeting, DIP.date, Literal("2025-02-03", datatype=XSD.date)))
    places = set()
    for post, iso in ((post_p, "BY"), (post_q, "KZ")):
        org = IGR[f"org/gov-{iso}"]
        places |= {(post, DIP.postIn, org), (org, DIP.country, IGR[f"country/{iso}"])}
        places.add((IGR[f"country/{iso}"], DIP.isoCode, Literal(iso)))
    store = OxigraphStore(None)
    tracker = SummaryTracker(store)
    tracker.write_articles(
        [graph_article(IGR["article/h"], holders), graph_article(IGR["article/p"], places)]
    )
    tracker.finish()
    assert any(p == DIP.firstCountry for _, p, _ in summary_triples(store))
    tracker = SummaryTracker(store)
    tracker.remove_graphs([IGR["article/p"]])
    assert not tracker.finish().full
    assert_matches_rebuild(store)
    assert not any(p == DIP.firstCountry for _, p, _ in summary_triples(store))


def test_a_relabelled_person_changes_the_rows_of_its_pairs():
    """A label can change with no meeting touched (another article names the person otherwise, or
    consolidation rewrites a label): the pair's rows follow."""
    p, q, meeting = person(3), person(4), IGR["meeting/m1"]
    facts = {(meeting, RDF.type, DIP.Meeting), (meeting, DIP.kind, URIRef(VOC + "kind/talks"))}
    facts |= {(meeting, DIP.participant, p), (meeting, DIP.participant, q)}
    facts |= {(p, RDFS.label, Literal("Анна", lang="ru")), (q, RDFS.label, Literal("Борис", lang="ru"))}
    store = OxigraphStore(None)
    tracker = SummaryTracker(store)
    tracker.write_articles([graph_article(IGR["article/a"], facts)])
    tracker.finish()
    other = {(q, RDFS.label, Literal("Абай", lang="ru"))}  # sorts before Анна: the row turns round
    tracker = SummaryTracker(store)
    tracker.write_articles([graph_article(IGR["article/b"], other)])
    assert not tracker.finish().full
    assert_matches_rebuild(store)
    names = {
        (str(s), str(o)) for s, p_, o in summary_triples(store) if p_ in (DIP.person1Name, DIP.person2Name)
    }
    assert {o for _, o in names} == {"Абай", "Анна", "Борис"}
    tracker = SummaryTracker(store)
    old = (p, RDFS.label, Literal("Анна", lang="ru"))
    tracker.change_graphs(
        {IGR["article/a"]: GraphChange({old}, {(p, RDFS.label, Literal("Яна", lang="ru"))})}
    )
    tracker.finish()
    assert_matches_rebuild(store)
