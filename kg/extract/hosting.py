"""Stage 4c: a visit whose host is named is a meeting, even when no meeting word tells it.

"По приглашению министра X министр Y посетил Россию с официальным визитом. Министры
подписали ... Стороны обсудили ...": the visitor and the named official of the host
state met. The reading needs three things, so that a tour of a factory stays a visit:
a visit reported now whose visitor takes part in no meeting; an official of the host
state named in the visit's sentence or the one after it; and a sentence soon after in
which both sides act together (plural "обсудили", "подписали", "стороны", "министры").
"""

from __future__ import annotations

import re

from kg.extract.gazetteer import Gazetteer
from kg.extract.model import Article, Meeting, Sentence, Visit
from kg.extract.scene import place, reports_the_news, sentence_date

_TOGETHER = re.compile(
    r"(?i)\b(?:обсудили|рассмотрели|затронули|обменялись|условились|договорились|отметили|подписали|"
    r"согласовали|провели|обсуждались|рассмотрены|подписаны|подписан[аоы]?)\b|\bсторон[ыа]\b|"
    r"\bмежду\s+(?:ними|сторонами)\b|\bсобеседник\w*"
)
# the visitor addressing the host in person: "выразил соболезнования Президенту X", "поздравил X", "передал X"
_ADDRESS = re.compile(
    r"(?i)\b(?:выразил[аи]?|поздравил[аи]?|передал[аи]?|вручил[аи]?|поблагодарил[аи]?|пригласил[аи]?)\b"
)
_REACH = 3  # sentences after the visit's in which the talks are told


def meetings_of_hosted_visits(article: Article, gaz: Gazetteer, meetings: list[Meeting]) -> list[Meeting]:
    """Talks for each visit with a named host official and no meeting of its visitor."""
    out: list[Meeting] = []
    taken = {i for m in meetings for i in m.sentences}
    for visit in article.visits:
        if any(visit.visitor in m.participants for m in meetings + out) or visit.sentence in article.recalled:
            continue
        told, addressed = _told_together(article, visit, taken)
        hosts = addressed or _host_officials(article, visit, (visit.sentence, visit.sentence + 1))
        if not hosts or not told:
            continue
        s = article.sentences[visit.sentence]
        meeting = Meeting(kind="talks", sentence=visit.sentence, date=sentence_date(article, s, None))
        meeting.participants = [visit.visitor, *hosts]
        meeting.visit = visit
        meeting.words.add("визит")
        meeting.sentences = [visit.sentence, *told]
        place(article, gaz, meeting, s)
        out.append(meeting)
    return out


def _host_officials(article: Article, visit: Visit, sentences: tuple[int, ...]) -> list[str]:
    """The officials of the host state the first of ``sentences`` to name any names: the inviter, the greeter."""
    if visit.host is None:
        return []
    found: list[str] = []
    for index in sentences:
        for mention in article.mentions_in(index):
            person = article.persons.get(mention.person)
            if person is None or mention.person == visit.visitor or mention.person in found:
                continue
            if reports_the_news(article.sentences[index], mention):
                continue  # "..., сообщила на брифинге официальный представитель МИД X": the source, not the host
            if any(post.country == visit.host for post in person.posts):
                found.append(mention.person)
        if found:
            break
    return found


def _told_together(article: Article, visit: Visit, taken: set[int]) -> tuple[list[int], list[str]]:
    """The sentences after the visit's that tell both sides acting together, none told of another meeting;
    and the host officials the visitor addresses in them ("выразил соболезнования новому Президенту X")."""
    start = article.sentences[visit.sentence]
    told: list[int] = []
    addressed: list[str] = []
    for s in article.sentences[visit.sentence + 1 : visit.sentence + 1 + _REACH]:
        if s.index in taken or s.in_quote or s.index in article.recalled or s.paragraph > start.paragraph + 2:
            break
        hosts = [h for h in _host_officials(article, visit, (s.index,)) if _addressed(article, s, h)]
        addressed += [h for h in hosts if h not in addressed]
        if _TOGETHER.search(s.text) or hosts:
            told.append(s.index)
    return told, addressed


def _addressed(article: Article, s: Sentence, person: str) -> bool:
    """An address verb in the sentence, and the person named in the dative or accusative: the one addressed
    ("выразил соболезнования новому Президенту X в связи с кончиной Y": X, not Y)."""
    if not _ADDRESS.search(s.text):
        return False
    for mention in article.mentions_in(s.index):
        if mention.person == person:
            first = next((t for t in s.tokens if mention.start <= t.start < mention.stop), None)
            if first is not None and first.feats.get("Case") in ("Dat", "Acc"):
                return True
    return False
