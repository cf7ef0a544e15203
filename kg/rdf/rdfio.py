"""RDF terms between rdflib, pyoxigraph and N-Triples text, shared by the store backends."""

from __future__ import annotations

from collections.abc import Iterable, Iterator

from rdflib import BNode, Dataset, Graph, Literal, URIRef
from rdflib.term import Node

from kg.rdf.ontology import PREFIXES

_NT_ESCAPES = str.maketrans({"\\": "\\\\", '"': '\\"', "\n": "\\n", "\r": "\\r"})


def nt_term(term: Node) -> str:
    """A term in N-Triples syntax (rdflib's n3() writes multi-line strings in Turtle's long quotes)."""
    if isinstance(term, Literal):
        text = '"' + str(term).translate(_NT_ESCAPES) + '"'
        if term.language:
            return f"{text}@{term.language}"
        if term.datatype:
            return f"{text}^^<{term.datatype}>"
        return text
    if isinstance(term, BNode):
        return f"_:b{term}"
    return f"<{term}>"


def nt_lines(graph: Iterable[tuple]) -> Iterator[str]:
    """Each triple as N-Triples, without the final dot."""
    for s, p, o in graph:
        yield f"{nt_term(s)} {nt_term(p)} {nt_term(o)}"


def nt(graph: Iterable[tuple]) -> str:
    return "".join(f"{line} .\n" for line in nt_lines(graph))


def adapt_term(term) -> Node | None:
    """A pyoxigraph term as the rdflib term it stands for."""
    import pyoxigraph as ox

    if term is None:
        return None
    if isinstance(term, ox.NamedNode):
        return URIRef(term.value)
    if isinstance(term, ox.BlankNode):
        return BNode(term.value)
    if isinstance(term, ox.Literal):
        if term.language:
            return Literal(term.value, lang=term.language)
        return Literal(term.value, datatype=URIRef(term.datatype.value))
    raise TypeError(f"unsupported term {term!r}")


def ox_term(term: Node):
    """An rdflib term as a pyoxigraph term."""
    import pyoxigraph as ox

    if isinstance(term, URIRef):
        return ox.NamedNode(str(term))
    if isinstance(term, BNode):
        return ox.BlankNode(str(term))
    if isinstance(term, Literal):
        if term.language:
            return ox.Literal(str(term), language=term.language)
        if term.datatype:
            return ox.Literal(str(term), datatype=ox.NamedNode(str(term.datatype)))
        return ox.Literal(str(term))
    raise TypeError(f"unsupported term {term!r}")


def new_graph() -> Graph:
    g = Graph()
    for prefix, ns in PREFIXES.items():
        g.bind(prefix, ns)
    return g


def new_dataset(**kwargs) -> Dataset:
    """An rdflib Dataset with the project's prefixes bound (for readable exports)."""
    ds = Dataset(**kwargs)
    for prefix, ns in PREFIXES.items():
        ds.bind(prefix, ns)
    return ds


def one_line(e: BaseException) -> str:
    """An exception's message on one line."""
    return " ".join(str(e).split()) or type(e).__name__


def sparql_prefixes() -> str:
    return "".join(f"PREFIX {p}: <{ns}>\n" for p, ns in PREFIXES.items())
