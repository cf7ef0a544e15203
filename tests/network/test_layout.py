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


def test_the_grid_convolution_is_scipy_s():
    """The repulsion's FFT convolution (numpy's FFT, so that the page does not import scipy.signal) gives
    scipy.signal.fftconvolve's "same" output, for the kernel shape the layout uses and others."""
    from scipy.signal import fftconvolve as scipy_fftconvolve

    from kg.network.layout import fftconvolve

    rng = np.random.default_rng(3)
    for grid, kernel in ((16, (31, 31)), (9, (5, 7)), (8, (8, 3))):
        a, k = rng.random((grid, grid)), rng.standard_normal(kernel)
        assert np.allclose(fftconvolve(a, k, mode="same"), scipy_fftconvolve(a, k, mode="same"), atol=1e-9)
