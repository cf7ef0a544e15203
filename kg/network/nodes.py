"""The actor network's nodes and edges as the drawing builds them (kg/network/actors.py from the
articles, kg/network/topactors.py from the summary's actor entries): one place, so both build the same."""

from __future__ import annotations

import networkx as nx

from kg.ingest.actorfacts import english_name
from kg.rdf.ontology import ROLES

RELATIONS = {  # relation -> (Russian, English)
    "met": ("встречи", "met"),
    "holds_post": ("занимает должность в", "holds a post in"),
    "signed": ("подписали вместе", "signed together"),
    "located_in": ("находится в", "located in"),
}


def country_iri(iso: str) -> str:
    from kg.rdf.ontology import IGR

    return str(IGR[f"country/{iso}"])


def add_node(g: nx.Graph, iri: str, label: str, kind: str, iso: str = "") -> None:
    if iri in g:
        return
    en = iri.rsplit("/", 1)[-1] if kind == "country" else english_name(iri)
    g.add_node(iri, label=label or en, label_en=en, kind=kind, country=iso)


def link(g: nx.Graph, a: str, b: str, relation: str, date: str = "", item: str = "") -> None:
    if a == b or a not in g or b not in g:
        return
    if not g.has_edge(a, b):
        ru, en = RELATIONS[relation]
        g.add_edge(a, b, relation=relation, label=ru, label_en=en, weight=0, dates=[], items=[])
    data = g.edges[a, b]
    data["weight"] += 1
    if date:
        data["dates"].append(date)
    if item and item not in data["items"]:
        data["items"].append(item)


def add_post(g: nx.Graph, row: dict[str, str]) -> None:
    """A person's post row: its line, and a ``holds_post`` edge to the country of the post's body."""
    person, iso, role = row["p"], row.get("iso", ""), row.get("role", "")
    if not role:
        return
    post = f"{ROLES.get(role, (role, role))[1]} — {row.get('orgname', '')}"
    g.nodes[person].setdefault("posts", []).append(post)
    g.nodes[person].setdefault("held", []).append((row.get("post", ""), iso))
    if iso:
        g.nodes[person]["country"] = g.nodes[person]["country"] or iso
        link(g, person, country_iri(iso), "holds_post", "", post)
