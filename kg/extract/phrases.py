"""Noun phrases and place names in Russian: put a phrase's head in the nominative, decline a name."""

from __future__ import annotations

import re

from kg.extract.morph import CASES, parses, restore_case

_ADJ_ENDING = re.compile(
    r"(ый|ий|ой|ая|яя|ое|ее|ые|ие|ого|его|ому|ему|ым|им|ом|ем|ую|юю|ой|ей|ых|их|ыми|ими)$"
)


def phrase_to_nominative(phrase: str) -> str:
    """Put the head of a noun phrase (and the adjectives before it) in the nominative.

    "Минским городским исполнительным комитетом" -> "Минский городской исполнительный комитет";
    "Декларацию о переходе ..." -> "Декларация о переходе ..." (the complement is left as it is).
    """
    words = phrase.split(" ")
    head_index = None
    for i, w in enumerate(words):
        bare = w.strip('«»"(),')
        if not bare or not re.match(r"[А-Яа-яЁё-]+$", bare):
            break
        ps = parses(bare.lower())
        adjective_like = bool(_ADJ_ENDING.search(bare.lower())) and any(
            "ADJF" in p.tag or "PRTF" in p.tag for p in ps
        )
        if adjective_like and re.search(r"[ое]м$", bare.lower()):
            # "акиматом", "хокимиятом": a noun the dictionary lacks, in the instrumental (an adjective in "-ом"
            # is prepositional, and the phrases read here are not)
            adjective_like = not any("NOUN" in p.tag and p.tag.case == "ablt" for p in ps)
        if adjective_like and i + 1 < len(words):
            continue
        if any("NOUN" in p.tag for p in ps):
            head_index = i
        break
    if head_index is None:
        return phrase
    head_word = words[head_index]
    # the case the phrase stands in, told by the head noun
    noun_parses = [p for p in parses(head_word.lower()) if "NOUN" in p.tag]
    if not noun_parses:
        return phrase
    noun = noun_parses[0]
    case, number, gender = noun.tag.case, noun.tag.number or "sing", noun.tag.gender
    out = list(words)
    inflected = noun.inflect({"nomn", number})
    if inflected is not None:
        out[head_index] = restore_case(head_word, inflected.word)
    for i in range(head_index):
        w = words[i]
        adj = [p for p in parses(w.lower()) if ("ADJF" in p.tag or "PRTF" in p.tag) and p.tag.case == case]
        if not adj:
            continue
        grammemes = {"nomn", number} | ({gender} if number == "sing" and gender else set())
        form = adj[0].inflect(grammemes)
        if form is not None:
            out[i] = restore_case(w, form.word)
    return " ".join(out)


def decline_phrase(phrase: str) -> set[str]:
    """All case forms of a nominative noun phrase: adjectives and the head noun decline; of two conjuncts
    ("Босния и Герцеговина", "Тринидад и Тобаго") each declines in the same case."""
    parts = phrase.split(" и ")
    if len(parts) == 2 and all(part[:1].isupper() for part in parts):
        by_case = [_forms_by_case(part) for part in parts]
        return {phrase} | {
            " и ".join(forms.get(case, part) for forms, part in zip(by_case, parts)) for case in CASES
        }
    return {phrase} | set(_forms_by_case(phrase).values())


def _forms_by_case(phrase: str) -> dict[str, str]:
    """The phrase's form in each case it has one for (the nominative included)."""
    words = phrase.split(" ")
    head = None
    for i, w in enumerate(words):
        ps = parses(w.lower())
        if any("NOUN" in p.tag and p.tag.case == "nomn" for p in ps) and not (
            "ADJF" in ps[0].tag and i < len(words) - 1
        ):
            head = i
            break
    forms: dict[str, str] = {"nomn": phrase}
    if head is None:
        return forms
    noun = next(p for p in parses(words[head].lower()) if "NOUN" in p.tag and p.tag.case == "nomn")
    number = noun.tag.number or "sing"
    for case in CASES:
        out = list(words)
        form = noun.inflect({case, number})
        if form is None:
            continue
        out[head] = restore_case(words[head], form.word)
        ok = True
        for i in range(head):
            adj = [
                p
                for p in parses(words[i].lower())
                if ("ADJF" in p.tag or "PRTF" in p.tag) and p.tag.case == "nomn"
            ]
            if not adj:
                continue
            g = {case, number} | ({noun.tag.gender} if number == "sing" and noun.tag.gender else set())
            f = adj[0].inflect(g)
            if f is None:
                ok = False
                break
            out[i] = restore_case(words[i], f.word)
        if ok:
            forms[case] = " ".join(out)
    return forms


def decline_word_by_rules(word: str) -> set[str]:
    """Case forms of a single place name by the regular Russian patterns (pymorphy3 may not know it)."""
    low = word.lower()
    forms = {word}
    if re.search(r"[бвгджзклмнпрстфхцчшщ]$", low):
        forms |= {word + e for e in ("а", "у", "ом", "е")}
    elif low.endswith("й"):
        forms |= {word[:-1] + e for e in ("я", "ю", "ем", "е")}
    elif low.endswith("ия"):
        forms |= {word[:-1] + e for e in ("и", "ю", "ей")}
    elif low.endswith("я"):
        forms |= {word[:-1] + e for e in ("и", "е", "ю", "ей")}
    elif low.endswith("а"):
        soft = low[-2:-1] in "гкхжшчщ"
        forms |= {word[:-1] + e for e in (("и" if soft else "ы"), "е", "у", "ой")}
    elif low.endswith("ь"):
        forms |= {word[:-1] + e for e in ("и", "ью", "я", "ю", "ем", "е")}
    elif low.endswith(("ье", "ие")):
        forms |= {word[:-1] + e for e in ("я", "ю", "ем")}  # "Приангарье": a region's neuter name
    return forms


def genitive_of(name: str) -> str:
    """The genitive of a one-word place name: Астана -> Астаны, Минск -> Минска."""
    for p in parses(name.lower()):
        if "NOUN" in p.tag and p.tag.case == "nomn" and ("Geox" in p.tag or "Name" not in p.tag):
            form = p.inflect({"gent"})
            if form is not None:
                return restore_case(name, form.word)
    low = name.lower()
    if low.endswith("а"):
        return name[:-1] + ("и" if low[-2:-1] in "гкхжшчщ" else "ы")
    if re.search(r"[бвгджзклмнпрстфхцчшщ]$", low):
        return name + "а"
    return name
