"""Who signs a document: the bodies "между X и Y" names, or the ones the signing implies.

A party is named in the instrumental after "между" ("между Министерством торговли
и интеграции РК и Министерством ... РУз") and is given its full nominative name
with its country; a document of heads of state binds their states, an
intergovernmental one the governments of its two sides.
"""

from __future__ import annotations

import re

from .gazetteer import Gazetteer
from .model import Article, OrgRef
from .phrases import genitive_of, phrase_to_nominative

_PARTY_SPLIT = re.compile(r"\s+и\s+(?=(?:[а-яё]+(?:ым|им|ой|ей|ыми|ими)\s+){0,3}[А-ЯЁ])")
_SUBJECT = re.compile(r"\s+(?:о|об|по|в\s+сфере|в\s+области|на|до)\s")


def between_parties(article: Article, gaz: Gazetteer, pair: str, offset: int) -> tuple[list[OrgRef], str]:
    """"X и Y [о ...]" after "между": the two parties, and what follows them (the subject of the document)."""
    split = _PARTY_SPLIT.search(pair)
    if not split:
        return [], pair
    left, right = pair[: split.start()], pair[split.end() :]
    tail = ""
    subject = _SUBJECT.search(right)
    if subject:  # "Соглашение между X и Y о ...": the subject follows the parties
        tail, right = right[subject.start() :], right[: subject.start()]
    found = [p for p in (party(article, gaz, left, offset), party(article, gaz, right, offset)) if p]
    return found, tail


def governments(gaz: Gazetteer, sides: list[str]) -> list[OrgRef]:
    """"межправительственное соглашение": the governments of the two sides."""
    return [OrgRef(f"Правительство {gaz.countries[iso].official_genitive}", iso, "government") for iso in sides[:2]]


def state_parties(article: Article, gaz: Gazetteer, signatories: list[str]) -> list[OrgRef]:
    """Documents signed by heads of state bind their states."""
    posts = [[p for p in article.persons[k].posts] for k in signatories]
    if not posts or not all(any(p.role == "head_of_state" for p in ps) for ps in posts):
        return []
    out: list[OrgRef] = []
    for ps in posts:
        iso = next(p.country for p in ps if p.role == "head_of_state")
        if iso and not any(o.country == iso for o in out):
            out.append(OrgRef(gaz.countries[iso].official, iso, "state"))
    return out


def party(article: Article, gaz: Gazetteer, phrase: str, offset: int) -> OrgRef | None:
    """An organization named in the instrumental after "между", as its full nominative name."""
    phrase = phrase.strip(" ,.;")
    pos = article.text.find(phrase, offset)
    matches = article.places_in(pos, pos + len(phrase)) if pos >= 0 else []
    iso = None
    trailing_country = None
    for m in matches:
        if m.kind in ("country", "adjective", "region", "body") and m.iso:
            iso = iso or m.iso
            if m.kind == "country" and m.stop == pos + len(phrase):
                trailing_country = m
    words = phrase.split()
    if words and re.match(r"(?i)столичн", words[0]):
        iso = iso or article.publisher_country
        capital = gaz.countries[iso].capital if iso else None
        noun = phrase_to_nominative(" ".join(words[1:]))
        if capital and re.match(r"(?i)акимат|мэри|хокимият|администраци", noun):
            genitive = genitive_of(capital)
            return OrgRef(f"{noun[:1].upper()}{noun[1:]} города {genitive}", iso, "city")
    if iso is None:
        for city, c_iso in gaz.city_country.items():
            stem = city.lower()[:-1] if city.lower().endswith(("а", "я", "ь")) else city.lower()
            if len(stem) >= 4 and re.search(r"(?i)\b" + re.escape(stem), phrase):
                iso = c_iso
                break
    name_part = phrase
    country_adj = next((m for m in matches if m.kind == "adjective" and m.start == pos), None)
    if country_adj is not None:
        name_part = phrase[m.stop - pos :].strip() if (m := country_adj) else phrase
    if trailing_country is not None:
        name_part = phrase[: trailing_country.start - pos].strip()
    name = phrase_to_nominative(name_part)
    name = name[:1].upper() + name[1:]
    kind = "other"
    if re.search(r"(?i)городск\w+\s+исполнительн|горисполком|акимат|мэри[яи]|хокимият|муниципальн|администраци\w+\s+город", name):
        kind = "city"
    if re.match(r"(?i)провинци|штат\b|округ|кра[йя]\b|префектур|автономн", name):
        kind = "region"  # "провинция Цзянсу": a region the gazetteer need not know
    if any(m.kind == "region" for m in matches):
        kind = "region"
        name = re.sub(r"\s+(?:Республики|Российской|Кыргызской)\s.*$", "", name)
    elif re.match(r"(?i)министерств|ведомств|агентств|комитет|служб|правительств|кабинет|совет министров", name) and iso \
            and (trailing_country or country_adj):
        name = f"{name} {gaz.countries[iso].official_genitive}"
        kind = "ministry"
    return OrgRef(name, iso, kind) if name else None
