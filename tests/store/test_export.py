"""Export in every format, parsed back and compared with the store."""

import pytest
from rdflib import Dataset, Graph
from rdflib.compare import isomorphic

from kg.errors import FormatError
from kg.store.base import export_bytes

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


@pytest.mark.parametrize("fmt", ["trig", "nq"])
def test_a_large_store_is_exported_by_several_processes_to_the_same_dataset(
    corpus_store_dir, monkeypatch, fmt
):
    import kg.store.export
    from kg.store import open_store

    store = open_store(corpus_store_dir, readonly=True)
    try:
        serial = export_bytes(store, fmt)
        monkeypatch.setattr(kg.store.export, "GRAPHS_PER_WORKER", 4)  # 20 graphs: one process per core
        monkeypatch.setattr(kg.store.export, "workers_for", lambda n: 2)
        parallel = export_bytes(store, fmt)
    finally:
        store.close()
    assert parallel != serial  # the other writer was used
    a, b = Dataset(), Dataset()
    a.parse(data=serial.decode("utf-8"), format=RDFLIB[fmt])
    b.parse(data=parallel.decode("utf-8"), format=RDFLIB[fmt])
    names = {g.identifier for g in a.graphs() if len(g)}
    # 17 articles, the ontology, the summary graph and the identity index (which dumps carry, so a
    # `kg load`ed store is summarized and consolidated as the dumped one was)
    assert names == {g.identifier for g in b.graphs() if len(g)} and len(names) == 20
    for name in names:
        assert isomorphic(a.graph(name), b.graph(name)), name
