"""The head of a state body's name in full and in the nominative: ``data/gazetteer/body_heads.tsv``.

"МИД Казахстана", "Министерства иностранных дел РК" and "Министерство иностранных дел Республики Казахстан" open
with forms of one head. The extractor writes a post's body with its head this way (``postorgs``), and the store's
identity step keys bodies by it (``kg.ingest.bodies``): one table for both, for any country.
"""

from __future__ import annotations

import csv
from functools import lru_cache

from kg.resources import gazetteer_file


@lru_cache(maxsize=1)
def body_heads() -> tuple[dict[tuple[str, ...], str], frozenset[str]]:
    """Forms (as words) -> full heads, and the heads whose bodies each belong to one state."""
    with gazetteer_file("body_heads.tsv").open(encoding="utf-8") as fh:
        rows = [r for r in csv.reader(fh, delimiter="\t") if r and not r[0].startswith("#")]
    heads = {tuple(row[0].split()): row[1] for row in rows}
    return heads, frozenset(row[1] for row in rows if row[2:3] == ["state"])


def full_head(words: list[str]) -> list[str]:
    """``words`` with the longest head form they open with in full and in the nominative ("МИД" -> "Министерство
    иностранных дел", "Министерства" -> "Министерство"); the words themselves when none."""
    heads = body_heads()[0]
    for size in range(min(len(words), max(map(len, heads), default=0)), 0, -1):
        head = heads.get(tuple(words[:size]))
        if head is not None:
            return head.split() + words[size:]
    return words
