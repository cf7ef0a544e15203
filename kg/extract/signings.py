"""Stage 4a, signings: who signed, told by the noun of signing or by signatures ("подписание соглашения
министром X и министром Y", "скреплением документа подписями X и Y"), and a signing ceremony told as held."""

from __future__ import annotations

from kg.extract import arguments
from kg.extract.frames import HAPPEN, takes_part
from kg.extract.model import Article, Sentence, Token
from kg.extract.syntax import children, preposition, subtree, token_at

# what signs a document, and what adopts one named as a document ("подписали", "подписание", "приняли декларацию")
SIGN_LEMMAS = frozenset(
    [
        "подписать",
        "подписывать",
        "скрепить",
        "заключить",
        "парафировать",
        "утвердить",
        "подписание",
        "подпись",
        "ратифицировать",
    ]
)
ADOPT_LEMMAS = frozenset(["принять", "одобрить", "утвердить"])


def signatures_told(tokens: list[Token], t: Token) -> bool:
    """ "подписями X и Y" (a document sealed or witnessed with them): signatures whose holders are named."""
    return (
        t.lemma == "подпись"
        and t.feats.get("Case") == "Ins"
        and t.feats.get("Number") == "Plur"
        and any(c.pos in ("NOUN", "PROPN") for c in children(tokens, t, "nmod"))
    )


def signers_of_the_signing(article: Article, s: Sentence, t: Token) -> list[str]:
    """The people named in the bare instrumental below "подписание" (no preposition: "с X" is a partner)."""
    if t.lemma != "подписание":
        return []
    found: list[str] = []
    for x in subtree(s.tokens, t):
        if (
            x is t
            or x.feats.get("Case") != "Ins"
            or x.pos not in ("NOUN", "PROPN")
            or preposition(s.tokens, x)
        ):
            continue
        if x.rel in ("appos", "flat:name", "flat"):
            continue  # the name in apposition to its title is the title's person
        found = arguments.merge(found, arguments.persons_of(article, s, x))
    return found or signers_after(article, s, t)


def signers_after(article: Article, s: Sentence, t: Token) -> list[str]:
    """The same read on the surface, where the parse hung the instrumentals elsewhere ("Событием стало
    подписание соглашения председателем X и главой Y"): the names in the instrumental that follow the noun
    and its document, up to the next preposition or verb."""
    run: list[Token] = []
    for x in s.tokens[t.index + 1 :]:
        if x.pos in ("VERB", "AUX") or x.text in (".", ";", ":") or (x.pos == "ADP" and run):
            break
        run.append(x)
    if not any(x.feats.get("Case") == "Ins" and x.pos == "NOUN" for x in run):
        return []
    found: list[str] = []
    for m in article.mentions_in(s.index):
        inside = bool(run) and run[0].start <= m.start and m.stop <= run[-1].stop
        if (
            inside
            and m.person not in found
            and any(x.feats.get("Case") == "Ins" for x in token_at(s, m.start, m.stop))
        ):
            found.append(m.person)
    return found if len(found) >= 2 else []


def ceremony_held(tokens: list[Token], t: Token) -> bool:
    """ "состоялась церемония подписания", "прошла церемония подписания", "в церемонии подписания приняли участие":
    a signing ceremony told as held."""
    if t.lemma != "церемония" or not any(c.lemma == "подписание" for c in children(tokens, t, "nmod")):
        return False
    verb = tokens[t.head] if t.head >= 0 else None
    if verb is None or verb.feats.get("Tense") != "Past":
        return False
    # "в церемонии подписания приняли участие X и Y": the signing ceremony its signers took part in
    return (t.rel in ("nsubj", "nsubj:pass") and verb.lemma in HAPPEN) or (
        t.rel == "obl" and takes_part(tokens, verb)
    )
