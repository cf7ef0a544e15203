"""Turns of a transcript: "В.В.Путин: Спасибо большое за приглашение.", "М.Ванханен (как переведено): Уважаемый
господин Премьер-министр!", and a headline in the same form ("Игорь Кобзев: Поставки выросли").

Official releases print the openings of talks as a transcript: each turn is a paragraph that opens with the
speaker's name (initials and surname, or name and surname), maybe a note in parentheses, and a colon. The turn is
that person's direct speech; the name is read by its surname against the people the text names, and only a name
that fits exactly one of them counts. A lone paragraph of that form counts only as the text's first (its headline):
elsewhere it is most often the headline of another article the page links to.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from kg.extract.model import Article, Span

_TURN = re.compile(
    r"(?P<name>(?:[А-ЯЁ]\.\s?){1,2}(?P<initialled>[А-ЯЁ][а-яё]+(?:-[А-ЯЁ][а-яё]+)?)"
    r"|[А-ЯЁ][а-яё]+\s+(?P<named>[А-ЯЁ][а-яё]+(?:-[А-ЯЁ][а-яё]+)?))"
    r"(?:\s*\([^()\n]{1,40}\))?:\s+(?=\S)"
)


def transcript_turns(article: Article) -> Iterator[tuple[Span, str]]:
    """(the turn's speech, the speaker's key) for every paragraph that is a turn of a transcript."""
    turns = []
    for n, para in enumerate(article.paragraphs):
        m = _TURN.match(article.text, para.start, para.stop)
        if m is None:
            continue
        surname = (m.group("initialled") or m.group("named")).lower().replace("ё", "е")
        speakers = [
            p.key for p in article.persons.values() if p.name.split()[-1].lower().replace("ё", "е") == surname
        ]
        if len(speakers) == 1:
            turns.append((n, Span(m.end(), para.stop), speakers[0]))
    if len(turns) == 1 and turns[0][0] != 0:
        return
    for _n, span, key in turns:
        yield span, key
