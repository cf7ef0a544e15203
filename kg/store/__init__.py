"""Where graphs live: the ``Store`` interface and its shared types (``base``), the
backends by name (``oxigraph``, ``memory``, ``remote`` for a SPARQL server), the
factory that opens them, locks, dumps and parallel export.

May import: ``kg.errors``, ``kg.resources``, ``kg.keys``, ``kg.identity``, ``kg.rdf``.
Backends import ``base``; only ``factory`` imports the backends.
"""

from kg.store.base import (
    BACKENDS,
    DEFAULT_STORE_DIR,
    DEFAULT_STORE_ENV,
    EXPORT_FORMATS,
    ArticleData,
    QueryResult,
    Store,
    default_store_path,
    is_url,
)
from kg.store.factory import open_store

__all__ = [
    "BACKENDS",
    "DEFAULT_STORE_DIR",
    "DEFAULT_STORE_ENV",
    "EXPORT_FORMATS",
    "ArticleData",
    "QueryResult",
    "Store",
    "default_store_path",
    "is_url",
    "open_store",
]
