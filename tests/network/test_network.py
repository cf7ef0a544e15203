"""The actor network of the bundled articles, its filters, focus and reduction, and the search keys."""

import pytest

from kg.errors import InputError
from kg.network.actors import NetworkOptions, actor_network, ego, find_node, reduce
from kg.rdf.searchkeys import matches, search_key

P = "https://w3id.org/igkg/id/person/"
C = "https://w3id.org/igkg/id/country/"
TOKAEV, PUTIN, MIRZIYOYEV = P + "kasym-zhomart-tokaev", P + "vladimir-putin", P + "shavkat-mirzieev"


@pytest.fixture(scope="module")
def corpus(corpus_store_dir):
    from kg.store import open_store

    store = open_store(corpus_store_dir, create=False)
    yield store
    store.close()


@pytest.fixture(scope="module")
def net(corpus):
    return actor_network(corpus)


def test_nodes_are_actors_only(net):
    kinds = {d["kind"] for _, d in net.nodes(data=True)}
    assert kinds == {"person", "country", "organization"}
    assert not any("/meeting/" in n or "/document/" in n or "/post/" in n for n in net)
    # bylines are not actors
    assert P + "igor-seleznev" not in net and P + "nurlan-esenov" not in net
    assert net.nodes[TOKAEV]["label"] == "Касым-Жомарт Токаев"
    assert net.nodes[TOKAEV]["country"] == "KZ"


def test_met_edges_count_meetings_with_dates(net):
    e = net.edges[TOKAEV, PUTIN]
    assert e["relation"] == "met" and e["weight"] == 3
    assert e["dates"] == ["2025-11-11", "2025-11-12", "2026-02-16"]
    assert any("телефонный разговор" in item for item in e["items"])
    assert net.edges[TOKAEV, MIRZIYOYEV]["weight"] == 3


def test_posts_and_signatures(net):
    post = net.edges[TOKAEV, C + "KZ"]
    assert post["relation"] == "holds_post"
    assert post["items"] == ["глава государства — Республика Казахстан"]
    signed = [d for _, _, d in net.edges(data=True) if d["relation"] == "signed"]
    assert signed and all(d["weight"] >= 1 for d in signed)
    kz_state = "https://w3id.org/igkg/id/org/respublika-kazakhstan"
    assert net.nodes[kz_state]["kind"] == "organization"
    assert net.edges[kz_state, C + "KZ"]["relation"] == "located_in"
    assert any("декларация" in x for x in net.nodes[TOKAEV]["documents"])


def test_date_filter(corpus):
    g = actor_network(corpus, NetworkOptions(since="2025-11-01", until="2025-12-31"))
    assert g.edges[TOKAEV, PUTIN]["weight"] == 2  # the phone call of 2026 is outside
    assert MIRZIYOYEV not in g  # met Tokaev only in 2024 and June 2025
    for _, _, d in g.edges(data=True):
        if d["relation"] == "met":
            assert all("2025-11-01" <= x <= "2025-12-31" for x in d["dates"])


def test_country_filter(corpus):
    g = actor_network(corpus, NetworkOptions(country="ru"))
    assert PUTIN in g and TOKAEV in g  # Tokaev met Putin
    assert (TOKAEV, MIRZIYOYEV) not in g.edges  # neither is Russian
    with pytest.raises(InputError, match="--country ZZ"):
        actor_network(corpus, NetworkOptions(country="ZZ"))


@pytest.mark.parametrize("name", ["Токаев", "токаеву", "Касым-Жомарт Токаев", "Tokayev", TOKAEV])
def test_find_node(net, name):
    assert find_node(net, name) == TOKAEV


def test_find_node_unknown(net):
    with pytest.raises(InputError, match="no person"):
        find_node(net, "Нетакого Человека")


def test_ego_network(net):
    g, node = ego(net, "Мирзиёев", depth=1)
    assert node == MIRZIYOYEV
    assert set(g) == {MIRZIYOYEV, *net[MIRZIYOYEV]}
    g2, _ = ego(net, "Мирзиёев", depth=2)
    assert g2.number_of_nodes() > g.number_of_nodes()


def test_reduce_keeps_countries_and_top_actors(net):
    small, note = reduce(net, 20)
    assert small.number_of_nodes() == 20
    countries = {n for n, d in net.nodes(data=True) if d["kind"] == "country"}
    assert countries <= set(small)
    assert TOKAEV in small  # among the most linked
    assert "20 из" in note
    assert sum(d.get("folded", 0) for _, d in small.nodes(data=True)) > 0
    same, none = reduce(net, 10_000)
    assert same is net and none == ""


def test_search_keys():
    key = search_key("Шавкат Мирзиёев")
    for q in ("мирзиеев", "Мирзиёеву", "шавк", "Mirziyoyev", "Shavkat"):
        assert matches(q, key), q
    assert not matches("Путин", key)
    assert not matches("", key)
    assert matches("республика армения", search_key("Правительство Республики Армения"))


@pytest.mark.filterwarnings(
    "ignore::DeprecationWarning"
)  # rdflib's ConjunctiveGraph, inside the memory backend
def test_same_network_from_rdflib(corpus, net):
    """The queries are plain SPARQL 1.1: rdflib's engine (the memory backend) gives the same network."""
    from rdflib import URIRef

    from kg.store.memory import MemoryStore

    memory = MemoryStore()
    memory.replace_graphs({URIRef("urn:igkg:test"): corpus.union()})
    other = actor_network(memory)
    assert set(other) == set(net)

    def edges(g):
        return sorted((*sorted((a, b)), d["relation"], d["weight"]) for a, b, d in g.edges(data=True))

    assert edges(other) == edges(net)


# the persons-and-posts query before it was split in two (kept here as the reference)
_ONE_QUERY = """SELECT ?p ?name ?post ?role ?org ?orgname ?iso (MAX(?stated) AS ?on) WHERE {
  ?p a dip:Person ; rdfs:label ?name .
  { ?p dip:holdsPost ?post } UNION { ?m dip:participant ?p }
  OPTIONAL { ?p dip:holdsPost ?post . ?post dip:role/skos:notation ?role ; dip:postIn ?org .
             OPTIONAL { ?org rdfs:label ?orgname } OPTIONAL { ?org dip:country/dip:isoCode ?iso }
             OPTIONAL { ?h dip:holder ?p ; dip:heldPost ?post ; dip:statedOn ?stated } }
} GROUP BY ?p ?name ?post ?role ?org ?orgname ?iso"""


def test_persons_and_posts_in_two_queries_give_the_network_of_one(corpus, net, monkeypatch):
    from kg.network import actors

    monkeypatch.setattr(actors, "_person_rows", lambda store: actors._rows(store, _ONE_QUERY))
    before = actor_network(corpus)

    def nodes(g):
        return {n: (d["label"], d["kind"], sorted(d.get("posts", ()))) for n, d in g.nodes(data=True)}

    def edges(g):
        return sorted(
            (*sorted((a, b)), d["relation"], d["weight"], sorted(d["dates"]))
            for a, b, d in g.edges(data=True)
        )

    assert nodes(before) == nodes(net) and edges(before) == edges(net)
    assert sum(bool(d.get("posts")) for _, d in net.nodes(data=True)) > 20
