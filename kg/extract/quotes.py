"""Stage 7: direct speech and its speaker (a name, or a description such as "российский премьер").

A quotation is attributed, in this order, by what follows it (", – отметил X"),
by what introduces it ("X заявил:", "X: «...»", "По словам X, «...»"), by a speech
verb of its own sentence ("Он выразил уверенность, что «...»"), and last by the
speaker of the sentence before ("Жапаров отметил, что ... . «Мы высоко ценим ...»").
A press release ("говорится в сообщении") is nobody's speech.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from kg.extract import coref
from kg.extract.arguments import persons_of
from kg.extract.model import Article, Mention, PostFact, Quote, Span
from kg.extract.speech import speech_spans
from kg.extract.syntax import children, token_at
from kg.extract.transcripts import transcript_turns

_NO_PERSON = re.compile(
    r"(?i)говорится|сообщается|отмечается|подчеркивается|пресс-служб|сообщени|заявлени\w+\s+(?:МИД|пресс)"
)
_COLON_INTRO = re.compile(
    r"(?i)(?:\b(?:заявил|сказал|отметил|подчеркнул|сообщил|добавил|написал|пояснил|указал|"
    r"заверил|признался|констатировал)\w*|[А-ЯЁ][а-яё]+)\s*:\s*$"
)
_SPEECH_VERBS = {
    "заявить",
    "сказать",
    "отметить",
    "подчеркнуть",
    "сообщить",
    "добавить",
    "написать",
    "пояснить",
    "указать",
    "заверить",
    "выразить",
    "признаться",
    "констатировать",
    "высказать",
    "предложить",
    "напомнить",
    "акцентировать",
    "обратить",
    "назвать",
    "рассказать",
    "поблагодарить",
    "убедить",
}
_CITED = re.compile(
    r"(?i)^[»\"”“]?[,.!?…]?\s*[–—-]\s*(?:\w+\s+)?(?:приводит|цитирует|передает)\s+(?:его|ее|её)\s+слова"
)
_CITES_NAME = re.compile(
    r"(?i)[»\"”“]?[,.!?…]?\s*[–—-]\s*(?:цитиру\w+|приводит\s+слова|привод\w+\s+слова)\s+(?:\w+\s+){0,6}?(?=(?-i:[А-ЯЁ]))"
)
_ADDRESSED = re.compile(r"(?i)(?:^|\s)(?:к|ко|с|со|у|о|об|для|от)\s+$")
_INTERRUPTION = re.compile(
    r"[,.!?…]\s+[–—]\s+((?:[а-яё]+\s+){0,2}?[а-яё]+(?:л|ла|ли)(?:ся|сь)?\s+(?:[А-ЯЁ]\.\s?|[^.!?–—«»])+?)[.,]\s+[–—]\s"
)
_CLAUSE_END = re.compile(r"(?<!\b[А-ЯЁA-Z])[.!?]")
_BY_WORDS = re.compile(r"(?i)\bпо\s+(?:словам|мнению|оценке|данным)\s+$")


def bind_speaker_titles(article: Article) -> None:
    """ "– ..., – отметил Президент." when no one in the article holds that post yet: the title
    belongs to the last person named before the quote who has no post (the genre names a person
    once in full, then by title)."""
    for para in article.paragraphs:
        chunk = article.text[para.start : para.stop]
        for _, b in speech_spans(chunk):
            attribution = _attribution(article, para.start + b, para.stop)
            if attribution is None or any(
                attribution[0] <= m.start < attribution[1] for m in article.mentions
            ):
                continue
            desc = coref.describe(article, *attribution)
            if desc is None or desc.role is None or coref.resolve(article, desc, attribution[0]) is not None:
                continue
            before = [
                m
                for m in article.mentions
                if m.stop <= para.start + b and not article.persons[m.person].posts
            ]
            if not before:
                continue
            person = article.persons[before[-1].person]
            sentence = next((s.index for s in article.sentences if s.start <= attribution[0] < s.stop), 0)
            person.posts.append(
                PostFact(
                    desc.role, desc.country or article.publisher_country, None, sentence, Span(*attribution)
                )
            )


def bind_speakers(article: Article) -> None:
    """Who speaks each stretch of direct speech, before the meetings are read: "«Обсудили с послом X ...», –
    написал Y" tells Y's own talks."""
    article.speakers = list(_spoken(article, visitor=None))


def extract_quotes(article: Article) -> None:
    article.quotes = []
    visitor = article.visits[-1].visitor if article.visits else None
    spoken = list(_spoken(article, visitor))
    # a transcript's turns, where no quote marks already told the speech
    spoken += [
        (span, key)
        for span, key in transcript_turns(article)
        if not any(x.start < span.stop and span.start < x.stop for x, _ in spoken)
    ]
    for span, speaker in spoken:
        sentence = next((s.index for s in article.sentences if s.start <= span.start < s.stop), 0)
        text = article.text[span.start : span.stop].strip(' «»"“”„–—')
        article.quotes.append(Quote(speaker, text, sentence, span))


def _spoken(article: Article, visitor: str | None) -> Iterator[tuple[Span, str]]:
    for para in article.paragraphs:
        chunk = article.text[para.start : para.stop]
        for a, b in speech_spans(chunk):
            start, stop = para.start + a, para.start + b
            speaker = _attributed(article, start, stop, para.start, para.stop, visitor)
            inside = _LEFT_INSIDE.search(article.text, start, stop)
            if inside is not None and _attribution(article, stop, para.stop) is None:
                stop = inside.start() + 1  # the speech ends where its own attribution begins
            if speaker is not None:
                yield Span(start, stop), speaker


def _attributed(
    article: Article, start: int, stop: int, para_start: int, para_stop: int, visitor: str | None
) -> str | None:
    after = article.text[stop : min(para_stop, stop + 60)]
    if _CITED.search(after):
        return _speech_subject(article, start, same_sentence=False)  # "– приводит его слова пресс-служба"
    cited = _CITES_NAME.match(after)
    if cited:  # "– цитирует Эрдогана пресс-служба", "– приводит слова посла X агентство"
        named = [m for m in article.mentions if stop + cited.end() <= m.start < stop + cited.end() + 3]
        if named:
            return named[0].person
    if _NO_PERSON.search(after):
        return None  # "..., – говорится в сообщении"
    attribution = (
        _attribution(article, stop, para_stop)
        or _interruption(article, start, stop)
        or _attribution_left_inside(article, start, stop)
    )
    speaker = (
        _speaker(article, *attribution, visitor, speech_start=start) if attribution is not None else None
    )
    if speaker is not None:
        return speaker
    intro_start = max(para_start, start - 200)
    intro = article.text[intro_start:start].rstrip('«"“„–— ')
    if not intro.strip():
        # a transcript's caption line: "Игорь Петришенко, посол Беларуси в России:" on the line before the speech
        intro_start = _caption_before(article.text, para_start)
        intro = article.text[intro_start:para_start].rstrip()
    if _NO_PERSON.search(intro[-80:]):
        return None
    if _COLON_INTRO.search(intro):
        # the clause after the last full stop; an initial's point ("Н. Патрушев:") ends no clause
        stops = [m.end() for m in _CLAUSE_END.finditer(intro)]
        clause = intro[stops[-1] :] if stops else intro
        speaker = _speaker(article, intro_start + len(intro) - len(clause), intro_start + len(intro), visitor)
        if speaker is not None:
            return speaker
    by = [
        m
        for m in article.mentions
        if intro_start <= m.start < start and _BY_WORDS.search(article.text[para_start : m.start])
    ]
    if by:
        return by[-1].person  # "По словам Игоря Бабушкина, «...»"
    return (
        _speech_subject(article, start, same_sentence=True)
        or _speech_subject(article, start, same_sentence=False)
        or _by_words_before(article, start)
    )


def _caption_before(text: str, para_start: int) -> int:
    """The start of the line before ``para_start`` when it is a short line ending in a colon, else ``para_start``."""
    before = text[:para_start].rstrip()
    line_start = before.rfind("\n") + 1
    line = before[line_start:]
    return line_start if line.endswith(":") and 0 < len(line) <= 200 else para_start


def _speech_subject(article: Article, pos: int, same_sentence: bool) -> str | None:
    """The subject of a speech verb in the quote's own sentence ("Она заверила, что «...»") or in the sentence
    before it ("Садыр Жапаров отметил, что ... . «Мы ...»"); a gerund speaks for its clause's subject."""
    if same_sentence:
        found = [x for x in article.sentences if x.start <= pos < x.stop]
    else:
        found = [x for x in article.sentences if x.stop <= pos and not x.in_quote][-1:]
        if found and pos - found[0].stop > 300:
            return None
    for s in found:
        for t in s.tokens:
            if t.lemma not in _SPEECH_VERBS or (same_sentence and t.stop > pos):
                continue
            verb = t
            if (
                not children(s.tokens, verb, "nsubj")
                and verb.feats.get("VerbForm") == "Conv"
                and verb.head >= 0
            ):
                verb = s.tokens[verb.head]  # "..., отметив, что": the subject of the main verb
            for subject in children(s.tokens, verb, "nsubj"):
                people = persons_of(article, s, subject)
                if people:
                    return people[0]
    return None


def _interruption(article: Article, start: int, stop: int) -> tuple[int, int] | None:
    """«Мы говорили о связях, – заявил Коэн. – Туркменистан ...»: an attribution between two dashes inside the
    quotation."""
    m = _INTERRUPTION.search(article.text, start, stop)
    if m is None or _NO_PERSON.search(m.group(1)):
        return None  # "– сообщили в пресс-службе президента. –": nobody's words
    return m.start(1), m.end(1)


_LEFT_INSIDE = re.compile(
    r"[,.!?…]\s+[–—-]\s+((?:[а-яё]+\s+){0,3}?[а-яё]+(?:л|ла|ли)(?:ся|сь)?\s+(?:[А-ЯЁ]\.\s?|[^.!?«»\"“”])+?)"
    r"\.?\s*$"
)


def _attribution_left_inside(article: Article, start: int, stop: int) -> tuple[int, int] | None:
    """ "У меня сложилось впечатление, - заявил в ответ Султан аль-Хатер. "Мы ...": a speech whose closing
    mark the text left out runs on into its own attribution, which then ends it."""
    m = _LEFT_INSIDE.search(article.text, start, stop)
    if m is None or _NO_PERSON.search(m.group(1)):
        return None
    return m.start(1), m.end(1)


def _by_words_before(article: Article, pos: int) -> str | None:
    """ "По словам Залкалиани, стороны обсудили ... / «Конечно, мы ...»": the one whose words the sentence before
    reports speaks on."""
    before = [x for x in article.sentences if x.stop <= pos and not x.in_quote][-1:]
    if not before or pos - before[0].stop > 300:
        return None
    s = before[0]
    by = [
        m
        for m in article.mentions_in(s.index)
        if _BY_WORDS.search(article.text[max(s.start, m.start - 20) : m.start])
    ]
    return by[0].person if by else None


def _attribution(article: Article, speech_end: int, para_end: int) -> tuple[int, int] | None:
    """ ", – отметил Премьер-министр Казахстана Олжас Бектенов." after the speech."""
    tail = article.text[speech_end:para_end]
    m = re.match(r"[»\"”“]?[,.!?…]?\s*[–—-]\s*((?:[А-ЯЁ]\.\s?|[^.!?])*)", tail)  # "– сказал А. Лукашенко."
    if not m:
        return None
    text = m.group(1)
    if _NO_PERSON.search(text):
        return None
    carried = _CARRIED_OVER.match(article.text, para_end)
    if speech_end + m.end(1) == para_end and _VERB_LEFT_OPEN.search(text) and carried:
        # "..., – подчеркнула\nМарина Ковтун.": a page's line break inside the attribution
        return speech_end + m.start(1), carried.end(1)
    return speech_end + m.start(1), speech_end + m.end(1)


# an attribution left open at the paragraph's end ("– подчеркнула"), and the name that ends it on the next line
_VERB_LEFT_OPEN = re.compile(r"(?i)\b\w+(?:л|ла|ли|ет|ит)\s*$")
_CARRIED_OVER = re.compile(r"\s*\n\s*((?:[А-ЯЁ]\.\s?)*[А-ЯЁ][а-яё]+(?:\s+[А-ЯЁ][а-яё-]+){0,2})\s*\.")


def _speaker(
    article: Article, start: int, stop: int, visitor: str | None, speech_start: int | None = None
) -> str | None:
    if _PRONOUN_SPEAKS.search(article.text[start:stop]):
        # "– отметил он по итогам переговоров с президентом X": the pronoun speaks, not the partner named after it
        found = _speech_subject(article, start, same_sentence=False) or _last_named(article, start)
        if found is not None:
            return found
    names = [m for m in article.mentions if start <= m.start and m.stop <= stop and m.person]
    # "– обратился к Токаеву шейх Тамим": the addressee of a preposition is not who speaks; "– сказал на встрече
    # с президентом X министр Y": nor is a name in an oblique case
    spoken = [
        m
        for m in names
        if not _ADDRESSED.search(article.text[max(start, m.start - 4) : m.start]) and not _oblique(article, m)
    ]
    if spoken or names:
        return (spoken or names)[0].person
    # a name the tagger left unread where it stands alone on a line ("подчеркнула\nМарина Ковтун."): the full name
    # of someone the text names elsewhere
    written = [p.key for p in article.persons.values() if p.name in article.text[start:stop]]
    if len(written) == 1:
        return written[0]
    desc = coref.describe(article, start, stop)
    if desc is None:
        return None
    # "«По приглашению министра России X мы ...», – сказал министр": who is named inside the speech is spoken of
    before = min(start, speech_start) if speech_start is not None else start
    person = coref.resolve(article, desc, before, visitor)
    return person.key if person else None


_PRONOUN_SPEAKS = re.compile(r"(?i)^\s*[,–—-]*\s*\w+\s+(?:он|она)\b")
_OBLIQUE = frozenset(["Ins", "Dat", "Loc"])


def _oblique(article: Article, m: Mention) -> bool:
    """The mention's words are in a case no subject takes (instrumental, dative, prepositional)."""
    cases = {t.feats.get("Case") for t in token_at(article.sentences[m.sentence], m.start, m.stop)}
    return bool(cases) and cases <= _OBLIQUE


def _last_named(article: Article, pos: int) -> str | None:
    before = [m for m in article.mentions if m.stop <= pos]
    return before[-1].person if before else None
