"""Stage 4, last resort: a ceremony or reception officials of two states took part in.

"В церемонии открытия приняли участие Раис Татарстана X, заместитель председателя правительства провинции
Хэйлунцзян Y", "Побывавший на официальном открытии аким X отметил ... В свою очередь посол КНР Y выразил надежду",
"На приеме в посольстве в качестве почетных гостей участвовали Премьер-министр X ...": a text that reports an
occasion officials of two states attended, and no talks, tells one meeting of them. The occasion is told by a
ceremony, a reception or an opening, or by taking part in something; it must be told as held (not announced).
When neither reading kept a meeting, the officials the text's reported sentences name are its participants, if
they are of two states or more, or of one state where the occasion is held in another whose unnamed representatives
attend.
"""

from __future__ import annotations

import re

from kg.extract.gazetteer import Gazetteer
from kg.extract.model import Article, Meeting, Sentence
from kg.extract.places import in_first_city
from kg.extract.referred import reported_people

# the occasion, by its noun or by taking part: "церемония", "приём", "открытие", "принял участие", "присутствовал"
_OCCASION = re.compile(
    r"(?i)\b(?:церемони\w+|при[её]м(?:а|е|у|ом)?|открыти[еяюи]\w*|принял[аи]?\s+участие|присутствовал[аи]?|"
    r"побывавш\w+\s+на)\b"
)
# told as coming, not as held: "примет участие", "состоится", "будет открыт"
_ANNOUNCED = re.compile(
    r"(?i)\b(?:примут?|состоится|состоятся|будет|будут|пройд[её]т|планиру\w+|намерен\w*|ожида\w+|предстоящ\w+)\b"
)


# a state's own solemnity many states' delegations attend: "инаугурации президента", "траурной церемонии"
_SOLEMNITY = re.compile(r"(?i)\b(?:инаугураци|похорон|траурн|прощани[яеи]\s+с|парад)\w*")


def meeting_of_ceremony(article: Article, gaz: Gazetteer) -> Meeting | None:
    """One meeting of the officials of two states or more the text names around the first held occasion."""
    # the first held occasion told with the people it names: a headline's "Приём по случаю ..." names none, the
    # body's "устроило торжественный приём" has its guests in the sentences after it
    occasion = next(
        (
            s
            for s in article.sentences
            if _held_occasion(article, s) and any(article.mentions_in(i) for i in range(s.index, s.index + 3))
        ),
        None,
    )
    if occasion is None:
        return None
    if _SOLEMNITY.search(occasion.text):
        return None  # attending an inauguration or a funeral abroad is no meeting with the hosts (GOLD)
    people = reported_people(article)
    officials = [p for p in people if any(post.country for post in article.persons[p].posts)]
    states = {post.country for p in officials for post in article.persons[p].posts if post.country}
    if not officials or len(states) < 2 and not _other_states_guests(article, occasion, states):
        return None
    meeting = Meeting(
        kind="talks", sentence=occasion.index, participants=officials, sentences=[occasion.index]
    )
    return in_first_city(article, gaz, meeting, occasion)


# unnamed guests: "присутствовали представители министерства иностранных дел ... королевства", "делегация"
_TOLD_HELD = re.compile(r"(?i)\b(?:состоял\w+|прош(?:ел|ёл|ла|ло|ли)|открыл(?:ся|ось|ась|ись))\b")
_GUESTS = re.compile(r"(?i)\b(?:представител|делегаци|официальн\w+\s+лиц|руководств)\w*")


def _other_states_guests(article: Article, occasion: Sentence, states: set[str]) -> bool:
    """The occasion's sentences place it in another state and tell its unnamed representatives: the named
    official met them ("Церемония ... состоялась в Чиангмае на севере Таиланда. На мероприятии присутствовали
    представители министерства иностранных дел")."""
    window = article.sentences[occasion.index : occasion.index + 2]
    other = {
        m.iso
        for x in window
        for m in article.places_in(x.start, x.stop)
        if m.kind in ("country", "city") and m.iso and m.iso not in states
    }
    return (
        len(states) == 1
        and bool(other)
        and _TOLD_HELD.search(occasion.text) is not None
        and any(_GUESTS.search(x.text) for x in window)
    )


def _held_occasion(article: Article, s: Sentence) -> bool:
    return (
        not s.in_quote
        and s.index not in article.recalled
        and _OCCASION.search(s.text) is not None
        and _ANNOUNCED.search(s.text) is None
    )
