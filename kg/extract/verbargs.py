"""Who a meeting verb's arguments are, where the parse put them: the subject (shared by conjoined verbs, converbs
and a second root after a comma), the true objects of receiving verbs, a partner in the genitive or hung lower,
and the unnamed officials or public a verb meets ("встретился с руководством провинции", "с журналистами")."""

from __future__ import annotations

from kg.extract import arguments
from kg.extract.gazetteer import find_roles
from kg.extract.model import Article, Sentence, Token
from kg.extract.syntax import children, preposition, subtree

PUBLIC = frozenset(
    [
        "бизнес",
        "бизнесмен",
        "предприниматель",
        "круг",
        "студент",
        "общественность",
        "журналист",
        "диаспора",
        "соотечественник",
        "молодежь",
        "ветеран",
        "эксперт",
        "ученый",
        "деятель",
        "инвестор",
        "житель",
    ]
)


# nouns for officials left unnamed: "обсудил с руководством китайских провинций", "с делегацией Ирана"
_UNNAMED_OFFICIALS = frozenset(
    [
        "руководство",
        "руководитель",
        "делегация",
        "представитель",
        "власть",
        "правительство",
        "коллега",
        "посол",
        "губернатор",
        "мэр",
        "министр",
        "глава",
        "партнер",
    ]
)


def unnamed_official_partner(article: Article, s: Sentence, verb: Token, doers: list[str]) -> bool:
    """The verb's "с" partner is officials the text does not name: a collective ("с руководством провинций
    Цзянсу"), or any official's title that a state other than the doers' own qualifies ("с премьер-министром
    Пакистана", "с пакистанским премьером"; not "с министром финансов", "с акимом Алматы" of the doer's state)."""
    if foreign_guests_state(article, s, verb, doers) is not None:
        return True
    for x in children(s.tokens, verb, "obl"):
        if preposition(s.tokens, x) not in ("с", "со"):
            continue
        if x.lemma in _UNNAMED_OFFICIALS:
            return True
        if find_roles(x.text):
            phrase = subtree(s.tokens, x)
            theirs = {m.iso for m in article.places_in(phrase[0].start, phrase[-1].stop) if m.iso}
            if theirs - _doers_states(article, s, verb, doers):
                return True
    return False


_WELCOMING = frozenset(["встретить", "встречать", "принять", "принимать"])


def foreign_guests_state(article: Article, s: Sentence, verb: Token, doers: list[str]) -> str | None:
    """ "Гостей из Поднебесной встречал X", "принял делегацию провинции Юньнань": the state of the guests the verb
    welcomes, when it is other than the doers' and named in the object's phrase or, for guests, the sentence before."""
    if verb.lemma not in _WELCOMING:
        return None
    for x in children(s.tokens, verb, "obj"):
        if x.lemma not in ("гость", "делегация"):
            continue
        phrase = subtree(s.tokens, x)
        theirs = {m.iso for m in article.places_in(phrase[0].start, phrase[-1].stop) if m.iso}
        if not theirs and x.lemma == "гость" and s.index > 0:
            before = article.sentences[s.index - 1]
            theirs = {m.iso for m in article.places_in(before.start, before.stop) if m.iso}
        ours = _doers_states(article, s, verb, doers, leave_out=(phrase[0].start, phrase[-1].stop))
        if len(theirs - ours) == 1:
            return (theirs - ours).pop()
    return None


def _doers_states(
    article: Article, s: Sentence, verb: Token, doers: list[str], leave_out: tuple[int, int] = (0, 0)
) -> set[str]:
    """The states the sentence gives before the verb (but in ``leave_out``) and the states of the doers' posts."""
    told = {
        m.iso
        for m in article.places_in(s.start, verb.start)
        if m.iso and not leave_out[0] <= m.start < leave_out[1]
    }
    posts = {
        post.country
        for key in doers
        if (person := article.persons.get(key)) is not None
        for post in person.posts
        if post.country
    }
    return told | posts


def public_partner(tokens: list[Token], verb: Token) -> bool:
    """The verb's "с" partner is the public, not an official ("с деловыми кругами", "с журналистами")."""
    return any(
        x.lemma in PUBLIC for x in children(tokens, verb, "obl") if preposition(tokens, x) in ("с", "со")
    )


def subjects(tokens: list[Token], verb: Token) -> list[Token]:
    """A verb's subjects; a verb conjoined to another shares its subject ("он присутствовал на параде, а
    затем провел встречи с X"), and so does a converb ("сказал он, выступая на форуме")."""
    own = children(tokens, verb, "nsubj")
    if own and verb.rel == "acl:relcl" and verb.head >= 0 and all(x.lemma == "который" for x in own):
        return [tokens[verb.head]]  # "X, который провел переговоры": the one the relative clause tells of
    if own:
        return own
    if verb.rel == "conj" and verb.head >= 0 and tokens[verb.head].pos in ("VERB", "AUX"):
        return children(tokens, tokens[verb.head], "nsubj", "nsubj:pass")
    if (
        verb.rel == "acl:relcl"
        and verb.head >= 0
        and any(x.lemma in ("где", "куда") for x in children(tokens, verb))
    ):
        # "X посетил Минск, где провел заседание": who went to the place did what the clause tells there
        place = tokens[verb.head]
        if place.head >= 0 and tokens[place.head].pos in ("VERB", "AUX"):
            return children(tokens, tokens[place.head], "nsubj")
    if verb.feats.get("VerbForm") == "Conv" and verb.head >= 0:
        return _sayer_after_quote(tokens, verb) or children(tokens, tokens[verb.head], "nsubj")
    if verb.rel == "xcomp" and verb.head >= 0:
        return children(
            tokens, tokens[verb.head], "nsubj"
        )  # "X намерена встретиться с Y": the infinitive's doer
    if verb.rel == "ccomp" and verb.head >= 0 and _agrees(verb, tokens[verb.head]):
        # "X отметил, что с украинским министром обменялся мнениями": a clause of what one says, with no
        # subject of its own and a verb in the sayer's number and gender, tells the sayer's act
        return children(tokens, tokens[verb.head], "nsubj")
    if verb.head < 0 and verb.feats.get("VerbForm") == "Fin" and tokens[verb.index - 1].text == ",":
        # "X будет принят президентом, проведёт переговоры с Y": a second root the parser did not join to the
        # first after a comma shares the first one's subject
        roots = [x for x in tokens[: verb.index] if x.head < 0 and x.pos in ("VERB", "AUX")]
        return children(tokens, roots[-1], "nsubj", "nsubj:pass") if roots else []
    return []


# what ends a quote before the words that tell who said it ("«...», — указал он", "«...», — указал он, — «...»")
_QUOTE_ENDS = frozenset(["»", '"', "”", "“", "—", "–"])


def _sayer_after_quote(tokens: list[Token], converb: Token) -> list[Token]:
    """ "«Мы сможем ...», — указал премьер, выступая на форуме": the parser hangs the converb on the quoted verb,
    yet its doer is the one who said the quote, the subject of the speech verb between them."""
    head = tokens[converb.head]
    speech = [
        x
        for x in children(tokens, head, "parataxis")
        if head.index < x.index < converb.index
        and children(tokens, x, "nsubj")
        and any(y.text in _QUOTE_ENDS for y in tokens[head.index : x.index])
    ]
    return children(tokens, speech[-1], "nsubj") if speech else []


def _agrees(verb: Token, head: Token) -> bool:
    if head.pos != "VERB" or verb.feats.get("VerbForm") != "Fin" or verb.feats.get("Tense") != "Past":
        return False
    return all(verb.feats.get(f) == head.feats.get(f) for f in ("Number", "Gender"))


def co_agents(tokens: list[Token], verb: Token) -> list[Token]:
    """ "X совместно с послом Y провел переговоры", "вместе с Y": those who act with the subject."""
    return [
        x
        for a in children(tokens, verb, "advmod")
        if a.lemma in ("совместно", "вместе")
        for x in children(tokens, a, "obl")
        if preposition(tokens, x) in ("с", "со")
    ]


RECEIVE = {"принять", "принимать"}
# "губернатор проводил дипломата": a farewell, when its object is a person ("проводил переговоры" is the noun's)
SEE_OFF = {"проводить"}


OBJECT_PARTNERS = RECEIVE | SEE_OFF | {"встретить", "встречать", "поприветствовать", "приветствовать"}


def true_objects(tokens: list[Token], verb: Token) -> list[Token]:
    """The verb's objects, but not a nominative the parser took for one ("... встретил хоким Ташкента")."""
    # an inanimate neuter reads the same in both cases ("приветствовал открытие посольства"): an object still
    return [
        o
        for o in children(tokens, verb, "obj")
        if o.feats.get("Case") != "Nom" or o.feats.get("Animacy") == "Inan"
    ]


def object_in_genitive(article: Article, s: Sentence, verb: Token, subjects: list[str]) -> list[list[str]]:
    """ "В этом здании Президента Казахстана встретила губернатор Токио": an animate object has the
    genitive's form, and the parser may hang it on a noun before it; a person-denoting noun in that form
    in the verb's clause, not the subject's, is the one met."""
    below = {x.index for x in subtree(s.tokens, verb)}
    for x in s.tokens:
        if (
            x.index in below
            and x.pos in ("NOUN", "PROPN")
            and x.feats.get("Case") in ("Gen", "Acc")
            and x.feats.get("Animacy", "Anim") == "Anim"
            and x.rel == "nmod"
            and s.tokens[x.head].rel in ("obl", "nmod")
        ):
            found = [p for p in arguments.persons(article, s, x) if p not in subjects]
            if found:
                return [found]
    return []


def partner_argument(tokens: list[Token], verb: Token, x: Token) -> bool:
    """The argument that names the other side: "с" + instrumental, the agent of a passive, the object of
    a reception ("принял посла"), the dative of a call ("позвонил президенту X", not "позвонил в посольство")."""
    prep = preposition(tokens, x)
    if verb.lemma == "позвонить":
        return not prep and x.feats.get("Case") == "Dat"
    if x.rel == "obl":
        return prep in ("с", "со", "во главе с", "с участием") or (
            x.feats.get("Case") == "Ins" and verb.feats.get("Voice") == "Pass"
        )
    return verb.lemma in OBJECT_PARTNERS


_FIRST_PERSON = frozenset(["я", "мы"])


def speaker_as_doer(article: Article, s: Sentence, verb: Token) -> list[str]:
    """ "«С послом X обсудили инвестиции», – написал Y", "«Мы провели переговоры с X»": a verb of direct speech
    with no subject but the speaker's own "я" or "мы" (or none, as a post in a channel drops it) is done by the
    one who speaks."""
    if verb.feats.get("VerbForm") not in (None, "Fin") or verb.feats.get("Person") in ("2", "3"):
        return []
    if verb.feats.get("Tense") != "Past" and verb.feats.get("Person") != "1":
        return []
    if any(x.lemma not in _FIRST_PERSON for x in subjects(s.tokens, verb)):
        return []
    return [
        speaker for span, speaker in article.speakers if span.start <= verb.start < span.stop and speaker
    ][:1]


def traveller_of_the_place(article: Article, s: Sentence, t: Token) -> list[str]:
    """ "X приехал в Николаев, где встретился с мэром Y": a clause of the place ("где", "куда") tells what the one who
    came there did; its doer is the subject of the verb the place hangs on."""
    tokens = s.tokens
    if t.rel != "acl:relcl" or not any(c.lemma in ("где", "куда") for c in children(tokens, t, "advmod")):
        return []
    place = tokens[t.head]
    if place.head < 0 or place.rel not in ("obl", "obj"):
        return []
    people: list[str] = []
    for x in children(tokens, tokens[place.head], "nsubj"):
        people = arguments.merge(people, doers_of_subject(article, s, t, x))
    return people


def doers_of_subject(article: Article, s: Sentence, verb: Token, subject: Token) -> list[str]:
    """The people of a verb's subject; of a subject told before the verb, not a name the parser hung on it from
    past the verb ("Министр X направится ..., где встретится с ... министром образования Карин Прин": "Карин" is
    no apposition of "Министр")."""
    found = arguments.coordinated(article, s, subject)
    if subject.index > verb.index:
        return found
    mentions = article.mentions_in(s.index)
    before = {m.person for m in mentions if m.start < verb.start}
    after = {m.person for m in mentions if m.start > verb.start} - before
    return [p for p in found if p not in after] or found
