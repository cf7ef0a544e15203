"""A person's label from the mention that writes the name in the nominative: "Визит Мирослава Енча ... Мирослав Енча
встретился с ..." -- the first mention alone reads "Енч" (a genitive of it); the second, whose first name is written
in its own nominative and declines, writes the surname as it is. Read by ``entities``."""

from __future__ import annotations

import re

from kg.extract.model import Person
from kg.extract.morph import is_initial, is_patronymic, parses
from kg.extract.names import is_particle, name_tokens
from kg.keys import normalize_key

# endings only an oblique case of a man's surname has ("Абдулвахаб Аль-Бадером": the outlet left the first name
# undeclined); a genitive in "-а" is also a nominative ("Енча")
_OBLIQUE = re.compile(r"(?:ом|ем|ём|ым|им|ому|ему|ой|ей|у|ю)$")


def _declines(first: str) -> bool:
    """A first name the dictionary knows and declines: written as the label it is the nominative ("Мирослав",
    "Анна"), not a name that stays the same in every case ("Айгуль", "Нино")."""
    names = [p for p in parses(first.lower()) if "Name" in p.tag]
    # a name the dictionary only guesses may be a foreign one the outlet left undeclined ("посла Шри Виджай Кумара")
    return bool(names) and all(p.is_known and "Fixd" not in p.tag for p in names)


def nominative_surname(person: Person) -> str | None:
    """The surname a mention writes after the first name in the nominative, when the label has another."""
    if (
        not person.first
        or not person.last
        or person.middle
        or " " in person.last
        or not _declines(person.first)
    ):
        return None
    written = [[t for t in name_tokens(m.text) if not is_initial(t)] for m in person.mentions]
    if len({words[0] for words in written if words}) < 2:
        return None  # the text never declines the first name ("Нуры Голлиев", "Нуры Голлиева"): no case told by it
    for words in written:
        if (
            len(words) != 2
            or any(is_particle(w) for w in words)
            or words[0] != person.first
            or is_patronymic(words[1])
            or _OBLIQUE.search(words[1])
        ):
            continue
        if normalize_key(words[1]) != normalize_key(person.last):
            return words[1]
    return None
