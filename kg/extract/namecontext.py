"""The cases a name span may stand in, from its context: the title it is in apposition to, a title word just
before or after it, a conjunct's case, the verb after it, and the tagger's reading. ``entities`` weighs them against
the name's own endings when it puts the name in the nominative.
"""

from __future__ import annotations

import re

from kg.extract.arguments import EVENT_NOUN_LEMMAS
from kg.extract.gazetteer import find_roles
from kg.extract.model import Article
from kg.extract.morph import parses, russian_surname_in_oblique_case, title_cases
from kg.extract.names import RawName
from kg.extract.syntax import past_last_verb, token_at
from kg.extract.titlespans import TITLE_BREAK

_UD_CASES = {"Nom": "nomn", "Gen": "gent", "Dat": "datv", "Acc": "accs", "Ins": "ablt", "Loc": "loct"}


def case_evidence(article: Article, raw: RawName) -> tuple[None, dict[str, float] | None]:
    """Weights of the cases a name may stand in: the noun it is in apposition to (its title) agrees with it,
    a title word just before or after it tells the same from the surface, and the tagger reads the context.
    None of them is sure ("с Президентом ... Шавкатом Мирзиёвым" gets parsed as apposition to the subject),
    so they weigh against the name's own endings rather than overrule them."""
    weights: dict[str, float] = {}

    def add(case: str | None, weight: float) -> None:
        if case:
            weights[case] = weights.get(case, 0.0) + weight

    sentence = next((s for s in article.sentences if s.start <= raw.start < s.stop), None)
    tokens = token_at(sentence, raw.start, raw.stop) if sentence is not None else []
    inside = {t.index for t in tokens}
    predicate = sentence is not None and _predicate_title(sentence.tokens, raw.start)
    # "премьер-министра Республики Союз Мьянма Мин Аун Хлайна": after a state's name the tagger reads the name
    # in that name's case; an oblique title says otherwise
    after_state = any(
        m.kind == "country" and 0 <= raw.start - m.stop <= 2
        for m in article.places_in(max(0, raw.start - 60), raw.start)
    ) and "nomn" not in (_window_case_hint(article.text, raw) or {"nomn"})
    for t in tokens:
        title = None if predicate else _title_of_apposition(sentence.tokens, t, inside)
        if title is not None and not _indeclinable(title.text):
            # the title agrees with the name; "замминистра" shows no case, so the tagger's is a guess, and one the
            # title's own endings cannot have ("Министра" read as a nominative) gives way to theirs
            tagged = _UD_CASES.get(title.feats.get("Case", ""))
            possible = {p.tag.case for p in parses(title.text.lower()) if "NOUN" in p.tag or "Subx" in p.tag}
            for case in [tagged] if tagged in possible or not possible else sorted(possible):
                add(case, 3.0 / (1 if tagged in possible or not possible else len(possible)))
        if t.text[:1].isupper() and not after_state:
            add(_UD_CASES.get(t.feats.get("Case", "")), 1.0 / len(tokens))
    if sentence is not None:
        add(_conjunct_case(sentence.tokens, min(inside, default=-1)), 2.0)
    floor = past_last_verb(sentence.tokens, 0, raw.start) if sentence else 0
    # nor across another name: "министр ... Аббас Аракчи в сопровождении посла ... Казема Джалали"
    floor = max([floor] + [m.stop for m in article.mentions if floor <= m.stop <= raw.start])
    for case in () if predicate else _window_case_hint(article.text, raw, floor) or ():
        add(case, 2.0)
    following = next((t for t in (sentence.tokens if sentence else []) if t.start >= raw.stop), None)
    if (
        following is not None
        and following.pos == "VERB"
        and following.feats.get("VerbForm") == "Fin"
        and following.feats.get("Tense") == "Past"
        and following.feats.get("Number") != "Plur"
        # "Встреча министра ... Ле Зоан Хопа прошла": a verb whose subject the parse finds elsewhere is not the name's
        and not any(
            t.rel in ("nsubj", "nsubj:pass") and t.head == following.index and t.lemma in EVENT_NOUN_LEMMAS
            for t in sentence.tokens
        )
    ):
        # "... Гульшара Абдыкаликова отметила": the subject of the verb after it; a plural verb
        # ("... Омом Бирлой обсуждались вопросы") has another subject
        add("nomn", 2.5)
    if after_listed_state(article, raw.start):
        add("nomn", 2.0)  # "послы: Республики Польша – Селим Хазбиевич": a list's name is nominative
    return None, (weights or None)


def after_listed_state(article: Article, start: int) -> bool:
    """A name right after a state and a dash, as lists write officials ("послы: Республики Польша – Селим
    Хазбиевич"): in the nominative, and named by a surname."""
    dash = re.search(r"\s*[–—-]\s*$", article.text[max(0, start - 6) : start])
    if dash is None:
        return False
    end = start - len(dash.group(0))
    return any(p.kind == "country" and p.stop == end for p in article.places)


# verbs whose instrumental is a predicate, not an apposition: "назначил новым послом X Сергея Малиновского"
_PREDICATIVE_VERBS = frozenset(
    ["назначить", "назначать", "избрать", "избирать", "утвердить", "переназначить"]
)


def _predicate_title(tokens, name_start: int) -> bool:
    """The last verb before the name makes the title before it its predicate: the name is the verb's object,
    in its own case."""
    verbs = [t for t in tokens if t.stop <= name_start and t.pos in ("VERB", "AUX")]
    return bool(verbs) and verbs[-1].lemma in _PREDICATIVE_VERBS and verbs[-1].feats.get("Voice") != "Pass"


def _conjunct_case(tokens, first: int) -> str | None:
    """Names joined by "и" agree in case: in "Президентами Сердаром Бердымухамедовым и Юн Сок Ёлем" the
    Korean name shows no case of its own, the Turkmen surname before "и" does."""
    if first < 2 or tokens[first - 1].text.lower() != "и":
        return None
    before = tokens[first - 2]
    if before.pos != "PROPN" or not before.text[:1].isupper():
        return None
    case = _UD_CASES.get(before.feats.get("Case", ""))
    # a Russian-type surname shows its case in its ending; an indeclinable one ("Санду") tells nothing
    if russian_surname_in_oblique_case(before.text):
        return case
    # "Сирккой Яконен и Тертту Саволайнен": an earlier word of the name before "и" may show it instead, by an
    # ending only the instrumental has
    n = first - 2
    while n >= 0 and tokens[n].pos == "PROPN" and tokens[n].text[:1].isupper():
        word = tokens[n]
        if word.feats.get("Case") == "Ins" and _INSTRUMENTAL_ENDING.search(word.text.lower()):
            return "ablt"
        n -= 1
    return None


_INSTRUMENTAL_ENDING = re.compile(r"(?:ой|ей|ом|ем|ым|им)$")


def _title_of_apposition(tokens, token, inside: set[int]):
    """The title a name token is in apposition to, when it stands right before the name: the parser's
    head, or the last title coordinated with it ("с президентом Сенегала, председателем Африканского
    союза Макки Саллом": the name hangs on the first title, the second one stands beside it)."""
    if token.rel != "appos" or token.head in inside or token.head < 0:
        return None
    start = min(inside)
    case = tokens[token.head].feats.get("Case")
    heads = [token.head] + [  # a coordinated title agrees in case ("министром ... и развития торговли": no)
        t.index
        for t in tokens
        if t.rel == "conj" and t.head == token.head and t.index < start and t.feats.get("Case") == case
    ]
    for head in sorted(heads, reverse=True):
        if _near_title(tokens, head, start):
            return tokens[head]
    return None


# a person noun a name agrees with: a title's head word, a kinship or an honorific ("с супругой Силией")
_TITLE_HEAD = re.compile(
    r"(?i)^(?:председател|глав|руководител|директор|секретар|представител|заместител|"
    r"супруг|жен[аыеуо]|муж|сын|доч|брат|сестр|вдов|г-н|г-жа|господин|госпож)"
)


def _near_title(tokens, head: int, name_start: int) -> bool:
    """The title a name is in apposition to stands right before it (the parser also attaches names
    far back to the subject, or to a place: "губернатором провинции Северный Хорасан ... Бахманом Нури",
    which says nothing of their case)."""
    between = tokens[head + 1 : name_start]
    word = tokens[head].text
    return (
        tokens[head].pos in ("NOUN", "PROPN")
        and bool(find_roles(word.lower()) or _TITLE_HEAD.match(word))
        and head < name_start
        and len(between) <= 6
        and not any(t.pos in ("VERB", "AUX") or t.text in ",;:–—" for t in between)
    )


_BRACKETED = re.compile(r"\([^()]{1,80}\)")  # "посла Арабской Республики Египет (АРЕ) в РА X"


def _adjective_or_conjunction(word: str) -> bool:
    found = parses(word.lower())
    return bool(found) and ("ADJF" in found[0].tag or "CONJ" in found[0].tag)


def _indeclinable(word: str) -> bool:
    found = [p for p in parses(word.lower()) if "NOUN" in p.tag]
    return bool(found) and all("Fixd" in p.tag for p in found)


def _window_case_hint(text: str, raw: RawName, floor: int = 0) -> set[str] | None:
    """The case of a title right beside the name: "Адилю Мухамеджанову – заместителю ..."."""
    right = re.match(r"\s*(?:,|[–—])\s*(([а-яё-]+)(?:\s+[а-яё-]+){0,2})", text[raw.stop : raw.stop + 60])
    if right and find_roles(right.group(1)):
        cases = title_cases(right.group(2))
        if cases:
            return cases
    # a title before the name: its head word ("министром по ... делам Австрийской Республики Беате ...")
    window = text[max(floor, raw.start - 200) : raw.start]  # a title chain of genitives runs long
    # a remark in brackets inside the title ("Посла ... (с резиденцией в Анкаре) Мекана ...", "Египет (АРЕ) в РА")
    window = _BRACKETED.sub(lambda m: " " * len(m.group()), window)
    breaks = list(TITLE_BREAK.finditer(window))
    window = window[breaks[-1].end() :] if breaks else window
    window = _last_conjunct(window)
    roles = find_roles(window)
    if roles:
        cases = _title_head_cases(window, roles[0])
        if (
            0 < len(cases) <= 2
        ):  # "Премьер-министра Индии Нарендры Моди": genitive or accusative, not nominative
            last = _title_head_cases(window, roles[-1])
            # "представил губернатору генерального консула X": the last title may be the name's own, another
            # argument of the verb; its cases join the first's, and the name's endings decide between them
            return cases | last if last and not cases & last and len(last) <= 2 else cases
    return None


def _title_head_cases(window: str, role) -> set[str]:
    words = window[role.start : role.stop].split()
    # the head noun of the title, past its adjectives ("Чрезвычайного и Полномочного Посла"); a title word is
    # the head even where the tagger's first guess is an adjective ("акиму")
    head = next((w for w in words if find_roles(w.lower()) or not _adjective_or_conjunction(w)), words[0])
    # "переговоры президентов Франции и Казахстана – Эмманюэля Макрона и ...": a plural title lists its names in
    # its own case
    return title_cases(head) or title_cases(head, plural=True)


def _last_conjunct(window: str) -> str:
    """ "председателем ... Акико Санто и спикером ... Индии": the title of the last conjunct is the name's.
    A part with no title of its own ("Чрезвычайного и Полномочного Посла") stays with the one before."""
    for m in reversed(list(_CONJUNCTION.finditer(window))):
        if find_roles(window[m.end() :]):
            return window[m.end() :]
    return window


_CONJUNCTION = re.compile(r"\s(?:и|а\s+также)\s")
