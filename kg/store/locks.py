"""Who may use an on-disk store at the same time: many readers, or one writer.

Oxigraph allows one read-write process per store and calls a writer beside a
read-only process "undefined behaviour": a server started read-only kept
answering from its old snapshot while ``kg ingest`` wrote underneath it. So every
igkg command takes an advisory lock on ``STORE/igkg.lock`` first: commands that
only read (query, export, viz, stats, validate, serve) share it, commands that
write (ingest, remove, load) need it alone, and whoever comes second gets a
one-line error saying who holds the store. ``kg serve`` also writes
``STORE/igkg-serve.json`` (its pid and URL) so that the error can name it.
"""

from __future__ import annotations

import errno
import fcntl
import json
import os
from pathlib import Path

from kg.errors import StoreError

LOCK_FILE = "igkg.lock"
SERVE_FILE = "igkg-serve.json"
OWN_FILES = (LOCK_FILE, SERVE_FILE)


class StoreLock:
    """An flock on STORE/igkg.lock, shared (readers) or exclusive (the one writer); released on close."""

    def __init__(self, folder: Path, exclusive: bool) -> None:
        self.folder = Path(folder)
        self.exclusive = exclusive
        self._fd: int | None = None

    def acquire(self) -> StoreLock:
        path = self.folder / LOCK_FILE
        try:
            fd = os.open(path, os.O_RDWR | os.O_CREAT | os.O_CLOEXEC, 0o644)
        except OSError as e:
            if self.exclusive:
                raise StoreError(f"{self.folder}: cannot write here ({e.strerror})") from None
            try:  # a read-only folder: nobody can write it either, so readers need no lock
                fd = os.open(path, os.O_RDONLY | os.O_CLOEXEC)
            except OSError:
                return self
        try:
            fcntl.flock(fd, (fcntl.LOCK_EX if self.exclusive else fcntl.LOCK_SH) | fcntl.LOCK_NB)
        except OSError as e:
            os.close(fd)
            if e.errno not in (errno.EWOULDBLOCK, errno.EAGAIN):
                raise StoreError(f"{self.folder}: cannot lock the store ({e.strerror})") from None
            raise StoreError(self._busy_message()) from None
        self._fd = fd
        return self

    def _busy_message(self) -> str:
        server = serving(self.folder)
        if server:
            return (
                f"{self.folder}: the store is being served by kg serve (pid {server['pid']}, {server['url']}); "
                "stop it before changing the store"
            )
        if self.exclusive:
            return (
                f"{self.folder}: the store is in use by another igkg command; try again when it has finished"
            )
        return (
            f"{self.folder}: the store is being written by another igkg command (kg ingest, kg remove or "
            "kg load); try again when it has finished"
        )

    def release(self) -> None:
        if self._fd is not None:
            os.close(self._fd)
            self._fd = None


def serving(folder: Path) -> dict | None:
    """The record kg serve left in the folder, if that server is still running."""
    try:
        info = json.loads((Path(folder) / SERVE_FILE).read_text(encoding="utf-8"))
        os.kill(int(info["pid"]), 0)
        return info
    except (OSError, ValueError, KeyError, TypeError):
        return None


def write_serving(folder: Path, url: str) -> Path | None:
    path = Path(folder) / SERVE_FILE
    try:
        path.write_text(json.dumps({"pid": os.getpid(), "url": url}), encoding="utf-8")
        return path
    except OSError:  # a read-only store: the lock file cannot be taken either, nothing to explain
        return None
