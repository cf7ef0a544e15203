"""A meeting verb mistyped by the outlet ("Глава Калмыкии встретиля с послом"): a word no dictionary knows, one slip
of the keyboard from a form of a meeting or signing verb, is read as that form. The tagger made such a word a
noun ("встретиль"); the token keeps its place in the tree and takes the verb's lemma and features."""

from __future__ import annotations

from dataclasses import replace
from functools import lru_cache

from kg.extract.model import Token
from kg.extract.morph import analyzer, one_slip, parses

_TENSES = {"past": "Past", "pres": "Pres", "futr": "Fut"}


@lru_cache(maxsize=1)
def _forms(lemmas: frozenset[str]) -> dict[str, object]:
    """Every finite form of the verbs, by its text (a pymorphy parse of it)."""
    out: dict[str, object] = {}
    for lemma in lemmas:
        for parse in analyzer().parse(lemma)[:1]:
            for form in parse.lexeme:
                if "VERB" in form.tag:
                    out.setdefault(form.word, form)
    return out


def read_through_typo(t: Token, lemmas: frozenset[str], with_partner: bool = False) -> Token:
    """``t`` as the verb form it mistypes, or ``t`` itself. ``with_partner``: "с" follows, which only the
    reflexive verbs take ("встретиля с" is "встретился с", not "встретила")."""
    word = t.text.lower()
    if len(word) < 6 or any(p.is_known for p in parses(word)):
        return t
    found = [form for text, form in _forms(lemmas).items() if one_slip(word, text)]
    if with_partner and any(form.normal_form.endswith("ся") for form in found):
        found = [form for form in found if form.normal_form.endswith("ся")]
    if len({form.normal_form for form in found}) != 1:
        return t  # no verb, or two verbs it may mistype
    tag = found[0].tag
    feats = {"VerbForm": "Fin", "Mood": "Ind"}
    if tag.tense:
        feats["Tense"] = _TENSES[tag.tense]
    if tag.number:
        feats["Number"] = "Plur" if tag.number == "plur" else "Sing"
    return replace(t, lemma=found[0].normal_form.replace("ё", "е"), pos="VERB", feats=feats)
