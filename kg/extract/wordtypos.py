"""A common word mistyped by the outlet inside a body's name ("министерствами инсотранных дел"): a lower-case
word no dictionary knows whose one slip of the keyboard (a letter swapped with the next, replaced, left out or
doubled; the first letter kept) gives exactly one word the dictionary knows is read as that word, so the body
is named as every other outlet names it."""

from __future__ import annotations

import re
from functools import lru_cache

from kg.extract.morph import analyzer

_LETTERS = "абвгдеёжзийклмнопрстуфхцчшщъыьэюя"
_LOWER_WORD = re.compile(r"(?<![\w-])[а-яё]{5,}(?![\w-])")  # short words are too easily one slip from another


def _one_slip_variants(word: str) -> set[str]:
    """Every word one slip from ``word`` that keeps its first letter."""
    out: set[str] = set()
    for i in range(1, len(word)):
        out.add(word[:i] + word[i + 1 :])  # a letter doubled or added
        if i + 1 < len(word):
            out.add(word[:i] + word[i + 1] + word[i] + word[i + 2 :])  # two letters swapped
        for c in _LETTERS:
            out.add(word[:i] + c + word[i + 1 :])  # a letter replaced
            out.add(word[:i] + c + word[i:])  # a letter left out
    out.discard(word)
    return out


@lru_cache(maxsize=4096)
def mended_word(word: str) -> str:
    """``word``, or the one known word a single slip away when the dictionary does not know ``word``."""
    morph = analyzer()
    if morph.word_is_known(word):
        return word
    known = {v for v in _one_slip_variants(word) if morph.word_is_known(v)}
    return known.pop() if len(known) == 1 else word


def mend_typos(name: str) -> str:
    """Each lower-case word of a name, mended (capitalised words are names and stay as written)."""
    return _LOWER_WORD.sub(lambda m: mended_word(m.group(0)), name)
