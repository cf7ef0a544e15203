"""Comparison keys and IRI slugs of names: the one normalization that extraction
(matching names in a text) and IRI minting (the same name, the same IRI) share.
"""

from __future__ import annotations

import hashlib
import re

_TRANSLIT = dict(
    zip(
        "абвгдеёжзийклмнопрстуфхцчшщъыьэюяәғқңөұүһі",
        [
            "a",
            "b",
            "v",
            "g",
            "d",
            "e",
            "e",
            "zh",
            "z",
            "i",
            "y",
            "k",
            "l",
            "m",
            "n",
            "o",
            "p",
            "r",
            "s",
            "t",
            "u",
            "f",
            "kh",
            "ts",
            "ch",
            "sh",
            "shch",
            "_",
            "y",
            "_",
            "e",
            "yu",
            "ya",
            "a",
            "g",
            "q",
            "n",
            "o",
            "u",
            "u",
            "h",
            "i",
        ],
    )
)


def normalize_key(text: str) -> str:
    """The comparison key of a name: lower case, ё as е, single spaces, no quotes."""
    text = text.lower().replace("ё", "е")
    text = re.sub(r"[«»\"'“”„()]", " ", text)
    text = text.replace("–", "-").replace("—", "-")
    return re.sub(r"\s+", " ", text).strip()


def slug(text: str, limit: int = 80) -> str:
    """A readable ASCII IRI segment for a name; long names end with a short hash."""
    key = normalize_key(text)
    out = "".join(_TRANSLIT.get(ch, ch) for ch in key)
    out = re.sub(r"[^a-z0-9]+", "-", out.replace("_", "")).strip("-") or "x"
    if len(out) > limit:
        out = out[: limit - 9].rstrip("-") + "-" + digest(key, 8)
    return out


def digest(text: str, length: int = 12) -> str:
    return hashlib.sha1(text.encode("utf-8")).hexdigest()[:length]
