"""Stage 3: posts from titles. The title phrase before a name ("Глава Правительства Казахстана
Олжас Бектенов") or in apposition after it ("Александр Турчин, Премьер-министр Республики
Беларусь,") gives the role, and the country when the title names one.

A plural title shared by coordinated names gives each name its own post: N countries in
the title go to N names in order ("премьер-министры Грузии и Армении Ираклий Кобахидзе и
Никол Пашинян"). A title that names no country leaves it open (``None``): ``countries``
settles it from the rest of the text, never by default.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, field

from kg.extract.acronyms import TEXT_DEFINED
from kg.extract.appointments import appointment_before_title
from kg.extract.gazetteer import Gazetteer, RoleMatch, find_roles
from kg.extract.ministries import agency_of_the_head
from kg.extract.model import Article, Mention, PostFact, Sentence, Span
from kg.extract.morph import known_noun_only, parses, title_cases
from kg.extract.postorgs import organization_of
from kg.extract.syntax import head_of_span, past_last_verb, preposition
from kg.extract.titlestates import (
    ASSIGNMENT_BEFORE_WITH,
    delegation_countries,
    posted_in,
    sentence_of,
    title_countries,
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
# a government title of a region or a city is a regional post
_REGIONAL = {
    "head_of_government": "regional_head",
    "deputy_head_of_government": "other_official",
    "minister": "other_official",
    "deputy_minister": "other_official",
    "head_of_state": "regional_head",
}
# states whose regions have a head beside the head of their government: the gold gives the latter
# other_official (Дагестан, Татарстан, Бурятия, Якутия); a German Land's Ministerpräsident heads the Land
_SEPARATE_REGIONAL_HEADS = frozenset(["RU"])
# ", занимающий пост", ", который занимает должность": the title after a name, told as the post held
_APPOSITION = re.compile(
    r"^\s*(?:,|\s[–—])\s*(?:(?:(?:котор(?:ый|ая)|что)\s+)?занима\w+ (?:пост|должность)\s+)?"
)
_PARENTHESIS = re.compile(r"\([^()]{0,40}\)")
_HEAD_OF_BODY = re.compile(
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


def extract_posts(article: Article, gaz: Gazetteer) -> None:
    for person in article.persons.values():
        person.posts = []
    by_sentence: dict[int, list[Mention]] = {}
    for m in article.mentions:
        by_sentence.setdefault(m.sentence, []).append(m)
    titles: list[Title] = []
    colleagues: list[tuple[Mention, int, int]] = []
    for sentence_index, mentions in by_sentence.items():
        sentence = article.sentences[sentence_index]
        previous: Title | None = None
        listed: Title | None = None
        carried: Title | None = None
        for i, mention in enumerate(mentions):
            left_start = mentions[i - 1].stop if i else sentence.start
            # "Сергей Лавров, руководитель МИД РФ, и Халед ...": the title between belongs to the name before it
            between = article.text[left_start : mention.start] if i else ""
            title = (
                None
                if _apposition_then_and(between)
                or _appositions_in_turn(article, between, mentions, i, sentence)
                else _left_title(article, left_start, mention.start)
            )
            if title is None:
                right_stop = mentions[i + 1].start if i + 1 < len(mentions) else sentence.stop
                following = (
                    _left_title(article, mention.stop, mentions[i + 1].start)
                    if i + 1 < len(mentions)
                    else None
                )
                ahead = article.text[mention.stop : mentions[i + 1].start] if i + 1 < len(mentions) else ""
                if (
                    following
                    and following.span.start - mention.stop <= 3
                    and not _apposition_then_and(ahead)
                    and not _appositions_in_turn(article, ahead, mentions, i + 1, sentence)
                ):
                    right_stop = mention.stop  # "Токаев, Президент Кыргызской Республики Садыр Жапаров"
                title = _right_title(article, mention.stop, right_stop)
            if title is None and previous is not None and previous.joined and between.strip() == "и":
                # "министра иностранных дел и министра обороны Египта X и Y": the second title is the second name's
                title, previous.joined = Title(previous.span, previous.joined, False), []
            if (
                title is None
                and previous is not None
                and (previous.plural or previous.may_be_plural)
                and article.text[left_start : mention.start].strip() in ("и", ",")
            ):
                title = previous  # "заместителями Премьер-министра РУз Жамшидом Ходжаевым и Журабеком ..."
                title.plural = True  # "главы ведомств X и Y": two holders make "главы" a plural
            if title is None and listed is not None:
                title = _listed(
                    article, listed, left_start, mention.start
                )  # "..., Республики Казахстан – Марат ..."
            if title is None:
                colleague = _COLLEAGUE.search(article.text[left_start : mention.start])
                if colleague:
                    colleagues.append((mention, left_start + colleague.start(), left_start + colleague.end()))
            if title is not None and _person_complement(article, mentions, i, title):
                # "пресс-секретарь Владимира Путина Дмитрий Песков": the title is the next name's
                carried, previous = title, None
                continue
            if title is None and carried is not None:
                title = carried  # the title the name before, its complement, passed on
            carried = None
            if title is not None:
                if mention.person not in title.holders:
                    title.holders.append(mention.person)
                if not titles or titles[-1] is not title:
                    titles.append(title)
                if title.plural:
                    listed = title  # a plural title may go on as "страна – имя" pairs
            previous = title
    for title in titles:
        _give_posts(article, gaz, title, sentence_of(article, title.span.start))
    for mention, start, stop in colleagues:
        _colleague_post(article, mention, start, stop)


def _person_complement(article: Article, mentions: list[Mention], i: int, title: Title) -> bool:
    """The mention is a title's complement in the genitive ("пресс-секретарь Владимира Путина Дмитрий Песков",
    "советник Дональда Трампа по национальной безопасности Джон Болтон"): a genitive that reads as no
    nominative, then a name that reads as one, with at most the title's area between. A title in the genitive
    itself agrees with the genitive name ("По приглашению Президента Узбекистана Шавката Мирзиёева Владимир
    Путин"): the name is its holder."""
    if i + 1 >= len(mentions):
        return False
    head = article.text[title.span.start : title.span.stop].split()[:1]
    if head and not any(p.tag.case == "nomn" for p in parses(head[0].lower().strip(",;:"))):
        return False
    mention, following = mentions[i], mentions[i + 1]
    between = article.text[mention.stop : following.start]
    words, theirs = mention.text.split(), following.text.split()
    if not words or not theirs or _AREA_OR_NOTHING.match(between) is None:
        return False
    # "Джо Байдена": a word that reads as a genitive and as no nominative; not "с послом Мохаммедом Алашаби
    # Гульшара Абдыкаликова": an instrumental is no title's complement
    genitive = any(
        "gent" in cases and "nomn" not in cases
        for cases in ({p.tag.case for p in parses(w.lower())} for w in words)
    )
    return genitive and any(p.tag.case == "nomn" for p in parses(theirs[0].lower()))


_AREA_OR_NOTHING = re.compile(r"^\s*(?:по\s+[а-яё -]+?\s*)?$")


_COLLEAGUE = re.compile(
    r"(?i)(?:\b(?:его|ее|её|их|своим|своего|своему|своей|своими)\s+)?\b([а-яё]+[сц]к(?:им|ого|ому|ий|ой|ая|ую|ие|их|ими))"
    r"\s+коллег(?:а|и|е|у|ой|ою|ам|ами|ах)?\s*$"
    # "с коллегой из Грузии Илией ...": the state after "из"
    r"|\bколлег(?:а|и|е|у|ой|ою|ам|ами|ах)?\s+из\s+(?-i:[А-ЯЁ])[^,.;:()]{1,40}?\s*$"
    # "по приглашению моего коллеги Вадима ...": the state the sentence names beside the speaker's own
    r"|\b(?:мо(?:его|ему|им|ей|ими|и)|сво(?:его|ему|им|ей|ими|и))\s+коллег(?:а|и|е|у|ой|ою|ам|ами|ах)?\s*$"
)


_OWN_COLLEAGUE = re.compile(r"(?i)\b(?:мо|сво)\w*\s+коллег\w*\s*$")


def _colleague_post(article: Article, mention: Mention, start: int, stop: int) -> None:
    """ "со своим армянским коллегой Аленом Симоняном", "с коллегой из Армении ...": the post of the person named
    before, in the country of the adjective or the one named."""
    # "его коллега из Витебска": a city or a region tells the state too
    country = next(
        (
            m.iso
            for m in article.places_in(start, stop)
            if m.kind in ("adjective", "country", "city", "region")
        ),
        None,
    )
    person = article.persons[mention.person]
    before = [
        m
        for m in article.mentions
        if m.stop <= start
        and m.person != mention.person
        and article.persons[m.person].posts
        and m.sentence >= mention.sentence - 2
    ]
    if not before or person.posts:
        return
    peer = article.persons[before[-1].person].posts[0]
    if country is None and _OWN_COLLEAGUE.search(article.text[start:stop]):
        # "моего коллеги X" with no state of its own: the one other state the sentence names
        sentence = article.sentences[mention.sentence]
        others = {
            m.iso
            for m in article.places_in(sentence.start, sentence.stop)
            if m.kind in ("country", "adjective") and m.iso and m.iso != peer.country
        }
        country = others.pop() if len(others) == 1 else None
    if country is None:
        return
    if peer.role == "head_of_international_organization" or peer.country == country:
        return
    person.posts.append(PostFact(peer.role, country, None, mention.sentence, Span(start, stop)))


_FORMER = re.compile(r"(?i)(?:\bбывш\w+|\bэкс-)\s*$")


def _give_posts(article: Article, gaz: Gazetteer, title: Title, sentence: int) -> None:
    """Each holder gets posts of their own; a plural title's countries go to its holders in order."""
    if _FORMER.search(article.text[max(0, title.span.start - 14) : title.span.start]):
        return  # "бывшего министра иностранных дел Франции Мишеля Барнье": a post held before, not now
    if title.plural_object and len(title.holders) == 1:
        return  # "– поприветствовал дипломатов Республики Казахстан Бурков": the plural is the object, not his title
    countries = title_countries(article, title.span)
    shared = title.plural and len(title.holders) > 1
    if (
        countries
        and countries[0][1] == "international"
        and not any(
            r.role == "head_of_international_organization"
            or _HEAD_OF_BODY.match(article.text[title.span.start + r.start : title.span.start + r.stop])
            for r in title.roles
        )
    ):
        return  # "постоянный представитель МВФ в Кыргызской Республике": an international body's staff, no state's post
    if not countries:
        countries = (
            delegation_countries(article, title.span)
            or _state_of_title_word(article, title)
            or _region_told_before(article, title)
            or _office_of_the_region_before(article, title)
        )
    if shared and len(countries) == len(title.holders) + 1:
        # "с послами Китая и Турции в Грузии X и Y": the place they serve in is nobody's state
        countries = [c for c in countries if c != posted_in(article, title.span)] or countries
    for n, key in enumerate(title.holders):
        person = article.persons[key]
        if shared and len(countries) == len(title.holders):
            country = countries[n][0]
        elif shared and len(countries) > 1:
            country = None  # "лидеров пяти стран региона": which is whose, the title does not say
        else:
            country = countries[0][0] if countries else None
        for role in title.roles + (title.joined if len(title.holders) == 1 else []):
            if _heads_a_named_body(article, title, role, countries):
                continue
            post = _post(article, gaz, role, title, sentence, country, countries)
            post.shared = shared and len(countries) != len(title.holders) and len(countries) != 1
            post.group = tuple(title.holders) if post.shared else ()
            if shared and len(countries) != 1:
                post.organization = (
                    None
                    if post.organization and post.organization.kind != "international"
                    else post.organization
                )
            if not any(p.role == post.role and p.country == post.country for p in person.posts):
                person.posts.append(post)


# "президент АКК", "президент «Казмунайгаза»": a body named by an acronym or a name in quotes
_NAMED_BODY_AFTER = re.compile(r"^\s+(?:[А-ЯЁA-Z]{2,6}\b|[«\"])")


def _heads_a_named_body(
    article: Article, title: Title, role: RoleMatch, countries: list[tuple[str | None, str]]
) -> bool:
    """ "президент АКК Роман Ким": a president of a body the title names by an acronym that is no state's, or
    by a name in quotes, heads that body (an association, a company), not a state."""
    if role.role != "head_of_state" or countries:
        return False
    return bool(_NAMED_BODY_AFTER.match(article.text[title.span.start + role.stop : title.span.stop]))


# "вице-губернатор края", "глава региона": a region named by its common noun alone
_BARE_REGION = re.compile(
    r"(?i)^\s*(?:края|области|региона|губернии|провинции|штата|округа)\b(?!\s+(?-i:[А-ЯЁA-Z]))"
)


# titles that only one state gives the heads of its regions and cities, and the states that share the word
# for lesser heads ("аким" is also a Kyrgyz district's head: a text that names Kyrgyzstan leaves it open)
_STATES_OF_TITLES = {"хоким": ("UZ", ()), "башкан": ("MD", ()), "аким": ("KZ", ("KG",))}


def _state_of_title_word(article: Article, title: Title) -> list[tuple[str | None, str]]:
    """ "хоким Зоир Мирзаев", "акима области Даниала Ахметова": a title only one state gives the heads of its
    regions."""
    role = title.roles[0]
    head_word = article.text[title.span.start + role.start : title.span.start + role.stop].lower()
    state, sharing = next(
        (given for word, given in _STATES_OF_TITLES.items() if head_word.startswith(word)), (None, ())
    )
    if state is None or any(m.iso in sharing for m in article.places):
        return []
    return [(state, "region")]


def _region_told_before(article: Article, title: Title) -> list[tuple[str | None, str]]:
    """ "... визита в Алтайский край ... — сказал вице-губернатор края X": a title whose place is a region's
    common noun is of the state whose regions the text named before it. (A region's head with no place at all,
    "губернатор X", is left alone: read from the regions named before, it went to the host's state in texts
    about a governor's visit abroad.)"""
    role_stop = title.span.start + title.roles[0].stop
    if not _BARE_REGION.match(article.text[role_stop : title.span.stop]):
        return []
    states = {
        m.iso for m in article.places if m.kind in ("region", "city") and m.iso and m.stop <= title.span.start
    }
    return [(states.pop(), "region")] if len(states) == 1 else []  # regions of two states: whose, unknown


# "в правительстве Еврейской автономной области губернатор X": the region's own office right before the title
_REGIONS_OFFICE = re.compile(
    r"(?i)\b(?:правительств|администраци|аппарат|резиденци|акимат|мэри|ратуш)\w*\s+$"
)


def _office_of_the_region_before(article: Article, title: Title) -> list[tuple[str | None, str]]:
    """A region's head told in the region's own office, named right before the title: that region's state."""
    if title.roles[0].role != "regional_head":
        return []
    before = [
        m for m in article.places if m.kind in ("region", "city") and m.iso and m.stop <= title.span.start
    ]
    if not before or article.text[before[-1].stop : title.span.start].strip():
        return []
    place = before[-1]
    return (
        [(place.iso, "region")]
        if _REGIONS_OFFICE.search(article.text[max(0, place.start - 25) : place.start])
        else []
    )


def _left_title(article: Article, start: int, stop: int) -> Title | None:
    window = article.text[start:stop]
    breaks = title_breaks(window)
    offset = start + breaks[-1].end() if breaks else start
    sentence = article.sentences[sentence_of(article, offset)] if article.sentences else None
    offset = past_last_verb(sentence.tokens if sentence else [], offset, stop)
    window = article.text[offset:stop]
    roles = find_roles(masked(window))
    if roles and re.search(r"[–—]\s*$", window[: roles[0].start]):
        # "Председатель ЕАГ – помощник Президента": the head of a body, joined by a dash to the next post
        heads = list(_HEAD_OF_BODY.finditer(window[: roles[0].start]))
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
    if second is None and not (joined and _HEAD_OF_BODY.match(window, roles[-1].stop + joined.end())):
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
_APPOSITION_THEN_AND = re.compile(r"^\s*,\s*(?P<title>[^,;:()]+?)\s*,?\s+(?:и|а\s+также)\s*$")


def _verb_right_before(text: str, pos: int) -> bool:
    words = re.findall(r"[А-Яа-яЁё-]+", text[max(0, pos - 30) : pos])
    return bool(words) and any(p.tag.POS == "VERB" for p in parses(words[-1].lower())[:1])


def _apposition_then_and(between: str) -> bool:
    """ ", руководитель МИД РФ, и ": a title after one name and before "и" and the next name is the first one's."""
    m = _APPOSITION_THEN_AND.match(between)
    return m is not None and bool(find_roles(m.group("title")))


_COMMA_TITLE_COMMA = re.compile(r"^\s*,\s*(?P<title>[^,;:()«»]+?)\s*,\s*$")


def _appositions_in_turn(
    article: Article, between: str, mentions: list[Mention], i: int, sentence: Sentence
) -> bool:
    """ "с Ли Цяном, премьер-министром Китая, Ван И, министром иностранных дел": when the name after a title
    between commas has its own title after it, each title follows its name."""
    m = _COMMA_TITLE_COMMA.match(between)
    if m is None or not find_roles(m.group("title")):
        return False
    stop = mentions[i + 1].start if i + 1 < len(mentions) else sentence.stop
    return _right_title(article, mentions[i].stop, stop) is not None


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


_LIST_ITEM = re.compile(r"^\s*[,;]?\s*(?:и\s+)?(?P<place>(?:[А-ЯЁа-яё-]+\s+){1,3}?)[–—-]\s*$")


def _listed(article: Article, plural: Title, start: int, stop: int) -> Title | None:
    """ "заместители министров иностранных дел Республики Узбекистан – Илхом Неъматов, Республики Казахстан –
    Марат Сыздыков": each name after a country and a dash holds the plural title's post in that country."""
    m = _LIST_ITEM.match(article.text[start:stop])
    if m is None or not article.places_in(start + m.start("place"), start + m.end("place")):
        return None
    return Title(
        Span(start + m.start("place"), start + m.end("place")),
        [RoleMatch(0, 0, r.role) for r in plural.roles],
        False,
    )


# a preposition before the title word: the words after the comma open a clause, they are no apposition
_CLAUSE_OPENING = re.compile(r"(?i)(?:^|\s)(?:в|во|на|по|при|после|для|с|со|о|об|у|за)\s")


# "X, я являюсь губернатором префектуры", "X, который работает послом": verbs that give the name a title
_COPULAS = frozenset(
    ["являться", "быть", "стать", "становиться", "оставаться", "работать", "служить", "занимать"]
)


def _right_title(article: Article, start: int, stop: int) -> Title | None:
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


def regional_role(role: str, country: str | None) -> str:
    """The post a state's title names in a region or a city: "Премьер-министр Республики Татарстан" is a region's
    official, not a state's; in a state whose regions have a head of their own ("Глава Дагестана"), the head of a
    region's government is not that head."""
    if role == "head_of_government" and country in _SEPARATE_REGIONAL_HEADS:
        return "other_official"
    return _REGIONAL.get(role, role)


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
    if head and _HEAD_OF_BODY.match(head) and len(head.split()) <= 2 and not _OFFICE_OF_A_BODY.search(head):
        return [RoleMatch(lead, bodies[0].start - start, "head_of_international_organization")]
    owned = [p for p in article.places_in(start, stop) if p.kind == "body" and p.value.kind == TEXT_DEFINED]
    before = article.text[start : owned[0].start] if owned else ""
    heads = [m for m in _HEAD_OF_BODY.finditer(before) if len(before[m.start() :].split()) <= 2]
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


def _post(
    article: Article,
    gaz: Gazetteer,
    role_match: RoleMatch,
    title: Title,
    sentence: int,
    country: str | None,
    countries: list[tuple[str | None, str]],
) -> PostFact:
    role, span = role_match.role, title.span
    own = _own_extent(article, span, role_match)
    # "президент Сычуаньской ассоциации в РФ и СНГ": a body told where the holder works is not the title's
    body = next(
        (
            m.value
            for m in article.places_in(own.start, own.stop)
            if m.kind == "body"
            and not re.search(r"(?i)(?:^|\s)(?:в|во|на)\s", article.text[own.start : m.start])
        ),
        None,
    )
    own_places = title_countries(article, own) or countries
    local = bool(own_places) and own_places[0][1] in ("region", "city", "city_adjective")
    # "премьер-министром федеральной земли Саар": a region the gazetteer does not know, by its noun
    local = local or bool(_REGION_NOUN.match(article.text[span.start + role_match.stop : own.stop]))
    if local:
        role = regional_role(role, own_places[0][0] if own_places else None)
    role_text = article.text[span.start + role_match.start : span.start + role_match.stop]
    agency = agency_of_the_head(article, span.start + role_match.start, role_text)
    if agency is not None:
        role, country = agency[0], country or agency[1]  # "МИД Украины ... главы ведомства X"
    if (
        body is not None
        and body.country is None
        and role in ("head_of_state", "head_of_government", "other_official")
        and _HEAD_OF_BODY.match(role_text)
    ):
        role = "head_of_international_organization"  # "президент Азиатского банка развития"
    national = body is None or body.country is not None
    if (
        role == "head_of_international_organization"
        and national
        and own_places
        and own_places[0][1] == "country"
    ):
        # "Генеральный секретарь Министерства иностранных дел Королевства Норвегия": a state's official
        role, country = "other_official", own_places[0][0]
    if role == "head_of_international_organization":
        country = None if body is None or body.country is None else body.country
    post = PostFact(role=role, country=country, organization=None, sentence=sentence, evidence=span)
    complement = article.text[span.start + role_match.stop : span.stop]
    post.organization = organization_of(article, gaz, post, body, complement, span)
    return post


_REGION_NOUN = re.compile(
    r"(?i)\s*(?:[а-яё]+(?:ой|ого)\s+)?(?:земл|провинци|штат|префектур|кра[яюе]\b|округ|уезд|аймак|кантон|губерни)"
)
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
    return bool(roles) and roles[0].start == 0 or bool(_HEAD_OF_BODY.match(text))


def _own_extent(article: Article, span: Span, role_match: RoleMatch) -> Span:
    """The part of a title that is this role's: up to a title coordinated with it by a comma ("президентом
    Сенегала, председателем Африканского союза": the union is not the president's body)."""
    start, stop = span.start + role_match.start, span.start + role_match.stop
    first = next(_same_case_after_commas(article.text, start, stop, span.stop), None)
    return Span(start, first.start() if first else span.stop)
