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


QUOTES_AS_A_PATH = """SELECT ?speaker ?text ?meetingKind WHERE {
  ?quote a dip:Quote ; dip:speaker/rdfs:label ?speaker ; dip:text ?text .
  OPTIONAL { ?quote dip:saidAt/dip:kind/skos:notation ?meetingKind } } ORDER BY ?speaker ?text"""


def _same_quotes(store, params=()):
    from kg.query.canned import bind_params, find

    def norm(text):
        out = run(store, bind_params(text, list(params)), max_rows=None).rows
        # the order of rows that tie on speaker and text is the engine's: compare those as a multiset
        return [tuple(map(str, r[:2])) for r in out], sorted(tuple(map(str, r)) for r in out)

    want = norm(QUOTES_AS_A_PATH)
    assert norm(find("quotes-by-speaker").text) == want
    return want[1]


def test_quotes_by_speaker_gives_the_rows_of_its_path_form(corpus_store_dir, tmp_path):
    """The canned query spells the path as its join (issue 14): the same rows, whole and for one speaker,
    on the bundled articles and on the cases a path could differ on (a quote said at two meetings, one of
    them without a kind; a kind with two codes; a quote said at no meeting)."""
    import shutil

    from rdflib import Literal, URIRef
    from rdflib.namespace import RDF, RDFS, SKOS

    from kg.rdf.ontology import DIP, IGR
    from kg.store import open_store
    from kg.store.base import graph_article
    from kg.store.oxigraph import OxigraphStore

    shutil.copytree(corpus_store_dir, tmp_path / "store")
    store = open_store(tmp_path / "store", readonly=True)
    try:
        rows = _same_quotes(store)
        assert len(rows) > 10
        speakers = sorted({r[0] for r in rows})
        for speaker in speakers[:3]:
            assert _same_quotes(store, [("speaker", speaker)])
    finally:
        store.close()
    memory = OxigraphStore(None)
    s, q1, q2, q3 = IGR["person/s"], IGR["quote/1"], IGR["quote/2"], IGR["quote/3"]
    m1, m2, kind = IGR["meeting/1"], IGR["meeting/2"], URIRef("https://example.org/kind/double")
    g = {(s, RDFS.label, Literal("Оратор", lang="ru")), (kind, SKOS.notation, Literal("talks"))}
    g |= {(kind, SKOS.notation, Literal("summit")), (m1, DIP.kind, kind), (m2, RDF.type, DIP.Meeting)}
    for q, text in ((q1, "раз"), (q2, "два"), (q3, "три")):
        g |= {(q, RDF.type, DIP.Quote), (q, DIP.speaker, s), (q, DIP.text, Literal(text, lang="ru"))}
    g |= {(q1, DIP.saidAt, m1), (q1, DIP.saidAt, m2), (q2, DIP.saidAt, m2)}
    memory.write_articles([graph_article(IGR["article/q"], g)])
    assert _same_quotes(memory, [("speaker", "Оратор")]) == [
        ("Оратор", "два", "None"),
        ("Оратор", "раз", "summit"),
        ("Оратор", "раз", "talks"),
        ("Оратор", "три", "None"),
    ]
