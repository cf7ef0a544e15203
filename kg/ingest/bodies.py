"""Which body mentions across articles are one body (ministry, government, state): one name, one node.

A body's node is its name's IRI (``org/ministerstvo-inostrannykh-del-…``), and a post's embeds its
body's (``post/foreign_minister/…``), so two spellings of one ministry are two nodes and their
ministers hold two posts. The extractor already writes most names one way; this is the store's
step, which also covers graphs written by older versions or other tools, and the analyst's aliases.

The key of a name (``body_name``): single spaces; its head in full and in the nominative by
``data/gazetteer/body_heads.tsv`` ("МИД" and "Министерства" -> "Министерство иностранных дел",
"Министерство"), a table any country's bodies share; the state it ends with in its official
genitive by the country gazetteer ("РК", "Казахстана" -> "Республики Казахстан"); case and ё
folded; and the body's country (from that ending, else the graph's ``dip:country``). Names are one
body only when their keys are equal: nothing is fuzzy, so two ministries of one state (their names
differ in words) or one ministry name of two states never merge. The analyst's aliases file joins
what no rule can ("Министерство иностранных дел Соединенных Штатов Америки" -> the State Department).
"""

from __future__ import annotations

import csv
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from functools import lru_cache

from rdflib import Literal, URIRef
from rdflib.namespace import RDFS

from kg.keys import normalize_key
from kg.rdf.ontology import DIP, organization_iri, post_iri
from kg.resources import gazetteer_file
from kg.store.base import Store

HEADS_FILE = "body_heads.tsv"


@dataclass(frozen=True)
class BodyName:
    name: str  # the normalized display form
    country: str | None  # ISO code of the state the name ends with

    @property
    def key(self) -> str:
        return normalize_key(self.name)


@dataclass
class BodyNode:
    """One organization node of one article graph."""

    graph: str
    node: str
    label: str
    country: str | None = None  # ISO code of its dip:country
    names: set[str] = field(default_factory=set)  # every name the article gave it


@lru_cache(maxsize=1)
def _heads() -> tuple[dict[tuple[str, ...], str], frozenset[str]]:
    """Forms -> full heads, and the heads whose bodies each belong to one state."""
    with gazetteer_file(HEADS_FILE).open(encoding="utf-8") as fh:
        rows = [r for r in csv.reader(fh, delimiter="\t") if r and not r[0].startswith("#")]
    heads = {tuple(row[0].split()): row[1] for row in rows}
    return heads, frozenset(row[1] for row in rows if row[2:3] == ["state"])


def _full_head(words: list[str]) -> list[str]:
    heads = _heads()[0]
    for size in range(min(len(words), max(map(len, heads), default=0)), 0, -1):
        head = heads.get(tuple(words[:size]))
        if head is not None:
            return head.split() + words[size:]
    return words


@lru_cache(maxsize=4096)
def body_name(name: str, country: str | None = None) -> BodyName:
    """``name`` with single spaces, its head in full and in the nominative, its closing state official;
    a state body's name that names no state gets ``country``'s (the ISO code the graph gives it)."""
    from kg.extract.gazetteer import default_gazetteer  # the country gazetteer: loaded only when needed

    words = _full_head(name.split())
    text = " ".join(words)
    gaz = default_gazetteer()
    tail = next(
        (m for m in gaz.find(text) if m.kind == "country" and m.stop == len(text) and m.start > 0),
        None,
    )
    if tail is not None:
        official = gaz.countries[tail.iso].official_genitive
        return BodyName(f"{text[: tail.start].rstrip()} {official}", tail.iso)
    named_state = any(m.kind == "country" for m in gaz.find(text))
    if country in gaz.countries and words and words[0] in _heads()[1] and not named_state:
        return BodyName(f"{text} {gaz.countries[country].official_genitive}", country)
    return BodyName(text, None)


def read_bodies(store: Store, skip_graph: str) -> list[BodyNode]:
    """Every organization node of every article graph (not ``skip_graph``, the aliases)."""
    rows = store.query(
        "SELECT ?g ?o ?label ?country ?said WHERE { GRAPH ?g { ?o a dip:Organization ; rdfs:label ?label . "
        "OPTIONAL { ?o dip:country ?country } OPTIONAL { ?o dip:nameInText ?said } } "
        f"FILTER(?g != <{skip_graph}>) }}"
    ).rows
    nodes: dict[tuple[str, str], BodyNode] = {}
    for g, o, label, country, said in rows:
        key = (str(g), str(o))
        node = nodes.setdefault(key, BodyNode(key[0], key[1], str(label)))
        if country is not None:
            node.country = str(country).rsplit("/", 1)[-1]
        if said is not None:
            node.names.add(str(said))
    for node in nodes.values():
        if not node.names:
            node.names.add(node.label)
    return sorted(nodes.values(), key=lambda n: (n.graph, n.node))


def cluster_bodies(nodes: list[BodyNode], aliases: dict[str, str]) -> dict[tuple[str, str], str]:
    """(graph, node) -> the label of the body it is. ``aliases``: normalized variant -> canonical name.

    A node's names each give a key; an alias names the cluster by the analyst's canonical name, else
    the cluster's label is its most used normalized name (ties: the smallest, so order never matters)."""
    mention_key: dict[tuple[str, str, str], tuple[str, str]] = {}
    uses: dict[tuple[str, str], Counter[str]] = defaultdict(Counter)
    canonical: dict[tuple[str, str], str] = {}
    for node in nodes:
        for said in sorted(node.names):
            parsed = body_name(said, node.country)
            alias = aliases.get(parsed.key) or aliases.get(body_name(said).key)
            if alias is not None:
                parsed = body_name(alias, node.country)
            key = (parsed.key, parsed.country or node.country or "")
            mention_key[(node.graph, node.node, said)] = key
            uses[key][parsed.name] += 1
            if alias is not None:
                canonical[key] = alias
    label = {
        key: canonical.get(key) or max(names, key=lambda n: (names[n], "ё" in n, n))
        for key, names in uses.items()
    }
    return {
        # a node holding several names (merged before) takes the first of their labels, for determinism
        (n.graph, n.node): min(label[mention_key[(n.graph, n.node, said)]] for said in n.names)
        for n in nodes
    }


def post_swaps(
    old: set[tuple], bodies: dict[URIRef, tuple[str, set[str]]]
) -> dict[URIRef, tuple[URIRef, Literal]]:
    """Post node -> (its node, its label) once its body is renamed: a post's IRI and label name its body
    ("post/foreign_minister/<body>", "министр иностранных дел — <body>")."""
    labels = {s: o for s, p, o in old if p == RDFS.label}
    out = {}
    for post, p, org in old:
        if p != DIP.postIn or org not in bodies:
            continue
        body_label = bodies[org][0]
        role = str(post).rsplit("/", 2)[-2]
        old_label = labels.get(post)
        prefix, sep, _ = str(old_label or "").partition(" — ")
        label = Literal(f"{prefix} — {body_label}", lang=old_label.language) if sep else old_label
        out[post] = (post_iri(role, organization_iri(body_label)), label)
    return out
