"""`kg viz --view countries`: states and bodies linked by meetings and documents, links to the dossiers."""

from __future__ import annotations

import json
import re
import shutil

import pytest

from kg.cli import main
from kg.network.dossier import build_dossier
from kg.network.pairs import Period, all_pair_counts
from kg.web.countryview import MAX_WIDTH, MIN_WIDTH, edge_width
from tests.cliresult import fails, ok

BODY = "evraziyskaya-ekonomicheskaya-komissiya"
BODY_ARTICLE = (
    "12 марта 2025 года в Астане Премьер-министр Казахстана Олжас Бектенов провел переговоры с "
    "Председателем Коллегии Евразийской экономической комиссии Бакытжаном Сагинтаевым. "
    "Стороны обсудили торговлю и транспорт.\n"
)


@pytest.fixture(scope="module")
def body_store_dir(corpus_store_dir, tmp_path_factory, extractor):
    """The bundled articles and one meeting of Kazakhstan's prime minister with the EEC's chairman."""
    from kg.ingest.runner import ingest
    from kg.store import open_store

    root = tmp_path_factory.mktemp("body")
    path = root / "store"
    shutil.copytree(corpus_store_dir, path)
    (root / "eec.txt").write_text(BODY_ARTICLE, encoding="utf-8")
    store = open_store(path)
    try:
        ingest([root / "eec.txt"], store, extractor)
    finally:
        store.close()
    return path


def page_data(path) -> dict:
    text = path.read_text(encoding="utf-8")
    return json.loads(
        re.search(r'<script id="igkg-data" type="application/json">(.*?)</script>', text, re.S)[1]
    )


def test_widths_grow_with_the_square_root_of_the_count():
    assert edge_width(1, 1) == MAX_WIDTH and edge_width(0, 9) == MIN_WIDTH
    assert edge_width(4, 16) - MIN_WIDTH == pytest.approx((MAX_WIDTH - MIN_WIDTH) / 2, abs=0.1)
    assert edge_width(9, 9) > edge_width(4, 9) > edge_width(1, 9) + 2  # ×1 and ×4 differ at a glance


def test_country_view_draws_states_and_bodies(runner, body_store_dir, tmp_path):
    out = tmp_path / "countries.html"
    result = ok(
        runner.invoke(main, ["viz", "--view", "countries", "--store", str(body_store_dir), "-o", str(out)])
    )
    assert re.search(r"wrote .*countries.html \(\d+ nodes, \d+ edges\)", result.output)
    data = page_data(out)
    kinds = {n["text"]: n["kind"] for n in data["nodes"]}
    assert kinds["Казахстан"] == "state" and kinds["Евразийская экономическая комиссия"] == "body"
    assert data["meta"]["labelAll"] is True
    edges = {tuple(e["pair"]["codes"]): e for e in data["edges"]}
    kz_uz, kz_body = edges[("KZ", "UZ")], edges[("KZ", BODY)]
    assert kz_uz["weight"] == 10 and kz_uz["width"] == MAX_WIDTH  # 6 meetings and 4 documents: the heaviest
    assert kz_body["weight"] == 1 and kz_body["width"] < kz_uz["width"] / 2
    assert kz_uz["pair"]["report"] == "report-KZ-UZ.html" and not kz_uz["pair"]["written"]
    assert kz_uz["pair"]["command"] == f"kg report KZ UZ -o {tmp_path / 'report-KZ-UZ.html'}"
    assert "2024-08: 2 встречи, 1 документ" in kz_uz["items"]
    assert "счёт из сводного графа" in data["meta"]["note"]


def test_country_view_period_country_and_reports(runner, body_store_dir, tmp_path):
    out, reports = tmp_path / "page" / "countries.html", tmp_path / "reports"
    args = ["viz", "--view", "countries", "--store", str(body_store_dir), "--from", "2025-01-01"]
    result = ok(
        runner.invoke(main, [*args, "--country", "kz", "--reports-dir", str(reports), "-o", str(out)])
    )
    data = page_data(out)
    pairs = {tuple(e["pair"]["codes"]) for e in data["edges"]}
    assert all("KZ" in p for p in pairs) and ("KZ", BODY) in pairs and ("KZ", "UZ") in pairs
    assert f"{len(pairs)} dossiers in {reports}" in result.output
    kz_uz = next(e for e in data["edges"] if e["pair"]["codes"] == ["KZ", "UZ"])
    assert kz_uz["pair"]["report"] == "../reports/report-KZ-UZ.html" and kz_uz["pair"]["written"]
    assert kz_uz["pair"]["command"].startswith("kg report KZ UZ --from 2025-01-01 -o ")
    assert kz_uz["weight"] == 3  # the summit of 2025-06: one meeting, two documents
    page = (reports / f"report-KZ-{BODY}.html").read_text(encoding="utf-8")
    assert "Евразийская экономическая комиссия" in page and "Олжас Бектенов" in page
    assert "2025-01-01 — …" in data["meta"]["note"]


def test_body_pairs_count_the_same_from_both_paths(body_store_dir):
    from kg.store import open_store

    store = open_store(body_store_dir, create=False, readonly=True)
    try:
        summary, source = all_pair_counts(store, Period())
        articles, _ = all_pair_counts(store, Period(), use_summary=False)
        dossier = build_dossier(store, BODY, "kz")
    finally:
        store.close()
    assert source == "summary" and summary == articles and ("KZ", BODY) in summary
    assert dossier.counted_from == "articles"  # the summary keeps states only
    assert dossier.months == {"2025-03": [1, 0]} and dossier.people[0].sides in (["KZ"], [BODY])


def test_country_view_errors_are_one_line(runner, body_store_dir, tmp_path):
    base = ["viz", "--store", str(body_store_dir), "-o", str(tmp_path / "x.html")]
    fails(runner.invoke(main, [*base, "--reports-dir", str(tmp_path)]), "add --view countries")
    fails(runner.invoke(main, [*base, "--view", "countries", "--focus", "Токаев"]), "takes --country")
    fails(
        runner.invoke(main, [*base, "--view", "countries", "--country", "XX"]), "unknown country or body code"
    )
    fails(runner.invoke(main, [*base, "--view", "countries", "--to", "1990-01-01"]), "no meeting between")
    assert not (tmp_path / "x.html").exists()
