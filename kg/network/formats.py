"""The actor network for other tools: GraphML and GEXF (Gephi, Cytoscape) and a CSV of edges.

GraphML and GEXF take only scalar attributes, so lists (dates, the meetings and
documents behind an edge, a person's posts) are joined with " | " and the
internal search key is left out.
"""

from __future__ import annotations

import csv
import io
from typing import IO

import networkx as nx

NETWORK_FORMATS = ("graphml", "gexf", "csv")
CSV_COLUMNS = (
    "source",
    "target",
    "source_label",
    "target_label",
    "relation",
    "relation_ru",
    "weight",
    "first_date",
    "last_date",
    "dates",
    "items",
)
_SEP = " | "


def _scalar(value):
    if isinstance(value, (list, tuple, set)):
        return _SEP.join(str(v) for v in value)
    if isinstance(value, (bool, int, float, str)):
        return value
    return str(value)


def flat(g: nx.Graph) -> nx.Graph:
    """A copy with every attribute a string, number or boolean (what the GraphML and GEXF writers accept)."""
    out = nx.Graph()
    for n, d in g.nodes(data=True):
        attrs = {k: _scalar(v) for k, v in d.items() if k != "key"}
        for k in ("posts", "meetings", "documents"):
            attrs.setdefault(k, "")
        attrs.setdefault("folded", 0)
        out.add_node(n, **attrs)
    for a, b, d in g.edges(data=True):
        dates = d.get("dates", [])
        out.add_edge(
            a,
            b,
            **{k: _scalar(v) for k, v in d.items()},
            first_date=dates[0] if dates else "",
            last_date=dates[-1] if dates else "",
        )
    return out


def write_csv(g: nx.Graph, out: IO[bytes]) -> None:
    text = io.TextIOWrapper(out, encoding="utf-8", newline="")
    writer = csv.writer(text)
    writer.writerow(CSV_COLUMNS)
    from kg.network.actors import oriented

    rows = sorted(
        ((*oriented(g, a, b), d) for a, b, d in g.edges(data=True)), key=lambda e: (e[2]["relation"], e[:2])
    )
    for a, b, d in rows:
        dates = d.get("dates", [])
        writer.writerow(
            [
                a,
                b,
                g.nodes[a]["label"],
                g.nodes[b]["label"],
                d["relation"],
                d["label"],
                d["weight"],
                dates[0] if dates else "",
                dates[-1] if dates else "",
                _SEP.join(dates),
                _SEP.join(d.get("items", [])),
            ]
        )
    text.flush()
    text.detach()  # leave ``out`` open for the caller


def write_network(g: nx.Graph, fmt: str, out: IO[bytes]) -> None:
    """Write the actor network ``g`` to the binary stream ``out`` as graphml, gexf or csv."""
    if fmt == "csv":
        write_csv(g, out)
    elif fmt == "graphml":
        nx.write_graphml(flat(g), out, encoding="utf-8")
    elif fmt == "gexf":
        nx.write_gexf(flat(g), out, encoding="utf-8")
    else:
        from kg.errors import FormatError

        raise FormatError(f"unknown network format {fmt!r} (choose from {', '.join(NETWORK_FORMATS)})")


def export_network(store, fmt: str, out: IO[bytes]) -> nx.Graph:
    """The store's actor network (kg.network) written to ``out``; returns the graph."""
    from kg.network.actors import actor_network

    g = actor_network(store)
    write_network(g, fmt, out)
    return g
