"""Stage 4, last resort: an event told as held whose sides the reader could not name, among officials of two states.

"Губернатор, приветствуя гостей, отметил ...", "стороны обсудили ...", "Итогом заседания стало подписание протокола":
the reader saw the event and set it aside only for want of named sides (``model.FOR_WANT_OF_SIDES``), not because
it was recalled, announced, negated or general. When no reading and no other last resort found a meeting, and the
text's reported sentences around the event name officials of two states or more, those officials are its
participants. Read over every read set before it was written: of the texts with no meeting, with such an event and
officials of two states, the gold has their meeting in nearly all; texts with officials of two states and no such
event (letters, congratulations, announced visits) mostly have none, and are left alone.
"""

from __future__ import annotations

from kg.extract.model import FOR_WANT_OF_SIDES, Article, EventNote, Meeting
from kg.extract.referred import reported_people

# the event's kind as a meeting: a signing told without a meeting word is talks (GOLD); a sitting referred to is one
_AS_MEETING = {
    "talks": "talks",
    "session": "session",
    "session_reference": "session",
    "summit": "summit",
    "forum": "forum",
    "signing": "talks",
    "phone_call": "phone_call",
    "video_call": "video_call",
}
_WINDOW = 3  # sentences either side of the event whose officials may be its sides


def meeting_of_a_held_event(article: Article) -> Meeting | None:
    """The first event set aside for want of sides alone, with the officials of two states or more around it."""
    note = next((n for n in article.set_aside if _for_want_of_sides(article, n)), None)
    if note is None:
        return None
    # "Стороны обсудили подготовку встречи президентов X и Y": the people of an event set aside for what it is
    # (prepared, recalled, announced) are not the sides of this one
    of_other_events = {n.sentence for n in article.set_aside if not set(n.reasons) <= FOR_WANT_OF_SIDES}
    near = set(range(note.sentence - _WINDOW, note.sentence + _WINDOW + 1)) | article.headlines
    officials = [
        key
        for key in reported_people(article)
        if any(post.country for post in article.persons[key].posts)
        and any(m.sentence in near - of_other_events for m in article.persons[key].mentions)
    ]
    states = {post.country for key in officials for post in article.persons[key].posts if post.country}
    if len(states) < 2:
        return None
    return Meeting(
        kind=_AS_MEETING[note.kind],
        sentence=note.sentence,
        participants=officials,
        sentences=[note.sentence],
    )


def _for_want_of_sides(article: Article, note: EventNote) -> bool:
    sentence = article.sentences[note.sentence]
    return (
        note.kind in _AS_MEETING
        and bool(note.reasons)
        and set(note.reasons) <= FOR_WANT_OF_SIDES
        and not sentence.in_quote
        and note.sentence not in article.recalled
    )
