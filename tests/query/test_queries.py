"""Every canned query, with its exact result on the seed article."""

import pytest

from kg.query.execute import format_result, read_query, run
from tests.paths import QUERIES, SEED_ID


def rows(store, name):
    result = run(store, read_query(str(QUERIES / f"{name}.rq")))
    return [tuple(None if v is None else str(v) for v in row) for row in result.rows]


def test_there_are_at_least_eight_canned_queries():
    assert len(list(QUERIES.glob("*.rq"))) >= 8


def test_who_met_whom(seed_store):
    assert rows(seed_store, "who-met-whom") == [
        ("Александр Турчин", "Олжас Бектенов", "1", "talks", None, None)
    ]


def test_who_met_whom_dates_a_pair_by_its_dated_meetings(seed_store):
    """The seed's meeting has no date; a dated one of the same pair gives the pair its first and last date
    (an undated meeting once left both empty: MIN over an unbound value is an error in SPARQL)."""
    from rdflib import Graph, Literal
    from rdflib.namespace import RDF, XSD

    from kg.rdf.ontology import DIP, IGR

    people = {
        str(label): s
        for s, label in run(seed_store, "SELECT ?s ?l WHERE { ?s a dip:Person ; rdfs:label ?l }").rows
    }
    kind = run(seed_store, "SELECT ?k WHERE { ?m a dip:Meeting ; dip:kind ?k } LIMIT 1").rows[0][0]
    g, m = Graph(), IGR["meeting/a-dated-one"]
    g.add((m, RDF.type, DIP.Meeting))
    g.add((m, DIP.kind, kind))
    g.add((m, DIP.date, Literal("2024-05-01", datatype=XSD.date)))
    for name in ("Александр Турчин", "Олжас Бектенов"):
        g.add((m, DIP.participant, people[name]))
    seed_store.replace_graphs({IGR["article/a-dated-one"]: g})
    assert rows(seed_store, "who-met-whom") == [
        ("Александр Турчин", "Олжас Бектенов", "2", "talks", "2024-05-01", "2024-05-01")
    ]


def test_posts_of_person(seed_store):
    assert rows(seed_store, "posts-of-person") == [
        ("Александр Лукашенко", "head_of_state", "Республика Беларусь", "BY"),
        ("Александр Турчин", "head_of_government", "Правительство Республики Беларусь", "BY"),
        ("Касым-Жомарт Токаев", "head_of_state", "Республика Казахстан", "KZ"),
        ("Олжас Бектенов", "head_of_government", "Правительство Республики Казахстан", "KZ"),
    ]


def test_documents(seed_store):
    assert rows(seed_store, "documents") == [
        (
            "roadmap",
            "дорожная карта о торгово-экономическом, научно-техническом, культурном сотрудничестве на 2026–2028 годы",
            "2026",
            "2028",
            "Акимат города Астаны; Минский городской исполнительный комитет",
            None,
        ),
        (
            "roadmap",
            "дорожная карта по развитию сотрудничества в области промышленной кооперации на 2026–2028 годы",
            "2026",
            "2028",
            "Министерство промышленности Республики Беларусь; Министерство промышленности и строительства Республики Казахстан",
            None,
        ),
    ]


def test_topics_by_country_pair(seed_store):
    got = rows(seed_store, "topics-by-country-pair")
    assert {r[:2] for r in got} == {("BY", "KZ")}
    assert sorted(r[2] for r in got) == sorted(
        [
            "agriculture",
            "ai",
            "culture",
            "digital",
            "healthcare",
            "industry",
            "interregional",
            "investment",
            "logistics",
            "science",
            "tourism",
            "trade",
            "transport",
        ]
    )
    assert {r[3] for r in got} == {"1"}


def test_meetings_of_person(seed_store):
    assert rows(seed_store, "meetings-of-person") == [("talks", None, "KZ", None, "Александр Турчин")]


def test_organizations_of_country(seed_store):
    assert rows(seed_store, "organizations-of-country") == [
        ("BY", "Министерство промышленности Республики Беларусь"),
        ("BY", "Минский городской исполнительный комитет"),
        ("BY", "Правительство Республики Беларусь"),
        ("BY", "Республика Беларусь"),
        ("KZ", "Акимат города Астаны"),
        ("KZ", "Министерство промышленности и строительства Республики Казахстан"),
        ("KZ", "Правительство Республики Казахстан"),
        ("KZ", "Республика Казахстан"),
    ]


def test_quotes_by_speaker(seed_store):
    got = rows(seed_store, "quotes-by-speaker")
    assert [(r[0], r[2]) for r in got] == [("Александр Турчин", "talks"), ("Олжас Бектенов", "talks")]
    assert got[0][1].startswith("Для нас Республика Казахстан является приоритетным партнером")
    assert got[1][1].startswith("Благодаря политической воле")


def test_visits_by_host(seed_store):
    assert rows(seed_store, "visits-by-host") == [("KZ", "Александр Турчин", "official_visit", "1", None)]


def test_who_held_post_on_date_needs_a_dated_article(seed_store):
    # the seed has no date line, so it states no dated holding
    assert rows(seed_store, "who-held-post-on-date") == []


def test_fact_sources(seed_store):
    got = rows(seed_store, "fact-sources")
    meeting = [r for r in got if r[1] == "meeting"]
    assert len(meeting) == 1
    assert meeting[0][2] == SEED_ID
    assert meeting[0][5].startswith(
        "Глава Правительства Казахстана Олжас Бектенов и Премьер-министр Беларуси"
    )
    text = (QUERIES.parent / "data" / "articles" / "seed.txt").read_text(encoding="utf-8")
    start, end = int(meeting[0][3]), int(meeting[0][4])
    assert text[start:end] == meeting[0][5]
    assert sorted({r[1] for r in got}) == ["document", "meeting", "post holding", "quote", "visit"]


def test_construct_meetings(seed_store):
    result = run(seed_store, read_query(str(QUERIES / "construct-meetings.rq")))
    assert result.kind == "graph"
    assert len(result.graph) == 5  # two participants, one country, two documents
    assert "dip:participant" in format_result(result)


@pytest.mark.parametrize("fmt", ["table", "csv", "tsv", "json"])
def test_result_formats(seed_store, fmt):
    out = format_result(run(seed_store, read_query(str(QUERIES / "who-met-whom.rq"))), fmt)
    assert "Олжас Бектенов" in out


def test_ask(seed_store):
    assert format_result(run(seed_store, "ASK { ?m a dip:Meeting }")) == "true\n"
