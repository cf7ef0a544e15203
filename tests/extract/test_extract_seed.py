"""The seed article, end to end: every gold fact and nothing extra, and a golden graph."""

import yaml
from rdflib import Graph
from rdflib.compare import graph_diff, isomorphic, to_isomorphic

from kg.evaluate import read_graph, score
from tests.paths import ROOT, SEED

GOLDEN = ROOT / "tests" / "golden" / "seed.ttl"


def test_seed_scores_f1_one(seed_graph):
    gold = yaml.safe_load(SEED.with_suffix(".yaml").read_text(encoding="utf-8"))
    result = score(gold, read_graph(seed_graph), "seed")
    misses = {k: v for k, v in result.missed.items() if v}
    extras = {k: v for k, v in result.extra.items() if v}
    assert (misses, extras) == ({}, {})
    assert result.f1 == 1.0


def test_seed_facts(seed_article):
    a = seed_article
    assert {p.name for p in a.persons.values()} == {
        "Олжас Бектенов",
        "Александр Турчин",
        "Касым-Жомарт Токаев",
        "Александр Лукашенко",
    }
    assert a.publisher_country == "KZ"
    (meeting,) = a.meetings
    assert meeting.kind == "talks" and meeting.country == "KZ"
    assert meeting.visit.kind == "official_visit" and meeting.visit.host == "KZ"
    assert a.persons[meeting.visit.visitor].name == "Александр Турчин"
    parties = sorted(p.name for d in meeting.documents for p in d.parties)
    assert parties == [
        "Акимат города Астаны",
        "Министерство промышленности Республики Беларусь",
        "Министерство промышленности и строительства Республики Казахстан",
        "Минский городской исполнительный комитет",
    ]
    assert {(d.period_start, d.period_end) for d in meeting.documents} == {(2026, 2028)}
    assert sorted(a.persons[q.speaker].name for q in a.quotes) == ["Александр Турчин", "Олжас Бектенов"]


def test_seed_matches_golden_graph(seed_graph):
    golden = Graph().parse(GOLDEN, format="turtle")
    if not isomorphic(golden, seed_graph):
        _, only_golden, only_now = graph_diff(to_isomorphic(golden), to_isomorphic(seed_graph))
        lines = [f"- {t}" for t in sorted(only_golden)[:30]] + [f"+ {t}" for t in sorted(only_now)[:30]]
        raise AssertionError("seed graph differs from tests/golden/seed.ttl:\n" + "\n".join(lines))


def test_extraction_is_repeatable(extractor, seed_graph):
    from kg.rdf.mapping import article_to_graph

    again = article_to_graph(extractor.extract_file(SEED))
    assert isomorphic(again, seed_graph)
