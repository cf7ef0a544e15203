"""Where persons are named: natasha's NER spans, mended and completed.

NER spans are cut at line and sentence breaks, joined where natasha splits one
name in two, extended to initials and to a first name it dropped, trimmed of
places and titles, and split where the syntax tree shows two names side by side
("с послом Йемена Мохаммедом Алашаби Гульшара Абдыкаликова отметила": two
heads). Rules add the names NER misses: a known first name before a surname,
capitalised words right after a title, East Asian names from a family-name
list. Name particles ("бен", "аль", "фон дер", "уулу") stay inside a name.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from kg.extract import layout
from kg.extract.eastasian import east_asian_family, east_asian_spans, without_glued_verb
from kg.extract.gazetteer import HONORIFIC, find_roles
from kg.extract.model import Article, Sentence, Span
from kg.extract.morph import (
    FINAL_PARTICLES,
    INITIAL,
    INITIAL_LETTERS,
    INNER_PARTICLES,
    east_asian_surnames,
    is_initial,
    is_patronymic,
    is_regnal_numeral,
    parses,
    surname_forms,
)
from kg.extract.namecases import (
    WORD,
    drop_oblique_lead,
    drop_place_lead,
    instrumental_only,
    is_name,
    known_first_name,
    oblique_only,
    split_by_case,
)
from kg.extract.officials import is_officials_surname, listed_name_spans, listed_surname_spans
from kg.extract.phrases import decline_word_by_rules
from kg.extract.surnamelists import coordinated_surnames
from kg.extract.syntax import token_at
from kg.extract.titlespans import TITLE_BREAK

_FINAL_PARTICLE = re.compile(r"\s+(?:" + "|".join(sorted(FINAL_PARTICLES)) + r")\b")
# "Шериг-оол", "Кара-оол": Tuvan given names end in a lowercase "-оол"
# "Круз-де-Мелло", "Гарсия-дель-Рио": a Romance surname's particle between its capitalised parts
_CAP_WORD = (
    r"[А-ЯЁ][а-яёәғқңөұүһі]+(?:-(?:(?:де|да|ду|дос|дас|ди|дель|ла|лос)-)*[А-ЯЁ][а-яёәғқңөұүһі]+)*"
    r"(?:-оол(?:а|у|ом|е)?)?"
)
# an Arabic surname with its article: "ас-Сиси", "аль-Яхья", "ад-Дарди"
_ARTICLE_SURNAME = r"(?:аль|эль|ал|эл|ас|ад|аш|ан|ат|аз|ар|эд|эш|эс|эн)-[А-ЯЁ][а-яё]+"
_NAME_TOKEN = re.compile(rf"^(?:{INITIAL}|{_CAP_WORD}|{_ARTICLE_SURNAME})$")


def is_particle(token: str) -> bool:
    """Lower-case particles ("бен", "фон дер", "уулу"), and the Arabic article, which may be capitalised."""
    low = token.lower()
    if low in ("аль", "эль"):
        return True  # "Аль Тани"; "Аль-Усеймин" is a surname
    return token.islower() and (
        low in INNER_PARTICLES or low in FINAL_PARTICLES or low.startswith(("ад-", "ас-"))
    )


def is_name_token(token: str) -> bool:
    return bool(_NAME_TOKEN.match(token)) or is_particle(token) or is_regnal_numeral(token)


@dataclass
class RawName:
    start: int
    stop: int
    tokens: list[str]


def _merge_adjacent(text: str, spans: list[Span]) -> list[Span]:
    """natasha splits "Александром Григорьевичем | Лукашенко": join spans with only a space between."""
    out: list[Span] = []
    for s in sorted(spans, key=lambda s: s.start):
        gap = text[out[-1].stop : s.start] if out else "\n"
        if gap.strip() == "" and "\n" not in gap and len(gap) <= 2:
            out[-1] = Span(out[-1].start, s.stop)
        else:
            out.append(s)
    return out


_SURNAME_AFTER_INITIAL = re.compile(rf"\.\s?{_CAP_WORD}")


def _with_surname_after_initial(text: str, span: Span) -> Span:
    """ "Дж.Керри": the tagger's span may stop at the initial; the surname after its point is the name's."""
    if re.fullmatch(INITIAL_LETTERS, text[span.start : span.stop]):
        m = _SURNAME_AFTER_INITIAL.match(text, span.stop)
        if m:
            return Span(span.start, m.end())
    return span


def _extend_initials(text: str, span: Span) -> Span:
    # an initial stands as a word of its own: the "Д." that ends "в МИД. Лавров ..." is no initial
    window = text[max(0, span.start - 8) : span.start]
    m = re.search(rf"(?<![А-ЯЁа-яёA-Za-z])(?:{INITIAL}\s?){{1,2}}$", window)
    if m:
        return Span(span.start - (len(window) - m.start()), span.stop)
    return span


def _after_title(text: str, start: int) -> bool:
    """A role title ends right before ``start`` ("Министр финансов Сербии | Синиша Мали")."""
    window = text[max(0, start - 60) : start]
    roles = find_roles(window)
    return bool(roles) and not TITLE_BREAK.search(window, roles[-1].stop)


def _trim(text: str, span: Span, places: list) -> Span | None:
    """Drop words at either end that cannot be part of a name ("РУз Жамшидом Ходжаевым", "Астаны Женис ...")."""
    words = [
        (m.start() + span.start, m.end() + span.start) for m in WORD.finditer(text[span.start : span.stop])
    ]
    placed = [
        (p.start, p.stop) for p in places if p.kind in ("country", "city", "region", "body", "adjective")
    ]
    asian = bool(words) and east_asian_family(text[words[0][0] : words[0][1]], east_asian_surnames())
    named = [
        (a, b)
        for a, b in words
        if is_name_token(text[a:b].strip(",;:"))
        or (asian and re.match(r"^[А-ЯЁ][,;:.]?$", text[a:b]))
        or _capitals_of_a_name(text, text[a:b])
    ]  # "Ван И"
    syllable = words[-1] if asian and len(words) == 3 else None  # "Чон Му Рим": a syllable, not Rome
    good = [(a, b) for a, b in named if (a, b) == syllable or not any(pa < b and a < pb for pa, pb in placed)]
    if (
        len(words) == 2
        and named == words
        and good == words[:1]
        and (is_name(text[words[0][0] : words[0][1]]) or _after_title(text, span.start))
    ):
        good = words  # "Синиша Мали": a first name and a surname that is also a country's name
    if (
        len(words) == 2
        and named == words
        and good == words[1:]
        and instrumental_only(text[words[0][0] : words[0][1]])
    ):
        good = words  # "с Кабулом Бердиевым": a place is a title's complement in the genitive, never instrumental
    # "аким области Дархан Сатыбалды": a town's name in the nominative right after a title is a first name (a town
    # there would be the title's complement, in the genitive: "мэр Дархана"), whatever noun it also spells
    first_name_of_a_town = (
        len(words) == 2
        and named == words
        and good == words[1:]
        and _after_title(text, span.start)
        and any(p.kind == "city" and (p.start, p.stop) == words[0] and p.text == str(p.value) for p in places)
    )
    if first_name_of_a_town:
        good = words
    while (
        words
        and (
            words[0] not in good
            or is_particle(text[words[0][0] : words[0][1]])
            and not _capital_article(text, words)
            or (len(words) > 1 and _title_word(text[words[0][0] : words[0][1]]))
            # "Дато Шри Саифуддин", "Тан Шри Мухьиддин": a Malaysian title of honour in two words ("Дато" alone
            # is a Georgian first name, "Тан" a surname)
            or (
                len(words) > 2
                and text[words[0][0] : words[0][1]].lower() in ("дато", "тан")
                and text[words[1][0] : words[1][1]].lower() in ("шри", "сери")
            )
            or (len(words) > 1 and _function_word(text[words[0][0] : words[0][1]]))  # "Вчера А.Лавров"
            or (
                len(words) > 3
                and _oblique_common_noun(text[words[0][0] : words[0][1]])
                # "Сейфа бен Заида аль Нахайяна": a name before an Arabic "сын", whatever word it also spells
                and text[words[1][0] : words[1][1]].lower() not in ("бен", "бин", "ибн")
            )  # "к Мавзолею Хо Ши Мина"
            or (
                len(words) > 1
                and not asian
                and not first_name_of_a_town
                and _thing_of_someone(text[words[0][0] : words[0][1]], text[words[1][0] : words[1][1]])
            )
        )
    ):
        words.pop(0)
    lead = next((i for i, w in enumerate(words) if not is_initial(text[w[0] : w[1]])), len(words))
    if 0 < lead < len(words) - 1 and _title_word(text[words[lead][0] : words[lead][1]]):
        words = words[lead + 1 :]  # "Е.П. Госпожа Ферн Хорин": "Его Превосходительство" and an honorific
    # "Полномоченным Послом Иваном Петровым": a capitalised title inside the span ends what came before it (a word
    # the dictionary does not know, here a misspelling, passed for a name's first word)
    inner = [i for i, w in enumerate(words[1:-1], 1) if _title_word(text[w[0] : w[1]])]
    if inner and not asian:
        words = words[inner[-1] + 1 :]
    if (
        len(words) >= 3
        and _PLACE_NOUN_BEFORE.search(text[max(0, words[0][0] - 30) : words[0][0]])
        and not (len(words) == 3 and asian)  # "провинции Чань Минь Шань": a Vietnamese name in three words
        and not is_patronymic(text[words[1][0] : words[1][1]])  # "района Елена Леонидовна Комарова"
        and not is_initial(
            text[words[0][0] : words[0][1]]
        )  # "района А.Н. Анисимовым": no place is an initial
        # "департамента Гусев А.В.": a surname before its initials; the initials alone would name no one
        and not all(is_initial(text[a:b]) for a, b in words[1:])
    ):
        words.pop(0)  # "вице-губернатор провинции Ляонин Ли Ваньцай": the word after "провинции" names it
    declined_cities = [(p.start, p.stop) for p in places if p.kind == "city" and p.text != p.value]
    placed_inside = [
        i
        for i, w in enumerate(words[1:-2], 1)
        if w in named
        and w not in good
        and (oblique_only(text[w[0] : w[1]], singular=True) or w in declined_cities)
    ]  # "Гагаузии", "Аким Шымкента" are a title's complement; "Родриго де Лима Баэна Соарес" keeps its "Лима"
    if placed_inside and all(w in good for w in words[placed_inside[-1] + 1 :]):
        # "Башкан Гагаузии Евгения Гуцул": an unknown title and its place before the name, not part of it
        words = words[placed_inside[-1] + 1 :]
    while (
        words
        and (
            words[-1] not in good
            # "Ким Сын Ду": an East Asian name's last syllable, whatever particle it also spells
            or text[words[-1][0] : words[-1][1]].lower() in INNER_PARTICLES
            and not (asian and len(words) > 1)
        )
    ):
        words.pop()
    return Span(words[0][0], words[-1][1]) if words else None


# a place-type noun whose name follows it ("провинции Ляонин", "префектуры Тоттори", "штата Гоа", "г. Сари")
_PLACE_NOUN_BEFORE = re.compile(
    r"(?i)\b(?:провинци[ийя]|город[аеу]?|префектур[ыаеу]|штат[аеу]?|округ[аеу]?|уезд[аеу]?|аймак[аеу]?|"
    r"департамент[аеу]?|кантон[аеу]?|земл[иея]|регион[аеу]?|район[аеу]?|губерни[ий])\s+$"
    r"|(?<![А-ЯЁа-яё])(?-i:г|гор|пос)\.\s*$"  # "ректор университета г. Сари А.Т. Янсари"
)


def _capital_article(text: str, words: list[tuple[int, int]]) -> bool:
    """ "президент ОАЭ Аль Нахайян": a capitalised Arabic article before the one word of a family name is the
    name as the text gives it."""
    return len(words) == 2 and text[words[0][0] : words[0][1]] in ("Аль", "Эль")


def _title_word(word: str) -> bool:
    """ "Президент Путин", "Посол Лустиг": a capitalised title, not a first name ("Султан Раев" keeps his)."""
    word = word.strip(",;:")
    if re.match(r"(?i)^ш[еа]йх(?:а|у|ом|е)?$", word):
        return True  # "Шайхом Навафом": the dictionary guesses a first name in any capitalised word
    return (
        bool(find_roles(word.lower())) or bool(HONORIFIC.match(word)) or _bare_title_noun(word)
    ) and not is_name(word)


# title nouns that name no role without their complement ("Председателем М. Касымалиевым", "Судья А. Петрова")
_BARE_TITLES = frozenset(
    [
        "председатель",
        "руководитель",
        "директор",
        "начальник",
        "заместитель",
        "секретарь",
        "советник",
        "судья",
        "депутат",
        "сенатор",
        "ректор",
        "академик",
        "профессор",
        "атташе",
    ]
)


def _bare_title_noun(word: str) -> bool:
    return any(p.normal_form in _BARE_TITLES and "NOUN" in p.tag for p in parses(word.lower()))


def name_tokens(text: str) -> list[str]:
    """The words of a name span, initials apart: "А.Арипов" -> ["А.", "Арипов"]; "Ван И." -> ["Ван", "И"]."""
    words = [w.strip(",;:") for w in WORD.findall(text) if w.strip(",;:")]
    if words and east_asian_family(words[0], east_asian_surnames()):
        words = [w.rstrip(".") for w in words]  # one-letter syllables are part of the name, not initials
    return words


_PLACE_ADJECTIVE = re.compile(r"(?:ск|цк)(?:ий|ого|ому|им|ом|ая|ой|ую|ое|ие|их|ими)$")
_PLACE_NOUN_AFTER = re.compile(
    r"\s+(?:аймак|област|район|кра[йяюе]|округ|провинци|уезд|штат|префектур|губерни|улус|волост|муниципалитет)"
)


def _adjective_of_a_place(text: str, span: Span) -> bool:
    """ "губернатор Баян-Ульгийского аймака": one capitalised adjective before a place noun names the place."""
    word = text[span.start : span.stop]
    return (
        " " not in word
        and bool(_PLACE_ADJECTIVE.search(word))
        and bool(_PLACE_NOUN_AFTER.match(text, span.stop))
    )


def _only_a_title(words: str) -> bool:
    """ "– отметил Полномочный Посол": a title written with capitals, its adjectives before it, names no one."""
    roles = find_roles(words)
    if not roles or roles[-1].stop != len(words.rstrip()):
        return False
    before = re.findall(r"[А-ЯЁа-яё-]+", words[: roles[-1].start])
    return all(
        w.lower() in ("и", "и.о") or any(p.tag.POS in ("ADJF", "CONJ") for p in parses(w.lower())[:1])
        for w in before
    )


def _inside_short_quote(text: str, span: Span) -> bool:
    """«Янги Узбекистон», «Беларусь 1»: a named thing, not a person."""
    left = text.rfind("«", 0, span.start)
    if left == -1 or text.rfind("»", 0, span.start) > left:
        return False
    right = text.find("»", span.stop)
    return right != -1 and len(text[left:right].split()) <= 5


_CAP = r"[А-ЯЁ][а-яёәғқңөұүһі]+(?:-[А-ЯЁ][а-яёәғқңөұүһі]+)?"
_NAME_SEQUENCE = re.compile(rf"(?<![\w-])({_CAP})\s+({_CAP})(?:\s+({_CAP}))?(?![\w-])")
_INITIALS_SURNAME = re.compile(rf"(?<![\w.-]){INITIAL}\s?(?:[А-ЯЁ]\.\s?)?({_CAP})(?![\w-])")
# the official order "Сенько Ю.А. вручил": initials after the surname, no name word after them
_SURNAME_INITIALS = re.compile(rf"(?<![\w.-])({_CAP})\s[А-ЯЁ]\.\s?(?:[А-ЯЁ]\.)?(?=\s+[а-яё]|\s*[,;:)]|\s*$)")
_SURNAME_LIKE = re.compile(
    r"(?:ов|ев|ёв|ин|ын|ова|ева|ёва|ина|ына|ский|ская|цкий|ян|янц|енко|ко|дзе|швили|ли|уулу|улы)"
    r"(?:а|у|ым|ом|е|ой|ою|ого|ому|им|ую)?$"
)


def common_noun(word: str) -> bool:
    """A dictionary noun that is no name ("Совета", "Министров")."""
    known = [p for p in parses(word.lower()) if p.is_known]
    return (
        bool(known)
        and not any({"Name", "Surn", "Patr"} & set(p.tag.grammemes) for p in known)
        and any(p.tag.POS == "NOUN" for p in known)
    )


_FUNCTION_POS = frozenset(["ADVB", "PREP", "CONJ", "PRCL", "INTJ", "PRED", "NPRO", "COMP"])


def _function_word(word: str) -> bool:
    """A word of four letters or more that the dictionary knows only as an adverb, a conjunction, a pronoun ...
    ("Вчера", "Однако", "Также"): it opens a sentence, never a name (short ones may be East Asian names)."""
    known = [p for p in parses(word.lower()) if p.is_known]
    return (
        len(word) >= 4
        and bool(known)
        and all(p.tag.POS in _FUNCTION_POS for p in known)
        and not any({"Name", "Surn", "Patr", "Geox"} & set(p.tag.grammemes) for p in known)
    )


def _oblique_common_noun(word: str) -> bool:
    """A dictionary noun for a thing with no nominative reading ("Мавзолею"): it cannot open a name
    ("Халифа", a caliph's genitive, can)."""
    known = [p for p in parses(word.lower()) if p.is_known]
    return common_noun(word) and all(p.tag.case != "nomn" and p.tag.animacy != "anim" for p in known)


def _thing_of_someone(word: str, following: str) -> bool:
    """ "Биография Масуда Пезешкиана", a menu's link: a noun for a thing, then a name in the genitive."""
    known = [p for p in parses(word.lower()) if p.is_known]
    best = parses(following.lower())
    return (
        common_noun(word)
        and all(p.tag.animacy != "anim" and p.tag.case != "gent" for p in known)  # "Каната Бозумбаева" agree
        and bool(best)
        and best[0].tag.case == "gent"
        and best[0].tag.number == "sing"  # "Алмаз Имангазиев": a plural genitive is a surname read wrong
    )


def _is_surname(word: str) -> bool:
    return bool(_SURNAME_LIKE.search(word.lower())) or any("Surn" in p.tag for p in parses(word.lower()))


def rule_person_spans(article: Article, taken: list[Span]) -> list[Span]:
    """Names natasha misses ("заместителями Премьер-министра РУз Жамшидом Ходжаевым"): a known first
    name followed by a surname-like word, or two or three capitalized words right after a role title, whose
    complement may end in a place ("Президент Латвии Эдгар Ринкевич")."""
    out: list[Span] = []
    blocked = [(t.start, t.stop) for t in taken] + [(p.start, p.stop) for p in article.places]
    told = _surnames_of_full_names(article, taken)
    for s in article.sentences:
        for m in [*_INITIALS_SURNAME.finditer(s.text), *_SURNAME_INITIALS.finditer(s.text)]:
            span = Span(s.start + m.start(), s.start + m.end())
            word = m.group(1)
            # "Б.Шротом": an initial glued to the word makes it a surname even where the dictionary knows a noun
            glued = not re.search(r"\s", m.group(0))
            if not any(a < span.stop and span.start < b for a, b in blocked) and (
                glued or not common_noun(word)
            ):
                out.append(span)  # initials make any capitalised word after them a surname
                blocked.append((span.start, span.stop))
        for span in (
            _mononyms(article, s, blocked)
            + _regnal_names(article, s, blocked)
            + listed_name_spans(s, blocked)
        ):
            out.append(span)
            blocked.append((span.start, span.stop))
        pos = 0
        while (m := _NAME_SEQUENCE.search(s.text, pos)) is not None:
            span = _rule_name(article, s, m, blocked)
            if span is not None:
                out.append(span)
            pos = (
                m.end() if span is not None else m.start(2)
            )  # "Президент Латвии Эдгар ...": from the next word
    again = _full_names_pattern(article, taken)
    for s in article.sentences:  # last: a longer name the rules read keeps its surname
        found = _full_names_told_again(s, blocked, again) if again else []
        blocked += [(x.start, x.stop) for x in found]
        out += found + _surnames_told_elsewhere(article, s, blocked, told)
    # a listed official's surname alone, where nothing longer read it; not a word of a longer name the text gives
    # ("Рафаэль Корреа Дельгадо ... Корреа относят к ...": that person, told short)
    inner = {w for x in [*taken, *out] for w in article.text[x.start : x.stop].split()[:-1]}
    for s in article.sentences:
        found = listed_surname_spans(s, blocked + [(x.start, x.stop) for x in out])
        out += [x for x in found if article.text[x.start : x.stop] not in inner]
    return out


def _full_names_pattern(article: Article, taken: list[Span]) -> re.Pattern | None:
    """The names of two words or more the tagger found, longest first, as one pattern (built once)."""
    names = {
        article.text[x.start : x.stop]
        for x in taken
        if len(name_tokens(article.text[x.start : x.stop])) >= 2
        and "\n" not in article.text[x.start : x.stop]
    }
    if not names:
        return None
    ordered = sorted(names, key=lambda n: (-len(n), n))
    return re.compile(rf"(?<![\w-])(?:{'|'.join(map(re.escape, ordered))})(?![\w-])")


def _full_names_told_again(s: Sentence, blocked: list[tuple[int, int]], again: re.Pattern) -> list[Span]:
    """A name the tagger found once, written again word for word where it did not."""
    out: list[Span] = []
    for m in again.finditer(s.text):
        span = Span(s.start + m.start(), s.start + m.end())
        if not any(a < span.stop and span.start < b for a, b in blocked):
            out.append(span)
    return out


# a capitalised word no other capitalised word follows ("Ерлан Айтаханов" is a name of two words)
_LONE_CAP = re.compile(rf"(?<![\w.-])({_CAP})(?![\w-])(?!\s+[А-ЯЁ])")
_NAME_WORD_BEFORE = re.compile(rf"(?<![\w.-])({_CAP})\s+$")


def _surnames_of_full_names(article: Article, taken: list[Span]) -> frozenset[str]:
    """The nominatives of the last word of every name of two words or more the tagger found."""
    out: set[str] = set()
    for span in taken:
        words = name_tokens(article.text[span.start : span.stop])
        if len(words) >= 2 and len(words[-1]) > 3 and not words[-1].isupper():
            out |= surname_forms(words[-1]) | {words[-1]}
    return frozenset(out)


def _surnames_told_elsewhere(
    article: Article, s: Sentence, blocked: list[tuple[int, int]], told: frozenset[str]
) -> list[Span]:
    """ "Министр Литвы Габриэлюс Ландсбергис прибыл ... . Ландсбергис отметил": a capitalised word that is a
    case form of the surname of someone named in full, no dictionary noun, is that person's mention (the
    tagger often skips a surname alone, most of all at a sentence's start)."""
    out: list[Span] = []
    for m in _LONE_CAP.finditer(s.text):
        span = Span(s.start + m.start(1), s.start + m.end(1))
        word = m.group(1)
        if any(a < span.stop and span.start < b for a, b in blocked):
            continue
        if m.start(1) == len(s.text) - len(s.text.lstrip()) and is_officials_surname(word):
            out.append(span)  # "Токаев встретился с ...": a listed official's surname opening a sentence
            continue
        if common_noun(word):
            continue
        before = _NAME_WORD_BEFORE.search(s.text[: m.start(1)])
        if before and (is_name(before.group(1)) or not common_noun(before.group(1))):
            continue  # the last word of a longer name
        if word in told or surname_forms(word) & told:
            out.append(span)
    return out


_ONE_WORD_AFTER = re.compile(rf"\s+({_CAP})(?=\s+[а-яё]|\s*[,.;:)]|\s+[–—-]\s|\s*$)")


def may_be_mononym(word: str) -> bool:
    """A word that can be a whole name: no dictionary noun, no thing's name by its form ("Приамурья"), no
    known first name (the start of a longer name), no abbreviation."""
    return not (
        word.isupper()
        or common_noun(word)
        or is_name(word)
        or any("NOUN" in p.tag and "inan" in p.tag and p.score >= 0.3 for p in parses(word.lower()))
    )


# "эмира Тамима", "короля Катара Салмана": a monarch is named by his first name alone
_MONARCH_BEFORE = re.compile(
    r"(?i)\b(?:эмир|корол|султан|шейх|принц|шах)\w*\s+(?:(?-i:[А-ЯЁ])[а-яё-]+\s+){0,3}$"
)


def monarch_named(text: str, start: int, word: str) -> bool:
    """A known first name right after a monarch's title (and its state) is the monarch's whole name."""
    return (
        _MONARCH_BEFORE.search(text[max(0, start - 60) : start]) is not None
        and is_name(word)
        and not common_noun(word)
    )


def _mononyms(article: Article, s: Sentence, blocked: list[tuple[int, int]]) -> list[Span]:
    """ "Император Японии Нарухито и императрица Масако", "министр обороны Индонезии Сугионо": one
    capitalised word right after a title and its state, followed by no other name word, is a person
    known by one name."""
    out: list[Span] = []
    for role in find_roles(s.text):
        end = s.start + role.stop
        while True:  # the title's complement: the states and bodies right after it
            nxt = next(
                (p for p in article.places if p.start >= end and not article.text[end : p.start].strip()),
                None,
            )
            if nxt is None:
                break
            end = nxt.stop
        m = _ONE_WORD_AFTER.match(article.text, end, s.stop)
        if m is None:
            continue
        span = Span(m.start(1), m.end(1))
        word = m.group(1)
        monarch = monarch_named(article.text, span.start, word)
        if any(a < span.stop and span.start < b for a, b in blocked) or not (may_be_mononym(word) or monarch):
            continue
        if _PLACE_NOUN_BEFORE.search(article.text[max(0, span.start - 20) : span.start]):
            continue  # "главы правительства района Айгунь": the name of the title's district
        out.append(span)
    return out


_REGNAL_NAME = re.compile(rf"(?<![\w-])({_CAP})\s+([IVX]{{1,5}})(?![\w-])")


def _regnal_names(article: Article, s: Sentence, blocked: list[tuple[int, int]]) -> list[Span]:
    """ "королю Великобритании Карлу III", "Харальд V": a monarch's name and its numeral, when the word is a
    known first name or follows a title."""
    out: list[Span] = []
    for m in _REGNAL_NAME.finditer(s.text):
        start, stop = s.start + m.start(), s.start + m.end()
        if not is_regnal_numeral(m.group(2)) or any(a < stop and start < b for a, b in blocked):
            continue
        if common_noun(m.group(1)) or not (is_name(m.group(1)) or _after_title(article.text, start)):
            continue
        out.append(Span(start, stop))
    return out


def _with_regnal_numeral(text: str, span: Span) -> Span:
    """A name span natasha ended before the monarch's numeral ("Елизавете | II")."""
    m = re.match(r"\s([IVX]{1,5})(?![\w-])", text[span.stop : span.stop + 7])
    return Span(span.start, span.stop + m.end()) if m and is_regnal_numeral(m.group(1)) else span


def _rule_name(article: Article, s: Sentence, m: re.Match, blocked: list[tuple[int, int]]) -> Span | None:
    """The name one match of capitalised words makes, if any; ``blocked``: spans already names or places."""
    text = article.text
    start, stop = s.start + m.start(), s.start + m.end()
    words = [w for w in m.groups() if w]
    hits = [(a, b) for a, b in blocked if a < stop and start < b]
    if hits and not _surname_spelled_as_a_town(article, words, hits, stop):
        return None
    if m.start() == 0 and not is_name(words[0]):
        return None  # a sentence-initial capital says nothing
    before = text[max(s.start, start - 40) : start]
    after_place = any(p.stop == start - len(before) + len(before.rstrip()) for p in article.places)
    # "министр иностранных дел Исламской Республики Иран Мохаммад ...": a long state's name after the title
    wider = text[max(s.start, start - 90) : start] if after_place else before
    after_title = (
        bool(find_roles(wider))
        and (bool(re.search(r"(?:[А-ЯЁ]{2,4}|[а-яё]+)\s+$", before)) or after_place)
        or _long_title_before(text[max(s.start, start - 90) : start])
    )
    if any(common_noun(w) for w in words):
        return None  # "Председателем Совета Министров": capitalised titles, not a name
    # "Фиделем Кастро Диас-Баллартом": a Spanish name's second surname need not look like one
    surname = _is_surname(words[-1]) or (len(words) == 3 and _is_surname(words[1]) and is_name(words[0]))
    if surname and (is_name(words[0]) or after_title):
        return Span(start, stop)
    if after_title and is_name(words[0]) and (len(words) == 2 or after_place and is_name(words[1])):
        # a known first name right after a title: "Посол Японии Кэнъитиро Сато", "... Иран Мохаммад Джавад Зариф"
        return Span(start, stop)
    return None


def _surname_spelled_as_a_town(
    article: Article, words: list[str], hits: list[tuple[int, int]], stop: int
) -> bool:
    """ "Послом ... в Украине Джоэлом Лионом": a known first name, then a town's name in the same case ending, is a
    first name and a surname (a town after a name would stand in the genitive, "мэр Лиона")."""
    last = (stop - len(words[-1]), stop)
    return (
        len(words) == 2
        and hits == [last]
        and any((p.start, p.stop) == last and p.kind == "city" for p in article.places)
        and known_first_name(words[0])
        and words[0][-2:] == words[-1][-2:]
    )


def _long_title_before(before: str) -> bool:
    """ "с генеральным директором Агентства государственного управления этой финской территории Элли Аалтонен": a
    title whose complement runs on, unbroken by punctuation or a preposition, right up to the name."""
    roles = find_roles(before)
    return (
        bool(roles)
        and bool(re.search(r"[а-яё]\s+$", before))
        and not re.search(
            r"(?i)[,.;:«»\"()]|\b(?:с|со|к|от|для|при|о|об|за|и|в|во|на)\s", before[roles[-1].stop :]
        )
    )


def _extend_left_name(text: str, span: Span) -> Span:
    """natasha sometimes drops a first name: "Реджепом | Тайипом Эрдоганом"."""
    m = re.search(
        rf"({_CAP})[ \t\xa0]+$", text[max(0, span.start - 30) : span.start]
    )  # not over a line break
    if (
        m
        and is_name(m.group(1))
        and not re.search(r"[.!?]\s*$", text[max(0, span.start - 32) : span.start - len(m.group(0))])
    ):
        return Span(span.start - len(m.group(0)), span.stop)
    caps = re.search(r"\b([А-ЯЁ]{2,})[ \t\xa0]+$", text[max(0, span.start - 30) : span.start])
    if caps and _capitals_of_a_name(text, caps.group(1)):
        return Span(span.start - len(caps.group(0)), span.stop)  # "ТЭ Сок Вон" where the text also has "Тэ"
    return span


def _cut_at_breaks(article: Article, spans: list[Span]) -> list[Span]:
    """NER reads across paragraphs ("Элину Валтонен\n\nКасым-Жомарт Токаев"): cut spans at line and sentence breaks."""
    text, out = article.text, []
    bounds = sorted({s.start for s in article.sentences} | {s.stop for s in article.sentences})
    for span in spans:
        cuts = [span.start] + [b for b in bounds if span.start < b < span.stop] + [span.stop]
        for a, b in zip(cuts, cuts[1:]):
            for m in re.finditer(r"[^\n]+", text[a:b]):
                piece = m.group(0)
                lead = len(piece) - len(piece.lstrip())
                end = len(piece.rstrip())
                if re.search(r"[а-яё][.!?]$", piece[:end]):
                    end -= 1  # the sentence's stop is no part of the name
                if piece.strip():
                    out.append(Span(a + m.start() + lead, a + m.start() + end))
    return out


def _split_by_syntax(article: Article, span: Span) -> list[Span]:
    """Two names side by side are two subtrees: "с послом Мохаммедом Алашаби Гульшара Абдыкаликова отметила"."""
    sentence = next((s for s in article.sentences if s.start <= span.start < s.stop), None)
    if sentence is None or not sentence.tokens:
        return [span]
    tokens = token_at(sentence, span.start, span.stop)
    inside = {t.index for t in tokens}
    heads = [t for t in tokens if t.head not in inside and t.rel not in ("punct",)]
    if len(heads) < 2:
        return [span]
    parts, current = [], [tokens[0]]
    for t in tokens[1:]:
        if t in heads and t is not tokens[0] and not is_particle(t.text):  # "... Абдурахман | Аль Тани"
            parts.append(current)
            current = [t]
        else:
            current.append(t)
    parts.append(current)
    if any(len([t for t in part if t.text[:1].isupper()]) < 2 for part in parts):
        return [span]  # a split that leaves a lone word is a parse error, not two names
    if all(oblique_only(part[-1].text) for part in parts) and not any(
        known_first_name(p[0].text) for p in parts[1:]
    ):
        # "Хуаном Эстебаном Ласо Эрнандесом": every part in the oblique case, and none after the first opens with a
        # first name the dictionary knows, is one long name ("Владимира Зеленского Алексея Арестовича" is two)
        return [span]
    if (
        not any(oblique_only(t.text) for part in parts for t in part)
        and known_first_name(parts[0][0].text)
        and not any(known_first_name(p[0].text) for p in parts[1:])
    ):
        # "Луис Хальберто Мурийо Уррутия": a first name, then no part in an oblique case and none opening with a
        # first name, is one Hispanic or Portuguese name of two given names and two surnames
        return [span]
    return [Span(part[0].start, part[-1].stop) for part in parts]


def _capitals_of_a_name(text: str, token: str) -> bool:
    """ "ТЭ Сок Вон", "Ерхан УМАРОВ": a word in capitals that the text also writes as a name ("Тэ")."""
    return (
        len(token) >= 2
        and token.isupper()
        and re.search(rf"\b{re.escape(token.capitalize())}\b", text) is not None
    )


def _ner_spans(ner, text: str, body: Span) -> list[Span]:
    """NER's person spans in the body, read with a space where two words ran together ("...конференцииДмитрий
    Кулеба"), the tagger seeing one token there otherwise; spans are given back in the text's offsets."""
    chunk = text[body.start : body.stop]
    glued = layout.glue_points(chunk)
    spaced = (
        "".join(chunk[a:b] + " " for a, b in zip([0, *glued], glued)) + chunk[glued[-1] if glued else 0 :]
    )

    def back(offset: int) -> int:  # an offset in the spaced text -> the text's
        return body.start + offset - sum(1 for n, g in enumerate(glued) if g + n < offset)

    return [Span(back(s.start), back(s.stop)) for s in ner.person_spans(spaced)]


_TOWN_TOLD = re.compile(r"(?i)\bгород(?:а|е|ом|у)?\s+(?-i:([А-ЯЁ][а-яё]+(?:-[А-ЯЁ]?[а-яё]+)*))(?![\w-])")


def _towns_told(text: str) -> frozenset[str]:
    """Every case form of the one-word towns the text introduces as "город X" ("из города Цзюцзян")."""
    return frozenset(form for m in _TOWN_TOLD.finditer(text) for form in decline_word_by_rules(m.group(1)))


# whom something is named after: "университетом имени Марата Оспанова" (not "от имени X", on X's behalf), and a
# building or a street ("церкви 18-го века Сурб Хач", "на проспекте Назарбаева", "в парке Горького")
_NAMED_AFTER = re.compile(
    r"(?i)(?:(?<!\bот\s)\b(?:имени|им\.)\s*|\b(?:церк\w+|храм\w*|собор\w*|монастыр\w+|мечет\w+|улиц\w+|"
    r"проспект\w*|площад\w+|бульвар\w*|парк\w*|набережн\w+)(?:\s+\d+-?\w*\s+век\w*)?\s+)$"
)


def _split_at_newlines(text: str, spans: list[Span]) -> list[Span]:
    """ "Ли Цяна\nПереговоры": a tagger's span that runs over a line break is two (a headline's last words)."""
    out: list[Span] = []
    for span in spans:
        start = span.start
        for line in text[span.start : span.stop].split("\n"):
            stripped = line.strip()
            if stripped:
                begin = start + line.index(stripped[0])
                out.append(Span(begin, begin + len(stripped)))
            start += len(line) + 1
    return out


def _place_word(word: str) -> bool:
    """A word the dictionary knows only as a place's name ("Псковщина", "Ставрополье"), never a person's."""
    if re.fullmatch(r"[а-яё]{3,}щин(?:а|ы|е|у|ой|ою)", word.lower()):
        return True  # "Смоленщина", "Брянщины": a land named after its city, known to the dictionary or not
    known = [p for p in parses(word.lower()) if p.is_known]
    return bool(known) and all(
        "Geox" in p.tag.grammemes and not {"Name", "Surn", "Patr"} & set(p.tag.grammemes) for p in known
    )


def find_name_spans(article: Article, ner) -> list[RawName]:
    """Every stretch of the body that names a person, as words."""
    text, body = article.text, article.body
    spans = _split_at_newlines(text, _ner_spans(ner, text, body))
    spans = _merge_adjacent(text, _cut_at_breaks(article, spans))
    spans = [_extend_left_name(text, s) if len(text[s.start : s.stop].split()) < 3 else s for s in spans]
    spans = [_with_regnal_numeral(text, _with_surname_after_initial(text, s)) for s in spans]
    spans = spans + rule_person_spans(article, spans)
    spans = spans + coordinated_surnames(article, spans)
    asian = east_asian_spans(article, [])  # "Ван И": NER often keeps the family name only
    spans = [s for s in spans if not any(a.start <= s.start and s.stop <= a.stop for a in asian)]
    asian = [a for a in asian if not any(s.start < a.stop and a.start < s.stop for s in spans)]
    spans = sorted(spans + asian, key=lambda s: s.start)
    inside = [(s.start, s.stop) for s in article.sentences]
    towns = _towns_told(text)
    raws: list[RawName] = []
    for span in spans:
        if "\n" in text[span.start : span.stop] or not any(
            a <= span.start and span.stop <= b for a, b in inside
        ):
            continue  # photo credits and headers are not sentences
        if any(
            m.start <= span.start and span.stop <= m.stop
            for m in article.places
            if m.kind in ("city", "body", "country")
        ):
            continue  # "Акорда", "Кремль" are places
        span = _trim(text, _extend_initials(text, without_glued_verb(text, span)), article.places)
        span = drop_place_lead(article, drop_oblique_lead(article, span)) if span is not None else None
        if (
            span is None
            or _inside_short_quote(text, span)
            or _adjective_of_a_place(text, span)
            or _only_a_title(text[span.start : span.stop])
        ):
            continue
        if _NAMED_AFTER.search(text[max(0, span.start - 40) : span.start]):
            continue  # whom a body, a building or a street is named after takes no part
        if text[span.start : span.stop] in towns:
            continue  # "из китайского города Цзюцзян ... мэр Цзюцзяна": the town, in another case
        final = _FINAL_PARTICLE.match(text, span.stop)
        if final:
            span = Span(span.start, final.end())  # "Нурланбек Тургунбек уулу"
        for part in (p for whole in _split_by_syntax(article, span) for p in split_by_case(text, whole)):
            tokens = name_tokens(text[part.start : part.stop])
            if tokens and east_asian_family(tokens[0], east_asian_surnames()):
                pass  # one-letter syllables are part of the name
            elif tokens and not all(is_name_token(t) or _capitals_of_a_name(text, t) for t in tokens):
                # "Маджлиси милли Рустами Эмомали": a body's name before the person's; the name comes last
                bad = max(i for i, t in enumerate(tokens) if not is_name_token(t))
                if len(tokens) - bad - 1 < 2:
                    continue
                tail = " ".join(tokens[bad + 1 :])
                offset = text.find(tokens[bad + 1], part.start)
                part, tokens = Span(offset, offset + len(tail)), tokens[bad + 1 :]
                if text[part.start : part.stop] != tail:
                    continue
            elif not tokens:
                continue
            if len(tokens) == 1 and _place_word(tokens[0]):
                continue  # "сотрудничать со Псковщиной": a land by its own word, which no person is called
            part, tokens = _without_repeated_word(text, part, tokens)
            if any(r.start < part.stop and part.start < r.stop for r in raws):
                continue
            raws.append(RawName(part.start, part.stop, tokens))
    return raws


def _without_repeated_word(text: str, part: Span, tokens: list[str]) -> tuple[Span, list[str]]:
    """ "Ильяс Умаханов Умаханов": a page that repeats the surname after the name (a tooltip flattened into the
    text) names no one with a doubled word; the name ends at its first telling."""
    if len(tokens) >= 3 and tokens[-1] == tokens[-2] and tokens[-1][:1].isupper():
        stop = text.rfind(tokens[-1], part.start, part.stop)
        stop = text.rfind(tokens[-1], part.start, stop) + len(tokens[-1])
        return Span(part.start, stop), tokens[:-1]
    return part, tokens
