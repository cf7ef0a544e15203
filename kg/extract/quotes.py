"""Stage 7: direct speech and its speaker (a name, or a description such as "российский премьер")."""

from __future__ import annotations

import re

from . import coref
from .model import Article, PostFact, Quote, Span
from .segment import speech_spans

_NO_PERSON = re.compile(r"(?i)говорится|сообщается|отмечается|подчеркивается|пресс-служб")
_COLON_INTRO = re.compile(r"(?i)\b(?:заявил|сказал|отметил|подчеркнул|сообщил|добавил)\w*\s*:\s*$")


def bind_speaker_titles(article: Article) -> None:
    """"– ..., – отметил Президент." when no one in the article holds that post yet: the title
    belongs to the last person named before the quote who has no post (the genre names a person
    once in full, then by title)."""
    for para in article.paragraphs:
        chunk = article.text[para.start : para.stop]
        for _, b in speech_spans(chunk):
            attribution = _attribution(article, para.start + b, para.stop)
            if attribution is None or any(attribution[0] <= m.start < attribution[1] for m in article.mentions):
                continue
            desc = coref.describe(article, *attribution)
            if desc is None or desc.role is None or coref.resolve(article, desc, attribution[0]) is not None:
                continue
            before = [m for m in article.mentions if m.stop <= para.start + b and not article.persons[m.person].posts]
            if not before:
                continue
            person = article.persons[before[-1].person]
            sentence = next((s.index for s in article.sentences if s.start <= attribution[0] < s.stop), 0)
            person.posts.append(PostFact(desc.role, desc.country or article.publisher_country, None, sentence,
                                         Span(*attribution)))


def extract_quotes(article: Article) -> None:
    article.quotes = []
    visitor = article.visits[-1].visitor if article.visits else None
    for para in article.paragraphs:
        chunk = article.text[para.start : para.stop]
        for a, b in speech_spans(chunk):
            start, stop = para.start + a, para.start + b
            attribution = _attribution(article, stop, para.stop)
            speaker = None
            if attribution is not None:
                speaker = _speaker(article, *attribution, visitor)
            if speaker is None:
                intro_start = max(para.start, start - 200)
                intro = article.text[intro_start:start]
                if _COLON_INTRO.search(intro.rstrip("«– ")):
                    speaker = _speaker(article, intro_start, start, visitor)
            if speaker is None:
                continue
            sentence = next((s.index for s in article.sentences if s.start <= start < s.stop), 0)
            article.quotes.append(Quote(speaker, article.text[start:stop].strip(" «»–—"), sentence, Span(start, stop)))


def _attribution(article: Article, speech_end: int, para_end: int) -> tuple[int, int] | None:
    """", – отметил Премьер-министр Казахстана Олжас Бектенов." after the speech."""
    tail = article.text[speech_end:para_end]
    m = re.match(r"[»]?[,.!?…]?\s*[–—-]\s*((?:[А-ЯЁ]\.\s?|[^.!?])*)", tail)  # "– сказал А. Лукашенко."
    if not m:
        return None
    text = m.group(1)
    if _NO_PERSON.search(text):
        return None
    return speech_end + m.start(1), speech_end + m.end(1)


def _speaker(article: Article, start: int, stop: int, visitor: str | None) -> str | None:
    names = [m for m in article.mentions if start <= m.start and m.stop <= stop and m.person]
    if names:
        return names[0].person
    desc = coref.describe(article, start, stop)
    if desc is None:
        return None
    person = coref.resolve(article, desc, start, visitor)
    return person.key if person else None
