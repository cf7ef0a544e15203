"""Surnames listed together, read by ``names``: "вице-спикерами Аршакяном, Рубиняном и Сагателяном", where the
tagger takes one of the list for a person and leaves the others. Words coordinated with a lone surname the tagger
found, capitalised and ending as it does (the same case of the same kind of surname), are surnames too."""

from __future__ import annotations

import re

from kg.extract.model import Article, Span

# one more item of a list: ", X", " и X", ", а также X"
_NEXT = re.compile(r"(?:\s*,\s*(?:а\s+также\s+)?|\s+и\s+)([А-ЯЁ][а-яё]{3,})(?![\w-])")
_BEFORE = re.compile(r"(?<![\w-])([А-ЯЁ][а-яё]{3,})(?:\s*,\s*|\s+и\s+)$")


def coordinated_surnames(article: Article, taken: list[Span]) -> list[Span]:
    """Lone surnames listed beside a lone surname already read, with its ending (three letters or more)."""
    text = article.text
    blocked = [(s.start, s.stop) for s in taken] + [(p.start, p.stop) for p in article.places]
    out: list[Span] = []
    for span in taken:
        word = text[span.start : span.stop]
        if not re.fullmatch(r"[А-ЯЁ][а-яё]{4,}", word):
            continue
        ending = word[-3:]
        for found in _after(text, span, ending) + _before(text, span, ending):
            if not any(a < found.stop and found.start < b for a, b in blocked):
                out.append(found)
                blocked.append((found.start, found.stop))
    return out


def _after(text: str, span: Span, ending: str) -> list[Span]:
    out = []
    pos = span.stop
    while (m := _NEXT.match(text, pos)) is not None and m.group(1).endswith(ending):
        out.append(Span(m.start(1), m.end(1)))
        pos = m.end(1)
    return out


def _before(text: str, span: Span, ending: str) -> list[Span]:
    out = []
    stop = span.start
    while (m := _BEFORE.search(text[max(0, stop - 60) : stop])) is not None and m.group(1).endswith(ending):
        start = stop - len(m.group(0))
        out.append(Span(start, start + len(m.group(1))))
        stop = start
    return out
