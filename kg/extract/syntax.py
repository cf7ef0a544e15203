"""Stage 2: morphology and syntax of every sentence (natasha's slovnet models), and NER spans.

The models are loaded once (``NlpModels``) and passed to every article. Their
results are adapted at the boundary (``adapt_*``) into our own ``Token``: a
lemma, a universal POS tag, morphological features, and the head and relation
of a Universal Dependencies tree, with character offsets into the article.
"""

from __future__ import annotations

from collections.abc import Iterator

from razdel import tokenize

from kg.extract.model import Article, Sentence, Span, Token
from kg.extract.morph import known_noun_only, lemma_of


class NlpModels:
    """natasha's news embedding, morphology tagger, syntax parser and NER tagger."""

    def __init__(self) -> None:
        from natasha import NewsEmbedding, NewsMorphTagger, NewsNERTagger, NewsSyntaxParser

        embedding = NewsEmbedding()
        self.morph = NewsMorphTagger(embedding)
        self.syntax = NewsSyntaxParser(embedding)
        self.ner = NewsNERTagger(embedding)

    def person_spans(self, text: str) -> list[Span]:
        if not text.strip():
            return []
        return adapt_spans(self.ner(text).spans)


def adapt_spans(spans) -> list[Span]:
    """natasha NER spans -> our Span, persons only."""
    return [Span(s.start, s.stop) for s in spans if s.type == "PER"]


def parse(article: Article, models: NlpModels) -> None:
    """Fill ``Sentence.tokens`` of every sentence with a morphological and syntactic analysis."""
    if not article.sentences:
        return
    spans = [[(t.start, t.stop) for t in tokenize(s.text)] for s in article.sentences]
    words = [[s.text[a:b] for a, b in offsets] for s, offsets in zip(article.sentences, spans)]
    # batches of sentences of like length: the models pad every sentence of a batch to its longest
    order = sorted(range(len(words)), key=lambda i: len(words[i]))
    morph = dict(zip(order, models.morph.map([words[i] for i in order])))
    syntax = dict(zip(order, models.syntax.map([words[i] for i in order])))
    for i, (s, offsets) in enumerate(zip(article.sentences, spans)):
        s.tokens = adapt_tokens(s, offsets, morph[i].tokens, syntax[i].tokens)


def adapt_tokens(sentence: Sentence, offsets: list[tuple[int, int]], morph, syntax) -> list[Token]:
    """slovnet morph and syntax markups of one sentence -> our Tokens (heads as indexes, -1 for the root)."""
    tokens = []
    for i, ((a, b), mt, st) in enumerate(zip(offsets, morph, syntax)):
        head = int(st.head_id) - 1
        text = sentence.text[a:b]
        feats = dict(mt.feats or {})
        tokens.append(
            Token(
                i,
                sentence.start + a,
                sentence.start + b,
                text,
                lemma_of(text, mt.pos, feats),
                mt.pos,
                feats,
                head if head != i else -1,
                st.rel,
            )
        )
    return _second_root_conjoined(
        _without_cycles(
            _intent_on_its_infinitive(_attribution_on_its_verb(_prepositions_before_their_nouns(tokens)))
        )
    )


def _second_root_conjoined(tokens: list[Token]) -> list[Token]:
    """ "X принял участие в форуме, встретился с Y и дал интервью": the parser may make the verb after the comma a
    root of its own, with no subject, where it is the first verb's conjunct and shares its subject. A finite verb
    root right after a comma, with no subject of its own, agreeing in number (and gender) with the first root verb
    that has one, goes under that verb as its conjunct."""
    roots = [t for t in tokens if t.head < 0]
    first = next((r for r in roots if r.pos in ("VERB", "AUX") and _subject_of(tokens, r)), None)
    if first is None:
        return tokens
    for r in roots:
        if (
            r.index > first.index
            and r.pos == "VERB"
            and r.feats.get("VerbForm") == "Fin"
            and r.index > 0
            and tokens[r.index - 1].text == ","
            and not _subject_of(tokens, r)
            and all(r.feats.get(f) == first.feats.get(f) for f in ("Number", "Gender", "Person", "Tense"))
        ):
            r.head, r.rel = first.index, "conj"
    return tokens


def _subject_of(tokens: list[Token], verb: Token) -> bool:
    return any(t.head == verb.index and t.rel in ("nsubj", "nsubj:pass") for t in tokens)


def _without_cycles(tokens: list[Token]) -> list[Token]:
    """slovnet picks each word's head on its own, so the heads may run in a circle (a noun the head of its relative
    clause's verb, which is the noun's head in turn); a stage climbing the tree from there would never stop. The
    circle's first word hangs from the sentence's root instead (the phrase it opens keeps its clause), or becomes
    the root when the circle holds the whole sentence. Each word is walked once: a walk stops at a word already
    known to reach the root."""
    reaches_root = [False] * len(tokens)
    for t in tokens:
        path: list[int] = []
        on_path: set[int] = set()
        x = t
        while x.head >= 0 and not reaches_root[x.index] and x.index not in on_path:
            path.append(x.index)
            on_path.add(x.index)
            x = tokens[x.head]
        if x.head >= 0 and x.index in on_path:
            circle = path[path.index(x.index) :]
            root = next((r.index for r in tokens if r.head < 0 and r.index not in on_path), -1)
            tokens[min(circle)].head = root
        for i in path:
            reaches_root[i] = True
    return tokens


_CLOSING_QUOTES = frozenset(["»", '"', "”", "“"])
_DASHES = frozenset(["-", "–", "—"])


def _attribution_on_its_verb(tokens: list[Token]) -> list[Token]:
    """ "«... на предприятиях ...», – отметил он по итогам переговоров с X": the words of the attribution belong to
    its own verb, but after a long quotation the parser may hang them on a word inside it. A word after the
    attribution's verb whose head lies inside the quotation goes to that verb."""
    for i, t in enumerate(tokens[:-2]):
        if t.text not in _CLOSING_QUOTES:
            continue
        j = i + 1
        while j < len(tokens) and tokens[j].text in (",", "!", "?", "…", "."):
            j += 1
        if j + 1 >= len(tokens) or tokens[j].text not in _DASHES:
            continue
        verb = tokens[j + 1]
        if verb.pos != "VERB" or verb.feats.get("VerbForm") != "Fin":
            continue
        for x in tokens[verb.index + 1 :]:
            if x.text in ("«", "„") or x.text in _CLOSING_QUOTES:
                break  # the next quotation
            if 0 <= x.head < i:
                x.head = verb.index
    return tokens


# short adjectives of intent whose infinitive is the clause's event ("должна состояться", "намерены встретиться")
INTENT_PREDICATES = frozenset(["должный", "намеренный", "готовый"])


def _intent_on_its_infinitive(tokens: list[Token]) -> list[Token]:
    """ "В субботу должна состояться встреча X и Y": the parser makes the short adjective the head of the subject
    and the time, where "состоится" would hold them itself; they go to the infinitive, which stays below the
    adjective (its mood still tells a plan)."""
    for a in tokens:
        if a.pos != "ADJ" or a.feats.get("Variant") != "Short" or a.lemma not in INTENT_PREDICATES:
            continue
        verb = next((c for c in tokens if c.head == a.index and c.rel == "xcomp" and c.pos == "VERB"), None)
        if verb is None:
            continue
        for c in tokens:
            if c.head == a.index and c.rel in ("nsubj", "obl") and c is not verb:
                c.head = verb.index
    return tokens


_NOMINAL = ("NOUN", "PROPN", "PRON")
_MODIFIERS = ("ADJ", "ADV", "DET", "NUM", "VERB")  # "с вновь избранным мэром": a participle modifies too


def _prepositions_before_their_nouns(tokens: list[Token]) -> list[Token]:
    """A Russian preposition governs the noun after it: the parser sometimes hangs it on a noun before ("на
    мероприятиях ..., но и встретились с вновь избранным мэром": "с" under "мероприятиях"). Such a preposition
    goes to the first noun after it, over its modifiers."""
    for t in tokens:
        if t.rel != "case" or t.pos != "ADP" or t.head < 0 or t.head > t.index:
            continue
        noun = next(
            (x for x in tokens[t.index + 1 : t.index + 5] if x.pos in _NOMINAL or x.pos not in _MODIFIERS),
            None,
        )
        if noun is not None and noun.pos in _NOMINAL:
            t.head = noun.index
    return tokens


# ---------------------------------------------------------------- tree helpers


def children(tokens: list[Token], head: Token, *rels: str) -> list[Token]:
    """Dependents of ``head``, optionally only those with one of ``rels`` (prefix match: "nmod" takes "nmod:poss")."""
    return [
        t
        for t in tokens
        if t.head == head.index and (not rels or t.rel.split(":")[0] in rels or t.rel in rels)
    ]


def ancestors(tokens: list[Token], token: Token) -> Iterator[Token]:
    seen = {token.index}
    while token.head >= 0 and token.head not in seen:
        token = tokens[token.head]
        seen.add(token.index)
        yield token


def subtree(tokens: list[Token], head: Token) -> list[Token]:
    """``head`` and everything below it, in text order."""
    inside = {head.index}
    changed = True
    while changed:
        changed = False
        for t in tokens:
            if t.index not in inside and t.head in inside:
                inside.add(t.index)
                changed = True
    return [t for t in tokens if t.index in inside]


_OWN_TIME_CLAUSES = ("acl:relcl", "ccomp", "advcl", "parataxis", "csubj")


def done_before(t: Token) -> bool:
    """A past passive participle of a clause of its own ("подписанного в 2002 году соглашения", "договоренностей,
    достигнутых в августе"): it tells when its noun's thing was done, not when the sentence's event is; a present
    or active one ("конференции, проходящей 19-20 декабря") may be the event's frame and share its time."""
    return (
        t.rel == "acl"
        and t.feats.get("VerbForm") == "Part"
        and t.feats.get("Voice") == "Pass"
        and t.feats.get("Tense") == "Past"
    )


def own_time_tokens(tokens: list[Token], trigger: Token) -> list[Token]:
    """The sentence without the finite clauses that do not hold ``trigger``: a relative or reported
    clause has its own time ("встреча, ... отмечена важность саммита, который пройдет в мае 2023
    года": the May date is the summit's, not the meeting's)."""
    line = [trigger, *lifted_ancestors(tokens, trigger)]
    if line[-1].head >= 0:
        return list(tokens)  # a cycle in the parser's tree: no clause to trust
    holding = {t.index for t in line}
    own = {t.index for t in subtree(tokens, trigger)}
    # the clause the trigger is in: "X намерена посетить Россию в 2019 году, заявил Y на встрече с Z" --
    # the meeting is in the reporting clause, the year in the reported one
    # (a relative or adverbial clause shares its main clause's time: "В 2022 году Астану посетила X, которая
    # провела переговоры с Y")
    head = next((t for t in line if t.rel in ("root", "parataxis", "ccomp", "csubj")), line[-1])
    kept = {t.index for t in subtree(tokens, head)} | own
    cut: set[int] = {t.index for t in tokens if t.index not in kept}
    for t in tokens:
        if t.index in holding or t.index in cut or t.rel not in _OWN_TIME_CLAUSES:
            continue
        if t.rel == "acl:relcl" or t.feats.get("VerbForm") == "Fin" or t.feats.get("Variant") == "Short":
            cut.update(u.index for u in subtree(tokens, t) if u.index not in own)
    for t in tokens:
        # "обсудил ход реализации подписанного в 2002 году соглашения": a participle's time is that of the thing
        # it tells of, unless that thing is the event itself ("встреча, прошедшая 5 мая")
        if done_before(t) and t.head not in holding and t.index not in holding:
            cut.update(u.index for u in subtree(tokens, t))
    return [t for t in tokens if t.index not in cut]


def lifted_ancestors(tokens: list[Token], token: Token) -> Iterator[Token]:
    """``ancestors``, the first step lifted over a crossing arc (``_lifted_head``)."""
    head = _lifted_head(tokens, token)
    if head is token:
        return
    yield head
    yield from ancestors(tokens, head)


def _lifted_head(tokens: list[Token], token: Token) -> Token:
    """The token's head, lifted while the arc crosses a word outside the head's subtree: "X на встрече
    с Y заявил, что ... приедет": the parser may hang "встрече" on "приедет" across "заявил"."""
    if token.head < 0:
        return token
    head = tokens[token.head]
    seen = {token.index}
    while head.head >= 0 and head.index not in seen:
        seen.add(head.index)
        low, high = sorted((token.index, head.index))
        below = {t.index for t in subtree(tokens, head)}
        # a preposition or a comma the parser hung astray ("выступая на(→elsewhere) форуме") is its own error
        if all(i in below or tokens[i].rel in ("case", "punct") for i in range(low + 1, high)):
            break
        # a verb's direct object across a place or a time ("открывая в понедельник в Вашингтоне встречу"): the
        # phrase crossed is the one hung astray, not the object
        if token.rel == "obj" and head is tokens[token.head] and head.pos == "VERB":
            break
        head = tokens[head.head]
    return head


def conjuncts(tokens: list[Token], head: Token) -> list[Token]:
    """``head`` and the tokens coordinated with it ("X, Y и Z")."""
    out = [head]
    for t in tokens:
        if t.rel == "conj" and t.head in {o.index for o in out}:
            out.append(t)
    return out


# nouns of compound prepositions ("в рамках", "в ходе", "по итогам"), which the parser often reads as a noun
# of their own with the governed noun under it
PREPOSITION_NOUNS = frozenset(
    ["рамках", "ходе", "время", "итогам", "завершение", "окончании", "завершении", "результатам", "полях"]
    + ["продолжение", "преддверии"]
)


def preposition(tokens: list[Token], token: Token) -> str:
    """The preposition a noun is governed by ("с", "во главе с", "в"), lowercased, or ""."""
    words = []
    for case in children(tokens, token, "case"):
        words += [case] + children(tokens, case, "fixed")
    return " ".join(t.text.lower() for t in sorted(words, key=lambda t: t.index))


def compound_preposition(tokens: list[Token], token: Token) -> str:
    """Like ``preposition``, and "в рамках" where the parser made "рамках" a noun with ``token`` under it."""
    own = preposition(tokens, token)
    if own or token.rel != "nmod" or token.head < 0:
        return own
    head = tokens[token.head]
    cases = children(tokens, head, "case")
    if head.text.lower() in PREPOSITION_NOUNS and cases and head.index == token.index - 1:
        return " ".join(t.text.lower() for t in [*cases, head])  # "В рамках поездки"
    return ""


def token_at(sentence: Sentence, start: int, stop: int) -> list[Token]:
    """Tokens of ``sentence`` that overlap the character span [start, stop)."""
    return [t for t in sentence.tokens if t.start < stop and start < t.stop]


def head_of_span(sentence: Sentence, start: int, stop: int) -> Token | None:
    """The token of a span whose head lies outside it (the span's syntactic head)."""
    inside = token_at(sentence, start, stop)
    indexes = {t.index for t in inside}
    for t in inside:
        if t.head not in indexes:
            return t
    return inside[0] if inside else None


def past_last_verb(tokens: list[Token], start: int, stop: int) -> int:
    """Where a title before ``stop`` may begin: after the last finite verb in [start, stop), else ``start``.
    A title does not run across a verb ("консул нанес визит губернатору X"; the surface breaks know
    verbs in -л only)."""
    verbs = [
        t.stop
        for t in tokens
        if start <= t.start
        and t.stop <= stop
        and t.pos in ("VERB", "AUX")
        and t.feats.get("VerbForm") == "Fin"
        and not known_noun_only(t.text)  # "Член хурала": the tagger's verb is a noun the dictionary knows
    ]
    return max(verbs, default=start)
