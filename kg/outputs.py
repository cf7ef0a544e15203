"""Writing output files without damage: only regular files, never inside the store, all or nothing.

``kg export -o PATH`` used to replace whatever was at PATH: a device, a FIFO, a
symlink's target, even ``kg-store/CURRENT`` (which destroys the store). Now the
path must be a regular file or not exist yet, must not be a symbolic link and
must not lie inside the store folder; the data goes to a temporary file beside
it that replaces PATH only once it is complete, so a full disk leaves PATH as it
was and says so in one line.
"""

from __future__ import annotations

import contextlib
import os
import stat
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import IO

from kg.errors import OutputError


def check_output(path: Path, store: str | Path | None = None) -> Path:
    """Refuse output paths that are not (or would not be) regular files, or that lie inside ``store``."""
    path = Path(path)
    try:
        st = path.lstat()
    except FileNotFoundError:
        st = None
    except OSError as e:
        raise OutputError(f"{path}: cannot write ({e.strerror})") from None
    if st is not None:
        if stat.S_ISLNK(st.st_mode):
            raise OutputError(
                f"{path}: is a symbolic link; refusing to write through it (name the file itself)"
            )
        if stat.S_ISDIR(st.st_mode):
            raise OutputError(f"{path}: is a folder; name a file to write")
        if not stat.S_ISREG(st.st_mode):
            raise OutputError(
                f"{path}: not a regular file (a device, FIFO or socket); refusing to write to it"
            )
    if store is not None and not str(store).lower().startswith(("http://", "https://")):
        store_dir = Path(store).resolve()
        target = path.parent.resolve() / path.name
        if target == store_dir or store_dir in target.parents:
            raise OutputError(
                f"{path}: lies inside the store folder {store}; writing there would damage the store"
            )
    holder = _store_holding(path.parent.resolve() / path.name)
    if holder is not None:
        raise OutputError(
            f"{path}: lies inside the store folder {holder}; writing there would damage the store"
        )
    parent = path.parent
    if parent.exists() and not parent.is_dir():
        raise OutputError(f"{path}: {parent} is not a folder")
    return path


def _store_holding(target: Path) -> Path | None:
    """The Oxigraph (RocksDB) store folder ``target`` lies in, whichever command writes (``kg docs`` has no
    --store to compare with): a folder with a CURRENT file and RocksDB's OPTIONS files."""
    for folder in target.parents:
        try:
            if (folder / "CURRENT").is_file() and any(folder.glob("OPTIONS-*")):
                return folder
        except OSError:
            return None
    return None


def write_atomically(path: Path, write: Callable[[IO[bytes]], None], store: str | Path | None = None) -> None:
    """Check ``path``, let ``write`` fill a temporary file beside it, then move that over ``path``."""
    path = check_output(path, store)
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".part", dir=path.parent)
    except OSError as e:
        raise OutputError(f"{path}: cannot write ({e.strerror})") from None
    try:
        with os.fdopen(fd, "wb") as fh:
            write(fh)
            fh.flush()
            os.fsync(fh.fileno())
        os.chmod(tmp, 0o644)
        os.replace(tmp, path)
    except OSError as e:
        _discard(tmp)
        raise OutputError(f"{path}: cannot write ({e.strerror or e}); nothing was changed") from None
    except BaseException:
        _discard(tmp)
        raise


def _discard(tmp: str) -> None:
    with contextlib.suppress(OSError):
        os.unlink(tmp)
