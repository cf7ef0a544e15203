"""The per-entity questions read from the summary's rows (kg/ingest/entityrows.py) answer as the canned
queries do from the articles, on every bundled article: one person's posts and meetings, one speaker's
quotes, a post's holders on any date, and the whole listings."""

from __future__ import annotations

import shutil
from collections import Counter

import pytest
from rdflib import Literal

from kg.cli.write import main
from kg.ingest.summary import is_fresh
from kg.query.canned import bind_params, find
from kg.query.execute import run
from kg.query.pages import summary_text
from tests.cliresult import ok


@pytest.fixture(scope="module")
def corpus(corpus_store_dir, tmp_path_factory):
    from kg.store import open_store

    path = tmp_path_factory.mktemp("rows") / "store"
    shutil.copytree(corpus_store_dir, path)
    store = open_store(path)
    assert is_fresh(store)
    yield store
    store.close()


def both(store, name: str, params: list[tuple[str, str]]) -> tuple[list, list]:
    """(rows from the summary's form, rows of the canned query from the articles)."""
    served = summary_text(store, name, params, None)
    assert served is not None, name  # the summary is fresh and the form takes these parameters
    return run(store, served[0]).rows, run(store, bind_params(find(name).text, params)).rows


def same_rows(served: list, canned: list, order: int, together: int | None = None) -> None:
    """The same rows with the same multiplicity, in the canned query's order of its first ``order``
    columns (rows that tie on them come in the engine's order); ``together``: a GROUP_CONCAT column,
    compared as the set of names and the language (the engine lists them in its own order)."""

    def norm(row):
        if together is None or row[together] is None:
            return tuple(row)
        cell = row[together]
        names = frozenset(str(cell).split(", "))
        return (*row[:together], (names, cell.language if isinstance(cell, Literal) else None))

    assert Counter(map(norm, served)) == Counter(map(norm, canned))
    assert [r[:order] for r in served] == [r[:order] for r in canned]


def labels(store, pattern: str) -> list[str]:
    rows = store.query(f"SELECT DISTINCT ?n WHERE {{ {pattern} }}").rows
    return sorted({str(r[0]) for r in rows})


def test_posts_of_each_person(corpus):
    persons = labels(corpus, "?p dip:holdsPost ?x ; rdfs:label ?n")
    assert len(persons) > 10
    for person in persons + ["Никто Никакой"]:
        served, canned = both(corpus, "posts-of-person", [("person", person)])
        same_rows(served, canned, 3)
    served, canned = both(corpus, "posts-of-person", [])
    assert len(canned) > 20
    same_rows(served, canned, 3)


def test_quotes_of_each_speaker(corpus):
    speakers = labels(corpus, "?q dip:speaker/rdfs:label ?n")
    assert len(speakers) > 5
    for speaker in speakers:
        served, canned = both(corpus, "quotes-by-speaker", [("speaker", speaker)])
        assert canned
        same_rows(served, canned, 2)
    served, canned = both(corpus, "quotes-by-speaker", [])
    assert any(r[2] is not None for r in canned) and any(r[2] is None for r in canned)
    same_rows(served, canned, 2)


def test_meetings_of_each_participant(corpus):
    names = labels(corpus, "?m a dip:Meeting ; dip:participant/rdfs:label ?n")
    assert len(names) > 20
    for name in names:
        served, canned = both(corpus, "meetings-of-person", [("name", name)])
        assert canned, name
        same_rows(served, canned, 2, together=4)
    served, canned = both(corpus, "meetings-of-person", [])  # the default person
    same_rows(served, canned, 2, together=4)


def test_holders_on_every_statement_date(corpus):
    """Each (role, country) with holdings, on each date a holding states, the day before it and a date
    after all of them: the same holders, dates and articles."""
    posts = corpus.query(
        "SELECT DISTINCT ?role ?country ?d WHERE { ?h dip:heldPost ?post ; dip:statedOn ?d . "
        "?post dip:role/skos:notation ?role ; dip:postIn/dip:country/dip:isoCode ?country }"
    ).rows
    assert len({(r, c) for r, c, _ in posts}) > 3
    asked = 0
    for role, country, d in posts:
        for day in (str(d), _day_before(str(d)), "2099-01-01"):
            params = [("role", str(role)), ("country", str(country)), ("onDate", day)]
            served, canned = both(corpus, "who-held-post-on-date", params)
            same_rows(served, canned, 2)
            asked += bool(canned)
    assert asked > 10


def _day_before(day: str) -> str:
    import datetime as dt

    return (dt.date.fromisoformat(day) - dt.timedelta(days=1)).isoformat()


def test_kg_query_reads_the_rows_and_falls_back_when_stale(runner, store_dir):
    """Through the command: a summary row that says something else shows (the form is read), and a stale
    summary sends the question back to the articles."""
    from kg.ingest.summary import STALE, state_update
    from kg.store import open_store
    from kg.store.base import SUMMARY_GRAPH

    def posts():
        args = ["query", "posts-of-person", "--param", "person=Касым-Жомарт Токаев", "-f", "csv"]
        return ok(runner.invoke(main, [*args, "--store", str(store_dir)])).stdout

    assert "head_of_state" in posts()
    store = open_store(store_dir)
    try:
        store.update_named(
            f"DELETE {{ GRAPH <{SUMMARY_GRAPH}> {{ ?r dip:postRowRole ?x }} }} "
            f"INSERT {{ GRAPH <{SUMMARY_GRAPH}> {{ ?r dip:postRowRole 'kept_row' }} }} "
            f"WHERE {{ GRAPH <{SUMMARY_GRAPH}> {{ ?r dip:postRowRole ?x }} }}"
        )
    finally:
        store.close()
    assert "kept_row" in posts()
    store = open_store(store_dir)
    try:
        store.update_named(state_update(STALE))
    finally:
        store.close()
    assert "kept_row" not in posts() and "head_of_state" in posts()
