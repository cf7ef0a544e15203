"""Gazetteers: countries, cities, regions, state bodies and role titles, in all their Russian forms.

The TSV files under ``data/gazetteer`` hold nominative names; case forms are
generated here once per process, so adding a country is one line of data.
"""

from __future__ import annotations

import csv
import re
from dataclasses import dataclass, replace
from functools import cached_property, lru_cache
from pathlib import Path

from kg.extract.phrases import decline_phrase, decline_word_by_rules
from kg.extract.towns import WorldTowns
from kg.resources import gazetteer_file

_FOLD_YO = str.maketrans("ёЁ", "еЕ")
_ADJ_ENDINGS = "ий|ый|ой|ого|ому|им|ым|ом|ая|ую|ое|ие|ые|их|ых|ими|ыми|ей|ою"


@dataclass(frozen=True)
class Country:
    iso: str
    name: str
    official: str
    official_genitive: str
    adjectives: tuple[str, ...]
    capital: str
    aliases: tuple[str, ...]


@dataclass(frozen=True)
class Body:
    name: str
    country: str | None
    kind: str


@dataclass(frozen=True)
class Region:
    name: str  # nominative: "Астраханская область"
    country: str
    # a part of a state with no government of its own ("Дальний Восток", "Сибирь"): it places things in its state,
    # and a title that names it ("министр по развитию Дальнего Востока") is the state's
    macro: bool = False


# names two states share, by their stem: the state meant by default, then the other
_SHARED_NAMES = {"коре": ("KR", "KP")}
_SHARED_STEMS = tuple(_SHARED_NAMES)


def _shared_default(x: Match) -> bool:
    """The name is one two states share, read as the default state ("Кореи"; not "Корейской Народно-...")."""
    stem = next((st for st in _SHARED_STEMS if x.text.lower().startswith(st)), None)
    return stem is not None and x.iso == _SHARED_NAMES[stem][0]


@dataclass(frozen=True)
class Match:
    start: int
    stop: int
    text: str
    kind: str  # country, adjective, pair_adjective, city, capital_ref, region, body
    value: object  # Country, city name, Region or Body
    iso: str | None


def _rows(path: Path) -> list[list[str]]:
    with path.open(encoding="utf-8") as fh:
        return [row for row in csv.reader(fh, delimiter="\t") if row and not row[0].startswith("#")]


# regions whose first column is their whole name ("Республика Тыва", "Провинция Хэнань"), found by it and by
# their own short names ("в Туве", "губернатор Хэнаня"); the others are an adjective and a noun ("Амурская область")
_NAMED_BY_ITSELF = frozenset(
    {
        "республика",
        "провинция",
        "автономный район",
        "автономный округ",
        "автономная область",
        "автономия",
        # other states' regions: a Japanese prefecture, a German Land, a US or an Indian state, an Italian or a
        # Georgian region, a Polish voivodeship, a Turkmen velayat
        "префектура",
        "земля",
        "штат",
        "регион",
        "воеводство",
        "велаят",
        "макрорегион",
    }
)


def _alternation(forms: dict[str, object]) -> re.Pattern:
    ordered = sorted(forms, key=len, reverse=True)
    # a number glued after the name still ends it: "в Кабуле12 марта"
    return re.compile(r"(?<![\w-])(" + "|".join(re.escape(f) for f in ordered) + r")(?![^\W\d]|-)")


_PART_OF_A_CONTINENT = re.compile(r"(?i)(?:латинск|южн|северн|центральн)\w*\s+$")

# "БиГ": an abbreviation written with a small letter inside (not "Гвинея-Бисау")
_MIXED_CASE_ABBREVIATION = re.compile(r"[А-ЯЁ][а-яё]?[А-ЯЁ][А-ЯЁа-яё]?")


class Gazetteer:
    """All place and body names, compiled to regular expressions on first use."""

    def __init__(self, folder: Path | None = None) -> None:
        self.folder = folder
        self.countries: dict[str, Country] = {}
        for row in _rows(self._path("countries.tsv")):
            row += [""] * (7 - len(row))
            iso, name, official, official_gen, adjs, capital, aliases = row[:7]
            self.countries[iso] = Country(
                iso,
                name,
                official,
                official_gen,
                tuple(a for a in adjs.split(",") if a),
                capital,
                tuple(a for a in aliases.split(",") if a),
            )
        self.city_country: dict[str, str | None] = {
            c.capital: c.iso for c in self.countries.values() if c.capital
        }
        self.landmarks: dict[str, str] = {}
        self.shared_landmarks: dict[str, list[str]] = {}
        self.city_adjective_names: dict[str, str] = {}
        # "Кремль" -> "Москва": a seat that names its city only where the text names the city too
        self.residences: dict[str, str] = {}
        for row in _rows(self._path("cities.tsv")):
            row += [""] * (5 - len(row))
            city, iso, aliases, adjective, residences = row[:5]
            self.city_country[city] = iso or None  # "Сухум": a city the gold gives no state
            if adjective:
                self.city_adjective_names[city] = adjective
            for residence in filter(None, residences.split(",")):
                self.residences.setdefault(residence, city)
            for alias in filter(None, aliases.split(",") + residences.split(",")):
                if alias in self.landmarks:
                    # "Белый дом" is the government's house in Moscow and the president's in Washington
                    self.shared_landmarks.setdefault(alias, [self.landmarks[alias]]).append(city)
                self.landmarks.setdefault(alias, city)
        self.regions: list[Region] = []
        self.named_regions: set[Region] = set()  # found by their whole name, not an adjective and a noun
        self.region_aliases: dict[str, tuple[str, ...]] = {}
        self.region_abbreviations: dict[str, Region] = {}
        shared = {
            a for c in self.countries.values() for a in c.aliases if a.isupper()
        }  # states' abbreviations
        for row in _rows(self._path("regions.tsv")):
            name, noun, iso = row[:3]
            region = Region(
                name if noun in _NAMED_BY_ITSELF else f"{name} {noun}", iso, noun == "макрорегион"
            )
            self.regions.append(region)
            if noun in _NAMED_BY_ITSELF:
                self.named_regions.add(region)
            aliases = tuple(a for a in (row[3] if len(row) > 3 else "").split(",") if a)
            # an abbreviation a state also has ("РТ": Татарстан or Таджикистан) is read by the text's other names;
            # one of the region's own ("ВКО") is an alias like any other
            for abbreviation in (a for a in aliases if a in shared):
                self.region_abbreviations[abbreviation] = region
            aliases = tuple(a for a in aliases if a not in shared)
            if aliases:
                self.region_aliases[region.name] = aliases
        self.bodies: list[tuple[re.Pattern, Body]] = []
        for row in _rows(self._path("bodies.tsv")):
            rx, abbrs, name, iso, kind = row[:5]
            body = Body(name, None if iso == "-" else iso, kind)
            alts = [r"(?i:\b(?:" + rx + r")\b)"] if rx else []
            alts += [r"\b" + re.escape(a) + r"\b" for a in abbrs.split(",") if a]
            self.bodies.append((re.compile("|".join(alts)), body))

    def _path(self, name: str) -> Path:
        return self.folder / name if self.folder else gazetteer_file(name)

    # ---------------------------------------------------------------- compiled forms

    @cached_property
    def _country_forms(self) -> tuple[re.Pattern, dict[str, str]]:
        forms: dict[str, str] = {}
        for c in self.countries.values():
            for name in (c.name, c.official, *c.aliases):
                if (
                    name.isupper()
                    or not re.search(r"[а-яё]", name)
                    or _MIXED_CASE_ABBREVIATION.fullmatch(name)
                ):
                    forms[name] = c.iso  # abbreviations do not decline ("БиГ" neither)
                    continue
                variants = decline_phrase(name)
                if " " not in name:
                    variants |= decline_word_by_rules(name)
                # "Самое" is no form of "Самоа"; but the forms of a name that is itself a common noun capitalised
                # ("Эмираты": "Эмиратов", "в Эмиратах") are as much the state's as the name is
                common_name = " " not in name and _common_word(name)
                for v in variants:
                    if v != name and " " not in v and _common_word(v) and not common_name:
                        continue
                    forms.setdefault(v, c.iso)
        return _alternation(forms), forms

    @cached_property
    def _common_country_names(self) -> frozenset[str]:
        """Country names that are also common words ("Того"): read as the country anywhere but where a
        sentence starts ("Того же мнения ...")."""
        return frozenset(
            n
            for c in self.countries.values()
            for n in (c.name, *c.aliases)
            if " " not in n and _function_word(n)
        )

    @cached_property
    def _adjective_pattern(self) -> tuple[re.Pattern, dict[str, str]]:
        stems: dict[str, str] = {}
        for c in self.countries.values():
            for adj in c.adjectives:
                stems[adj[:-2].lower()] = c.iso
        ordered = sorted(stems, key=len, reverse=True)
        rx = re.compile(
            r"(?i)(?<![\w-])(" + "|".join(map(re.escape, ordered)) + r")(?:" + _ADJ_ENDINGS + r")(?![\w-])"
        )
        return rx, stems

    @cached_property
    def _city_forms(self) -> tuple[re.Pattern, dict[str, str]]:
        forms: dict[str, str] = {}
        for city in self.city_country:
            variants = decline_phrase(city) | (decline_word_by_rules(city) if " " not in city else set())
            if re.fullmatch(r"[А-ЯЁ][а-яё]+-[А-ЯЁ][а-яё]+(?:ский|цкий|ой|ый|ий)", city):
                # "Петропавловск-Камчатского городского округа": the first part may keep its nominative
                first = city.split("-")[0]
                variants |= {f"{first}-{v.split('-', 1)[1]}" for v in variants if "-" in v}
            # "в Грозном": a city whose name reads first as a surname is the city in the news
            surname_city = _surname_city(city)
            for v in variants:
                if " " not in v and "-" not in v and not surname_city and _personal_name(v):
                    continue  # "Владимира" names a person far more often than a city
                forms.setdefault(v, city)
        for alias, city in self.landmarks.items():
            for v in _alias_forms(alias):
                forms.setdefault(v, city)
        return _alternation(forms), forms

    @cached_property
    def cities_longest_first(self) -> list[tuple[str, str | None]]:
        """(city, ISO), longer names first: "Петропавловск-Камчатский" is tried before "Петропавловск"."""
        return sorted(self.city_country.items(), key=lambda item: -len(item[0]))

    @cached_property
    def _residence_forms(self) -> frozenset[str]:
        return frozenset(
            v.replace("ё", "е") for residence in self.residences for v in _alias_forms(residence)
        )

    def is_residence(self, text: str) -> bool:
        """ "в Кремле", "в Акорде": a residence's name, not its city's."""
        return text.replace("ё", "е") in self._residence_forms

    @cached_property
    def _republic_forms(self) -> tuple[re.Pattern, dict[str, Region]]:
        forms: dict[str, Region] = {}
        for r in self.regions:
            if r in self.named_regions:
                for v in decline_phrase(r.name):
                    for spelling in _dash_spellings(v):
                        forms.setdefault(spelling, r)
                        # "губернатора префектуры Ямагути": the noun in running text has a small letter
                        if spelling.split(" ")[0].lower() in _UNIT_NOUN_FORMS:
                            forms.setdefault(spelling[0].lower() + spelling[1:], r)
            # "Татарстана", "в Туве", "губернатор Приморья": a region by a common alias
            for bare in self.region_aliases.get(r.name, ()):
                if bare.isupper():
                    forms.setdefault(bare, r)  # "аким ВКО": an abbreviation does not decline
                    continue
                # a foreign name the dictionary does not know declines by the regular patterns ("Хэнаня")
                by_rules = decline_word_by_rules(bare) if " " not in bare and "-" not in bare else set()
                for v in decline_phrase(bare) | by_rules:
                    forms.setdefault(v, r)
                if _CAPITALISED_PARTS.fullmatch(bare):
                    forms.setdefault(bare.replace("-", " "), r)  # "Шида-Картли" is also written "Шида Картли"
        return _alternation(forms), forms

    @cached_property
    def _city_adjectives(self) -> tuple[re.Pattern, dict[str, str]]:
        """ "Минский", "ташкентский", "казанский": a city's adjective names the city."""
        stems: dict[str, str] = {}
        for city in self.city_country:
            derived = _derived_city_adjective(city)
            if derived:
                stems.setdefault(derived[:-2].lower(), city)
        for city, adjective in self.city_adjective_names.items():
            stems[adjective[:-2].lower()] = city
        rx = re.compile(
            r"(?i)(?<![\w-])("
            + "|".join(map(re.escape, sorted(stems, key=len, reverse=True)))
            + r")(?:"
            + _ADJ_ENDINGS
            + r")(?![\w-])"
        )
        return rx, stems

    @cached_property
    def _region_pattern(self) -> tuple[re.Pattern, dict[str, Region]]:
        stems: dict[str, Region] = {}
        for r in self.regions:
            if r in self.named_regions:
                continue
            adj = r.name.split(" ")[0]
            stems[adj[:-2].lower()] = r
        rx = re.compile(
            r"(?i)(?<![\w-])("
            + "|".join(map(re.escape, sorted(stems, key=len, reverse=True)))
            + r")(?:"
            + _ADJ_ENDINGS
            + r")(?:\s+(?:област\w*|обл(?:гос|исполком|совет|адм)\w*|кра[йяюе]\w*|аймак\w*|регион(?:а|у|ом|е)?\b)|(?=\s+(?:губернатор|аким|хоким|глав[аыуео]\w*\s+региона))"
            + r"|(?=\s+и\s+[а-яё-]+(?:"
            + _ADJ_ENDINGS
            + r")\s+област(?:и|ей|ям|ями|ях)\b))"
        )  # "Амурской области", "Орловского региона", and the adjective alone before the region's head: "с амурским
        # губернатором", or before another's and the plural noun: "Астраханская и Атырауская области"
        return rx, stems

    # ---------------------------------------------------------------- lookups

    def load(self) -> None:
        """Compile every form and read the world towns now, not on the first article (a worker loads them before it
        caps its memory)."""
        self.find("")

    def find(self, text: str) -> list[Match]:
        """Every country, adjective, city, region and body named in ``text``, by position ("Могилёвской области"
        as "Могилевской": the lists write "е" for "ё", and the folding keeps every offset)."""
        return [replace(m, text=text[m.start : m.stop]) for m in self._find(text.translate(_FOLD_YO))]

    def _find(self, text: str) -> list[Match]:
        out: list[Match] = []
        rx, forms = self._country_forms
        for m in rx.finditer(text):
            iso = forms[m.group(1)]
            if m.group(1) in self._common_country_names and _starts_sentence(text, m.start()):
                continue
            if m.group(1).startswith("Америк") and _PART_OF_A_CONTINENT.search(text, 0, m.start()):
                continue  # "Дом Латинской Америки", "страны Южной Америки": a continent, not the United States
            out.append(Match(m.start(), m.end(), m.group(0), "country", self.countries[iso], iso))
        out += self._mistyped_countries(text, out)
        for m in _HYPHEN_PAIR.finditer(text):
            # "группа дружбы Армения-Индия": two states joined by a hyphen, each a place (and no name's part)
            if m.group(1) in forms and m.group(2) in forms:
                for g in (1, 2):
                    iso = forms[m.group(g)]
                    out.append(Match(m.start(g), m.end(g), m.group(g), "country", self.countries[iso], iso))
        rx, stems = self._adjective_pattern
        for m in rx.finditer(text):
            iso = stems[m.group(1).lower()]
            out.append(Match(m.start(), m.end(), m.group(0), "adjective", self.countries[iso], iso))
        out += self._paired_adjectives(text)
        rx, cities = self._city_forms
        shared = []
        for m in rx.finditer(text):
            city = cities[m.group(1)]
            if m.group(1) in self._shared_landmark_forms:
                shared.append(m)
                continue
            out.append(Match(m.start(), m.end(), m.group(0), "city", city, self.city_country[city]))
        rx, regions = self._region_pattern
        for m in rx.finditer(text):
            region = regions[m.group(1).lower()]
            out.append(Match(m.start(), m.end(), m.group(0), "region", region, region.country))
        rx, republics = self._republic_forms
        for m in rx.finditer(text):
            region = republics[m.group(1)]
            out.append(Match(m.start(), m.end(), m.group(0), "region", region, region.country))
        rx, stems = self._city_adjectives
        for m in rx.finditer(text):
            city = stems[m.group(1).lower()]
            out.append(Match(m.start(), m.end(), m.group(0), "city_adjective", city, self.city_country[city]))
        for rx, body in self.bodies:
            for m in rx.finditer(text):
                out.append(Match(m.start(), m.end(), m.group(0), "body", body, body.country))
        out += [self._shared_landmark(m, out) for m in shared]
        out += self._world_towns(text, out)
        out = self._shared_country_names(out)
        return self._read_abbreviations(text, _drop_nested(out))

    @cached_property
    def world_towns(self) -> WorldTowns:
        return WorldTowns(self._path("world_cities.tsv"))

    def country_of_city(self, city: str | None) -> str | None:
        """The state of a curated city or of a town of the world list."""
        if not city:
            return None
        if city in self.city_country:
            return self.city_country[city]
        return self.world_towns.country_of(city)

    def _world_towns(self, text: str, found: list[Match]) -> list[Match]:
        """Towns of the world list where the text calls for a town and no other name is already read."""
        towns = [
            Match(t.start, t.stop, text[t.start : t.stop], "city", t.name, t.iso)
            for t in self.world_towns.find(text)
        ] + [
            Match(t.start, t.stop, text[t.start : t.stop], "city_adjective", t.name, t.iso)
            for t in self.world_towns.adjectives(text)
        ]
        return [t for t in towns if not any(m.start < t.stop and t.start < m.stop for m in found)]

    def _paired_adjectives(self, text: str) -> list[Match]:
        """ "казахстанско-вьетнамской", "российско-казахстанско-китайский": each state of a compound adjective,
        as a "pair_adjective" (the sides of what it qualifies, never a holder's state)."""
        _, stems = self._adjective_pattern
        out = []
        for m in _ADJECTIVE_COMPOUND.finditer(text):
            parts = m.group(0).split("-")
            at = m.start()
            found = []
            for n, part in enumerate(parts):
                last = n == len(parts) - 1
                ending = re.search(r"(?:" + _ADJ_ENDINGS + r")$", part.lower()) if last else None
                stem = part[: ending.start()] if ending else part[:-1]
                iso = stems.get(stem.lower())
                if iso is not None:
                    found.append(Match(at, at + len(part), part, "pair_adjective", self.countries[iso], iso))
                at += len(part) + 1
            if len(found) == len(parts):  # every part a state's: no "военно-", "торгово-"
                out += found
        return out

    def _shared_country_names(self, found: list[Match]) -> list[Match]:
        """ "Трудовой партии Кореи" in a text about the КНДР: a name two states share is the other state's when
        the text names only that one by a name of its own (КНДР, Пхеньян, северокорейский)."""
        own = {x.iso for x in found if x.iso and not _shared_default(x)}
        out = []
        for x in found:
            stem = next((st for st in _SHARED_STEMS if x.text.lower().startswith(st)), None)
            other = _SHARED_NAMES[stem][1] if stem and x.kind in ("country", "adjective") else None
            if other and x.iso != other and other in own and x.iso not in own:
                x = Match(x.start, x.stop, x.text, x.kind, self.countries[other], other)
            out.append(x)
        return out

    @cached_property
    def _shared_landmark_forms(self) -> dict[str, list[str]]:
        forms = self._city_forms[1]
        return {
            v: cities
            for alias, cities in self.shared_landmarks.items()
            for v in decline_phrase(alias) | {alias}
            if v in forms
        }

    def _shared_landmark(self, m: re.Match, found: list[Match]) -> Match:
        """A landmark two capitals share ("в Белом доме") is in the one whose state the text names most
        ("Байден ... премьер-министра Японии ... США"), the first listed when none is named."""
        cities = self._shared_landmark_forms[m.group(1)]
        named = [x.iso for x in found if x.kind in ("country", "adjective", "city")]
        city = max(cities, key=lambda c: named.count(self.city_country[c]))
        return Match(m.start(), m.end(), m.group(0), "city", city, self.city_country[city])

    @cached_property
    def _forms_by_letter(self) -> dict[str, list[tuple[str, str]]]:
        """The states' names of five letters or more, by their first letter."""
        out: dict[str, list[tuple[str, str]]] = {}
        for form, iso in self._country_forms[1].items():
            if len(form) >= 5:
                out.setdefault(form[0], []).append((form, iso))
        return out

    def _mistyped_countries(self, text: str, found: list[Match]) -> list[Match]:
        """ "посольства Казахстана в Росии": a capitalised word no dictionary knows, one slip of the keyboard
        from exactly one state's name (five letters or more), is that state, so the slip stays out of names."""
        from kg.extract.morph import analyzer, one_slip

        taken = [(m.start, m.stop) for m in found]
        out = []
        for m in _CAPITALISED.finditer(text):
            word = m.group(0)
            if (
                any(a < m.end() and m.start() < b for a, b in taken)
                or analyzer().word_is_known(word.lower())
                or HONORIFIC.match(word)
            ):
                continue
            if _CAPITALISED_BEFORE.search(text, max(0, m.start() - 40), m.start()):
                continue  # "Омом Бирлой": a surname after a given name, however near a state's ("Бирмой")
            # the slip inside the word, its ending as the state's ("Росии"; "Сирил" is no "Сирия")
            isos = {
                iso
                for form, iso in self._forms_by_letter.get(word[0], ())
                if word[-2:] == form[-2:] and one_slip(word, form)
            }
            if len(isos) == 1:
                iso = isos.pop()
                out.append(Match(m.start(), m.end(), word, "country", self.countries[iso], iso))
        return out

    def _read_abbreviations(self, text: str, found: list[Match]) -> list[Match]:
        """ "Президент РТ" is Tatarstan's when the text names Tatarstan ("татарстанской делегации" too) and not
        Tajikistan in full."""
        out = []
        low = text.lower()
        for m in found:
            region = self.region_abbreviations.get(m.text) if m.kind == "country" else None
            if region is not None:
                stems = [a.lower()[:-1] for a in self.region_aliases.get(region.name, ()) if len(a) > 4]
                names_region = any(o.kind == "region" and o.value == region for o in found) or any(
                    stem in low for stem in stems
                )
                names_state = any(o.iso == m.iso and o.text != m.text for o in found)
                if names_region and not names_state:
                    m = Match(m.start, m.stop, m.text, "region", region, region.country)
            out.append(m)
        return out


ENVOY_TITLE = re.compile(
    r"(?i)\b(?:посол\b|посл(?:а|у|ом|ы|ов|ам|ами|ах)\b|генконсул|консул|посланник|поверенн|атташе)\w*"
)  # an envoy's title (where one serves is no venue); not "после", "послание", "последний"

# honorifics that are no post: "Шейх Хамад", "Принц Тамим", "Елбасы Н. Назарбаев", "Его Величество", "Доктор Ахмед",
# "Мавлави Амир Хан Муттаки" (not Malawi mistyped)
HONORIFIC = re.compile(
    r"(?i)^(?:(?:шейх|шайх|принц|принцесс|императриц|елбасы|господин|госпож|мистер|сэр|доктор|его|ее|её|высочеств|величеств"
    r"|превосходительств|ваш)\w*|"  # "Ваше Превосходительство Президент X,": an address
    r"шри|сеньор[аы]?|месье|мсье|мадам|их|мавлави|маулави|мулла|хаджи|"
    r"датук|датин|сери)$"  # Malaysian titles of honour: "Датук Камаруддин Джаффар", "Датук Сери Анвар Ибрагим"
)
_CAPITALISED_PARTS = re.compile(r"[А-ЯЁ][а-яё]+(?:-[А-ЯЁ][а-яё]+)+")
_CAPITALISED = re.compile(r"(?<![\w-])[А-ЯЁ][а-яё]{4,}(?![\w-])")
_CAPITALISED_BEFORE = re.compile(r"(?<![.!?…»\n])\s[А-ЯЁ][а-яё]+\s+$")  # a capitalised word inside a sentence
_ADJECTIVE_COMPOUND = re.compile(r"(?<![\w-])(?:[а-яёА-ЯЁ]{3,}о-)+[а-яёА-ЯЁ]{4,}(?![\w-])")
_HYPHEN_PAIR = re.compile(r"(?<![\w-])([А-ЯЁ][а-яё]+)-([А-ЯЁ][а-яё]+)(?![\w-])")


def _common_word(word: str) -> bool:
    """A dictionary word that names no place ("самое", "того"; not "Чили", "Мали" as the dictionary has
    them, nor a name a rule made up)."""
    from kg.extract.morph import parses

    found = [p for p in parses(word.lower()) if p.is_known]
    return bool(found) and not any({"Geox", "Name", "Surn"} & set(p.tag.grammemes) for p in found)


def _function_word(word: str) -> bool:
    """A pronoun, conjunction or particle ("того"), whatever else the dictionary says the word is."""
    from kg.extract.morph import parses

    return any(
        p.is_known and (p.tag.POS in ("NPRO", "CONJ", "PRCL", "PREP") or "Apro" in p.tag)
        for p in parses(word.lower())
    )


def _starts_sentence(text: str, start: int) -> bool:
    before = text[max(0, start - 3) : start]
    return start == 0 or "\n" in before or bool(re.search(r"[.!?…]\s+$", before))


# the regular adjectives of city names ("Смоленск" -> "смоленский", "Калининград" -> "калининградский",
# "Ставрополь" -> "ставропольский", "Казань" -> "казанский"); irregular ones are listed in cities.tsv
_CITY_ADJECTIVE_RULES = (
    (re.compile(r"[^аеёиоуыэюя]ск$"), lambda n: n + "ий"),
    (re.compile(r"(?:бург|град|поль|[ое]в)$"), lambda n: n + "ский"),
    (re.compile(r"[ае]нь$"), lambda n: n[:-1] + "ский"),
)


# adjectives that name a wider area more often than the city ("уральский" is of the Urals, not of Uralsk;
# "петропавловский" may be Petropavlovsk-Kamchatsky's)
_AREA_ADJECTIVES = frozenset(["уральский", "петропавловский"])


# the forms of the nouns a region's whole name opens with ("Префектура Тоттори", "Провинция Ганьсу")
_UNIT_NOUN_FORMS = frozenset(
    f"{stem}{ending}"
    for stem in ("префектур", "провинци")
    for ending in ("а", "ы", "е", "у", "ой", "ою", "я", "и", "ю", "ей", "ею")
)


def _derived_city_adjective(city: str) -> str | None:
    """A one-word city's adjective, when its name takes the regular suffix."""
    if " " in city or "-" in city:
        return None
    name = city.lower()
    adjective = next((make(name) for rx, make in _CITY_ADJECTIVE_RULES if rx.search(name)), None)
    return None if adjective in _AREA_ADJECTIVES else adjective


def _dash_spellings(name: str) -> set[str]:
    """ "Северная Осетия — Алания" as outlets write it: "Осетия-Алания", "Осетия – Алания", "Осетия—Алания"."""
    if " — " not in name:
        return {name}
    return {name.replace(" — ", dash) for dash in (" — ", " – ", "-", "—", "–", " - ")}


def _alias_forms(alias: str) -> set[str]:
    """The forms of a city's alias or residence: the phrase declined, as written, and a word by the rules."""
    return decline_phrase(alias) | {alias} | (decline_word_by_rules(alias) if " " not in alias else set())


def _surname_city(name: str) -> bool:
    """A city whose own name reads first as a surname ("Грозный"): its forms name the city in the news."""
    from kg.extract.morph import parses

    found = [p for p in parses(name.lower()) if p.is_known]
    return (
        " " not in name
        and any("Geox" in p.tag.grammemes for p in found)
        and bool(found)
        and "Surn" in found[0].tag.grammemes
    )


def _personal_name(word: str) -> bool:
    from kg.extract.morph import parses

    found = [p for p in parses(word.lower()) if p.is_known]
    # "Владимира" reads as a person's name far more often than as the city; "Астану" is as likely the city
    # ("Астан" is a rare name): a form is left out only when its person readings outweigh its place readings
    person = sum(p.score for p in found if {"Name", "Surn", "Patr"} & set(p.tag.grammemes))
    place = sum(p.score for p in found if "Geox" in p.tag.grammemes)
    return person > 2 * place


def _drop_nested(matches: list[Match]) -> list[Match]:
    """Keep the longest of overlapping matches ("Минской области" over "Минск")."""
    matches.sort(key=lambda m: (m.start, -(m.stop - m.start)))
    out: list[Match] = []
    for m in matches:
        if out and m.start < out[-1].stop:
            if m.stop - m.start > out[-1].stop - out[-1].start:
                out[-1] = m
            continue
        out.append(m)
    return out


@lru_cache(maxsize=1)
def default_gazetteer() -> Gazetteer:
    return Gazetteer()


# ---------------------------------------------------------------- role titles


@dataclass(frozen=True)
class RoleMatch:
    start: int
    stop: int
    role: str


@lru_cache(maxsize=1)
def role_patterns() -> list[tuple[str, re.Pattern]]:
    return [
        (role, re.compile(r"(?i)(?<![\w-])(?:" + rx + r")(?![\w-])"))
        for role, rx in _rows(gazetteer_file("roles.tsv"))
    ]


def find_roles(text: str) -> list[RoleMatch]:
    """Role titles in ``text``; where titles overlap the earlier line of roles.tsv wins."""
    found: list[RoleMatch] = []
    taken: list[tuple[int, int]] = []
    for role, rx in role_patterns():
        for m in rx.finditer(text):
            if any(m.start() < b and a < m.end() for a, b in taken):
                continue
            if _OFFICE_NOT_HOLDER.match(m.group()):
                continue  # "под председательством Китая": a state's chairmanship, nobody's title
            found.append(RoleMatch(m.start(), m.end(), role))
            taken.append((m.start(), m.end()))
    for m in _TITLE_COMPOUND.finditer(text):
        # "советник-посланник", "министр-советник": two titles joined are the rank the second one names
        # ("министр-советник" of an embassy is a counsellor, no minister)
        if any(m.start() < b and a < m.end() for a, b in taken):
            continue
        first, last = find_roles(m.group(1)), find_roles(m.group(2))
        if first and last and first[0].stop == len(m.group(1)) and last[0].stop == len(m.group(2)):
            found.append(RoleMatch(m.start(), m.end(), last[0].role))
    return sorted(found, key=lambda r: r.start)


# the office or its term, not one who holds it: "председательство", "президентство", "председательствующий"
_OFFICE_NOT_HOLDER = re.compile(r"(?i)(?:председательств|президентств|президентск)")
_TITLE_COMPOUND = re.compile(r"(?<![\w-])([а-яёА-ЯЁ]{4,})-([а-яёА-ЯЁ]{4,})(?![\w-])")
