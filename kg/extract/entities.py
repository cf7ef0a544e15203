"""Stage 2: people. natasha's NER finds name spans; names are normalized here and
every mention (inflected, surname only, initials, first name + patronymic) is
clustered into one Person per article.
"""

from __future__ import annotations

import re
from dataclasses import replace

from kg.extract.gazetteer import Match, find_roles
from kg.extract.model import Article, Mention, Person
from kg.extract.morph import (
    FINAL_PARTICLES,
    NameParts,
    east_asian_surnames,
    first_name_forms,
    is_initial,
    is_patronymic,
    may_be_womans_first_name,
    normalize_name,
    one_slip,
    parses,
    restore_case,
    surname_forms,
    swapped_letters,
)
from kg.extract.namecontext import after_listed_state, case_evidence
from kg.extract.names import (
    RawName,
    common_noun,
    find_name_spans,
    is_particle,
    may_be_mononym,
    monarch_named,
    name_tokens,
)
from kg.extract.nominatives import nominative_surname
from kg.extract.officials import is_officials_surname, spelling_variants
from kg.extract.syntax import token_at
from kg.keys import normalize_key


def find_persons(article: Article, ner) -> None:
    persons: dict[str, Person] = {}
    pending: list[tuple[RawName, list[str]]] = []
    # by person (its id: keys change on a relabel): the reading its best-evidenced mention gives
    readings: dict[int, tuple[float, NameParts]] = {}
    # full names first, so that later short mentions have something to attach to
    cut = _cut_at(article)
    for raw in find_name_spans(article, ner):
        if raw.stop >= cut and not _written_whole_elsewhere(article.text, raw):
            whole = _completed_by_prefix(persons, raw.tokens[-1])
            if (
                whole is not None
            ):  # "... Реджепом Тайипом Эрдогано": the one named before whose surname it starts
                _mention(article, whole, raw)
                continue
            raw = RawName(raw.start, raw.stop, raw.tokens[:-1])  # "... — Ильхамом Алие": the word is cut off
            if not raw.tokens:
                continue
        names = [t for t in raw.tokens if not is_initial(t)]
        if names and names[0].lower() in _PLACE_NOUNS:
            continue  # "Плато Устюрт", "Озеро Балхаш": a place the tagger took for a person
        # a long title's complement ("главой министерства внутренней и внешней торговли Сербии Томиславом
        # Момировичем") still makes the word in -вич a surname
        titled = len(names) == 2 and (
            _after_role_title(article, raw, reach=90)
            or after_listed_state(article, raw.start)
            or _item_of_a_list_of_states(article, raw)
        )
        patronymic_only = (
            len(names) == 2
            and is_patronymic(names[1])
            and not (re.search(r"(?i)ич$", names[1]) and may_be_womans_first_name(names[0]))
            and not titled
        )
        if len([n for n in names if not is_particle(n)]) < 2 or patronymic_only:
            pending.append((raw, names))
            continue
        # "Лула да Силва" after "Луис Инасиу Лула да Силва": the same one, as written (a short form told before the
        # full one is not linked here)
        longer = _tail_of_a_longer_name(persons, names)
        if longer is not None:
            _mention(article, longer, raw)
            continue
        hint, prior = case_evidence(article, raw)
        parts = normalize_name(names, hint, prior)
        if titled and parts is not None and not parts.last and parts.patronymic:
            parts = replace(parts, last=parts.patronymic, patronymic="")  # the surname of a titled official
        if parts is None or not parts.last:
            pending.append((raw, names))
            continue
        person = (
            _find_person(persons, parts.first, parts.last)
            or _find_by_forms(persons, names)
            or _add_person(persons, parts)
        )
        weight = max(prior.values(), default=0.0) if prior else 0.0
        if weight > readings.get(id(person), (-1.0, None))[0]:
            readings[id(person)] = (weight, parts)
        if parts.patronymic and not person.patronymic:
            person.patronymic = parts.patronymic
        _mention(article, person, raw)
    for person in list(persons.values()):
        if id(person) in readings:
            _take_the_best_evidenced_reading(persons, person, readings[id(person)][1])
    for raw, names in pending:
        person = _resolve_short(persons, raw.tokens, names) or _short_person(article, persons, raw, names)
        if person is not None:
            _mention(article, person, raw)
    _consolidate(persons)
    _join_case_readings(persons)
    _merge_short_forms(persons)
    _relabel_by_written_surname(persons)
    _join_slips(persons)  # after the relabel: each spelling's own nominative is what the two compare
    _initials_told_elsewhere(persons)
    for person, target in spelling_variants(persons):
        _absorb(persons, person, target)
    article.mentions.sort(key=lambda m: m.start)
    article.persons = persons
    _genders_from_verbs(article)


def places_outside_names(article: Article) -> list:
    """The places found, but a city inside a person's name ("посол Израиля Джоэль Лион"): once the names are read,
    a city word inside one is part of it."""
    names = [m for m in article.mentions if not m.descriptor]
    return [
        p
        for p in article.places
        if p.kind != "city" or not any(m.start <= p.start and p.stop <= m.stop for m in names)
    ]


# common nouns of places that open a place's name and never a person's
_PLACE_NOUNS = frozenset(
    [
        "плато",
        "озеро",
        "озера",
        "река",
        "реки",
        "гора",
        "горы",
        "остров",
        "острова",
        "залив",
        "пустыня",
        "полуостров",
        "ущелье",
        "долина",
        "хребет",
        "море",
        "пролив",
        "канал",
        "перевал",
        "заповедник",
    ]
)


def _merge_short_forms(persons: dict[str, Person]) -> None:
    """ "Мухаммед Аль Нахайян" beside "Мухаммед бин Заед Аль-Нахайян": a name whose words are the longer
    name's first and last words with some of those between, in order, is the same person told shorter."""
    words = {key: normalize_key(p.name).replace("-", " ").split() for key, p in persons.items()}
    for key in sorted(words, key=lambda k: len(words[k])):
        short = words[key]
        longer = [
            other
            for other, theirs in words.items()
            if other in persons
            and len(theirs) > len(short) >= 2
            and (theirs[0], theirs[-1]) == (short[0], short[-1])
            and _in_order(short, theirs)
        ]
        if len(longer) == 1:
            _absorb(persons, persons[key], persons[longer[0]])


def _in_order(words: list[str], within: list[str]) -> bool:
    rest = iter(within)
    return all(w in rest for w in words)


def _cut_at(article: Article) -> int:
    """Where a text that stops mid-word ends (an excerpt, a feed's teaser): past the end if it does not."""
    text = article.text.rstrip()
    last = article.sentences[-1] if article.sentences else None
    if not text or not text[-1].isalpha() or last is None or len(last.text.split()) < 5:
        return len(article.text) + 1
    return len(text)


def _written_whole_elsewhere(text: str, raw: RawName) -> bool:
    """The last word of a text with no full stop is whole when the text writes it elsewhere as it is or with a
    case ending ("Януковичу пообещали ..." above "..., сказал президент Виктор Янукович")."""
    word = raw.tokens[-1] if raw.tokens else ""
    pattern = re.compile(rf"(?<![\w-]){re.escape(word)}(?:а|у|ом|ем|ым|е|ой|ы)?(?![\w-])")
    return len(word) >= 4 and any(m.start() != raw.stop - len(word) for m in pattern.finditer(text))


def _completed_by_prefix(persons: dict[str, Person], cut_word: str) -> Person | None:
    """The one person already named whose surname the word cut off at the end of the text begins."""
    stem = cut_word.lower()[: max(4, len(cut_word) - 2)]
    found = [p for p in persons.values() if p.last and len(cut_word) >= 4 and p.last.lower().startswith(stem)]
    return found[0] if len(found) == 1 else None


def _state_right_before(article: Article, raw: RawName) -> Match | None:
    """The state named right before the name, one space away ("... Уругвай Альмагро", "Беларуси Игорь ...")."""
    return next((p for p in article.places if p.kind == "country" and 0 < raw.start - p.stop <= 1), None)


def _after_a_states_title(article: Article, raw: RawName, word: str) -> bool:
    """ "с министром иностранных дел Восточной Республики Уругвай Альмагро": one word the tagger read as a person,
    right after a title that ends in its state, no dictionary noun, is the official's surname."""
    state = _state_right_before(article, raw)
    return (
        state is not None
        and len(word) >= 4
        and not common_noun(word)
        and _after_role_title(article, raw, reach=90)
    )


def _item_of_a_list_of_states(article: Article, raw: RawName) -> bool:
    """ "министры ... Азербайджана Рамиль Усубов, Беларуси Игорь Шуневич": a name right after a state that
    opens an item of a list is an official's, named by a surname (no patronymic)."""
    state = _state_right_before(article, raw)
    return (
        state is not None
        and re.search(r"(?:,|\sи)\s+$", article.text[max(0, state.start - 4) : state.start]) is not None
    )


def _after_role_title(article: Article, raw: RawName, reach: int = 50) -> bool:
    """ "Президент Латвии Эдгар Ринкевич": an official after a title is named by a surname, so a word in -евич
    there is one, not a patronymic."""
    sentence = next((s for s in article.sentences if s.start <= raw.start < s.stop), None)
    if sentence is None:
        return False
    before = article.text[max(sentence.start, raw.start - reach) : raw.start]
    roles = find_roles(before)
    # "главой министерства внутренней и внешней торговли Сербии X"; not "губернатора ... с руководством X"
    return bool(roles) and not re.search(
        r"(?i)[,.;:]|\b(?:с|со|к|от|для|при|о|об|за)\s", before[roles[-1].stop :]
    )


def _consolidate(persons: dict[str, Person]) -> None:
    """One person read under two cases ("Сергея Лавров" beside "Сергей Лавров", "Эммерсона Мнангагвы"
    beside "Эммерсон Мнангагва"): when the text writes a name in the nominative somewhere and the other
    reading's forms reach it, the other reading joins it."""
    for key in list(persons):
        person = persons.get(key)
        if person is None:
            continue
        target = next(
            (
                other
                for other in persons.values()
                if other is not person
                and other.first
                and other.last
                and _attested(other)
                and _reaches(person, other)
            ),
            None,
        )
        if target is not None:
            _absorb(persons, person, target)


def _join_case_readings(persons: dict[str, Person]) -> None:
    """ "Г.Науседа" read as a genitive beside "Г.Науседы" read right: two persons with the same first name or
    initial whose written surnames all reach one written form are one person told in two cases (the label is
    then the written form, by ``_relabel_by_written_surname``). Not without a first name: "Алиев" and
    "Алиева" may be two people."""
    for key in sorted(persons):
        person = persons.get(key)
        if person is None or not person.first:
            continue
        mine = _written_surnames(person)
        for other in [p for p in persons.values() if p is not person and p.first]:
            if normalize_key(other.first) != normalize_key(person.first):
                continue
            written = mine | _written_surnames(other)
            if mine and written != mine and any(_reached_by_all(w, written) for w in written):
                _absorb(persons, other, person)
                mine = written


def _join_slips(persons: dict[str, Person]) -> None:
    """ "Петр Порошено" beside "Петром Порошенко", "Аскарбек Джаныбков" beside "Аскарбека Джаныбекова": one first
    name with surnames one slip apart is one person, though neither spelling stands in the nominative where the
    other could reach it; the form written more often (or first) names him."""
    for key in sorted(persons):
        person = persons.get(key)
        if person is None or not person.first or is_initial(person.first):
            continue
        first, last = normalize_key(person.first), normalize_key(person.last)
        for other in [p for p in persons.values() if p is not person and p.first and p.last]:
            other_last = normalize_key(other.last)
            if (
                normalize_key(other.first) == first
                and _name_slip(last, other_last)
                and last.rstrip("а") != other_last.rstrip("а")  # "Алиев" and "Алиева" may be two people
                and _written_more(other, person)
            ):
                _absorb(persons, person, other)
                break


def _written_surnames(person: Person) -> set[str]:
    return {tokens[-1] for m in person.mentions if (tokens := _name_tokens(m.text))}


def _absorb(persons: dict[str, Person], person: Person, target: Person) -> None:
    """``person`` was ``target`` read another way: its mentions go to ``target`` and it goes."""
    for mention in person.mentions:
        mention.person = target.key
    target.mentions += person.mentions
    target.patronymic = target.patronymic or person.patronymic
    del persons[person.key]


def _take_the_best_evidenced_reading(persons: dict[str, Person], person: Person, parts: NameParts) -> None:
    """ "эмиссар Ким Чен Ына" in a headline (no title tells its case) and "лидера КНДР Ким Чен Ына" in the body
    (the title's genitive does) are one person: the label is the reading its best-evidenced mention gives."""
    if not parts.last or normalize_key(parts.last) == normalize_key(person.last):
        return
    if normalize_key(parts.first or "") != normalize_key(person.first or ""):
        return  # another first name is another reading of the whole name, not of its case
    if _rename(persons, person, parts.full):
        person.last, person.middle = parts.last, parts.middle


def _rename(persons: dict[str, Person], person: Person, name: str) -> bool:
    """Give ``person`` the label ``name`` and its key, unless another person holds it."""
    new_key = normalize_key(name)
    if new_key in persons and persons[new_key] is not person:
        return False
    del persons[person.key]
    person.key, person.name = new_key, name
    persons[new_key] = person
    for mention in person.mentions:
        mention.person = new_key
    return True


def _relabel_by_written_surname(persons: dict[str, Person]) -> None:
    """A surname the text also writes in the form every other mention reaches is the nominative
    ("с Р. Голамрезаяном ... Р. Голамрезаян подтвердил"): the label takes it, not a case form."""
    for key in list(persons):
        person = persons[key]
        written = {tokens[-1] for m in person.mentions if (tokens := _name_tokens(m.text))}
        told = nominative_surname(person)  # "Мирослав Енча" beside "Мирослава Енча", read as "Енч"
        if not told and (len(written) < 2 or _reached_by_all(person.last, written)):
            continue  # the label is a reading of every written form: nothing the text says against it
        nominative = told or next((w for w in sorted(written) if _reached_by_all(w, written)), None)
        if nominative is None or normalize_key(nominative) == normalize_key(person.last):
            continue
        first = _first_name_of_a_man(person.first) if _MANS_SURNAME.search(nominative) else person.first
        name = " ".join(p for p in (first, person.middle, nominative) if p)
        # another person holding that name is _consolidate's business, not a relabel
        if _rename(persons, person, name):
            person.last, person.first = nominative, first


# the nominative of a man's surname of a Russian shape ("Беглов", "Корнилин", "Маевский")
_MANS_SURNAME = re.compile(r"(?:ов|ев|ёв|ин|ын|ский|цкий|ской)$")


def _first_name_of_a_man(first: str) -> str:
    """ "Александра" beside the nominative "Беглов": the genitive of "Александр", not a woman's name (an outlet's
    case slip, "губернатором Александра Беглова", read as a woman before the surname was told again)."""
    readings = [p for p in parses(first.lower()) if "Name" in p.tag]
    if not any(p.tag.gender == "femn" and p.tag.case == "nomn" for p in readings):
        return first
    mans = {p.normal_form for p in readings if p.tag.gender == "masc" and p.tag.case in ("gent", "accs")}
    return restore_case(first, mans.pop()) if len(mans) == 1 else first


def _initials_told_elsewhere(persons: dict[str, Person]) -> None:
    """ "на встрече с Зурабовым ... М.Зурабов обратился": a person named by the surname alone takes the one
    initial another mention writes, as the fullest form the text gives."""
    for key in list(persons):
        person = persons[key]
        if person.first:
            continue
        initials = {
            tokens[0][0].upper()
            for m in person.mentions
            if (tokens := [t for t in name_tokens(m.text) if is_initial(t)])
        }
        if len(initials) != 1:
            continue
        name = f"{initials.pop()}. {person.last}"
        new_key = normalize_key(name)
        if new_key in persons:
            continue
        person.first, person.name, person.key = name.split()[0], name, new_key
        del persons[key]
        persons[new_key] = person
        for mention in person.mentions:
            mention.person = new_key


def _reached_by_all(surname: str, written: set[str]) -> bool:
    key = normalize_key(surname)
    return all(
        normalize_key(w) == key or key in {normalize_key(f) for f in surname_forms(w)} for w in written
    )


def _name_tokens(text: str) -> list[str]:
    """A mention's name words, initials (glued ones too: "С.В.Лаврова") and particles apart."""
    return [t for t in name_tokens(text) if not is_initial(t) and not is_particle(t)]


def _surname_written(text: str) -> str:
    """The last name word as written, with a Turkic particle after it: "Эсенгул уулу" in "Чынгыза Эсенгул уулу"
    is the indeclinable surname."""
    words = [t for t in name_tokens(text) if not is_initial(t)]
    if len(words) >= 2 and words[-1].lower() in FINAL_PARTICLES:
        return f"{words[-2]} {words[-1]}"
    return words[-1] if words else ""


def _attested(person: Person) -> bool:
    """The text writes this person's name as it is labelled (the nominative, not a case form); a person
    named by initials ("А. Хоссейнзадеган") by the surname as labelled."""
    if is_initial(person.first):
        return any(
            [normalize_key(t) for t in _name_tokens(m.text)] == [normalize_key(person.last)]
            for m in person.mentions
        )
    label = normalize_key(f"{person.first} {person.last}")
    for m in person.mentions:
        tokens = _name_tokens(m.text)
        if len(tokens) >= 2 and normalize_key(f"{tokens[0]} {_surname_written(m.text)}") == label:
            return True
    return False


def _reaches(person: Person, other: Person) -> bool:
    """Some mention of ``person`` may stand for ``other``'s name in another case."""
    if (
        person.first
        and other.first
        and normalize_key(person.first) == normalize_key(other.first)
        and normalize_key(person.last) == normalize_key(other.last)
    ):
        return True
    label_first, label_last = normalize_key(other.first), normalize_key(other.last)
    # "Грубангулы Бердымухамедова" beside "Гурбангулы Бердымухамедов", "Модиче" beside "Модисе": a typo, named by
    # the form written more often, or first
    first, last = normalize_key(person.first), normalize_key(person.last)
    slip = (last == label_last and _name_slip(first, label_first)) or (
        first == label_first and _name_slip(last, label_last) and last.rstrip("а") != label_last.rstrip("а")
    )
    if slip and _better_spelled(other, person):
        return True
    # "Сиссоко Эмбало" beside "Умару Сиссоку Эмбало": a three-part name told again by its last two parts
    middle = normalize_key(other.middle) if len(other.middle.split()) == 1 else ""
    if middle and not person.middle and last == label_last and (first == middle or _name_slip(first, middle)):
        return True
    if is_initial(other.first):  # "А. Хоссейнзадеганом" beside "А. Хоссейнзадеган"
        forms = {normalize_key(f) for f in surname_forms(person.last)}
        return normalize_key(person.first) == label_first and label_last in forms
    for m in person.mentions:
        tokens = _name_tokens(m.text)
        if len(tokens) < 2:
            continue
        firsts = {normalize_key(f) for f in first_name_forms(tokens[0])}
        lasts = {normalize_key(f) for f in surname_forms(tokens[-1])} | {
            normalize_key(_surname_written(m.text))
        }
        if label_first in firsts and label_last in lasts:
            return True
    return False


def _genders_from_verbs(article: Article) -> None:
    """ "Лю Цзянпин передала ...": a past verb agrees with its subject in gender, which a foreign name hides."""
    for m in article.mentions:
        s = article.sentences[m.sentence]
        following = next((t for t in s.tokens if t.start >= m.stop), None)
        if (
            following is not None
            and following.pos == "VERB"
            and following.feats.get("Tense") == "Past"
            and following.feats.get("Number") == "Sing"
        ):
            gender = {"Fem": "femn", "Masc": "masc"}.get(following.feats.get("Gender", ""))
            person = article.persons[m.person]
            if gender and person.gender != gender and not person.patronymic:
                person.gender = gender


def _mention(article: Article, person: Person, raw: RawName) -> None:
    sentence = next((s.index for s in article.sentences if s.start <= raw.start < s.stop), -1)
    mention = Mention(raw.start, raw.stop, article.text[raw.start : raw.stop], sentence, person.key)
    person.mentions.append(mention)
    article.mentions.append(mention)


def _short_person(
    article: Article, persons: dict[str, Person], raw: RawName, names: list[str]
) -> Person | None:
    """A person the article names only by initials and surname ("А.Арипов") or by a known surname alone
    ("передал слово Лебедеву"): the label keeps what the text gives."""
    initials = [t for t in raw.tokens if is_initial(t)]
    if (
        not initials
        and len(names) == 1
        and any(r.start == 0 and r.stop == len(names[0]) for r in find_roles(names[0].lower()))
    ):
        return None  # "уважаемый господин Посол": a title addressed, no surname
    # "президент ОАЭ Аль Нахайян": the Arabic article stays with the one word of the family name
    arabic = names[0] if len(names) == 2 and names[0] in ("Аль", "Эль") else ""
    names = names[1:] if arabic else names
    words = len(raw.tokens) - bool(arabic)
    # initials make any surname a person's ("З. Ахмед", "Р. Сингх"); alone, a surname must look like one
    titled = (  # "император Нарухито": one name after a title
        not initials
        and words == 1
        # "с главой Евросовета Коштой": a surname only listed officials bear, after a title
        and (
            may_be_mononym(names[0])
            or len(names[0]) >= 4
            and is_officials_surname(names[0])
            or monarch_named(article.text, raw.start, names[0])
        )
        and _after_role_title(article, raw)
        # "с министром иностранных дел Восточной Республики Уругвай Альмагро": a surname right after the state
        or not initials
        and words == 1
        and _after_a_states_title(article, raw, names[0])
    )
    if (
        len(names) != 1
        or not (
            initials
            or titled
            or _surname_by_context(article, raw)
            or _known_surname(names[0])
            # "визита теперь уже Макрона": a surname only one listed official bears, and no word of a longer name
            # the text gives ("Рафаэль Корреа Дельгадо ... Корреа относят к ...")
            or len(names[0]) >= 4
            and is_officials_surname(names[0])
            and not any(names[0] in p.name.split()[:-1] for p in persons.values())
        )
        or not (_proper_noun(article, raw) or _glued_to_an_initial(article, raw))
    ):
        return None
    if not initials and words != 1:
        return None
    if titled and monarch_named(article.text, raw.start, names[0]):
        # "шейх Мохаммед" in the headline, "шейх Мухаммед бен Заид Аль Нахайян" in the body: one monarch
        named = [p for p in persons.values() if _same_first_name(p.first, names[0])]
        if len(named) == 1:
            return named[0]
    hint, prior = case_evidence(article, raw)
    # after initials, and alone when it has a surname's shape, the word is a surname
    surname = not titled or _known_surname(names[0]) or _surname_by_context(article, raw)
    parts = normalize_name(initials[:1] + names, hint, prior, surname=surname)
    if parts is None or not parts.last:
        return None
    first = " ".join(initials[:1])  # "А. Арипов"; a patronymic initial is dropped like a patronymic
    parts.first = first
    parts.middle = arabic or parts.middle
    return _find_person(persons, first, parts.last) or _add_person(persons, parts)


def _same_first_name(first: str, word: str) -> bool:
    """ "Мухаммед" and "Мохаммеда": the same first name in another spelling or case (its first five letters, о
    read as у)."""

    def fold(x: str) -> str:
        return normalize_key(x).replace("о", "у")[:5]

    return len(word) >= 5 and bool(first) and fold(first) == fold(word)


# "г-ном Ишаевым", "господина Коидзуми", "госпожа Ли": a word of address says the next capitalised word is a
# person's surname, whatever its shape
_HONORIFIC_BEFORE = re.compile(
    r"(?i)(?<![\w-])(?:г-(?:н|на|ну|ном|не|жа|жи|же|жу|жой)|господ(?:ин|ина|ину|ином|ине)|"
    r"госпож(?:а|и|е|у|ой)|мистер(?:а|у|ом|е)?)\s+$"
)


def _surname_by_context(article: Article, raw: RawName) -> bool:
    """A word of address or a quotation's speech verb right before the word: it is a surname."""
    return bool(
        _HONORIFIC_BEFORE.search(article.text[max(0, raw.start - 20) : raw.start])
        or _SPEAKER_BEFORE.search(article.text[max(0, raw.start - 60) : raw.start])
    )


# «...», – сказал Кюнгерю: the one word after a quotation's speech verb is its speaker's surname
_SPEAKER_BEFORE = re.compile(
    r"[»\"”][,.!?…]?\s*[–—-]\s*(?:[а-яё]+\s+){0,2}?(?:сказал|заявил|отметил|подчеркнул|добавил|сообщил|"
    r"пояснил|уточнил|резюмировал)[аи]?\s+(?:[а-яё]+\s+){0,2}$"
)


def _proper_noun(article: Article, raw: RawName) -> bool:
    """The tagger reads the surname as a proper noun ("Казанская делегация" is an adjective)."""
    sentence = next((s for s in article.sentences if s.start <= raw.start < s.stop), None)
    tokens = token_at(sentence, raw.start, raw.stop) if sentence is not None else []
    words = [t for t in tokens if not is_initial(t.text) and t.text.isalpha()]  # "Сенько Ю.А.": the surname
    return bool(words) and words[-1].pos == "PROPN"


def _glued_to_an_initial(article: Article, raw: RawName) -> bool:
    """ "К.Молотом": a word glued to an initial is a surname, whatever noun the tagger reads in it."""
    return re.search(r"(?<![\w.])[А-ЯЁ]\.[А-ЯЁ][а-яё]", article.text[raw.start : raw.stop]) is not None


def _known_surname(word: str) -> bool:
    known = [p for p in parses(word.lower()) if p.is_known]
    if any("Surn" in p.tag for p in known):
        return True
    if any(p.tag.number == "plur" and p.tag.animacy == "anim" and find_roles(p.normal_form) for p in known):
        return False  # "супруги Президентов", "встреча Министров": a capitalised plural title, not a surname in -ов
    return bool(_SURNAME_SHAPE.search(word)) or bool(_SLAVIC_CONSONANT_SURNAME.search(word))


_SURNAME_SHAPE = re.compile(
    r"(?i)(?:ов|ев|ёв|ин|ын|ова|ева|ина|ский|цкий|енко|дзе|швили|ян|уулу|зода|заде)(?:а|у|ым|ом|е|ой|ого|ому|им)?$"
)
# Ukrainian and Belarusian "-чук", "-юк", South Slavic and Belarusian "-вич", "-ич" after a vowel or "ч"
# ("Оверчук", "Вучичем", "Лукашевичу"): the shapes no dictionary noun has in the singular of a capitalised word
_SLAVIC_CONSONANT_SURNAME = re.compile(r"(?:[чщ]ук|юк|вич|[аеиоуч]ич)(?:а|у|ом|ем|е)?$")


def _tail_of_a_longer_name(persons: dict[str, Person], names: list[str]) -> Person | None:
    """The one person named before whose full name ends with these words, written as they are ("Лула да Силва"
    after "Луис Инасиу Лула да Силва"). Not a name in the East Asian order, whose tail is the given name ("Чхон Ир"
    of "Им Чхон Ир")."""
    words = [normalize_key(n) for n in names]
    hits = [
        p
        for p in persons.values()
        if len(p.name.split()) > len(words)
        and [normalize_key(w) for w in p.name.split()[-len(words) :]] == words
        and p.name.split()[0] not in east_asian_surnames()
    ]
    return hits[0] if len(hits) == 1 else None


def _find_person(persons: dict[str, Person], first: str, last: str) -> Person | None:
    key_last = normalize_key(last)
    for p in persons.values():
        if normalize_key(p.last) == key_last and (
            not first or not p.first or normalize_key(p.first) == normalize_key(first)
        ):
            return p
    return None


def _find_by_forms(persons: dict[str, Person], names: list[str]) -> Person | None:
    """The same person under another reading of the case ("Маулена Ашимбаева" after "Мауленом Ашимбаевым")."""
    lasts = {normalize_key(f) for f in surname_forms(names[-1])}
    firsts = {normalize_key(f) for f in first_name_forms(names[0])}
    for p in persons.values():
        if normalize_key(p.last) in lasts and (not p.first or normalize_key(p.first.split()[0]) in firsts):
            return p
    return None


def _add_person(persons: dict[str, Person], parts) -> Person:
    name = parts.full
    key = normalize_key(name)
    person = Person(
        key=key,
        name=name,
        first=parts.first,
        last=parts.last,
        middle=parts.middle,
        patronymic=parts.patronymic,
        gender=parts.gender,
    )
    persons[key] = person
    return person


def _resolve_short(persons: dict[str, Person], tokens: list[str], names: list[str]) -> Person | None:
    """A surname alone, initials and a surname, or a first name and patronymic."""
    if not names:
        return None
    initials = [t[0] for t in tokens if is_initial(t)]
    if len(names) == 2 and is_patronymic(names[1]):
        forms = {normalize_key(f) for f in first_name_forms(names[0])}
        hits = [p for p in persons.values() if normalize_key(p.first) in forms]
        return hits[0] if len(hits) == 1 else None
    forms = {normalize_key(f) for f in surname_forms(names[-1])}
    hits = [p for p in persons.values() if normalize_key(p.last) in forms] or [
        # "с мэром Андреем Садовым ... Садовый подчеркнул": the nominative one of the written forms may stand for
        p
        for p in persons.values()
        if any(
            normalize_key(names[-1]) in {normalize_key(f) for f in surname_forms(w)}
            for w in _written_surnames(p)
        )
    ]
    if initials:
        hits = [p for p in hits if p.first[:1] == initials[0]] or hits
    if len(hits) == 1:
        return hits[0]
    if len(names) == 1:
        forms = {normalize_key(f) for f in first_name_forms(names[0])}
        hits = [p for p in persons.values() if normalize_key(p.first) in forms]
        return hits[0] if len(hits) == 1 else _surname_slipped(persons, names[0])
    return None


def _surname_slipped(persons: dict[str, Person], written: str) -> Person | None:
    """ "с консулом Детлефом Вольтером ... господин Вальтер": a surname alone one slip from the one person's
    surname the text gives in full is his ("Алиев" beside "Алиева" may be two people)."""
    forms = {normalize_key(f) for f in surname_forms(written)}
    hits = [
        p
        for p in persons.values()
        if p.first
        and any(_name_slip(f, normalize_key(p.last)) for f in forms)
        and all(f.rstrip("а") != normalize_key(p.last).rstrip("а") for f in forms)
    ]
    return hits[0] if len(hits) == 1 else None


def _name_slip(a: str, b: str) -> bool:
    """Two names of five letters or more one slip apart (shorter names differ by one letter as different names)."""
    return min(len(a), len(b)) >= 5 and one_slip(a, b)


def _better_spelled(person: Person, other: Person) -> bool:
    """Of two spellings one slip apart, the one whose first name the dictionary knows where the other has two
    letters swapped ("Александр" beside a caption's "Алексанрд"), else the one written more often, or first."""
    known, other_known = _known_first(person), _known_first(other)
    if known != other_known and swapped_letters(normalize_key(person.first), normalize_key(other.first)):
        return (
            known  # a typing slip; a letter for a letter may be another language's form ("Михеил", "Михаил")
        )
    return _written_more(person, other)


def _known_first(person: Person) -> bool:
    return any("Name" in p.tag and p.is_known for p in parses(person.first.lower()))


def _written_more(person: Person, other: Person) -> bool:
    """``person``'s form stands more often in the text than ``other``'s, or as often and first."""

    def weight(p: Person) -> tuple[int, int]:
        return len(p.mentions), -min((m.start for m in p.mentions), default=0)

    return weight(person) > weight(other)
