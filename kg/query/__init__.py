"""SPARQL, safely: the guard every query passes (``guard``), running a query on a store
and writing its result (``execute``), the canned queries of ``queries/`` (``canned``)
and terminal tables (``tables``).

May import: ``kg.errors``, ``kg.resources``, ``kg.keys``, ``kg.rdf``, ``kg.store``.
"""

from kg.query.execute import read_query, run

__all__ = ["read_query", "run"]
