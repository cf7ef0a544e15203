"""Stage 3a: where a title phrase lies around a name. The title before a name runs back to the first break (a
past-tense verb, a preposition opening a complement, a stop, a dash, a clause opener: ``TITLE_BREAK``); one after it
stands in apposition ("Александр Турчин, Премьер-министр Республики Беларусь,"). ``posts`` gives the roles and
states these phrases name to the names beside them.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, field

from kg.extract.acronyms import TEXT_DEFINED
from kg.extract.appointments import appointment_before_title
from kg.extract.gazetteer import RoleMatch, find_roles
from kg.extract.model import Article, Sentence, Span
from kg.extract.morph import known_noun_only, parses, title_cases
from kg.extract.syntax import head_of_span, past_last_verb, preposition
from kg.extract.titlestates import (
    ASSIGNMENT_BEFORE_WITH,
    sentence_of,
)

# A past-tense verb (lower case: "Сенегала", "Непала" are names) or a preposition that opens a
# complement ends the title on its left; so do a stop and a dash.
TITLE_BREAK = re.compile(
    r"(?i)(?:\b(?!посол\b|(?:(?:ген)?консул|генерал|капитал|потенциал|канал|материал)(?:а|у|ом|е|ы|ов|ам|ами|ах)?\b|[а-яё]*тели\b)(?-i:[а-яё])[а-яё]+[аеиоуыяюё]л(?:а|и|о|ся|ась|ись)?\b"
    r"|\bпрош(?:ла|ли|ло|ел)\b|\b(?:дал|был)(?:а|и|о)?\b|\b(?:с|со|от|для|к|ко|о|об|обо|по словам|у|во время|в ходе)\s|(?<!\bг)(?<!\bобл)(?<!\bгор)\.|[;:!?()«»\"]|\s[–—]\s(?-i:(?=[а-яё]))"
    # "переговоры глав МИД Грузии и Армении, после которых X и Y ...", "встреча глав МИД ... при участии их
    # коллеги X": a relative clause or another participant, not the title's holders
    r"|\bкотор(?:ые|ых|ым|ыми|ой|ого|ому|ая|ую|ый|ом)\b|\bпри\s+участии\b"
    # "– сказал президент Беларуси, на что Кучма ответил": a comma and a clause opener end the title's phrase
    # ("исполнял обязанности министра после того, как X был назначен")
    r"|,\s*(?:на\s+что|после\s+чего|тогда\s+как|в\s+то\s+время\s+как|когда|где|пока|но|однако|а(?!\s+также)"
    r"|как|что|чтобы|если|хотя|поскольку)\s)"
)


# ", занимающий пост", ", который занимает должность": the title after a name, told as the post held
_APPOSITION = re.compile(
    r"^\s*(?:,|\s[–—])\s*(?:(?:(?:котор(?:ый|ая)|что)\s+)?занима\w+ (?:пост|должность)\s+)?"
)


_PARENTHESIS = re.compile(r"\([^()]{0,40}\)")


HEAD_OF_BODY = re.compile(
    r"(?i)(?:генеральн\w+\s+|исполнительн\w+\s+|действующ\w+\s+)?(?:гендиректор|директор|председател|руководител|глав|президент|"
    r"секретар|генсек)"
)


@dataclass
class Title:
    """A title phrase and the roles it names (a dash joins combined posts)."""

    span: Span
    roles: list[RoleMatch]  # offsets relative to span.start
    plural: bool
    holders: list[str] = field(default_factory=list)  # person keys, in text order
    may_be_plural: bool = False  # "главы": a genitive singular or a plural, as the names after it tell
    plural_object: bool = False  # "поприветствовал дипломатов": an oblique plural after a verb, its object
    # "вице-премьер и министр иностранных дел Сербии X": a title joined by "и" in the first one's case is the
    # same holder's, when one name follows (two names share out two titles: "министры X и Y")
    joined: list[RoleMatch] = field(default_factory=list)


_ELECTED_FROM = re.compile(r"(?i)\b(?:сенатор|депутат|член)\w*\s*$")


# a state body's name in quotes inside a title: "генерального директора Госкорпорации «Росатом» А. Лихачева", "главы
# МО «Правдинский городской округ» В. Бакалина" (short, capitalised, no stop inside: not a quotation); after a
# company (its name, "ООО", "ТОО"), a fund or the title itself ("Президент «Общества дружбы» X") the quotes still end the title
_QUOTED_NAME = re.compile(
    r"(?:(?i:(?<![\w-])(?:госкорпораци|администраци|агентств|комитет|управлени|департамент|министерств|служб"
    r"|образовани|округ)[а-яё]*)|(?<![\w-])(?!(?:ООО|ОАО|ЗАО|ПАО|АО|ТОО|ОДО|ЧП|ИП)\s)[А-ЯЁ]{2,5})"
    r"\s«[А-ЯЁA-Z][^«».!?;:]{0,40}»"
)


def masked(text: str) -> str:
    """Parentheses inside a title ("спикер Жогорку Кенеша (парламент) Кыргызстана") and a body's quoted name hide no
    break."""
    text = _PARENTHESIS.sub(lambda m: " " * len(m.group(0)), text)
    return _QUOTED_NAME.sub(
        lambda m: m.group(0)[: m.group(0).index("«")] + " " * (len(m.group(0)) - m.group(0).index("«")), text
    )


_TREATY_BEFORE = re.compile(r"(?i)(?:договор|соглашени|конвенци|закон|деклараци|хартии|хартия|пакт)\w*\s*$")


def title_breaks(window: str) -> list[re.Match]:
    """Breaks in a title window; a dash before another title joins posts ("Заместитель Премьер-министра –
    министр иностранных дел")."""
    window = masked(window)
    out = []
    for m in TITLE_BREAK.finditer(window):
        if m.group(0).isalpha() and known_noun_only(m.group(0)):
            continue  # "член хурала": a noun in "-ла", not a past verb
        if (
            m.group(0).strip() in "–—"
            and find_roles(window[m.end() : m.end() + 40])
            and find_roles(window[m.end() : m.end() + 40])[0].start == 0
        ):
            continue
        if m.group(0).strip().lower() in ("с", "со") and ASSIGNMENT_BEFORE_WITH.search(window[: m.start()]):
            continue  # "спецпредставитель президента по отношениям с Россией X": the title's own complement
        if m.group(0).strip().lower() in ("о", "об", "обо") and _TREATY_BEFORE.search(window[: m.start()]):
            continue  # "генсек Организации Договора о коллективной безопасности": a treaty's name, in the body's
        if m.group(0).strip().lower() == "от" and _ELECTED_FROM.search(window[: m.start()]):
            continue  # "сенатора от Камчатского края X": whom the member represents, part of the title
        out.append(m)
    return out


def left_title(article: Article, start: int, stop: int) -> Title | None:
    window = article.text[start:stop]
    breaks = title_breaks(window)
    offset = start + breaks[-1].end() if breaks else start
    sentence = article.sentences[sentence_of(article, offset)] if article.sentences else None
    offset = past_last_verb(sentence.tokens if sentence else [], offset, stop)
    window = article.text[offset:stop]
    roles = find_roles(masked(window))
    if roles and re.search(r"[–—]\s*$", window[: roles[0].start]):
        # "Председатель ЕАГ – помощник Президента": the head of a body, joined by a dash to the next post
        heads = list(HEAD_OF_BODY.finditer(window[: roles[0].start]))
        at = heads[-1].start() if heads else 0
        roles = [_shift(r, -at) for r in place_head(article, offset + at, offset + roles[0].start)] + roles
    roles = roles or place_head(article, offset, stop)
    if not roles:
        return None
    if sentence is not None:
        roles = _own_roles(sentence, offset, window, roles)
        if _other_argument_between(sentence, offset + roles[0].start, offset + roles[0].stop, stop):
            return None
        if _clause_before_name(article, offset + roles[0].start, offset + roles[0].stop, stop):
            return None
    if sentence is not None:
        roles = _title_of_the_second_holder(sentence, window, roles, stop)
        if not roles:
            return None
    roles = _from_the_title_the_name_agrees_with(article, window, roles, stop)
    first = roles[0]
    # titles joined by a dash are combined posts; other role words are dependents ("пресс-секретаря Президента")
    chain = [first] + [r for r in roles[1:] if re.search(r"[–—]\s*$", window[: r.start])]
    chain += _coordinated_titles(article, offset, window, first, chain)
    head_word = window[first.start : first.stop].split()[0]
    readings = parses(head_word.lower())
    plural = any(p.tag.number == "plur" for p in readings[:1])
    title = Title(Span(offset + first.start, stop), [_shift(r, first.start) for r in chain], plural)
    title.joined = [_shift(r, first.start) for r in _joined_by_and(window, roles, chain)]
    title.plural_object = (  # "поприветствовал дипломатов Республики Казахстан Бурков": the verb's object
        bool(readings)
        and all(p.tag.number == "plur" and p.tag.case != "nomn" for p in readings)
        and _verb_right_before(article.text, offset + first.start)
    )
    # ... and only right before its first name: "в пресс-службе главы государства, X и Y" is one head's office
    title.may_be_plural = not re.search(r"[,;:()]", window[first.stop :]) and any(
        p.tag.number == "plur" and "nomn" in p.tag for p in readings
    )
    return title


def _from_the_title_the_name_agrees_with(
    article: Article, window: str, roles: list[RoleMatch], name: int
) -> list[RoleMatch]:
    """ "назначена послом России на Маврикии указом президента РФ Владимира Путина": the name after two titles is
    the one it agrees with in case ("президента ... Владимира Путина"), not the first ("послом"), which is another
    clause's predicate. Where the name's case is open (a foreign name) or the first agrees, the first stays."""
    mention = next((m for m in article.mentions if m.start == name), None)
    if len(roles) < 2 or mention is None:
        return roles
    named = set.intersection(
        *[{p.tag.case for p in parses(w.lower()) if p.tag.case} for w in mention.text.split()]
    )

    def cases(r: RoleMatch) -> set[str]:
        return title_cases(window[r.start : r.stop].split()[0])

    if not named or cases(roles[0]) & named or not cases(roles[0]):
        return roles
    agreeing = next((i for i, r in enumerate(roles[1:], 1) if cases(r) & named), None)
    return roles[agreeing:] if agreeing is not None else roles


def _joined_by_and(window: str, roles: list[RoleMatch], chain: list[RoleMatch]) -> list[RoleMatch]:
    """The title right after the chain, joined to it by "и" and in the first title's case ("вице-премьер и
    министр иностранных дел", "вице-премьером и главой МИД")."""
    last = chain[-1]
    following = next((r for r in roles if r.start >= last.stop), None)
    if following is None or not re.fullmatch(r"\s+и\s+", window[last.stop : following.start]):
        return []
    first_word = window[chain[0].start : chain[0].stop].split()[0]
    joined_word = window[following.start : following.stop].split()[0]
    return [following] if title_cases(first_word) & title_cases(joined_word) else []


# "и генеральный директор": "и" before a title, its adjectives apart
_AND_BEFORE_TITLE = re.compile(r"\sи\s+(?:[а-яё]+(?:ый|ий|ой)\s+)?$")


def _title_of_the_second_holder(
    sentence: Sentence, window: str, roles: list[RoleMatch], name: int
) -> list[RoleMatch]:
    """ "Глава региона и посол Казахстана Даурен Абаев обсудили ...": two titles joined by "и" before one name,
    with a plural verb after it, are two people -- the name holds the second title only ("вице-премьер и министр
    финансов X заявил" is one person with two posts)."""
    second = next(
        (
            i
            for i, r in enumerate(roles[1:], 1)
            if _AND_BEFORE_TITLE.search(window[roles[i - 1].stop : r.start])
        ),
        None,
    )
    joined = re.search(r"\sи\s+", window[roles[-1].stop :]) if second is None else None
    if second is None and not (joined and HEAD_OF_BODY.match(window, roles[-1].stop + joined.end())):
        return roles
    verb = next((t for t in sentence.tokens if t.start >= name and t.pos in ("VERB", "AUX")), None)
    plural = verb is not None and verb.feats.get("Number") == "Plur"
    if not plural:
        return roles
    # "Глава МИД Армении и исполнительный директор организации X подписали": X holds the second title, which
    # names no post of a state
    return roles[second:] if second is not None else []


def _other_argument_between(sentence: Sentence, start: int, stop: int, name: int) -> bool:
    """ "передал президенту Франции послание Путина": a common noun between the title and the name that hangs
    on nothing of the title (the verb's own object), in neither the genitive of the title's complements nor
    the title's own case (a rank: "министром обороны генералом армии"), nor under a preposition, is another
    argument of the verb: the name is its dependent, not the title's holder. Only a subject's or an object's
    case counts: the title's complements stand in the oblique ones ("по делам, обороне и безопасности")."""
    head = head_of_span(sentence, start, stop)
    case = head.feats.get("Case") if head is not None else None
    if case is None:
        return False
    tokens = sentence.tokens
    inside = {t.index for t in tokens if t.start >= start and t.stop <= name}
    for t in tokens:
        if t.index not in inside or t.start < stop or t.pos != "NOUN" or not t.text.islower():
            continue
        if t.head in inside or t.lemma in _HONORIFICS or t.feats.get("Case") not in ("Nom", "Acc"):
            continue  # the title's complements stand in the oblique cases ("Главнокомандующий Вооруженными силами")
        if t.feats.get("Case") == case:
            continue
        if preposition(tokens, t):
            continue
        return True
    return False


_HONORIFICS = frozenset(
    ["г-н", "г-жа", "господин", "госпожа", "мистер", "миссис", "мадам", "сэр", "доктор", "профессор"]
)


def _clause_before_name(article: Article, start: int, stop: int, name: int) -> bool:
    """ "с удовлетворением вспомнив о встрече с Президентом Азербайджана в рамках конференции, Ян Борг отметил",
    "В беседе с консулом Александр Винников информировал": a name set off by a comma, or after a title the
    preposition "с" governs, in a case the title cannot share, opens the clause; the title was the partner's."""
    comma = re.search(r",\s*$", article.text[max(0, name - 3) : name])
    partner = re.search(r"(?i)(?:^|\s)со?\s+$", article.text[max(0, start - 4) : start])
    if not comma and not partner:
        return False
    if comma and any(
        found and found[0].tag.POS == "GRND"
        for found in (
            parses(w.lower())
            for w in re.findall(r"[А-ЯЁа-яё]+", article.text[max(0, start - 40) : start])[-3:]
        )
    ):
        return True  # "Напутствуя нового посла, Лукашенко сказал": the gerund's object, before its clause's subject
    words = article.text[start:stop].split()
    mention = next((m for m in article.mentions if m.start == name), None)
    if not words or mention is None:
        return False
    if not comma and not any(_RUSSIAN_SURNAME_NOMINATIVE.search(w) for w in mention.text.split()):
        return False  # a foreign name may stand undeclined after "с министром" ("Батлут Дамба")
    cases = title_cases(words[0])
    named = {p.tag.case for w in mention.text.lower().split() for p in parses(w) if p.tag.case}
    return bool(cases) and bool(named) and not cases & named


_RUSSIAN_SURNAME_NOMINATIVE = re.compile(r"(?:ов|ев|ёв|ин|ын|ский|цкий)$")


def _verb_right_before(text: str, pos: int) -> bool:
    words = re.findall(r"[А-Яа-яЁё-]+", text[max(0, pos - 30) : pos])
    return bool(words) and any(p.tag.POS == "VERB" for p in parses(words[-1].lower())[:1])


def _own_roles(sentence: Sentence, offset: int, window: str, roles: list[RoleMatch]) -> list[RoleMatch]:
    """ "представил губернатору генерального консула Таджикистана X": a title word followed by another in a case
    other than the genitive is another argument of the verb, not part of the name's title (the parse may hang
    the second on the first, so the cases decide)."""
    while len(roles) > 1 and not re.search(r"[–—]\s*$", window[: roles[1].start]):
        first = head_of_span(sentence, offset + roles[0].start, offset + roles[0].stop)
        second = head_of_span(sentence, offset + roles[1].start, offset + roles[1].stop)
        if first is None or second is None or first is second:
            break
        cases = first.feats.get("Case"), second.feats.get("Case")
        if None in cases or cases[1] == "Gen" or cases[0] == cases[1]:
            break  # "пресс-секретарь главы государства": a title's dependent stands in the genitive
        if re.search(r",\s*$", window[: roles[1].start]) and cases[1] != "Nom":
            break  # "Председатель ЕАГ, помощник Президента": a comma joins titles of one holder, unless the
            # second opens the clause's subject ("миссии консула, губернатор X поблагодарил")
        if re.search(r"(?i)\b(?:и|или)\s", window[roles[0].stop : roles[1].start]):
            break  # "министра и посла": coordinated titles
        roles = roles[1:]
    return roles


# a preposition before the title word: the words after the comma open a clause, they are no apposition
_CLAUSE_OPENING = re.compile(r"(?i)(?:^|\s)(?:в|во|на|по|при|после|для|с|со|о|об|у|за)\s")


# "X, я являюсь губернатором префектуры", "X, который работает послом": verbs that give the name a title
_COPULAS = frozenset(
    ["являться", "быть", "стать", "становиться", "оставаться", "работать", "служить", "занимать"]
)


def right_title(article: Article, start: int, stop: int) -> Title | None:
    window = article.text[start:stop]
    m = _APPOSITION.match(window)
    if not m or m.end() == 0:
        m = appointment_before_title(article, start, window)
    if not m or m.end() == 0:
        return None
    rest = masked(window[m.end() :])
    roles = find_roles(rest)
    part = re.search(r"[,.;()–—]", rest)
    if not roles or part is not None and roles[0].start >= part.start():
        # "Радий Хабиров, глава Башкирии, встретился": a head told by the place he heads, up to the apposition's end
        roles = (
            place_head(article, start + m.end(), start + m.end() + (part.start() if part else len(rest)))
            or roles
        )
    if not roles or roles[0].start > 25 or _CLAUSE_OPENING.search(rest[: roles[0].start]):
        return None  # "Бочарников, на встрече руководитель региона проинформировал ...": another clause's subject
    before = [p for w in re.findall(r"[а-яё-]+", rest[: roles[0].start].lower()) for p in parses(w)[:1]]
    if any(p.tag.POS == "VERB" and p.normal_form not in _COPULAS for p in before):
        return None  # "делегацию, возглавляемую X, приняла Председатель Сейма Y": the verb's subject, not X's title
    first = roles[0]
    head = rest[first.start : first.stop].split()[0]
    if all(p.tag.number == "plur" for p in parses(head.lower())[:2]):
        return None  # "По словам Ашимбаева, сенаторы готовы ...": a plural is no apposition
    # the apposition ends at the next comma that is followed by a participle or a verb
    end = re.search(r",\s+(?=[а-яё]+(?:ший|щий|вший|ющий|вшийся|л|ла|ли)\b)|[.;]", rest)
    limit = m.end() + (end.start() if end else len(rest))
    chain = [first] + [
        r for r in roles[1:] if r.start < limit - m.end() and re.search(r"[–—]\s*$", rest[: r.start])
    ]
    span_start = start + m.end() + first.start
    return Title(Span(span_start, start + limit), [_shift(r, first.start) for r in chain], False)


# "глава Таджикистана", "руководитель Татарстана", "Раис Татарстана", "Башкан Гагаузии" (regions' own titles)
_JOINED = re.compile(r"(?i)\s*(?:и|а\s+также|а|,)\s+")


_HEAD_WORD = re.compile(
    r"(?i)\b(?:глав(?:а|ы|е|у|ой|ою)|руководител(?:ь|я|ю|ем|е)|раис(?:а|у|ом|е)?|башкан(?:а|у|ом|е)?)\s+$"
)


def _coordinated_titles(
    article: Article, offset: int, window: str, first: RoleMatch, chain: list[RoleMatch]
) -> list[RoleMatch]:
    """Titles after a comma in the case of the first one are the same holder's ("с президентом
    Сенегала, председателем Африканского союза Макки Саллом"); a genitive after a comma is not
    ("пресс-секретаря Президента, ...")."""
    out: list[RoleMatch] = []
    for m in _same_case_after_commas(window, first.start, first.stop, len(window)):
        if any(r.start >= m.start(1) for r in chain + out):
            continue
        end = window.find(",", m.end())
        end = len(window) if end < 0 else end
        part = window[m.start(1) : end]
        found = find_roles(masked(part)) or place_head(article, offset + m.start(1), offset + end)
        if found and found[0].start == 0:
            out.append(_shift(found[0], -m.start(1)))
    return out


# "глава Представительства ЕС", "руководитель миссии ОБСЕ": who heads a body's office abroad, not the body
_OFFICE_OF_A_BODY = re.compile(
    r"(?i)\b(?:представительств|миссии|миссию|офис|бюро|отделени|филиал|делегаци)\w*"
)


def place_head(article: Article, start: int, stop: int) -> list[RoleMatch]:
    """ "глава Таджикистана" heads the state; "глава Астрахани" heads the city or the region;
    "председатель Африканского союза" heads an international body."""
    bodies = [p for p in article.places_in(start, stop) if p.kind == "body" and p.value.country is None]
    window = article.text[start : bodies[0].start] if bodies else ""
    # "Сергей Лавров и глава исполкома СНГ": the conjunction is no part of the title
    joined = _JOINED.match(window)
    lead = joined.end() if joined else len(window) - len(window.lstrip())
    head = window[lead:].strip()
    if head and HEAD_OF_BODY.match(head) and len(head.split()) <= 2 and not _OFFICE_OF_A_BODY.search(head):
        return [RoleMatch(lead, bodies[0].start - start, "head_of_international_organization")]
    owned = [p for p in article.places_in(start, stop) if p.kind == "body" and p.value.kind == TEXT_DEFINED]
    before = article.text[start : owned[0].start] if owned else ""
    heads = [m for m in HEAD_OF_BODY.finditer(before) if len(before[m.start() :].split()) <= 2]
    if heads and (heads[0].start() == 0 or not before[heads[0].start() - 1].isalpha()):
        # "(встреча) главы МОНКС" where the text defined it as a state's ministry: its minister; another body it
        # defined is headed by an official of that state
        ministry = owned[0].value.name.lower().startswith("министерств")
        return [
            RoleMatch(heads[0].start(), owned[0].stop - start, "minister" if ministry else "other_official")
        ]
    places = [p for p in article.places_in(start, stop) if p.kind in ("country", "city", "region")]
    if not places:
        return []
    head = _HEAD_WORD.search(article.text[start : places[0].start])
    if head is None or article.text[places[-1].stop : stop].strip():
        return []
    role = "head_of_state" if places[0].kind == "country" else "regional_head"
    return [RoleMatch(head.start(), places[0].start - start, role)]


def _shift(role: RoleMatch, by: int) -> RoleMatch:
    return RoleMatch(role.start - by, role.stop - by, role.role)


_COMMA_WORD = re.compile(r",\s+([а-яёА-ЯЁ][а-яё-]+)")


def _same_case_after_commas(text: str, start: int, stop: int, end: int) -> Iterator[re.Match]:
    """The words after a comma in text[stop:end] in a case of the title word at text[start:stop] (a title
    coordinated with it: "президентом Сенегала, председателем ..."; not "пресс-секретаря Президента, ...")."""
    words = text[start:stop].split()
    cases = title_cases(words[0]) if words else set()
    for m in _COMMA_WORD.finditer(text, stop, end):
        if m.group(1)[0].isupper() and not _title_opens(text[m.start(1) : m.start(1) + 60]):
            continue  # a name ("президентом России, Владимиром ..."), not an official style's capital title
        if cases & title_cases(m.group(1)):
            yield m


def _title_opens(text: str) -> bool:
    """ "Председателем Совета МПА СНГ": the official style writes a title with a capital letter."""
    roles = find_roles(masked(text))
    return bool(roles) and roles[0].start == 0 or bool(HEAD_OF_BODY.match(text))


def own_extent(article: Article, span: Span, role_match: RoleMatch) -> Span:
    """The part of a title that is this role's: up to a title coordinated with it by a comma ("президентом
    Сенегала, председателем Африканского союза": the union is not the president's body)."""
    start, stop = span.start + role_match.start, span.start + role_match.stop
    first = next(_same_case_after_commas(article.text, start, stop, span.stop), None)
    return Span(start, first.start() if first else span.stop)
