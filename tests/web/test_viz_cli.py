"""`kg viz` options and the network exports (`kg export -f graphml|gexf|csv`) through CliRunner."""

import csv
import io
import json
import re

import networkx as nx

from kg.cli.write import main
from tests.cliresult import fails, ok
from tests.paths import QUERIES

P = "https://w3id.org/igkg/id/person/"
TOKAEV, PUTIN = P + "kasym-zhomart-tokaev", P + "vladimir-putin"


def page_data(path):
    text = path.read_text(encoding="utf-8")
    m = re.search(r'<script id="igkg-data" type="application/json">(.*?)</script>', text, re.S)
    return json.loads(m.group(1))


def test_default_view_is_the_actor_network(runner, corpus_store_dir, tmp_path):
    out = tmp_path / "g.html"
    r = ok(runner.invoke(main, ["viz", "-o", str(out), "--store", str(corpus_store_dir)]))
    assert "nodes" in r.stderr
    data = page_data(out)
    kinds = {n["kind"] for n in data["nodes"]}
    assert kinds == {"person", "country", "organization"}
    assert data["nodes"][0]["degree"] >= data["nodes"][-1]["degree"]  # ordered by importance
    assert not any("/meeting/" in n["id"] for n in data["nodes"])
    edge = next(e for e in data["edges"] if {e["from"], e["to"]} == {TOKAEV, PUTIN})
    assert edge["weight"] == 3 and edge["label"] == "×3"
    assert data["meta"]["minDate"] <= "2025-11-11" <= data["meta"]["maxDate"]


def test_focus_depth_dates_country(runner, corpus_store_dir, tmp_path):
    out = tmp_path / "f.html"
    ok(runner.invoke(main, ["viz", "--focus", "Токаеву", "-o", str(out), "--store", str(corpus_store_dir)]))
    one = page_data(out)
    ids = {n["id"] for n in one["nodes"]}
    assert TOKAEV in ids and PUTIN in ids
    assert "Касым-Жомарт Токаев" in one["meta"]["note"]
    ok(
        runner.invoke(
            main, ["viz", "--focus", TOKAEV, "--depth", "2", "-o", str(out), "--store", str(corpus_store_dir)]
        )
    )
    assert len(page_data(out)["nodes"]) > len(one["nodes"])
    ok(
        runner.invoke(
            main,
            [
                "viz",
                "--from",
                "2026-01-01",
                "--country",
                "RU",
                "-o",
                str(out),
                "--store",
                str(corpus_store_dir),
            ],
        )
    )
    dated = [d for e in page_data(out)["edges"] for d in e["dates"]]
    assert dated and min(dated) >= "2026-01-01"
    ok(runner.invoke(main, ["viz", "--max-nodes", "15", "-o", str(out), "--store", str(corpus_store_dir)]))
    small = page_data(out)
    assert len(small["nodes"]) == 15 and "--max-nodes 15" in small["meta"]["note"]
    assert any(n["kind"] == "country" and n["text"].startswith("Казахстан (+") for n in small["nodes"])


def test_viz_errors(runner, corpus_store_dir, tmp_path):
    out = tmp_path / "e.html"
    store = ["--store", str(corpus_store_dir), "-o", str(out)]
    fails(
        runner.invoke(main, ["viz", "--focus", "Нетакого Человека", *store]),
        "no person, country or organization",
    )
    fails(runner.invoke(main, ["viz", "--from", "2025-13-01", *store]), "--from")
    fails(runner.invoke(main, ["viz", "--from", "2025-06-01", "--to", "2025-01-01", *store]), "is after --to")
    fails(runner.invoke(main, ["viz", "--country", "ZZ", *store]), "--country ZZ")
    fails(
        runner.invoke(main, ["viz", "--view", "full", "--focus", "Токаев", *store]), "filter the actor view"
    )
    assert not out.exists()


def test_full_view_and_construct(runner, corpus_store_dir, tmp_path):
    out = tmp_path / "full.html"
    ok(runner.invoke(main, ["viz", "--view", "full", "-o", str(out), "--store", str(corpus_store_dir)]))
    data = page_data(out)
    ids = {n["id"] for n in data["nodes"]}
    assert any("/meeting/" in i for i in ids)
    assert P + "igor-seleznev" not in ids  # a byline, linked to nothing drawn
    ok(
        runner.invoke(
            main,
            ["viz", "--view", "full", "--max-nodes", "50", "-o", str(out), "--store", str(corpus_store_dir)],
        )
    )
    small = page_data(out)
    assert len(small["nodes"]) == 50 and "--max-nodes 50" in small["meta"]["note"]
    assert all(e["from"] in {n["id"] for n in small["nodes"]} for e in small["edges"])
    ok(
        runner.invoke(
            main, ["viz", "--view", "full", "--all-classes", "-o", str(out), "--store", str(corpus_store_dir)]
        )
    )
    data = page_data(out)
    byline = [e for e in data["edges"] if e["to"] == P + "igor-seleznev"]
    assert byline and all("/article/" in e["from"] for e in byline)  # hangs from its article
    ok(
        runner.invoke(
            main,
            [
                "viz",
                "--query",
                str(QUERIES / "construct-meetings.rq"),
                "-o",
                str(out),
                "--store",
                str(corpus_store_dir),
            ],
        )
    )
    data = page_data(out)
    assert not [n for n in data["nodes"] if n["kind"].startswith("Прочее")]  # no classes drawn as nodes
    assert not any("/ontology#" in n["id"] for n in data["nodes"])


def test_export_graphml_gexf(runner, corpus_store_dir, tmp_path):
    for fmt, read in (("graphml", nx.read_graphml), ("gexf", nx.read_gexf)):
        out = tmp_path / f"a.{fmt}"
        ok(runner.invoke(main, ["export", "-f", fmt, "-o", str(out), "--store", str(corpus_store_dir)]))
        g = read(out)
        assert g.nodes[TOKAEV]["label"] == "Касым-Жомарт Токаев"
        e = g.edges[TOKAEV, PUTIN]
        assert int(e["weight"]) == 3 and e["relation"] == "met"
        assert e["first_date"] == "2025-11-11" and e["last_date"] == "2026-02-16"


def test_export_csv(runner, corpus_store_dir, tmp_path):
    r = ok(runner.invoke(main, ["export", "-f", "csv", "--store", str(corpus_store_dir)]))
    rows = list(csv.DictReader(io.StringIO(r.stdout)))
    row = next(x for x in rows if {x["source"], x["target"]} == {TOKAEV, PUTIN})
    assert row["weight"] == "3" and row["relation"] == "met"
    assert row["dates"].split(" | ") == ["2025-11-11", "2025-11-12", "2026-02-16"]
    post = next(x for x in rows if x["source"] == TOKAEV and x["relation"] == "holds_post")
    assert post["target_label"] == "Казахстан" and "глава государства" in post["items"]
    fails(
        runner.invoke(
            main,
            ["export", "-f", "csv", "-o", str(corpus_store_dir / "x.csv"), "--store", str(corpus_store_dir)],
        ),
        "inside the store",
    )


def test_page_knows_the_command_line_filters_and_the_facts_per_month(runner, corpus_store_dir, tmp_path):
    from kg.web.page import edge_px

    out = tmp_path / "kz.html"
    args = ["viz", "--from", "2025-01-01", "--to", "2025-12-31", "--country", "kz", "-o", str(out)]
    ok(runner.invoke(main, [*args, "--store", str(corpus_store_dir)]))
    data = page_data(out)
    assert data["meta"]["cli"] == {"from": "2025-01-01", "to": "2025-12-31", "country": "kz"}
    assert "<title>igkg — граф межгосударственных отношений · 2025-01-01 — 2025-12-31 · KZ</title>" in (
        out.read_text(encoding="utf-8")
    )
    facts = data["meta"]["facts"]
    assert facts and all("2025-01" <= month <= "2025-12" for month in facts)
    # a meeting of several people is on several edges and counts once
    assert sum(facts.values()) < sum(len(e["dates"]) for e in data["edges"] if e["dated"])
    assert data["meta"]["labelAll"] is True  # under 100 nodes
    timed = {e["rel"] for e in data["edges"] if e["timed"]}
    assert timed == {"встречи", "подписали вместе"} or timed == {"встречи"}
    # √count widths: 1.5 px at ×1, 8 px at the heaviest, clearly apart at ×3 and ×10
    assert edge_px(1, 10) == 1.5 and edge_px(10, 10) == 8.0 and edge_px(1, 1) == 1.5
    assert edge_px(3, 10) - edge_px(1, 10) > 1.5 and edge_px(10, 10) - edge_px(3, 10) > 3
