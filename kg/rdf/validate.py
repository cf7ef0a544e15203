"""SHACL validation of a graph against ontology/shapes.ttl."""

from __future__ import annotations

from dataclasses import dataclass

from rdflib import Graph

from kg.errors import ValidationError
from kg.resources import ontology_file


@dataclass
class ValidationReport:
    conforms: bool
    violations: int
    text: str


def validate_graph(data: Graph) -> ValidationReport:
    from pyshacl import validate

    shapes = Graph().parse(ontology_file("shapes.ttl"), format="turtle")
    ontology = Graph().parse(ontology_file("igkg.ttl"), format="turtle")
    conforms, report_graph, text = validate(
        data, shacl_graph=shapes, ont_graph=ontology, inference="none", advanced=True, allow_warnings=True
    )
    from rdflib.namespace import SH

    if not isinstance(report_graph, Graph):  # pyshacl reports its own failures in place of a report
        raise ValidationError(f"SHACL validation could not run: {text or report_graph}")
    violations = len(set(report_graph.subjects(SH.resultSeverity, SH.Violation)))
    return ValidationReport(bool(conforms), violations, text)
