"""Russian morphology for names and short noun phrases, on top of pymorphy3.

Names are normalized jointly: every token of a name stands in one case and the
person has one gender, so the (case, gender) pair that explains all tokens best
wins, and each token is then put in the nominative by that pair. pymorphy3
knows common first names, patronymics and Russian surnames; the suffix rules
cover Kazakh, Uzbek, Turkic, Chinese and European names it has never seen.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

import pymorphy3

CASES = ("nomn", "gent", "datv", "accs", "ablt", "loct")
GENDERS = ("masc", "femn")

_PATRONYMIC = re.compile(
    r"(ович|евич|ич|овн|евн|ичн)(а|у|ем|ом|е|ы|ой|ею|у)?$|(улы|кызы|оглы|угли|кизи)$", re.IGNORECASE
)
# an initial: one capital, or "Дж." for the English names in "Дж" ("Дж.Фернандес", "Дж. Байден")
INITIAL_LETTERS = r"(?:[А-ЯЁ]|Дж)"
INITIAL = rf"{INITIAL_LETTERS}\."
_INITIAL = re.compile(r"^(?:[А-ЯЁA-Z]|Дж)\.$")
# indeclinable endings: -о, -и, -э, -их/-ых, and the long vowels of Mongolian and Kyrgyz names
# ("Дааданхуу", "Жээнбек" is not one: only a final doubled vowel)
_VOWEL_END = re.compile(r"[оиэ]$|[ыи]х$|(?:уу|ээ|оо|үү|өө)$", re.IGNORECASE)

# Russian-type surnames: -ов/-ев/-ин and their case endings, by gender.
_RUS_SURNAME = re.compile(r"^(.+?(?:ов|ев|ёв|ин|ын))(а|у|ым|е|ой|ою)?$", re.IGNORECASE)
_RUS_ENDINGS = {
    "masc": {"nomn": "", "gent": "а", "accs": "а", "datv": "у", "ablt": "ым", "loct": "е"},
    "femn": {"nomn": "а", "gent": "ой", "accs": "у", "datv": "ой", "ablt": "ой", "loct": "ой"},
}
_SKIY = re.compile(r"^(.+?(?:ск|цк))(ий|ого|ому|им|ом|ая|ой|ую)$", re.IGNORECASE)
_SKIY_ENDINGS = {
    "masc": {"nomn": "ий", "gent": "ого", "accs": "ого", "datv": "ому", "ablt": "им", "loct": "ом"},
    "femn": {"nomn": "ая", "gent": "ой", "accs": "ую", "datv": "ой", "ablt": "ой", "loct": "ой"},
}
# Nouns ending in a consonant (masculine names and surnames of any origin).
_CONSONANT_ENDINGS = {
    "gent": ("а", "я"),
    "accs": ("а", "я"),
    "datv": ("у", "ю"),
    "ablt": ("ом", "ем", "ём", "эм"),  # "Пурэвдоржэм": Mongolian names keep their "э"
    "loct": ("е",),
}
# Nouns in -а/-я (Абдулла, Наталья, Москва).
_A_ENDINGS = {
    "gent": ("ы", "и"),
    "accs": ("у", "ю"),
    "datv": ("е", "и"),
    "ablt": ("ой", "ей", "ою", "ею"),
    "loct": ("е", "и"),
}


@lru_cache(maxsize=1)
def analyzer() -> pymorphy3.MorphAnalyzer:
    return pymorphy3.MorphAnalyzer()


@lru_cache(maxsize=50_000)
def parses(word: str) -> tuple:
    return tuple(analyzer().parse(word))


# Universal POS tags -> the OpenCorpora tags pymorphy3 may give the same word
_UPOS_TO_OC = {
    "NOUN": {"NOUN"},
    "PROPN": {"NOUN"},
    "VERB": {"VERB", "INFN", "PRTF", "PRTS", "GRND"},
    "AUX": {"VERB", "INFN"},
    "ADJ": {"ADJF", "ADJS", "COMP", "PRTF", "PRTS"},
    "ADV": {"ADVB", "COMP", "PRED"},
    "NUM": {"NUMR", "ADJF"},
    "PRON": {"NPRO", "ADJF"},
    "DET": {"ADJF", "NPRO"},
    "ADP": {"PREP"},
    "CCONJ": {"CONJ"},
    "SCONJ": {"CONJ"},
    "PART": {"PRCL"},
    "INTJ": {"INTJ"},
}
_UD_CASE = {"Nom": "nomn", "Gen": "gent", "Dat": "datv", "Acc": "accs", "Ins": "ablt", "Loc": "loct"}


@lru_cache(maxsize=100_000)
def _lemma(word: str, upos: str, case: str | None, number: str | None) -> str:
    """The dictionary form of ``word`` for the tagger's POS and case (cf. natasha's lemmatizer)."""
    wanted = _UPOS_TO_OC.get(upos)
    best, best_score = None, -1.0
    for p in parses(word):
        score = p.score
        if wanted and p.tag.POS in wanted:
            score += 2
        if case and p.tag.case == _UD_CASE.get(case):
            score += 1
        if number and p.tag.number == ("plur" if number == "Plur" else "sing"):
            score += 0.5
        if score > best_score:
            best, best_score = p, score
    if best is None:
        return word
    if best.tag.POS in ("PRTF", "PRTS", "GRND") and upos in ("VERB", "AUX"):
        return best.normal_form  # pymorphy3 gives participles their verb's infinitive
    return best.normal_form.replace("ё", "е")


def lemma_of(text: str, upos: str, feats: dict[str, str]) -> str:
    word = text.lower().replace("ё", "е")
    if not any(c.isalpha() for c in word):
        return word
    return _lemma(word, upos, feats.get("Case"), feats.get("Number"))


def restore_case(original: str, lowered: str) -> str:
    """Give ``lowered`` the capitalization of ``original`` (per hyphen part) and its е/ё spelling."""
    if "ё" not in original.lower():
        lowered = lowered.replace("ё", "е")
    parts = lowered.split("-")
    orig_parts = original.split("-")
    out = []
    for i, part in enumerate(parts):
        ref = orig_parts[i] if i < len(orig_parts) else orig_parts[-1]
        if ref.isupper() and len(ref) > 1:
            out.append(part.upper())
        elif ref[:1].isupper():
            out.append(part[:1].upper() + part[1:])
        else:
            out.append(part)
    return "-".join(out)


_INDECLINABLE_SURNAME = re.compile(r"(?i)(?:зода|заде|зада)$")  # Tajik and Azerbaijani: "Мирзозода"
_OVICH = re.compile(r"(?:ович|евич)(?:а|у|ем|е)?$")


def is_patronymic(token: str) -> bool:
    """ "Кемелевичем", "Миромонович", "Ильич" -- not "Гашич", "Вучич": a bare -ич is a South Slavic or
    Belarusian surname unless the dictionary knows the patronymic."""
    if re.search(
        r"(?:ович|евич)(?:а|у|ем|е|и|ам|ами|ах)?$|(?:овн|евн|ичн)(?:а|ы|е|у|ой|ою)$|(?:улы|кызы|оглы|угли)$",
        token,
        re.IGNORECASE,
    ):  # not "Ишангулыева", "Светличная" (a surname that only contains "ична")
        return not surname_built_on_noun(token) and not _known_surname_only(token)
    if _PATRONYMIC.search(token):
        return any("Patr" in p.tag and p.is_known for p in parses(token.lower()))
    return any("Patr" in p.tag and p.score > 0.5 and p.is_known for p in parses(token.lower()))


def _known_surname_only(token: str) -> bool:
    """ "Януковичем", "Шушкевич", "Макаревичем": the dictionary knows the -ович word as a surname and never as a
    patronymic ("Богданович" is both, and stays a patronymic)."""
    known = [p for p in parses(token.lower()) if p.is_known]
    return any("Surn" in p.tag for p in known) and not any("Patr" in p.tag for p in known)


def russian_surname_in_oblique_case(token: str) -> bool:
    """ "Бердымухамедовым", "Лаврова": a Russian-type surname whose ending shows its case."""
    m = _RUS_SURNAME.match(token)
    return bool(m and m.group(2))


def surname_built_on_noun(token: str) -> bool:
    """ "Мясникович", "Мясниковичем": an -ович word the dictionary does not know as a patronymic, built on a
    common noun ("мясник") rather than on a first name, is a Belarusian or South Slavic surname."""
    word = token.lower()
    m = _OVICH.search(word)
    if m is None or any("Patr" in p.tag and p.is_known for p in parses(word)):
        return False
    stem = word[: m.start()]
    stem_parses = parses(stem)
    return (
        len(stem) >= 3
        and any(p.is_known for p in stem_parses)
        and not any("Name" in p.tag or "Surn" in p.tag for p in stem_parses)
    )


_ROMAN = re.compile(r"^(?=[IVX])X{0,3}(?:IX|IV|V?I{0,3})$")


def is_regnal_numeral(token: str) -> bool:
    """ "II", "XIV": the numeral of a monarch's or a pope's name (up to XXXIX)."""
    return bool(_ROMAN.match(token))


def is_initial(token: str) -> bool:
    return bool(_INITIAL.match(token))


@dataclass
class NameParts:
    first: str
    last: str
    middle: str
    patronymic: str
    gender: str | None
    case: str

    @property
    def full(self) -> str:
        return " ".join(p for p in (self.first, self.middle, self.last) if p)


@lru_cache(maxsize=1)
def east_asian_surnames() -> frozenset[str]:
    """Chinese, Korean and Vietnamese family names as Russian writes them ("Си", "Ван", "Чэнь")."""
    from kg.resources import gazetteer_file

    lines = gazetteer_file("east_asian_surnames.txt").read_text(encoding="utf-8").splitlines()
    return frozenset(line.strip() for line in lines if line.strip() and not line.startswith("#"))


def _nominative_plausibility(token: str, gender: str, surname: bool) -> float:
    """How well a token as it stands fits the nominative of the given gender."""
    low = token.lower()
    if _VOWEL_END.search(low) and not low.endswith(("а", "я")):
        return 1.0  # indeclinable
    if gender == "masc":
        if not surname and re.search(r"[бвгджзклмнпрстфхцчшщ]ей$", low):
            return 0.5  # a given name like "Андрей", "Матвей": "Хамфрей", "Джеффрей" (an "-ья" name's "-ьей" differs)
        if re.search(r"(ом|ем|ём|ым|им|ой|ей|ого|ому)$", low) and not re.search(r"(ий|ой)$", low):
            return 0.0
        if re.search(r"[ую]$", low):
            # a dative as a rule ("Энхтувшину"), but "Шойгу", "Су Фанцю" do not decline
            return 0.0 if _RUS_SURNAME.match(token) else 0.1
        if low.endswith("ой") and len(low) > 3:
            # "Толстой", "Донской" are surnames; a given name in "-ой" ("Надирой", "Ортегой") and "-овой" after a
            # Russian-type stem ("Джусупбековой") are far more often a woman's or an "-а" name's oblique case
            if not surname:
                return 0.1
            rus = _RUS_SURNAME.match(token)
            if rus and (rus.group(2) or "").lower() == "ой":
                return 0.3
        if low.endswith("ы"):
            return 0.1  # "Нарендры" is a genitive
        if low.endswith(("а", "я")):
            return 0.1 if surname else 0.4  # Абдулла, Илья, Муса
        return 1.0
    if low.endswith(("а", "я")):
        if surname and not re.search(r"(ова|ева|ёва|ина|ына|ая|яя)$", low):
            return 0.3
        return 1.0
    if re.search(r"(ой|ей|ую|ою|ею|у|ю|ым|ом|ём|[аеоуяюжшчщц]ем|[жшчщц]эм)$", low):
        # "-аем", "-еем": the instrumental of "-ай", "-ей" ("Орбаем"), not a woman's "Мерьем"; "-чем", "-шем": of a
        # man's name in a hushing consonant ("Кылычем")
        return 0.0
    return 0.6  # Айгуль, Бербок


# oblique endings of a masculine adjectival surname, after a consonant
_GENITIVE_ADJECTIVAL = re.compile(r"(?<=[^аеиоуыэюя])(?:ого|его)$")
_ADJECTIVAL_OBLIQUE = {
    "gent": _GENITIVE_ADJECTIVAL,
    "accs": _GENITIVE_ADJECTIVAL,
    "ablt": re.compile(r"(?<=[^аеиоуыэюя])(?:ым|им)$"),
    "datv": re.compile(r"(?<=[^аеиоуыэюя])(?:ому|ему)$"),
}


def _adjectival_ending(stem: str, soft: bool) -> str:
    """The nominative ending of an adjectival surname: "-ий" after к, г, х and the hushing consonants or when
    the oblique form is soft ("Синего"), else "-ый" ("Нарожного" -> "Нарожный")."""
    return "ий" if soft or stem[-1:].lower() in "кгхжшчщ" else "ый"


_VOWEL = re.compile(r"(?i)[аеёиоуыэюя]")


def _stem_rules(token: str, case: str, gender: str, surname: bool) -> list[tuple[str, float]]:
    """Nominative candidates of one token in (case, gender) by suffix rules, with a weight."""
    low = token.lower()
    out: list[tuple[str, float]] = []
    if case == "nomn":
        return [(token, _nominative_plausibility(token, gender, surname))]
    if surname and low.endswith("ия") and gender == "masc":
        out.append((token, 1.1))  # Гахария, Берия: Georgian surnames in -ия often stay undeclined
    if low.endswith("ии") and case in ("gent", "datv", "loct"):
        out.append((token[:-1] + "я", 1.1))  # Гахарии, Берии: the -ия surnames of Georgia
    if _VOWEL_END.search(low) and not low.endswith(("а", "я")):
        out.append((token, 1.0))  # indeclinable: Головченко, Тлеуберди, Си
    elif re.search(r"[еуюы]$", low) and not (surname and (_RUS_SURNAME.match(token) or _SKIY.match(token))):
        out.append((token, 0.3))  # foreign names ending in a vowel may not decline: Беате, Нуртлеу
    if surname:
        m = _RUS_SURNAME.match(token)
        if m and (m.group(2) or "") == _RUS_ENDINGS[gender][case]:
            out.append((m.group(1) + ("а" if gender == "femn" else ""), 1.2))
        m = _SKIY.match(token)
        if m and m.group(2).lower() == _SKIY_ENDINGS[gender][case]:
            out.append((m.group(1) + _SKIY_ENDINGS[gender]["nomn"], 1.2))
    adjectival = _ADJECTIVAL_OBLIQUE.get(case) if surname and gender == "masc" else None
    m = adjectival.search(low) if adjectival else None
    if m and not _RUS_SURNAME.match(token):
        # an adjectival surname: "Михаила Гулого" (Гулый), "Горького" (Горький), "с Владимиром Нарожным",
        # "Андрею Белому"; rarer than undeclined "-о"
        stem = token[: m.start()]
        out.append((stem + _adjectival_ending(stem, soft=m.group(0)[0] in "еи"), 1.1))
    if (
        gender == "femn"
        and re.search(r"[бвгджзклмнпрстфхцчшщь]$", low)
        and not _OBLIQUE_NAME_ENDING.search(low)
    ):
        out.append((token, 0.6))  # women's names ending in a consonant do not decline: Айгуль, Бербок
    if gender == "masc" and case in _CONSONANT_ENDINGS:
        for ending in _CONSONANT_ENDINGS[case]:
            if low.endswith(ending) and len(low) > len(ending) + 1:
                stem = token[: -len(ending)]
                if stem[-1:].lower() in "йь":
                    out.append((stem, 0.7))  # "Мухаммедкалыйем": the stem keeps its own "й"
                elif ending in ("я", "ю") or (ending in ("ем", "ём") and stem[-1:].lower() not in "цжшчщ"):
                    soft = (
                        "й" if stem[-1:].lower() in "аеиоуяэ" else "ь"
                    )  # Алексеем, Игорем, Кунлинем, Каролём
                    out.append((stem + soft, 0.7))
                elif not re.search(r"[аеёиоуыэюя]$", stem.lower()):
                    # a stem that ends in a vowel never declines so: "Го Чжэньхуа" is no "Чжэньху" in the
                    # genitive (a name in "-у" does not decline at all)
                    out.append((stem, 0.8))
    if case in _A_ENDINGS:
        for ending in _A_ENDINGS[case]:
            if low.endswith(ending) and len(low) > len(ending) + 1:
                stem = token[: -len(ending)]
                soft = ending in ("и", "ю", "ей", "ею") and stem[-1:].lower() not in "гкхжшчщц"
                out.append((stem + ("я" if soft else "а"), 0.6))
    return out


def _gender_prior(tokens: list[str], roles: list[str], gender: str) -> float:
    """Evidence for a gender: a known first name, a patronymic, a feminine surname form."""
    score = 0.0
    for tok, role in zip(tokens, roles):
        low = tok.lower()
        if role == "first":
            genders: set = set()
            for part in low.split("-"):  # the first part of a double name that is a known name decides
                genders = {p.tag.gender for p in parses(part) if "Name" in p.tag and p.tag.number != "plur"}
                if genders:
                    break
            if genders != {"femn"} and may_be_womans_first_name(tok):
                genders = {"femn"}  # "Бисерой": an unknown name in a woman's instrumental
            if genders == {gender}:
                score += 1.0
            elif genders and gender not in genders:
                score -= 1.0
        elif role == "patr" or " " in tok:
            # a father's name, also a Turkic one with its particle, last or not: "Эсенгул уулу" names a son,
            # "Гейдар кызы" a daughter
            fem = bool(re.search(r"(овн|евн|ичн|кызы|кизи)", low))
            score += 1.5 if fem == (gender == "femn") else -1.5
    if gender == "femn" and score <= 0:
        score -= 0.5  # a woman's name needs some positive evidence
    return score


def _pymorphy_candidates(token: str, tag: str, case: str, gender: str) -> list[tuple[str, float]]:
    out = []
    for p in parses(token.lower()):
        if tag not in p.tag or p.tag.case != case or (tag == "Name" and not p.is_known):
            continue  # a guessed first-name paradigm makes "Хироси" the genitive of "Хирося"
        if p.tag.gender is not None and p.tag.gender != gender and "ms-f" not in p.tag:
            continue
        if p.tag.number == "plur":
            continue
        nomn = p.inflect({"nomn", "sing"}) if case != "nomn" else None
        word = nomn.word if nomn is not None else p.word
        # a dictionary word is strong evidence; pymorphy's guess for an unknown word is not
        out.append((restore_case(token, word), 1.5 + p.score if p.is_known else 0.7 + 0.5 * p.score))
    return out


_OBLIQUE_NAME_ENDING = re.compile(r"(?i)(?:[^аеиоуыэюя]ом|[^аеиоуыэюя][её]м|ым|ой)$")
_TURKIC_LY = re.compile(r"(?i)(?:[гк]улы|[аея]лы)$")
# a surname ending in a letter no form of the case ends in stays as written ("Беатой Пекса", "Аннику Гуле")
_UNDECLINED_ENDINGS = {
    ("ablt", "а"),
    ("ablt", "я"),
    ("accs", "е"),
    ("accs", "и"),
    ("accs", "о"),
    ("accs", "э"),
}


def _declined_head(head: str, role: str, case: str, gender: str) -> str:
    """The best reading of a double name's first part in ``case`` that differs from it as written, or ""."""
    heads = [(h, s) for h, s in _token_candidates(head, role, case, gender) if h.lower() != head.lower()]
    return max(heads, key=lambda c: c[1])[0] if heads else ""


_VOWEL_SOFT_SIGN = re.compile(r"(?i)[аеёиоуыэюя]ь$")


def _token_candidates(token: str, role: str, case: str, gender: str) -> list[tuple[str, float]]:
    if "-" in token and role in ("first", "middle", "last"):
        head, _, tail = token.rpartition("-")
        tails = _token_candidates(tail, role, case, gender)
        out = [(head + "-" + c, s) for c, s in tails]
        if case == "nomn" or "-" in head or not tails:
            return out
        if role != "last" and _same_ending(head, tail):
            # "Жана-Ноэля", "Жан-Ноэлем": both parts of a European double name decline;
            # "Касым-Жомарта": a Turkic first part that ends in no case ending stays
            first = _declined_head(head, role, case, gender)
            if first:
                out += [(first + "-" + c, s + 0.1) for c, s in tails]
        elif all(c.lower() == tail.lower() for c, _ in tails) and re.search(
            r"(?:ом|ем|ым|им|ой|ей)$", head.lower()
        ):
            # "Флорином-Василе", "Боцаном-Харченко": the second part does not decline, so the first carries the
            # case
            first = _declined_head(head, role, case, gender)
            if first:
                out += [(first + "-" + tail, max(s for _, s in tails) + 0.1)]
        return out
    tag = {"first": "Name", "middle": "Name", "last": "Surn", "patr": "Patr"}[role]
    cands = _pymorphy_candidates(token, tag, case, gender)
    if role == "last" and case != "nomn":
        cands += [(w, s - 0.5) for w, s in _pymorphy_candidates(token, "Name", case, gender)]  # "Петра Павла"
    if role == "patr":
        if case == "nomn":
            cands.append((token, 1.0))
        return cands
    cands += _stem_rules(token, case, gender, surname=(role == "last"))
    if role == "last" and case != "nomn" and gender == "masc":
        cands += _fleeting_vowel(token, case)
    if role in ("first", "middle") and case != "nomn":
        # in "Сюй Кунлинем", "Си Цзиньпином" only the last word declines; a known family name never does
        if role == "first" and token in east_asian_surnames():
            cands.append((token, 1.0))
        elif not _OBLIQUE_NAME_ENDING.search(token):
            # "Ортегой", "Кааном" show their own case: they stay as written in no other
            cands.append((token, 0.3))
        if _TURKIC_LY.search(token):
            cands.append((token, 1.3))  # "Гурбангулы", "Нуралы": Turkic names in -ы that do not decline
    if (
        role == "last"
        and case != "nomn"
        and not re.search(r"(?i)(?:ом|ем|ём|ым|им|ой|ей|ою|ею|[уюаяеыи])$", token)
    ):
        cands.append((token, 0.2))  # outlets leave foreign surnames undeclined: "с Юсефом Аль-Усеймин"
    if (case, token[-1:].lower()) in _UNDECLINED_ENDINGS and role == "last":
        cands.append((token, 0.15))  # no declined form ends so: "с послом Беатой Пекса", "посла Аннику Гуле"
    # no Russian word ends in a vowel and a soft sign: "Дунъюя" is "Дунъюй", never "Дунъюь"
    return [
        (w[:-1] + ("Й" if w[-1] == "Ь" else "й") if _VOWEL_SOFT_SIGN.search(w) else w, s) for w, s in cands
    ]


def _fleeting_vowel(token: str, case: str) -> list[tuple[str, float]]:
    """ "Шорцем", "Зайцем", "Кравцом": a surname in "-ец", "-яц" loses its vowel when declined, as the common
    noun it comes from does; the dictionary's noun tells the nominative ("шорец", "заяц")."""
    low = token.lower()
    out: list[tuple[str, float]] = []
    for p in parses(low):
        lemma = p.normal_form
        if p.tag.POS != "NOUN" or p.tag.case != case or p.tag.number != "sing" or p.tag.gender != "masc":
            continue
        if lemma == low:
            continue
        if lemma.endswith(("ец", "яц")):
            stems = [lemma[:-2] + ("йц" if lemma.endswith("яц") else "ц")]
        elif p.is_known:
            # "Локтем", "Козлом": the vowel of the last syllable falls out ("локоть", "козёл"); a word the
            # dictionary does not know keeps its letters ("Вовком" is "Вовк", not a guessed "вовок")
            bare = lemma.rstrip("ь")
            stems = [bare[:-2] + bare[-1]] if len(bare) > 2 and bare[-2] in "оеё" else []
        else:
            stems = []
        if any(low.startswith(stem) and len(low) - len(stem) <= 2 for stem in stems):
            out.append((restore_case(token, lemma), 0.9))
    return out[:1]


_ENDING_CLASSES = ("ая", "ую", "м", "е", "ыи", "й")


def _same_ending(head: str, tail: str) -> bool:
    """Both parts of a double name end in the same case ending's letter."""
    a, b = head[-1:].lower(), tail[-1:].lower()
    return any(a in group and b in group for group in _ENDING_CLASSES)


# lower-case words inside a name (Arabic, Romance, German, Dutch) and after it (Turkic "уулу", "кызы", "оглы")
INNER_PARTICLES = frozenset(
    [
        "бен",
        "бин",
        "ибн",
        "бинт",  # "Мариам бинт Мохаммед Альмхейри": a daughter's
        "аль",
        "эль",
        "ад",
        "ас",
        "фон",
        "дер",
        "ван",
        "де",
        "ди",
        "дос",
        "да",  # Portuguese: "Лула да Силва"
        "ду",
        "душ",
        "дас",
        "дель",
        "ла",
        "ле",
    ]
)
FINAL_PARTICLES = frozenset(["уулу", "кызы", "оглы", "улы", "угли", "кизи"])


def _is_inner_particle(token: str) -> bool:
    """Lower-case particles ("бен", "фон дер"), and the Arabic article, which may be capitalised ("Аль Тани")."""
    low = token.lower()
    if low in ("аль", "эль"):
        return True  # "Аль Тани"; "Аль-Усеймин" is a surname
    return token.islower() and (low in INNER_PARTICLES or low.startswith(("ад-", "ас-")))


def _join_final_particles(tokens: list[str]) -> list[str]:
    """ "Тургунбек уулу" is one indeclinable part of a Kyrgyz name."""
    out: list[str] = []
    for tok in tokens:
        if tok.lower() in FINAL_PARTICLES and out:
            out[-1] = f"{out[-1]} {tok}"
        else:
            out.append(tok)
    return out


def known_noun_only(word: str) -> bool:
    """The dictionary knows the word, and only as a noun ("хурала", "штурвала"): a form in "-ла" that is no verb."""
    readings = parses(word.lower())
    return bool(readings) and all(p.is_known and "NOUN" in p.tag for p in readings)


def may_be_womans_first_name(token: str) -> bool:
    """A known woman's name, or an unknown one in a woman's instrumental ("со своей коллегой Бисерой Туркович"):
    the word in -ич after it is then her surname, not a father's name (a woman's is in -овна)."""
    if re.search(r"(?i)[^аеёиоуыэюяй]о[йю]$", token) and not any(
        "Name" in p.tag and p.is_known for p in parses(token.lower())
    ):
        return True  # pymorphy guesses "Бисерой" a man's name in the nominative
    return {p.tag.gender for p in parses(token.lower()) if "Name" in p.tag} == {"femn"}


def _name_roles(tokens: list[str]) -> list[str]:
    female_first = may_be_womans_first_name(tokens[0])
    words = [i for i, t in enumerate(tokens) if not _is_inner_particle(t)]
    roles: list[str] = []
    for i, tok in enumerate(tokens):
        if i not in words:
            roles.append("particle")
        elif " " in tok:
            roles.append("last" if i == words[-1] else "patr")  # "Тургунбек уулу", "Гейдар оглы"
        elif i != words[0] and is_patronymic(tok) and not (female_first and re.search(r"(?i)ич$", tok)):
            roles.append("patr")  # not "Наталья Петкевич"
        elif i == words[-1] and len(words) > 1:
            roles.append("last")
        elif i == words[0]:
            roles.append("first")
        else:
            roles.append("middle")
    return roles


def _surname_first(tokens: list[str]) -> tuple[list[str], bool]:
    """The official order, surname first, put as "first [patronymic] last"; True when the last token
    put is a father's name that reads as no patronymic.

    - "Эюбов Якуб Абдулла оглы", "Лукашенко Александр Григорьевич": a patronymic last.
    - "Имомзода Нажмиддин", "Абдурахмонзода Абдурахмон Сафарали": a Tajik or Azerbaijani surname in
      "-зода"/"-заде" is never a first name, so a name that starts with one starts with the surname; a
      third word is the father's name.
    ("Нурланбек Тургунбек уулу" is two parts.)"""
    if (
        2 <= len(tokens) <= 3
        and " " not in tokens[0] + tokens[1]
        and _INDECLINABLE_SURNAME.search(tokens[0])
        and not (_INDECLINABLE_SURNAME.search(tokens[1]) or is_patronymic(tokens[1]))
    ):
        return [*tokens[1:], tokens[0]], len(tokens) == 3 and not is_patronymic(tokens[2])
    if len(tokens) != 3 or is_patronymic(tokens[0]) or is_patronymic(tokens[1]):
        return tokens, False
    last = tokens[2]
    if not (is_patronymic(last) or last.lower().endswith((" оглы", " кызы", " улы", " угли", " кизи"))):
        return tokens, False
    return [tokens[1], last, tokens[0]], False


def normalize_name(
    tokens: list[str],
    case_hint: set[str] | None = None,
    case_prior: dict[str, float] | None = None,
    surname: bool = False,
) -> NameParts | None:
    """Split and put a person's name in the nominative: ["Касым-Жомартом", "Кемелевичем", "Токаевым"].

    ``case_hint``: the cases a title in apposition stands in ("– заместителю ..." is dative), which the
    name agrees with: a constraint. ``case_prior``: weights of cases from the morphology tagger: a hint.
    ``surname``: the caller knows a lone word is a surname ("с губернатором Ишаевым"), as after initials."""
    if len(tokens) >= 2 and is_regnal_numeral(tokens[-1]) and not is_regnal_numeral(tokens[-2]):
        return _regnal(tokens, case_hint, case_prior)
    initials = any(t and is_initial(t) for t in tokens)
    tokens, fathers_name = _surname_first(
        _join_final_particles([t for t in tokens if t and not is_initial(t)])
    )
    if not tokens or all(_is_inner_particle(t) for t in tokens):
        return None
    roles = _name_roles(tokens)
    if fathers_name:
        roles[1] = "patr"
    if (
        (initials or surname)
        and roles.count("first") == 1
        and len([r for r in roles if r != "particle"]) == 1
    ):
        roles = ["last" if r == "first" else r for r in roles]  # "С. Лавровым": after initials, a surname
    best: tuple[float, str, str, list[str]] | None = None
    for case in CASES:
        for gender in GENDERS:
            total = 0.0
            forms: list[str] = []
            for tok, role in zip(tokens, roles):
                # particles, "X уулу" and surnames in "-зода", "-заде" do not decline
                # a Tajik father's name after the surname-first order stays as the official form gives it
                if (
                    role == "particle"
                    or " " in tok
                    or role == "last"
                    and _INDECLINABLE_SURNAME.search(tok)
                    or fathers_name
                    and role == "patr"
                ):
                    forms.append(tok)
                    continue
                # a form with no vowel is no name ("Кон Ен Хва" is not the genitive of "Хв")
                cands = [c for c in _token_candidates(tok, role, case, gender) if _VOWEL.search(c[0])]
                if not cands:
                    break
                form, score = max(cands, key=lambda c: c[1])
                # a word that cannot be this case's form ("Бадром" as a nominative) rules the reading out more
                # than a known name elsewhere in it ("Абдель") can rule it in
                # (a middle word less so: "Тедрос Адханом Гебрейесус", a father's name of a foreign shape)
                total += score if score > 0 else -1.0 if role == "middle" else -4.0
                forms.append(form)
            else:
                told = [(t, r) for t, r in zip(tokens, roles) if r != "particle"]
                # a name stands in the locative only after "о", "при", "на": rarer than any other oblique case, so
                # "Хурэлсухом" is the instrumental of "Хурэлсух", not the locative of "Хурэлсухой"
                total += (0.3 if case == "nomn" else -0.1 if case == "loct" else 0.0) + _gender_prior(
                    [t for t, _ in told], [r for _, r in told], gender
                )
                if case_hint and case in case_hint:
                    total += 100.0  # a title in apposition agrees in case: a constraint, not a hint
                if case_prior:
                    total += case_prior.get(case, 0.0)
                if best is None or total > best[0]:
                    best = (total, case, gender, forms)
    if best is None:
        return NameParts(tokens[0], tokens[-1] if len(tokens) > 1 else "", "", "", None, "nomn")
    _, case, gender, forms = best
    if tokens[0] in east_asian_surnames():
        # no Chinese or Korean syllable ends in a vowel and "я": "Ли Хуэя", even where the text means the
        # nominative, is "Ли Хуэй"; and a written "-ей" is the syllable itself, not a feminine "-я" declined
        # ("Чжан Сяолей", never "Сяоля")
        forms = [
            t
            if i and t.endswith("ей") and f.endswith("я")
            else re.sub(r"(?<=[аеиоуэю])я$", "й", f)
            if i
            else f
            for i, (t, f) in enumerate(zip(tokens, forms))
        ]
    first = forms[0] if roles[0] == "first" else ""
    last = next((f for f, r in zip(forms, roles) if r == "last"), "")
    middle = " ".join(f for f, r in zip(forms, roles) if r in ("middle", "particle"))
    patr = next((f for f, r in zip(forms, roles) if r == "patr"), "")
    if len([r for r in roles if r != "particle"]) == 1:
        first, last = "", next(f for f, r in zip(forms, roles) if r != "particle")
    return NameParts(first, last, middle, patr, gender, case)


def _regnal(
    tokens: list[str], case_hint: set[str] | None, case_prior: dict[str, float] | None
) -> NameParts | None:
    """ "Карлу III" -> "Карл III": the given name declines, the numeral stays; the numeral stands where a
    surname would, so that the name reads in its own order."""
    given = normalize_name(tokens[:-1], case_hint, case_prior)
    if given is None:
        return None
    first = given.full if given.first else given.last
    return NameParts(first, tokens[-1], "", "", given.gender, given.case)


def title_cases(word: str, plural: bool = False) -> set[str]:
    """The cases a title noun may stand in ("заместителю" -> {"datv"}); ``plural``: those of its plural
    ("президентов" -> {"gent", "accs"}), for the names it lists."""
    # a substantivised participle or adjective is a title's head too ("поверенный в делах", "уполномоченному");
    # a title names a person, so an inanimate homonym's cases are no title's ("посол" of fish is an accusative)
    readings = [
        p
        for p in parses(word.lower())
        if ("NOUN" in p.tag or "Subx" in p.tag) and (p.tag.number == "plur") == plural
    ]
    animate = [p for p in readings if "anim" in p.tag]
    return {p.tag.case for p in animate or readings}


@lru_cache(maxsize=50_000)
def _all_nominatives(token: str, role: str) -> frozenset[str]:
    out = {token}
    for case in CASES:
        for gender in GENDERS:
            out.update(form for form, _ in _token_candidates(token, role, case, gender))
    return frozenset(out)


@lru_cache(maxsize=50_000)
def surname_forms(token: str) -> frozenset[str]:
    """Every nominative a lone surname could stand for ("Бектеновым" -> {"Бектенов"}; "Садовым" -> also
    {"Садовый"}, an adjective's instrumental)."""
    adjectival = re.match(r"(?i)(.{3,}[^аеёиоуыэюя])(ым|им)$", token)
    stem, ending = (adjectival.group(1), adjectival.group(2).lower()) if adjectival else ("", "")
    extra = {stem + "ый", stem + "ой"} if ending == "ым" else {stem + "ий"} if ending == "им" else set()
    # after г, к, х a stressed ending is written "-ой" ("Швыдким", "Швыдкого" -> also "Швыдкой"), as "-ий" unstressed
    velar = re.match(r"(?i)(.{3,}[гкх])(?:им|ого|ому)$", token)
    if velar:
        extra.add(velar.group(1) + "ой")
    return _all_nominatives(token, "last") | extra


def first_name_forms(token: str) -> frozenset[str]:
    return _all_nominatives(token, "first")


def swapped_letters(a: str, b: str) -> bool:
    """Two words of one length that differ by two neighbouring letters in the other order ("Алексанрд")."""
    diff = [i for i in range(len(a)) if len(a) == len(b) and a[i] != b[i]]
    return len(diff) == 2 and diff[1] == diff[0] + 1 and (a[diff[0]], a[diff[1]]) == (b[diff[1]], b[diff[0]])


def one_slip(a: str, b: str) -> bool:
    """Two words one slip of the keyboard apart, the first letter kept: a letter swapped with the next, replaced,
    left out or doubled ("Грубангулы" / "Гурбангулы", "встретиля" / "встретился")."""
    if a == b or not a or not b or a[0] != b[0] or abs(len(a) - len(b)) > 1:
        return False
    if len(a) == len(b):
        return swapped_letters(a, b) or sum(x != y for x, y in zip(a, b)) == 1
    short, long_ = sorted((a, b), key=len)
    return any(long_[:i] + long_[i + 1 :] == short for i in range(len(long_)))
