"""Export in every format, parsed back and compared with the store."""

import pytest
from rdflib import Dataset, Graph
from rdflib.compare import isomorphic

from kg.errors import FormatError
from kg.store import export_bytes

RDFLIB = {"turtle": "turtle", "nt": "nt", "trig": "trig", "nq": "nquads", "jsonld": "json-ld"}


@pytest.mark.parametrize("fmt", ["turtle", "nt"])
def test_triple_formats_round_trip_to_the_merged_graph(seed_store, fmt):
    data = export_bytes(seed_store, fmt)
    back = Graph().parse(data=data.decode("utf-8"), format=RDFLIB[fmt])
    assert isomorphic(back, seed_store.union())


@pytest.mark.parametrize("fmt", ["trig", "nq", "jsonld"])
def test_dataset_formats_round_trip_graph_by_graph(seed_store, fmt):
    data = export_bytes(seed_store, fmt)
    back = Dataset()
    back.parse(data=data.decode("utf-8"), format=RDFLIB[fmt])
    ours = seed_store.dataset()
    names = {g.identifier for g in ours.graphs() if len(g)}
    assert {g.identifier for g in back.graphs() if len(g)} == names
    for name in names:
        assert isomorphic(back.graph(name), ours.graph(name)), name


def test_turtle_has_readable_prefixes(seed_store):
    text = export_bytes(seed_store, "turtle").decode("utf-8")
    assert "@prefix dip: <https://w3id.org/igkg/ontology#>" in text
    assert "dip:holdsPost" in text


def test_unknown_format(seed_store):
    with pytest.raises(FormatError, match="unknown export format 'xml'"):
        export_bytes(seed_store, "xml")
