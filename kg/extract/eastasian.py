"""Names the NER misreads, read by ``names``: East Asian names (a family name from the list and one or two syllables,
which NER often cuts to the family name; "Ван И"), and a surname a missing space glued to the verb after it
("Ильхам Алиевподписал")."""

from __future__ import annotations

import re

from kg.extract.gazetteer import find_roles
from kg.extract.model import Article, Span
from kg.extract.morph import east_asian_surnames, parses

_EAST_ASIAN = re.compile(r"(?<![\w-])([А-ЯЁ][а-яё]*)((?:\s+[А-ЯЁ][а-яё]*){1,2})(?![\w-])")


def east_asian_family(word: str, names: frozenset[str]) -> bool:
    """A family name of the list, or one ending in a consonant declined as Russian declines it ("Вана И",
    "Ваном И", "Киму Хи Сангу")."""
    if word in names:
        return True
    m = re.match(r"^(.+?[бвгджзклмнпрстфхцчшщь])(?:а|у|ом|ем|е)$", word)
    return bool(m) and m.group(1) in names


_POLITE_PRONOUN = re.compile(r"Вы|Вас|Вам|Вами|Ваш\w*|Тебя|Тебе|Он|Она|Они|Его|Ее|Её|Им|Их|Ему|Ей|Нам|Нас")


def east_asian_spans(article: Article, taken: list[Span]) -> list[Span]:
    """ "Ван И", "Фам Минь Тинем", "Дин Сюэсян": a family name from the list and one or two syllables."""
    out = []
    names = east_asian_surnames()
    places = [(m.start, m.stop) for m in article.places]
    for s in article.sentences:
        # every capitalised word may start one: "Республики Чон Му Рим" is no name, "Чон Му Рим" is
        found = (_EAST_ASIAN.match(s.text, w.start()) for w in re.finditer(r"(?<![\w-])[А-ЯЁ]", s.text))
        for m in (m for m in found if m is not None):
            start, stop = s.start + m.start(), s.start + m.end()
            syllables = m.group(2).split()
            if len(syllables) == 2 and len(re.findall(r"[аеёиоуыэюя]", syllables[-1].lower())) >= 3:
                # "Ван Жонгом Протокола": a word of three syllables is no syllable of the name
                syllables = syllables[:1]
                stop = start + len(m.group(1)) + m.group(2).index(syllables[0]) + len(syllables[0])
            # "Чон Му Рим": a listed family name and two syllables, the last of which a gazetteer takes for a
            # place ("Рим"), is a name
            last_place = len(syllables) == 2 and m.group(1) in names
            blocking = [(t.start, t.stop) for t in taken] + [
                (a, b) for a, b in places if not (last_place and a >= stop - len(syllables[-1]))
            ]
            if not east_asian_family(m.group(1), names) or any(a < stop and start < b for a, b in blocking):
                continue
            if any(_POLITE_PRONOUN.fullmatch(x) for x in syllables):
                continue  # "«У Вас уже значительные успехи»": a capitalised "Вас" of polite address
            if find_roles(m.group(2)) or (
                m.start() == 0 and not find_roles(article.text[max(0, start - 60) : start])
            ):
                continue
            out.append(Span(start, stop))
    return out


_SURNAME_END = r"(?:ов|ев|ёв|ин|ын|ий|ой|ян|ко|ук|юк|ич|дзе|ли|ан|ер|ес|он)$"


def without_glued_verb(text: str, span: Span) -> Span:
    """ "Ильхам Алиевподписал": a verb glued to the surname by a missing space is cut off (the longest known
    past-tense verb that leaves a capitalised word of three letters or more)."""
    word = text[span.start : span.stop].split()[-1] if text[span.start : span.stop].split() else ""
    if not re.fullmatch(r"[А-ЯЁ][а-яё]{5,}", word) or any(p.is_known for p in parses(word.lower())):
        return span
    for cut in range(4, len(word) - 5):
        tail = word[cut:]
        if re.search(_SURNAME_END, word[:cut]) and any(
            p.is_known and p.tag.POS == "VERB" and "past" in p.tag for p in parses(tail)
        ):
            return Span(span.start, span.stop - len(tail))
    return span
