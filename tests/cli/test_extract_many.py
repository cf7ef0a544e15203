"""kg extract of many files in one process: each article's graph as alone, laid out as the format says."""

import io
import json

import pytest
from rdflib import RDF, Dataset, Graph
from rdflib.compare import isomorphic

from kg.cli.write import main
from kg.errors import InputError
from kg.ingest.extraction import extract_files
from kg.rdf.ontology import DIP
from tests.cliresult import fails, ok
from tests.paths import ARTICLES, SEED

OTHER = ARTICLES / "dev01.txt"


def _extract(extractor, paths, fmt, **kw) -> bytes:
    out = io.BytesIO()
    extract_files(paths, fmt, out, extractor=extractor, **kw)
    return out.getvalue()


@pytest.fixture(scope="module")
def alone(extractor) -> dict:
    """Each article extracted on its own, as N-Triples."""
    return {p: Graph().parse(data=_extract(extractor, [p], "nt"), format="nt") for p in (SEED, OTHER)}


def _named(data: bytes, fmt: str) -> dict[str, Graph]:
    ds = Dataset()
    ds.parse(data=data, format=fmt)
    return {str(g.identifier): g for g in ds.graphs() if len(g) and "/article/" in str(g.identifier)}


@pytest.mark.parametrize("fmt", ["nq", "trig"])
def test_one_named_graph_per_article(extractor, alone, fmt):
    graphs = _named(_extract(extractor, [SEED, OTHER], fmt), "nquads" if fmt == "nq" else "trig")
    assert len(graphs) == 2
    for path, g in alone.items():
        (name,) = set(g.subjects(RDF.type, DIP.Article))
        assert isomorphic(graphs[str(name)], g), path


@pytest.mark.parametrize("fmt", ["nt", "turtle"])
def test_triples_formats_concatenate_into_the_union(extractor, alone, fmt):
    data = _extract(extractor, [SEED, OTHER], fmt)
    union = Graph()
    for g in alone.values():
        union += g
    assert isomorphic(Graph().parse(data=data, format=fmt), union)
    if fmt == "turtle":
        assert data.decode().count(f"# {SEED}\n") == 1  # each document names its file


def test_jsonld_of_several_is_one_dataset(extractor):
    doc = json.loads(_extract(extractor, [SEED, OTHER], "jsonld"))
    assert "@context" in doc and len(doc["@graph"]) == 2
    assert all("@id" in g and g["@graph"] for g in doc["@graph"])


def test_a_bad_article_stops_the_run_after_the_ones_before(extractor, tmp_path):
    bad = tmp_path / "bad.txt"
    bad.write_bytes(b"\x00\x01binary\x00")
    out = io.BytesIO()
    with pytest.raises(InputError, match=r"bad\.txt: binary file.*stopped there: 1 article\(s\) before it"):
        extract_files([SEED, bad, OTHER], "nt", out, extractor=extractor)
    assert b"seed-" in out.getvalue() and b"dev01-" not in out.getvalue()
    out = io.BytesIO()
    report = extract_files([SEED, bad, OTHER], "jsonld", out, extractor=extractor, skip_errors=True)
    assert report.written == [str(SEED), str(OTHER)] and report.failed[0][0] == str(bad)
    assert len(json.loads(out.getvalue())["@graph"]) == 2  # the document is whole all the same


def test_cli_many_files(runner, tmp_path):
    r = ok(runner.invoke(main, ["extract", str(SEED), str(OTHER), "-f", "nq"]))
    assert len(_named(r.stdout_bytes, "nquads")) == 2
    missing = tmp_path / "nope.txt"
    r = runner.invoke(main, ["extract", str(SEED), str(missing)])
    fails(r, f"{missing}: no such file; nothing was written")
    assert r.stdout == ""  # checked before the models load: nothing printed
    bad = tmp_path / "bad.txt"
    bad.write_bytes(b"")
    r = runner.invoke(main, ["extract", str(bad), str(SEED), "--skip-errors", "-f", "nt"])
    assert r.exit_code == 1 and "failed     " in r.stderr and "bad.txt: empty file" in r.stderr
    assert "1 article(s) failed (listed above); the others were written" in r.stderr
    assert len(Graph().parse(data=r.stdout, format="nt")) > 100
