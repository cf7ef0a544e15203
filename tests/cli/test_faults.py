"""Faults in the data commands and their one-line errors: a store folder no command may write into, a dump
cut short, a full output device, binary input, numbers that are no numbers, server URLs that are no URLs,
a store that lost its CURRENT file."""

import subprocess
from pathlib import Path

import pytest

from kg.cli import main
from tests.cliresult import fails, ok
from tests.paths import ARTICLES
from tests.servers import KG


def test_docs_refuses_to_write_inside_a_store(runner, store_dir, tmp_path):
    current = (store_dir / "CURRENT").read_bytes()
    fails(runner.invoke(main, ["docs", "-o", str(store_dir / "CURRENT")]), "lies inside the store folder")
    link = tmp_path / "link"
    link.symlink_to(store_dir)
    fails(runner.invoke(main, ["docs", "-o", str(link / "page.html")]), "lies inside the store folder")
    fails(
        runner.invoke(main, ["docs", "-o", str(store_dir / "sub" / ".." / "page.html")]),
        "lies inside the store folder",
    )
    assert (store_dir / "CURRENT").read_bytes() == current
    ok(runner.invoke(main, ["docs", "-o", str(tmp_path / "ontology.html")]))


def test_a_dump_cut_at_a_line_boundary_is_refused_whole(runner, store_dir, tmp_path):
    dump = tmp_path / "all.nq"
    ok(runner.invoke(main, ["export", "-f", "nq", "--store", str(store_dir), "-o", str(dump)]))
    lines = dump.read_bytes().splitlines(keepends=True)
    assert lines[-1].startswith(b"# igkg dump end: ")
    cut = tmp_path / "cut.nq"
    cut.write_bytes(b"".join(lines[: len(lines) // 2]))
    fails(runner.invoke(main, ["load", str(cut), "--store", str(tmp_path / "a")]), "no end mark")
    assert not (tmp_path / "a").exists()  # nothing made for a dump refused
    spliced = tmp_path / "spliced.nq"
    spliced.write_bytes(b"".join(lines[: len(lines) // 2] + lines[-1:]))
    fails(runner.invoke(main, ["load", str(spliced), "--store", str(tmp_path / "b")]), "it is incomplete")
    ok(runner.invoke(main, ["load", str(dump), "--store", str(tmp_path / "c")]))
    # a dump of another tool has no mark: loaded when the user says so
    ok(runner.invoke(main, ["load", str(cut), "--store", str(tmp_path / "d"), "--unmarked"]))
    trig = tmp_path / "all.trig"
    ok(runner.invoke(main, ["export", "-f", "trig", "--store", str(store_dir), "-o", str(trig)]))
    ok(runner.invoke(main, ["load", str(trig), "--store", str(tmp_path / "e")]))


@pytest.mark.skipif(not Path("/dev/full").exists(), reason="needs /dev/full")
@pytest.mark.parametrize(
    "args",
    [
        ["export", "-f", "nq"],
        ["query", "who-met-whom"],
        ["stats"],
        ["queries"],
        ["extract", str(ARTICLES / "dev01.txt")],
        ["export", "-f", "turtle"],
    ],
)
def test_output_to_a_full_device_is_one_line(store_dir, args):
    needs_store = args[0] in ("export", "query", "stats")
    with open("/dev/full", "w") as full:
        run = subprocess.run(
            [*KG, *args, *(["--store", str(store_dir)] if needs_store else [])],
            stdout=full,
            stderr=subprocess.PIPE,
            text=True,
            timeout=120,
        )
    assert run.returncode == 1
    assert "No space left on device" in run.stderr and "Traceback" not in run.stderr, run.stderr
    assert len(run.stderr.strip().splitlines()) == 1, run.stderr


def test_binary_query_input_is_one_line(store_dir):
    run = subprocess.run(
        [*KG, "query", "-", "--store", str(store_dir)],
        input=b"\xff\xfeSELECT",
        capture_output=True,
        timeout=60,
    )
    assert run.returncode == 1
    err = run.stderr.decode()
    assert "not UTF-8" in err and "Traceback" not in err, err


@pytest.mark.parametrize(
    "args, option",
    [
        (["extract", str(ARTICLES / "dev01.txt"), "--max-size", "nan"], "--max-size"),
        (["extract", str(ARTICLES / "dev01.txt"), "--max-size", "inf"], "--max-size"),
        (["ingest", str(ARTICLES / "dev01.txt"), "--max-size", "nan"], "--max-size"),
        (["query", "who-met-whom", "--timeout", "nan"], "--timeout"),
        (["query", "who-met-whom", "--timeout", "-1"], "--timeout"),
    ],
)
def test_numbers_that_are_no_numbers_are_refused(runner, store_dir, args, option):
    result = runner.invoke(main, [*args, "--store", str(store_dir)] if args[0] != "extract" else args)
    assert result.exit_code == 2 and option in result.output and "finite number" in result.output


@pytest.mark.parametrize("url", ["http://[::1", "http://127.0.0.1:notaport/", "http://127.0.0.1:99999/"])
def test_server_urls_that_are_no_urls_are_one_line(runner, url):
    fails(runner.invoke(main, ["query", "who-met-whom", "--store", url]), "not a usable server URL")


def test_a_store_that_lost_its_current_file_is_called_damaged(runner, store_dir):
    (store_dir / "CURRENT").unlink()
    for args in (["stats"], ["query", "who-met-whom"], ["ingest", str(ARTICLES / "dev01.txt")]):
        fails(runner.invoke(main, [*args, "--store", str(store_dir)]), "holds a damaged store")


def test_a_server_that_stops_mid_answer_is_a_query_error():
    import http.client

    from kg.errors import QueryError
    from kg.store.remote import _broken_off

    def answer():
        yield 1
        raise http.client.IncompleteRead(b"partial", 100)

    with pytest.raises(QueryError, match="broke off"):
        list(_broken_off(answer()))
