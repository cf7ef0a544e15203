"""`kg report CODE CODE`: the dossier page of a pair, and its one-line errors."""

from __future__ import annotations

import re

from kg.cli import main
from kg.network.dossier import Dossier, MeetingItem, Participant, Source
from kg.network.pairs import Period, Side
from kg.web.report import render_report
from tests.cliresult import fails, ok

XSS = "<img src=x onerror=alert(1)><b>x</b>"


def test_report_help_has_examples(runner):
    out = ok(runner.invoke(main, ["report", "--help"])).output
    assert "Examples" in out and "kg report KZ UZ -o out/report-KZ-UZ.html" in out


def test_report_writes_an_offline_page(runner, corpus_store_dir, tmp_path):
    out = tmp_path / "kz-uz.html"
    result = ok(runner.invoke(main, ["report", "KZ", "uz", "--store", str(corpus_store_dir), "-o", str(out)]))
    assert f"wrote {out} (6 meeting(s), 4 document(s), counts from the summary)" in result.output
    page = out.read_text(encoding="utf-8")
    assert "<title>Казахстан — Узбекистан — досье / dossier</title>" in page
    assert "default-src 'none'" in page and "<script" not in page
    assert not re.search(r"(src|href)=\"?(https?:)?//", page)  # nothing fetched from anywhere
    assert page.count('class="bar meetings"') == 5  # five months with meetings
    assert page.count('<tr class="meeting">') == 6 and page.count('<tr class="document">') == 4
    assert "Касым-Жомарт Токаев" in page and "@media print" in page
    assert f"kg report KZ uz -o {out}" in page


def test_report_period_and_default_output(runner, corpus_store_dir, tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    args = ["report", "KZ", "UZ", "--store", str(corpus_store_dir), "--from", "2024-08-09"]
    result = ok(runner.invoke(main, args))
    assert "out/report-KZ-UZ.html (1 meeting(s), 2 document(s), counts from the articles)" in result.output
    assert "2024-08-09 — …" in (tmp_path / "out" / "report-KZ-UZ.html").read_text(encoding="utf-8")


def test_report_errors_are_one_line(runner, corpus_store_dir, tmp_path):
    store = ["--store", str(corpus_store_dir)]
    out = ["-o", str(tmp_path / "x.html")]
    fails(runner.invoke(main, ["report", "KZ", "XX", *store, *out]), "unknown country or body code 'XX'")
    fails(runner.invoke(main, ["report", "KZ", "kz", *store, *out]), "two different sides")
    fails(
        runner.invoke(
            main, ["report", "KZ", "BY", "--from", "2025-02-01", "--to", "2025-01-01", *store, *out]
        ),
        "is after --to",
    )
    fails(
        runner.invoke(main, ["report", "KZ", "BY", "--store", str(tmp_path / "none"), *out]), "no store here"
    )
    fails(
        runner.invoke(main, ["report", "KZ", "BY", *store, "-o", str(corpus_store_dir / "x.html")]), "store"
    )
    assert not (tmp_path / "x.html").exists()


def test_report_of_an_empty_store_is_one_line(runner, tmp_path):
    from kg.store import open_store

    open_store(tmp_path / "empty").close()
    result = runner.invoke(main, ["report", "KZ", "BY", "--store", str(tmp_path / "empty"), "-o", "x.html"])
    fails(result, "the store holds no articles")


def test_every_user_string_is_escaped():
    person = Participant("p", XSS, [XSS], ["KZ"], 1)
    side = Side(XSS, "s", XSS, "state")
    meeting = MeetingItem("m", "2025-01-02", XSS, [person], XSS, [XSS], [Source(XSS, XSS, XSS)], [XSS])
    d = Dossier(
        side, side, Period(), {"2025-01": [1, 0]}, "articles", [meeting], [], {XSS: {"2025": 1}}, [person]
    )
    page = render_report(d, command=XSS)
    assert "<img" not in page and "<b>x" not in page
    assert "&lt;img src=x onerror=alert(1)&gt;" in page
