"""Stage 4: whether talks told with several counterparts are one meeting each ("двусторонние встречи с X и Y",
"провел переговоры с премьер-министром X и министром иностранных дел Y") or one meeting of all."""

from __future__ import annotations

import re

from kg.extract.frames import Event
from kg.extract.model import Article, Sentence

_SEPARATE = re.compile(
    r"(?i)двусторонн\w+|\bв\s+кулуарах\b|\bна\s+полях\b|\bпоочер[её]дно\b|\bпо\s+отдельности\b"
    r"|,\s+а\s+также\s+со?\s"  # "встретится с X, а также с Y": the preposition told again, one meeting each
)
_BILATERAL_MEETINGS = re.compile(r"(?i)\bдвусторонн\w+\s+(?:встреч|переговор)\w*")


def separate_talks(s: Sentence, event: Event, before: str = "") -> bool:
    """ "провел двусторонние встречи с X и Y", "пообщался с X и Y в кулуарах саммита", "Пройдут двусторонние
    встречи. X встретится с A, B и C": one meeting per counterpart; "провел переговоры с X и Y" alone may be one
    meeting of three."""
    plural = event.trigger.lemma == "встреча" and event.trigger.feats.get("Number") == "Plur"
    return plural or bool(_SEPARATE.search(s.text)) or bool(_BILATERAL_MEETINGS.search(before))


def officials_of_one_host(article: Article, event: Event) -> bool:
    """ "провел переговоры с премьер-министром Японии X и министром иностранных дел Y": two officials of one
    state in different posts are met one after the other."""
    if event.future or event.trigger.lemma == "встреча":
        return False  # "в ходе встречи министра X с Y и Z": one meeting the noun names; plans stay unsplit
    posts = [article.persons[key].posts for side in event.counterparts for key in side]
    if len(posts) < 2 or not all(posts):
        return False
    states = {p[0].country for p in posts}
    roles = {p[0].role for p in posts}
    return len(states) == 1 and None not in states and len(roles) == len(posts)
