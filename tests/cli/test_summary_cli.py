"""`kg summarize`, and the commands that read the summary graph when it is fresh."""

from __future__ import annotations

import csv
import io
import shutil

import pytest

from kg.cli.write import main
from kg.store.base import SUMMARY_GRAPH
from tests.cliresult import fails, ok
from tests.paths import QUERIES

SUMMARY = f"<{SUMMARY_GRAPH}>"


def update(path, sparql: str) -> None:
    from kg.store import open_store

    store = open_store(path)
    try:
        store.update_named(sparql)
    finally:
        store.close()


def triples(path) -> set[tuple]:
    from kg.ingest.summary import summary_triples
    from kg.store import open_store

    store = open_store(path, readonly=True)
    try:
        return summary_triples(store)
    finally:
        store.close()


def test_summarize_help_has_an_example(runner):
    out = ok(runner.invoke(main, ["summarize", "--help"])).output
    assert "Example" in out and "kg summarize" in out


def test_summarize_rebuilds_what_ingest_kept(runner, store_dir):
    kept = triples(store_dir)
    assert kept  # ingest built it
    update(store_dir, f"DROP GRAPH {SUMMARY}")
    assert not triples(store_dir)
    result = ok(runner.invoke(main, ["summarize", "--store", str(store_dir)]))
    assert "summary rebuilt" in result.output
    assert triples(store_dir) == kept


def test_summarize_errors_are_one_line(runner, tmp_path, store_dir):
    fails(runner.invoke(main, ["summarize", "--store", str(tmp_path / "none")]), "no store here yet")
    fails(runner.invoke(main, ["summarize", "--backend", "memory"]), "keeps nothing")
    (tmp_path / "file").write_text("x")
    fails(runner.invoke(main, ["summarize", "--store", str(tmp_path / "file")]), "is a file")


def csv_rows(runner, query: str | list[str], store) -> list[list[str]]:
    args = [query] if isinstance(query, str) else query
    out = ok(runner.invoke(main, ["query", *args, "--store", str(store), "-f", "csv"])).stdout
    return list(csv.reader(io.StringIO(out)))


def test_who_met_whom_reads_the_summary_only_when_fresh(runner, store_dir):
    by_file = str(QUERIES / "who-met-whom.rq")
    assert csv_rows(runner, "who-met-whom", store_dir) == csv_rows(runner, by_file, store_dir)
    # a summary that says something else shows through the canned name, not through the file
    update(
        store_dir,
        f"DELETE {{ GRAPH {SUMMARY} {{ ?r dip:rowMeetings ?n }} }} INSERT {{ GRAPH {SUMMARY} {{ ?r dip:rowMeetings 7 }} }} "
        f"WHERE {{ GRAPH {SUMMARY} {{ ?r a dip:PairRow ; dip:rowMeetings ?n }} }}",
    )
    assert csv_rows(runner, "who-met-whom", store_dir)[1][2] == "7"
    assert csv_rows(runner, by_file, store_dir)[1][2] == "1"
    # stale: the canned name falls back to the articles
    from kg.ingest.summary import STALE, state_update

    update(store_dir, state_update(STALE))
    assert csv_rows(runner, "who-met-whom", store_dir)[1][2] == "1"


def test_a_param_the_summary_form_lacks_runs_the_canned_query(runner, store_dir):
    out = ok(
        runner.invoke(
            main,
            ["query", "topics-by-country-pair", "--param", "meeting=igr:nothing", "--store", str(store_dir)],
        )
    ).stdout
    assert "country1" in out  # bound in the canned query (no rows), not refused


@pytest.fixture
def corpus_copy(corpus_store_dir, tmp_path):
    path = tmp_path / "corpus"
    shutil.copytree(corpus_store_dir, path)
    return path


@pytest.mark.parametrize("name", ["who-met-whom", "topics-by-country-pair"])
def test_summary_forms_answer_as_the_canned_queries(runner, corpus_copy, name):
    """On every bundled article: the same rows in the same order (kinds compared as sets: GROUP_CONCAT
    lists them in the engine's order)."""
    by_name = csv_rows(runner, name, corpus_copy)
    by_file = csv_rows(runner, str(QUERIES / f"{name}.rq"), corpus_copy)
    assert len(by_name) > 5

    def norm(rows):
        return [[*r[:3], frozenset(r[3].split(", ")), *r[4:]] if name == "who-met-whom" else r for r in rows]

    assert norm(by_name) == norm(by_file)


def test_stats_with_and_without_the_summary_agree(runner, corpus_copy):
    with_summary = ok(runner.invoke(main, ["stats", "--top", "15", "--store", str(corpus_copy)])).stdout
    update(corpus_copy, f"DROP GRAPH {SUMMARY}")
    without = ok(runner.invoke(main, ["stats", "--top", "15", "--store", str(corpus_copy)])).stdout
    assert with_summary == without and "most central actors" in without


@pytest.mark.parametrize("rows", [1, 3, 7, 20])
def test_a_page_of_who_met_whom_is_the_top_of_the_whole(runner, corpus_copy, rows):
    """`kg query who-met-whom` reads only the rows it prints from the summary (kg/query/pages.py): they
    are the first rows of the canned query's whole answer, ties at the last count included, and it says
    how many rows the whole has."""
    whole = csv_rows(runner, str(QUERIES / "who-met-whom.rq"), corpus_copy)
    result = ok(
        runner.invoke(
            main, ["query", "who-met-whom", "--store", str(corpus_copy), "-f", "csv", "--max-rows", str(rows)]
        )
    )
    page = list(csv.reader(io.StringIO(result.stdout)))

    def norm(table):
        return [[*r[:3], frozenset(r[3].split(", ")), *r[4:]] for r in table]

    assert len(whole) > 21 and norm(page) == norm(whole[: rows + 1])
    assert f"({rows:,} of {len(whole) - 1:,} rows" in result.stderr


def test_the_floor_of_a_page_reads_fewer_rows(corpus_copy):
    """The narrowed form reads only the rows at or above the page's last count (here: fewer than all)."""
    from kg.query.canned import summary_form
    from kg.query.pages import summary_page
    from kg.store import open_store

    store = open_store(corpus_copy, readonly=True)
    try:
        form = summary_form("who-met-whom")
        page = summary_page(store, "who-met-whom", form.text, 1)
        everything = summary_page(store, "who-met-whom", form.text, None)
        assert everything.text == form.text and page.total == everything.total
        assert page.text != form.text and len(store.query(page.text).rows) < everything.total
    finally:
        store.close()


def test_who_held_post_on_date_from_the_summary_answers_as_the_canned_query(runner, corpus_copy):
    """Every post of the bundled articles with statements on several dates, asked on its latest date, after
    it, between its dates and before them (the summary's dated holdings answer each)."""
    from kg.store import open_store

    store = open_store(corpus_copy, readonly=True)
    try:
        posts = store.query(
            "SELECT ?role ?iso (GROUP_CONCAT(DISTINCT STR(?d)) AS ?dates) WHERE { ?h dip:heldPost ?post ; "
            "dip:statedOn ?d . ?post dip:role/skos:notation ?role ; dip:postIn/dip:country/dip:isoCode ?iso } "
            "GROUP BY ?role ?iso HAVING (COUNT(DISTINCT ?d) > 1)"
        ).rows
    finally:
        store.close()
    assert len(posts) >= 3
    asked = 0
    for role, iso, dates in posts[:6]:
        days = sorted(str(dates).split())
        for day in {days[-1], "2099-01-01", days[len(days) // 2], "1900-01-01"}:
            params = ["--param", f"role={role}", "--param", f"country={iso}", "--param", f"onDate={day}"]
            by_file = [str(QUERIES / "who-held-post-on-date.rq"), *params]
            by_name = ["who-held-post-on-date", *params]
            assert csv_rows(runner, by_name, corpus_copy) == csv_rows(runner, by_file, corpus_copy)
            asked += len(csv_rows(runner, by_name, corpus_copy)) > 1
    assert asked >= 6  # most questions have an answer


def test_who_held_post_on_date_reads_the_dated_holdings(runner, corpus_copy):
    """The summary answers for any date: with the holdings of the summary's dated entries gone, the
    canned name finds no holder (the file still does)."""
    update(
        corpus_copy,
        f"DELETE {{ GRAPH {SUMMARY} {{ ?e dip:datedHolding ?h }} }} WHERE {{ GRAPH {SUMMARY} {{ ?e dip:datedHolding ?h }} }}",
    )
    for day in ("2099-01-01", "2024-06-30"):
        asked = ["who-held-post-on-date", "--param", f"onDate={day}"]
        assert csv_rows(runner, asked, corpus_copy) == [["person", "statedOn", "article"]]
        by_file = [str(QUERIES / "who-held-post-on-date.rq"), *asked[1:]]
        assert len(csv_rows(runner, by_file, corpus_copy)) > 1


def test_stats_prints_the_centrality_kg_summarize_kept(runner, corpus_copy):
    """kg summarize computes the most central actors as kg stats does (the same table), kg stats prints
    them and says over how many articles; after a change it still prints them, says so, and --live
    computes them again."""
    store = ["--store", str(corpus_copy)]
    live = ok(runner.invoke(main, ["stats", "--top", "15", "--live", *store])).stdout
    ok(runner.invoke(main, ["summarize", *store]))
    kept = ok(runner.invoke(main, ["stats", "--top", "15", *store]))
    assert kept.stdout == live
    articles = int(live.splitlines()[0].rsplit(":", 1)[1])
    assert f"computed it over {articles:,} articles:" in kept.stderr
    # a snapshot that says something else shows, until --live
    update(
        corpus_copy,
        "DELETE { GRAPH ?g { ?e dip:betweenness ?b } } INSERT { GRAPH ?g { ?e dip:betweenness 9.0 } } WHERE { GRAPH ?g { ?e dip:rank 1 ; dip:betweenness ?b } }",
    )
    assert "9.000" in ok(runner.invoke(main, ["stats", "--top", "3", *store])).stdout
    assert (
        ok(runner.invoke(main, ["stats", "--top", "3", "--live", *store])).stdout
        == "\n".join(live.splitlines()[:-12]) + "\n"
    )
    assert "9.000" not in ok(runner.invoke(main, ["stats", "--top", "0", *store])).stdout  # every actor: live


def test_stats_counts_the_article_graphs(corpus_copy):
    """kg stats counts articles in the engine: the article graphs, as listing them gives."""
    from kg.network.snapshot import article_count
    from kg.store import open_store

    store = open_store(corpus_copy, readonly=True)
    try:
        listed = [g for g in store.graph_names() if "/article/" in str(g)]
        assert article_count(store) == len(listed) > 10
    finally:
        store.close()


def test_a_table_page_says_how_many_rows_there_are(runner, corpus_copy):
    result = ok(
        runner.invoke(main, ["query", "who-met-whom", "--store", str(corpus_copy), "--max-rows", "2"])
    )
    whole = csv_rows(runner, str(QUERIES / "who-met-whom.rq"), corpus_copy)
    assert f"({len(whole) - 1:,} rows in all)" in result.stderr and "first 2 rows shown" in result.stdout
