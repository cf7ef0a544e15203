"""Stage 3b: one title shared along a list of countries and names.

Outlets write a title once and let it run on: "премьер-министр России Дмитрий Медведев,
Казахстана – Карим Мсимов, Молдавии – Павел Филип и Беларуси – Андрей Кобяков";
"верительные грамоты у послов Индии Смиты Пант, Южной Кореи Вон До Ёна"; "министра
иностранных дел Бахрейна X, Кувейта — Y". Each later item is the same post of the state
it names: a country in the genitive, maybe a dash, then a name, joined by a comma or "и".
"""

from __future__ import annotations

import re

from kg.extract.model import Article, Mention, PostFact, Span

_JOINER = re.compile(r"\s*(?:,|;)?\s*(?:и|а\s+также)?\s*")
_DASH = re.compile(r"\s*(?:[–—-]\s*)?")
_TITLE_TO_NAME = 40  # the title's country ends this close before the name


def share_titles(article: Article) -> None:
    """Give each item of a list the post its head item's title names, with the item's own country."""
    starts = {m.start: m for m in article.mentions if m.person}
    countries = {p.start: p for p in article.places if p.kind == "country" and p.iso}
    for head in sorted(starts.values(), key=lambda m: m.start):
        role = _title_role(article, head)
        if role is None:
            continue
        mention = head
        while True:
            item = _next_item(article, mention, starts, countries)
            if item is None:
                break
            place, follower = item
            _give(article, follower, role, place.iso, Span(place.start, follower.start))
            mention = follower


def _title_role(article: Article, mention: Mention) -> str | None:
    """The role of the title written right before a name ("премьер-министр России | Дмитрий Медведев")."""
    person = article.persons[mention.person]
    for post in person.posts:
        if post.country and 0 <= mention.start - post.evidence.stop <= _TITLE_TO_NAME:
            return post.role
    return None


def _next_item(
    article: Article, mention: Mention, starts: dict[int, Mention], countries: dict
) -> tuple[object, Mention] | None:
    text = article.text
    joiner = _JOINER.match(text, mention.stop)
    if joiner is None or joiner.end() == mention.stop:
        return None  # nothing joins the next item on
    place = countries.get(joiner.end())
    if place is None:
        return None
    dash = _DASH.match(text, place.stop)
    follower = starts.get(dash.end())
    if follower is None or follower.sentence != mention.sentence:
        return None
    return place, follower


def _give(article: Article, mention: Mention, role: str, country: str, evidence: Span) -> None:
    person = article.persons[mention.person]
    if any(p.country for p in person.posts):
        return  # the text gives this person a post of its own
    person.posts = [p for p in person.posts if p.role != role]
    person.posts.append(PostFact(role, country, None, mention.sentence, evidence))
