"""A regional head's state from the regions and cities the whole text names.

"Губернатор Алексей Текслер встретился с делегацией из Казахстана" names no region in the title, but
the article names the governor's region or city elsewhere ("Челябинская область", "в Челябинске").
When every region and city the text names (outside other people's titles) belongs to one state, a
regional head with no other evidence, not even the outlet's country, is that state's. Regions a
delegation comes *from* ("делегация из провинции Хэйлунцзян") or that someone visits ("посетил
провинцию Шэньси") are the guests' or the places visited, not the head's own, so they do not vote;
and regions of two states ("между Вологодской областью и провинцией Шэньси") leave the post open.
"""

from __future__ import annotations

import re

from kg.extract.model import Article, PostFact

# "из провинции", "из Жетысуской области": where a delegation comes from
_FROM = re.compile(r"(?i)\b(?:из|изо)\s+(?:[а-яё-]+\s+){0,2}$")
# "посетил провинцию", "прибыл в Ляонин", "визит в провинцию": a region visited
_VISITED_BEFORE = re.compile(
    r"(?i)\b(?:посети\w*|посещени\w*|прибы\w*|прилет\w*|приеха\w*|визит\w*|поездк\w*|отправи\w*)"
    r"\s+(?:[а-яё-]+\s+){0,2}?(?:в|во)?\s*(?:[а-яё-]+\s+){0,1}$"
)
# "Костанайскую область посетил губернатор": the region he visits, told before the verb
_VISITED_AFTER = re.compile(r"(?i)\s+(?:посети\w*|посетят)\b")
# "глава администрации Собинского района": the title names his own place, one the gazetteer does not know
_OWN_PLACE_NOUN = re.compile(
    r"(?i)\b(?:район\w*|област\w*|кра[яйюе]\w*|провинци\w*|округ\w*|город\w*|штат\w*|уезд\w*|аймак\w*|"
    r"республик\w*|префектур\w*|губерни\w*|муниципалитет\w*)\b"
)


def state_of_the_regions(article: Article, post: PostFact) -> str | None:
    """The one state of every region and city the text names as home, or None when none or several."""
    title = article.text[post.evidence.start : post.evidence.stop].strip()
    # his place is named ("Собинского района"), only not known: no guess from the others' places
    if _OWN_PLACE_NOUN.search(title) and re.search(r"\s[А-ЯЁ]", title):
        return None
    titles = [
        other.evidence
        for person in article.persons.values()
        for other in person.posts
        if other is not post and other.evidence is not None
    ]
    states = set()
    for match in article.places:
        if match.kind not in ("region", "city") or not match.iso:
            continue
        if any(span.start <= match.start and match.stop <= span.stop for span in titles):
            continue  # "с мэром города Тегеран": the other's place
        before = article.text[max(0, match.start - 40) : match.start]
        if (
            _FROM.search(before)
            or _VISITED_BEFORE.search(before)
            or _VISITED_AFTER.match(article.text, match.stop)
        ):
            continue
        states.add(match.iso)
    return states.pop() if len(states) == 1 else None
