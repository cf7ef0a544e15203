"""Stage 4: whether talks told with several counterparts are one meeting each ("двусторонние встречи с X и Y",
"провел переговоры с премьер-министром X и министром иностранных дел Y") or one meeting of all."""

from __future__ import annotations

import re

from kg.extract.frames import Event
from kg.extract.model import Article, Sentence, Token
from kg.extract.syntax import children, preposition, subtree

_SEPARATE = re.compile(
    r"(?i)двусторонн\w+|\bв\s+кулуарах\b|\bна\s+полях\b|\bпоочер[её]дно\b|\bпо\s+отдельности\b"
    r"|,\s+а\s+также\s+со?\s"  # "встретится с X, а также с Y": the preposition told again, one meeting each
    r"|\bс\s+рядом\s+[^:]{0,60}:"  # "встретится с рядом чиновников: X, Y, Z": one after another
)
# "встреча со спикером X, с председателем комиссии Y и с председателем комиссии Z": the preposition told again
# for each partner, one meeting each
_PREPOSITION_AGAIN = re.compile(r"(?:,|\sи)\s+[сС]о?\s+(?!котор)(?:[а-яё-]+\s+){0,6}?[А-ЯЁ]")


def preposition_told_again(s: Sentence) -> bool:
    return bool(_PREPOSITION_AGAIN.search(s.text))


_BILATERAL_MEETINGS = re.compile(r"(?i)\bдвусторонн\w+\s+(?:встреч|переговор)\w*")


def separate_talks(s: Sentence, event: Event, before: str = "") -> bool:
    """ "провел двусторонние встречи с X и Y", "пообщался с X и Y в кулуарах саммита", "Пройдут двусторонние
    встречи. X встретится с A, B и C": one meeting per counterpart; "провел переговоры с X и Y" alone may be one
    meeting of three."""
    # "встречи", "беседы" with several named: one each ("переговоры" is plural whatever their number)
    plural = event.trigger.lemma in ("встреча", "беседа") and event.trigger.feats.get("Number") == "Plur"
    return (
        plural
        or bool(_SEPARATE.search(s.text))
        or preposition_told_again(s)
        or bool(_BILATERAL_MEETINGS.search(before))
    )


def officials_of_one_host(article: Article, event: Event, dated: bool = False) -> bool:
    """ "провел переговоры с премьер-министром Японии X и министром иностранных дел Y": two officials of one
    state in different posts are met one after the other; so are those of a programme told with its day ("На 28
    ноября запланированы переговоры с X, премьер-министром Y и председателем Z")."""
    if event.future and not dated or event.trigger.lemma == "встреча" and not _meetings_listed(event.trigger):
        return False  # "в ходе встречи министра X с Y и Z": one meeting the noun names; undated plans stay unsplit
    posts = [article.persons[key].posts for side in event.counterparts for key in side]
    if len(posts) < 2 or not all(posts):
        return False
    met = {key for side in event.counterparts for key in side}
    if len([key for key in event.participants if key not in met]) > 1:
        return False  # "X и Y встретились с A и B": two delegations met, not one official after another
    # a post whose state is still open ("с министром иностранных дел X") is the host's when the others are; with
    # every state open, the posts' ranks still tell officials met one after the other
    states = {p[0].country for p in posts} - {None}
    roles = {p[0].role for p in posts}
    # officials of two ranks or more ("с министром X, министром Y и мэром Z") are met one after the other; officials
    # all of one rank ("с депутатами X и Y", "с министрами X и Y") may be one group
    return len(states) <= 1 and len(roles) > 1


def _meetings_listed(t: Token) -> bool:
    """ "Программа визита была насыщенной – встречи с X, Y и Z": the plural noun heading a list of its own (the
    tagger may read "встречи" as a genitive singular; governed by nothing, it is the nominative plural)."""
    return t.feats.get("Number") == "Plur" or t.text.lower() == "встречи" and t.rel in ("root", "parataxis")


_HEADS = ("head_of_state", "head_of_government")
# a meeting of three or more sides the sentence itself tells
_MULTILATERAL = re.compile(
    r"(?i)\b(?:тр[её]х|четыр[её]х|много)сторон\w*|\bсаммит\w*|\bв\s+формате\b|\bсовместн\w+|\bвместе\b"
    r"|\bтр[её]х\s+стран|\bлидер\w+\s+тр[её]х"
)


def officials_of_several_states(article: Article, s: Sentence, event: Event) -> bool:
    """ "встретился с новыми послами Китая и Турции X и Y": officials of different foreign states are met one by
    one, unless the sentence tells a meeting of three or more sides ("трехсторонняя встреча", "в формате"). Heads
    of states or governments met together are a meeting of three (a summit, GOLD.md), so they stay one."""
    if event.future or event.trigger.lemma == "встреча" or _MULTILATERAL.search(s.text):
        return False
    caller = {
        p.country
        for key in event.participants
        if not any(key in side for side in event.counterparts)
        for p in article.persons[key].posts
        if p.country
    }
    states = []
    for side in event.counterparts:
        for key in side:
            posts = article.persons[key].posts
            own = {p.country for p in posts if p.country}
            if len(own) != 1 or own & caller or any(p.role in _HEADS for p in posts):
                return False
            states.append(own.pop())
    return len(states) >= 2 and len(set(states)) == len(states)


# titles a group of unnamed counterparts is told by: "с президентами Ирана, Алжира и ЮАР"
_PEER_TITLES = frozenset(
    ["президент", "лидер", "глава", "премьер-министр", "премьер", "министр", "король", "коллега"]
)


def unnamed_peers(article: Article, s: Sentence, t: Token, verb: Token | None) -> list[str]:
    """ "провел переговоры с президентами Ирана, Алжира и ЮАР": the states of heads no name is given for, met one
    by one (the meetings have the named side only)."""
    tokens = s.tokens
    heads = [x for x in children(tokens, t, "nmod") if preposition(tokens, x) in ("с", "со")]
    if verb is not None:
        heads += [x for x in children(tokens, verb, "obl") if preposition(tokens, x) in ("с", "со")]
    for x in heads:
        if (
            x.lemma not in _PEER_TITLES
            or x.feats.get("Number") != "Plur"
            or article.mentions_in(s.index)
            and any(x.start <= m.start < subtree(tokens, x)[-1].stop for m in article.mentions_in(s.index))
        ):
            continue
        inside = subtree(tokens, x)
        states = list(
            dict.fromkeys(
                m.iso
                for m in article.places_in(inside[0].start, inside[-1].stop)
                if m.kind == "country" and m.iso
            )
        )
        if len(states) >= 2:
            return states
    return []


def bilateral_host(article: Article, s: Sentence) -> str | None:
    """ "Путин проведет на саммите серию двусторонних встреч ... В частности, намечены переговоры с X, Y и Z": the
    one who holds the bilateral meetings a sentence up to three back announced (its first person named before)."""
    for earlier in reversed(article.sentences[max(0, s.index - 3) : s.index]):
        m = _BILATERAL_MEETINGS.search(earlier.text)
        if m is None:
            continue
        named = [x.person for x in article.mentions_in(earlier.index) if x.start < earlier.start + m.start()]
        return named[0] if named else None
    return None
