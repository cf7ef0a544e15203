"""Stage 4a: the partners a sentence lists for one meeting verb or noun, one counterpart each, where the parse keeps
only some of them: a colon's list after "с рядом чиновников:", and the names after the first "с" past a plural
"встречи".
"""

from __future__ import annotations

import re

from kg.extract.model import Article, Sentence, Token
from kg.extract.syntax import children, preposition


def listed_after_colon(article: Article, s: Sentence, verb: Token, people: list[str]) -> list[list[str]]:
    """ "встретится с рядом европейских чиновников: председателем X, ..., комиссаром Y": the officials a colon
    lists after the verb's "с" phrase, one each."""
    with_ = [
        x
        for x in children(s.tokens, verb, "obl")
        if preposition(s.tokens, x) in ("с", "со") and x.lemma in _GROUP_NOUNS
    ]
    colon = s.text.find(":", verb.stop - s.start)
    if not with_ or colon < 0 or colon > with_[-1].stop - s.start + 60:
        return []
    return [
        [m.person]
        for m in article.mentions_in(s.index)
        if m.start > s.start + colon and m.person not in people and not _reported_after(s, m.start)
    ]


_GROUP_NOUNS = frozenset(
    ["ряд", "группа", "чиновник", "представитель", "руководитель", "лидер", "руководство"]
)


def _reported_after(s: Sentence, start: int) -> bool:
    """ "..., добавил пресс-секретарь правительства X": the source at the sentence's end."""
    return bool(
        re.search(
            r"(?i),\s*(?:добавил|сообщил|уточнил|пояснил|заявил)\w*\s+[^,:;]*$", s.text[: start - s.start]
        )
    )


def listed_partners(article: Article, s: Sentence, t: Token, named: list[str]) -> list[list[str]]:
    """ "В ходе встреч председателя со спикером A, председателем B и спикером C": the persons named after
    the first "с" past a plural "встречи", each a counterpart, where the parse hung the list elsewhere."""
    after = next(
        (x.stop for x in s.tokens if x.index > t.index and x.text.lower() in ("с", "со") and x.pos == "ADP"),
        None,
    )
    if after is None:
        return []
    verb = next(
        (
            x.start
            for x in s.tokens
            if x.start > after and x.pos in ("VERB", "AUX") and x.feats.get("VerbForm") == "Fin"
        ),
        s.stop,
    )  # the list ends with the clause: "..., сообщил X" names no counterpart
    listed = list(dict.fromkeys(m.person for m in article.mentions_in(s.index) if after <= m.start < verb))
    # the parse's own partner is one of them (the subject, who holds the meetings, is not)
    return [[p] for p in listed] if len(listed) > 1 and (not named or set(named) & set(listed)) else []
