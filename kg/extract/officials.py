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
from dataclasses import dataclass
from functools import lru_cache

from kg.extract.model import Article, Person
from kg.extract.morph import first_name_forms, surname_forms
from kg.keys import normalize_key
from kg.resources import gazetteer_file


@dataclass(frozen=True)
class Official:
    name: str
    country: str | None
    role: str


@lru_cache(maxsize=1)
def officials() -> dict[str, list[Official]]:
    """Officials by the comparison key of their name and of every variant spelling."""
    table: dict[str, list[Official]] = {}
    with gazetteer_file("officials.tsv").open(encoding="utf-8") as fh:
        for row in csv.DictReader(fh, delimiter="\t"):
            official = Official(row["name"], row["country"] or None, row["role"])
            for spelling in [row["name"], *filter(None, (row["variants"] or "").split("|"))]:
                table.setdefault(normalize_key(spelling), []).append(official)
    return table


def name_officials(article: Article) -> None:
    """Relabel a person whose name the text only declines when exactly one official's name is among its
    nominative readings; then give a post the text left without a state the official's state."""
    table = officials()
    by_surname = _by_surname()
    for person in article.persons.values():
        if normalize_key(person.name) in table:
            continue
        if not person.first:
            # "Путин и Лукашенко обсудят ...": a surname alone that exactly one official bears
            names = {
                n
                for form in surname_forms(person.last) | {person.last}
                for n in by_surname.get(normalize_key(form), ())
            }
            if len(names) == 1:
                _relabel(person, names.pop())
            continue
        readings = _readings(person) & set(table)
        if len(readings) == 1:
            _relabel(person, table[readings.pop()][0].name)
    for person in article.persons.values():
        known = table.get(normalize_key(person.name), [])
        for post in person.posts:
            if post.country is None and post.role != "head_of_international_organization":
                states = {o.country for o in known if o.role == post.role and o.country}
                if len(states) == 1:
                    post.country = states.pop()


@lru_cache(maxsize=1)
def _by_surname() -> dict[str, frozenset[str]]:
    """Officials' full names by surname ("путин" -> {"Владимир Путин"}; "алиев" has several)."""
    out: dict[str, set[str]] = {}
    for listed in officials().values():
        for official in listed:
            out.setdefault(normalize_key(official.name.split()[-1]), set()).add(official.name)
    return {k: frozenset(v) for k, v in out.items()}


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
    return keys


def _relabel(person: Person, name: str) -> None:
    """The label only: the person's key (and so its IRI within the article) stays as the mentions know it."""
    words = name.split()
    person.name, person.first, person.last = name, words[0], words[-1]
    person.middle = " ".join(words[1:-1])
