"""Files → store: collecting article files, extracting them in a pool of worker
processes (``workers``) and writing whole articles in transactions (``runner``).

May import: ``kg.errors``, ``kg.resources``, ``kg.keys``, ``kg.identity``, ``kg.extract``,
``kg.rdf``, ``kg.store``.
"""

__all__ = ["IngestReport", "ingest", "remove"]


def __getattr__(name: str):
    """``kg.ingest.ingest`` and the rest, imported when first asked for: readers of the summary
    (``kg.ingest.summary``: `kg query`, `kg stats`, `kg viz`) need none of the extractor the runner
    brings (0.4–0.7 s of imports)."""
    if name in __all__:
        from kg.ingest import runner

        return getattr(runner, name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
