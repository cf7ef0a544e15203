"""Any SPARQL client over HTTP: a real `oxigraph serve` on a store written by `kg ingest`."""

import json
import socket
import subprocess
import time
import urllib.parse
import urllib.request

import pytest

from kg.cli.write import oxigraph_binary
from tests.paths import QUERIES, SEED_IRI

pytestmark = [
    pytest.mark.server,
    pytest.mark.skipif(
        oxigraph_binary() is None, reason="the oxigraph server (PyPI: oxigraph) is not installed"
    ),
]


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture
def endpoint(corpus_store_dir, tmp_path):
    import shutil

    store = tmp_path / "store"
    shutil.copytree(corpus_store_dir, store)
    port = free_port()
    proc = subprocess.Popen(
        [oxigraph_binary(), "serve-read-only", "--location", str(store), "--bind", f"127.0.0.1:{port}"],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
    )
    url = f"http://127.0.0.1:{port}/query"
    deadline = time.monotonic() + 30
    while True:
        try:
            sparql(url, "ASK {}")
            break
        except OSError:
            if proc.poll() is not None or time.monotonic() > deadline:
                proc.kill()
                raise RuntimeError(f"oxigraph did not start: {proc.stderr.read().decode()[-500:]}") from None
            time.sleep(0.2)
    yield url
    proc.terminate()
    proc.wait(timeout=10)


def sparql(url: str, query: str) -> dict:
    req = urllib.request.Request(
        url,
        data=urllib.parse.urlencode({"query": query}).encode(),
        headers={
            "Accept": "application/sparql-results+json",
            "Content-Type": "application/x-www-form-urlencoded",
        },
    )
    with urllib.request.urlopen(req, timeout=10) as resp:
        return json.loads(resp.read())


PREFIXES = (
    "PREFIX dip: <https://w3id.org/igkg/ontology#>\nPREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>\n"
    "PREFIX skos: <http://www.w3.org/2004/02/skos/core#>\nPREFIX prov: <http://www.w3.org/ns/prov#>\n"
    "PREFIX xsd: <http://www.w3.org/2001/XMLSchema#>\n"
)


def test_canned_query_over_http(endpoint):
    data = sparql(endpoint, PREFIXES + (QUERIES / "who-met-whom.rq").read_text(encoding="utf-8"))
    pairs = {(b["person1"]["value"], b["person2"]["value"]) for b in data["results"]["bindings"]}
    assert ("Олжас Бектенов", "Михаил Мишустин") in pairs or ("Михаил Мишустин", "Олжас Бектенов") in pairs


def test_default_graph_is_the_union_and_graph_selects_an_article(endpoint):
    all_meetings = sparql(endpoint, PREFIXES + "SELECT (COUNT(DISTINCT ?m) AS ?n) WHERE { ?m a dip:Meeting }")
    n_all = int(all_meetings["results"]["bindings"][0]["n"]["value"])
    per_graph = sparql(
        endpoint,
        PREFIXES + "SELECT ?g (COUNT(DISTINCT ?m) AS ?n) WHERE { GRAPH ?g { ?m a dip:Meeting } } GROUP BY ?g",
    )
    rows = per_graph["results"]["bindings"]
    assert len(rows) >= 10
    assert n_all >= max(int(r["n"]["value"]) for r in rows) and n_all > 10
    seed = sparql(endpoint, PREFIXES + f"SELECT ?m WHERE {{ GRAPH <{SEED_IRI}> {{ ?m a dip:Meeting }} }}")
    assert len(seed["results"]["bindings"]) == 1
