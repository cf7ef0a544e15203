"""Stage 4, last resort: the hosts of a visit, told by what they did for their guests.

A regional release often tells a visit and then the host's words to the visitors without a meeting word:
"Заместитель главы города X рассказал гостям о развитии столицы Урала", "Губернатор, приветствуя гостей,
отметил ...", "X ознакомил делегацию с работой порта". Whoever of the host state does something to "гости" or to
the visiting "делегация" after the visit is told met the visitor.
"""

from __future__ import annotations

from kg.extract import arguments, verbargs
from kg.extract.model import Article, Visit
from kg.extract.syntax import children

# the words for the visiting side, as an argument of what the host did
_GUESTS = frozenset(["гость", "гостья", "делегация"])
_ARGUMENTS = frozenset(["obj", "iobj", "obl"])


def hosts_of_guests(article: Article, visit: Visit) -> tuple[list[str], list[int]]:
    """The host state's officials who did something to the visit's guests, and the sentences that tell it."""
    visitor = article.persons[visit.visitor]
    theirs = visitor.states
    hosts: list[str] = []
    told: list[int] = []
    for s in article.sentences[visit.sentence :]:
        if s.in_quote or s.index in article.recalled:
            continue
        for t in s.tokens:
            if t.lemma not in _GUESTS or t.rel not in _ARGUMENTS or t.head < 0:
                continue
            verb = s.tokens[t.head]
            if verb.pos not in ("VERB", "AUX") or any(c.lemma == "не" for c in children(s.tokens, verb)):
                continue
            doers = [
                p for x in verbargs.subjects(s.tokens, verb) for p in arguments.coordinated(article, s, x)
            ]
            for key in doers:
                states = article.persons[key].states
                if key != visitor.key and visit.host in states and not states & theirs and key not in hosts:
                    hosts.append(key)
                    told.append(s.index)
    return hosts, told
