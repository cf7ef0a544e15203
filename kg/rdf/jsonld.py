"""Compacted JSON-LD with an ``@context`` generated from the ontology.

The context is built from ``ontology/igkg.ttl`` every time (never written by
hand, so it cannot drift from the ontology): the project's prefixes, one short
term per ``dip:`` class and property, object properties typed ``@id``, datatype
properties typed by their range (``xsd:date``, ``xsd:gYear``, ``xsd:integer``)
and language-tagged properties (range ``rdf:langString``) as ``@language`` maps.
``ontology/context.jsonld`` is a copy for other tools (a test keeps it equal).

Compaction is done here rather than by a JSON-LD processor: the rules are few
(a value that fits its term's coercion is written short, any other value is
written in expanded form under the compact IRI of its property, which carries no
coercion), and graphs are written one by one, so an export streams. A dataset is
one top-level ``@graph`` holding one ``{"@id": article, "@graph": [...]}`` per
named graph, so per-article provenance survives the round trip.
"""

from __future__ import annotations

import json
from collections import defaultdict
from collections.abc import Iterable
from typing import IO

from rdflib import BNode, Graph, Literal, URIRef
from rdflib.namespace import OWL, PROV, RDF, RDFS, SKOS, XSD

from kg.rdf.ontology import DIP, PREFIXES, SCHEMA

# The few terms of other vocabularies every article uses: (term, property, kind) with kind as below.
COMMON_TERMS: tuple[tuple[str, URIRef, str], ...] = (
    ("label", RDFS.label, "lang"),
    ("comment", RDFS.comment, "lang"),
    ("prefLabel", SKOS.prefLabel, "lang"),
    ("notation", SKOS.notation, "plain"),
    ("inScheme", SKOS.inScheme, "id"),
    ("derivedFrom", PROV.wasDerivedFrom, "id"),
    ("keywords", SCHEMA.keywords, "plain"),
)
_XSD_STRING = XSD.string
Triple = tuple[URIRef | BNode, URIRef, URIRef | BNode | Literal]


def _ontology() -> Graph:
    from kg.resources import ontology_file

    # no rdflib default bindings: the context lists only the prefixes the ontology file declares
    return Graph(bind_namespaces="none").parse(ontology_file("igkg.ttl"), format="turtle")


def _prefixes(onto: Graph) -> dict[str, str]:
    """The project's prefixes and those the ontology file declares (lode:, sem:, dcterms:)."""
    out = dict(PREFIXES)
    declared = {p: str(ns) for p, ns in onto.namespaces() if p and str(ns).endswith(("#", "/"))}
    for prefix, ns in sorted(declared.items()):
        if prefix not in out and ns not in out.values():
            out[prefix] = ns
    return out


def _compact_with(prefixes: dict[str, str], iri: str) -> str:
    best = ""
    for prefix, ns in prefixes.items():
        if iri.startswith(ns) and len(ns) > len(prefixes.get(best, "")):
            best = prefix
    rest = iri[len(prefixes[best]) :] if best else ""
    # a suffix starting with // would read as an absolute IRI; an empty one as the prefix itself
    return f"{best}:{rest}" if best and rest and not rest.startswith("//") else iri


def _definition(kind: str, prop: str, datatype: str | None = None) -> dict[str, str]:
    if kind == "id":
        return {"@id": prop, "@type": "@id"}
    if kind == "lang":
        return {"@id": prop, "@container": "@language"}
    if kind == "typed":
        return {"@id": prop, "@type": datatype or ""}
    return {"@id": prop}


def _property_kind(onto: Graph, prop: URIRef) -> tuple[str, URIRef | None]:
    """How values of a dip: property are written: IRIs, a language map, a typed string or a plain string."""
    if (prop, RDF.type, OWL.ObjectProperty) in onto:
        return "id", None
    rng = onto.value(prop, RDFS.range)
    if rng == RDF.langString:
        return "lang", None
    if rng is not None and rng != _XSD_STRING and str(rng).startswith(str(XSD)):
        return "typed", rng
    return "plain", None


def context(onto: Graph | None = None) -> dict:
    """The ``@context``: prefixes, then a term for each dip: class and property of the ontology."""
    onto = onto if onto is not None else _ontology()
    prefixes = _prefixes(onto)
    ctx: dict[str, object] = dict(prefixes)
    terms: dict[str, object] = {}
    for cls in sorted(set(onto.subjects(RDF.type, OWL.Class))):
        if isinstance(cls, URIRef) and cls.startswith(str(DIP)):
            terms[cls[len(DIP) :]] = _compact_with(prefixes, str(cls))
    properties = set(onto.subjects(RDF.type, OWL.ObjectProperty)) | set(
        onto.subjects(RDF.type, OWL.DatatypeProperty)
    )
    for prop in sorted(p for p in properties if isinstance(p, URIRef) and p.startswith(str(DIP))):
        kind, datatype = _property_kind(onto, prop)
        dt = _compact_with(prefixes, str(datatype)) if datatype is not None else None
        terms[prop[len(DIP) :]] = _definition(kind, _compact_with(prefixes, str(prop)), dt)
    for term, prop, kind in COMMON_TERMS:
        if term in terms or term in prefixes:
            # a new dip: term of this name would silently change what the common term means
            raise ValueError(f"JSON-LD term '{term}' is defined twice; rename one in kg/rdf/jsonld.py")
        terms[term] = _definition(kind, _compact_with(prefixes, str(prop)))
    clash = set(terms) & set(prefixes)
    if clash:
        raise ValueError(f"JSON-LD terms clash with prefixes: {', '.join(sorted(clash))}")
    ctx.update(terms)
    return ctx


def context_text(onto: Graph | None = None) -> str:
    """The context document as ``ontology/context.jsonld`` holds it."""
    return json.dumps({"@context": context(onto)}, ensure_ascii=False, indent=2) + "\n"


class Compactor:
    """Turns triples into compacted node objects under one context."""

    def __init__(self, ctx: dict | None = None) -> None:
        self.context = ctx if ctx is not None else context()
        self.prefixes = {
            k: v for k, v in self.context.items() if isinstance(v, str) and v.endswith(("#", "/"))
        }
        # property IRI -> (term, definition); class IRI -> term
        self.by_property: dict[str, tuple[str, dict]] = {}
        self.classes: dict[str, str] = {}
        for term, definition in self.context.items():
            if isinstance(definition, dict):
                self.by_property[self.expand(definition["@id"])] = (term, definition)
            elif term not in self.prefixes:
                self.classes[self.expand(definition)] = term

    def expand(self, value: str) -> str:
        prefix, _, rest = value.partition(":")
        return self.prefixes[prefix] + rest if prefix in self.prefixes and rest else value

    def iri(self, term: URIRef | BNode) -> str:
        return f"_:{term}" if isinstance(term, BNode) else _compact_with(self.prefixes, str(term))

    def _expanded(self, value) -> object:
        """A value in expanded form, for a key without coercion."""
        if not isinstance(value, Literal):
            return {"@id": self.iri(value)}
        if value.language:
            return {"@value": str(value), "@language": value.language}
        if value.datatype is not None and value.datatype != _XSD_STRING:
            return {"@value": str(value), "@type": self.iri(value.datatype)}
        return str(value)

    def _short(self, definition: dict, value) -> object | None:
        """The value written under its term, or None when it does not fit the term's coercion."""
        coerce, container = definition.get("@type"), definition.get("@container")
        if coerce == "@id":
            return None if isinstance(value, Literal) else self.iri(value)
        if coerce is not None:
            ok = isinstance(value, Literal) and not value.language and value.datatype is not None
            return str(value) if ok and self.iri(value.datatype) == coerce else None
        if container == "@language":
            return (value.language, str(value)) if isinstance(value, Literal) and value.language else None
        return self._expanded(value)

    def node(self, subject, pairs: Iterable[tuple]) -> dict:
        """One node object: ``@id``, ``@type``, then its properties by key."""
        out: dict[str, object] = {"@id": self.iri(subject)}
        types, values = [], defaultdict(list)
        for p, o in pairs:
            if p == RDF.type and not isinstance(o, Literal):
                types.append(self.classes.get(str(o)) or self.iri(o))
                continue
            term, definition = self.by_property.get(str(p), (None, None))
            short = self._short(definition, o) if definition is not None else None
            if short is None:
                values[self.iri(p)].append(self._expanded(o))
            else:
                values[term].append(short)
        if types:
            out["@type"] = sorted(types) if len(types) > 1 else types[0]
        for key in sorted(values):
            items = values[key]
            # keys without a colon are terms; the others (compact or full IRIs) carry no coercion
            if ":" not in key and self.context[key].get("@container") == "@language":
                out[key] = _language_map(items)
            else:
                items = sorted(items, key=_sort_key)
                out[key] = items[0] if len(items) == 1 else items
        return out

    def nodes(self, triples: Iterable[Triple]) -> list[dict]:
        by_subject: dict = defaultdict(list)
        for s, p, o in triples:
            by_subject[s].append((p, o))
        return [self.node(s, by_subject[s]) for s in sorted(by_subject, key=str)]


def _sort_key(item: object) -> str:
    return json.dumps(item, sort_keys=True, ensure_ascii=False)


def _language_map(items: list[tuple[str, str]]) -> dict[str, object]:
    grouped: dict[str, list[str]] = defaultdict(list)
    for lang, text in items:
        grouped[lang].append(text)
    return {lang: sorted(v)[0] if len(v) == 1 else sorted(v) for lang, v in sorted(grouped.items())}


def graph_document(graph: Iterable[Triple], ctx: dict | None = None) -> str:
    """One graph (``kg extract -f jsonld``) as a compacted JSON-LD document."""
    c = Compactor(ctx)
    return json.dumps({"@context": c.context, "@graph": c.nodes(graph)}, ensure_ascii=False, indent=1) + "\n"


def write_dataset(
    graphs: Iterable[tuple[URIRef, Iterable[Triple]]], out: IO[bytes], ctx: dict | None = None
) -> None:
    """Named graphs as one compacted document, written graph by graph (memory: one graph at a time)."""
    c = Compactor(ctx)
    head = json.dumps(c.context, ensure_ascii=False, indent=1).replace("\n", "\n ")
    out.write(f'{{\n "@context": {head},\n "@graph": [\n'.encode())
    first = True
    for name, triples in graphs:
        nodes = c.nodes(triples)
        if not nodes:
            continue
        body = json.dumps({"@id": c.iri(name), "@graph": nodes}, ensure_ascii=False, indent=1)
        out.write(((" " if first else ",\n ") + body.replace("\n", "\n ")).encode("utf-8"))
        first = False
    out.write(b"\n ]\n}\n")


def dataset_graphs(ds) -> Iterable[tuple[URIRef, Graph]]:
    """The named graphs of an rdflib Dataset that hold triples, by name."""
    graphs = {g.identifier: g for g in ds.graphs() if isinstance(g.identifier, URIRef) and len(g)}
    graphs.pop(URIRef("urn:x-rdflib:default"), None)
    return sorted(graphs.items())


if __name__ == "__main__":  # python -m kg.rdf.jsonld > ontology/context.jsonld
    import sys

    sys.stdout.write(context_text())
