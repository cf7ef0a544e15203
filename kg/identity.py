"""Article identity: which text an article graph holds, and the IRI it lives under.

An article's id is the slug of its file name plus the first eight hex digits of
the SHA-256 of its text (``seed-49d1fd1c``). Two files whose names give the same
slug (``with space.txt`` and ``with-space.txt``, ``会谈.txt`` and ``访问.txt``,
``SEED.txt`` in another folder) hold different texts and so get different ids;
the same text under two names is the same article, which ingest reports as a
duplicate. The id does not depend on where the file lies, so ``kg extract`` prints
the same graph on every machine.

The hash is taken over the file's bytes with a UTF-8 byte-order mark removed and
line ends made ``\\n``, so a copy saved with Windows line ends is the same text.
"""

from __future__ import annotations

import hashlib
from pathlib import Path

from kg.keys import slug

ID_HASH_DIGITS = 8


def normalized_bytes(raw: bytes) -> bytes:
    if raw.startswith(b"\xef\xbb\xbf"):
        raw = raw[3:]
    return raw.replace(b"\r\n", b"\n").replace(b"\r", b"\n")


def content_hash(raw: bytes) -> str:
    """SHA-256 (hex) of an article file's normalized bytes."""
    return hashlib.sha256(normalized_bytes(raw)).hexdigest()


def article_id(stem: str, text_hash: str) -> str:
    """``slug(file stem)-first eight hex digits of the text hash``."""
    base = slug(stem, limit=60)
    if base == "x" and stem.strip().lower() != "x":
        base = "article"  # nothing transliterable (e.g. a Chinese file name): the hash carries the identity
    return f"{base}-{text_hash[:ID_HASH_DIGITS]}"


def article_id_for_file(path: Path, raw: bytes | None = None) -> str:
    """The id of the article in ``path`` (``raw``: its bytes, when already read)."""
    path = Path(path)
    return article_id(path.stem, content_hash(path.read_bytes() if raw is None else raw))


def legacy_article_id(path: Path) -> str:
    """The id igkg gave a file before content hashes (its stem): such graphs are replaced on re-ingest."""
    return Path(path).stem
