"""Who signs a document: the bodies "между X и Y" names, or the ones the signing implies.

A party is named in the instrumental after "между" ("между Министерством торговли
и интеграции РК и Министерством ... РУз") and is given its full nominative name
with its country; a document of heads of state binds their states, an
intergovernmental one the governments of its two sides.
"""

from __future__ import annotations

import re

from kg.extract.gazetteer import Gazetteer
from kg.extract.model import Article, OrgRef, PostFact, Sentence
from kg.extract.morph import restore_case
from kg.extract.phrases import genitive_of, phrase_to_nominative
from kg.extract.postorgs import post_organization

_PARTY_SPLIT = re.compile(
    r"\s+и\s+(?=(?:[а-яё]+(?:ым|им|ой|ей|ыми|ими)\s+){0,3}(?:[А-ЯЁ]|[а-яё-]+(?:ом|ем|ой|ей|ами|ями)\s))"
)
_COMMA_SPLIT = re.compile(r",\s+(?=[а-яёА-ЯЁ]+(?:ом|ем|ой|ей|ами|ями)\s)")
_SUBJECT = re.compile(r"\s+(?:о|об|по|в\s+сфере|в\s+области|на|до)\s")


def between_parties(
    article: Article, gaz: Gazetteer, pair: str, offset: int, sides: list[str] | None = None
) -> tuple[list[OrgRef], str]:
    """ "X и Y [о ...]" after "между": the two parties, and what follows them (the subject of the document).
    "министерствами внутренних дел обеих стран" is one party for each side; a party whose country the text
    leaves out ("администрацией президента") belongs to the side the other party does not hold."""
    sides = sides or []
    at = article.text.find(pair.strip(), offset)
    offset = at if at >= 0 else offset  # the parties are looked up in the text from where the pair stands
    both = _BOTH_SIDES.match(pair.strip())
    if both and len(sides) == 2:
        noun = phrase_to_nominative(both.group("body"))
        noun = noun[:1].upper() + noun[1:]
        return [
            OrgRef(f"{noun} {gaz.countries[iso].official_genitive}", iso, "ministry") for iso in sides
        ], pair.strip()[both.end() :]
    split = _PARTY_SPLIT.search(pair)
    if not split:
        return [], pair
    left, right = pair[: split.start()], pair[split.end() :]
    tail = ""
    subject = _SUBJECT.search(right)
    if subject:  # "Соглашение между X и Y о ...": the subject follows the parties
        tail, right = right[subject.start() :], right[: subject.start()]
    if _names_a_person(article, left, offset) or _names_a_person(article, right, offset):
        return (
            [],
            pair,
        )  # "переговоров между Касым-Жомартом Токаевым и Владимиром Путиным": people, not parties
    firsts = _COMMA_SPLIT.split(left)  # "между X, Y и Z": three parties or more
    if len(firsts) == 1:
        firsts = [_singular_body(left, right)]
        right = _distributed(left, right)
    found = [p for p in (party(article, gaz, x, offset) for x in [*firsts, right]) if p]
    found = [_completed(gaz, p, found, sides) if not _EMBASSY.match(p.name) else p for p in found]
    return [
        _completed(gaz, p, found, sides) if _EMBASSY.match(p.name) else p for p in found
    ], tail  # embassies last:
    # they are named after the host the other party settles


_BOTH_SIDES = re.compile(r"(?i)(?P<body>(?:[а-яё]+\s+){1,4}?)(?:обеих|двух|наших)\s+(?:стран|государств)\b")
_STATE_BODY = re.compile(
    r"(?i)^(?:администраци\w*\s+президента|аппарат\w*|правительств\w*|парламент\w*|министерств\w*|"
    r"посольств\w*|генеральн\w+\s+консульств\w*|консульств\w*)"
)
_EMBASSY = re.compile(r"(?i)^(?:посольств\w*|генеральн\w+\s+консульств\w*|консульств\w*)")


def _completed(gaz: Gazetteer, org: OrgRef, found: list[OrgRef], sides: list[str]) -> OrgRef:
    """A state body named without its state gets the side nobody else holds; an embassy is also in the host."""
    if not _STATE_BODY.match(org.name):
        return org
    others = [p.country for p in found if p is not org and p.country]
    iso = org.country or next((c for c in sides if c not in others), None) if len(sides) == 2 else org.country
    if iso is None:
        return org
    base = re.split(r"\s+(?=[А-ЯЁ])", org.name, maxsplit=1)[0] if org.country else org.name
    if _EMBASSY.match(org.name):
        base = re.match(r"(?i)\S+(?:\s+консульств\w*)?", org.name).group(0)
        host = next((c for c in others if c != iso), None)
        where = f" в {_locative(gaz, host)}" if host else ""
        return OrgRef(f"{base} {gaz.countries[iso].official_genitive}{where}", iso, "other")
    if org.country is None:
        return OrgRef(f"{org.name} {gaz.countries[iso].official_genitive}", iso, org.kind)
    return org


def _locative(gaz: Gazetteer, iso: str) -> str:
    """ "Кыргызская Республика" -> "Кыргызской Республике" (for "Посольство ... в Кыргызской Республике")."""
    from kg.extract.morph import parses

    words = []
    for w in gaz.countries[iso].official.split():
        found = [p for p in parses(w.lower()) if p.tag.POS in ("NOUN", "ADJF")]
        form = found[0].inflect({"loct"}) if found else None
        words.append(restore_case(w, form.word) if form else w)
    return " ".join(words)


def _names_a_person(article: Article, phrase: str, offset: int) -> bool:
    pos = article.text.find(phrase.strip(), offset)
    return pos >= 0 and any(pos <= m.start < pos + len(phrase) for m in article.mentions)


# a body in the instrumental plural: "министерствами", "палатами"
_PLURAL_NOUN = r"(?:министерств|ведомств|правительств|парламент|академи|агентств|палат)\w*ами"
_PLURAL_BODY = re.compile(
    rf"(?i)^\s*(?P<noun>{_PLURAL_NOUN})"
    r"(?P<rest>(?:\s+[а-яё-]+)*?)\s+(?=(?-i:[А-ЯЁ]))"  # the state's name, in capitals
)


def _singular_instrumental(noun: str) -> str:
    """ "министерствами" -> "министерством", "палатами" -> "палатой"."""
    from kg.extract.morph import parses

    found = [p for p in parses(noun.lower()) if p.tag.POS == "NOUN" and p.tag.number == "plur"]
    form = found[0].inflect({"sing", "ablt"}) if found else None
    return restore_case(noun, form.word) if form else noun


def _distributed(left: str, right: str) -> str:
    """ "министерствами иностранных дел Туркменистана и Республики Казахстан": the plural body is each side's,
    so the second party is "министерством иностранных дел Республики Казахстан"."""
    m = _PLURAL_BODY.match(left)
    if m is None or _PLURAL_BODY.match(right) or not right.strip()[:1].isupper():
        return right
    return f"{_singular_instrumental(m.group('noun'))}{m.group('rest')} {right.strip()}"


def _singular_body(left: str, right: str) -> str:
    """ "министерствами иностранных дел Узбекистана и Китая": each side's party is one ministry, so the first
    is "министерством иностранных дел Узбекистана" (its nominative is singular too)."""
    m = _PLURAL_BODY.match(left)
    if m is None or not right.strip()[:1].isupper():
        return left
    return left[: m.start("noun")] + _singular_instrumental(m.group("noun")) + left[m.end("noun") :]


_BARE_PLURAL_BODY = re.compile(rf"(?i){_PLURAL_NOUN}(?:\s+(?-i:[а-яё-]+))*")  # no state named


def bodies_of_signing_states(article: Article, gaz: Gazetteer, s: Sentence, pair: str) -> list[OrgRef]:
    """ "Узбекистан и Китай подписали программу ... между министерствами иностранных дел": a plural body with no
    state named is one body of each of the two states that open the sentence as the signing verb's subject."""
    if not _BARE_PLURAL_BODY.fullmatch(pair.strip()):
        return []
    verb = next((t for t in s.tokens if t.lemma == "подписать" and t.pos == "VERB"), None)
    if verb is None:
        return []
    states = [m for m in article.places_in(s.start, verb.start) if m.kind == "country" and m.iso]
    if (
        len(states) != 2
        or states[0].iso == states[1].iso
        or article.text[s.start : states[0].start].strip()
        or article.text[states[0].stop : states[1].start].strip() != "и"
        or article.text[states[1].stop : verb.start].strip()
    ):
        return []
    head, _, rest = pair.strip().partition(" ")
    noun = phrase_to_nominative(f"{_singular_instrumental(head)} {rest}".strip())
    noun = noun[:1].upper() + noun[1:]
    return [OrgRef(f"{noun} {gaz.countries[m.iso].official_genitive}", m.iso, "ministry") for m in states]


def governments(gaz: Gazetteer, sides: list[str]) -> list[OrgRef]:
    """ "межправительственное соглашение": the governments of the two sides."""
    return [
        OrgRef(f"Правительство {gaz.countries[iso].official_genitive}", iso, "government")
        for iso in sides[:2]
    ]


def state_parties(article: Article, gaz: Gazetteer, signatories: list[str]) -> list[OrgRef]:
    """Documents signed by heads of state bind their states."""
    posts = [[p for p in article.persons[k].posts] for k in signatories]
    if not posts or not all(any(p.role == "head_of_state" for p in ps) for ps in posts):
        return []
    out: list[OrgRef] = []
    for ps in posts:
        iso = next(p.country for p in ps if p.role == "head_of_state")
        if iso and not any(o.country == iso for o in out):
            out.append(OrgRef(gaz.countries[iso].official, iso, "state"))
    return out


_SIGNING_BODIES = (
    "head_of_state",
    "head_of_government",
    "deputy_head_of_government",
    "foreign_minister",
    "minister",
    "regional_head",
)


def signatory_parties(article: Article, gaz: Gazetteer, signatories: list[str]) -> list[OrgRef]:
    """The bodies the signatories act for: heads of state their states, prime ministers their governments,
    ministers their ministries, governors and mayors their regions; only when every signatory's body is
    known and they are of two or more states."""
    out: list[OrgRef] = []
    for key in signatories:
        posts = [p for p in article.persons[key].posts if p.role in _SIGNING_BODIES and p.country]
        if not posts:
            return []
        post = min(posts, key=lambda p: _SIGNING_BODIES.index(p.role))
        org = (
            OrgRef(gaz.countries[post.country].official, post.country, "state")
            if post.role == "head_of_state"
            else (post.role == "regional_head" and regional_body(article, post))
            or post_organization(post, gaz)
        )
        if org is None:
            return []
        if not any(o.name == org.name for o in out):
            out.append(org)
    return out if len({o.country for o in out}) >= 2 else []


def party(article: Article, gaz: Gazetteer, phrase: str, offset: int) -> OrgRef | None:
    """An organization named in the instrumental after "между", as its full nominative name."""
    phrase = phrase.strip(" ,.;")
    pos, written_from = _position(article, phrase, offset)
    matches = article.places_in(written_from, pos + len(phrase)) if written_from >= 0 else []
    iso = None
    trailing_country = None
    for m in matches:
        if m.kind in ("country", "adjective", "region", "body") and m.iso:
            iso = iso or m.iso
            if m.kind == "country" and m.stop == pos + len(phrase):
                trailing_country = m
    words = phrase.split()
    if words and re.match(r"(?i)столичн", words[0]):
        iso = iso or article.publisher_country
        capital = gaz.countries[iso].capital if iso else None
        noun = phrase_to_nominative(" ".join(words[1:]))
        if capital and re.match(r"(?i)акимат|мэри|хокимият|администраци", noun):
            genitive = genitive_of(capital)
            return OrgRef(f"{noun[:1].upper()}{noun[1:]} города {genitive}", iso, "city")
    # "Петропавловск-Камчатским городским округом": a city the gazetteer found in the phrase, before any stem
    iso = iso or next((m.iso for m in matches if m.kind == "city" and m.iso), None)
    if iso is None:
        for city, c_iso in gaz.cities_longest_first:
            stem = city.lower()[:-1] if city.lower().endswith(("а", "я", "ь")) else city.lower()
            if len(stem) >= 4 and re.search(r"(?i)\b" + re.escape(stem), phrase):
                iso = c_iso
                break
    town = _town_named(matches, phrase, pos)
    if town is not None:
        return town
    name_part = phrase
    country_adj = next((m for m in matches if m.kind == "adjective" and m.start == pos), None)
    if country_adj is not None:
        name_part = phrase[m.stop - pos :].strip() if (m := country_adj) else phrase
    if trailing_country is not None:
        name_part = phrase[: trailing_country.start - pos].strip()
        if not name_part:
            country = gaz.countries[trailing_country.iso]  # "между Республикой Узбекистан и ...": the states
            return OrgRef(country.official, country.iso, "state")
    name = phrase_to_nominative(name_part)
    name = name[:1].upper() + name[1:]
    kind = "other"
    if re.search(
        r"(?i)городск\w+\s+исполнительн|горисполком|акимат|мэри[яи]|хокимият|муниципальн|администраци\w+\s+город",
        name,
    ):
        kind = "city"
    if re.match(r"(?i)провинци|штат\b|округ|кра[йя]\b|префектур|автономн", name):
        kind = "region"  # "провинция Цзянсу": a region the gazetteer need not know
    if any(m.kind == "region" for m in matches):
        kind = "region"
        name = re.sub(r"\s+(?:Республики|Российской|Кыргызской)\s.*$", "", name)
    elif iso and (trailing_country or country_adj) and kind == "other":
        # "Генеральной прокуратурой Республики Казахстан", "казахстанским Министерством ...": the full name
        name = f"{name} {gaz.countries[iso].official_genitive}"
        kind = "ministry" if re.match(r"(?i)министерств|ведомств|агентств|комитет|служб", name) else "other"
    return OrgRef(name, iso, kind) if name else None


_TOWN_NOUN = re.compile(r"(?i)^(?:[а-яё]+(?:ым|им|ой|ей)\s+)?(?:город\w*(?:-побратим\w*)?|г\.)\s*")


def _town_named(matches: list, phrase: str, pos: int) -> OrgRef | None:
    """ "между городами Стародуб и Павликени", "между Улан-Удэ и Хух-Хото": a party that is a town's name alone
    (after "город" or bare) is the town, with its state."""
    if pos < 0:
        return None
    start = pos + len(_TOWN_NOUN.match(phrase).group(0)) if _TOWN_NOUN.match(phrase) else pos
    towns = [
        m for m in matches if m.kind == "city" and m.iso and m.start == start and m.stop == pos + len(phrase)
    ]
    return OrgRef(str(towns[0].value), towns[0].iso, "city") if towns else None


def _position(article: Article, phrase: str, offset: int) -> tuple[int, int]:
    """Where the phrase stands in the text, and where its words the text wrote begin. A phrase rebuilt from a
    coordination ("министерством иностранных дел Китая" for "министерствами ... Узбекистана и Китая") stands
    where its last capitalised words do: only they are looked up for places, which then fall at the phrase's
    end as they would in a phrase the text wrote."""
    pos = article.text.find(phrase, offset)
    tail = re.search(r"(?:\s(?-i:[А-ЯЁ])\S*)+$", phrase)
    if pos >= 0 or tail is None:
        return pos, pos
    words = tail.group(0).strip()
    found = article.text.find(words, offset)
    return (found - (len(phrase) - len(words)), found) if found >= 0 else (-1, -1)


_OBLAST = re.compile(r"(?i)\s*(?:обл\w*|облисполком\w*|областн\w+)")


def regional_body(article: Article, post: PostFact) -> OrgRef | None:
    """The region or city a regional head's title names: "брянский губернатор" the Брянская область,
    "председатель Гомельского облисполкома" the Гомельская область, "мэр Астрахани" the city."""
    s = article.sentences[post.sentence]
    start, stop = post.evidence.start, post.evidence.stop
    places = [m for m in article.places_in(s.start, s.stop) if m.kind in ("region", "city", "city_adjective")]
    inside = [m for m in places if start <= m.start < stop]
    before = [m for m in places if m.stop <= start and not article.text[m.stop : start].strip()]
    after = [m for m in places if stop <= m.start <= stop + 1]
    found = (inside or before or after or [None])[0]
    if found is None or found.iso != post.country:
        return None
    if found.kind == "region":
        return OrgRef(found.value.name, found.iso, "region")
    if found.kind == "city_adjective" and _OBLAST.match(article.text, found.stop):
        adjective = re.sub(r"(?:ий|ый|ой|ого|ому|им|ым|ом)$", "ая", found.text.lower())
        return OrgRef(f"{adjective[:1].upper()}{adjective[1:]} область", found.iso, "region")
    return OrgRef(str(found.value), found.iso, "city")


_BODY_WORD = (
    r"(?:Министерств|Правительств|Администраци|Ведомств|Агентств|Комитет|Парламент|Палат|Мажилис|Сенат|"
    r"Мэри|Акимат|Хокимият|Облисполком|Исполком|Департамент|Служб)[а-яё]*"
)
_BODY_START = re.compile(rf"(?<![а-яёА-ЯЁ]){_BODY_WORD}")
_PAREN = re.compile(r"\s*\([^()]*\)")


def subject_parties(article: Article, gaz: Gazetteer, s: Sentence) -> list[OrgRef]:
    """The bodies that are the subject of the signing verb, read from the words before it (parses of
    long body names are unreliable): "Министерство образования Армении (МОНКС) и Министерство культуры
    Китая подписали программу"; "Министерства внутренних дел Грузии и Азербайджана подписали
    соглашение" is one body of each state named after it."""
    verb = next((t for t in s.tokens if t.lemma == "подписать" and t.pos == "VERB"), None)
    if verb is None:
        return []
    before = article.text[s.start : verb.start]
    starts = [m.start() for m in _BODY_START.finditer(before)]
    if not starts:
        return _signing_regions(article, s, verb.start)
    if any(s.start + starts[0] <= m.start < verb.start for m in article.mentions_in(s.index)):
        return []  # people named with the bodies sign for them (signatory_parties)
    if any(t.pos in ("VERB", "AUX") for t in s.tokens if s.start + starts[0] <= t.start < verb.start):
        return []
    offset = s.start + starts[0]
    if len(starts) == 2 and re.search(r"\s+и\s+$", before[: starts[1]]):
        parts = [before[starts[0] : starts[1]], before[starts[1] :]]
        found = [party(article, gaz, _PAREN.sub("", re.sub(r"\s+и\s+$", "", p)), offset) for p in parts]
    elif len(starts) == 1:
        found = _one_body_per_state(article, gaz, offset, s.start + len(before.rstrip()))
    else:
        return []
    found = [p for p in found if p is not None and p.country]
    return found if len({p.country for p in found}) >= 2 else []


def _signing_regions(article: Article, s: Sentence, stop: int) -> list[OrgRef]:
    """ "Астраханская и Атырауская области подписали план": regions of two states, the subject of the signing, and
    nothing else before the verb but what places them."""
    regions = [m for m in article.places_in(s.start, stop) if m.kind == "region" and m.iso]
    if len(regions) != 2 or regions[0].iso == regions[1].iso:
        return []
    if not re.fullmatch(r"\s+и\s+", article.text[regions[0].stop : regions[1].start]) or any(
        t.pos in ("VERB", "AUX") or t.rel == "nsubj" and t.start < regions[0].start
        for t in s.tokens
        if s.start <= t.start < stop
    ):
        return []
    return [OrgRef(m.value.name, m.iso, "region") for m in regions]


def _one_body_per_state(article: Article, gaz: Gazetteer, start: int, stop: int) -> list[OrgRef]:
    states = [m for m in article.places_in(start, stop) if m.kind in ("country", "adjective") and m.iso]
    if len({m.iso for m in states}) < 2 or not re.fullmatch(
        r"[\s,и]*", article.text[states[0].stop : states[1].start]
    ):
        return []
    words = article.text[start : states[0].start].split()
    if not words:
        return []
    words[0] = _SINGULAR_HEAD.get(words[0].lower(), words[0])
    return [
        OrgRef(f"{' '.join(words)} {gaz.countries[m.iso].official_genitive}", m.iso, "ministry")
        for m in states
    ]


_SINGULAR_HEAD = {"министерства": "Министерство", "правительства": "Правительство", "ведомства": "Ведомство"}
