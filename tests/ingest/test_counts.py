"""Ingest reports what the store gained: distinct persons, meetings, documents, as `kg stats` counts them."""

import re
import shutil

import pytest
from click.testing import CliRunner

from kg.cli.write import main
from kg.ingest.runner import ingest
from kg.network.analytics import class_counts
from kg.store import open_store
from tests.paths import ARTICLES, SEED

DISTINCT = "SELECT (COUNT(DISTINCT ?x) AS ?n) WHERE {{ ?x a dip:{cls} }}"
PER_ARTICLE = "SELECT (SUM(?k) AS ?n) WHERE {{ SELECT ?g (COUNT(DISTINCT ?x) AS ?k) WHERE {{ GRAPH ?g {{ ?x a dip:{cls} }} }} GROUP BY ?g }}"


def _one(store, query: str) -> int:
    [(n,)] = store.query(query).rows
    return int(n)


def _stats(store_dir) -> dict[str, int]:
    r = CliRunner().invoke(main, ["stats", "--store", str(store_dir)])
    assert r.exit_code == 0, r.output
    return {m[1]: int(m[2]) for m in re.finditer(r"^(\w+)\s+(\d+)$", r.stdout, re.M)}


@pytest.mark.slow
def test_counts_of_the_bundled_articles_are_those_of_the_store(extractor, tmp_path):
    store = open_store(tmp_path / "store")
    try:
        report = ingest([ARTICLES], store, extractor)
        for attr, cls in (("persons", "Person"), ("meetings", "Meeting"), ("documents", "Document")):
            assert (
                getattr(report, attr) == _one(store, DISTINCT.format(cls=cls)) == class_counts(store)[cls]
            ), cls
        # the old report added up each article's persons: bylines and repeated officials counted again
        assert _one(store, PER_ARTICLE.format(cls="Person")) > report.persons > 0
    finally:
        store.close()
    stats = _stats(tmp_path / "store")
    assert (stats["Person"], stats["Meeting"], stats["Document"]) == (
        report.persons,
        report.meetings,
        report.documents,
    )


def test_a_second_run_reports_only_what_it_added(extractor, tmp_path):
    store = open_store(tmp_path / "store")
    try:
        first = ingest([SEED], store, extractor)
        before = class_counts(store)
        second = ingest([SEED, ARTICLES / "dev03.txt"], store, extractor)  # the seed is unchanged
        after = class_counts(store)
    finally:
        store.close()
    assert first.meetings == before["Meeting"] > 0
    assert second.persons == after["Person"] - before["Person"]
    assert second.meetings == after["Meeting"] - before["Meeting"]
    assert second.documents == after["Document"] - before["Document"]


def test_the_same_text_under_another_name_is_a_duplicate_and_counts_nothing(tmp_path):
    runner = CliRunner()
    folder, store = tmp_path / "news", tmp_path / "store"
    folder.mkdir()
    shutil.copy(SEED, folder / "seed.txt")
    r = runner.invoke(main, ["ingest", str(folder), "--store", str(store), "-j", "1"])
    assert r.exit_code == 0, r.output
    meetings = _stats(store)["Meeting"]
    assert meetings > 0 and f"gained {_stats(store)['Person']} persons, {meetings} meetings" in r.stderr

    shutil.copy(SEED, folder / "the-same-news-again.txt")
    r = runner.invoke(main, ["ingest", str(folder), "--store", str(store), "-j", "1"])
    assert r.exit_code == 0, r.output
    assert re.search(r"duplicate\s+\S*the-same-news-again\.txt: the same text as article seed-", r.stderr)
    assert "gained 0 persons, 0 meetings, 0 documents; 1 unchanged, 1 duplicate(s)" in r.stderr
    assert _stats(store)["Meeting"] == meetings
