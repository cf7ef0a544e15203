"""Article → RDF: the ontology's terms and IRIs, the mapping of an extracted Article to
a graph, serializations (N-Triples lines, JSON-LD) and SHACL validation.

May import: ``kg.errors``, ``kg.resources``, ``kg.keys``, ``kg.identity``, ``kg.extract``.
"""
