"""A plain-text account of what the meeting reader made of an article (``kg extract --explain``).

A user whose meeting is missing from the graph wants to know whether the
reader never saw an event, or saw it and set it aside, and why: recalled
("ранее"), announced without a day, negated, a sitting of one state's body,
or a meeting whose sides were not shown to be two states. The account lists
the meetings kept, then every event set aside with its reasons and sentence
(sentences numbered from 1, headline included).
It reads only what the stages recorded; it decides nothing.
"""

from __future__ import annotations

from kg.extract.model import Article, Meeting

_EXCERPT = 160  # characters of a sentence quoted beside its event


def account(article: Article) -> str:
    """The meetings of ``article`` and the events set aside, one line each."""
    lines = [f"meetings ({len(article.meetings)}):"]
    lines += [f"  {n}. {_meeting_line(article, m)}" for n, m in enumerate(article.meetings, 1)]
    # the second, relaxed reading takes place when the first keeps no meeting: its notes are the ones that count
    reading = "relaxed" if article.second_reading else "strict"
    notes = [n for n in article.set_aside if n.reading == reading]
    second = " in the second reading (the first kept no meeting)" if article.second_reading else ""
    lines.append(f"set aside ({len(notes)}){second}:")
    for note in notes:
        told = [n for n, m in enumerate(article.meetings, 1) if note.sentence in m.sentences]
        # the event opened nothing, yet its sentence may still tell more of a meeting kept
        part = f" (the sentence is read for meeting {told[0]})" if told else ""
        lines.append(
            f"  s{note.sentence + 1} «{note.trigger}» ({note.kind}): {'; '.join(note.reasons)}{part}"
            f" | {_excerpt(article, note.sentence)}"
        )
    return "\n".join(lines) + "\n"


def _meeting_line(article: Article, meeting: Meeting) -> str:
    people = ", ".join(article.persons[k].name for k in meeting.participants if k in article.persons)
    when = meeting.date.isoformat() if meeting.date else "no date"
    where = ", ".join(x for x in (meeting.city, meeting.country) if x) or "no place"
    sentences = ", ".join(f"s{i + 1}" for i in sorted(set(meeting.sentences)))
    return f"{meeting.kind}, {when}, {where}: {people or 'no one named'} [{sentences}]"


def _excerpt(article: Article, index: int) -> str:
    text = " ".join(article.sentences[index].text.split())
    return text if len(text) <= _EXCERPT else text[: _EXCERPT - 1] + "…"
