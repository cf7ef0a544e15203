"""Direct speech in a paragraph: dash speech ("– ..., – отметил ...") and quotations in any quote marks."""

from __future__ import annotations

import re

DASH_SPEECH = re.compile(r"^[–—-]\s+")
# ", – отметил Премьер-министр ..." closes a paragraph of dash speech
ATTRIBUTION = re.compile(
    r"[,.!?…]?\s+[–—-]\s+(?=(?:[а-яё]+,\s+)?(?:в свою очередь,?\s+)?[а-яё]+(?:л|ла|ли|лся|лась|ет|ит)\b)"
)
_FIRST_PERSON = re.compile(r"(?i)\b(?:я|мы|нас|нам|нами|наш\w*|мой|моя|мои|меня|мне)\b")
# «...», “...”, „...“ and "..." (straight quotes pair in order)
_QUOTED = re.compile(r"«((?:[^«»]|«[^«»]*»)+)»|“([^“”]+)”|„([^„“”]+)[“”]|\"([^\"]+)\"")
# «...", – сказал ...: a quotation opened with a guillemet and closed with a straight quote before its attribution
_MIXED = re.compile(r"«([^«»\"]+)[\"”](?=[,.!?…]?\s+[–—-]\s+[а-яё])")
_TWICE_OPENED = re.compile(r"“([^“”]+)“(?=\s*[,.!?…]*\s*[–—-])")
# "Обсудили ... . Уверен, визит расширит партнерство, – написал X.": a paragraph of speech with no opening mark,
# told as such only by the comma and dash before the speech verb that closes it
_CLOSING_ATTRIBUTION = re.compile(r"[,!?…]\s+[–—-]\s+(?:[а-яё]+,\s+)?[а-яё]+(?:л|ла|ли)\b(?P<tail>.{0,100})$")
# "Мы довольны сотрудничеством ..., - Александр Авдеев, губернатор Владимирской области.": a transcript's speech
# signed with its speaker's name and title after the dash
_CLOSING_NAME = re.compile(
    r"[,!?…]\s+[–—-]\s+(?P<tail>[А-ЯЁ][а-яё]+(?:-[А-ЯЁ][а-яё]+)?\s+[А-ЯЁ][а-яё]+(?:-[А-ЯЁ][а-яё]+)?"
    r"(?:,\s*[^.!?«»]{0,120})?)[.]?\s*$"
)
_QUOTE_MARKS = re.compile(r"[«»\"“”„]")
# a sentence ends after a word, not after an initial ("сказал С. Лавров.")
_SENTENCE_BREAK = re.compile(r"[а-яё]{2}[.!?…]\s")


def speech_spans(paragraph: str) -> list[tuple[int, int]]:
    """Character spans of direct speech in a paragraph: dash speech and quotations long enough to be speech
    (a quoted name such as «Ынтымак Ордо» is not), or short ones a speaker is attributed to."""
    spans: list[tuple[int, int]] = []
    m = DASH_SPEECH.match(paragraph)
    if m and paragraph[m.end() : m.end() + 1].isupper():  # "– программа сотрудничества ...;" is a list item
        end = ATTRIBUTION.search(paragraph, m.end())
        if end or _FIRST_PERSON.search(paragraph):  # a reported lead after a dateline is no speech
            spans.append((m.end(), end.start() if end else len(paragraph)))
    # read the closing mark of «...", – сказал as a guillemet, so that the straight quotes left pair in order
    paragraph = _MIXED.sub(lambda m: m.group(0)[:-1] + "»", paragraph)
    # “... “, – сказал он: an opening mark typed again where the closing one belongs
    paragraph = _TWICE_OPENED.sub(lambda m: m.group(0)[:-1] + "”", paragraph)
    unclosed = paragraph.rfind("«")
    if unclosed > paragraph.rfind("»") and len(paragraph) - unclosed > 40:
        # a quotation that goes on past the paragraph, or an excerpt's end
        spans.append((unclosed + 1, _unclosed_end(paragraph, unclosed + 1)))
    elif paragraph.count('"') % 2 == 1 and len(paragraph) - paragraph.rfind('"') > 40:
        spans.append((paragraph.rfind('"') + 1, _unclosed_end(paragraph, paragraph.rfind('"') + 1)))
    for q in _QUOTED.finditer(paragraph):
        group = next(i for i in range(1, 5) if q.group(i) is not None)
        inner = q.group(group)
        attributed = (
            ATTRIBUTION.match(paragraph, q.end())
            or re.match(r"[,.!?…]?\s+[–—-]\s+[а-яё]+", paragraph[q.end() :])
            or re.search(r":\s*$", paragraph[: q.start()])
        )  # "Губернатор Анкары: «Мы готовы ...»"
        if (len(inner) > 40 and len(inner.split()) > 6) or (attributed and len(inner.split()) > 2):
            spans.append((q.start(group), q.end(group)))
    return spans or _unmarked_speech(paragraph)


def spoken_parts(paragraph: str) -> list[tuple[int, int]]:
    """The spans of direct speech without the author's words inside a quotation: what the speaker says, and no
    more (a quotation itself stays whole, as its speaker said it)."""
    return [part for span in speech_spans(paragraph) for part in _interjections_cut(paragraph, span)]


# ". – Это ...", ", – «...": where the speech goes on after the author's words inside it
_SPEECH_RESUMED = re.compile(r"[,.!?…:]\s+[–—-]\s+(?=[«\"“]?[А-ЯЁ])")


def _interjections_cut(paragraph: str, span: tuple[int, int]) -> list[tuple[int, int]]:
    """ "«Мы сможем ..., – указал премьер, выступая на форуме. – Это укрепит ...»": the author's words inside a
    quotation are no speech; the quotation is the parts before and after them."""
    start, stop = span
    said = ATTRIBUTION.search(paragraph, start, stop)
    if said is None:
        return [span]
    resumed = _SPEECH_RESUMED.search(paragraph, said.end(), stop)
    return [(start, said.start())] + (_interjections_cut(paragraph, (resumed.end(), stop)) if resumed else [])


def _unclosed_end(paragraph: str, start: int) -> int:
    """Where a quotation opened and never closed ends: at its attribution (""Я рад ..., - заявил губернатор X. На
    церемонии ...": the mark left out before the dash), else at the paragraph's end."""
    end = ATTRIBUTION.search(paragraph, start)
    return end.start() if end else len(paragraph)


def _unmarked_speech(paragraph: str) -> list[tuple[int, int]]:
    """A whole paragraph of speech that only its closing ", – сказал X." marks (outlets quoting a post drop the
    quotation marks)."""
    text = paragraph.rstrip()
    m = _CLOSING_ATTRIBUTION.search(text)
    if m is None and _FIRST_PERSON.search(text):
        m = _CLOSING_NAME.search(text)  # signed by name: only speech in the first person
    if m is None or _QUOTE_MARKS.search(paragraph) or _SENTENCE_BREAK.search(m.group("tail").rstrip(".!?… ")):
        return []
    start = len(paragraph) - len(paragraph.lstrip())
    return [(start, m.start())] if m.start() - start > 20 else []
