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

from kg.extract.gazetteer import Gazetteer, RoleMatch, find_roles
from kg.extract.ministries import agency_of_the_head
from kg.extract.model import Article, Mention, PostFact, Sentence, Span
from kg.extract.morph import parses
from kg.extract.postorgs import organization_of
from kg.extract.titlespans import HEAD_OF_BODY, Title, left_title, own_extent, right_title
from kg.extract.titlestates import (
    delegation_countries,
    posted_in,
    sentence_of,
    title_countries,
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
                else left_title(article, left_start, mention.start)
            )
            if title is None:
                right_stop = mentions[i + 1].start if i + 1 < len(mentions) else sentence.stop
                following = (
                    left_title(article, mention.stop, mentions[i + 1].start)
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
                title = right_title(article, mention.stop, right_stop)
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
            or HEAD_OF_BODY.match(article.text[title.span.start + r.start : title.span.start + r.stop])
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


_APPOSITION_THEN_AND = re.compile(r"^\s*,\s*(?P<title>[^,;:()]+?)\s*,?\s+(?:и|а\s+также)\s*$")


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
    return right_title(article, mentions[i].stop, stop) is not None


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


def regional_role(role: str, country: str | None) -> str:
    """The post a state's title names in a region or a city: "Премьер-министр Республики Татарстан" is a region's
    official, not a state's; in a state whose regions have a head of their own ("Глава Дагестана"), the head of a
    region's government is not that head."""
    if role == "head_of_government" and country in _SEPARATE_REGIONAL_HEADS:
        return "other_official"
    return _REGIONAL.get(role, role)


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
    own = own_extent(article, span, role_match)
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
        and HEAD_OF_BODY.match(role_text)
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
