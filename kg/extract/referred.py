"""Stage 4, last resort: a meeting the text refers to, whose sides it named before.

"Губернатор X обозначил направления сотрудничества ... Полномочный представитель президента Киргизии Y
выразил заинтересованность ... В ходе встречи состоялась церемония подписания": an excerpt that opens inside the
report never tells the meeting with a meeting word and two named sides in one sentence; it refers to it ("в ходе
встречи", "по итогам переговоров") after naming the officials of both states. When neither reading kept a
meeting, the first such reference, held and not recalled, is a meeting of the officials the sentences before it
named, if they are of two states or more.
"""

from __future__ import annotations

import re

from kg.extract.events import sentence_events
from kg.extract.model import Article, Meeting

# a sentence that opens by recalling ("Ранее Россию посетил X"): what follows may be of that event
RECALL_OPENER = re.compile(r"(?i)^\W*(?:ранее|напомним|как\s+сообщалось|в\s+прошлом|прежде)\b")
_WINDOW = 6  # sentences before the reference whose people may be its sides
_MEETING_KINDS = ("talks", "session")


def reported_people(article: Article) -> list[str]:
    """The people the text's reported sentences name, in order: not in a quote, not recalled, not opening with
    "Ранее", "Напомним"."""
    reported = {
        s.index
        for s in article.sentences
        if not s.in_quote and s.index not in article.recalled and not RECALL_OPENER.search(s.text)
    }
    return list(dict.fromkeys(m.person for m in article.mentions if m.sentence in reported))


def meeting_referred_to(article: Article) -> Meeting | None:
    """The meeting of the first held reference of the text, with the officials of two states or more named in
    the sentences before it."""
    for s in article.sentences:
        if s.in_quote or s.index in article.recalled:
            continue
        referred = [
            e
            for e in sentence_events(article, s)
            if e.kind in _MEETING_KINDS and e.reference and not (e.recalled or e.future or e.negated)
        ]
        if not referred:
            continue
        window = article.sentences[max(0, s.index - _WINDOW) : s.index + 1]
        if any(x.index in article.recalled or RECALL_OPENER.search(x.text) for x in window):
            return None  # "Ранее X посетил Y ... По результатам встречи ...": the event recalled
        people = list(
            dict.fromkeys(
                m.person
                for m in article.mentions
                if s.index - _WINDOW <= m.sentence <= s.index and m.start < referred[0].trigger.start
            )
        )
        officials = [p for p in people if any(post.country for post in article.persons[p].posts)]
        states = {post.country for p in officials for post in article.persons[p].posts if post.country}
        if len(officials) >= 2 and len(states) >= 2:
            return Meeting(
                kind=referred[0].kind, sentence=s.index, participants=officials, sentences=[s.index]
            )
        return None  # only the first reference: a later one may be of another event
    return None
