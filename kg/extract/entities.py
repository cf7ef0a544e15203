"""Stage 2: people. natasha's NER finds name spans; names are normalized here and
every mention (inflected, surname only, initials, first name + patronymic) is
clustered into one Person per article.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from ..ontology import normalize_key
from ..resources import gazetteer_file
from .gazetteer import find_roles
from .model import Article, Mention, Person, Span
from .morph import (
    first_name_forms,
    is_initial,
    is_patronymic,
    normalize_name,
    parses,
    surname_forms,
    title_cases,
)
from .posts import TITLE_BREAK

_NAME_TOKEN = re.compile(r"^(?:[А-ЯЁ]\.|[А-ЯЁ][а-яёәғқңөұүһі]+(?:-[А-ЯЁ][а-яёәғқңөұүһі]+)*)$")


class NerModel:
    """natasha's news NER, loaded once and passed to every extraction."""

    def __init__(self) -> None:
        from natasha import NewsEmbedding, NewsNERTagger, Segmenter

        self._segmenter = Segmenter()
        self._tagger = NewsNERTagger(NewsEmbedding())

    def person_spans(self, text: str) -> list[Span]:
        from natasha import Doc

        doc = Doc(text)
        doc.segment(self._segmenter)
        doc.tag_ner(self._tagger)
        return adapt_spans(doc.spans)


def adapt_spans(spans) -> list[Span]:
    """natasha spans -> our Span, persons only."""
    return [Span(s.start, s.stop) for s in spans if s.type == "PER"]


@dataclass
class _Raw:
    start: int
    stop: int
    tokens: list[str]


def _merge_adjacent(text: str, spans: list[Span]) -> list[Span]:
    """natasha splits "Александром Григорьевичем | Лукашенко": join spans with only a space between."""
    out: list[Span] = []
    for s in sorted(spans, key=lambda s: s.start):
        if out and text[out[-1].stop : s.start].strip() == "" and s.start - out[-1].stop <= 2:
            out[-1] = Span(out[-1].start, s.stop)
        else:
            out.append(s)
    return out


def _extend_initials(text: str, span: Span) -> Span:
    m = re.search(r"(?:[А-ЯЁ]\.\s?){1,2}$", text[max(0, span.start - 6) : span.start])
    if m:
        return Span(span.start - (len(text[max(0, span.start - 6) : span.start]) - m.start()), span.stop)
    return span


def _trim(text: str, span: Span, places: list) -> Span | None:
    """Drop words at either end that cannot be part of a name ("РУз Жамшидом Ходжаевым", "Астаны Женис ...")."""
    words = [(m.start() + span.start, m.end() + span.start) for m in re.finditer(r"\S+", text[span.start : span.stop])]
    placed = [(p.start, p.stop) for p in places if p.kind in ("country", "city", "region", "body", "adjective")]
    asian = bool(words) and text[words[0][0] : words[0][1]] in east_asian_surnames()
    good = [(a, b) for a, b in words
            if (_NAME_TOKEN.match(text[a:b].strip(",;:")) or re.match(r"^[А-ЯЁ]\.$", text[a:b])
                or (asian and re.match(r"^[А-ЯЁ][,;:]?$", text[a:b])))  # "Ван И"
            and not any(pa < b and a < pb for pa, pb in placed)]
    while words and words[0] not in good:
        words.pop(0)
    while words and words[-1] not in good:
        words.pop()
    return Span(words[0][0], words[-1][1]) if words else None


def _inside_short_quote(text: str, span: Span) -> bool:
    """«Янги Узбекистон», «Беларусь 1»: a named thing, not a person."""
    left = text.rfind("«", 0, span.start)
    if left == -1 or text.rfind("»", 0, span.start) > left:
        return False
    right = text.find("»", span.stop)
    return right != -1 and len(text[left:right].split()) <= 5


_CAP = r"[А-ЯЁ][а-яёәғқңөұүһі]+(?:-[А-ЯЁ][а-яёәғқңөұүһі]+)?"
_NAME_SEQUENCE = re.compile(rf"(?<![\w-])({_CAP})\s+({_CAP})(?:\s+({_CAP}))?(?![\w-])")
_SURNAME_LIKE = re.compile(
    r"(?:ов|ев|ёв|ин|ын|ова|ева|ёва|ина|ына|ский|ская|цкий|ян|янц|енко|ко|дзе|швили|ли|уулу|улы)"
    r"(?:а|у|ым|ом|е|ой|ою|ого|ому|им|ую)?$"
)


@lru_cache(maxsize=1)
def east_asian_surnames() -> frozenset[str]:
    lines = gazetteer_file("east_asian_surnames.txt").read_text(encoding="utf-8").splitlines()
    return frozenset(line.strip() for line in lines if line.strip() and not line.startswith("#"))


_EAST_ASIAN = re.compile(r"(?<![\w-])([А-ЯЁ][а-яё]*)((?:\s+[А-ЯЁ][а-яё]*){1,2})(?![\w-])")


def east_asian_spans(article: Article, taken: list[Span]) -> list[Span]:
    """"Ван И", "Фам Минь Тинем", "Дин Сюэсян": a family name from the list and one or two syllables."""
    out = []
    names = east_asian_surnames()
    places = [(m.start, m.stop) for m in article.places]
    for s in article.sentences:
        for m in _EAST_ASIAN.finditer(s.text):
            start, stop = s.start + m.start(), s.start + m.end()
            if m.group(1) not in names or any(a < stop and start < b for a, b in [(t.start, t.stop) for t in taken] + places):
                continue
            if find_roles(m.group(2)) or (m.start() == 0 and not find_roles(article.text[max(0, start - 60) : start])):
                continue
            out.append(Span(start, stop))
    return out


def _is_name(word: str) -> bool:
    return any("Name" in p.tag and p.score >= 0.1 for p in parses(word.split("-")[0].lower()))


def _is_surname(word: str) -> bool:
    return bool(_SURNAME_LIKE.search(word.lower())) or any("Surn" in p.tag for p in parses(word.lower()))


def rule_person_spans(article: Article, taken: list[Span]) -> list[Span]:
    """Names natasha misses ("заместителями Премьер-министра РУз Жамшидом Ходжаевым"): a known first
    name followed by a surname-like word, or any two or three capitalized words right after a role title."""
    text = article.text
    places = [(m.start, m.stop) for m in article.places]
    out: list[Span] = []
    for s in article.sentences:
        for m in _NAME_SEQUENCE.finditer(s.text):
            start, stop = s.start + m.start(), s.start + m.end()
            if any(a < stop and start < b for a, b in [(t.start, t.stop) for t in taken] + places):
                continue
            words = [w for w in m.groups() if w]
            if m.start() == 0 and not _is_name(words[0]):
                continue  # a sentence-initial capital says nothing
            after_title = bool(find_roles(text[max(s.start, start - 40) : start])) and bool(
                re.search(r"(?:[А-ЯЁ]{2,4}|[а-яё]+)\s+$", text[max(s.start, start - 40) : start]))
            if _is_surname(words[-1]) and (_is_name(words[0]) or after_title):
                out.append(Span(start, stop))
    return out


def _extend_left_name(text: str, span: Span) -> Span:
    """natasha sometimes drops a first name: "Реджепом | Тайипом Эрдоганом"."""
    m = re.search(rf"({_CAP})\s+$", text[max(0, span.start - 30) : span.start])
    if m and _is_name(m.group(1)) and not re.search(r"[.!?]\s*$", text[max(0, span.start - 32) : span.start - len(m.group(0))]):
        return Span(span.start - len(m.group(0)), span.stop)
    return span


def find_persons(article: Article, ner: NerModel) -> None:
    text = article.text
    body = article.body
    spans = [Span(s.start + body.start, s.stop + body.start) for s in ner.person_spans(text[body.start : body.stop])]
    spans = _merge_adjacent(text, spans)
    spans = [_extend_left_name(text, s) if len(text[s.start : s.stop].split()) < 3 else s for s in spans]
    spans = spans + rule_person_spans(article, spans)
    spans = sorted(spans + east_asian_spans(article, spans), key=lambda s: s.start)
    inside = [(s.start, s.stop) for s in article.sentences]
    raws: list[_Raw] = []
    for span in spans:
        if "\n" in text[span.start : span.stop] or not any(a <= span.start and span.stop <= b for a, b in inside):
            continue  # photo credits and headers are not sentences
        if any(m.start <= span.start and span.stop <= m.stop for m in article.places if m.kind in ("city", "body", "country")):
            continue  # "Акорда", "Кремль" are places
        span = _trim(text, _extend_initials(text, span), article.places)
        if span is None:
            continue
        if _inside_short_quote(text, span):
            continue
        tokens = text[span.start : span.stop].replace(". ", ".").replace(".", ". ").split()
        tokens = [t.strip(",;:") for t in tokens]
        if tokens and tokens[0] in east_asian_surnames():
            tokens = [t for t in tokens if t]  # one-letter syllables are part of the name
        elif not tokens or not all(_NAME_TOKEN.match(t) for t in tokens):
            continue
        raws.append(_Raw(span.start, span.stop, tokens))

    def sentence_of(pos: int) -> int:
        for s in article.sentences:
            if s.start <= pos < s.stop:
                return s.index
        return -1

    persons: dict[str, Person] = {}
    pending: list[tuple[_Raw, list[str]]] = []
    # full names first, so that later short mentions have something to attach to
    for raw in raws:
        names = [t for t in raw.tokens if not is_initial(t)]
        patronymic_only = len(names) == 2 and is_patronymic(names[1]) and not (
            re.search(r"(?i)ич$", names[1]) and {p.tag.gender for p in parses(names[0].lower()) if "Name" in p.tag} == {"femn"})
        if len(names) < 2 or patronymic_only:
            pending.append((raw, names))
            continue
        parts = normalize_name(names, _case_hint(text, raw))
        if parts is None or not parts.last:
            pending.append((raw, names))
            continue
        person = _find_person(persons, parts.first, parts.last) or _find_by_forms(persons, names) or _add_person(persons, parts)
        if parts.patronymic and not person.patronymic:
            person.patronymic = parts.patronymic
        mention = Mention(raw.start, raw.stop, text[raw.start : raw.stop], sentence_of(raw.start), person.key)
        person.mentions.append(mention)
        article.mentions.append(mention)
    for raw, names in pending:
        person = _resolve_short(persons, raw.tokens, names)
        if person is None:
            continue
        mention = Mention(raw.start, raw.stop, text[raw.start : raw.stop], sentence_of(raw.start), person.key)
        person.mentions.append(mention)
        article.mentions.append(mention)
    article.mentions.sort(key=lambda m: m.start)
    article.persons = persons


def _case_hint(text: str, raw: _Raw) -> set[str] | None:
    """The case of a title right beside the name: "Адилю Мухамеджанову – заместителю ..."."""
    right = re.match(r"\s*(?:,|[–—])\s*(([а-яё-]+)(?:\s+[а-яё-]+){0,2})", text[raw.stop : raw.stop + 60])
    if right and find_roles(right.group(1)):
        cases = title_cases(right.group(2))
        if cases:
            return cases
    # a title before the name: its head word ("министром по ... делам Австрийской Республики Беате ...")
    window = text[max(0, raw.start - 90) : raw.start]
    breaks = list(TITLE_BREAK.finditer(window))
    window = window[breaks[-1].end() :] if breaks else window
    roles = find_roles(window)
    if roles:
        head = window[roles[0].start : roles[0].stop].split()[0]
        cases = title_cases(head)
        if 0 < len(cases) <= 2:  # "Премьер-министра Индии Нарендры Моди": genitive or accusative, not nominative
            return cases
    return None


def _find_person(persons: dict[str, Person], first: str, last: str) -> Person | None:
    key_last = normalize_key(last)
    for p in persons.values():
        if normalize_key(p.last) == key_last and (not first or not p.first or normalize_key(p.first) == normalize_key(first)):
            return p
    return None


def _find_by_forms(persons: dict[str, Person], names: list[str]) -> Person | None:
    """The same person under another reading of the case ("Маулена Ашимбаева" after "Мауленом Ашимбаевым")."""
    lasts = {normalize_key(f) for f in surname_forms(names[-1])}
    firsts = {normalize_key(f) for f in first_name_forms(names[0])}
    for p in persons.values():
        if normalize_key(p.last) in lasts and (not p.first or normalize_key(p.first.split()[0]) in firsts):
            return p
    return None


def _add_person(persons: dict[str, Person], parts) -> Person:
    name = parts.full
    key = normalize_key(name)
    person = Person(key=key, name=name, first=parts.first, last=parts.last, middle=parts.middle,
                    patronymic=parts.patronymic, gender=parts.gender)
    persons[key] = person
    return person


def _resolve_short(persons: dict[str, Person], tokens: list[str], names: list[str]) -> Person | None:
    """A surname alone, initials and a surname, or a first name and patronymic."""
    if not names:
        return None
    initials = [t[0] for t in tokens if is_initial(t)]
    if len(names) == 2 and is_patronymic(names[1]):
        forms = {normalize_key(f) for f in first_name_forms(names[0])}
        hits = [p for p in persons.values() if normalize_key(p.first) in forms]
        return hits[0] if len(hits) == 1 else None
    forms = {normalize_key(f) for f in surname_forms(names[-1])}
    hits = [p for p in persons.values() if normalize_key(p.last) in forms]
    if initials:
        hits = [p for p in hits if p.first[:1] == initials[0]] or hits
    if len(hits) == 1:
        return hits[0]
    if len(names) == 1:
        forms = {normalize_key(f) for f in first_name_forms(names[0])}
        hits = [p for p in persons.values() if normalize_key(p.first) in forms]
        return hits[0] if len(hits) == 1 else None
    return None
