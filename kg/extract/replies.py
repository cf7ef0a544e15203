"""Stage 4 (after event coreference): the side that answers ("В свою очередь Y поблагодарил ...").

"Выступая на переговорах, премьер-министр X поздравил ... В свою очередь премьер-министр Y поблагодарил X": a meeting
told with one named participant, and a sentence soon after that opens with "в свою очередь" and names an official of
another state as its first person: that official is the other side of the same meeting.
"""

from __future__ import annotations

import re

from kg.extract.model import Article, Meeting

# the answer's opener, maybe after a word ("Он в свою очередь", "В свою очередь,")
_REPLY = re.compile(r"(?i)^\W*(?:[а-яё]+\s+)?в\s+свою\s+очередь\b[,\s]*")
_REACH = 3  # sentences after the one that tells the meeting
_OPENER_TO_NAME = 80  # characters: the answering person is named right after the opener, with a title at most


def add_replying_sides(article: Article) -> None:
    taken = {key for m in article.meetings for key in m.participants}
    for meeting in article.meetings:
        if len(meeting.participants) != 1:
            continue
        person = _replying_person(article, meeting, taken)
        if person is not None:
            meeting.participants.append(person)
            taken.add(person)


def _replying_person(article: Article, meeting: Meeting, taken: set[str]) -> str | None:
    (key,) = meeting.participants
    own = {p.country for p in article.persons[key].posts if p.country}
    if not own:
        return None
    for s in article.sentences[meeting.sentence + 1 : meeting.sentence + 1 + _REACH]:
        opener = _REPLY.match(s.text)
        if s.in_quote or opener is None:
            continue
        start = s.start + opener.end()
        first = min(
            (m for m in article.mentions_in(s.index) if m.start >= start), key=lambda m: m.start, default=None
        )
        if first is None or first.start - start > _OPENER_TO_NAME or first.person in taken:
            return None
        theirs = {p.country for p in article.persons[first.person].posts if p.country}
        return first.person if theirs and not theirs & own else None
    return None
