"""Whose "наша страна" is it? The publisher's country, when the command line does not say.

Two patterns of the genre tell it: a visitor "в нашей стране" / "в нашу страну"
comes from elsewhere, so the outlet is in the other party's country; and "X нашей
страны" heading "узбекскую делегацию" is that delegation's country.
"""

from __future__ import annotations

import re

from .model import Article

DEFAULT_PUBLISHER_COUNTRY = "KZ"
_OUR_PLACE = re.compile(r"(?i)\bв\s+наш(?:ей|у)\s+стран[еу]\b")
_OUR_TITLE = re.compile(r"(?i)\bнашей\s+страны\b")


def infer_publisher_country(article: Article) -> str | None:
    first_paragraph = article.paragraphs[0] if article.paragraphs else None
    for s in article.sentences:
        if s.in_quote:
            continue
        m = _OUR_PLACE.search(s.text)
        if m and re.search(r"(?i)визит|прибы|находи", s.text):
            pos = s.start + m.start()
            leading = re.search(r"(?i)(\S?)\s*\b(?:прибывш|находящ)\w+\s+$", s.text[: m.start()])
            if leading and leading.group(1) != ",":
                # "принял прибывшего в нашу страну с визитом Министра ...": the visitor is named after
                visitor_country = _first_country_after(article, s.start + m.end(), s.stop)
            else:
                visitor_country = _nearest_country_before(article, s.start, pos)
            if visitor_country:
                others = set()
                span_start = first_paragraph.start if first_paragraph else s.start
                for mention in article.mentions:
                    if span_start <= mention.start < max(s.stop, first_paragraph.stop if first_paragraph else 0):
                        for post in article.persons[mention.person].posts:
                            if post.country and post.country != visitor_country:
                                others.add(post.country)
                if len(others) == 1:
                    return others.pop()
        m = _OUR_TITLE.search(s.text)
        titled = m is not None and any(0 <= mm.start - (s.start + m.end()) <= 40 for mm in article.mentions_in(s.index))
        if titled:  # "Премьер-министр нашей страны Абдулла Арипов", not "политики нашей страны"
            clause_start = s.text.rfind(",", 0, m.start()) + 1
            before = [p for p in article.places_in(s.start + clause_start, s.start + m.start()) if p.kind in ("adjective", "country")]
            if before:
                return before[0].iso
            # "под сопредседательством Премьер-министра нашей страны X и Премьер-министра Азербайджана Y":
            # ours is the country the article names most, other than the partners'
            theirs = {p.country for person in article.persons.values() for p in person.posts
                      if p.country and not _OUR_TITLE.search(article.text[p.evidence.start : p.evidence.stop])}
            titles = [p.evidence for person in article.persons.values() for p in person.posts]
            counts: dict[str, int] = {}
            for place in article.places:
                if place.kind in ("country", "adjective") and place.iso not in theirs \
                        and not any(t.start <= place.start < t.stop for t in titles):
                    counts[place.iso] = counts.get(place.iso, 0) + 1
            if theirs and counts:
                return max(counts, key=lambda iso: counts[iso])
    return None


def _first_country_after(article: Article, start: int, stop: int) -> str | None:
    for mention in article.mentions:
        if start <= mention.start < stop:
            countries = [p.country for p in article.persons[mention.person].posts if p.country]
            if countries:
                return countries[0]
    return None


def _nearest_country_before(article: Article, start: int, pos: int) -> str | None:
    """The country of the person (or description) nearest before ``pos``."""
    best = None
    for mention in article.mentions:
        if start <= mention.start < pos:
            countries = [p.country for p in article.persons[mention.person].posts if p.country]
            if countries:
                best = (mention.start, countries[0])
    for place in article.places_in(start, pos):
        if place.kind == "adjective" and (best is None or place.start > best[0]):
            best = (place.start, place.iso)
    return best[1] if best else None
