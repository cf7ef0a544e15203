"""The pair dossier and the country pairs: the summary and the articles give the same numbers."""

from __future__ import annotations

import pytest

from kg.errors import InputError
from kg.network.dossier import build_dossier
from kg.network.pairs import Period, all_pair_counts, known_sides, summary_usable
from kg.web.chart import month_chart, month_range, month_title

PERIODS = [
    Period(),
    Period("2024-01-01", None),
    Period(None, "2025-06-30"),
    Period("2024-08-01", "2025-12-31"),
]


@pytest.fixture(scope="module")
def corpus(corpus_store_dir):
    from kg.store import open_store

    store = open_store(corpus_store_dir, create=False, readonly=True)
    yield store
    store.close()


def page_data(d):
    """What the page shows, without saying where the counts came from."""
    return (d.a, d.b, d.period, d.months, d.meetings, d.documents, d.topics, d.people)


@pytest.mark.parametrize("period", PERIODS)
def test_every_pair_counts_the_same_from_the_summary_and_the_articles(corpus, period):
    assert summary_usable(corpus, period)
    summary, source = all_pair_counts(corpus, period)
    assert source == "summary"
    articles, source = all_pair_counts(corpus, period, use_summary=False)
    assert source == "articles"
    assert summary == articles


@pytest.mark.parametrize("period", PERIODS)
def test_every_dossier_is_the_same_from_both_paths(corpus, period):
    pairs, _ = all_pair_counts(corpus, Period())
    assert len(pairs) >= 10
    for a, b in pairs:
        from_summary = build_dossier(corpus, a, b, period, use_summary=True)
        from_articles = build_dossier(corpus, a, b, period, use_summary=False)
        assert from_summary.counted_from == "summary" and from_articles.counted_from == "articles"
        assert page_data(from_summary) == page_data(from_articles)


def test_a_period_of_part_months_is_counted_from_the_articles(corpus):
    assert not Period("2024-08-09", None).whole_months()
    assert not Period(None, "2024-08-30").whole_months()
    assert Period("2024-02-01", "2024-02-29").whole_months()
    d = build_dossier(corpus, "KZ", "UZ", Period("2024-08-09", "2025-12-31"))
    assert d.counted_from == "articles"
    assert d.months == {"2025-06": [1, 2]}  # the talks of 2024-08-08 fall before the period
    assert [m.date for m in d.meetings] == ["2025-06-17"]


def test_kz_uz_dossier_lists_meetings_documents_topics_people(corpus):
    d = build_dossier(corpus, "kz", "UZ")  # codes in any case
    assert (d.a.code, d.b.code, d.a.label, d.b.label) == ("KZ", "UZ", "Казахстан", "Узбекистан")
    assert d.counted_from == "summary"
    assert sum(m for m, _ in d.months.values()) == len([m for m in d.meetings if m.date]) == 6
    talks = next(m for m in d.meetings if m.date == "2024-01-05")
    assert talks.kind == "переговоры" and talks.place == "Ташкент, Узбекистан"
    assert {p.name for p in talks.participants} == {"Арман Шаккалиев", "Лазиз Кудратов"}
    assert any("Министерство торговли и интеграции" in post for p in talks.participants for post in p.posts)
    assert talks.sources[0].identifier.startswith("dev13-") and talks.sources[0].title
    assert "торговля" in talks.topics and talks.documents == [
        "протокол о расширении взаимного сотрудничества"
    ]
    programme = next(x for x in d.documents if x.kind == "программа")
    assert programme.period == "до 2034" and "Республика Узбекистан" in programme.parties
    assert d.topics["торговля"] == {"2021": 1, "2024": 2, "2025": 1}
    assert [p.name for p in d.people[:2]] == ["Касым-Жомарт Токаев", "Шавкат Мирзиёев"]
    assert all(p.sides for p in d.people)  # a third state's leader at a summit does not carry the pair


def test_undated_meetings_are_listed_without_a_period_only(corpus):
    pairs, _ = all_pair_counts(corpus, Period())
    undated = [d for d in (build_dossier(corpus, a, b) for a, b in pairs) if d.undated]
    for d in undated:
        assert build_dossier(corpus, d.a.code, d.b.code, Period("1900-01-01", None)).undated == 0


def test_unknown_and_repeated_codes_are_one_line_errors(corpus):
    with pytest.raises(InputError, match="unknown country or body code 'XX'; the store has .*KZ"):
        build_dossier(corpus, "KZ", "XX")
    with pytest.raises(InputError, match="two different sides"):
        build_dossier(corpus, "kz", "KZ")


def test_an_empty_store_is_a_one_line_error(tmp_path):
    from kg.store import open_store

    store = open_store(tmp_path / "empty")
    try:
        with pytest.raises(InputError, match="holds no articles"):
            build_dossier(store, "KZ", "BY")
    finally:
        store.close()


def test_bodies_are_sides(corpus):
    sides = known_sides(corpus)
    body = sides["evraziyskaya-ekonomicheskaya-komissiya"]
    assert body.kind == "body" and body.label == "Евразийская экономическая комиссия"
    assert sides["KZ"].kind == "state"


def test_the_chart_draws_every_month_with_a_title_per_bar():
    assert month_range("2024-11", "2025-02") == ["2024-11", "2024-12", "2025-01", "2025-02"]
    svg = month_chart({"2024-11": [2, 1], "2025-02": [1, 0]})
    assert svg.count('class="bar meetings"') == 2 and svg.count('class="bar documents"') == 1
    assert "<title>2024-11: 2 встречи, 1 документ</title>" in svg
    assert month_title("x", 5, 11) == "x: 5 встреч, 11 документов"
    assert month_chart({}) == ""
    assert 'class="month"' in month_chart({}, "2024-01", "2024-03")  # an empty period still has its axis


def test_the_dossier_reads_the_facts_the_summary_reads(corpus):
    """kg/network/dossierread.py reads meetings and posts as text, in few queries: the same facts as
    aggregates.read_meetings and pairs.read_sides (as strings), on every meeting and participant."""
    from kg.ingest.aggregates import read_meetings
    from kg.network.dossierread import read_pair_meetings, read_person_posts
    from kg.network.pairs import read_sides

    meetings = {str(r[0]) for r in corpus.query("SELECT ?m WHERE { ?m dip:participant ?p }").rows}
    expected = read_meetings(corpus, meetings)
    got, sources, places = read_pair_meetings(corpus, meetings)
    assert len(got) == len(expected) >= 20
    for iri, m in expected.items():
        for attr in ("participants", "kinds", "dates", "topics", "documents"):
            assert {str(x) for x in getattr(m, attr)} == getattr(got[iri], attr), (iri, attr)
    assert sources and all(arts for arts in sources.values()) and places
    persons = {p for m in got.values() for p in m.participants}
    sides, posts = read_person_posts(corpus, persons)
    assert {p: s for p, s in sides.items() if s} == {
        p: s for p, s in read_sides(corpus, persons).items() if s
    }
    assert posts == sorted(set(posts)) and {p for p, _, _ in posts} <= persons


def test_a_pair_over_all_dates_is_every_dated_and_undated_meeting(corpus):
    """All dates take each side's meetings and intersect them; a period joins them in one query: the
    same meetings over a period that holds every date, plus the undated ones."""
    from kg.network.dossier import pair_facts

    sides = known_sides(corpus)
    for pair in (("KZ", "UZ"), ("BY", "RU"), ("KZ", "RU")):
        whole = pair_facts(corpus, pair, sides, Period())
        every = pair_facts(corpus, pair, sides, Period("1900-01-01", "2100-12-31"))
        assert every.meetings and set(every.meetings) == {i for i, m in whole.meetings.items() if m.dates}
