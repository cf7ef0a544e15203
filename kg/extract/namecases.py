"""Which words of a name span are in which case: a name in an oblique case beside another in the nominative is
two names ("с Геннадием Новицким Абдул Калам"; "встречи с советником Мехриддином Хайриддиновым Никитин сообщил"),
and a genitive before a name is a title's complement ("глава Росатома Алексей Лихачев"). Read by ``names``.
"""

from __future__ import annotations

import re

from kg.extract.model import Article, Span
from kg.extract.morph import (
    INITIAL,
    east_asian_surnames,
    is_patronymic,
    parses,
    russian_surname_in_oblique_case,
)
from kg.extract.officials import is_officials_surname
from kg.extract.syntax import token_at

# a syllable ending in a consonant, declined as Russian declines it ("Кэцяна", "Цзиньпином")
_DECLINED_SYLLABLE = re.compile(r"[бвгджзклмнпрстфхцчшщ](?:а|у|ом|ем|е)$")
WORD = re.compile(rf"{INITIAL}(?=\s?[А-ЯЁ])|[^\s]+")  # "А.Арипов" is an initial and a surname


def is_name(word: str) -> bool:
    return any("Name" in p.tag and p.score >= 0.1 for p in parses(word.split("-")[0].lower()))


def split_by_case(text: str, span: Span) -> list[Span]:
    """ "В ходе встречи с Геннадием Новицким Абдул Калам подчеркнул": a name whose words can only be in an
    oblique case, then a first name that can be nominative, are two names, whatever one subtree the
    parser made of them."""
    words = list(WORD.finditer(text[span.start : span.stop]))
    families = east_asian_surnames()
    for i in range(2, len(words) - 1):
        # "премьера Госсовета КНР Ли Кэцяна Ван Ян выразил": a declined East Asian name, then another family name
        if (
            words[0].group() in families
            and words[i].group() in families
            and _DECLINED_SYLLABLE.search(words[i - 1].group())
        ):
            return [
                Span(span.start, span.start + words[i - 1].end()),
                Span(span.start + words[i].start(), span.stop),
            ]
    if (
        len(words) == 2
        and russian_surname_in_oblique_case(words[0].group())
        and oblique_only(words[0].group())
        and not is_name(words[0].group())  # "Валентиной Матвиенко" is one name
        and is_officials_surname(words[1].group())
        and not oblique_only(words[1].group())
    ):
        # "для встречи с Назарбаевым Мирзиёев и Путин прибыли": two officials' surnames in two cases
        return [Span(span.start + w.start(), span.start + w.end()) for w in words]
    if (
        len(words) >= 3
        and is_name(words[0].group())
        and all(oblique_only(w.group()) for w in words[:-1])
        and not oblique_only(words[-1].group())
        and not any(is_patronymic(w.group()) for w in words[:-1])  # "Александром Григорьевичем Лукашенко"
        and declines(words[-1].group())  # an indeclinable surname ends a name in any case
        and (is_officials_surname(words[-1].group()) or nominative_surname(words[-1].group()))
        # "Ахмедом Абуль Гейтом": a last word in the first word's own case ends the same name
        and not _cases(words[0].group()) & _cases(words[-1].group()) - {"nomn"}
    ):
        # "встречи с советником Мехриддином Хайриддиновым Никитин сообщил": a whole name in an oblique case, then
        # the surname of the one who speaks
        cut = span.start + words[-2].end()
        return [Span(span.start, cut), Span(span.start + words[-1].start(), span.stop)]
    for i in range(1, len(words) - 1):
        head, following = [w.group() for w in words[:i]], words[i].group()
        # "обратился к Токаеву Мустафа Мадбули": a lone surname in an oblique case before a whole name
        lead = (
            is_name(head[0]) if i >= 2 else i + 2 <= len(words) and russian_surname_in_oblique_case(head[0])
        )
        # "Хуаном Эстебаном Ласо Эрнандесом": a second part that ends in the oblique case is one Spanish name
        if (
            lead
            and all(oblique_only(w) for w in head)
            and nominative_first_name(following)
            and not oblique_only(words[-1].group())
        ):
            cut = span.start + words[i - 1].end()
            return [Span(span.start, cut), Span(span.start + words[i].start(), span.stop)]
    return [span]


def _cases(word: str) -> set[str]:
    return {p.tag.case for p in parses(word.lower()) if p.tag.case}


def declines(word: str) -> bool:
    """The word has an instrumental other than itself ("Никитин" → "Никитиным"; not "Лукашенко")."""
    for p in parses(word.lower()):
        if p.tag.case == "nomn" and ("Surn" in p.tag or "Name" in p.tag):
            form = p.inflect({"ablt"})
            return form is not None and form.word != word.lower()
    return False


def nominative_surname(word: str) -> bool:
    """A surname in the nominative: known as one, or of a Russian surname's shape ("Махонин", "Кобяков")."""
    if re.search(r"(?:ов|ев|ёв|ин|ын|ский|цкий)$", word):
        return True
    return any("Surn" in p.tag and p.tag.case == "nomn" and p.is_known for p in parses(word.lower()))


def known_first_name(word: str) -> bool:
    return any("Name" in p.tag and p.is_known for p in parses(word.lower()))


def oblique_only(word: str, singular: bool = False) -> bool:
    """No reading in the nominative (``singular``: none in the singular nominative; "Гагаузии" may be a plural)."""
    cases = {p.tag.case for p in parses(word.lower()) if not (singular and p.tag.number == "plur")}
    return bool(cases) and None not in cases and "nomn" not in cases


def instrumental_only(word: str) -> bool:
    cases = {p.tag.case for p in parses(word.lower())}
    return cases == {"ablt"}


def nominative_first_name(word: str) -> bool:
    return any("Name" in p.tag and p.tag.case == "nomn" and p.score >= 0.3 for p in parses(word.lower()))


def drop_oblique_lead(article: Article, span: Span) -> Span:
    """ "глава Росатома Алексей Лихачев": a first word the tagger reads in the genitive, before a known first
    name and a surname it reads in the nominative, is the title's complement, not part of the name."""
    text = article.text
    words = list(WORD.finditer(text[span.start : span.stop]))
    sentence = next((s for s in article.sentences if s.start <= span.start < s.stop), None)
    if len(words) < 3 or sentence is None or not is_name(words[1].group()):
        return span
    cases = [
        {t.feats.get("Case") for t in token_at(sentence, span.start + w.start(), span.start + w.end())}
        for w in words[:3]
    ]
    if cases[0] == {"Gen"} and cases[1] == {"Nom"} and cases[2] == {"Nom"}:
        return Span(span.start + words[1].start(), span.stop)
    return span


# a head of a town right before a name: the town's own name may open the tagger's span; after a town's unit
# ("муниципия Алба-Юлия") the name stands in the nominative
_TOWN_HEAD_BEFORE = re.compile(r"(?i)(?<![\w-])(?:мэр|примар|губернатор|градоначальник|аким|хоким)\w*\s+$")
_TOWN_UNIT_BEFORE = re.compile(
    r"(?i)(?<![\w-])(?:муниципи|муниципалитет|управлени|префектур|провинци|уезд|коммун)\w*\s+$"
)


def drop_place_lead(article: Article, span: Span) -> Span:
    """ "примара Сучавы Иона Лунгу", "Мэр Минамисацумы Хомбо Тэруо": after a town's head or unit, a first word
    that is no first name, before a name of two words or more, is the town's name, not part of the person's."""
    text = article.text
    words = list(WORD.finditer(text[span.start : span.stop]))
    before = text[max(0, span.start - 30) : span.start]
    if len(words) < 3:
        return span
    first = words[0].group()
    if (
        known_first_name(first)
        or first in east_asian_surnames()  # "провинции Буй Динь Лонг": a Vietnamese family name
        or is_patronymic(words[1].group())
        or is_patronymic(words[2].group())
    ):
        return span  # "губернатора Андрея Александровича Травникова": a whole name
    after_unit = _TOWN_UNIT_BEFORE.search(before) is not None
    no_singular_nominative = not any(
        p.tag.case == "nomn" and p.tag.number != "plur" for p in parses(first.split("-")[0].lower())
    )
    if after_unit or (_TOWN_HEAD_BEFORE.search(before) and no_singular_nominative):
        return Span(span.start + words[1].start(), span.stop)
    return span
