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

from collections import Counter, defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import lru_cache

from rdflib import Literal, URIRef
from rdflib.namespace import RDFS

from kg.extract.bodyheads import body_heads, full_head
from kg.ingest.aggregates import graph_rows, graph_values
from kg.keys import normalize_key
from kg.rdf.ontology import DIP, organization_iri, post_iri
from kg.store.base import Store


@dataclass(frozen=True)
class BodyName:
    name: str  # the normalized display form
    country: str | None  # ISO code of the state the name ends with

    @property
    def key(self) -> str:
        return normalize_key(self.name)


@dataclass(frozen=True)
class BodyMention:
    """A name articles give a body, with the country their graphs give it."""

    name: str
    country: str | None = None  # ISO code of its dip:country
    uses: int = 1  # how many article graphs give it


@dataclass
class BodyNode:
    """One organization node of one article graph."""

    graph: str
    node: str
    label: str
    country: str | None = None  # ISO code of its dip:country
    names: set[str] = field(default_factory=set)  # every name the article gave it


@lru_cache(maxsize=1)
def _official_endings() -> list[tuple[str, str]]:
    from kg.extract.gazetteer import default_gazetteer

    countries = default_gazetteer().countries.values()
    endings = [(" " + c.official_genitive, c.iso) for c in countries if c.official_genitive]
    return sorted(endings, key=lambda e: (-len(e[0]), e[1]))  # "Демократической Республики Конго" first


@lru_cache(maxsize=4096)
def body_name(name: str, country: str | None = None) -> BodyName:
    """``name`` with single spaces, its head in full and in the nominative, its closing state official;
    a state body's name that names no state gets ``country``'s (the ISO code the graph gives it)."""
    from kg.extract.gazetteer import default_gazetteer  # the country gazetteer: loaded only when needed

    words = full_head(name.split())
    text = " ".join(words)
    for ending, iso in _official_endings():  # most names are already so: no need to search them
        if text.endswith(ending):
            return BodyName(text, iso)
    gaz = default_gazetteer()
    states = [m for m in gaz.find(text) if m.kind == "country"]
    tail = next((m for m in states if m.stop == len(text) and m.start > 0), None)
    if tail is not None:
        official = gaz.countries[tail.iso].official_genitive
        return BodyName(f"{text[: tail.start].rstrip()} {official}", tail.iso)
    if country in gaz.countries and words and words[0] in body_heads()[1] and not states:
        return BodyName(f"{text} {gaz.countries[country].official_genitive}", country)
    return BodyName(text, None)


_ORGS = "SELECT ?g ?o ?label WHERE {{ {values} GRAPH ?g {{ ?o a dip:Organization ; rdfs:label ?label }} }}"


def _iso(country) -> str | None:
    return str(country).rsplit("/", 1)[-1] if country is not None else None


def read_bodies(store: Store, skip_graph: str, graphs: Iterable[str] | None = None) -> list[BodyNode]:
    """Every organization node of the article graphs (not ``skip_graph``, the aliases; only ``graphs`` when
    given), with its country and the names its text gave it (``dip:nameInText``, else its label)."""
    graphs = None if graphs is None else sorted(set(graphs))
    countries = graph_values(store, "?o", "?o a dip:Organization ; dip:country ?c", "c", graphs)
    said = graph_values(store, "?o", "?o a dip:Organization ; dip:nameInText ?said", "said", graphs)
    nodes: dict[tuple[str, str], BodyNode] = {}
    for g, o, label in graph_rows(store, _ORGS, graphs):
        key = (str(g), str(o))
        if key[0] == skip_graph or key in nodes:
            continue
        country = min(countries[key], key=str) if countries.get(key) else None
        names = {str(x) for x in said.get(key, ())} or {str(label)}
        nodes[key] = BodyNode(key[0], key[1], str(label), _iso(country), names)
    return sorted(nodes.values(), key=lambda n: (n.graph, n.node))


def mentions_of(nodes: Iterable[BodyNode]) -> list[BodyMention]:
    """Every name the nodes give a body, counted by article graph: a body rewritten before counts by the
    names its text gave it, not by its label."""
    graphs_of: dict[tuple[str, str | None], set[str]] = defaultdict(set)
    for n in nodes:
        for name in n.names:
            graphs_of[(name, n.country)].add(n.graph)
    mentions = [BodyMention(name, country, len(gs)) for (name, country), gs in graphs_of.items()]
    return sorted(mentions, key=lambda m: (m.name, m.country or "", m.uses))


def nodes_to_rename(nodes: Iterable[BodyNode], labels: set[str]) -> list[BodyNode]:
    """The nodes labelled one of ``labels`` (names that are not their body's label), and every node
    rewritten before."""
    return [n for n in nodes if n.label in labels or n.names != {n.label}]


def body_key(
    name: str, country: str | None, aliases: dict[str, str]
) -> tuple[tuple[str, str], BodyName, str | None]:
    """The key of a body name given with ``country`` (its normalized name and state), its normalized form,
    and the canonical name the analyst's ``aliases`` give it."""
    parsed = body_name(name, country)
    alias = aliases.get(parsed.key) or aliases.get(body_name(name).key)
    if alias is not None:
        parsed = body_name(alias, country)
    return (parsed.key, parsed.country or country or ""), parsed, alias


def index_key(name: str, country: str | None, aliases: dict[str, str]) -> str:
    """A body key as the identity index keeps it: one string."""
    key, state = body_key(name, country, aliases)[0]
    return f"{key}\t{state}"


def cluster_bodies(mentions: list[BodyMention], aliases: dict[str, str]) -> dict[tuple[str, str | None], str]:
    """(name, country) -> the label of the body it is. ``aliases``: normalized variant -> canonical name.

    Each name gives a key; an alias names the cluster by the analyst's canonical name, else the
    cluster's label is its most used normalized name (ties: the smallest, so order never matters)."""
    key_of: dict[tuple[str, str | None], tuple[str, str]] = {}
    uses: dict[tuple[str, str], Counter[str]] = defaultdict(Counter)
    canonical: dict[tuple[str, str], str] = {}
    for m in mentions:
        key, parsed, alias = body_key(m.name, m.country, aliases)
        key_of[(m.name, m.country)] = key
        uses[key][parsed.name] += m.uses
        if alias is not None:
            canonical[key] = alias
    label = {
        key: canonical.get(key) or max(names, key=lambda n: (names[n], "ё" in n, n))
        for key, names in uses.items()
    }
    return {mention: label[key] for mention, key in key_of.items()}


def node_label(node: BodyNode, label_of: dict[tuple[str, str | None], str]) -> str:
    """The label of a node's body; a node holding several names (merged before) takes the first of their
    labels, for determinism."""
    return min(label_of.get((name, node.country), name) for name in node.names)


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
