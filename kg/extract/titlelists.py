"""Stage 3b: one title shared along a list of countries and names.

Outlets write a title once and let it run on: "премьер-министр России Дмитрий Медведев,
Казахстана – Карим Мсимов, Молдавии – Павел Филип и Беларуси – Андрей Кобяков";
"верительные грамоты у послов Индии Смиты Пант, Южной Кореи Вон До Ёна"; "министра
иностранных дел Бахрейна X, Кувейта — Y". Each later item is the same post of the state
it names: a country in the genitive, maybe a dash, then a name, joined by a comma or "и". A plural title
before a colon does the same for every "country – name" item after it ("приступили к обязанностям послы:
Республики Польша – X, Канады – Y").
"""

from __future__ import annotations

import re

from kg.extract.gazetteer import find_roles
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


def share_colon_titles(article: Article) -> None:
    """ "приступили чрезвычайные и полномочные послы: Республики Польша – X, Канады – Y": a plural title before a colon
    gives each "country – name" item after it the post of the country it names."""
    starts = {m.start: m for m in article.mentions if m.person}
    countries = {p.start: p for p in article.places if p.kind == "country" and p.iso}
    for s in article.sentences:
        for colon in _COLON.finditer(s.text):
            before = s.text[max(0, colon.start() - 60) : colon.start()]
            roles = [r for r in find_roles(before.lower()) if r.stop == len(before.rstrip())]
            first = _first_item(article, s.start + colon.end(), starts, countries)
            if not roles or first is None:
                continue
            place, mention = first
            while True:
                _give(article, mention, roles[-1].role, place.iso, Span(place.start, mention.start))
                item = _next_item(article, mention, starts, countries)
                if item is None:
                    break
                place, mention = item


_COLON = re.compile(r":\s*")
_CAPITALISED = re.compile(r"[А-ЯЁ][а-яё]+\s+")


def _country_at(text: str, start: int, countries: dict):
    """The country named at ``start``, or after up to three capitalised words of its form there."""
    for _ in range(4):
        if start in countries:
            return countries[start]
        word = _CAPITALISED.match(text, start)
        if word is None:
            return None
        start = word.end()
    return None


def _first_item(article: Article, start: int, starts: dict[int, Mention], countries: dict):
    place = _country_at(article.text, start, countries)  # "Исламской Республики Афганистан": its form first
    if place is None:
        return None
    follower = starts.get(_DASH.match(article.text, place.stop).end())
    if follower is None or not re.match(r"\s*[–—-]", article.text[place.stop : follower.start]):
        return None  # "State – Name": the dash is what makes the list
    return place, follower


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
    place = _country_at(text, joiner.end(), countries)
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
