"""Ingest at scale: identity, the worker pool, re-ingest, routing, limits (library level)."""

import os
import shutil
import signal
import threading
import time

import psutil
import pytest
from rdflib import URIRef

from kg.errors import InputError
from kg.extract import Extractor
from kg.ingest.runner import ingest
from kg.rdf.ontology import article_iri, article_iri_for_file
from kg.store import open_store
from kg.store.base import ONTOLOGY_GRAPH, UNMERGED_GRAPHS
from tests.paths import ARTICLES, FIXTURES, SEED, SEED_IRI


def quads(store) -> set:
    return {
        (s, p, o, g.identifier if hasattr(g, "identifier") else g)
        for s, p, o, g in store.dataset().quads((None, None, None, None))
    }


def articles_in(store) -> set:
    return {g for g in store.graph_names() if g != ONTOLOGY_GRAPH and g not in UNMERGED_GRAPHS}


@pytest.fixture
def store(tmp_path):
    s = open_store(tmp_path / "store")
    yield s
    s.close()


@pytest.mark.parametrize(
    "names", [("with space.txt", "with-space.txt"), ("会谈.txt", "访问.txt"), ("a/SEED.txt", "b/seed.txt")]
)
def test_files_whose_names_give_one_slug_stay_distinct(store, extractor, tmp_path, names):
    texts = [(ARTICLES / "dev01.txt").read_bytes(), (ARTICLES / "dev02.txt").read_bytes()]
    files = []
    for name, text in zip(names, texts):
        path = tmp_path / "in" / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(text)
        files.append(path)
    report = ingest(files, store, extractor)
    assert len(report.landed) == 2
    assert articles_in(store) == {article_iri_for_file(f) for f in files}
    # each keeps its own facts: the meetings of both articles are there
    for f in files:
        alone = open_store(backend="memory")
        ingest([f], alone, extractor)
        iri = article_iri_for_file(f)
        assert {q for q in quads(store) if q[3] == iri} == {q for q in quads(alone) if q[3] == iri}


def test_the_same_text_under_two_names_is_one_article(store, extractor, tmp_path):
    copy = tmp_path / "copy-of-seed.txt"
    copy.write_bytes(SEED.read_bytes().replace(b"\n", b"\r\n"))  # Windows line ends: the same text
    report = ingest([SEED, copy], store, extractor)
    assert report.duplicates == [(str(copy), SEED_IRI.rsplit("/", 1)[-1])]
    assert articles_in(store) == {URIRef(SEED_IRI)}
    # and again on a later run, against the store
    report = ingest([copy], store, extractor)
    assert report.duplicates == [(str(copy), SEED_IRI.rsplit("/", 1)[-1])] and not report.landed


class RefusingExtractor(Extractor):
    """Fails the test if ingest extracts anything."""

    def extract_file(self, *args, **kwargs):
        raise AssertionError(f"extracted {args[0]} again")


def test_unchanged_texts_are_not_extracted_again(store, extractor):
    ingest([ARTICLES], store, extractor)
    before = quads(store)
    report = ingest(
        [ARTICLES], store, RefusingExtractor(gazetteer=extractor.gazetteer, models=extractor.models)
    )
    assert len(report.unchanged) == 17 and not report.landed and not report.failed
    assert quads(store) == before


def test_a_store_of_older_igkg_gets_its_article_replaced(store, extractor):
    from kg.rdf.mapping import article_to_graph

    old = article_to_graph(extractor.extract(SEED.read_text(encoding="utf-8"), "seed"))
    store.replace_graphs({article_iri("seed"): old})  # the file-stem id of igkg before content hashes
    report = ingest([SEED], store, extractor)
    assert report.replaced == [str(article_iri("seed"))]
    assert articles_in(store) == {URIRef(SEED_IRI)}


def test_parallel_ingest_changes_no_fact(tmp_path, extractor):
    """The quality invariant: serial and pooled ingest give isomorphic graphs, article by article."""
    sources = [ARTICLES, FIXTURES / "genre"]
    serial = open_store(tmp_path / "serial")
    pooled = open_store(tmp_path / "pooled")
    try:
        a = ingest(sources, serial, extractor)
        b = ingest(sources, pooled, jobs=2)
        assert a.landed == b.landed and len(a.landed) == 47
        assert quads(serial) == quads(pooled)  # no blank nodes, so equal quads are isomorphic graphs
        assert {t for t in serial.union()} == {t for t in pooled.union()}
    finally:
        serial.close()
        pooled.close()


def test_folders_give_txt_html_htm_and_name_the_files_skipped(store, extractor, tmp_path):
    folder = tmp_path / "news"
    (folder / "sub").mkdir(parents=True)
    (folder / ".git").mkdir()
    text, page = SEED.read_bytes(), (FIXTURES / "html" / "visit.html").read_bytes()
    for name in ("a.txt", "sub/b.html", "c.HTM", "d.yaml", "e.pdf", ".hidden.txt", ".git/f.txt"):
        (folder / name).write_bytes(
            (page if name.lower().endswith((".html", ".htm")) else text) + name.encode()
        )
    seen = []

    class Recording(Extractor):
        def extract_file(self, path, publisher_country=None, article_id=None):
            seen.append(path.name)  # ingest only routes; the extractor reads text and web pages alike
            return super().extract_file(path, publisher_country, article_id)

    report = ingest([folder], store, Recording(gazetteer=extractor.gazetteer, models=extractor.models))
    assert sorted(seen) == ["a.txt", "b.html", "c.HTM"]
    assert sorted(os.path.basename(p) for p in report.skipped_files) == ["d.yaml", "e.pdf"]
    assert len(report.landed) == 3


def test_problems_seen_without_reading_stop_the_run_before_anything_is_written(store, extractor, tmp_path):
    big = tmp_path / "big.txt"
    big.write_bytes(SEED.read_bytes() * 10)
    with pytest.raises(InputError, match=r"big.txt: .* is over the 16 KB limit.*nothing was written"):
        ingest([SEED, big], store, extractor, max_bytes=16 * 1024)
    assert not articles_in(store)
    os.mkfifo(tmp_path / "pipe.txt")  # reading it would block for ever
    (tmp_path / "zero.txt").symlink_to("/dev/zero")  # reading it would never end
    for bad in ("pipe.txt", "zero.txt"):
        with pytest.raises(InputError, match=f"{bad}: not a regular file"):
            ingest([SEED, tmp_path / bad], store, extractor)
    report = ingest([tmp_path], store, extractor, skip_errors=True, max_bytes=16 * 1024)
    assert sorted(os.path.basename(p) for p, _ in report.failed) == ["big.txt", "pipe.txt", "zero.txt"]


def test_a_line_of_5000_digits_is_one_article_error(store, extractor, tmp_path):
    odd = (
        tmp_path / "digits.txt"
    )  # a 5,000-digit counter line once raised ValueError; now it is only a counter
    odd.write_text(
        "Заголовок\n\nПолитика\n" + "7" * 5000 + "\n\nМинистр встретился с послом.\n", encoding="utf-8"
    )
    bad = tmp_path / "only-digits.txt"
    bad.write_text("7" * 5000 + "\n", encoding="utf-8")
    report = ingest([odd, bad, SEED], store, extractor, skip_errors=True)
    ((path, message),) = report.failed
    assert path == str(bad) and message.startswith(f"{bad}: ") and "\n" not in message
    assert sorted(p for _, p in report.landed) == sorted([str(odd), str(SEED)])


@pytest.mark.slow
def test_one_extraction_cannot_take_all_memory(store, tmp_path):
    body = "\n".join(p.read_text(encoding="utf-8").split("\n", 2)[2] for p in sorted(ARTICLES.glob("*.txt")))
    huge = tmp_path / "huge.txt"
    huge.write_text("Большая статья\n\n" + body * 20, encoding="utf-8")  # ~0.8 MB: ~800 MB to extract
    report = ingest([huge, SEED], store, jobs=1, skip_errors=True, max_memory_mb=40)
    ((path, message),) = report.failed
    assert path == str(huge) and "memory" in message
    assert [p for _, p in report.landed] == [str(SEED)]


@pytest.mark.slow
@pytest.mark.parametrize("kills", [1, 2])
def test_a_worker_killed_mid_run(store, tmp_path, kills):
    """Killed once, the article is tried again and lands; killed twice, it is reported and the run goes on."""
    body = "\n".join(p.read_text(encoding="utf-8").split("\n", 2)[2] for p in sorted(ARTICLES.glob("*.txt")))
    slow = tmp_path / "slow.txt"
    slow.write_text("Длинная статья\n\n" + body * 3, encoding="utf-8")
    files = [slow, *sorted(ARTICLES.glob("dev0*.txt"))]
    killed = []

    def kill_busy_workers():
        deadline = time.monotonic() + 120
        while time.monotonic() < deadline and len(killed) < kills:
            for child in psutil.Process().children():
                try:
                    if (
                        "kg.ingest.workers" in child.cmdline()
                        and child.pid not in killed
                        and child.cpu_percent(interval=0.3) > 50
                        and child.cpu_times().user > 2
                    ):
                        os.kill(child.pid, signal.SIGKILL)  # past loading the models: extracting slow.txt
                        killed.append(child.pid)
                except psutil.Error:
                    continue

    killer = threading.Thread(target=kill_busy_workers)
    killer.start()
    report = ingest(files, store, jobs=1, skip_errors=True)
    killer.join()
    assert len(killed) == kills
    landed = files if kills == 1 else files[1:]
    assert [p for _, p in report.landed] == [str(f) for f in landed]
    assert articles_in(store) == {article_iri_for_file(f) for f in landed}
    if kills == 2:
        assert [(p, "died twice" in m) for p, m in report.failed] == [(str(slow), True)]


def test_memory_backend_is_a_library_store(extractor):
    store = open_store(backend="memory")
    ingest([SEED], store, extractor)
    assert URIRef(SEED_IRI) in store.graph_names()


def test_ingest_copies_store_unharmed_by_a_second_writer(tmp_path, extractor):
    from kg.errors import StoreError

    path = tmp_path / "store"
    first = open_store(path)
    try:
        with pytest.raises(StoreError, match="in use by another igkg command"):
            open_store(path)
        with pytest.raises(StoreError, match="being written by another igkg command"):
            open_store(path, readonly=True)
    finally:
        first.close()
    shutil.rmtree(path)


def test_an_unknown_publisher_country_is_refused_before_any_work(store, extractor):
    with pytest.raises(InputError, match="unknown publisher country code 'zz'"):
        ingest([ARTICLES], store, extractor, publisher_country="zz")
    assert not articles_in(store)


def test_a_file_name_that_is_not_utf8_is_that_article_error(store, extractor, tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    bad = os.fsdecode(bytes(folder) + b"/\xff\xfe.txt")
    with open(os.fsencode(bad), "wb") as fh:
        fh.write(SEED.read_bytes())
    shutil.copy(ARTICLES / "dev01.txt", folder / "dev01.txt")
    report = ingest([folder], store, extractor, skip_errors=True)
    assert [m.split(": ", 1)[1] for _, m in report.failed] == ["the file name is not UTF-8; rename the file"]
    assert [p for _, p in report.landed] == [str(folder / "dev01.txt")]
