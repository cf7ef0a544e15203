"""Stage 5 (after the officials gazetteer): titles told in one sentence, their holders named in the next.

"Министр транспорта Казахстана провел встречу с министром транспорта Беларуси. Марат Карабаев и Алексей
Авраменко обсудили ...": the sentence before names two officials by title alone, and the next opens with two
names and no titles; the names stand for the titles in the order told. Only people the text gives no post at all
take them, and only when the counts agree (two titles, two names).
"""

from __future__ import annotations

import re

from kg.extract.model import Article, PostFact
from kg.extract.officials import described_posts

# two names joined by "и" at the start of a sentence: nothing else before them
_PAIR_BETWEEN = re.compile(r"^\s+и\s+$")


def posts_told_before_names(article: Article) -> None:
    """Give the two untitled people who open a sentence the two titles of the sentence before, in order."""
    for s in article.sentences[1:]:
        previous = article.sentences[s.index - 1]
        if previous.in_quote or article.mentions_in(previous.index):
            continue  # the titles' own sentence names nobody
        titles = described_posts(article, previous)
        if len(titles) != 2 or titles[0][1] == titles[1][1]:
            continue  # two titles of two states: which is whose, the order says
        mentions = sorted(article.mentions_in(s.index), key=lambda m: m.start)
        if len(mentions) < 2 or article.text[s.start : mentions[0].start].strip():
            continue
        first, second = mentions[0], mentions[1]
        if not _PAIR_BETWEEN.match(article.text[first.stop : second.start]):
            continue
        people = [article.persons[first.person], article.persons[second.person]]
        if first.person == second.person or any(p.posts for p in people):
            continue
        for person, (role, country, span) in zip(people, titles):
            person.posts.append(
                PostFact(
                    role=role, country=country, organization=None, sentence=previous.index, evidence=span
                )
            )
