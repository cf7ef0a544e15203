"""Open a store by backend name or URL.

The factory lives apart from ``kg.store.base`` so that the backends can import the
shared types from ``base`` while the factory imports the backends: no cycle.
"""

from __future__ import annotations

import os
from pathlib import Path

from kg.errors import StoreError
from kg.store.base import BACKENDS, DEFAULT_STORE_DIR, DEFAULT_STORE_ENV, Store, is_url


def open_store(
    path: Path | str | None = None, backend: str = "oxigraph", create: bool = True, readonly: bool = False
) -> Store:
    """Open a store by backend name, or a SPARQL server by URL; ``path`` defaults to $IGKG_STORE or ./kg-store.

    ``readonly`` opens for reading only: any number of readers may share an on-disk store (and
    ``kg serve`` is one of them); a writer needs it to itself."""
    if backend not in BACKENDS:
        raise StoreError(f"unknown store backend '{backend}' (choose from {', '.join(BACKENDS)})")
    location = path if path is not None else os.environ.get(DEFAULT_STORE_ENV) or DEFAULT_STORE_DIR
    if is_url(str(location)):
        from kg.store.remote import RemoteStore

        return RemoteStore(str(location), create=create, readonly=readonly)
    if backend == "memory":
        from kg.store.memory import MemoryStore

        return MemoryStore()
    from kg.store.oxigraph import OxigraphStore

    return OxigraphStore(Path(location), create=create, readonly=readonly)


def check_local_store(path: Path) -> None:
    """That ``path`` holds an Oxigraph store, or a one-line StoreError ("no store here yet", "a damaged
    store", "is a file"), without opening it: for ``kg serve``, whose workers open it themselves."""
    from kg.store.oxigraph import check_folder

    check_folder(Path(path), create=False, readonly=True)
