"""Stage 4, last resort: a document two states' bodies signed, told with no person as its signer.

"Администрации Сергиево-Посадского района и Слонимского района Республики Беларусь подписали два соглашения",
"В ходе встречи представители регионов подписали соглашение", "Пылваский уезд подписал договор с Псковским
районом": the signers are districts, regions or their administrations, and the people are named elsewhere, as the
heads who spoke or were told of. When neither reading kept a meeting, the signing is one meeting, held by the
officials of the signing sides' states that the text's reported sentences name.
"""

from __future__ import annotations

import re

from kg.extract.gazetteer import Gazetteer
from kg.extract.model import Article, Meeting, Sentence
from kg.extract.places import in_first_city
from kg.extract.referred import RECALL_OPENER, reported_people
from kg.extract.verbevents import signs_alone

# a document told as signed: "подписали", "заключил", "поставили подписи", "было подписано"
_SIGNED = re.compile(
    r"(?i)\b(?:подписал[аио]?|подписан[аоы]?|заключил[аио]?|заключен[аоы]?|поставил[аио]?\s+подпис\w+)\b"
)
# a document: the signing is of one, not of a letter of greeting
_DOCUMENT = re.compile(
    r"(?i)\b(?:соглашени|договор|меморандум|протокол|план\w*\s+мероприяти|программ|дорожн\w+\s+карт)"
)
# told as coming, not as held
_ANNOUNCED = re.compile(
    r"(?i)\b(?:будет|будут|планиру\w+|намерен\w*|намечен\w*|предстоит|предстоящ\w+|подпишут|подпишет|заключат)\b"
)
_SIDE_KINDS = ("country", "adjective", "pair_adjective", "region", "city", "city_adjective", "body")


def meeting_of_signing_bodies(article: Article, gaz: Gazetteer) -> Meeting | None:
    # the first signing whose sides are of two states: a headline often names only one
    signing, sides = next(
        (
            (s, sides)
            for s in article.sentences
            if _held_signing(s)
            and not _told_after_a_recall(article, s)
            and len(sides := _sides(article, s)) >= 2
        ),
        (None, set()),
    )
    if signing is None:
        return None
    people = reported_people(article)
    officials = [p for p in people if any(post.country in sides for post in article.persons[p].posts)]
    if not officials:
        return None
    meeting = Meeting(kind="talks", sentence=signing.index, participants=officials, sentences=[signing.index])
    return in_first_city(article, gaz, meeting, signing)


def _sides(article: Article, s: Sentence) -> set[str]:
    """The states of the places and bodies named in the signing's sentence and the one before."""
    window = article.sentences[max(0, s.index - 1) : s.index + 1]
    return {
        m.iso for x in window for m in article.places_in(x.start, x.stop) if m.kind in _SIDE_KINDS and m.iso
    }


def _told_after_a_recall(article: Article, s: Sentence) -> bool:
    """ "Напомним, 16 августа состоялась встреча ... В ходе этой встречи был подписан договор": a signing told
    in the two sentences after a recall is the recalled meeting's."""
    before = article.sentences[max(0, s.index - 2) : s.index]
    return any(x.index in article.recalled or RECALL_OPENER.search(x.text) for x in before)


def _held_signing(s: Sentence) -> bool:
    return (
        not s.in_quote
        and _SIGNED.search(s.text) is not None
        and _DOCUMENT.search(s.text) is not None
        and _ANNOUNCED.search(s.text) is None
        and not RECALL_OPENER.search(s.text)
        and not _unilateral(s)
    )


def _unilateral(s: Sentence) -> bool:
    """ "подписал закон о ратификации соглашения": the act signed is one state's own, whatever it ratifies."""
    return any(t.lemma == "подписать" and signs_alone(s.tokens, t) for t in s.tokens)
