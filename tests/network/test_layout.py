import networkx as nx
import numpy as np

from kg.network.layout import force_layout


def layout_of(G):
    nodes = list(G)
    ix = {n: i for i, n in enumerate(nodes)}
    edges = np.array([(ix[a], ix[b]) for a, b in G.edges()])
    return force_layout(len(nodes), edges), edges


def test_communities_stay_apart():
    # 30 cliques of 8 joined in a ring: linked nodes end up far closer than random pairs
    pos, edges = layout_of(nx.connected_caveman_graph(30, 8))
    assert np.isfinite(pos).all()
    linked = np.linalg.norm(pos[edges[:, 0]] - pos[edges[:, 1]], axis=1).mean()
    rng = np.random.default_rng(0)
    a, b = rng.integers(0, len(pos), (2, 3000))
    assert np.linalg.norm(pos[a] - pos[b], axis=1).mean() > 5 * linked


def test_deterministic_and_degenerate_inputs():
    G = nx.path_graph(50)
    assert np.array_equal(layout_of(G)[0], layout_of(G)[0])
    assert force_layout(0, np.zeros((0, 2))).shape == (0, 2)
    lonely = force_layout(5, np.zeros((0, 2)))
    assert lonely.shape == (5, 2) and np.isfinite(lonely).all()


def test_unlinked_nodes_stay_near_the_graph():
    G = nx.connected_caveman_graph(20, 6)
    G.add_nodes_from(range(1000, 1030))  # thirty nodes with no links
    pos, _ = layout_of(G)
    radius = np.linalg.norm(pos, axis=1)
    assert radius.max() <= 1.5 * np.percentile(radius, 90)
