"""Build-time parts of the graph page's analyst tools (kg/web/tools.py): communities and left-out neighbours."""

import random

from kg.web.page import PageEdge, PageNode, page_data
from kg.web.tools import COMMUNITY_COLORS, communities, more_neighbours


def _graph(groups: int = 4, size: int = 12):
    """``groups`` cliques of ``size`` nodes joined in a ring by one edge each: the communities are plain."""
    nodes, edges = [], []
    for g in range(groups):
        ids = [f"n{g}-{i}" for i in range(size)]
        nodes += [
            PageNode(i, f"node {i}", "person", "Персона", "#e4572e", "dot", "", i, degree=size) for i in ids
        ]
        edges += [PageEdge(a, b, "встречи", "") for k, a in enumerate(ids) for b in ids[k + 1 :]]
        edges.append(PageEdge(ids[0], f"n{(g + 1) % groups}-1", "встречи", ""))
    return nodes, edges


def test_communities_are_the_same_on_every_build_whatever_the_order():
    nodes, edges = _graph()
    first = communities(nodes, edges)
    assert len(first["list"]) == 4 and sum(c["count"] for c in first["list"]) == len(nodes)
    for seed in range(5):
        rnd = random.Random(seed)
        shuffled_nodes, shuffled_edges = nodes[:], edges[:]
        rnd.shuffle(shuffled_nodes)
        rnd.shuffle(shuffled_edges)
        assert communities(shuffled_nodes, shuffled_edges) == first
    # each clique is one community, coloured from the palette, largest first
    for g in range(4):
        assert len({first["of"][f"n{g}-{i}"] for i in range(12)}) == 1
    assert [c["color"] for c in first["list"]] == list(COMMUNITY_COLORS[:4])


def test_small_graphs_get_no_communities_and_the_page_carries_them():
    nodes, edges = _graph(groups=2, size=5)
    assert communities(nodes, edges) == {}
    nodes, edges = _graph()
    meta = page_data(nodes, edges)["meta"]
    assert meta["communities"] == communities(nodes, edges) and meta["more"] == {}


def test_left_out_neighbours_are_capped_and_most_linked_first():
    hub = PageNode("hub", "Hub", "country", "Страна", "#000", "star", "", "hub", degree=50)
    others = [
        PageNode(f"p{i}", f"P{i}", "person", "Персона", "#e4572e", "dot", "", f"p{i}", degree=i)
        for i in range(40)
    ]
    edges = [PageEdge(f"p{i}", "hub", "занимает должность в", "", weight=1) for i in range(40)]
    drawn = {"hub", "p39"}
    more = more_neighbours([hub, *others], edges, drawn, per_node=10, total=100)
    assert set(more["around"]) == {"hub"}  # p39's only neighbour is drawn
    listed = more["around"]["hub"]
    assert listed == [f"p{i}" for i in range(38, 28, -1)] and more["left"]["hub"] == 29
    assert set(more["nodes"]) == set(listed) and more["nodes"]["p38"]["text"] == "P38"
    assert {(e["from"], e["to"]) for e in more["edges"]} == {(i, "hub") for i in listed}
    assert len(more_neighbours([hub, *others], edges, drawn, per_node=10, total=4)["nodes"]) == 4


def test_an_added_node_can_be_expanded_again():
    """A chain a - b - c - d with only a drawn: b is a's to add, c is b's, and d is beyond the two levels;
    the edges are all those between the page and the pool (b - c too, so the page adds it with c)."""
    nodes = [PageNode(k, k.upper(), "person", "Персона", "#e4572e", "dot", "", "", degree=1) for k in "abcd"]
    edges = [PageEdge(x, y, "встречи", "", dates=["2025-01-02"], dated=True) for x, y in ("ab", "bc", "cd")]
    more = more_neighbours(nodes, edges, {"a"})
    assert more["around"] == {"a": ["b"], "b": ["c"]} and set(more["nodes"]) == {"b", "c"}
    assert [(e["from"], e["to"], e["dates"], e["timed"]) for e in more["edges"]] == [
        ("a", "b", ["2025-01-02"], True),
        ("b", "c", ["2025-01-02"], True),
    ]
    assert more["nodes"]["b"]["key"] == "b"  # searchable once added
    assert more_neighbours(nodes, edges, {"a", "b", "c", "d"}) == {}
