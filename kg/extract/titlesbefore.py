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


def subject_title_named_next(article: Article) -> None:
    """ "Глава Якутии провел встречу с вице-губернатором X. Айсен Николаев отметил ...": a sentence that opens with a
    title and no name after it (its subject), and a next sentence that opens with a name the text gives no post:
    the name holds the title."""
    for s in article.sentences[1:]:
        previous = article.sentences[s.index - 1]
        if previous.in_quote or previous.paragraph != s.paragraph:
            continue
        mentions = sorted(article.mentions_in(s.index), key=lambda m: m.start)
        if not mentions or article.text[s.start : mentions[0].start].strip():
            continue
        person = article.persons[mentions[0].person]
        if person.posts:
            continue
        opening = [
            (role, country, span)
            for role, country, span in described_posts(article, previous)
            if not article.text[previous.start : span.start].strip()
            or article.text[previous.start : span.start].strip().lower()
            in ("глава", "президент", "премьер-министр")
        ]
        # the title is the subject's only when no name stands before the sentence's verb
        verb = next(
            (t for t in previous.tokens if t.pos in ("VERB", "AUX") and t.feats.get("VerbForm") == "Fin"),
            None,
        )
        if verb is None or any(m.start < verb.start for m in article.mentions_in(previous.index)):
            continue
        if len(opening) != 1:
            continue
        role, country, span = opening[0]
        person.posts.append(
            PostFact(role=role, country=country, organization=None, sentence=previous.index, evidence=span)
        )
