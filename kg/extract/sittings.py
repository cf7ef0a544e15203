"""The kind of a sitting ("заседание", "сессия", "совещание"): a summit of heads of state, an intergovernmental
session, talks under a sitting's name, a gathering's own sitting, or a domestic one."""

from __future__ import annotations

import re

from kg.extract import arguments, verbargs
from kg.extract.gazetteer import find_roles
from kg.extract.model import Article, Sentence, Token
from kg.extract.syntax import children, preposition, subtree

HEADS_OF = re.compile(r"(?i)\bглав\w*\s+(?:государств|правительств)|\bлидер\w*\s+(?:государств|стран)")


# GOLD.md: a sitting of heads of state of more than two states is a summit; a council of heads of
# government, like any other council or commission, sits in session
# ministers of a group of states (not "двух стран"): a ministers' council of several, not talks of two
MINISTERS_OF_STATES = re.compile(
    r"(?i)(?:министр\w*|глав\w*\s+(?:мид|министерств\w*|внешнеполитических\s+ведомств))\s+"
    r"(?:(?!двух\b|обеих\b|обоих\b|наших\b)[а-яё]+\s+){0,3}?(?:стран|государств)(?![а-яё])"
    # "встреча министров иностранных дел «Диалога по сотрудничеству в Азии»": of a format named in quotes
    r"|министров\s+(?:[а-яё]+\s+){0,3}?(?:«|\")"
)


HEADS_OF_GOVERNMENT = re.compile(r"(?i)\bглав\w*\s+правительств|\bпремьер-министр\w*\s+(?:государств|стран)")


INTERNATIONAL = re.compile(
    r"(?i)меж(?:правительствен|государствен|правком|правсовет|парламентск|дународ|ведомствен)\w*|\bМПК\b|"
    r"союзн\w+\s+государств|евразийск\w+|\bСНГ\b|\bШОС\b|\bОДКБ\b|\bЕАЭС\b|\bОТГ\b|совместн\w+|двусторонн\w+|"
    r"[а-яё]+о-[а-яё]+[сц]к\w+|деловог\w+\s+совет\w+|приграничн\w+\s+сотрудничеств\w*|бизнес-совет\w*|совет\w*\s+министров\s+иностранных\s+дел|СМИД"
)


_DOMESTIC = re.compile(
    r"(?i)^\s*(?:\w+\s+){0,2}(?:правительства|кабинета|коллегии|совета\s+безопасности|маслихата|мажилиса|сената|"
    r"парламента|палаты|акимата|комиссии\s+по\s+\w+|штаба|совета\s+директоров|"
    # a national parliament by its own name: "заседание Меджлиса (парламента) ИРИ", "Сейма Латвии", "Кнессета"
    r"меджлиса|мажлиса|сейма|кнессета|бундестага|бундесрата|конгресса|думы|рады|хурала|кенеша|скупщины|"
    r"стортинга|риксдага|фолькетинга|альтинга|эдускунты|сабора|национального\s+собрания|народного\s+собрания|"
    # a city's, a district's or a region's own council: "сессия Харьковского городского совета", "горсовета"
    r"(?:городского|районного|областного|сельского|поселкового|краевого|муниципального|окружного)\s+совета|"
    r"(?:гор|обл|рай)совета|(?:гор|обл|рай)?исполкома|совета\s+депутатов|собрания\s+депутатов|"
    r"законодательного\s+собрания|мэрии)"
)


_TALK_MECHANISMS = frozenset(["диалог", "консультация", "консультации", "переговоры"])


_GATHERING_KINDS = {"форум": "forum", "саммит": "summit"}
_GATHERING_AFTER = re.compile(
    r"\s+(?:[А-ЯЁа-яё-]+(?:ого|его|ой|ей)\s+){0,3}([а-яё-]*(?:форум|саммит))а(?![а-яё])", re.I
)


def session_kind(article: Article, s: Sentence, t: Token, phrase: str) -> str:
    """A sitting: a summit of heads of state, an intergovernmental session, a domestic one, or one that only
    refers to a sitting told before."""
    # "пленарное заседание форума", "... бизнес-форума": a part of the forum, the forum
    whose = [
        k for c in children(s.tokens, t, "nmod") for w, k in _GATHERING_KINDS.items() if c.lemma.endswith(w)
    ]
    if whose:
        return whose[0]
    told = _GATHERING_AFTER.match(article.text, t.stop)  # the same, where the parse lost the genitive
    if told:
        return next(k for w, k in _GATHERING_KINDS.items() if told.group(1).lower().endswith(w))
    if HEADS_OF_GOVERNMENT.search(phrase):
        return "session"  # "заседание Совета глав правительств СНГ"
    if HEADS_OF.search(phrase) or any(
        p.kind == "body" and p.value.kind == "summit" for p in article.places_in(t.start, t.stop + 120)
    ):
        return "summit"  # "заседание Совета глав государств СНГ", "заседание Совета коллективной безопасности ОДКБ"
    inside = subtree(s.tokens, t)
    if any(c.lemma in _TALK_MECHANISMS for c in children(s.tokens, t, "nmod")) and not any(
        c.lemma in ("совет", "комиссия", "комитет") for c in inside
    ):
        return "talks"  # "заседание Стратегического диалога между министрами": talks, not a body's sitting
    officials = [
        c
        for c in children(s.tokens, t, "nmod")
        if c.feats.get("Number") == "Plur"
        and find_roles(" ".join(x.text for x in subtree(s.tokens, c)[:4]).lower())
    ]
    organization = any(
        p.kind == "body" and p.value.country is None
        for p in article.places_in(inside[0].start, inside[-1].stop)
    )
    if (
        officials
        and not organization
        and not any(c.lemma in ("совет", "комиссия", "комитет", "совещание") for c in inside)
    ):
        # "заседание заместителей министров иностранных дел": officials meeting, not a body sitting;
        # "заседание министров иностранных дел Совета сотрудничества ...", "заседание глав внешнеполитических
        # ведомств стран ОТГ": the council's or the organization's sitting
        return "talks"
    if (
        t.lemma == "совещание"
        and not organization
        and not any(c.lemma in ("совет", "комиссия") for c in inside)
    ):
        return "talks"  # "министры проведут совещание по приграничному сотрудничеству": officials meeting, no body
    if INTERNATIONAL.search(phrase) or organization:
        return "session"
    if _DOMESTIC.match(article.text[t.stop : inside[-1].stop]):
        return "session_domestic"  # "заседание Правительства"
    return "session_reference"


# verbs of reporting: who states something after a sitting or during it sat at it
_REPORTING = frozenset(
    ["заявить", "сообщить", "отметить", "подчеркнуть", "рассказать", "сказать", "констатировать", "подвести"]
)
_AT_THE_SITTING = ("по итогам", "в ходе", "по завершении", "по результатам", "на", "во время")


def reported_by_its_member(article: Article, s: Sentence, t: Token) -> list[str]:
    """ "Об этом заявил вице-премьер X по итогам заседания межправительственной комиссии": who reports on the
    sitting of a body of two or more states, after it or during it, sat at it; the sitting is told held."""
    tokens = s.tokens
    anchor, prep = t, preposition(tokens, t)
    if (
        not prep
        and t.head >= 0
        and tokens[t.head].lemma in ("итог", "результат", "завершение", "ход", "время")
    ):
        anchor = tokens[t.head]  # "по итогам заседания", parsed as a noun and its genitive
        prep = f"{preposition(tokens, anchor)} {anchor.text.lower()}"
    summed_up = (
        anchor is not t
        and anchor.lemma == "итог"
        and anchor.rel == "obj"
        and anchor.head >= 0
        and tokens[anchor.head].lemma == "подвести"
    )  # "X подвел итоги заседания межправсовета": who sums a sitting up sat at it
    if (prep not in _AT_THE_SITTING and not summed_up) or anchor.head < 0:
        return []
    verb = tokens[anchor.head]
    if verb.lemma not in _REPORTING or verb.pos != "VERB" or verb.feats.get("Tense") == "Fut":
        return []
    inside = subtree(tokens, t)
    if not INTERNATIONAL.search(article.text[inside[0].start : inside[-1].stop]):
        return []
    return [p for x in verbargs.subjects(tokens, verb) for p in arguments.coordinated(article, s, x)]
