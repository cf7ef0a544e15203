"""Search keys for names: the same folding in Python (``kg viz --focus``) and in the page's search box.

A node's key holds its label in lower case with ё made е, the pymorphy3 normal
form of each word (so a label in the genitive, "Правительства Казахстана", is
found as "правительство казахстан"), and a Latin transliteration folded so that
common spellings meet ("Tokayev", "Tokaev", "Zhomart", "Jomart"). A query matches
a key word when one is a prefix of the other and what is left over is a short
case ending, so "Токаеву" finds "Токаев"; the page's JavaScript (kg/static/graph.js)
applies the same rule with the same folding, which is why it is kept this small.
"""

from __future__ import annotations

import functools
import re

from kg.rdf.ontology import slug

_WORD = re.compile(r"[0-9a-zа-я]+")
# Latin spellings of one Russian sound collapse to one form; applied to keys and queries alike
_LATIN_FOLDS = (
    ("kh", "h"),
    ("zh", "j"),
    ("ye", "e"),
    ("yo", "e"),
    ("yu", "u"),
    ("ya", "a"),
    ("iy", "i"),
    ("yi", "i"),
    ("y", "i"),
    ("x", "ks"),
    ("w", "v"),
    ("ck", "k"),
)
MAX_ENDING = 3  # letters a query word may add to a key word: "токаев" + "у", "путин" + "ым"


def fold(text: str) -> str:
    return text.lower().replace("ё", "е")


def fold_latin(text: str) -> str:
    text = text.lower()
    for a, b in _LATIN_FOLDS:
        text = text.replace(a, b)
    return text


@functools.lru_cache(maxsize=1)
def _morph():
    import pymorphy3

    return pymorphy3.MorphAnalyzer()


@functools.lru_cache(maxsize=65536)
def _normal_form(word: str) -> str:
    if not re.search("[а-я]", word):
        return word
    return fold(_morph().parse(word)[0].normal_form)


def words(text: str) -> list[str]:
    return _WORD.findall(fold(text))


def search_key(label: str, *extra: str) -> str:
    """One space-separated string of every form a query may match: folded words, normal forms, Latin."""
    forms: list[str] = []
    for text in (label, *extra):
        ws = words(text)
        forms += ws + [_normal_form(w) for w in ws]
        latin = slug(text, limit=200).replace("-", " ")
        forms += [fold_latin(w) for w in latin.split()]
    return " ".join(dict.fromkeys(f for f in forms if f))


def query_words(query: str) -> list[str]:
    """A query's words, Cyrillic folded and Latin folded (the two alphabets never meet in one word)."""
    return [fold_latin(w) if w.isascii() else w for w in words(query)]


def _word_matches(q: str, key_words: list[str]) -> bool:
    for k in key_words:
        if k.startswith(q):
            return True
        if len(k) >= 4 and q.startswith(k) and len(q) - len(k) <= MAX_ENDING:
            return True
    return False


def matches(query: str, key: str) -> bool:
    """Every word of the query matches some word of the key (prefix, or key word plus a short ending)."""
    qs = query_words(query)
    key_words = key.split()
    return bool(qs) and all(_word_matches(q, key_words) for q in qs)
