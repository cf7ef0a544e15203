"""Every bad input of issue 7 gets one line naming the problem, a non-zero exit, and no damage.

Inputs that crashed, hung or ate memory before run `kg` in a child process, so
that the old behaviour fails the test instead of taking pytest down."""

import os
import resource
import shutil
import subprocess
import sys
import time

import pytest

from kg.cli.write import main
from tests.cliresult import fails, ok
from tests.paths import ARTICLES, QUERIES, SEED

KG = [sys.executable, "-m", "kg.cli"]


def kg(*args, timeout=120, **kwargs) -> subprocess.CompletedProcess:
    return subprocess.run([*KG, *map(str, args)], capture_output=True, text=True, timeout=timeout, **kwargs)


def one_line_error(proc: subprocess.CompletedProcess, message: str) -> str:
    assert proc.returncode == 1, (proc.returncode, proc.stderr[-2000:])
    lines = proc.stderr.strip().splitlines()
    assert "Traceback" not in proc.stderr
    assert lines[-1].startswith("Error: ") and message in lines[-1], proc.stderr
    return lines[-1]


# ------------------------------------------------------------------ queries


def test_deeply_nested_query_is_refused_not_a_crash(store_dir):
    deep = "SELECT * WHERE { FILTER(" + "(" * 5000 + "1" + ")" * 5000 + ") }"  # 10 KB; segfaulted before
    one_line_error(kg("query", deep, "--store", store_dir), "nested more than 64 levels")
    chained = "SELECT * WHERE { ?s ?p ?o " + "OPTIONAL { ?s ?p ?o } " * 2000 + "}"
    one_line_error(kg("query", chained, "--store", store_dir), "chains 2001 OPTIONAL")


def test_a_query_stops_at_its_time_limit(corpus_store_dir, tmp_path):
    store = tmp_path / "store"
    shutil.copytree(corpus_store_dir, store)
    started = time.monotonic()
    proc = kg(
        "query",
        "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i }",
        "--store",
        store,
        "--timeout",
        "2",
    )
    one_line_error(proc, "query stopped after 2 s, its time limit")
    assert time.monotonic() - started < 30


def test_the_library_gives_up_at_the_deadline(seed_store):
    from kg.errors import QueryError
    from kg.query.execute import run

    started = time.monotonic()
    with pytest.raises(QueryError, match="stopped after 0.5 s"):
        run(seed_store, "SELECT * WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i . ?j ?k ?l }", timeout=0.5)
    assert time.monotonic() - started < 5


def test_updates_are_refused_as_updates(runner, store_dir):
    for update in (
        "INSERT DATA { <a> <b> <c> }",
        "PREFIX x: <http://x/> DELETE WHERE { ?s ?p ?o }",
        "CLEAR ALL",
    ):
        fails(
            runner.invoke(main, ["query", update, "--store", str(store_dir)]), "updates are not allowed here"
        )


def test_service_is_refused_unless_its_host_is_allowed(runner, store_dir):
    q = "SELECT * WHERE { SERVICE <http://127.0.0.1:1/sparql> { ?s ?p ?o } }"
    fails(
        runner.invoke(main, ["query", q, "--store", str(store_dir)]),
        "refused: queries may reach other servers",
    )
    fails(
        runner.invoke(
            main, ["query", "SELECT * WHERE { SERVICE ?x { ?s ?p ?o } }", "--store", str(store_dir)]
        ),
        "endpoint given by a variable",
    )
    # allowed, the call is made; its failure is one line too (a traceback before)
    fails(
        runner.invoke(main, ["query", q, "--store", str(store_dir), "--allow-service", "127.0.0.1"]),
        "query failed",
    )


@pytest.mark.server
def test_an_allowed_service_is_really_queried(runner, store_dir, tmp_path):
    from tests.servers import start_oxigraph, stop

    proc, url = start_oxigraph(tmp_path / "remote")
    try:
        port = url.rsplit(":", 1)[1]
        q = f"SELECT ?n WHERE {{ SERVICE <{url}/query> {{ BIND (42 AS ?n) }} }}"
        out = ok(
            runner.invoke(
                main,
                ["query", q, "-f", "csv", "--store", str(store_dir), "--allow-service", f"127.0.0.1:{port}"],
            )
        ).stdout
        assert out.splitlines() == ["n", "42"]
        fails(
            runner.invoke(main, ["query", q, "--store", str(store_dir), "--allow-service", "127.0.0.1:1"]),
            "refused",
        )
    finally:
        stop(proc)


def test_the_table_stops_at_its_row_limit_and_says_so(runner, corpus_store_dir, tmp_path):
    store = tmp_path / "store"
    shutil.copytree(corpus_store_dir, store)
    q = "SELECT ?s ?p ?o WHERE { ?s ?p ?o }"
    out = ok(runner.invoke(main, ["query", q, "--store", str(store)])).stdout.splitlines()
    assert len(out) == 2 + 1000 + 1 and out[-1].startswith("(first 1000 rows shown; the result has more")
    out = ok(runner.invoke(main, ["query", q, "--store", str(store), "--max-rows", "5"])).stdout.splitlines()
    assert len(out) == 2 + 5 + 1
    all_rows = ok(runner.invoke(main, ["query", q, "--store", str(store), "-f", "tsv"])).stdout.splitlines()
    assert len(all_rows) > 2000  # csv/tsv/json stream every row
    json_out = ok(
        runner.invoke(main, ["query", q, "--store", str(store), "-f", "json", "--max-rows", "3"])
    ).stdout
    import json

    assert len(json.loads(json_out)["results"]["bindings"]) == 3


def test_query_file_not_utf8_or_a_folder(runner, store_dir, tmp_path):
    bad = tmp_path / "bad.rq"
    bad.write_bytes('SELECT * WHERE { ?s ?p "привет" }'.encode("cp1251"))
    fails(runner.invoke(main, ["query", str(bad), "--store", str(store_dir)]), "bad.rq: not UTF-8 text")
    folder = tmp_path / "folder.rq"
    folder.mkdir()
    fails(runner.invoke(main, ["query", str(folder), "--store", str(store_dir)]), "folder.rq: not a file")


def test_a_read_only_store_can_be_queried(store_dir):
    """Nothing in the store folder may be written (root ignores permission bits, so it is made immutable)."""
    files = [store_dir, *store_dir.iterdir()]
    if os.geteuid() == 0:
        subprocess.run(["chattr", "+i", *map(str, files)], check=True)
    else:
        for path in files:
            path.chmod(0o555 if path.is_dir() else 0o444)
    try:
        with pytest.raises(OSError):
            (store_dir / "probe").write_text("x")
        proc = kg("query", QUERIES / "who-met-whom.rq", "--store", store_dir, "-f", "csv")
        assert proc.returncode == 0, proc.stderr
        assert "Александр Турчин,Олжас Бектенов" in proc.stdout
        one_line_error(kg("ingest", SEED, "--store", store_dir), "cannot write here")
    finally:
        if os.geteuid() == 0:
            subprocess.run(["chattr", "-i", *map(str, files)], check=True)
        else:
            for path in files:
                path.chmod(0o755 if path.is_dir() else 0o644)


# ------------------------------------------------------------------ articles


def test_extract_refuses_what_is_not_a_regular_file(tmp_path):
    one_line_error(kg("extract", "/dev/zero", timeout=60), "/dev/zero: not a regular file")
    os.mkfifo(tmp_path / "pipe.txt")
    one_line_error(kg("extract", tmp_path / "pipe.txt", timeout=60), "pipe.txt: not a regular file")


def test_extract_refuses_a_file_over_the_size_limit(runner, tmp_path):
    big = tmp_path / "big.txt"
    with big.open("wb") as fh:
        fh.truncate(6 * 1024 * 1024)
    fails(runner.invoke(main, ["extract", str(big)]), "big.txt: 6.0 MB is over the 5.0 MB limit")
    fails(
        runner.invoke(main, ["extract", str(SEED), "--max-size", "0.001"]),
        "seed.txt: 5 KB is over the 1 KB limit",
    )


def test_a_line_of_digits_is_no_traceback(runner, tmp_path):
    # a counter line of 5,000 digits once raised ValueError from int(); now it is read as a counter
    bad = tmp_path / "digits.txt"
    bad.write_text(
        "Заголовок\n\nПолитика\n" + "7" * 5000 + "\n\nМинистр иностранных дел встретился с послом.\n",
        encoding="utf-8",
    )
    result = runner.invoke(main, ["extract", str(bad)])
    assert result.exit_code == 0, result.output
    assert "dip:Article" in result.output and "Заголовок" in result.output
    only_digits = tmp_path / "only.txt"
    only_digits.write_text("7" * 5000 + "\n", encoding="utf-8")
    fails(runner.invoke(main, ["extract", str(only_digits)]), "only.txt: no body text")


def test_ingest_skip_errors_lists_the_bad_and_exits_1(runner, tmp_path):
    store = tmp_path / "s"
    bad = tmp_path / "bad.txt"
    bad.write_bytes(b"\xff\xfe\xfa")
    r = runner.invoke(
        main,
        [
            "ingest",
            str(bad),
            str(SEED),
            str(ARTICLES / "dev01.txt"),
            "--skip-errors",
            "--store",
            str(store),
            "-j",
            "1",
        ],
    )
    text = fails(r, "1 article(s) failed (listed above); the others landed")
    assert f"failed     {bad}: not UTF-8 text (byte 0)" in text
    assert "ingested 2 article(s)" in text


def test_ingest_with_the_memory_backend_is_refused(runner):
    fails(runner.invoke(main, ["ingest", str(SEED), "--backend", "memory"]), "--backend memory keeps nothing")
    fails(runner.invoke(main, ["remove", "seed", "--backend", "memory"]), "--backend memory keeps nothing")


def test_remove_names_the_unknown_and_removes_nothing(runner, store_dir):
    fails(
        runner.invoke(main, ["remove", "seed", "nosuch", "--store", str(store_dir)]),
        "no such article in the store: nosuch; nothing was removed",
    )
    ok(runner.invoke(main, ["remove", "seed", "--store", str(store_dir)]))


def test_eval_on_gold_files_of_the_wrong_shape(runner, tmp_path):
    for name, content in [
        ("list", "- a\n- b\n"),
        ("persons", "persons: Олжас Бектенов\n"),
        ("meetings", "meetings:\n  - participants: {a: 1}\n"),
        ("nokey", "persons:\n  - posts: []\n"),
    ]:
        corpus = tmp_path / name
        corpus.mkdir()
        shutil.copy(SEED, corpus / "a.txt")
        (corpus / "a.yaml").write_text(content, encoding="utf-8")
        fails(runner.invoke(main, ["eval", str(corpus)]), "a.yaml: not a gold file")
    (tmp_path / "list" / "a.yaml").write_bytes("persons: []\n# \u043f\n".encode("cp1251"))
    fails(runner.invoke(main, ["eval", str(tmp_path / "list")]), "a.yaml: not UTF-8")


def test_a_damaged_store_is_one_line(runner, store_dir):
    (store_dir / "CURRENT").write_text("garbage\n")
    for args in (["query", "ASK {}"], ["export"], ["ingest", str(SEED)], ["stats"]):
        fails(runner.invoke(main, [*args, "--store", str(store_dir)]), "the store is damaged")


# ------------------------------------------------------------------ outputs


@pytest.mark.parametrize("kind", ["device", "fifo", "symlink", "folder", "store file", "store folder"])
def test_export_refuses_paths_that_are_not_regular_files_or_lie_in_the_store(
    runner, store_dir, tmp_path, kind
):
    target = tmp_path / "precious.txt"
    target.write_text("keep me")
    path = {
        "device": "/dev/null",
        "fifo": tmp_path / "fifo",
        "symlink": tmp_path / "link.ttl",
        "folder": tmp_path,
        "store file": store_dir / "CURRENT",
        "store folder": store_dir / "sub" / "x.ttl",
    }[kind]
    if kind == "fifo":
        os.mkfifo(path)
    if kind == "symlink":
        path.symlink_to(target)
    current = (store_dir / "CURRENT").read_bytes()
    message = {
        "device": "not a regular file",
        "fifo": "not a regular file",
        "symlink": "is a symbolic link",
        "folder": "is a folder",
        "store file": "lies inside the store folder",
        "store folder": "lies inside the store folder",
    }[kind]
    for command in (["export", "-o", str(path)], ["viz", "-o", str(path)]):
        fails(runner.invoke(main, [*command, "--store", str(store_dir)]), message)
    assert target.read_text() == "keep me" and (store_dir / "CURRENT").read_bytes() == current
    ok(runner.invoke(main, ["query", "ASK { ?m a dip:Meeting }", "--store", str(store_dir)]))


def test_export_to_a_full_disk_is_one_line_and_keeps_the_old_file(store_dir, tmp_path):
    out = tmp_path / "g.ttl"
    out.write_text("old export")

    def small_disk():  # writes past 64 KB fail with EFBIG, as a full disk fails with ENOSPC
        resource.setrlimit(resource.RLIMIT_FSIZE, (64 * 1024, 64 * 1024))

    proc = subprocess.run(
        [*KG, "export", "-f", "nt", "-o", str(out), "--store", str(store_dir)],
        capture_output=True,
        text=True,
        timeout=120,
        preexec_fn=small_disk,
    )
    one_line_error(proc, "g.ttl: cannot write (File too large); nothing was changed")
    assert out.read_text() == "old export"
    assert [p.name for p in tmp_path.iterdir() if p.name.endswith(".part")] == []


def test_a_service_that_never_answers_is_cut_off_by_the_time_limit(store_dir):
    import socket
    import threading

    silent = socket.socket()
    silent.bind(("127.0.0.1", 0))
    silent.listen()
    port = silent.getsockname()[1]
    held = []
    threading.Thread(target=lambda: held.append(silent.accept()), daemon=True).start()
    try:
        started = time.monotonic()
        proc = kg(
            "query",
            f"SELECT * WHERE {{ SERVICE <http://127.0.0.1:{port}/sparql> {{ ?s ?p ?o }} }}",
            "--store",
            store_dir,
            "--allow-service",
            f"127.0.0.1:{port}",
            "--timeout",
            "2",
        )
        one_line_error(proc, "query stopped after 2 s")
        assert time.monotonic() - started < 30
    finally:
        silent.close()
