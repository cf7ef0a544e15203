"""Descriptions that stand for a person: "российский премьер", "глава казахстанского
кабмина", "Федеральный канцлер", "казахстанский гость", "президентов".

A description gives a role (from the role titles) and maybe a country (from an
adjective or a country name); it resolves to the people of the article holding
such a post, the most recently mentioned first.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

from kg.extract.gazetteer import RoleMatch, find_roles
from kg.extract.model import Article, Person, Sentence
from kg.extract.titlespans import place_head

_OF_REGIONS = re.compile(r"(?i)\s+(?:[а-яё]+\s+)?(?:областей|регионов|краев|провинций|городов)\b")
# the visiting side: "гость", and the delegation's members ("делегаты встретились с представителями МИД")
_GUEST = re.compile(r"(?i)\bгост(?:ь|я|ю|ем|е|и|ей)\b|\bделегат(?:ы|ов|ам|ами)\b")
_FOREIGNER = re.compile(r"(?i)\bиностран(?:ец|ца|цу|цем|це)\b")
# "сказал политик": a word for any public person, standing for the one the text was just telling of
_GENERIC = re.compile(r"(?i)^\s*(?:\w+\s+)?политик(?:а|у|ом|е)?\s*$")
_PLURAL_HEADS = re.compile(
    r"(?i)\b(президент(?:ы|ов|ами)|глав(?:ы|ам|ами)? (?:двух |обеих )?(?:государств|стран|правительств)|премьер(?:ы|ов|ами)|"
    r"премьер-министр(?:ы|ов|ами)|лидер(?:ы|ов|ами)|глав(?:ы|ам|ами)(?=\s+(?-i:[А-ЯЁ])[а-яё]+(?:и|ы|а)?\s+и\s+(?-i:[А-ЯЁ]))|министр(?:ы|ов|ами)(?: иностранных дел)?|сопредседател\w+|"
    r"глав(?:ы|ам|ами)? (?:мид|внешнеполитических ведомств)|руководител(?:и|ей|ями) (?:мид|внешнеполитических ведомств))\b"
)
_PLURAL_ROLE = {
    "иностранных дел": "foreign_minister",  # before "министр": the first key found in the title wins
    "мид": "foreign_minister",
    "внешнеполитических": "foreign_minister",
    "президент": "head_of_state",
    "государств": "head_of_state",
    "стран": "head_of_state",
    "лидер": "leader",  # a state's leader: its head of state, or its head of government where none is named
    "правительств": "head_of_government",
    "премьер": "head_of_government",
    "министр": "minister",
    "глав": "leader",  # "главы Турции и Узбекистана"
}
# qualified plurals name people outside the article ("глав государств региона")
_QUALIFIED = re.compile(r"^\s+(региона|стран|государств|Центральной|СНГ|ЕАЭС|ШОС|тюркских|\w+[сц]ких)\b")


@dataclass
class Description:
    role: str | None
    country: str | None
    guest: bool
    title_word: str


def describe(article: Article, start: int, stop: int) -> Description | None:
    """Read a description in text[start:stop] (no name in it)."""
    text = article.text[start:stop]
    roles = title_roles(article, start, stop)
    guest = bool(_GUEST.search(text))
    if not roles and not guest and _FOREIGNER.search(text):
        return Description(None, None, False, "иностр")  # "с высокопоставленным иностранцем"
    if not roles and not guest:
        return Description(None, None, False, "политик") if _GENERIC.match(text) else None
    country = None
    for m in article.places_in(start, stop):
        if m.kind in ("country", "adjective", "body", "region", "city_adjective") and m.iso:
            country = m.iso
            break
    if country is None and re.search(r"(?i)\bнаш(?:ей|его|а)\s+(?:стран|государств)", text):
        country = article.publisher_country
    role = roles[0].role if roles else None
    if role == "head_of_state":
        role = _head_of_body(article, start, stop) or role
    word = text[roles[0].start : roles[0].stop].split()[0].lower()[:6] if roles else "гость"
    if role == "head_of_state" and country is None and re.search(r"(?i)глав\w+ государства", text):
        country = article.publisher_country  # "Глава государства" is the publisher's own head of state
    return Description(role, country, guest, word)


def _head_of_body(article: Article, start: int, stop: int) -> str | None:
    """ "президента ЕП", "президента Европарламента": a president of an international body or a parliament, not
    of a state; the head's role is the body's."""
    bodies = [m for m in article.places_in(start, stop) if m.kind == "body" and m.value.country is None]
    if not bodies or any(m.kind in ("country", "adjective") for m in article.places_in(start, stop)):
        return None
    if re.search(r"(?i)парламент|ассамбле", bodies[0].value.name):
        return "parliament_speaker"
    return "head_of_international_organization"


def _foreigner(article: Article, before: int) -> Person | None:
    """The last person named before of a state other than the outlet's (any state, when the outlet's is not
    known)."""
    own = article.publisher_country
    foreign = [
        p
        for p in article.persons.values()
        if any(x.country and x.country != own for x in p.posts) and any(m.start < before for m in p.mentions)
    ]
    return max(foreign, key=lambda p: max(m.start for m in p.mentions if m.start < before), default=None)


def title_roles(article: Article, start: int, stop: int) -> list[RoleMatch]:
    """The role titles of text[start:stop], or a head named by the place alone ("глава Узбекистана")."""
    return find_roles(article.text[start:stop]) or place_head(article, start, stop)


def resolve(article: Article, desc: Description, before: int, visitor: str | None = None) -> Person | None:
    """The person a description stands for, preferring the last one mentioned before ``before``."""
    if desc.guest and desc.role is None and visitor:
        return article.persons.get(visitor)
    if desc.title_word == "иностр":
        return _foreigner(article, before)
    candidates = []
    for person in article.persons.values():
        for post in person.posts:
            if (
                desc.role
                and post.role != desc.role
                and not (desc.role == "minister" and post.role in ("foreign_minister", "deputy_minister"))
                and not (desc.title_word == "диплом" and post.role == "other_official")
            ):  # "корейский дипломат" may be the consul or envoy named before, not only an ambassador
                continue
            if desc.country and post.country != desc.country:
                continue
            candidates.append(person)
            break
    if desc.guest and visitor and any(p.key == visitor for p in candidates):
        return article.persons[visitor]
    if not candidates:
        return None
    if len(candidates) > 1:
        # "губернатор" vs "аким": prefer the person whose own title used the same word
        same_word = [
            p
            for p in candidates
            if any(
                desc.title_word in article.text[max(0, m.start - 60) : m.start].lower()
                for m in p.mentions
                if m.start < before
            )
        ]
        if len(same_word) == 1:
            return same_word[0]
    return max(candidates, key=lambda p: max((m.start for m in p.mentions if m.start < before), default=-1))


# "Совета министров иностранных дел", "Совет глав государств": the plural names a body, not its members
_BODY_BEFORE = re.compile(r"(?i)\b(?:совет|комитет|коллеги|собрани|форум|клуб)\w*\s+$")


def _plural_titles(text: str) -> Iterator[re.Match]:
    """The plural titles of people the text can name: not qualified ("глав государств региона"), not a body's."""
    for m in _PLURAL_HEADS.finditer(text):
        if not _QUALIFIED.match(text[m.end() :]) and not _BODY_BEFORE.search(text[: m.start()]):
            yield m


def plural_role(text: str, subject: Sentence | None = None) -> str | None:
    """The role an unqualified plural title names ("Главы государств обсудили" -> head_of_state); with
    ``subject`` (the sentence the text is), only a title in the nominative ("... договоренностей между
    Президентами России и Беларуси", "городов-лидеров" name others)."""
    for m in _plural_titles(text):
        if subject is not None:
            word = next((t for t in subject.tokens if t.start - subject.start == m.start(1)), None)
            if word is None or word.feats.get("Case") != "Nom":
                continue
        word = m.group(1).lower()
        role = next((r for k, r in _PLURAL_ROLE.items() if k in word), None)
        if role:
            return "head_of_state" if role == "leader" else role
    return None


def plural_participants(article: Article, start: int, stop: int) -> list[Person]:
    """ "президентов", "главы правительств": every person of the article holding that post."""
    text = article.text[start:stop]
    states = {m.iso for m in article.places_in(start, stop) if m.kind in ("country", "adjective") and m.iso}
    out: list[Person] = []
    for m in _plural_titles(text):
        word = m.group(1).lower()
        role = next((r for k, r in _PLURAL_ROLE.items() if k in word), None)
        if role is None:
            continue
        if role == "leader" and _OF_REGIONS.match(text[m.end() :]):
            role = "regional_head"  # "Лидеры соседних областей подписали ...": the heads of the regions
        if role == "leader" and states:
            holders = _leaders(article, states)
        else:
            wanted = "head_of_state" if role == "leader" else role
            # "Министры посетили ...": ministers of any portfolio, the foreign ministers among them
            roles = ("minister", "foreign_minister") if wanted == "minister" else (wanted,)
            holders = [  # "Президенты Белоруссии и Ирана": of those states when the sentence names any
                p
                for p in article.persons.values()
                if any(x.role in roles and (not states or x.country in states) for x in p.posts)
            ]
        # "главы государств" refers to those named so far, not to a leader the text brings in later; a
        # headline's plural names those the text goes on to name ("Премьер-министры X и Y провели ...")
        told = [p for p in holders if any(m.start < stop for m in p.mentions)]
        for person in told if len(told) >= 2 else holders:
            if person not in out:
                out.append(person)
    return out


def _leaders(article: Article, states: set[str]) -> list[Person]:
    """ "лидеры России и Армении": each state's head of state, or its head of government when the text names
    no head of state of it."""
    out: list[Person] = []
    for state in sorted(states):
        for role in ("head_of_state", "head_of_government"):
            found = [
                p
                for p in article.persons.values()
                if any(x.role == role and x.country == state for x in p.posts)
            ]
            if found:
                out += found
                break
    return out


_DESCRIPTOR = re.compile(
    r"(?i)(?:\b[а-яё]+(?:ский|ской|ского|скому|ским|ском|цкий|цкого)\s+)?"
    r"\b(?:премьер(?:а|у|ом|е)?|президент(?:а|у|ом|е)?|лидер(?:а|у|ом|е)?|министр(?:а|у|ом|е)?|канцлер(?:а|у|ом|е)?|"
    r"губернатор(?:а|у|ом|е)?|аким(?:а|у|ом|е)?|спикер(?:а|у|ом|е)?|дипломат(?:а|у|ом|е)?|посол|посла|гост(?:ь|я|ю|ем)|делегат(?:ы|ов|ам|ами)|"
    r"иностран(?:ец|ца|цу|цем|це)|"
    r"глав(?:а|ы|е|у|ой)\s+(?:[а-яё]+\s+)?(?:правительства|кабмина|государства|мид|ведомства|министерства)|"
    r"(?:председател[а-яё]+|руководител[а-яё]+)\s+(?:[а-яё]+\s+)?(?:правительства|кабмина))"
    # not the start of another word: "дипломатического корпуса", "Посольства", "посольский"
    r"(?!ическ|ьств|ьск)"
    r"(?:\s+(?-i:[А-ЯЁ]{2,4}\b|[А-ЯЁ][а-яё]+(?:ии|ы|а|ана)\b))?"
)


def descriptor_spans(text: str, start: int, stop: int) -> list[tuple[int, int]]:
    """Stretches of text[start:stop] that may be descriptions of a person."""
    return [(start + m.start(), start + m.end()) for m in _DESCRIPTOR.finditer(text[start:stop])]
