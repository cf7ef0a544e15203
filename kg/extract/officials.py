"""Stage 2b: well-known officials (``data/gazetteer/officials.tsv``): the nominative of their names,
and the state of a post the text gives without one.

Outlets decline foreign names in ways the name's shape cannot undo ("Сооронбая Жээнбекова",
"Эммерсона Мнангагвы"), and name their own officials without a country ("президент Садыр
Жапаров"). A gazetteer of heads of state and government, foreign ministers, speakers and heads of
international bodies settles both, for any state, without guessing from the outlet. It never
adds a post the text does not state.
"""

from __future__ import annotations

import csv
import re
from dataclasses import dataclass
from functools import lru_cache

from kg.extract.gazetteer import ENVOY_TITLE, find_roles
from kg.extract.model import Article, Person, PostFact, Sentence, Span
from kg.extract.morph import first_name_forms, parses, surname_forms
from kg.extract.scene import reference_date
from kg.extract.syntax import children, subtree
from kg.extract.titlestates import sentence_of
from kg.keys import normalize_key
from kg.resources import gazetteer_file


@dataclass(frozen=True)
class Official:
    name: str
    country: str | None
    role: str
    start: int | None = None  # years in office, when the gazetteer gives them
    end: int | None = None

    def in_office(self, year: int | None) -> bool:
        """Held the post in that year; with no year, only an official still in office counts."""
        if year is None:
            return self.end is None
        return (self.start is None or self.start <= year) and (self.end is None or year <= self.end)


def officials() -> dict[str, list[Official]]:
    """Officials by the comparison key of their name and of every variant spelling."""
    return _read()[0]


def _spellings() -> dict[str, str]:
    """Every listed name and variant spelling by its comparison key, as the list writes it."""
    return _read()[1]


@lru_cache(maxsize=1)
def _read() -> tuple[dict[str, list[Official]], dict[str, str]]:
    table: dict[str, list[Official]] = {}
    spellings: dict[str, str] = {}
    with gazetteer_file("officials.tsv").open(encoding="utf-8") as fh:
        for row in csv.DictReader(fh, delimiter="\t"):
            official = Official(
                row["name"], row["country"] or None, row["role"], _year(row.get("from")), _year(row.get("to"))
            )
            for spelling in [row["name"], *filter(None, (row["variants"] or "").split("|"))]:
                table.setdefault(normalize_key(spelling), []).append(official)
                spellings.setdefault(normalize_key(spelling), spelling)
                # "Касым Жомарт Токаев": a hyphenated first name written with a space is the listed one, spelt as
                # listed (not "аль Джубейр": a particle's hyphen is the outlet's choice, kept as written)
                first, _, rest = spelling.partition(" ")
                if "-" in first and rest:
                    spaced = normalize_key(f"{first.replace('-', ' ')} {rest}")
                    table.setdefault(spaced, []).append(official)
                    spellings.setdefault(spaced, spelling)
    return table, spellings


@lru_cache(maxsize=1)
def _by_first_and_last() -> dict[str, list[Official]]:
    """ "Реджеп Эрдоган" for "Реджеп Тайип Эрдоган": the first and the last word of a longer listed name, where no
    other listed name has them (for posts only: the text's name stays as it is)."""
    table = officials()
    short: dict[str, set[str]] = {}
    for key, listed in table.items():
        words = key.split()
        if len(words) >= 3:
            short.setdefault(f"{words[0]} {words[-1]}", set()).update(o.name for o in listed)
    return {
        key: list(table[normalize_key(next(iter(names)))])
        for key, names in short.items()
        if len(names) == 1 and key not in table
    }


def _listed(person: Person) -> list[Official]:
    key = normalize_key(person.official or person.name)
    return officials().get(key) or _by_first_and_last().get(key, [])


def name_officials(article: Article) -> None:
    """Relabel a person whose name the text only declines when exactly one official's name is among its
    nominative readings; then give a post the text left without a state the official's state."""
    table = officials()
    by_surname = _by_surname()
    for person in article.persons.values():
        if normalize_key(person.name) in table:
            listed = _spellings()[normalize_key(person.name)]
            if not person.first:  # "Елбасы": one person's own title
                _relabel(person, table[normalize_key(person.name)][0].name)
            elif normalize_key(listed) != normalize_key(person.name):
                _relabel(person, listed)  # "Касым Жомарт Токаев", spelt with the hyphen the list gives
            elif (main := _main_spelling_written(person, table[normalize_key(person.name)])) is not None:
                _relabel(person, main)  # "Николай Тимофти" in a headline, "Николае Тимофти" in the body
            continue
        if not person.first:
            # "Путин и Лукашенко обсудят ...": a surname alone that exactly one official bears is that official,
            # but keeps the name the text gives (GOLD.md: nothing from general knowledge); the store's identity
            # step (kg/ingest/resolve.py) joins it to the full name another article gives
            names = _bearing_the_surname(person, by_surname)
            if len(names) == 1:
                person.official = names.pop()
                # the full name when the text gives it elsewhere (one node), else the surname's nominative
                named_in_full = any(
                    normalize_key(o.name) == normalize_key(person.official) for o in article.persons.values()
                ) or any(len(m.text.split()) > 1 for m in person.mentions)
                if named_in_full:
                    _relabel(person, person.official)
                else:
                    person.name = person.last = person.official.split()[-1]  # "Путиным" -> "Путин"
            continue
        readings = _readings(person) & set(table)
        if len(readings) == 1:
            # the list's spelling the text itself writes ("Мухаммеду аль-Менфи" is "Мухаммед", a variant of the
            # list's "Мохаммед"): names stay as the text gives them
            canonical = _spellings()[readings.pop()]
            words = canonical.split()
            if person.middle and len(words) == 2 and normalize_key(person.first) == normalize_key(words[0]):
                # "Эркки Сакари Туомиоя": a middle name the text writes and the list leaves out stays (no patronymic)
                canonical = f"{words[0]} {person.middle} {words[1]}"
            _relabel(person, canonical)
        elif _initial(person.first):
            _official_by_initial(article, person, by_surname)
    for person in article.persons.values():
        known = table.get(normalize_key(person.official or person.name), [])
        for post in person.posts:
            if post.country is None and post.role != "head_of_international_organization":
                states = {o.country for o in known if o.role == post.role and o.country}
                if len(states) == 1:
                    post.country = states.pop()
    for person in article.persons.values():
        for post in person.posts:
            if post.country is None and post.role == "other_official" and post.evidence is not None:
                post.country = _state_of_principal(article, person, post.evidence)
    for person in article.persons.values():
        _foreign_minister_told_as_minister(article, person)


def _bearing_the_surname(person: Person, by_surname: dict[str, frozenset[str]]) -> set[str]:
    """The listed officials whose surname is one of the nominative readings of the person's ("Путиным")."""
    return {
        n
        for form in surname_forms(person.last) | {person.last}
        for n in by_surname.get(normalize_key(form), ())
    }


def _initial(word: str) -> str:
    """ "С." -> "с": a first name given as its initial."""
    return word[0].lower() if re.fullmatch(r"[А-ЯЁA-Z]\.?", word) else ""


def _official_by_initial(article: Article, person: Person, by_surname: dict[str, frozenset[str]]) -> None:
    """ "С.В.Лавров", "Н. Мадуро": an initial and a surname that exactly one listed official bears stand for that
    official (for posts); the name stays the text's unless the text also gives it in full."""
    initial = _initial(person.first)
    names = {n for n in _bearing_the_surname(person, by_surname) if normalize_key(n)[:1] == initial}
    if len(names) != 1:
        return
    person.official = names.pop()
    if any(normalize_key(o.name) == normalize_key(person.official) for o in article.persons.values()):
        _relabel(person, person.official)


def _foreign_minister_told_as_minister(article: Article, person: Person) -> None:
    """ "с немецким министром Хайко Маасом": a minister the text gives no ministry is the foreign minister the
    officials gazetteer lists for that state that year."""
    listed = {(o.role, o.country) for o in listed_for_the_text(article, person)}
    for post in person.posts:
        if (
            post.role == "minister"
            and post.organization is None
            and ("foreign_minister", post.country) in listed
        ):
            post.role = "foreign_minister"


def _state_of_principal(article: Article, holder: Person, title: Span) -> str | None:
    """ "пресс-секретарь Владимира Путина Дмитрий Песков": an aide's state is the state of the person the title
    names as his principal, when that person holds posts of one state."""
    for m in article.mentions:
        # the principal's name follows the title word, before the holder's ("пресс-секретарь [Путина] Песков")
        if title.stop <= m.start <= title.stop + 1 and m.person != holder.key:
            principal = article.persons[m.person]
            listed = officials().get(normalize_key(principal.official or principal.name), [])
            states = {p.country for p in principal.posts if p.country} or {
                o.country for o in listed if o.country
            }
            if len(states) == 1:
                return states.pop()
    return None


def _year(text: str | None) -> int | None:
    return int(text) if text and text.strip().isdigit() else None


@lru_cache(maxsize=50_000)
def is_officials_surname(word: str) -> bool:
    """A word that declines a surname only listed officials bear ("Коштой" -> "Кошта")."""
    table = _by_surname()
    return any(normalize_key(form) in table for form in surname_forms(word))


@lru_cache(maxsize=1)
def _by_surname() -> dict[str, frozenset[str]]:
    """Officials' full names by surname ("путин" -> {"Владимир Путин"}; "алиев" has several)."""
    out: dict[str, set[str]] = {}
    for listed in officials().values():
        for official in listed:
            out.setdefault(normalize_key(official.name.split()[-1]), set()).add(official.name)
    return {k: frozenset(v) for k, v in out.items()}


# two capitalised words in a row, either hyphenated ("Касым-Жомарт Токаев")
_NAME_PAIR = re.compile(
    r"(?<![\w-])([А-ЯЁ][а-яё]+(?:-[А-ЯЁ][а-яё]+)?)\s+([А-ЯЁ][а-яё]+(?:-[А-ЯЁ]?[а-яё]+)?)(?![\w-])"
)


@lru_cache(maxsize=1)
def _listed_names() -> frozenset[str]:
    """Every listed name's comparison key, and the first and last words of longer ones (built once, read per
    sentence)."""
    return frozenset(officials()) | frozenset(_by_first_and_last())


def listed_name_spans(s: Sentence, blocked: list[tuple[int, int]]) -> list[Span]:
    """Two words that read as a listed official's first name and surname in some case ("Касым-Жомарт Токаев
    наградил ...", which the tagger may miss where it finds the same name after "встретился с"): a person's name,
    whatever the tagger saw."""
    names = _listed_names()
    out: list[Span] = []
    pos = 0
    while (m := _NAME_PAIR.search(s.text, pos)) is not None:
        span = Span(s.start + m.start(), s.start + m.end())
        first, last = m.group(1), m.group(2)
        keys = {
            normalize_key(f"{f} {x}")
            for f in first_name_forms(first) | {first}
            for x in surname_forms(last) | {last}
        }
        if keys & names and not any(a < span.stop and span.start < b for a, b in blocked):
            out.append(span)
            pos = m.end()
        else:
            pos = m.start(2)  # "Сегодня Касым-Жомарт Токаев": from the next word
    return out


# one capitalised word of four letters or more, not an initial's surname ("Н.Назарбаев" is the pair rule's)
_LONE_WORD = re.compile(r"(?<![\w.-])([А-ЯЁ][а-яё]{3,}(?:-[А-ЯЁ][а-яё]+)?)(?![\w-])")


_CAPITAL_BEFORE = re.compile(r"[А-ЯЁA-Z][\w.-]*\s+$")
_CAPITAL_AFTER = re.compile(r"\s+[А-ЯЁA-Z]")


def listed_surname_spans(s: Sentence, blocked: list[tuple[int, int]]) -> list[Span]:
    """A word that reads as the surname of exactly one listed official and of no dictionary noun ("В повестку
    визита теперь уже Макрона ..."): a person named by the surname, whatever the tagger saw (the label keeps the
    text's surname, ``name_officials``)."""
    by_surname = _by_surname()
    out: list[Span] = []
    for m in _LONE_WORD.finditer(s.text):
        span = Span(s.start + m.start(), s.start + m.end())
        if any(a < span.stop and span.start < b for a, b in blocked):
            continue
        word = m.group(1)
        if _CAPITAL_BEFORE.search(s.text[: m.start()]) or _CAPITAL_AFTER.match(s.text[m.end() :]):
            continue  # "Сим Гук Рен", "Рафаэль Корреа Дельгадо": a word of a longer name the rules did not read
        names = {n for f in surname_forms(word) | {word} for n in by_surname.get(normalize_key(f), ())}
        # a dictionary word ("Макрона" is also the macron's) counts only inside the sentence, where its capital marks
        # a name, and not inside quotes, where it may be a title ("«Колонна»")
        opening = not s.text[: m.start()].strip(' «"„“—–-')
        if len(names) == 1 and not (
            _dictionary_word(word) and (opening or "«" in s.text[max(0, m.start() - 2) : m.start()])
        ):
            out.append(span)
    return out


def _dictionary_word(word: str) -> bool:
    """A word the dictionary knows as anything but a name ("Мира", "Лидера")."""
    known = [p for p in parses(word.lower()) if p.is_known]
    return bool(known) and not any({"Name", "Surn", "Patr", "Geox"} & set(p.tag.grammemes) for p in known)


def spelling_variants(persons: dict[str, Person]) -> list[tuple[Person, Person]]:
    """Persons labelled by two spellings the list gives one official ("Сооронбай Жеенбеков" in a headline,
    "Сооронбай Жээнбеков" in the body), each with the one it is: the person spelt as the list's own name, else the
    one the text names most."""
    by_official: dict[str, list[Person]] = {}
    for person in persons.values():
        names = {o.name for o in officials().get(normalize_key(person.name), [])}
        if len(names) == 1:
            by_official.setdefault(names.pop(), []).append(person)
    pairs: list[tuple[Person, Person]] = []
    for main, group in by_official.items():
        spelt = [p for p in group if normalize_key(p.name) == normalize_key(main)]
        target = spelt[0] if spelt else max(group, key=lambda p: len(p.mentions))
        pairs += [(p, target) for p in group if p is not target]
    return pairs


def _main_spelling_written(person: Person, listed: list[Official]) -> str | None:
    """The list's own spelling of a person labelled by a variant, when the text writes it as well, as often as the
    variant or more."""
    names = {o.name for o in listed}
    if len(names) != 1 or normalize_key(next(iter(names))) == normalize_key(person.name):
        return None
    main = names.pop()
    written = [normalize_key(m.text) for m in person.mentions]
    return (
        main
        if written.count(normalize_key(main)) >= max(1, written.count(normalize_key(person.name)))
        else None
    )


def _readings(person: Person) -> set[str]:
    keys: set[str] = set()
    for mention in person.mentions:
        words = mention.text.split()
        if len(words) < 2:
            continue
        # a word the name reader swallowed before the first name ("Президент Турменистана Сердар ...")
        for lead in words[: min(2, len(words) - 1)]:
            for first in first_name_forms(lead) | {lead}:
                for last in surname_forms(words[-1]) | {words[-1]}:
                    keys.add(normalize_key(f"{first} {last}"))
        if 3 <= len(words) <= 4:
            # "Абдель Фаттаха ас-Сиси": every word read in the nominative, the middle ones as first names
            readings = [""]
            for n, word in enumerate(words):
                forms = surname_forms(word) if n == len(words) - 1 else first_name_forms(word)
                readings = [f"{r} {f}".strip() for r in readings for f in sorted(forms | {word})][:256]
            keys |= {normalize_key(r) for r in readings}
    return keys


def _relabel(person: Person, name: str) -> None:
    """The label only: the person's key (and so its IRI within the article) stays as the mentions know it."""
    words = name.split()
    person.name, person.first, person.last = name, words[0], words[-1]
    person.middle = " ".join(words[1:-1])


# "глава Беларуси", "Главы Республики Беларусь": a head named by the state alone
_HEAD_OF_STATE_WORD = re.compile(r"(?i)\bглав(?:а|ы|е|у|ой)\s+$")


def posts_from_descriptions(article: Article) -> None:
    """ "После выступления президента Казахстана ... Токаев пошутил": a title the text gives without a
    name stands for the one person of the article who held that post that year, by the gazetteer,
    when no one holds it by the text. The post is stated (by the title), only its holder is inferred."""
    table = officials()
    when = reference_date(article)
    year = when.year if when else None
    for s in article.sentences:
        for role, country, span in described_posts(article, s):
            if _held_by_text(article, role, country):
                continue
            holders = [
                person
                for person in article.persons.values()
                if any(
                    o.role == role and o.country == country and o.in_office(year)
                    for o in table.get(normalize_key(person.name), [])
                )
            ]
            if not holders and year is None:
                # a text with no date ("первый визит Президента Кыргызской Республики" beside "Сооронбай
                # Жээнбеков"): the one person named who ever held the post and has no title by the text
                holders = [
                    person
                    for person in article.persons.values()
                    if not person.posts
                    and any(
                        o.role == role and o.country == country
                        for o in table.get(normalize_key(person.name), [])
                    )
                ]
            if not holders and role == "regional_head":
                holders = _protagonist_without_post(article, span.start) or _headline_subject(article, s)
            if not holders and ENVOY_TITLE.search(article.text[span.start : span.stop]):
                holders = _named_after_untitled(article, span)
            if len(holders) == 1:
                holders[0].posts.append(
                    PostFact(role=role, country=country, organization=None, sentence=s.index, evidence=span)
                )


def _protagonist_without_post(article: Article, before: int) -> list[Person]:
    """ "Алексей Цыденов получил орден ... После Глава Бурятии провел встречу": a region's head no one holds, by
    the text or the gazetteer, stands for the person the text tells most of, when that person has no post of their own
    and was named before it (twice at least, and more often than anyone else)."""
    counts = sorted(
        ((len(p.mentions), p) for p in article.persons.values() if any(m.start < before for m in p.mentions)),
        key=lambda pair: -pair[0],
    )
    if not counts or counts[0][0] < 2 or (len(counts) > 1 and counts[1][0] == counts[0][0]):
        return []
    top = counts[0][1]
    return [] if top.posts else [top]


_POSSESSED_BEFORE = re.compile(
    r"(?i)\b(?:резиденци|посольств|консульств|квартир|дом|офис|кабинет|аппарат|пресс-служб|супруг|жен)\w*\s+"
    r"(?:[а-яё-]+(?:ого|его|ой|ей)\s+){0,2}$"
)
# an envoy's title word: an ambassador, a consul, a chargé d'affaires, an attaché


def _named_after_untitled(article: Article, span: Span) -> list[Person]:
    """ "Новый генеральный консул Монголии получил экзекватуру ... В свою очередь, Азад Баатарцогт отметил": an
    envoy's title told without a name stands for the one person the text names next, within two sentences, and
    gives no title at all."""
    first_after = {
        key: min(m.start for m in p.mentions)
        for key, p in article.persons.items()
        if p.mentions and not p.posts
    }
    after = [key for key, start in first_after.items() if start > span.stop]
    if len(after) != 1 or any(start < span.start for start in first_after.values()):
        return []
    told, named = (
        article.sentences[sentence_of(article, span.start)],
        sentence_of(article, first_after[after[0]]),
    )
    if _POSSESSED_BEFORE.search(article.text[told.start : span.start]):
        return []  # "в резиденции российского посла": the owner of something, not the one told of
    return [article.persons[after[0]]] if named - told.index <= 2 else []


def _headline_subject(article: Article, s: Sentence) -> list[Person]:
    """ "Самарский губернатор побывал в Китае" over a body that names him without a title: a headline's title
    stands for the one person of the article with no post of their own."""
    if s.index not in article.headlines or article.mentions_in(s.index):
        return []
    untitled = [p for p in article.persons.values() if p.mentions and not p.posts]
    return untitled if len(untitled) == 1 else []


def described_posts(article: Article, s: Sentence) -> list[tuple[str, str, Span]]:
    """(role, state, span) of the titles in a sentence whose state is named beside them."""
    out = []
    for match in find_roles(s.text):
        start, stop = s.start + match.start, s.start + match.stop
        if _of_another_person(s, start):
            continue  # "спецпосланник президента США": part of another person's title
        country = _state_beside(article, start, stop, match.role)
        if country:
            out.append((match.role, country, Span(start, stop)))
    for place in article.places_in(s.start, s.stop):
        head = place.iso and _HEAD_OF_STATE_WORD.search(article.text[s.start : place.start])
        if head and place.kind == "country":
            out.append(("head_of_state", place.iso, Span(place.start, place.stop)))
        elif head and place.kind == "region":
            out.append(("regional_head", place.iso, Span(place.start, place.stop)))  # "Глава Бурятии"
    return out


def _of_another_person(s: Sentence, start: int) -> bool:
    """The title is the genitive complement of a noun that names a person ("помощником президента")."""
    index = next((t.index for t in s.tokens if t.start >= start), None)
    if not index:
        return False
    previous = s.tokens[index - 1]
    if previous.pos not in ("NOUN", "PROPN"):
        return False
    return previous.feats.get("Animacy") == "Anim" or any(
        "NOUN" in p.tag and "anim" in p.tag for p in parses(previous.text.lower())[:1]
    )


def _state_beside(article: Article, start: int, stop: int, role: str) -> str | None:
    """The state of a title: an adjective right before it ("белорусский лидер") or a state name right
    after it ("министр иностранных дел Японии"); a regional head's, the region's state ("губернатор Приморья")."""
    before = [
        p
        for p in article.places_in(max(0, start - 30), start)
        if p.iso and (p.kind == "adjective" or p.kind == "region" and _ADJECTIVE.search(p.text))
    ]  # "белорусский лидер", "Самарский губернатор"
    if before and not article.text[before[-1].stop : start].strip():
        return before[-1].iso
    # after the title, a state's name ("министр иностранных дел Японии"), not an adjective of what follows it
    # ("Лидер региона дал интервью венгерскому гостю")
    kinds = ("country", "region") if role == "regional_head" else ("country",)
    after = [p for p in article.places_in(stop, stop + 40) if p.kind in kinds and p.iso]
    # "министр транспорта Казахстана": the ministry's area may stand between; not "губернатор побывал в Китае"
    between = article.text[stop : after[0].start] if after else ""
    if (
        after
        and re.fullmatch(r"\s*(?:[а-яё]+\s+){0,3}?(?:Республики\s+)?", between)
        and not _PREPOSITION.search(between)
    ):
        return after[0].iso
    return None


_ADJECTIVE = re.compile(r"(?i)(?:ский|цкий|ской|ая|ое|ий|ый)$")
_PREPOSITION = re.compile(r"(?i)(?:^|\s)(?:в|во|на|из|с|со|по|к|ко|у|до|от|для|при|за|через)\s")


def _held_by_text(article: Article, role: str, country: str) -> bool:
    return any(
        p.role == role and p.country == country for person in article.persons.values() for p in person.posts
    )


def listed_posts(article: Article, person: Person) -> list[Official]:
    """The posts with a state the officials gazetteer gives the person in the article's year (with no year, posts
    still held)."""
    when = reference_date(article)
    year = when.year if when else None
    return [o for o in _listed(person) if o.in_office(year) and o.country]


def listed_ever(person: Person) -> list[Official]:
    """Every post with a state the officials gazetteer gives the person, in any year."""
    return [o for o in _listed(person) if o.country]


def listed_for_the_text(article: Article, person: Person) -> list[Official]:
    """The posts with a state the person held in the article's year; in a text of no known year, in any year (a
    title the text gives is told of its own day, whichever it was: "главы государств Кучма и Назарбаев")."""
    return listed_posts(article, person) if reference_date(article) else listed_ever(person)


def posts_of_untitled_officials(article: Article) -> None:
    """ "Садыр Жапаров и Владимир Путин" under a photo, "Эрдоган заявил": a person the text gives no title
    at all holds the one post the officials gazetteer gives that name in the article's year (with no
    year, a post still held). Readers take such posts as plainly implied."""
    for person in article.persons.values():
        if person.posts or not person.mentions:
            continue
        held = listed_posts(article, person)
        if len({(o.role, o.country) for o in held}) != 1:
            continue
        titled = _states_titled(article, person)
        if titled and held[0].country not in titled:
            continue
        first = min(person.mentions, key=lambda m: m.start)
        person.posts.append(
            PostFact(
                role=held[0].role,
                country=held[0].country,
                organization=None,
                sentence=first.sentence,
                evidence=Span(first.start, first.start),  # stated by no words of the text
            )
        )


def _states_titled(article: Article, person: Person) -> set[str]:
    """The states named in the titles the text gives the person as common nouns in apposition: one the name
    follows ("с секретарем Харьковского городского совета Александром Новаком"), or one after the name and a comma
    ("X, глава общества"). A namesake the officials gazetteer lists for another state is then someone else."""
    states: set[str] = set()
    for m in person.mentions:
        tokens = article.sentences[m.sentence].tokens
        after = article.text[m.stop : m.stop + 2].lstrip().startswith(",")
        for x in (t for t in tokens if m.start <= t.start < m.stop):
            titles = [c for c in children(tokens, x, "appos") if c.start >= m.stop and after]
            if x.rel == "appos" and x.head >= 0 and tokens[x.head].stop <= m.start:
                titles.append(tokens[x.head])
            for t in titles:
                if t.pos == "NOUN" and t.text[:1].islower():
                    inside = subtree(tokens, t)
                    stop = min(inside[-1].stop, m.start) if inside[0].start < m.start else inside[-1].stop
                    states |= {p.iso for p in article.places_in(inside[0].start, stop) if p.iso}
    return states
