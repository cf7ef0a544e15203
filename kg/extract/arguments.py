"""Who a word of a sentence stands for: the persons behind names, titles, descriptions, pronouns and
delegations, and behind an event noun's arguments ("разговор Президента X с Президентом Y")."""

from __future__ import annotations

import re

from kg.extract import coref
from kg.extract.gazetteer import find_roles
from kg.extract.groups import holders_in_two_states, honoured, listed_beside
from kg.extract.model import Article, Sentence, Token
from kg.extract.syntax import ancestors, children, conjuncts, preposition, subtree, token_at

EVENT_NOUN_LEMMAS = frozenset(
    {
        "встреча",
        "переговоры",
        "переговор",
        "беседа",
        "консультация",
        "консультации",
        "аудиенция",
        "разговор",
        "звонок",
        "видеоконференция",
        "саммит",
        "заседание",
        "сессия",
        "форум",
        "бизнес-форум",
    }
)
_MANNER_NOUNS = {"формат", "режим", "рамка", "ход", "уровень", "состав"}
_PRONOUNS = {"он", "она", "они", "ним", "ней", "ними", "него", "нее", "неё", "нему", "ей", "им", "их", "его"}


def noun_participants(article: Article, s: Sentence, t: Token) -> list[str]:
    """Persons modifying an event noun: "разговор Президента X с Президентом Y", "с участием X и Y",
    "между X и Y", "встреча X и Y"."""
    tokens = s.tokens
    people: list[str] = []
    for x in children(tokens, t, "det", "nmod:poss"):
        if x.lemma in ("он", "она", "они") or x.text.lower() in ("его", "её", "ее", "их"):
            people = merge(people, antecedent(article, x))  # "в ходе его встречи с X": the one named before
    for x in children(tokens, t, "nmod", "appos"):
        prep = preposition(tokens, x)
        if x.lemma == "участие":
            people = merge(people, _people_taking_part(article, s, x))
            continue
        if prep in ("", "с", "со", "между", "во главе с") or x.feats.get("Case") == "Gen":
            for c in conjuncts(tokens, x):
                listed = [p for group in _names_of_plural_title(article, s, c) for p in group]
                people = merge(people, persons(article, s, c) + listed)
        if prep in ("с", "со"):
            people = merge(people, [p for group in listed_beside(article, s, x, people) for p in group])
    return people


def taking_part(article: Article, s: Sentence, verb: Token) -> list[str]:
    """The people of a verb's "с участием X и Y"."""
    people: list[str] = []
    for x in children(s.tokens, verb, "obl"):
        if x.lemma == "участие" and preposition(s.tokens, x) in ("с", "при"):
            people = merge(people, _people_taking_part(article, s, x))
    return people


def _people_taking_part(article: Article, s: Sentence, participation: Token) -> list[str]:
    """The persons named under "участием" ("с участием президентов X и Y")."""
    return [
        p
        for y in children(s.tokens, participation, "nmod")
        for c in conjuncts(s.tokens, y)
        for p in persons(article, s, c)
    ]


def partners(article: Article, s: Sentence, t: Token, verb: Token | None) -> list[list[str]]:
    """Each "с" partner of an event on its own: "разговоры с президентом X и президентом Y"."""
    tokens = s.tokens
    heads = [x for x in children(tokens, t, "nmod") if preposition(tokens, x) in ("с", "со")]
    # "встречи в двустороннем формате с премьерами X и Y": the parse hangs the partner on the manner
    heads += [
        x
        for m in children(tokens, t, "nmod")
        if m.lemma in _MANNER_NOUNS
        for x in children(tokens, m, "nmod")
        if preposition(tokens, x) in ("с", "со")
    ]
    if verb is not None:
        heads += [x for x in children(tokens, verb, "obl") if preposition(tokens, x) in ("с", "со")]
    out: list[list[str]] = []
    for x in heads:
        for c in conjuncts(tokens, x) + _conjuncts_hung_higher(tokens, x):
            found = persons(article, s, c) or _name_right_after_title(article, s, c)
            groups = _names_of_plural_title(article, s, c) or (
                [found] if found else _holders_by_country(article, s, c)
            )
            for one in groups:
                if one not in out:
                    out.append(one)
        out += listed_beside(article, s, x, [p for group in out for p in group])
    return out + _listed_between(article, s, out)


def _conjuncts_hung_higher(tokens: list[Token], partner: Token) -> list[Token]:
    """ "на встрече X с консулом Y и заместителем министра Z": a title in the partner's case after "и", which the
    parse coordinated with a noun above the partner ("встрече"), is the partner's conjunct."""
    case = partner.feats.get("Case")
    above = {a.index for a in ancestors(tokens, partner)}
    return [
        t
        for t in tokens
        if t.rel == "conj"
        and t.head in above
        and t.index > partner.index
        and t.feats.get("Case") == case
        and not children(tokens, t, "case")
        and any(c.lemma == "и" for c in children(tokens, t, "cc"))
        and _titled(tokens, t)
    ]


def _name_right_after_title(article: Article, s: Sentence, t: Token) -> list[str]:
    """ "со ... Гульдиманном и Верховным комиссаром ... при ОБСЕ Астрид Тхорс": a title with no name under it takes
    the name right after its phrase, wherever the parse hung that name."""
    if not _titled(s.tokens, t):
        return []
    stop = subtree(s.tokens, t)[-1].stop
    after = [m for m in article.mentions_in(s.index) if 0 <= m.start - stop <= 2]
    return [after[0].person] if after else []


def _titled(tokens: list[Token], t: Token) -> bool:
    """A noun that names a person: a title's word or an animate noun ("Верховным комиссаром по делам ...")."""
    if t.pos != "NOUN":
        return False
    phrase = subtree(tokens, t)
    return t.feats.get("Animacy") == "Anim" or bool(find_roles(" ".join(x.text for x in phrase).lower()))


def _listed_between(article: Article, s: Sentence, found: list[list[str]]) -> list[list[str]]:
    """ "с послом X, руководителем центра Y, министром Z": a name the parse hung elsewhere, between two partners of
    one list, is a partner too."""
    mine = {p for group in found for p in group}
    mentions = article.mentions_in(s.index)
    starts = [m.start for m in mentions if m.person in mine]
    if len(found) < 2 or not starts:
        return []
    between = [m.person for m in mentions if min(starts) < m.start < max(starts) and m.person not in mine]
    return [[p] for p in dict.fromkeys(between)]


def _names_of_plural_title(article: Article, s: Sentence, t: Token) -> list[list[str]]:
    """ "с президентами Монголии X и Турции Y": each name in apposition to a plural title, one partner each."""
    if t.feats.get("Number") != "Plur":
        return []
    groups = []
    for c in children(s.tokens, t, "appos"):
        named = [m.person for m in article.mentions_in(s.index) if m.start < c.stop and c.start < m.stop]
        if named and [named[0]] not in groups:
            groups.append([named[0]])
    return groups if len(groups) >= 2 else []


def _holders_by_country(article: Article, s: Sentence, t: Token) -> list[list[str]]:
    """ "с президентами Египта и Сенегала": a plural title over several states is one holder of each,
    each a partner of their own, when every state's holder is known from the article."""
    if t.feats.get("Number") != "Plur" or not find_roles(t.text.lower()):
        return []
    inside = subtree(s.tokens, t)
    states = []
    for m in article.places_in(inside[0].start, inside[-1].stop):
        if m.kind in ("country", "adjective") and m.iso and m.iso not in states:
            states.append(m.iso)
    role = find_roles(t.text.lower())[0].role
    word = t.text.lower()[:6]
    out: list[list[str]] = []
    for iso in states:
        person = coref.resolve(article, coref.Description(role, iso, False, word), t.start)
        if person is None or [person.key] in out:
            return []
        out.append([person.key])
    return out if len(out) > 1 else []


# nouns that stand for officials whatever their title: "принял руководителей архивных служб", "представителя ООН"
_OFFICIALS_NOUNS = frozenset(["делегация", "гость", "коллега", "руководитель", "представитель", "делегат"])


def is_person_noun(t: Token) -> bool:
    return bool(find_roles(t.text.lower())) or t.lemma in _OFFICIALS_NOUNS


def persons_of(article: Article, s: Sentence, t: Token) -> list[str]:
    """The persons a token stands for (see ``_persons``), or an event noun's participants, for other stages."""
    if t.lemma in EVENT_NOUN_LEMMAS:
        return noun_participants(article, s, t)
    return persons(article, s, t)


def persons(article: Article, s: Sentence, t: Token) -> list[str]:
    """The persons a token stands for: a name, a title with a name in apposition, a description
    ("российский лидер"), a pronoun, a delegation led by someone."""
    named = [m.person for m in article.mentions_in(s.index) if m.start < t.stop and t.start < m.stop]
    if named:
        return named[:1]
    titled = [
        p.key
        for p in article.persons.values()
        if any(x.evidence.start <= t.start < x.evidence.stop and x.sentence == s.index for x in p.posts)
    ]
    if titled:
        return titled  # the title of a named person ("с президентом Узбекистана Шавкатом Мирзиеевым")
    following = _name_after_title(article, s, t)
    if following:
        return following
    people: list[str] = []
    for c in children(s.tokens, t, "appos", "flat", "flat:name", "nmod"):
        if c.rel == "nmod" and preposition(s.tokens, c) not in ("во главе с",) and t.lemma != "делегация":
            continue
        for y in conjuncts(s.tokens, c):
            people = merge(
                people,
                [m.person for m in article.mentions_in(s.index) if m.start < y.stop and y.start < m.stop],
            )
            if not people and y.rel != "appos":
                people = merge(people, persons(article, s, y))
    if not people:
        people = _name_of_second_title(article, s, t)
    if not people and t.lemma == "делегация":
        people = _delegation_head_after(article, s, t) or _delegation_head_before(article, s, t)
    elif t.lemma == "делегация" and len(people) == 1:
        first = next(
            (m for m in article.mentions_in(s.index) if m.person == people[0] and m.start > t.stop), None
        )
        people = merge(people, _co_head(article, s, first.start) if first else [])
    if t.lemma == "делегация":
        people = merge(people, _members_listed_after(article, s, t))
    if people:
        return people
    if t.lemma in _PRONOUNS and t.pos == "PRON":
        return antecedent(article, t)
    holders = holders_in_two_states(article, s, t)
    if holders:
        return holders
    if t.lemma in ("гость", "гостья"):
        visits = [v for v in article.visits if v.sentence <= s.index]
        if visits and t.feats.get("Number") != "Plur":
            return [visits[-1].visitor]  # "высокого гостя встретил X": the visitor of the visit being told
        # "гостей встретил X": all who came on the visit told before ("поблагодарил гостей за визит" tells none)
        earlier = [v for v in visits if v.sentence < s.index]
        if earlier:
            return _visiting_party(article, earlier[-1].sentence)
    inside = [
        x
        for x in subtree(s.tokens, t)
        if not (x.rel == "case" and x.head == t.index)  # "с главой ОДКБ": the title without its preposition
        and not any(
            a.rel in ("acl", "acl:relcl", "appos", "conj", "parataxis") for a in path_below(s.tokens, x, t)
        )
    ]
    phrase = article.text[inside[0].start : inside[-1].stop] if inside else t.text
    if (
        t.pos in ("NOUN", "PROPN")
        and t.feats.get("Animacy") != "Inan"  # "назначение нового посла X" names an act, not the ambassador
        and inside
        and (find_roles(phrase.lower()) or coref.title_roles(article, inside[0].start, inside[-1].stop))
        and t.feats.get("Number") != "Plur"
    ):
        # "главы японского внешнеполитического ведомства"; a plural ("встреча премьер-министров") is no one in particular
        desc = coref.describe(article, inside[0].start, inside[-1].stop)
        if desc is not None and desc.role is not None:
            person = coref.resolve(article, desc, _horizon(article, s, t))
            if person is not None:
                return [person.key]
    if t.lemma == "политик" and t.feats.get("Number") != "Plur" and t.rel in ("nsubj", "nsubj:pass"):
        # "сказал политик, выступая на форуме": the public person the text was just telling of
        topic = _subject_before(article, s)
        if topic is not None:
            return [topic]  # "X встретился с Y. Об этом политик сообщил ...": the one the text told of is X
        desc = coref.describe(article, t.start, t.stop)
        person = coref.resolve(article, desc, _horizon(article, s, t)) if desc is not None else None
        return [person.key] if person is not None else []
    return []


def _subject_before(article: Article, s: Sentence) -> str | None:
    """The one person the sentence before has as the subject of its main verb."""
    if s.index == 0:
        return None
    before = article.sentences[s.index - 1]
    roots = [x for x in before.tokens if x.head < 0]
    people = {
        key
        for root in roots
        for x in children(before.tokens, root, "nsubj", "nsubj:pass")
        for key in coordinated(article, before, x)
    }
    return people.pop() if len(people) == 1 else None


def _horizon(article: Article, s: Sentence, t: Token) -> int:
    """Where a description looks back from: a subject never stands for the partner its own sentence named before it
    ("Выступая на встрече с председателем ... X, политик отметил": the politician is not X), so it looks back from
    that partner's name."""
    if t.rel not in ("nsubj", "nsubj:pass"):
        return t.start
    partners = [
        m.start
        for m in article.mentions_in(s.index)
        if m.start < t.start and _a_partner(article, s, m.start, m.stop)
    ]
    return min(partners, default=t.start)


# "с председателем Национального собрания ... ": a "с" with no break before the name
_AFTER_S = re.compile(r"(?i)(?:^|\s)со?\s+[^,;.:()«»\"]*$")


def _a_partner(article: Article, s: Sentence, start: int, stop: int) -> bool:
    """A name after "с", or in apposition to a title after it ("с председателем ... X"), by the parse or, where
    the parse lost the name's head, by the words before it."""
    if _AFTER_S.search(article.text[max(s.start, start - 120) : start]):
        return True
    for x in token_at(s, start, stop):
        near = [x, *list(ancestors(s.tokens, x))[:2]]
        if any(preposition(s.tokens, y) in ("с", "со") for y in near):
            return True
    return False


# "делегация, в состав которой вошли X и Y", "в ее составе были X и Y": the members a delegation's clause lists
_MEMBERS_LISTED = r"\bв\s+(?:е[её]\s+)?состав[ею]?(?:\s+которой)?\s+(?:вош|входи|был)\w*"
_ACCOMPANIED = re.compile(rf"(?i)\bв\s+сопровождении\b|\bвместе\s+с\b|\bсовместно\s+с\b|{_MEMBERS_LISTED}\b")


def _visiting_party(article: Article, index: int) -> list[str]:
    """Who came on the visit told in sentence ``index``: its visitors and those named after "в сопровождении",
    "вместе с", "в состав которой вошли" in that sentence."""
    people = list(dict.fromkeys(v.visitor for v in article.visits if v.sentence == index))
    s = article.sentences[index]
    joined = _ACCOMPANIED.search(article.text, s.start, s.stop)
    if joined:
        people = merge(people, [m.person for m in article.mentions_in(index) if m.start >= joined.end()])
    return people


def _name_of_second_title(article: Article, s: Sentence, t: Token) -> list[str]:
    """ "сенатор РФ, член группы по сотрудничеству ... Николай Владимиров": the name in apposition to a second
    title in apposition to the first."""
    for y in children(s.tokens, t, "appos"):
        if y.feats.get("Animacy") != "Anim":
            continue
        for z in children(s.tokens, y, "appos"):
            named = [m.person for m in article.mentions_in(s.index) if m.start < z.stop and z.start < m.stop]
            if named:
                return named[:1]
    return []


# "делегация ... во главе с X", "делегация, в состав которой вошли X и Y": its head, or its first member
_LED_BY = re.compile(
    rf"(?i)[^.;:]{{0,60}}?(?:\bво\s+главе\s+с|,\s*возглавляем\w+|\bпод\s+руководством|{_MEMBERS_LISTED})\b"
)


def _delegation_head_after(article: Article, s: Sentence, t: Token) -> list[str]:
    """ "делегация из Узбекистана во главе с хокимом X", whatever the parser hung "во главе с" on."""
    led = _LED_BY.match(article.text, t.stop, s.stop)
    return _first_named_after(article, s, led.end()) + _co_head(article, s, led.end()) if led else []


# "с делегацией, в составе которой также X, Y, Z": the members the clause lists, with no verb
_MEMBERS_CLAUSE = re.compile(r"(?i),?\s*в\s+составе\s+которой(?:\s+также)?\s+")


def _members_listed_after(article: Article, s: Sentence, t: Token) -> list[str]:
    clause = _MEMBERS_CLAUSE.match(article.text, t.stop, s.stop)
    return [m.person for m in article.mentions_in(s.index) if clause and m.start >= clause.end()]


def _delegation_head_before(article: Article, s: Sentence, t: Token) -> list[str]:
    """ "В Москве находилась делегация ... во главе с X. Делегацию принял Y": a delegation told with no head of its
    own is the one whose head the last three sentences named, the delegation's own "во главе с"."""
    if t.feats.get("Number") == "Plur":
        return []
    for back in article.sentences[max(0, s.index - 3) : s.index][::-1]:
        head = led_by(article, back, delegation=True)
        if head:
            return head[:1]
    return []


def _first_named_after(article: Article, s: Sentence, start: int, reach: int | None = None) -> list[str]:
    after = [
        m
        for m in article.mentions_in(s.index)
        if m.start >= start and (reach is None or m.start <= start + reach)
    ]
    return [after[0].person] if after else []


# "во главе с", anywhere in the sentence; after the word "делегация"
_HEADED = re.compile(r"(?i)\bво\s+главе\s+со?\b")
# "делегация во главе с X", "делегация, возглавляемая X", "делегации под руководством X"
_DELEGATION_HEADED = re.compile(
    r"(?i)\bделегаци\w*[^.;!?]{0,80}?\b(?:во\s+главе\s+со?|возглавляем\w+|под\s+руководством)\b"
)


def led_by(article: Article, s: Sentence, delegation: bool = False) -> list[str]:
    """The person each "во главе с" of the sentence names first, within a title's reach ("делегации во главе с
    министром иностранных дел X"), read on the surface: parses often break the compound preposition.
    ``delegation``: only after the word "делегация"."""
    out: list[str] = []
    for h in (_DELEGATION_HEADED if delegation else _HEADED).finditer(s.text):
        for person in _first_named_after(article, s, s.start + h.end(), reach=100) + _co_head(
            article, s, s.start + h.end()
        ):
            if person not in out:
                out.append(person)
    return out


# "во главе с секретарём горкома X и секретарём комитета Y": a second head joined by "и" with a title of its own
_AND_TITLED = re.compile(r"\s+и\s+(?:[а-яё-]+\s+){1,6}$")


def _co_head(article: Article, s: Sentence, start: int) -> list[str]:
    after = [m for m in article.mentions_in(s.index) if m.start >= start]
    if len(after) < 2 or after[0].start > start + 100:
        return []
    between = article.text[after[0].stop : after[1].start]
    return [after[1].person] if _AND_TITLED.fullmatch(between) and find_roles(between) else []


def _name_after_title(article: Article, s: Sentence, t: Token) -> list[str]:
    """ "Вице-премьер Госсовета КНР Чжан Гоцин и ...": the name right after a title word, by the surface, where
    the parse hung it elsewhere (only title words, no comma or verb, in between)."""
    counterpart = t.lemma in _COUNTERPART_NOUNS  # "со своим визави из Ирана X", "с коллегой из Турции Y"
    if not counterpart and not find_roles(t.text.lower()):
        return []
    nxt = next((m for m in article.mentions_in(s.index) if m.start >= t.stop), None)
    if nxt is None:
        return []
    between = [x for x in s.tokens if t.stop <= x.start and x.stop <= nxt.start]
    if len(between) > 6 or any(
        x.pos in ("VERB", "AUX", "PUNCT", "CCONJ", "ADP") and not (counterpart and x.lemma == "из")
        for x in between
    ):
        return []
    return [nxt.person]


_COUNTERPART_NOUNS = frozenset(["визави", "коллега", "партнер", "партнёр"])


def coordinated(article: Article, s: Sentence, x: Token) -> list[str]:
    """The persons of ``x`` and of everything coordinated with it, wherever the parser hung the conjunct:
    "Олжас Бектенов и Премьер-министр Беларуси Александр Турчин" attaches the second title to the first name."""
    tokens = s.tokens
    core = {x.index} | {c.index for c in children(tokens, x, "appos", "flat", "flat:name")}
    core |= {c.index for i in list(core) for c in children(tokens, tokens[i], "flat", "flat:name")}
    people = persons(article, s, x)
    for c in children(tokens, x, "appos"):
        # "мэр X и представители Y Петер Штегер и ...": a second name the parser hung on the first title, in the
        # title's case, with a title of its own between the two names; every name of a plural title ("с
        # президентами Монголии X и Турции Y")
        named = [m for m in article.mentions_in(s.index) if m.start < c.stop and c.start < m.stop]
        earlier = [m for m in article.mentions_in(s.index) if x.start <= m.start and m.stop <= c.start]
        if (
            named
            and earlier
            and c.feats.get("Case") == x.feats.get("Case")
            and (
                x.feats.get("Number") == "Plur"
                or re.search(r"\b[а-яё]{3,}", article.text[earlier[-1].stop : c.start]) is not None
            )
        ):
            people = merge(people, [m.person for m in named])
    people = merge(people, _holder_of_a_title_before_another(article, s, x))
    for y in tokens:
        if y.rel == "conj" and y.head in core:
            people = merge(people, coordinated(article, s, y))
    return people


def _holder_of_a_title_before_another(article: Article, s: Sentence, x: Token) -> list[str]:
    """ "Министр иностранных дел Беларуси и министр ... Турции Вейсель Эроглу подписали": the name after the second
    title is its holder's, wherever the parser hung it; the first title's holder is the one the text names
    elsewhere with that post."""
    tokens = s.tokens
    names = children(tokens, x, "appos")
    titles = [y for y in children(tokens, x, "conj") if names and y.index < names[0].index]
    if not titles or not find_roles(x.text.lower()) or not find_roles(titles[0].text.lower()):
        return []
    own = [
        y
        for y in subtree(tokens, x)
        if y.index < titles[0].index and not (y.rel == "case" and y.head == x.index) and y.rel != "cc"
    ]
    desc = coref.describe(article, own[0].start, own[-1].stop) if own else None
    person = coref.resolve(article, desc, x.start) if desc is not None and desc.role else None
    named = {m.person for m in article.mentions_in(s.index) if names[0].start <= m.start < names[0].stop + 40}
    return [person.key] if person is not None and person.key not in named else []


def path_below(tokens: list[Token], x: Token, top: Token) -> list[Token]:
    """``x`` and its ancestors below ``top``."""
    path = []
    for a in [x, *ancestors(tokens, x)]:
        if a.index == top.index:
            break
        path.append(a)
    return path


def antecedent(article: Article, t: Token) -> list[str]:
    """ "он", "она": the last person named before who agrees in gender."""
    gender = {"Fem": "femn", "Masc": "masc"}.get(t.feats.get("Gender", ""))
    # "состоялась его встреча с X": a possessive stands for whom the text is about, as a subject does
    possessive = t.rel in ("det", "nmod:poss") and t.text.lower() in ("его", "её", "ее")
    if possessive and gender is None:
        gender = "masc" if t.text.lower() == "его" else "femn"
    before = [m for m in article.mentions if m.stop <= t.start]
    own = next((s for s in article.sentences if s.start <= t.start < s.stop), None)
    if t.feats.get("Number") == "Plur" and own is not None and _unnamed_group_before(article, own):
        return []  # "... работают представители бизнеса. Сегодня они участвовали в форуме": the group, no one named
    if t.feats.get("Number") == "Plur":
        # "открытии бюста А.С. Пушкину ... На встрече они обсудили": the honoured are of no group
        before = [m for m in before if not honoured(article.sentences[m.sentence], m)]
    if t.feats.get("Number") == "Plur" and before:
        # "Их встретил ...": everyone named in the sentence before
        last = max(m.sentence for m in before)
        group = list(dict.fromkeys(m.person for m in before if m.sentence == last))
        if len(group) > 1:
            return group
        # "Делегацию возглавляет X. Глава региона Y встретил их": not the clause's own subject, but the group
        # told in the sentence before
        own_index = own.index if own is not None else last
        earlier = [m for m in before if m.sentence < own_index]
        if last == own_index and earlier and t.feats.get("Case") != "Nom":
            last = max(m.sentence for m in earlier)
            return list(dict.fromkeys(m.person for m in earlier if m.sentence == last))
        if t.feats.get("Case") == "Nom" and t.rel == "nsubj" and last == own_index:
            # "Делегацию составили X и Y. Они ... По словам X, они встретились с мэром": "они" are the group told
            # last, within three sentences, not the one name before them in their own sentence
            for back in range(1, 4):
                group = list(dict.fromkeys(m.person for m in before if m.sentence == own_index - back))
                if len(group) > 1:
                    return group
                if group:
                    break
    if t.feats.get("Case") not in (None, "Nom"):
        # "Токаев встретил его": an object pronoun never stands for its own clause's subject
        subject = _clause_subject_span(own, t) if own is not None else None
        if subject is not None:
            before = [m for m in before if not (subject[0] <= m.start < subject[1])]
    fitting = [
        m
        for m in before
        if gender is None
        or t.feats.get("Number") == "Plur"
        or article.persons[m.person].gender in (None, gender)
    ]
    if (t.feats.get("Case") == "Nom" or possessive) and fitting:
        # "Лю Цзянпин передала ... коллеги Ван И. Она заверила ...": a subject goes on as the subject
        last = max(m.sentence for m in fitting)
        subjects = [m.person for m in fitting if m.sentence == last and _is_subject(article, m)]
        if subjects:
            return subjects[:1]
        for back in range(1, 4):
            # "После встречи с X он поехал ...": the subject before, not the partner named in the same sentence;
            # "X поехал в Китай. Он проведет там неделю. 14 мая прошла встреча с Y. Он обсудил ...": the last
            # subject named, over sentences that name no one as their subject
            earlier = [m.person for m in fitting if m.sentence == last - back and _is_subject(article, m)]
            if earlier and (t.rel == "nsubj" or possessive):
                return earlier[:1]
            if back == 1 and t.rel != "nsubj" and not possessive:
                break
    return [fitting[-1].person] if fitting else ([before[-1].person] if before else [])


def _unnamed_group_before(article: Article, s: Sentence) -> bool:
    """The sentence before ``s`` ends on a plural subject that names no one ("представители бизнеса"), the nearest
    plural a pronoun can stand for."""
    if s.index == 0:
        return False
    before = article.sentences[s.index - 1]
    subjects = [x for x in before.tokens if x.rel in ("nsubj", "nsubj:pass") and x.lemma != "который"]
    if not subjects:
        return False
    last = subjects[-1]
    return (
        last.pos == "NOUN" and last.feats.get("Number") == "Plur" and not _mentions_of(article, before, last)
    )


def _mentions_of(article: Article, s: Sentence, head: Token) -> list:
    """The person mentions inside the phrase ``head`` heads."""
    inside = subtree(s.tokens, head)
    a, b = inside[0].start, inside[-1].stop
    return [m for m in article.mentions_in(s.index) if a <= m.start < b]


def _clause_subject_span(s: Sentence, t: Token) -> tuple[int, int] | None:
    """The character span of the subject of the verb a token depends on, or None."""
    verb = t
    while verb.head >= 0 and verb.pos not in ("VERB", "AUX"):
        verb = s.tokens[verb.head]
    subjects = children(s.tokens, verb, "nsubj")
    if not subjects:
        return None
    inside = subtree(s.tokens, subjects[0])
    return inside[0].start, inside[-1].stop


def _is_subject(article: Article, mention) -> bool:
    s = article.sentences[mention.sentence]
    tokens = [t for t in s.tokens if mention.start <= t.start < mention.stop]
    inside = {t.index for t in tokens}
    head = next((t for t in tokens if t.head not in inside), None)
    while head is not None and head.rel in ("appos", "flat", "flat:name") and head.head >= 0:
        head = s.tokens[head.head]  # a name in apposition to its title: the title's relation
    return head is not None and head.rel in ("nsubj", "nsubj:pass")


def subject_right_before(article: Article, s: Sentence, verb: Token) -> list[str]:
    """The subject the parse hung elsewhere ("в городе Дархан Алексей Цыденов провел встречу": the name as an
    apposition of the town): the person named right before the verb, in the nominative."""
    before = [m for m in article.mentions_in(s.index) if m.stop <= verb.start]
    if not before:
        return []
    last = max(before, key=lambda m: m.stop)
    if article.text[last.stop : verb.start].strip(" ,"):
        return []
    cases = {t.feats.get("Case") for t in s.tokens if last.start <= t.start < last.stop}
    return [last.person] if cases <= {"Nom", None} else []


def merge(a: list[str], b: list[str]) -> list[str]:
    return a + [x for x in b if x not in a]
