"""Compaction: kg optimize, and kg load and large ingests compacting on their own; the data never change."""

import pytest

from kg.cli.write import main
from kg.errors import StoreError
from kg.store import open_store
from kg.store.base import export_bytes
from kg.store.compact import optimize, worth_compacting
from tests.cliresult import fails, ok
from tests.paths import QUERIES, SEED


def test_optimize_compacts_and_keeps_every_quad(seed_store):
    before = export_bytes(seed_store, "nq")
    report = optimize(seed_store)
    assert report.compacted and report.seconds >= 0
    assert report.bytes_before > 0 and report.bytes_after > 0
    assert export_bytes(seed_store, "nq") == before


def test_backends_without_files_have_nothing_to_compact():
    memory = open_store(backend="memory")
    assert optimize(memory).compacted is False
    from kg.store.oxigraph import OxigraphStore

    assert OxigraphStore(None).optimize() is False  # Oxigraph in memory


def test_a_store_opened_for_reading_refuses(seed_store_dir):
    store = open_store(seed_store_dir, readonly=True)
    try:
        with pytest.raises(StoreError, match="opened for reading only"):
            store.optimize()
    finally:
        store.close()


class _FullDisk:
    def optimize(self):
        raise OSError(28, "No space left on device")

    def flush(self):
        pass


def test_an_engine_error_is_a_store_error(seed_store):
    engine, seed_store._store = seed_store._store, _FullDisk()
    try:
        with pytest.raises(StoreError, match="compaction failed, store unchanged: .*No space left"):
            seed_store.optimize()
    finally:
        seed_store._store = engine


def test_the_threshold():
    assert not worth_compacting(999, 199_999)
    assert worth_compacting(1_000, 0)
    assert worth_compacting(3, 200_000)


def test_ingest_compacts_after_a_large_run_only(tmp_path, extractor, monkeypatch):
    from kg.ingest.runner import ingest

    store = open_store(tmp_path / "small")
    try:
        assert ingest([SEED], store, extractor).compaction is None  # one article: no pause
    finally:
        store.close()
    monkeypatch.setattr("kg.store.compact.COMPACT_AFTER_ARTICLES", 1)
    store = open_store(tmp_path / "large")
    try:
        report = ingest([SEED], store, extractor)
        assert report.compaction is not None and report.compaction.compacted
    finally:
        store.close()


def test_kg_optimize(runner, store_dir):
    q = str(QUERIES / "who-met-whom.rq")
    before = ok(runner.invoke(main, ["query", q, "-f", "csv", "--store", str(store_dir)])).stdout
    r = ok(runner.invoke(main, ["optimize", "--store", str(store_dir)]))
    assert r.stderr.startswith("compacted the store in ") and " MB → " in r.stderr
    assert ok(runner.invoke(main, ["query", q, "-f", "csv", "--store", str(store_dir)])).stdout == before


def test_kg_optimize_errors(runner, tmp_path):
    missing = tmp_path / "nothing"
    text = fails(runner.invoke(main, ["optimize", "--store", str(missing)]), "no store here yet")
    assert str(missing) in text
    assert not missing.exists()  # no store was made to be compacted
    fails(runner.invoke(main, ["optimize", "--backend", "memory"]), "--backend memory keeps nothing")
    a_file = tmp_path / "file"
    a_file.write_text("x")
    fails(runner.invoke(main, ["optimize", "--store", str(a_file)]), "is a file, not a store folder")


def test_kg_load_compacts_unless_told_not_to(runner, seed_store_dir, tmp_path):
    dump = tmp_path / "seed.nq"
    ok(runner.invoke(main, ["export", "-f", "nq", "-o", str(dump), "--store", str(seed_store_dir)]))
    r = ok(runner.invoke(main, ["load", str(dump), "--store", str(tmp_path / "a")]))
    assert "compacted the store in" in r.stderr
    r = ok(runner.invoke(main, ["load", str(dump), "--store", str(tmp_path / "b"), "--no-compact"]))
    assert "compacted" not in r.stderr
