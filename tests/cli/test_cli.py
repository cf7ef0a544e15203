"""Every command's happy path and error path through click's CliRunner."""

import json
import shutil

import pytest
from rdflib import Graph

from kg.cli.write import main
from tests.cliresult import fails, ok
from tests.paths import ARTICLES, QUERIES, SEED


def test_help_has_examples(runner):
    for command in (
        "extract",
        "ingest",
        "remove",
        "query",
        "export",
        "viz",
        "validate",
        "stats",
        "serve",
        "eval",
        "load",
        "optimize",
    ):
        out = ok(runner.invoke(main, [command, "--help"])).output
        assert "Example" in out, command


def test_extract(runner):
    out = ok(runner.invoke(main, ["extract", str(SEED)])).stdout
    g = Graph().parse(data=out, format="turtle")
    assert len(g) > 100
    out = ok(runner.invoke(main, ["extract", str(SEED), "-f", "jsonld"])).stdout
    assert isinstance(json.loads(out), (list, dict))


@pytest.mark.parametrize(
    "content, message",
    [
        (b"", "empty file"),
        (b"\x00\x01\x02binary\x00", "binary file"),
        ("Заголовок\n\nТекст статьи".encode("cp1251"), "not UTF-8"),
    ],
)
def test_extract_bad_files(runner, tmp_path, content, message):
    bad = tmp_path / "bad.txt"
    bad.write_bytes(content)
    text = fails(runner.invoke(main, ["extract", str(bad)]), message)
    assert "bad.txt" in text


def test_extract_missing_file(runner, tmp_path):
    fails(runner.invoke(main, ["extract", str(tmp_path / "nope.txt")]), "no such file")


def test_ingest_then_query(runner, tmp_path):
    store = tmp_path / "s"
    r = ok(runner.invoke(main, ["ingest", str(SEED), str(ARTICLES / "dev03.txt"), "--store", str(store)]))
    assert "ingested 2 article(s)" in r.stderr
    out = ok(
        runner.invoke(main, ["query", str(QUERIES / "who-met-whom.rq"), "--store", str(store), "-f", "csv"])
    ).stdout
    assert out.splitlines()[0] == "person1,person2,meetings,kinds,first,last"
    assert "Михаил Мишустин,Олжас Бектенов,1,talks,2025-01-30,2025-01-30" in out


def test_store_from_environment(runner, tmp_path):
    env = {"IGKG_STORE": str(tmp_path / "env-store")}
    ok(runner.invoke(main, ["ingest", str(SEED)], env=env))
    out = ok(
        runner.invoke(main, ["query", "SELECT (COUNT(*) AS ?n) WHERE { ?m a dip:Meeting }"], env=env)
    ).stdout
    assert "1" in out.splitlines()[2]


def test_ingest_bad_inputs(runner, tmp_path):
    store = tmp_path / "s"
    fails(
        runner.invoke(main, ["ingest", str(tmp_path / "missing"), "--store", str(store)]),
        "no such file or folder",
    )
    empty_dir = tmp_path / "empty"
    empty_dir.mkdir()
    fails(runner.invoke(main, ["ingest", str(empty_dir), "--store", str(store)]), "holds no article files")
    a_file = tmp_path / "file-store"
    a_file.write_text("x")
    fails(runner.invoke(main, ["ingest", str(SEED), "--store", str(a_file)]), "is a file, not a store folder")


def test_a_bad_article_first_leaves_the_store_untouched(runner, store_dir, tmp_path):
    before = ok(runner.invoke(main, ["export", "-f", "nq", "--store", str(store_dir)])).stdout_bytes
    bad = tmp_path / "bad.txt"
    bad.write_bytes(b"\xff\xfe\xfa")
    text = fails(
        runner.invoke(
            main, ["ingest", str(bad), str(ARTICLES / "dev01.txt"), "--store", str(store_dir), "-j", "1"]
        ),
        "not UTF-8",
    )
    assert "stopped there: 0 article(s) before it landed" in text
    after = ok(runner.invoke(main, ["export", "-f", "nq", "--store", str(store_dir)])).stdout_bytes
    assert sorted(before.splitlines()) == sorted(after.splitlines())


def test_query_inline_and_errors(runner, store_dir):
    out = ok(
        runner.invoke(
            main,
            [
                "query",
                "SELECT ?n WHERE { ?p a dip:Person ; rdfs:label ?n } ORDER BY ?n",
                "--store",
                str(store_dir),
            ],
        )
    ).stdout
    assert "Олжас Бектенов" in out and "(5 rows)" in out
    fails(runner.invoke(main, ["query", "SELEC ?x WHERE", "--store", str(store_dir)]), "SPARQL syntax error")
    fails(runner.invoke(main, ["query", "missing.rq", "--store", str(store_dir)]), "no such query file")


def test_query_construct_prints_turtle(runner, store_dir):
    out = ok(
        runner.invoke(main, ["query", str(QUERIES / "construct-meetings.rq"), "--store", str(store_dir)])
    ).stdout
    assert len(Graph().parse(data=out, format="turtle")) == 5


def test_query_json_is_w3c_results(runner, store_dir):
    out = ok(
        runner.invoke(
            main, ["query", str(QUERIES / "who-met-whom.rq"), "-f", "json", "--store", str(store_dir)]
        )
    ).stdout
    data = json.loads(out)
    assert data["head"]["vars"][:2] == ["person1", "person2"]
    assert data["results"]["bindings"][0]["person1"] == {
        "type": "literal",
        "value": "Александр Турчин",
        "xml:lang": "ru",
    }


def test_query_missing_store(runner, tmp_path):
    fails(runner.invoke(main, ["query", "ASK {}", "--store", str(tmp_path / "none")]), "no store here yet")


def test_export(runner, store_dir, tmp_path):
    out = tmp_path / "out" / "g.ttl"
    ok(runner.invoke(main, ["export", "-f", "turtle", "-o", str(out), "--store", str(store_dir)]))
    assert len(Graph().parse(out, format="turtle")) > 100
    fails(runner.invoke(main, ["export", "-f", "xml", "--store", str(store_dir)]), "Invalid value for '-f'")


def test_remove(runner, store_dir):
    r = ok(runner.invoke(main, ["remove", "seed", "--store", str(store_dir)]))
    assert "removed 1" in r.stderr
    fails(runner.invoke(main, ["remove", "seed", "--store", str(store_dir)]), "no such article")


def test_viz(runner, store_dir, tmp_path):
    out = tmp_path / "g.html"
    r = ok(runner.invoke(main, ["viz", "-o", str(out), "--store", str(store_dir)]))
    assert "nodes" in r.stderr
    html = out.read_text(encoding="utf-8")
    assert "Олжас Бектенов" in html and "https://cdn" not in html
    out2 = tmp_path / "m.html"
    ok(
        runner.invoke(
            main,
            [
                "viz",
                "--query",
                str(QUERIES / "construct-meetings.rq"),
                "-o",
                str(out2),
                "--store",
                str(store_dir),
            ],
        )
    )
    fails(
        runner.invoke(
            main,
            ["viz", "--query", "SELECT * WHERE { ?s ?p ?o }", "-o", str(out2), "--store", str(store_dir)],
        ),
        "needs a CONSTRUCT",
    )


def test_validate(runner, store_dir, tmp_path):
    assert "conforms" in ok(runner.invoke(main, ["validate", "--store", str(store_dir)])).stdout
    fails(runner.invoke(main, ["validate", "--store", str(tmp_path / "none")]), "no store here yet")


def test_stats(runner, store_dir, tmp_path):
    out = ok(runner.invoke(main, ["stats", "--top", "30", "--store", str(store_dir)])).stdout
    assert "Meeting" in out and "Олжас Бектенов" in out
    fails(runner.invoke(main, ["stats", "--store", str(tmp_path / "none")]), "no store here yet")


def test_serve_errors(runner, tmp_path):
    fails(runner.invoke(main, ["serve", "--backend", "memory"]), "needs a local Oxigraph store folder")
    fails(runner.invoke(main, ["serve", "--store", str(tmp_path / "none")]), "no store here yet")


def test_eval(runner, tmp_path):
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    for suffix in (".txt", ".yaml"):
        shutil.copy(SEED.with_suffix(suffix), corpus)
    out = ok(runner.invoke(main, ["eval", str(corpus), "-v"])).stdout
    assert "seed.txt: F1 1.000" in out
    assert "overall micro P 1.000 R 1.000 F1 1.000 over 1 articles" in out
    fails(runner.invoke(main, ["eval", str(tmp_path)]), "no NAME.txt with a NAME.yaml")
