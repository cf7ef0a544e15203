"""Counts over a store or an rdflib Graph: instances per core class."""

from __future__ import annotations

from rdflib import Graph


def selector(source):
    """A function that runs a SELECT on ``source`` (a store, or an rdflib Graph) and returns its rows."""
    if isinstance(source, Graph):
        prefixes = "PREFIX dip: <https://w3id.org/igkg/ontology#>\nPREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>\n"
        return lambda q: [tuple(row) for row in source.query(prefixes + q)]
    return lambda q: source.query(q).rows


COUNTED = (
    "Article",
    "Person",
    "Post",
    "Organization",
    "Government",
    "Country",
    "City",
    "Meeting",
    "Visit",
    "Document",
    "Quote",
)


def class_counts(source) -> dict[str, int]:
    """Instances per core class, of a store or an rdflib Graph."""
    values = " ".join(f"dip:{c}" for c in COUNTED)
    rows = selector(source)(
        f"SELECT ?c (COUNT(DISTINCT ?x) AS ?n) WHERE {{ VALUES ?c {{ {values} }} ?x a ?c }} GROUP BY ?c"
    )
    found = {str(c).rsplit("#", 1)[-1]: int(n) for c, n in rows}
    return {c: found.get(c, 0) for c in COUNTED}
