"""Receptions the event reader finds by their own words: credentials or a consul's exequatur handed over, a
courtesy visit paid to a person, a reception or dinner given in a guest's honour.

Each reader takes the sentence and the trigger token and returns the event with its participants, or nothing.
"""

from __future__ import annotations

import re

from kg.extract import arguments
from kg.extract.frames import Event
from kg.extract.gazetteer import find_roles
from kg.extract.model import Article, Sentence, Token
from kg.extract.morph import parses
from kg.extract.segment import list_items_after
from kg.extract.syntax import children, conjuncts, preposition, subtree


def visit_paid_to(article: Article, s: Sentence, t: Token) -> Event | None:
    """ "нанес визит вежливости губернатору X", "нанесла визит к послу Y": a visit paid to a person is a
    meeting of the visitor and that person (a visit to a country or a city is not)."""
    tokens = s.tokens
    visit = next((c for c in children(tokens, t, "obj") if c.lemma == "визит"), None)
    if visit is None:
        return None
    hosts: list[str] = []
    below = [
        x for x in subtree(tokens, visit) if x.head != -1 and tokens[x.head].lemma in ("визит", "вежливость")
    ]
    for x in children(tokens, t, "iobj", "obl") + below:
        prep = preposition(tokens, x)
        if x.pos in ("NOUN", "PROPN", "ADJ") and ((prep == "" and _may_be_dative(x)) or prep in ("к", "ко")):
            hosts = arguments.merge(
                hosts, [p for c in conjuncts(tokens, x) for p in arguments.persons(article, s, c)]
            )
    if not hosts:
        return None
    visitors = [p for x in children(tokens, t, "nsubj") for p in arguments.coordinated(article, s, x)]
    event = Event("talks", s.index, t, strong=True)
    event.participants = arguments.merge(visitors, hosts)
    return event


def _may_be_dative(t: Token) -> bool:
    """The tagger's case, or the word's own forms: "акиму" is read as an adjective in the genitive."""
    return t.feats.get("Case") == "Dat" or any("datv" in p.tag for p in parses(t.text.lower()))


WELCOME_NOUNS = frozenset(["приветствие", "встреча"])


CREDENTIAL_VERBS = {
    "вручить",
    "принять",
    "вручать",
    "принимать",
    "передать",
    "передавать",
    "получить",
    "получать",
}


# an envoy's letters of credence, or a consul's exequatur (his recognition by the host state, handed over in person)
CREDENTIALS = re.compile(
    r"(?i)верительн\w+\s+грамот|аккредитационн\w+\s+пис[ье]м|копи\w+\s+верительн|экзекватур\w*|консульск\w+\s+патент"
)


def credentials(article: Article, s: Sentence, t: Token) -> Event | None:
    """ "принял верительные грамоты у послов X, Y и Z", "вручил копии верительных грамот министру X": the
    head of state or minister receives the ambassadors, a meeting of all of them (a reception is talks)."""
    tokens = s.tokens
    objects = children(tokens, t, "obj")
    # the object that holds the credentials, not a stray one the parser gave the verb ("11.01.2021 г.")
    objects = (
        [o for o in objects if any(x.lemma == "грамота" for x in subtree(tokens, o))]
        or [x for x in tokens[: t.index] if x.lemma == "грамота"]
        or objects
    )  # "Верительные грамоты ... вручил": the parser may hang the fronted object elsewhere
    # the parser may hang "верительные" on the verb, or make it the root: read the words right after it too
    clause_stop = next((x.start for x in tokens[t.index + 1 :] if x.pos in ("VERB", "AUX")), s.stop)
    after = subtree(tokens, objects[0])[-1].stop if objects else min(clause_stop, t.stop + 100)
    fronted = bool(objects) and objects[0].index < t.index  # "Верительные грамоты Президенту X вручили послы"
    told = subtree(tokens, objects[0]) if fronted else []
    window = article.text[s.start : told[-1].stop] if told else article.text[t.stop : after]
    if not CREDENTIALS.search(window):
        return None
    # the receiver told before the verb, in the dative ("Президенту X"), beside the verb or inside the object
    receivers = children(tokens, t, "iobj", "obl") + [c for o in told for c in children(tokens, o, "iobj")]
    before = [
        y
        for x in receivers
        if x.index < t.index and (x.feats.get("Case") == "Dat" or x.rel == "iobj")
        for y in subtree(tokens, x)
    ]
    if fronted and not before:
        # "верительные грамоты лидеру страны вручили послы": the dative between them, wherever the parse hung it
        before = [x for x in tokens[objects[0].index + 1 : t.index] if x.feats.get("Case") == "Dat"]
    if fronted and not before:
        return None  # "Верительные грамоты вручили послы X и Y": the reception told before goes on
    people: list[str] = []
    # "Принимая верительные грамоты посла X, Эрдоган отметил": a gerund's subject is its head verb's
    holder = tokens[t.head] if t.feats.get("VerbForm") == "Conv" and t.head >= 0 else t
    for x in children(tokens, holder, "nsubj", "nsubj:pass"):
        people = arguments.merge(people, arguments.coordinated(article, s, x))
    if not people:
        # the parse lost the subject ("Посол ... Сенько Ю.А. вручил"): the name right before the verb
        people = [
            m.person
            for m in article.mentions_in(s.index)
            if m.stop <= t.start
            and not article.text[m.stop : t.start].strip(" ,.")
            and not any(y.start <= m.start < y.stop for y in before)
        ][-1:]
    clause_end = next(
        (
            x.start
            for x in tokens[t.index + 1 :]
            if x.pos in ("VERB", "AUX") and x.rel in ("conj", "parataxis")
        ),
        s.stop,
    )
    others = [
        m.person
        for m in article.mentions_in(s.index)
        if t.stop <= m.start < clause_end or any(y.start <= m.start < y.stop for y in before)
    ]
    others += [m.person for item in list_items_after(article, s) for m in article.mentions_in(item)]
    # "верительные грамоты лидеру страны вручили ...": a receiver told by his title
    others += [
        p
        for x in before
        if x.feats.get("Case") == "Dat" and x.pos == "NOUN"
        for p in arguments.persons(article, s, x)
    ]
    event = Event("talks", s.index, t, strong=True)
    event.participants = arguments.merge(people, list(dict.fromkeys(others)))
    return event


def guest_after(article: Article, s: Sentence, t: Token) -> list[str]:
    """ "принял Чрезвычайного и Полномочного Посла Швейцарии ... Сироко Мессерли": a title and a name right
    after the verb, before the clause ends."""
    stop = next(
        (x.start for x in s.tokens[t.index + 1 :] if x.text in ".;!?" or x.pos in ("VERB", "AUX")), s.stop
    )
    window = article.text[t.stop : stop]
    named = [m.person for m in article.mentions_in(s.index) if t.stop <= m.start < stop]
    if (
        named
        and find_roles(window.lower())
        and not re.match(r"(?i)\s*(?:участие|решение|меры|документ)", window)
    ):
        return named[:1]
    return []


_IN_HONOUR = re.compile(r"\s+в\s+честь\s+")


_ON_BEHALF = re.compile(r"(?i)\bот\s+имени\s+")


def reception_in_honour(article: Article, s: Sentence, t: Token) -> list[str]:
    """ "От имени Ильхама Алиева был дан официальный прием в честь Гурбангулы Бердымухамедова": a reception
    (or a dinner) given in a guest's honour is where host and guest meet; the people named right after "в
    честь" and "от имени" (a holiday's reception honours no one)."""
    if t.lemma not in ("прием", "приём", "обед", "ужин", "завтрак"):
        return []
    honour = _IN_HONOUR.match(article.text, t.stop, s.stop) or _IN_HONOUR.match(
        article.text, next((x.stop for x in s.tokens[t.index + 1 : t.index + 2]), t.stop), s.stop
    )
    if honour is None:
        return []
    guest = _named_right_after(article, s, honour.end())
    if not guest:
        return []
    hosts = [
        p
        for b in _ON_BEHALF.finditer(article.text, s.start, s.stop)
        for p in _named_right_after(article, s, b.end())
    ]
    return hosts + guest


def _named_right_after(article: Article, s: Sentence, start: int) -> list[str]:
    """The person named at ``start``, or after a title with no comma in between ("Эмира Катара Тамима ...")."""
    after = [m for m in article.mentions_in(s.index) if m.start >= start]
    if (
        not after
        or after[0].start - start > 60
        or re.search(r"[,;:()«»]", article.text[start : after[0].start])
    ):
        return []
    return [after[0].person]


HANDING_VERBS = frozenset(["вручить", "вручать"])


def handed_in_person(article: Article, s: Sentence, t: Token) -> Event | None:
    """ "Лавров вручил генсеку АСЕАН X матрешку", "вручил орден послу X": what one official hands another is
    handed in person -- the two met (letters of credence are read by ``credentials``)."""
    tokens = s.tokens
    givers = [p for x in children(tokens, t, "nsubj") for p in arguments.coordinated(article, s, x)]
    takers = [
        p
        for x in children(tokens, t, "iobj", "obl")
        if x.feats.get("Case") == "Dat" and not preposition(tokens, x)
        for c in conjuncts(tokens, x)
        for p in arguments.persons(article, s, c)
    ]
    takers = [p for p in takers if p not in givers]
    if not givers or not takers:
        return None
    return Event("talks", s.index, t, strong=False, participants=arguments.merge(givers, takers))
