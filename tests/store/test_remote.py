"""--store http://…: a real `oxigraph serve` on loopback as the store, including one stopped mid-ingest."""

import json
import re
import shutil
import signal
import subprocess
import time

import pytest

from kg.rdf.ontology import article_iri_for_file
from kg.store import open_store
from kg.store.base import IDENTITY_GRAPH, ONTOLOGY_GRAPH, SUMMARY_GRAPH, export_bytes
from kg.web.serve import oxigraph_binary
from tests.paths import ARTICLES, FIXTURES, QUERIES
from tests.servers import KG, start_oxigraph, stop

pytestmark = [
    pytest.mark.server,
    pytest.mark.skipif(
        oxigraph_binary() is None, reason="the oxigraph server (PyPI: oxigraph) is not installed"
    ),
]

SOURCES = [ARTICLES, FIXTURES / "genre"]


def kg(*args, timeout=300, env=None):
    return subprocess.run([*KG, *map(str, args)], capture_output=True, text=True, timeout=timeout, env=env)


@pytest.fixture(scope="module")
def local_reference(tmp_path_factory):
    """The same articles ingested into a local store: what the server must end up holding."""
    path = tmp_path_factory.mktemp("local") / "store"
    assert kg("ingest", *SOURCES, "--store", path, "-j", "2").returncode == 0
    return path


def dataset_lines(location) -> set[bytes]:
    store = open_store(location, readonly=True)
    try:
        return set(export_bytes(store, "nq").splitlines())
    finally:
        store.close()


@pytest.fixture
def server(tmp_path):
    proc, url = start_oxigraph(tmp_path / "remote")
    yield url
    stop(proc)


def test_optimize_leaves_a_sparql_server_to_compact_itself(server):
    from click.testing import CliRunner

    from kg.cli import main
    from tests.cliresult import ok

    open_store(server).close()  # the ontology graph: the server now holds igkg data
    r = ok(CliRunner().invoke(main, ["optimize", "--store", server]))
    assert "nothing to compact: a SPARQL server compacts its own storage" in r.stderr


def test_ingest_query_export_through_a_sparql_server(server, local_reference, tmp_path):
    r = kg("ingest", *SOURCES, "--store", server, "-j", "2")
    assert r.returncode == 0, r.stderr
    assert "ingested 47 article(s)" in r.stderr
    assert dataset_lines(server) == dataset_lines(local_reference)
    for q in sorted(QUERIES.glob("*.rq")):
        here = kg("query", q, "--store", local_reference, "-f", "csv")
        there = kg("query", q, "--store", server, "-f", "csv")
        assert there.returncode == 0, there.stderr
        assert there.stdout == here.stdout, q.name
    for fmt in ("turtle", "trig", "jsonld"):
        assert kg("export", "-f", fmt, "-o", tmp_path / f"out.{fmt}", "--store", server).returncode == 0
    assert (
        kg("export", "-f", "jsonld", "-o", tmp_path / "here.jsonld", "--store", local_reference).returncode
        == 0
    )
    assert json.loads((tmp_path / "out.jsonld").read_text()) == json.loads(
        (tmp_path / "here.jsonld").read_text()
    )
    assert kg("validate", "--store", server).returncode == 0
    stats = kg("stats", "--store", server)
    assert "articles (named graphs): 47" in stats.stdout
    assert kg("viz", "-o", tmp_path / "g.html", "--store", server).returncode == 0
    # again: nothing to do; then one article removed
    again = kg("ingest", *SOURCES, "--store", server)
    assert "ingested 0 article(s)" in again.stderr and "47 unchanged" in again.stderr
    assert kg("remove", "seed", "--store", server).returncode == 0
    assert len(dataset_lines(server)) < len(dataset_lines(local_reference))


def test_a_changed_file_replaces_its_article_on_the_server(server, tmp_path):
    article = tmp_path / "a.txt"
    shutil.copy(ARTICLES / "seed.txt", article)
    assert kg("ingest", article, "--store", server, "-j", "1").returncode == 0
    article.write_text(
        article.read_text(encoding="utf-8").replace("Александр Турчин", "Роман Головченко"), encoding="utf-8"
    )
    assert kg("ingest", article, "--store", server, "-j", "1").returncode == 0
    names = kg(
        "query", "SELECT ?n WHERE { ?p a dip:Person ; rdfs:label ?n }", "--store", server, "-f", "csv"
    ).stdout
    assert "Роман Головченко" in names and "Александр Турчин" not in names
    graphs = kg(
        "query", "SELECT ?g WHERE { GRAPH ?g { ?g a dip:Article } }", "--store", server, "-f", "csv"
    ).stdout
    assert len(graphs.split()) == 2  # header and the one article


def test_server_stopped_mid_ingest_then_a_rerun_completes(tmp_path, local_reference):
    location = tmp_path / "remote"
    proc, url = start_oxigraph(location)
    port = int(url.rsplit(":", 1)[1])
    ingest = subprocess.Popen(
        [*KG, "ingest", *map(str, SOURCES), "--store", url, "-j", "1"],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        deadline = time.monotonic() + 120
        while True:  # let some articles land, then pull the plug
            assert time.monotonic() < deadline and ingest.poll() is None, (
                "ingest ended before the server stopped"
            )
            count = kg(
                "query", "SELECT (COUNT(*) AS ?n) WHERE { ?a a dip:Article }", "--store", url, "-f", "csv"
            )
            if count.returncode == 0 and int(count.stdout.split()[1]) >= 5:
                break
            time.sleep(0.2)
        stop(proc, signal.SIGKILL)
        _, err = ingest.communicate(timeout=300)
    finally:
        if ingest.poll() is None:
            ingest.kill()
    assert ingest.returncode == 1
    line = err.strip().splitlines()[-1]
    m = re.match(
        r"Error: (\S+\.txt): not written: .*cannot reach the SPARQL server.*; (\d+) article\(s\) before it "
        r"landed, nothing after it was written \(rerun to complete\)$",
        line,
    )
    assert m, err
    landed = int(m.group(2))
    assert landed >= 4

    proc, url = start_oxigraph(location, port)
    try:
        rerun = kg("ingest", *SOURCES, "--store", url, "-j", "2")
        assert rerun.returncode == 0, rerun.stderr
        # the article in flight when the server died may have been committed before it could answer
        assert any(
            f"{47 - n} article(s)" in rerun.stderr or f"{n} unchanged" in rerun.stderr
            for n in (landed, landed + 1)
        ), rerun.stderr
        assert dataset_lines(url) == dataset_lines(local_reference)  # nothing twice, nothing lost
    finally:
        stop(proc)


def test_a_server_whose_default_graph_is_the_union(tmp_path, local_reference):
    proc, url = start_oxigraph(tmp_path / "union", union=True)
    try:
        assert kg("ingest", ARTICLES, "--store", url, "-j", "2").returncode == 0
        store = open_store(url, readonly=True)
        try:  # named graphs only (no probe left behind), as the local store has them
            assert set(store.graph_names()) == {  # and the summary graph and identity index ingest keeps
                ONTOLOGY_GRAPH,
                SUMMARY_GRAPH,
                IDENTITY_GRAPH,
                *(article_iri_for_file(p) for p in ARTICLES.glob("*.txt")),
            }
            from kg.ingest.summary import is_fresh

            assert is_fresh(store)
            for g in store.graph_names():
                if g in (SUMMARY_GRAPH, IDENTITY_GRAPH):
                    continue  # aggregates of these articles only (the reference also has the genre fixtures)
                here = store.query(f"SELECT ?s ?p ?o WHERE {{ GRAPH <{g}> {{ ?s ?p ?o }} }}").rows
                there = local_graph(local_reference, g)
                assert set(here) == there, g
        finally:
            store.close()
        again = kg("ingest", ARTICLES, "--store", url)
        assert "17 unchanged" in again.stderr
        assert kg("remove", "seed", "--store", url).returncode == 0
    finally:
        stop(proc)


def local_graph(location, g) -> set:
    store = open_store(location, readonly=True)
    try:
        return set(store.query(f"SELECT ?s ?p ?o WHERE {{ GRAPH <{g}> {{ ?s ?p ?o }} }}").rows)
    finally:
        store.close()


def test_unreachable_server_and_store_from_the_environment(tmp_path):
    import os

    r = kg("query", "ASK {}", "--store", "http://127.0.0.1:1/")
    assert r.returncode == 1 and r.stderr.strip().splitlines()[-1].startswith(
        "Error: http://127.0.0.1:1/: cannot reach the SPARQL server"
    )
    proc, url = start_oxigraph(tmp_path / "env")
    try:
        env = {**os.environ, "IGKG_STORE": url}
        assert kg("ingest", ARTICLES / "seed.txt", "-j", "1", env=env).returncode == 0
        assert "true" in kg("query", "ASK { ?m a dip:Meeting }", env=env).stdout
    finally:
        stop(proc)
