"""Visits: who travels where, of which kind, read from the tree around "визит", "поездка",
"посетить" and "прибыть".

"официальный визит президента X в Италию" (the visitor in the genitive, the host after
"в"), "X, находящийся в Беларуси с официальным визитом" (the participle's noun),
"В рамках визита в Лондон министр X провел ..." (the subject of the clause the visit
frames), "Астану посетил X" (the object is the host), "прибыл в столицу" (a visit).
An invited, planned or recalled visit is no visit of the news.
"""

from __future__ import annotations

import re

from kg.extract import coref
from kg.extract.arguments import EVENT_NOUN_LEMMAS, led_by, persons_of
from kg.extract.dates import states_a_day
from kg.extract.gazetteer import Gazetteer
from kg.extract.model import Article, Meeting, Sentence, Token, Visit
from kg.extract.places import places_in
from kg.extract.scene import dated_in_past
from kg.extract.status import clause_status
from kg.extract.syntax import ancestors, children, compound_preposition, preposition, subtree

# kept for the meetings reader: a summit joins a visit only when its sentence names the visit
VISIT_PHRASE = re.compile(
    r"(?i)\bс\s+(?:(?P<adj1>государственн|официальн|рабоч)\w*\s+)?визитом\b|"
    r"\b(?:в\s+ходе|в\s+рамках|во\s+время|событием|программ\w+)\s+(?:\w+\s+){0,2}?(?:(?P<adj2>государственн|официальн|рабоч)\w*\s+)?(?:визита|поездки)\b|"
    r"\b(?:программ\w+\s+)?пребывани[яе]\b"
)
_KINDS = {"государственный": "state_visit", "официальный": "official_visit", "рабочий": "working_visit"}
_NOT_NOW = {"предстоящий", "будущий", "следующий", "прошлый", "предыдущий", "ответный", "планируемый"}
INVITING = {
    "пригласить",
    "приглашение",
    "предложить",
    "обсудить",
    "подготовка",
    "подготовить",
    "договориться",
    "напомнить",
    "приурочить",
    "планировать",
    "намереваться",
    "ожидаться",
}
_STAY_VERBS = {
    "находиться",
    "прибыть",
    "приехать",
    "посетить",
    "пребывать",
    "прилететь",
    "совершать",
    "совершить",
}
_DELEGATION = re.compile(r"(?i)\b([а-яё]+[сц]к(?:ой|ая|ую))\s+делегаци\w+")


def find_visit(article: Article, gaz: Gazetteer, s: Sentence, participants: list[str]) -> Visit | None:
    if s.in_quote:
        return None
    for t in s.tokens:
        visit = None
        if t.lemma in ("визит", "поездка", "пребывание", "посещение"):
            visit = _visit_noun(article, gaz, s, t, participants)
        elif t.lemma in ("посетить", "прибыть", "приехать", "прилететь") and t.pos in ("VERB", "AUX"):
            visit = _visit_verb(article, gaz, s, t)
        elif t.lemma in _ARRIVING_NOW and t.pos == "VERB" and t.feats.get("Tense") == "Pres":
            # "В Украину прибывает премьер X", "приезжает с визитом": an arrival told in the present, now or soon
            visit = _visit_verb(article, gaz, s, t)
        if visit is not None and not _undated_plan(article, s, t):
            return visit
    return None


def _undated_plan(article: Article, s: Sentence, t: Token) -> bool:
    """ "В ходе визита в Харбин он проведет переговоры": a trip told in the future with no day stated in its
    sentence or the one before is a plan, not news (an announced visit counts only with its day)."""
    if not clause_status(article, s, t).future:
        return False
    told = [s.text] + ([article.sentences[s.index - 1].text] if s.index else [])
    return not any(states_a_day(x) for x in told)


def _visit_noun(
    article: Article, gaz: Gazetteer, s: Sentence, t: Token, participants: list[str]
) -> Visit | None:
    tokens = s.tokens
    adjectives = {c.lemma for c in children(tokens, t, "amod")}
    clause = _own_clause(tokens, t)
    if adjectives & _NOT_NOW or any(a.lemma in INVITING for a in clause) or _told_before(article, s, t):
        return None
    if (
        clause
        and clause[-1].feats.get("VerbForm") == "Part"
        and clause[-1].feats.get("Voice") == "Pass"
        and not children(tokens, clause[-1], "aux:pass", "aux")  # "в ходе визита ... был подписан": the news
    ):
        return None  # "договоренностей, достигнутых в ходе визита X": a visit told as background
    phrase = subtree(tokens, t)
    if dated_in_past(article, article.text[phrase[0].start : phrase[-1].stop]):
        return None  # "по итогам визита ... в Узбекистан в декабре 2022 года"
    if t.lemma == "пребывание" and not re.search(r"(?i)программ", s.text):
        return None
    if any(c.lemma in ("ваш", "твой") for c in children(tokens, t, "det")):
        return None  # "Ваш визит является ...": said to the visitor, who is told elsewhere
    kind = visit_kind(tokens, t)
    host = _host_of(
        article,
        gaz,
        s,
        [c for c in children(tokens, t, "nmod", "obl") if preposition(tokens, c) in ("в", "во")],
    )
    destination = tokens[t.head] if t.head >= 0 else None
    if (
        host is None
        and destination is not None
        and (
            preposition(tokens, destination) in ("в", "во")
            # "Екатеринбург с визитом посетила делегация": the parse may take the place for the subject
            or preposition(tokens, destination) == ""
            and destination.head >= 0
            and tokens[destination.head].lemma == "посетить"
        )
        and (
            _PLACE_NOUN_WORD.fullmatch(destination.text)
            or article.places_in(destination.start, destination.stop)
        )
    ):
        host = _host_of(
            article, gaz, s, [destination]
        )  # "в китайскую провинцию с визитом": hung on the place
    holder = _holder(tokens, t)
    verb = next((a for a in _own_clause(tokens, t) if a.pos in ("VERB", "AUX")), None)
    if host is None and verb is not None:
        # "находится в Беларуси с визитом", "Туркестанскую область с рабочим визитом посетил ..."
        host = _host_of(
            article,
            gaz,
            s,
            [
                c
                for c in children(tokens, verb, "obl", "obj")
                if preposition(tokens, c) in ("в", "во", "")
                and t not in subtree(tokens, c)  # "Во второй день визита X ...": the visit's own phrase
                and (c.rel == "obl" or verb.lemma == "посетить")
            ],
        )
    visitor = _first_guest(
        article,
        host,
        [
            p
            for c in children(tokens, t, "nmod")
            if c.feats.get("Case") == "Gen"
            for p in persons_of(article, s, c) or _delegation_head(article, s, c, participants)
        ],
    )
    if visitor is None and holder is not None:
        visitor = _first_guest(
            article,
            host,
            persons_of(article, s, holder) or _delegation_head(article, s, holder, participants),
        )
    framed = compound_preposition(tokens, t) in ("в рамках", "в ходе", "во время") or (
        t.head >= 0 and tokens[t.head].lemma == "программа"  # "В программе визита: встреча с X": the one told
    )
    if visitor is None and not framed and not _nested(tokens, t):
        visitor = _surface_visitor(
            article, s, t, participants
        )  # a framed visit without a visitor is the one told
    if visitor is None or (t.lemma == "посещение" and kind == "visit" and host is None):
        return None  # "посещение завода" is a stop on a trip, "государственное посещение" the trip
    host = host or _host_right_after(article, gaz, s, t) or _sentence_host(article, gaz, s, visitor)
    if host is None and framed:
        host = _destination_told_before(
            article, gaz, s, visitor
        )  # "прибыли в Иран. ... В рамках поездки ..."
    return Visit(kind, visitor, host, s.index)


def _destination_told_before(article: Article, gaz: Gazetteer, s: Sentence, visitor: str) -> str | None:
    """The state an arrival of the two sentences before went to ("Участники пробега прибыли в Иран"), when it is
    not the visitor's own."""
    own = {p.country for p in article.persons[visitor].posts}
    for before in reversed(article.sentences[max(0, s.index - 2) : s.index]):
        for t in before.tokens:
            if (
                t.lemma not in _VISIT_VERBS
                or t.pos not in ("VERB", "AUX")
                or _told_before(article, before, t)
            ):
                continue
            places = [
                c for c in children(before.tokens, t, "obl") if preposition(before.tokens, c) in ("в", "во")
            ]
            host = _host_of(article, gaz, before, places)
            if host is not None and host not in own:
                return host
    return None


def visit_kind(tokens: list[Token], noun: Token) -> str:
    """The kind a visit noun's adjective tells ("с официальным визитом"), else a plain visit."""
    return next((_KINDS[c.lemma] for c in children(tokens, noun, "amod") if c.lemma in _KINDS), "visit")


def _first_guest(article: Article, host: str | None, people: list[str]) -> str | None:
    """The first of them who is not from the host country."""
    return next(
        (p for p in people if host is None or host not in {x.country for x in article.persons[p].posts}), None
    )


# who heads a delegation: "Сирийскую делегацию возглавляет X", "Возглавлял делегацию X", "Её возглавил X" (a sentence
# that opens with the pronoun of the delegation just told)
HEADS_OF_DELEGATION = re.compile(
    r"(?i)\bделегаци\w+\s+(?:\w+\s+){0,3}?возглав(?:ил|ля)\w*|\bвозглав(?:ил|ля)\w*\s+(?:\w+\s+){0,3}?делегаци"
    r"|^\s*е[её]\s+возглав(?:ил|ля)\w*"
)


def _delegation_head(article: Article, s: Sentence, holder: Token, participants: list[str]) -> list[str]:
    """ "делегация Казахстана, которая находится с визитом": a person of the delegation's country."""
    tokens = s.tokens
    delegation = (
        holder
        if holder.lemma == "делегация"
        else next(
            (
                tokens[x.head]
                for x in [holder]
                if x.lemma == "который" and x.head >= 0 and tokens[x.head].rel == "acl:relcl"
            ),
            None,
        )
    )
    if delegation is not None and delegation.lemma != "делегация" and delegation.head >= 0:
        delegation = tokens[delegation.head]
    if delegation is None or delegation.lemma != "делегация":
        return []
    headed = led_by(article, s, delegation=True)  # "делегации во главе с мэром X": its head, by the surface
    if headed:
        return headed[:1]
    after = article.sentences[s.index + 1] if s.index + 1 < len(article.sentences) else None
    if after is not None and after.paragraph - s.paragraph <= 1 and HEADS_OF_DELEGATION.search(after.text):
        # "... визит делегации области в Турцию. Возглавлял делегацию председатель горисполкома X": the next
        # sentence's first name
        named = [m.person for m in article.mentions_in(after.index)]
        if named:
            return named[:1]
    inside = subtree(tokens, delegation)
    iso = next(
        (
            m.iso
            for m in article.places_in(inside[0].start, inside[-1].stop)
            if m.kind in ("country", "adjective")
        ),
        None,
    )
    keys = participants + [m.person for m in article.mentions if m.stop <= s.stop]
    return [
        k for k in dict.fromkeys(keys) if iso and any(p.country == iso for p in article.persons[k].posts)
    ][:1]


def recalls_a_visit(article: Article, s: Sentence) -> bool:
    """The sentence tells a visit of the past ("В ноябре прошлого года Президент посетил Москву")."""
    return not s.in_quote and any(
        t.lemma in _VISIT_WORDS
        and (t.pos != "VERB" or t.lemma in _VISIT_VERBS)
        and _told_before(article, s, t)
        for t in s.tokens
    )


_VISIT_VERBS = frozenset(["посетить", "прибыть", "приехать", "прилететь"])
_ARRIVING_NOW = frozenset(["посещать", "прибывать", "приезжать", "прилетать"])
_VISIT_WORDS = _VISIT_VERBS | {"визит", "поездка", "посещение"}


def _told_before(article: Article, s: Sentence, t: Token) -> bool:
    """A visit recalled in its clause ("напомнил, что в 2023 году он посетил Пекин")."""
    status = clause_status(article, s, t)
    verb = next((a for a in [t, *ancestors(s.tokens, t)] if a.pos in ("VERB", "AUX")), None)
    inside = subtree(s.tokens, verb) if verb is not None else []
    if status.future and not status.recalled:
        return False  # "приедет в Астану в декабре": a visit ahead, whatever month its date names
    return (
        status.recalled
        or bool(inside)
        and dated_in_past(article, article.text[inside[0].start : inside[-1].stop])
    )


def _own_clause(tokens: list[Token], t: Token) -> list[Token]:
    """The words above ``t`` up to the verb of its clause."""
    out = []
    for a in ancestors(tokens, t):
        out.append(a)
        if a.pos in ("VERB", "AUX"):
            break
    return out


def _nested(tokens: list[Token], t: Token) -> bool:
    """ "выразил признательность за помощь в организации и сопровождении визита": a visit three nouns or more below
    its verb is a thing talked of, not the sentence's news of who travels."""
    nouns = [a for a in ancestors(tokens, t) if a.pos in ("NOUN", "PROPN") and a.rel != "conj"]
    return len(nouns) >= 3


def _holder(tokens: list[Token], t: Token) -> Token | None:
    """Who the visit belongs to: the participle "находящийся ... с визитом" modifies a name, the verb of
    "прибыл с визитом" or of the clause "в рамках визита" frames has a subject."""
    for a in ancestors(tokens, t):
        if a.pos in ("VERB", "AUX"):
            if a.feats.get("VerbForm") == "Part" and a.feats.get("Voice") != "Pass" and a.head >= 0:
                return _modified_noun(tokens, a)  # "с Ли Цяном, находящимся в Беларуси с визитом"
            subjects = children(tokens, a, "nsubj")
            if subjects and subjects[0].lemma in EVENT_NOUN_LEMMAS:
                return None  # "В рамках поездки состоялась встреча с X": the meeting is not the traveller
            return subjects[0] if subjects else a
        if a.rel not in ("obl", "nmod", "conj"):
            return None
    return None


def _modified_noun(tokens: list[Token], participle: Token) -> Token:
    """The noun a participle after a comma describes: the nearest one before it in its case ("Премьер-министр
    Беларуси Александр Турчин, находящийся ..."), whatever noun the parser hung it on."""
    case = participle.feats.get("Case")
    before = tokens[participle.index - 1] if participle.index else None
    if before is None or before.text != ",":
        # "принял прибывшего в нашу страну с визитом Министра ...": the noun comes after the participle's words
        own = {x.index for x in subtree(tokens, participle)}
        after = [
            x for x in tokens[participle.index + 1 :] if x.index not in own or x.index == participle.head
        ]
        return next(
            (x for x in after if x.pos in ("NOUN", "PROPN") and x.feats.get("Case") == case),
            tokens[participle.head],
        )
    for x in reversed(tokens[: participle.index]):
        if x.pos in ("PROPN", "NOUN") and x.feats.get("Case") == case and x.text[:1].isupper():
            return x
        if x.pos in ("VERB", "AUX"):
            break
    return tokens[participle.head]


def _visit_verb(article: Article, gaz: Gazetteer, s: Sentence, t: Token) -> Visit | None:
    """ "Астану посетил заместитель МИД Египта", "прибыл в столицу для участия в консультациях"."""
    tokens = s.tokens
    if (
        any(c.lemma == "не" for c in children(tokens, t))
        or (t.feats.get("Tense") == "Fut" and not states_a_day(s.text))  # "20 мая посетит Каракас": announced
        or any(a.lemma in INVITING for a in _own_clause(tokens, t))
        or _told_before(article, s, t)
    ):
        return None
    visitor = next((p for c in children(tokens, t, "nsubj") for p in persons_of(article, s, c)), None)
    if visitor is None:
        # "Делегация министерства во главе с министром X посетила Алжир": the delegation's head travels
        visitor = next(
            (p for c in children(tokens, t, "nsubj") for p in _delegation_head(article, s, c, [])), None
        )
    if visitor is None and t.feats.get("VerbForm") == "Part" and t.head >= 0:
        visitor = next(iter(persons_of(article, s, _modified_noun(tokens, t))), None)
    if (
        visitor is None
        and t.rel == "acl:relcl"
        and any(c.lemma == "который" for c in children(tokens, t, "nsubj"))
    ):
        # "Президента X, который прибыл в Тегеран, встретил ...": the relative clause's noun travels
        visitor = next(iter(persons_of(article, s, tokens[t.head])), None)
    if visitor is None:
        return None
    places = [
        c
        for c in children(tokens, t, "obj", "obl")
        if preposition(tokens, c) in (("", "в", "во") if t.lemma == "посетить" else ("в", "во"))
    ]
    if t.lemma == "посетить":
        # "Делегация ... посетила Алжир": the parser may take the place visited for a second subject; in the
        # accusative it is the object
        places += [c for c in children(tokens, t, "nsubj") if c.feats.get("Case") == "Acc"]
    host = _host_of(article, gaz, s, places)
    if host is None or host in {p.country for p in article.persons[visitor].posts}:
        return None  # a trip home, or nowhere the text names
    phrase = VISIT_PHRASE.search(s.text)
    adj = ((phrase.group("adj1") or phrase.group("adj2") or "") if phrase else "").lower()
    kind = next((k for a, k in _KINDS.items() if adj and a.startswith(adj)), "visit")
    return Visit(kind, visitor, host, s.index)


_PLACE_NOUN_WORD = re.compile(r"(?:регион|област|провинци|город|столиц|стран|штат|кра[йюяе]|округ|район)\w*")
_PLACE_NOUN = re.compile(r"\s+" + _PLACE_NOUN_WORD.pattern)  # after an adjective: "российский регион"


def _host_of(article: Article, gaz: Gazetteer, s: Sentence, nodes: list[Token]) -> str | None:
    """The country a place phrase names: "в Итальянскую Республику", "Туркестанскую область", "в нашу страну"."""
    for node in nodes:
        inside = subtree(s.tokens, node)
        start, stop = inside[0].start, inside[-1].stop
        start = min(start, next((c.start for c in children(s.tokens, node, "case")), start))
        found = places_in(article, gaz, max(s.start, start - 4), stop) or [
            _Bare(m.iso)
            for m in article.places_in(start, stop)
            if m.kind in ("country", "region", "city")
            and m.iso
            or m.kind == "adjective"
            and m.iso
            and _PLACE_NOUN.match(article.text, m.stop)
        ]  # "в российский регион", "в китайскую провинцию": a state's adjective before a place noun
        if found and found[0].country:
            return found[0].country
    return None


class _Bare:
    def __init__(self, iso: str | None) -> None:
        self.country = iso


# the visit's own destination in the words right after it, whatever the parse hangs it on: "с рабочим визитом в
# Саратовской области"
_DESTINATION_AFTER = re.compile(r"^\s+(?:[а-яё-]+\s+){0,2}?во?\s+$")


def _host_right_after(article: Article, gaz: Gazetteer, s: Sentence, visit: Token) -> str | None:
    """ "посол России в Китае X, который находится с рабочим визитом в Саратовской области": the place after
    "визитом в", not a place the sentence names in a title."""
    after = places_in(article, gaz, visit.stop, s.stop)
    if after and _DESTINATION_AFTER.match(article.text[visit.stop : after[0].start]):
        return after[0].country
    return None


def _sentence_host(article: Article, gaz: Gazetteer, s: Sentence, visitor: str) -> str | None:
    visitor_countries = {p.country for p in article.persons[visitor].posts}
    for place in places_in(article, gaz, s.start, s.stop):
        if place.country and place.country not in visitor_countries:
            return place.country
    return None


def _surface_visitor(article: Article, s: Sentence, t: Token, participants: list[str]) -> str | None:
    """Where the tree gives no visitor: a delegation's country, or the person named nearest before the visit."""
    mentions = article.mentions_in(s.index)
    dm = _DELEGATION.search(s.text)
    iso = (
        next((p.iso for p in article.places_in(s.start + dm.start(1), s.start + dm.end(1))), None)
        if dm
        else None
    )
    if iso is not None:  # an adjective the gazetteer does not know names no state: not "a post of no state"
        for key in participants + [m.person for m in mentions]:
            if any(p.country == iso for p in article.persons[key].posts):
                return key
    candidates: list[tuple[int, str]] = [(m.start, m.person) for m in mentions]
    for a, b in coref.descriptor_spans(article.text, s.start, s.stop):
        if any(m.start < b and a < m.stop for m in mentions):
            continue
        desc = coref.describe(article, a, b)
        person = coref.resolve(article, desc, a) if desc else None
        if person:
            candidates.append((a, person.key))
    if not candidates:
        return None
    prior = [c for c in candidates if c[0] <= t.start]
    return (max(prior) if prior else min(candidates))[1]


def settle_visitor(article: Article, meeting: Meeting) -> None:
    """A visitor is a guest of the host state. A visit read on an official of the host itself
    ("Санду встретилась с Хурезяном, который находится в Кишиневе с визитом", the host named only
    once the meeting's place settled it) belongs to the one participant from another state; with
    none or several, the meeting is no part of that visit."""
    visit = meeting.visit
    if visit is not None and visit.host is None and meeting.kind not in ("phone_call", "video_call"):
        # "Саидов ... с визитом встретился с министром Японии X": the host is the other side's one state
        own = article.persons[visit.visitor].states
        hosts = {
            c for p in meeting.participants if p != visit.visitor for c in article.persons[p].states
        } - own
        if len(hosts) == 1:
            visit.host = hosts.pop()
            meeting.country = meeting.country or visit.host
    if (
        visit is None
        or visit.host is None
        or visit.host != meeting.country
        or article.persons[visit.visitor].states
        != {visit.host}  # a visitor also of another state is left as read
    ):
        return
    guests = [
        p
        for p in meeting.participants
        if article.persons[p].states and visit.host not in article.persons[p].states
    ]
    if len(guests) == 1:
        visit.visitor = guests[0]  # the visit's other meetings share the same misreading
    else:
        meeting.visit = None
