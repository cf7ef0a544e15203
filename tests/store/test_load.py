"""kg load: a dump moves a graph to another machine, all of it, fast; a bad dump writes nothing."""

import shutil

import pytest

from kg.cli.write import main
from kg.store import open_store
from kg.store.base import export_bytes
from tests.cliresult import fails, ok
from tests.paths import QUERIES, SEED


@pytest.mark.parametrize("fmt", ["nq", "trig"])
def test_a_dump_loads_into_a_store_that_answers_the_same(runner, corpus_store_dir, tmp_path, fmt):
    source = tmp_path / "source"
    shutil.copytree(corpus_store_dir, source)
    dump = tmp_path / f"igkg.{fmt}"
    ok(runner.invoke(main, ["export", "-f", fmt, "-o", str(dump), "--store", str(source)]))
    target = tmp_path / "target"
    r = ok(runner.invoke(main, ["load", str(dump), "--store", str(target)]))
    assert "named graphs" in r.stderr
    for store_dir in (source, target):
        s = open_store(store_dir, readonly=True)
        try:
            if store_dir == source:
                named, merged = (
                    set(export_bytes(s, "nq").splitlines()),
                    set(export_bytes(s, "nt").splitlines()),
                )
            else:
                assert set(export_bytes(s, "nq").splitlines()) == named
                assert set(export_bytes(s, "nt").splitlines()) == merged  # the merged graph is rebuilt
        finally:
            s.close()
    q = str(QUERIES / "who-met-whom.rq")
    assert (
        ok(runner.invoke(main, ["query", q, "-f", "csv", "--store", str(target)])).stdout
        == ok(runner.invoke(main, ["query", q, "-f", "csv", "--store", str(source)])).stdout
    )
    # a loaded store takes further ingests: its articles carry their hashes
    r = ok(runner.invoke(main, ["ingest", str(SEED), "--store", str(target), "-j", "1"]))
    assert "1 unchanged" in r.stderr


def test_load_refuses_a_store_with_articles_and_a_bad_dump(runner, seed_store_dir, tmp_path):
    store = tmp_path / "store"
    shutil.copytree(seed_store_dir, store)
    dump = tmp_path / "x.nq"
    ok(runner.invoke(main, ["export", "-f", "nq", "-o", str(dump), "--store", str(store)]))
    fails(runner.invoke(main, ["load", str(dump), "--store", str(store)]), "already holds 1 article(s)")
    bad = tmp_path / "bad.nq"
    bad.write_bytes(dump.read_bytes()[:5000] + b"\n<broken\n" + dump.read_bytes()[5000:])
    empty = tmp_path / "empty"
    fails(runner.invoke(main, ["load", str(bad), "--store", str(empty)]), "bad.nq: not a valid dump")
    assert not empty.exists()  # nothing was loaded, and no store folder was made for a dump refused
    fails(
        runner.invoke(main, ["load", str(tmp_path / "x.ttl"), "--store", str(empty)]),
        "reads N-Quads (.nq) or TriG",
    )
    fails(
        runner.invoke(main, ["load", str(tmp_path / "none.nq"), "--store", str(empty)]),
        "none.nq: no such file",
    )
