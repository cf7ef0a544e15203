"""`kg serve` as a real process: its guard, its time limit, and its lock against writers."""

import json
import shutil
import signal
import subprocess
import time

import pytest

from kg.web.serve import oxigraph_binary
from tests.paths import ARTICLES, FIXTURES, QUERIES
from tests.servers import KG, bindings, sparql, start_kg_serve, stop

pytestmark = [
    pytest.mark.server,
    pytest.mark.skipif(
        oxigraph_binary() is None, reason="the oxigraph server (PyPI: oxigraph) is not installed"
    ),
]

PREFIXES = (
    "PREFIX dip: <https://w3id.org/igkg/ontology#>\nPREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>\n"
)


@pytest.fixture
def store(corpus_store_dir, tmp_path):
    path = tmp_path / "store"
    shutil.copytree(corpus_store_dir, path)
    return path


def kg(*args, timeout=300):
    return subprocess.run([*KG, *map(str, args)], capture_output=True, text=True, timeout=timeout)


def count_articles(url: str) -> int:
    status, body = sparql(url, PREFIXES + "SELECT (COUNT(*) AS ?n) WHERE { ?a a dip:Article }")
    assert status == 200, body
    return int(bindings(body)[0]["n"]["value"])


def test_served_store_refuses_writers_and_welcomes_readers(store):
    proc, url = start_kg_serve(store)
    try:
        before = count_articles(url)
        ingest = kg("ingest", FIXTURES / "genre" / "gen01.txt", "--store", store)
        assert ingest.returncode == 1
        assert f"the store is being served by kg serve (pid {proc.pid}, {url})" in ingest.stderr
        assert "stop it before changing the store" in ingest.stderr
        dump = store.parent / "x.nq"
        assert kg("export", "-f", "nq", "-o", dump, "--store", store).returncode == 0  # readers may
        for args in (["remove", "seed"], ["load", dump]):
            assert "being served by kg serve" in kg(*args, "--store", store).stderr
        # readers share the store with the server
        query = kg("query", QUERIES / "who-met-whom.rq", "--store", store, "-f", "csv")
        assert query.returncode == 0 and "Олжас Бектенов" in query.stdout
        assert count_articles(url) == before
    finally:
        stop(proc)
    assert proc.returncode == 0, proc.stderr.read().decode()
    # once stopped, ingest writes, and the next server sees it
    assert kg("ingest", FIXTURES / "genre" / "gen01.txt", "--store", store, "-j", "1").returncode == 0
    proc, url = start_kg_serve(store)
    try:
        assert count_articles(url) == before + 1
    finally:
        stop(proc)


def test_a_server_killed_outright_leaves_no_orphan_holding_the_store(store):
    proc, url = start_kg_serve(store)
    info = json.loads((store / "igkg-serve.json").read_text())
    assert info["pid"] == proc.pid
    stop(proc, signal.SIGKILL)
    deadline = time.monotonic() + 20
    while kg("ingest", ARTICLES / "dev01.txt", "--store", store, "-j", "1").returncode != 0:
        assert time.monotonic() < deadline, "the store stayed locked after kg serve died"
        time.sleep(0.5)


def test_the_endpoint_checks_queries_before_oxigraph_sees_them(store):
    proc, url = start_kg_serve(store)
    try:
        deep = (
            "SELECT * WHERE { FILTER(" + "(" * 5000 + "1" + ")" * 5000 + ") }"
        )  # killed oxigraph's server before
        status, body = sparql(url, deep)
        assert status == 400 and b"nested more than 64 levels" in body
        status, body = sparql(url, "SELECT * WHERE { SERVICE <http://127.0.0.1:9/> { ?s ?p ?o } }")
        assert status == 400 and b"refused" in body
        status, body = sparql(url, "INSERT DATA { <a> <b> <c> }")
        assert status == 400 and b"updates are not allowed" in body
        import urllib.error
        import urllib.request

        req = urllib.request.Request(
            url.replace("/query", "/update"), data=b"update=CLEAR%20ALL", method="POST"
        )
        with pytest.raises(urllib.error.HTTPError) as e:
            urllib.request.urlopen(req, timeout=10)
        assert e.value.code == 403
        # still serving
        assert count_articles(url) == 17
    finally:
        stop(proc)


def test_the_endpoint_stops_a_query_at_its_time_limit(store):
    proc, url = start_kg_serve(store, "--timeout", "2")
    try:
        started = time.monotonic()
        status, body = sparql(
            url, "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i }", timeout=60
        )
        assert time.monotonic() - started < 20
        assert b"cancelled" in body or status >= 500
        assert count_articles(url) == 17
    finally:
        stop(proc)


def test_serve_refuses_a_store_being_written(store, tmp_path):
    from kg.store import open_store

    writer = open_store(store)  # holds the store as ingest does
    try:
        proc = subprocess.run(
            [*KG, "serve", "--store", str(store), "--bind", "127.0.0.1:0"],
            capture_output=True,
            text=True,
            timeout=60,
        )
        assert proc.returncode == 1 and "being written by another igkg command" in proc.stderr
    finally:
        writer.close()
