"""Which person mentions across articles are one person: pure functions over mentions.

Each article graph names its persons by what that article alone says (``person/a-mamin``).
Mentions whose surnames fold to the same key (case, ё/е) and whose first names are spelling
variants of each other (same consonants, at most two letters apart: Александар/Александр,
Шавкат/Шовкат, Гурбангулы/Гурбангула) are one person. A mention with initials only
("А. Мамин", "С.В.Лавров") joins the one full name whose first name starts with that
initial, and stays apart when there are none or several (Садыр and Акылбек Жапаров stay two
persons, and "Жапаров" alone stays a third). The label is the full form most articles use.
The result depends only on the set of mentions (``resolve.py`` applies it; meetings are
``consolidate.py``'s, bodies ``bodies.py``'s).
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Iterable
from dataclasses import dataclass

from kg.extract.morph import is_initial
from kg.extract.names import name_tokens
from kg.keys import normalize_key

_VOWELS = set("аеёиоуыэюяaeiouy")


@dataclass(frozen=True)
class PersonMention:
    graph: str
    node: str  # the IRI the article minted for it
    name: str  # the name as the article gives it


@dataclass(frozen=True)
class _Name:
    surname: str
    first: str  # folded first name ("" when absent)
    initial: str  # first letter when only initials are given


def surname_key(name: str) -> str:
    """The key persons are blocked by: the folded surname of a name."""
    parsed = _parse(name)
    return parsed.surname if parsed else ""


def _fold(word: str) -> str:
    return normalize_key(word).replace("-", "")


def _skeleton(word: str) -> str:
    return "".join(ch for ch in word if ch not in _VOWELS)


def _parse(name: str) -> _Name | None:
    tokens = name_tokens(name)  # the extractor's own split: "С.В.Лавров" -> С., В., Лавров
    initials = [t for t in tokens if is_initial(t)]
    words = [t for t in tokens if not is_initial(t)]
    if not words:
        return None
    if initials or len(words) == 1:
        return _Name(_fold(words[-1]), "", _fold(initials[0][0]) if initials else "")
    return _Name(_fold(words[-1]), _fold(" ".join(words[:-1])), "")


def edit_distance(a: str, b: str) -> int:
    prev = list(range(len(b) + 1))
    for i, ca in enumerate(a, 1):
        cur = [i]
        for j, cb in enumerate(b, 1):
            cur.append(min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (ca != cb)))
        prev = cur
    return prev[-1]


def same_first_name(a: str, b: str) -> bool:
    """Spelling variants of one first name: the same consonants, at most two letters apart."""
    return a == b or (_skeleton(a) == _skeleton(b) and edit_distance(a, b) <= 2)


def cluster_persons(
    mentions: Iterable[PersonMention], preferred: set[str] | frozenset[str] = frozenset()
) -> dict[tuple[str, str], str]:
    """(graph, node) -> the label of the person it is: a ``preferred`` name (the analyst's canonical
    one) when the cluster has one, else its most used full form."""
    blocks: dict[str, list[tuple[PersonMention, _Name]]] = defaultdict(list)
    out: dict[tuple[str, str], str] = {}
    for m in mentions:
        parsed = _parse(m.name)
        if parsed is None or not parsed.surname:
            out[(m.graph, m.node)] = m.name
            continue
        blocks[parsed.surname].append((m, parsed))
    _move_declined(blocks)
    for block in blocks.values():
        out.update(_cluster_block(block, preferred))
    return out


# case endings a surname keeps when the extractor could not bring it back to the nominative
# ("Р. Мередовым", "с Эрдоганом", "Лаврова"): tried only for mentions without a first name
_CASE_ENDINGS = ("ым", "ом", "ем", "ой", "ою", "а", "у", "е", "ю", "я")


def _stems(key: str) -> set[str]:
    return {key[: -len(e)] for e in _CASE_ENDINGS if key.endswith(e) and len(key) - len(e) >= 3}


def declension_links(key: str) -> set[str]:
    """The keys whose block a key's mentions can move to or take (``_move_declined``): its stems and its
    declined forms. Blocks linked so are clustered together; no other block bears on them."""
    return _stems(key) | {key + e for e in _CASE_ENDINGS}


def _move_declined(blocks: dict[str, list[tuple[PersonMention, _Name]]]) -> None:
    """Initials or a surname alone in an oblique case join the one full name of that surname."""
    with_full = {key for key, block in blocks.items() if any(n.first for _, n in block)}
    for key in sorted(blocks):
        if key in with_full:
            continue
        found = sorted(_stems(key) & with_full)
        if len(found) == 1:
            blocks[found[0]].extend(blocks.pop(key))


def _cluster_block(
    block: list[tuple[PersonMention, _Name]], preferred=frozenset()
) -> dict[tuple[str, str], str]:
    """Cluster the distinct names of one surname (a few), then give every mention its cluster's label."""
    uses: Counter[str] = Counter()
    parsed: dict[str, _Name] = {}
    for m, n in block:
        uses[m.name] += 1
        parsed[m.name] = n
    full: list[list[str]] = []
    by_skeleton: dict[str, list[list[str]]] = defaultdict(list)  # variants share their consonants
    # sorted, so that which variant opens a group never depends on arrival order
    for name in sorted((x for x in parsed if parsed[x].first), key=lambda x: (parsed[x].first, x)):
        first = parsed[name].first
        groups = by_skeleton[_skeleton(first)]
        group = next((g for g in groups if all(same_first_name(first, parsed[o].first) for o in g)), None)
        if group is None:
            groups.append([name])
            full.append(groups[-1])
        else:
            group.append(name)
    clusters = [list(g) for g in full]
    partial: dict[str, list[str]] = defaultdict(list)
    for name in sorted(x for x in parsed if not parsed[x].first):
        fits = [c for c in range(len(full)) if _fits(parsed[name], [parsed[o] for o in full[c]])]
        if len(fits) == 1:
            clusters[fits[0]].append(name)
        else:
            partial[normalize_key(name)].append(name)
    clusters.extend(partial.values())
    label_of = {}
    for cluster in clusters:
        label = _label(cluster, parsed, uses, preferred)
        label_of.update(dict.fromkeys(cluster, label))
    return {(m.graph, m.node): label_of[m.name] for m, _ in block}


def _fits(name: _Name, group: list[_Name]) -> bool:
    if name.initial:
        return all(n.first.startswith(name.initial) for n in group)
    return True  # a surname alone fits any one full name


def _label(cluster: list[str], parsed: dict[str, _Name], uses: Counter, preferred=frozenset()) -> str:
    full = (
        [name for name in cluster if name in preferred]
        or [name for name in cluster if parsed[name].first]
        or cluster
    )
    return max(full, key=lambda name: (uses[name], "ё" in name.lower(), name))
