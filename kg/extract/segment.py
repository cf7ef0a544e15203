"""Stage 1: the article layout of GOLD.md, sentences with offsets, and direct speech.

title / blank / rubric / [counter] / [byline] / [date line] / body paragraphs
(photo credits dropped) / [hashtag line].
"""

from __future__ import annotations

import re

from razdel import sentenize

from ..errors import InputError
from .dates import parse_date_line
from .model import Article, Sentence, Span

_PHOTO = re.compile(r"^\s*(фото|photo|источник фото)\b.*$", re.IGNORECASE)
_COUNTER = re.compile(r"^\s*\d[\d\s]*$")
_BYLINE = re.compile(r"^[A-ZА-ЯЁ][a-zа-яё]+(?:-[A-ZА-ЯЁ][a-zа-яё]+)?(?: [A-ZА-ЯЁ][a-zа-яё.]+(?:-[A-ZА-ЯЁ][a-zа-яё]+)?){1,2}$")
_HASHTAGS = re.compile(r"^\s*(#[\w-]+\s*)+$")
_DASH_SPEECH = re.compile(r"^[–—-]\s+")
# ", – отметил Премьер-министр ..." closes a paragraph of dash speech
_ATTRIBUTION = re.compile(r"[,.!?…]?\s+[–—-]\s+(?=(?:[а-яё]+,\s+)?(?:в свою очередь,?\s+)?[а-яё]+(?:л|ла|ли|лся|лась|ет|ит)\b)")


def read_article_text(raw: bytes, source: str) -> str:
    """Decode an article file, refusing what is not UTF-8 text."""
    if not raw.strip():
        raise InputError(f"{source}: empty file")
    if b"\x00" in raw[:8192]:
        raise InputError(f"{source}: binary file, not an article")
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as e:
        raise InputError(f"{source}: not UTF-8 text (byte {e.start})") from None
    return text.lstrip("\ufeff").replace("\r\n", "\n").replace("\r", "\n")


def _lines(text: str) -> list[tuple[int, int]]:
    out, pos = [], 0
    for line in text.split("\n"):
        out.append((pos, pos + len(line)))
        pos += len(line) + 1
    return out


def segment(article: Article) -> Article:
    text = article.text
    lines = [(a, b) for a, b in _lines(text)]
    nonblank = [(a, b) for a, b in lines if text[a:b].strip()]
    if not nonblank:
        raise InputError(f"{article.id}: no text")
    i = 0
    article.title = text[nonblank[0][0] : nonblank[0][1]].strip()
    i = 1

    def peek(k: int) -> str:
        return text[nonblank[k][0] : nonblank[k][1]].strip() if k < len(nonblank) else ""

    # the rubric is a short line right after the title
    if i < len(nonblank) - 1 and len(peek(i).split()) <= 4 and not peek(i).endswith((".", "!", "?")):
        article.rubric = peek(i)
        i += 1
    if _COUNTER.match(peek(i)):
        article.counter = int(re.sub(r"\s", "", peek(i)))
        i += 1
    if _BYLINE.match(peek(i)) and parse_date_line(peek(i)) is None:
        article.byline = peek(i)
        i += 1
    date = parse_date_line(peek(i))
    if date is not None:
        article.published = date
        i += 1
    body_lines = nonblank[i:]
    if body_lines and _HASHTAGS.match(text[body_lines[-1][0] : body_lines[-1][1]]):
        last = text[body_lines[-1][0] : body_lines[-1][1]]
        article.hashtags = [t.lstrip("#") for t in last.split()]
        body_lines = body_lines[:-1]
    paragraphs = [
        Span(a + len(text[a:b]) - len(text[a:b].lstrip()), b - (len(text[a:b]) - len(text[a:b].rstrip())))
        for a, b in body_lines
        if not _PHOTO.match(text[a:b])
    ]
    if not paragraphs:
        raise InputError(f"{article.id}: no body text after the header lines")
    article.paragraphs = paragraphs
    article.body = Span(paragraphs[0].start, paragraphs[-1].stop)
    sentences: list[Sentence] = []
    for p_index, para in enumerate(paragraphs):
        chunk = text[para.start : para.stop]
        speech = speech_spans(chunk)
        for s in sentenize(chunk):
            start, stop = para.start + s.start, para.start + s.stop
            inside = any(a - 3 <= s.start and s.stop <= b + 1 for a, b in speech)
            sentences.append(Sentence(len(sentences), p_index, start, stop, text[start:stop], inside))
    article.sentences = sentences
    return article


def speech_spans(paragraph: str) -> list[tuple[int, int]]:
    """Character spans of direct speech in a paragraph: dash speech and long «...» quotes."""
    spans: list[tuple[int, int]] = []
    m = _DASH_SPEECH.match(paragraph)
    if m:
        end = _ATTRIBUTION.search(paragraph, m.end())
        spans.append((m.end(), end.start() if end else len(paragraph)))
    for q in re.finditer(r"«((?:[^«»]|«[^«»]*»)+)»", paragraph):
        inner = q.group(1)
        attributed = _ATTRIBUTION.match(paragraph, q.end()) or re.match(r"[,.!?…]?\s+[–—-]\s+[а-яё]+", paragraph[q.end() :])
        if (len(inner) > 40 and len(inner.split()) > 6) or (attributed and len(inner.split()) > 2):
            spans.append((q.start(1), q.end(1)))
    return spans
