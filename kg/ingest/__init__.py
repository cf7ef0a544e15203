"""Files → store: collecting article files, extracting them in a pool of worker
processes (``workers``) and writing whole articles in transactions (``runner``).

May import: ``kg.errors``, ``kg.resources``, ``kg.keys``, ``kg.identity``, ``kg.extract``,
``kg.rdf``, ``kg.store``.
"""

from kg.ingest.runner import IngestReport, ingest, remove

__all__ = ["IngestReport", "ingest", "remove"]
