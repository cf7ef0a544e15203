"""The world's towns the curated lists do not name, found where the text says a town is meant.

``data/gazetteer/world_cities.tsv`` (built from GeoNames by ``build_world_cities.py``) gives some 32,000
Russian names of towns of every state with their case forms. Unlike the curated cities, which are found
wherever they are written, a town of this list is taken only where the words before it say a place is
named: "в Биробиджане", "из Хэгана", "город Сибай", "г. Ноймюнстер", "мэр Ларнаки", "бургомистр Хайльбронна". A town named bare
("Гусев сказал") is most often a person or a thing, and this list cannot tell which.
"""

from __future__ import annotations

import csv
import re
from dataclasses import dataclass
from functools import cached_property
from pathlib import Path

# a town's name: capitalised words joined by hyphens ("Гусь-Хрустальный")
_TOWN_NAME = r"[А-ЯЁ][а-яё]+(?:-[А-ЯЁа-яё][а-яё]+){0,3}(?![\w-])"
# the words that say the next capitalised word names a town: a place preposition, the noun "город" or its
# abbreviation, a town's head or office
_TOWN_CUE = re.compile(
    r"(?<![\w-])(?:(?P<into>[Вв]о?)|(?P<out_of>[Ии]з)|[Гг]ород(?:а|е|у|ом)?|г\.|[Мм]эр(?:а|у|ом|е|ия|ии|ию|ией)?"
    r"|[Гг]радоначальник(?:а|у|ом)?|[Аа]ким(?:а|у|ом|ат|ата|ате)?|[Хх]оким(?:а|у|ом|ият|ията|ияте)?"
    r"|[Бб]у(?:рго|р)мистр(?:а|у|ом|е)?|[Пп]римар(?:а|у|ом|е|ия|ии|ию|ией)?)\s+"
    rf"(?P<name>{_TOWN_NAME})"
)
# "между городами Стародуб и Павликени, а также Аврен и Гусь-Хрустальный": a plural "город" calls for every name
# of the list it opens (such names stand in apposition, undeclined)
_TOWNS_CUE = re.compile(
    rf"(?<![\w-])[Гг]ород(?:ами|ов|ам|ах)\s+(?P<names>{_TOWN_NAME}(?:(?:\s*,\s*|\s+и\s+|,?\s+а\s+также\s+){_TOWN_NAME})*)"
)
_NAME_IN_LIST = re.compile(_TOWN_NAME)
# a town's adjective before its own office: "клинцовской городской администрации", "жлобинского районного
# исполнительного комитета", "лепельского райисполкома"
_ADJECTIVE_BEFORE_OFFICE = re.compile(
    r"(?<![\w-])(?P<stem>[а-яё]{3,}?)(?:ск|цк)(?:ий|ого|ому|им|ом|ая|ой|ую|ое|ие|их|ими)\s+"
    r"(?:(?:городск|районн|поселков)\w+\s+)?"
    r"(?:администраци|исполнительн\w+\s+комитет|исполком|горисполком|райисполком|мэри|ратуш)\w*"
)


# the endings a town's name can take after "в" (where: locative; whither: accusative) and after "из" (genitive);
# "в Приволжском федеральном округе", "в Константиновском дворце" are an adjective, not the instrumental of a town
_ENDINGS_AFTER = {"into": ("е", "и", "у", "ю"), "out_of": ("а", "я", "ы", "и")}


def _case_fits(cue: re.Match, form: str, name: str) -> bool:
    for preposition, endings in _ENDINGS_AFTER.items():
        if cue.group(preposition):
            return form == name or form.endswith(endings)
    return True


@dataclass(frozen=True)
class Town:
    start: int
    stop: int
    name: str  # nominative
    iso: str


# a town named by an adjective ("Гусь-Хрустальный", "Железногорск-Илимский", "Белая", "Красное"): its endings
_ADJECTIVAL = (
    (("ский", "цкий"), 2, ("ого", "ому", "им", "ом")),
    (("ый", "ой"), 2, ("ого", "ому", "ым", "ом")),
    (("ая",), 2, ("ой", "ую")),
    (("ое",), 2, ("ого", "ому", "ым", "ом")),
)


def _adjectival_forms(name: str) -> list[str]:
    """The case forms of a one-word town name that is an adjective (the list's own forms decline it as a noun:
    "Гусь-Хрустального" is not among them)."""
    if " " in name:
        return []
    for endings, cut, forms in _ADJECTIVAL:
        if name.lower().endswith(endings):
            return [name[:-cut] + f for f in forms]
    return []


class WorldTowns:
    """Town names by their case forms, read from one TSV file on first use."""

    def __init__(self, path: Path) -> None:
        self.path = path

    @cached_property
    def _table(self) -> tuple[dict[str, str], dict[str, str], dict[str, int]]:
        by_form: dict[str, str] = {}
        state: dict[str, str] = {}
        population: dict[str, int] = {}
        if not self.path.is_file():
            return (
                by_form,
                state,
                population,
            )  # a gazetteer folder of its own (a test's, a user's) without the list
        with self.path.open(encoding="utf-8") as fh:
            for row in csv.reader(fh, delimiter="\t"):
                if not row or row[0].startswith("#") or len(row) < 4:
                    continue
                name, iso, people, forms = row[:4]
                state[name] = iso
                population[name] = int(people) if people.isdigit() else 0
                for form in [*forms.split(","), *_adjectival_forms(name)]:
                    by_form.setdefault(form, name)
        return by_form, state, population

    @cached_property
    def _by_adjective_stem(self) -> dict[str, str]:
        """The stems a town's adjective may have ("клинцов" of Клинцы, "жлобин" of Жлобин, "витеб" of Витебск), each
        to the largest town of that stem ("Клинцы" and "Клинци" are one town spelt two ways; the press names the
        larger of two more often)."""
        _by_form, state, population = self._table
        out: dict[str, str] = {}
        for name in sorted(state, key=lambda n: -population.get(n, 0)):
            base = name.lower().replace("ё", "е").rstrip("ыиаоея")
            stems = [base, base + "ов", base + "ев"] + [
                base[:-2] for end in ("ск", "цк") if base.endswith(end)
            ]
            for stem in stems:
                out.setdefault(stem, name)
        return out

    def country_of(self, name: str) -> str | None:
        return self._table[1].get(name.replace("ё", "е").replace("Ё", "Е"))

    def adjectives(self, text: str) -> list[Town]:
        """Town adjectives before the town's office ("клинцовской городской администрации" names Клинцы)."""
        state, stems = self._table[1], self._by_adjective_stem  # built on the first call: `Gazetteer.load`
        out = []
        for m in _ADJECTIVE_BEFORE_OFFICE.finditer(text):
            name = stems.get(m.group("stem"))
            if name is not None:
                stop = m.start("stem") + len(m.group(0).split()[0])
                out.append(Town(m.start("stem"), stop, name, state[name]))
        return out

    def find(self, text: str) -> list[Town]:
        """The towns of the list that ``text`` names after a word that calls for a town."""
        by_form, state, _population = self._table
        out = []
        for m in _TOWN_CUE.finditer(text):
            form = m.group("name").replace("ё", "е").replace("Ё", "Е")
            name = by_form.get(form)
            if name is not None and _case_fits(m, form, name):
                out.append(Town(m.start("name"), m.end("name"), name, state[name]))
        for m in _TOWNS_CUE.finditer(text):
            for n in _NAME_IN_LIST.finditer(m.group("names")):
                name = by_form.get(n.group(0).replace("ё", "е").replace("Ё", "Е"))
                start = m.start("names") + n.start()
                if name is not None and not any(t.start == start for t in out):
                    out.append(Town(start, start + len(n.group(0)), name, state[name]))
        return out
