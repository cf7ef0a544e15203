"""Groups a plural or a list stands for, read before the arguments of events: "лидеры двух стран" (the two heads of
two states the text named before), "министры" as a bare subject (the two ministers), and partners listed after a
comma that the parse hung inside the first partner's phrase."""

from __future__ import annotations

import re

from kg.extract.gazetteer import find_roles
from kg.extract.model import Article, Mention, Sentence, Token
from kg.extract.syntax import children, subtree

# "лидеры двух стран", "главы обоих государств", "президенты двух стран": the heads the text named before
_HEADS = frozenset(["head_of_state", "head_of_government"])
_HEADS_OF_TWO = {
    "лидер": _HEADS,
    "глава": _HEADS,
    "президент": frozenset(["head_of_state"]),
    "премьер": frozenset(["head_of_government"]),
    "премьер-министр": frozenset(["head_of_government"]),
}


def _of_two_states(tokens: list[Token], t: Token) -> bool:
    return any(
        x.lemma in ("страна", "государство")
        and any(n.lemma in ("два", "оба") for n in children(tokens, x, "nummod", "amod", "det"))
        for x in children(tokens, t, "nmod")
    )


def _two_heads_before(article: Article, t: Token, roles: frozenset[str]) -> list[str]:
    """The last two people named before ``t`` who hold one of ``roles`` in two different states."""
    found: dict[str, str] = {}  # state -> person
    for m in sorted((m for m in article.mentions if m.stop <= t.start), key=lambda m: -m.start):
        person = article.persons[m.person]
        states = {p.country for p in person.posts if p.role in roles and p.country}
        for state in states:
            if state not in found and m.person not in found.values():
                found[state] = m.person
        if len(found) == 2:
            return list(found.values())[::-1]
    return []


def holders_in_two_states(article: Article, s: Sentence, t: Token) -> list[str]:
    """ "Лидеры двух стран провели переговоры", "Завтра министры проведут совещание": the two people of two states the
    plural stands for, or nobody."""
    if t.lemma in _HEADS_OF_TWO and t.feats.get("Number") == "Plur" and _of_two_states(s.tokens, t):
        return _two_heads_before(article, t, _HEADS_OF_TWO[t.lemma])
    if (
        t.lemma == "министр"
        and t.feats.get("Number") == "Plur"
        and t.rel in ("nsubj", "nsubj:pass")
        and not children(s.tokens, t)
    ):
        return _two_heads_before(article, t, frozenset(["minister", "foreign_minister"]))
    return []


def listed_beside(article: Article, s: Sentence, x: Token, known: list[str]) -> list[list[str]]:
    """ "с X, премьер-министром Y и председателем Z": a partner listed after a comma that the parse hung inside the
    first one's phrase (as its apposition) is a partner of its own, if a title of its own stands before it."""
    inside = subtree(s.tokens, x)
    start, stop = inside[0].start, inside[-1].stop
    out: list[list[str]] = []
    for m in article.mentions_in(s.index):
        if not start <= m.start < stop or m.person in known or [m.person] in out:
            continue
        before = article.text[start : m.start]
        if re.search(r"(?:,|\sи)\s+(?:[а-яё-]+\s+){1,6}$", before) and find_roles(before.rsplit(",", 1)[-1]):
            out.append([m.person])
    return out


_COMMEMORATED = re.compile(
    r"(?i)\b(?:(?:памятник|бюст|монумент|мемориал|мавзоле)\w*|могил(?:а|ы|е|у|ой)|памят(?:ь|и|ью))"
    r"\s+(?:[а-яё-]+\s+){0,3}$"
)


def honoured(s: Sentence, mention: Mention) -> bool:
    """ "открыт бюст великому ученому Абу Райхону Беруни", "возложил венок к памятнику X": whose memory is
    honoured, not anyone present, nor one of a group a plural stands for."""
    return _COMMEMORATED.search(s.text[: mention.start - s.start]) is not None
