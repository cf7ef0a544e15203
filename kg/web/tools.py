"""What the graph page's analyst tools (kg/web/static/tools.js) need from build time.

- **Communities**: networkx's Louvain partition of the drawn graph (edges weighted by their
  count), seeded and built in a sorted order, so the same graph always gets the same groups and
  the same colours. Computed for graphs of ``COMMUNITY_MIN`` nodes and more (smaller ones are read
  at a glance); the page's legend turns the colouring on and off.
- **Neighbours beyond the page**: a view cut to ``--max-nodes`` leaves some neighbours of drawn
  nodes out. For each drawn node, up to ``MORE_PER_NODE`` of them (the most linked first) are
  embedded with the edge to it, so "expand" can add them in place without another build; the
  whole list is capped at ``MORE_TOTAL`` neighbours so a page of a large store stays small.

Shortest paths and exports are computed in the page from what it draws.
"""

from __future__ import annotations

import math

import networkx as nx

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
    all_nodes, all_edges, drawn: set[str], per_node: int = MORE_PER_NODE, total: int = MORE_TOTAL
):
    """Neighbours of drawn nodes that the page leaves out, as page nodes and edges: ``{drawn id:
    {"nodes": [...], "edges": [...]}}``; the most linked neighbours first, capped per node and in all."""
    by_id = {n.id: n for n in all_nodes}
    top = max((n.degree for n in all_nodes), default=1) or 1
    linked: dict[str, list] = {}
    for e in all_edges:
        for a, b in ((e.source, e.target), (e.target, e.source)):
            if a in drawn and b not in drawn:
                linked.setdefault(a, []).append((b, e))
    out, count = {}, 0
    for a in sorted(linked, key=lambda a: (-by_id[a].degree, a)):
        if count >= total:
            break
        pairs = sorted(linked[a], key=lambda be: (-by_id[be[0]].degree, -be[1].weight, be[0]))
        seen: dict[str, list] = {}
        for b, e in pairs:
            seen.setdefault(b, []).append(e)
        chosen = list(seen)[: min(per_node, total - count)]
        count += len(chosen)
        out[a] = {
            "nodes": [_node(by_id[b], top) for b in chosen],
            "edges": [_edge(e) for b in chosen for e in seen[b]],
            "left": max(0, len(seen) - len(chosen)),
        }
    return out


def _node(n, top: float) -> dict:
    return {
        "id": n.id,
        "text": n.text,
        "kind": n.kind,
        "kindLabel": n.kind_label,
        "color": n.color,
        "shape": n.shape,
        "title": n.title,
        "country": n.country,
        "degree": n.degree,
        "size": round(6 + 12 * math.sqrt(max(n.degree, 0) / top), 1),
    }


def _edge(e) -> dict:
    return {"from": e.source, "to": e.target, "rel": e.rel, "title": e.title, "weight": e.weight}
