"""Stage 4a, acts done together: two officials who open, lay or launch something together ("улицу открыли
министр X и министр Y"), or one who acts together with another ("Вместе с губернатором X он дал старт работе
консульства"), met there. Both are weak events: they continue a meeting, or open one with two named sides."""

from __future__ import annotations

import re

from kg.extract import arguments, verbargs
from kg.extract.frames import Event
from kg.extract.model import Article, Sentence, Token
from kg.extract.syntax import children, preposition

# acts done together by the people who do them ("открыли улицу", "заложили капсулу", "возложили венки"); two who
# agreed on something together ("договорились X и Y") talked
_JOINT_ACTS = frozenset(
    [
        "открыть",
        "заложить",
        "возложить",
        "посадить",
        "высадить",
        "запустить",
        "утвердить",
        "разрезать",
        "договориться",
    ]
)


def done_together(article: Article, s: Sentence, t: Token) -> Event | None:
    """ "улицу открыли министр X и министр Y": two who open, lay or unveil something together met there."""
    if t.lemma not in _JOINT_ACTS or t.feats.get("Tense") != "Past":
        return None
    tokens = s.tokens
    doers = [p for x in children(tokens, t, "nsubj") for p in arguments.coordinated(article, s, x)]
    if len(doers) == 1:
        doers = arguments.merge(doers, _joined_before(article, s, t))
    return Event("talks", s.index, t, participants=doers, strong=False) if len(doers) >= 2 else None


def done_with(article: Article, s: Sentence, t: Token) -> Event | None:
    """ "Вместе с губернатором X он дал старт работе консульства": who acts together with someone met them."""
    if t.feats.get("Tense") != "Past" or t.feats.get("VerbForm") != "Fin":
        return None
    tokens = s.tokens
    doers = [p for x in verbargs.subjects(tokens, t) for p in arguments.coordinated(article, s, x)]
    partners = [p for x in verbargs.co_agents(tokens, t) for p in arguments.coordinated(article, s, x)]
    if not doers and partners and t.feats.get("Voice") == "Act":
        doers = arguments.subject_right_before(article, s, t)
    if not (doers and partners):
        return None
    return Event("talks", s.index, t, participants=arguments.merge(doers, partners), strong=False)


def _joined_before(article: Article, s: Sentence, verb: Token) -> list[str]:
    """ "Министр X и замминистра Y открыли ...": the persons named before a plural verb and joined by "и" with
    no other verb between them and it, wherever the parse hung the second (it may hang it on a noun after the
    verb)."""
    named = [m for m in article.mentions_in(s.index) if m.stop <= verb.start]
    if len(named) < 2 or verb.feats.get("Number") != "Plur":
        return []
    span = article.text[named[0].start : verb.start]
    between = [x for x in s.tokens if named[0].start <= x.start < verb.start]
    if (
        not re.search(r"\sи\s", span)
        or any(x.pos in ("VERB", "AUX") for x in between)
        or re.search(r"[,;:(]", span)
    ):
        return []
    return list(dict.fromkeys(m.person for m in named))


def holder_after_u(article: Article, s: Sentence, verb: Token) -> list[str]:
    """ "У него прошла встреча с X", "У латвийского гостя запланирована встреча с X", "У президента Y состоялась
    встреча": whose meeting "у ..." under the verb tells (a pronoun's antecedent, or the person the noun names)."""
    for x in children(s.tokens, verb, "obl"):
        if preposition(s.tokens, x) != "у":
            continue
        if x.lemma in ("он", "она"):
            return arguments.antecedent(article, x)
        if arguments.is_person_noun(x) or x.pos == "PROPN":
            return arguments.persons(article, s, x)
    return []
