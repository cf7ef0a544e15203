"""Stage 4a, a case of its own: an event a sentence tells by a pronoun whose antecedent is an event noun of
the sentence before.

"Целью визита было участие в заседании межправкомиссии. Ее провели вице-премьеры X и Y": the sitting was
told in passing, with no one at it, and the next sentence gives its chairs with the pronoun as the object of a
verb of conducting. The pronoun's gender and number pick the antecedent: the event noun itself ("его" for
"заседание", "их" for "переговоры") or the body whose sitting it is ("ее" for "межправкомиссия"). The event
is read as the antecedent's kind, held by the verb's subjects.
"""

from __future__ import annotations

from collections.abc import Callable

from kg.extract import arguments, verbargs
from kg.extract.frames import Event, takes_part
from kg.extract.model import Article, Sentence, Token
from kg.extract.syntax import children, preposition

# verbs whose object is the event conducted: "провели", "возглавили", "открыли", "вели"
_CONDUCT = frozenset(
    ["провести", "проводить", "возглавить", "возглавлять", "вести", "открыть", "открывать", "закрыть"]
)
# pronoun form -> (genders, number) of the antecedent it can stand for
_PRONOUNS = {
    "его": ({"Masc", "Neut"}, "Sing"),
    "её": ({"Fem"}, "Sing"),
    "ее": ({"Fem"}, "Sing"),
    "их": (set(), "Plur"),
}
# the same pronouns after "в", the event someone took part in: "участие в нем приняли", "в ней участвовали"
_LOCATIVES = {
    "нем": ({"Masc", "Neut"}, "Sing"),
    "нём": ({"Masc", "Neut"}, "Sing"),
    "ней": ({"Fem"}, "Sing"),
    "них": (set(), "Plur"),
}
# plural-only nouns the tagger may give the singular
_PLURAL_TANTUM = frozenset(["переговоры", "переговор", "консультации"])


def pronoun_event(
    article: Article, s: Sentence, t: Token, kind_of: Callable[[Sentence, Token], str | None]
) -> Event | None:
    """The event ``t`` stands for when it is a pronoun object of a verb of conducting, or a pronoun after "в" of a
    verb of taking part ("Участие в нем приняли X и Y"); ``kind_of`` reads the kind of an event noun of another
    sentence (``events._noun_event``'s)."""
    form = _PRONOUNS.get(t.text.lower()) or _LOCATIVES.get(t.text.lower())
    if form is None or t.head < 0 or s.index == 0:
        return None
    verb = _verb_taking_part(s, t) if t.text.lower() in _LOCATIVES else s.tokens[t.head]
    if verb is None or (t.text.lower() in _PRONOUNS and (t.rel != "obj" or verb.lemma not in _CONDUCT)):
        return None
    before = article.sentences[s.index - 1]
    if before.paragraph != s.paragraph or before.in_quote != s.in_quote:
        return None
    taking_part = t.text.lower() in _LOCATIVES
    antecedent = _antecedent(before, form, kind_of, signing=taking_part)
    if antecedent is None:
        return None
    if antecedent == "signing":
        # "Подписание договора состоялось накануне. Участие в нем приняли X и Y": those who took part met
        antecedent = "talks"
    people = [p for x in verbargs.subjects(s.tokens, verb) for p in arguments.coordinated(article, s, x)]
    if not people:
        return None
    return Event(antecedent, s.index, t, participants=people)


def _verb_taking_part(s: Sentence, t: Token) -> Token | None:
    """ "Участие в нем приняли X и Y", "в ней участвовали X и Y": the verb of taking part the pronoun is the
    event of."""
    if t.rel not in ("obl", "nmod") or preposition(s.tokens, t) not in ("в", "во"):
        return None
    head = s.tokens[t.head]
    if head.lemma == "участие" and head.head >= 0:
        head = s.tokens[head.head]
    return head if head.pos == "VERB" and takes_part(s.tokens, head) else None


def _antecedent(
    before: Sentence,
    form: tuple[set[str], str],
    kind_of: Callable[[Sentence, Token], str | None],
    signing: bool = False,
) -> str | None:
    """The kind of the last event noun of ``before`` that agrees with the pronoun, itself or by the body in the
    genitive it names ("заседании межправкомиссии"); ``signing``: a signing ceremony counts too."""
    genders, number = form
    for noun in reversed(before.tokens):
        if noun.pos != "NOUN":
            continue
        # "подписание договора состоялось": a signing told with no signers is no event of its own, yet one taken
        # part in
        kind = "signing" if signing and noun.lemma == "подписание" else kind_of(before, noun)
        if (
            kind is None
            or kind in ("session_domestic", "session_reference")
            or kind == "signing"
            and not signing
        ):
            continue
        candidates = [noun, *children(before.tokens, noun, "nmod")]
        if any(_agrees(c, genders, number) for c in candidates):
            return kind
    return None


def _agrees(noun: Token, genders: set[str], number: str) -> bool:
    if number == "Plur":
        return noun.feats.get("Number") == "Plur" or noun.lemma in _PLURAL_TANTUM
    return noun.feats.get("Number") == "Sing" and noun.feats.get("Gender") in genders
