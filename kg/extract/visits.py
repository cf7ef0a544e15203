"""Visits: "находящийся в нашей стране с официальным визитом", "в ходе визита казахстанской
делегации в Астраханскую область" -- the kind, the visitor and the host country."""

from __future__ import annotations

import re

from . import coref
from .gazetteer import Gazetteer
from .model import Article, Sentence, Visit
from .places import places_in

VISIT_PHRASE = re.compile(
    r"(?i)\bс\s+(?:(?P<adj1>государственн|официальн|рабоч)\w*\s+)?визитом\b|"
    r"\b(?:в\s+ходе|в\s+рамках|во\s+время|событием|программ\w+)\s+(?:\w+\s+){0,2}?(?:(?P<adj2>государственн|официальн|рабоч)\w*\s+)?визита\b|"
    r"\b(?:программ\w+\s+)?пребывани[яе]\b"
)
_VISIT_KIND = {"государственн": "state_visit", "официальн": "official_visit", "рабоч": "working_visit"}
_VISIT_FUTURE = re.compile(r"(?i)\b(?:пригласил\w*|приглашени\w*|приурочить|предложил\w*|приедет|намечен\w*|подготовк\w*)\b")
_DELEGATION = re.compile(r"(?i)\b([а-яё]+ск(?:ой|ая|ую))\s+делегаци\w+")


def find_visit(article: Article, gaz: Gazetteer, s: Sentence, participants: list[str]) -> Visit | None:
    m = VISIT_PHRASE.search(s.text)
    if not m or s.in_quote or _VISIT_FUTURE.search(s.text):
        return None
    adj = (m.group("adj1") or m.group("adj2") or "").lower()
    kind = _VISIT_KIND.get(adj, "visit")
    pos = s.start + m.start()
    visitor = None
    dm = _DELEGATION.search(s.text)
    mentions = article.mentions_in(s.index)
    if dm:
        iso = next((p.iso for p in article.places_in(s.start + dm.start(1), s.start + dm.end(1))), None)
        for key in participants + [mm.person for mm in mentions]:
            if any(p.country == iso for p in article.persons[key].posts):
                visitor = key
                break
    participle = re.search(r"(?i)(\S?)\s*\b(?:прибывш|находящ)\w+\s+(?:\S+\s+){0,4}$", s.text[: m.start()])
    if visitor is None and participle and participle.group(1) != ",":
        # "принял прибывшего в нашу страну с визитом Министра ... Аракчи": the participle leads to the name after it
        after = [mm for mm in mentions if mm.start >= s.start + m.end()]
        if after:
            visitor = after[0].person
    if visitor is None:
        before = [mm for mm in mentions if mm.stop <= pos]
        descs = [(a, b) for a, b in coref.descriptor_spans(article.text, s.start, s.stop)]
        candidates: list[tuple[int, str]] = [(mm.start, mm.person) for mm in before]
        for a, b in descs:
            if any(mm.start < b and a < mm.stop for mm in mentions):
                continue
            desc = coref.describe(article, a, b)
            person = coref.resolve(article, desc, a) if desc else None
            if person:
                candidates.append((a, person.key))
        if candidates:
            # the visitor is the nearest person before the visit phrase, or the first after it
            prior = [c for c in candidates if c[0] <= pos]
            visitor = (max(prior) if prior else min(candidates))[1]
    if visitor is None:
        return None
    host = None
    visitor_countries = {p.country for p in article.persons[visitor].posts}
    for place in places_in(article, gaz, s.start, s.stop):
        if place.country and place.country not in visitor_countries:
            host = place.country
            break
    return Visit(kind, visitor, host, s.index)
