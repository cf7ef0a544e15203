"""Graph analytics with networkx: who is central among persons, organizations and countries."""

from __future__ import annotations

from dataclasses import dataclass

import networkx as nx
from rdflib import Graph, URIRef
from rdflib.namespace import RDF, RDFS

from .ontology import DIP

ACTOR_CLASSES = {DIP.Person: "person", DIP.Organization: "organization", DIP.Country: "country"}


@dataclass
class Centrality:
    iri: str
    label: str
    kind: str
    degree: float
    betweenness: float


def actor_graph(g: Graph) -> nx.Graph:
    """Persons, organizations and countries, linked when the graph relates them:
    two participants of one meeting, a person and the organization of their post,
    an organization and its country, the parties of one document, a visitor and the host."""
    G = nx.Graph()

    def add(node: URIRef) -> None:
        if node in G:
            return
        kind = next((k for cls, k in ACTOR_CLASSES.items() if (node, RDF.type, cls) in g), None)
        label = g.value(node, RDFS.label)
        G.add_node(node, kind=kind or "other", label=str(label) if label else str(node).rsplit("/", 1)[-1])

    def link(a: URIRef, b: URIRef, why: str) -> None:
        if a == b:
            return
        add(a)
        add(b)
        w = G.edges[a, b]["weight"] + 1 if G.has_edge(a, b) else 1
        G.add_edge(a, b, weight=w, why=why)

    for meeting in g.subjects(RDF.type, DIP.Meeting):
        people = sorted(g.objects(meeting, DIP.participant))
        for i, a in enumerate(people):
            for b in people[i + 1 :]:
                link(a, b, "met")
    for person, post in g.subject_objects(DIP.holdsPost):
        org = g.value(post, DIP.postIn)
        if org is not None:
            link(person, org, "post")
    for org, country in g.subject_objects(DIP.country):
        if (org, RDF.type, DIP.Organization) in g:
            link(org, country, "country")
    for doc in g.subjects(RDF.type, DIP.Document):
        parties = sorted(g.objects(doc, DIP.party))
        for i, a in enumerate(parties):
            for b in parties[i + 1 :]:
                link(a, b, "signed")
    for visit in g.subjects(RDF.type, DIP.Visit):
        visitor, host = g.value(visit, DIP.visitor), g.value(visit, DIP.hostCountry)
        if visitor is not None and host is not None:
            link(visitor, host, "visited")
    return G


def centrality(g: Graph, top: int | None = 10) -> list[Centrality]:
    """Degree and betweenness centrality of the actors, most central first."""
    G = actor_graph(g)
    if G.number_of_nodes() == 0:
        return []
    degree = nx.degree_centrality(G)
    betweenness = nx.betweenness_centrality(G, k=min(500, G.number_of_nodes()), seed=7) if G.number_of_nodes() > 2 else {n: 0.0 for n in G}
    rows = [
        Centrality(str(n), G.nodes[n]["label"], G.nodes[n]["kind"], degree[n], betweenness[n])
        for n in G if G.nodes[n]["kind"] != "other"
    ]
    rows.sort(key=lambda r: (-r.betweenness, -r.degree, r.label))
    return rows[:top] if top else rows


def class_counts(g: Graph) -> dict[str, int]:
    counts: dict[str, int] = {}
    for cls in (DIP.Article, DIP.Person, DIP.Post, DIP.Organization, DIP.Government, DIP.Country, DIP.City,
                DIP.Meeting, DIP.Visit, DIP.Document, DIP.Quote):
        counts[str(cls).rsplit("#", 1)[-1]] = len(set(g.subjects(RDF.type, cls)))
    return counts
