"""Stage 4a: the event a verb reports ("встретился с X", "принял посла Y", "провели переговоры"): its participants
are the verb's subject and its conjuncts and the "с" partners, wherever the parser hung them (``events`` reads the
nouns and the sentence as a whole)."""

from __future__ import annotations

from kg.extract import arguments, jointacts, receptions, verbargs
from kg.extract.eventwords import EVENT_NOUNS, EVENT_VERBS, WEAK_VERBS, gathering_framed, habitual, medium
from kg.extract.frames import HAPPEN, Event
from kg.extract.model import Article, Sentence, Token
from kg.extract.partnerlists import listed_after_colon
from kg.extract.syntax import ancestors, children, conjuncts, preposition, subtree

_NOT_PERSON_OBJECTS = {
    "участие",
    "решение",
    "мера",
    "меры",
    "закон",
    "постановление",
    "документ",
    "заявление",
    "резолюция",
    "программа",
    "план",
    "декларация",
    "соглашение",
    "во",
    "внимание",
    "поздравление",
    "грамота",
    "звонок",
}


_GREETING = frozenset(["приветствовать", "поприветствовать"])


# who is greeted from the stage: the gathered, those present, the participants
_AUDIENCE = frozenset(
    ["собраться", "собравшийся", "присутствовать", "присутствующий", "участник", "аудитория", "зал"]
)


# what one state's official signs alone: a decree, an order, a law ("подписал указ", "закон подписан президентом")
_UNILATERAL_ACTS = frozenset(
    ["указ", "распоряжение", "приказ", "закон", "постановление", "декрет", "поручение"]
)


def signs_alone(tokens: list[Token], verb: Token) -> bool:
    """What the signing verb signs is one state's own act ("подписал указ", "закон подписан президентом")."""
    return any(o.lemma in _UNILATERAL_ACTS for o in children(tokens, verb, "obj", "nsubj:pass"))


def verb_event(article: Article, s: Sentence, t: Token) -> Event | None:
    tokens = s.tokens
    if t.lemma in ("нанести", "наносить"):
        return receptions.visit_paid_to(article, s, t)
    if t.lemma in receptions.CREDENTIAL_VERBS:
        credentials = receptions.credentials(article, s, t)
        if credentials is not None:
            return credentials
    if t.lemma in receptions.HANDING_VERBS:
        return receptions.handed_in_person(article, s, t)
    if t.lemma == "принимать" and t.feats.get("VerbForm") != "Conv" and t.feats.get("Tense") != "Past":
        # "стороны по очереди принимают коллег": a habit; "принимая коллегу X", "18 ноября X принимал делегацию"
        # are the reception
        return None
    kind = EVENT_VERBS.get(t.lemma)
    strong = kind is not None
    if kind is None:
        kind = WEAK_VERBS.get(t.lemma)
    if kind is None and t.lemma in ("поставить", "ставить"):
        # "подписи под документом поставили X и Y": a signing told by its signatures
        kind = "signing" if any(c.lemma == "подпись" for c in children(tokens, t, "obj")) else None
    if t.lemma in _GREETING and any(o.lemma in _AUDIENCE for o in children(tokens, t, "obj")):
        return None  # "Приветствовали собравшихся X и Y": the speakers greet the audience, not one another
    if kind == "signing" and signs_alone(tokens, t):
        return None  # "подписал указ о назначении министра": one state's act, no one signs it with him
    if kind is None:
        # acts done together: "улицу открыли министр X и министр Y", "вместе с губернатором X он дал старт ..."
        # ("провел переговоры вместе с X" is the noun's event)
        together = jointacts.done_together(article, s, t)
        if (
            together is None
            and t.lemma not in HAPPEN
            and not any(c.lemma in EVENT_NOUNS for c in children(tokens, t))
        ):
            together = jointacts.done_with(article, s, t)
        return together
    received: list[str] = []
    if t.lemma in verbargs.RECEIVE or t.lemma in verbargs.SEE_OFF:
        objects = children(tokens, t, "obj") or (
            children(tokens, t, "nsubj:pass", "nsubj") if t.feats.get("Voice") == "Pass" else []
        )
        if not objects:
            received = receptions.guest_after(
                article, s, t
            )  # the parse lost the object: the person named right after
            if not received:
                return None
        elif objects[0].lemma in _NOT_PERSON_OBJECTS or not any(
            # "принял специального представителя генсекретаря ООН, главу центра ООН X": the name on a conjunct
            arguments.persons(article, s, c)
            or arguments.is_person_noun(c)
            # "принял представителей бизнеса и общественности": the public, no official
            and not any(x.lemma in verbargs.PUBLIC for x in children(tokens, c, "nmod"))
            for o in objects
            for c in conjuncts(tokens, o)
        ):
            return None  # "принял участие", "принял решение": not a reception; "был принят Президентом": one
    if kind != "signing" and any(
        c.lemma in EVENT_NOUNS and not (strong and gathering_framed(tokens, c))
        for c in children(tokens, t, "obj", "obl", "nsubj")
    ):
        return (
            None  # "провел переговоры", "обсудили на встрече": the noun is the trigger (a signing is its own)
        )
    kind = medium(kind, s.text)
    event = Event(kind, s.index, t, strong=strong)
    if t.feats.get("Tense") == "Pres" and habitual(tokens, t):
        event.generic, event.strong = True, False  # "министры встречаются ежегодно": a habit, not a meeting
    people: list[str] = []
    for rel in ("nsubj", "nsubj:pass"):
        for x in children(tokens, t, rel):
            people = arguments.merge(people, verbargs.doers_of_subject(article, s, t, x))
    if not people and t.rel in ("xcomp", "ccomp", "conj"):
        # "Генеральный консул намерена встретиться с X": the infinitive's doer is its head's subject; "они не только
        # побывали на празднике, но и встретились с мэром": a conjoined verb's, its first verb's
        for x in verbargs.subjects(tokens, t):
            people = arguments.merge(people, arguments.coordinated(article, s, x))
    if not people and kind != "signing" and t.feats.get("Voice") != "Pass":
        people = verbargs.traveller_of_the_place(article, s, t)
    if not people:
        people = verbargs.speaker_as_doer(article, s, t)
    if not people and t.feats.get("Voice") != "Pass":
        people = _subject_right_after(article, s, t)
    if not people and t.feats.get("Voice") != "Pass" and t.feats.get("VerbForm") == "Fin":
        # "Как сообщил X, Э. Рахмонов обсудил с Y ...": the parse made the name a conjunct of the source's
        people = arguments.subject_right_before(article, s, t)
    partners: list[list[str]] = []
    # "X вместе с послом Y обсудили": the parse hangs the partner on the adverb
    together = [
        x
        for a in children(tokens, t, "advmod")
        if a.lemma in ("вместе", "совместно")
        for x in children(tokens, a, "obl")
    ]
    for x in children(tokens, t, "obl", "obj", "iobj") + together:
        if not verbargs.partner_argument(tokens, t, x):
            continue
        for c in conjuncts(tokens, x):
            found = arguments.persons(article, s, c)
            if found:
                partners.append(found)
    if (
        len(partners) + bool(people) < 2
        and t.lemma in verbargs.OBJECT_PARTNERS
        and not verbargs.true_objects(tokens, t)
    ):
        partners += verbargs.object_in_genitive(article, s, t, people + [p for f in partners for p in f])
    if not partners and kind in ("talks", "phone_call", "video_call") and verbargs.public_partner(tokens, t):
        return None  # "встретился с турецким бизнесом", "с соотечественниками": no official's meeting
    if kind in ("talks", "phone_call", "video_call"):
        # "встретится с рядом чиновников: X, Y, Z": the list the colon opens, one meeting each
        partners = listed_after_colon(article, s, t, people) or partners
    if not partners and kind in ("talks", "phone_call", "video_call"):
        partners = _partner_hung_lower(article, s, t, people) or _partners_hung_higher(article, s, t, people)
    for found in partners:
        people = arguments.merge(people, found)
    event.participants = arguments.merge(people, received)
    if len(partners) > 1 and kind in ("talks", "phone_call", "video_call"):
        event.counterparts = partners  # the reader splits a call list into one call each
    return event


def _partner_hung_lower(article: Article, s: Sentence, verb: Token, subjects: list[str]) -> list[list[str]]:
    """ "обсудил вопросы урегулирования с президентом Франции X": the parser hung the "с" partner on the
    topic's noun; a person in "с" + instrumental below the verb's object, under no event noun of its own,
    is the verb's partner."""
    for x in children(s.tokens, verb, "obj", "obl"):
        for y in subtree(s.tokens, x):
            if (
                y is x
                or y.rel != "nmod"
                or y.feats.get("Case") != "Ins"
                or preposition(s.tokens, y) not in ("с", "со")
                or any(a.lemma in EVENT_NOUNS for a in _between(s.tokens, y, verb))
            ):
                continue
            found = [p for p in arguments.persons(article, s, y) if p not in subjects]
            if found:
                return [found]
    return []


def _subject_right_after(article: Article, s: Sentence, verb: Token) -> list[str]:
    """ "Шольца встретила премьер-министр Эстонии Кая Каллас, после чего ...": the subject after the verb, which the
    parser gave to a later verb; a title in the nominative right after the verb and the name it opens."""
    after = [x for x in s.tokens[verb.index + 1 : verb.index + 3] if x.pos != "PUNCT"]
    if not after or after[0].feats.get("Case") != "Nom" or after[0].pos not in ("NOUN", "PROPN"):
        return []
    if after[0].rel != "nsubj" or after[0].head == verb.index:
        return []  # an object in the nominative's form is the verb's own business (``object_in_genitive``)
    if not arguments.is_person_noun(after[0]) and after[0].pos != "PROPN":
        return []
    stop = next((x.start for x in s.tokens[verb.index + 1 :] if x.text in (",", ";", ":", "—", "–")), s.stop)
    named = [m for m in article.mentions_in(s.index) if verb.stop <= m.start < stop]
    return [named[0].person] if named and named[0].start - after[0].start < 60 else []


def _partners_hung_higher(article: Article, s: Sentence, verb: Token, subjects: list[str]) -> list[list[str]]:
    """ "направится в Германию, где встретится со своим коллегой X, министром Y и ...": the parser hung the "с"
    partners of the clause's meeting verb on the verb before it; a "с" + instrumental right after the meeting
    verb, with no verb between, that hangs on a word before it is the meeting verb's, each conjunct one side."""
    tokens = s.tokens
    for y in tokens[verb.index + 1 :]:
        if y.pos in ("VERB", "AUX") or y.text in (";", ":"):
            return []
        if (
            y.rel in ("obl", "nmod")
            and y.feats.get("Case") == "Ins"
            and preposition(tokens, y) in ("с", "со")
            and y.head < verb.index
            and (y.index < 2 or tokens[y.index - 2].lemma != "вместе")  # "вместе с X": who came along
        ):
            groups = [
                [p for p in arguments.persons(article, s, c) if p not in subjects]
                for c in conjuncts(tokens, y)
            ]
            return [g for g in groups if g]
    return []


def _between(tokens: list[Token], low: Token, high: Token) -> list[Token]:
    """The heads from ``low`` up to ``high``, both excluded."""
    out = []
    for a in ancestors(tokens, low):
        if a.index == high.index:
            break
        out.append(a)
    return out
