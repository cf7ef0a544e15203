"""What the graph page's analyst tools (kg/web/static/tools.js) need from build time.

- **Communities**: networkx's Louvain partition of the drawn graph (edges weighted by their
  count), seeded and built in a sorted order, so the same graph always gets the same groups and
  the same colours. Computed for graphs of ``COMMUNITY_MIN`` nodes and more (smaller ones are read
  at a glance); the page's legend turns the colouring on and off.
- **Neighbours beyond the page**: a view cut to ``--max-nodes`` leaves some neighbours of drawn
  nodes out. For each drawn node, up to ``MORE_PER_NODE`` of them (the most linked first) are
  embedded with their edges, and for each of those its own left-out neighbours (``MORE_DEPTH``),
  so "expand" can add them in place, and expand an added node again, without another build; the
  pool is capped at ``MORE_TOTAL`` nodes so a page of a large store stays small.

Shortest paths and exports are computed in the page from what it draws.
"""

from __future__ import annotations

import math

import networkx as nx

from kg.rdf.searchkeys import search_key

COMMUNITY_MIN = 40  # nodes: below this the page offers no community colouring
COMMUNITY_SEED = 15  # Louvain is randomized: a fixed seed gives the same groups on every build
COMMUNITY_COLORS = (
    "#1f77b4",
    "#ff7f0e",
    "#2ca02c",
    "#d62728",
    "#9467bd",
    "#8c564b",
    "#e377c2",
    "#bcbd22",
    "#17becf",
    "#393b79",
    "#637939",
    "#adb5bd",  # the last colour is shared by every further (small) community
)
MORE_PER_NODE = 25
MORE_TOTAL = 5000
MORE_ITEMS = (
    10  # meetings or documents kept per embedded edge (kg/web/page.py MAX_ITEMS: page imports this module)
)
MORE_DEPTH = 2  # a node added by "expand" can be expanded again (its own left-out neighbours)


def communities(nodes, edges, min_nodes: int = COMMUNITY_MIN, seed: int = COMMUNITY_SEED) -> dict:
    """``{"of": {node id: community index}, "list": [{key, label, color, count}]}``, largest first; ``{}``
    for a graph under ``min_nodes`` nodes. ``nodes`` and ``edges`` are PageNode and PageEdge lists."""
    if len(nodes) < min_nodes:
        return {}
    g = nx.Graph()
    g.add_nodes_from(sorted(n.id for n in nodes))
    for e in sorted(edges, key=lambda e: (e.source, e.target, e.rel)):
        if e.source == e.target:
            continue
        w = g.get_edge_data(e.source, e.target, {"weight": 0})["weight"]
        g.add_edge(e.source, e.target, weight=w + max(e.weight, 1))
    parts = nx.community.louvain_communities(g, weight="weight", seed=seed)
    parts = sorted((sorted(p) for p in parts), key=lambda p: (-len(p), p[0]))
    text = {n.id: n.text for n in nodes}
    degree = {n.id: n.degree for n in nodes}
    of, listed = {}, []
    for k, members in enumerate(parts):
        color = COMMUNITY_COLORS[min(k, len(COMMUNITY_COLORS) - 1)]
        for m in members:
            of[m] = k
        hub = max(members, key=lambda m: (degree[m], m))  # named after its most linked member
        label = text[hub] if len(members) == 1 else f"{text[hub]} …"
        listed.append({"key": k, "label": label, "color": color, "count": len(members)})
    return {"of": of, "list": listed}


def more_neighbours(
    all_nodes,
    all_edges,
    drawn: set[str],
    per_node: int = MORE_PER_NODE,
    total: int = MORE_TOTAL,
    depth: int = MORE_DEPTH,
) -> dict:
    """Neighbours the page leaves out, for "expand": ``{"nodes": {id: node}, "edges": [...], "around": {id:
    [neighbour ids]}, "left": {id: count}}`` (``{}`` when there are none). ``around`` lists, for each drawn
    node and (``depth`` 2) each node it can add, its left-out neighbours, the most linked first, capped per
    node; the pool of nodes is capped at ``total``. ``edges`` are every given edge between two nodes of
    the page or the pool that touches the pool: the page adds one as soon as both its ends are drawn."""
    by_id = {n.id: n for n in all_nodes}
    top = max((n.degree for n in all_nodes), default=1) or 1
    near: dict[str, dict[str, int]] = {}  # node -> left-out neighbour -> heaviest edge between them
    for e in all_edges:
        for a, b in ((e.source, e.target), (e.target, e.source)):
            if b not in drawn and b in by_id:
                near.setdefault(a, {})
                near[a][b] = max(near[a].get(b, 0), e.weight)
    pool: dict[str, None] = {}  # ordered: the first hubs' neighbours first
    around, left = {}, {}
    hubs = sorted((a for a in drawn if a in near), key=lambda a: (-by_id[a].degree, a))
    for _ in range(depth):
        added = []
        for a in hubs:
            ranked = sorted(near.get(a, {}).items(), key=lambda bw: (-by_id[bw[0]].degree, -bw[1], bw[0]))
            chosen = []
            for b, _w in ranked:
                if len(chosen) >= per_node:
                    break
                if b in pool or len(pool) < total:
                    if b not in pool:
                        pool[b] = None
                        added.append(b)
                    chosen.append(b)
            if chosen:
                around[a], left[a] = chosen, len(ranked) - len(chosen)
        hubs = sorted((b for b in added if b in near), key=lambda b: (-by_id[b].degree, b))
    if not pool:
        return {}
    page = drawn.union(pool)
    edges = [
        _edge(e)
        for e in all_edges
        if e.source in page and e.target in page and (e.source in pool or e.target in pool)
    ]
    return {"nodes": {b: _node(by_id[b], top) for b in pool}, "edges": edges, "around": around, "left": left}


def _node(n, top: float) -> dict:
    return {
        "id": n.id,
        "text": n.text,
        "kind": n.kind,
        "kindLabel": n.kind_label,
        "kindRank": n.kind_rank,
        "color": n.color,
        "shape": n.shape,
        "title": n.title,
        "key": n.key or search_key(n.text),  # the actor network before its cut has no keys
        "country": n.country,
        "degree": n.degree,
        "lines": n.lines[: 4 * MORE_ITEMS],
        "size": round(6 + 12 * math.sqrt(max(n.degree, 0) / top), 1),
    }


def _edge(e) -> dict:
    return {**e.fields(), "items": e.items[:MORE_ITEMS]}
