"""Stage 4a': the status of an event frame, from its own clause: recalled, announced, negated.

Tense and aspect of the event's clause decide, not a marker word anywhere in the sentence: a
recall marker (ранее, впервые, в прошлом году) counts when it belongs to the clause; a reminder
or an earlier report ("Напомним, ...", "Ранее сообщалось, что ...") recalls the event only when
the clause states a past date or an imperfective past, and "впервые" only with a past date ("впервые
встретился с X" is the news); "ранее в тот же день" is the news; a
future tense, an intention ("намерены обсудить") or "предстоящий" announce it; "не" negates it.
"""

from __future__ import annotations

import re

from kg.extract.frames import Event
from kg.extract.model import Article, Sentence, Token
from kg.extract.scene import dated_in_past
from kg.extract.syntax import ancestors, children, compound_preposition, lifted_ancestors, preposition

_RECALL_WORDS = {
    "ранее",
    "прежде",
    "тогда",
    "некогда",
    "напомнить",
    "впервые",
    "прошлый",
    "предыдущий",
    "позапрошлый",
}
_RECALL_PHRASES = re.compile(
    r"(?i)\b(?:напомним|как сообщалось|как известно|в свое время|в прошлом|еще до|"
    r"последний раз|в последний раз)\b"
    r"|\bв\s+(?:продолжение|развитие)\s+(?:состоявш|прошедш)\w*"  # "в продолжение состоявшейся 29 июля встречи"
    # "Месяц назад X встречался с Y", "два года назад": weeks or more before the news
    r"|\b(?:неделю|месяц|полгода|год|(?:[а-яё]+|\d+)\s+(?:недели|недель|месяца|месяцев|года|лет))\s+назад\b"
)
_REMINDER = re.compile(r"(?i)\b(?:напомним|как\s+сообщалось|как\s+известно)\b")
_EARLIER_REPORT_VERBS = {
    "сообщаться",
    "сообщить",
    "сообщать",
    "писать",
    "информировать",
    "объявить",
    "заявить",
    "отмечаться",
}
_THE_NEWS_OF_THE_DAY = re.compile(
    r"(?i)\s*(?:в\s+(?:тот\s+же|этот)\s+день|сегодня|в\s+ходе\s+(?:этого\s+|своего\s+|того\s+же\s+)?визита"
    # "Ранее в субботу он провел переговоры": earlier in the days of the news
    r"|(?:утром\s+|днем\s+|днём\s+)?в\s+(?:понедельник|вторник|среду|четверг|пятницу|субботу|воскресенье)\b)"
)
_FIRST_EVER = re.compile(r"(?i)\s*(?:в\s+истории|за\s+)")
_FUTURE_HEADS = {
    "планироваться",
    "планировать",
    "запланировать",
    "намечаться",
    "наметить",
    "предстоять",
    "намереваться",
    "хотеть",
    "захотеть",
    "желать",
    "пожелать",
    "стремиться",
    "рассчитывать",
    "надеяться",
    "договориться",
    "условиться",
    "собираться",
    "мочь",
    "ожидаться",
    "предполагаться",
    "пригласить",
    "предложить",
    "просить",
    "попросить",
    "предусматриваться",
    "предполагать",
    "готовиться",  # "готовится к переговорам": the talks lie ahead
    "подготовиться",
}
# "намерены подписать", "готовы обсудить", "должны встретиться", "встреча возможна": short adjectives of
# intent or possibility, by their form
# (the tagger's lemma for "намерены" is "намерить")
_INTENT = re.compile(r"(?:намерен|готов|должн|возможн|невозможн|необходим|нужн)[аыо]?")
_FUTURE_ADJ = {"предстоящий", "будущий", "следующий", "планируемый", "грядущий"}
# "несостоявшаяся встреча", "отмененный визит", "сорванные переговоры": an event that did not take place
_NOT_HELD = re.compile(r"(?:не\s*состоя|отмен[её]нн|сорванн|сорвавш)\w*")
# "отмена встречи", "отменил визит", "переговоры сорвались": the word the event depends on cancels it
_CANCELLING = frozenset(
    ["отмена", "срыв", "отменить", "отменять", "сорвать", "срывать", "сорваться", "срываться", "отмениться"]
)


def governing_verb(tokens: list[Token], t: Token) -> Token | None:
    for a in lifted_ancestors(tokens, t):
        if a.pos in ("VERB", "AUX") or _intent_towards(tokens, t, a):
            return a  # a verb, or the predicate of intent the event noun completes ("готов ко встрече")
        if a.rel not in ("nmod", "obl", "conj", "obj", "nsubj", "nsubj:pass", "appos"):
            return None
    return None


def _intent_towards(tokens: list[Token], t: Token, a: Token) -> bool:
    """ "готов ко встрече": the event noun is what a short adjective of intent, the sentence's predicate, is towards
    (not "после встречи", which a parser may hang there too)."""
    return (
        a.index == t.head
        and a.rel == "root"
        and _INTENT.fullmatch(a.text.lower()) is not None
        and preposition(tokens, t) in ("к", "ко")
    )


def _recent_participle(tokens: list[Token], x: Token, trigger: Token) -> bool:
    """ "на недавно состоявшейся встрече", "ранее прошедших переговоров": the noun's own participle says the
    event is past."""
    if x.lemma not in ("недавно", "ранее") or x.head < 0:
        return False
    participle = tokens[x.head]
    return (
        participle.head == trigger.index
        and participle.feats.get("VerbForm") == "Part"
        and participle.feats.get("Tense") == "Past"
    )


def _developed(tokens: list[Token], t: Token) -> bool:
    """The event noun is what something follows up on: "в развитие встречи", "в развитие договоренностей,
    достигнутых на переговорах"."""
    for a in [t, *ancestors(tokens, t)][:3]:
        if a.head >= 0 and tokens[a.head].lemma == "развитие" and preposition(tokens, tokens[a.head]) == "в":
            return True
    return False


def read_status(article: Article, s: Sentence, event: Event) -> None:
    tokens = s.tokens
    t = event.trigger
    clause = t if t.pos in ("VERB", "AUX") else (governing_verb(tokens, t) or t)
    chain = [clause] + list(ancestors(tokens, clause))
    heads = {c.index for c in chain}
    own, told_before = False, False  # a recall marker of the event's clause; a report or reminder of it
    markers: set[str] = set()
    why: list[str] = []  # the recall's own reasons
    for x in tokens:
        if (
            x.lemma in _RECALL_WORDS
            and (x.head in heads or x.head == t.index)
            and x.lemma not in ("прошлый", "предыдущий")
            or x.lemma in ("прошлый", "предыдущий", "позапрошлый")
            and x.head >= 0
            and tokens[x.head].lemma in ("год", "неделя", "месяц")
            and _attached(tokens, x, heads | {t.index})
            or x.lemma in ("предыдущий", "позапрошлый", "недавний", "прошлогодний")
            and x.head == t.index  # "Предыдущая встреча ... состоялась в Душанбе", "недавних переговоров"
            or _recent_participle(tokens, x, t)
        ):
            if x.lemma == "ранее" and _THE_NEWS_OF_THE_DAY.match(s.text[x.stop - s.start :]):
                continue  # "Ранее в тот же день ...", "ранее сегодня": the news of the day
            if x.lemma == "впервые" and _FIRST_EVER.match(s.text[x.stop - s.start :]):
                continue  # "Впервые в истории области подписано ...", "впервые за десять лет": news, no recall
            if x.lemma == "впервые" and not dated_in_past(article, s.text):
                continue  # "Консульский корпус впервые встретился с X": the first meeting is the news, unless dated
            if (
                x.head >= 0
                and tokens[x.head].lemma in _EARLIER_REPORT_VERBS
                and tokens[x.head].index != t.index
            ):
                told_before = True  # "Ранее сообщалось, что ...": the report is earlier, not the event
            elif x.lemma == "напомнить" and x.rel == "parataxis" and _perfective_past(clause):
                # "Напомним, X начал визит в ...": a reminder of what was done, recalling only what is dated past
                # ("Напомним, президенты встречаются ...", in the present, stays a recall)
                told_before = True
            else:
                own = True
                markers.add(tokens[x.head].lemma if x.lemma == "прошлый" and x.head >= 0 else x.lemma)
                why.append(f"recall word «{x.text}»")
    if any(a.lemma in ("напомнить", "вспомнить") for a in chain):
        told_before = True  # "напомнила, что ... они встречались"; "Напомним, X прибыл с визитом"
    if _results_told(tokens, t):
        own = True  # "информировал об итогах своего визита в США и переговоров с X": told after, to someone else
        why.append("its results told afterwards")
    if _developed(tokens, t):
        own = (
            True  # "В развитие встречи президентов X и Y министр Z провел ...": what is built on came before
        )
        markers.add("phrase")
        why.append("an earlier event built on")
    before = s.text[: max(0, t.start - s.start)]
    if _RECALL_PHRASES.search(before) and not re.search(
        r"(?i)\bранее\s+(?:достигнут|подписанн|заключенн|принят|озвученн)", s.text
    ):
        if _REMINDER.search(before):
            told_before = True
        else:
            own = True
            markers.add("phrase")
            why.append("a recall phrase")
    # a reminder or an earlier report recalls the event only when its clause says it is past: a past date,
    # or an imperfective past ("они встречались"); "Напомним, X прибыл с визитом" tells the visit under way
    event.recalled = own or told_before and (dated_in_past(article, s.text) or _imperfective_past(clause))
    if event.recalled:
        event.why += why if own else ["a reminder of an event dated past"]
    event.last_week = event.recalled and not told_before and markers == {"неделя"}
    heads = _infinitive_heads(tokens, clause)
    if (
        any(c.lemma == "не" for c in children(tokens, clause))
        or any(c.lemma == "не" for c in children(tokens, t))
        # "не планировал встречаться с X", "отказался встречаться с X": the verb it completes denies it
        or any(c.lemma == "не" for h in heads for c in children(tokens, h))
        or any(h.lemma in _REFUSING for h in heads)
        or any(_NOT_HELD.fullmatch(c.text.lower()) for c in children(tokens, t, "amod", "acl"))
        or t.head >= 0
        and (
            tokens[t.head].lemma in _CANCELLING
            or _refused(tokens, t)  # "отказались от встреч с X", "отвергли идею о проведении встречи"
            or _NOT_HELD.fullmatch(tokens[t.head].text.lower()) is not None
        )
    ):
        event.negated = True
        event.why.append("negated, refused or cancelled")
    # the tense of the event's own clause and of the verbs it depends on as an infinitive ("намерены обсудить");
    # not of a verb that only introduces it ("Напомним, что ... принял участие")
    governing = [clause] + _infinitive_heads(tokens, clause)
    # "по завершении встречи с X заявил, что стороны наметили планы": the meeting is over, whatever the clause
    # plans; a clause in the future tense still sets it ahead ("По итогам встречи будет подписан ...")
    ended = compound_preposition(tokens, t) in _ENDED
    if (
        any(c.feats.get("Tense") == "Fut" for c in governing if c.pos in ("VERB", "AUX"))
        # "Будет подписан протокол", "будут проводиться": the future auxiliary of a passive or an infinitive
        # (the tagger gives "будет" the present tense)
        or any(
            a.feats.get("Tense") == "Fut" or a.text.lower() in _FUTURE_BE
            for g in governing
            for a in children(tokens, g, "aux", "aux:pass", "cop")
        )
        or any(
            c.lemma in _FUTURE_HEADS or c.lemma in _INTENT_NOUNS or _INTENT.fullmatch(c.text.lower())
            for c in ([] if ended else governing)
            # "Во время встречи с Y X пригласил ...": the meeting frames the invitation, it is not what is planned;
            # "договорились X и Y" told as the event itself is past ("договорились о встрече" plans one)
            # "на встрече с Y X предложил ...": the same, the meeting told where the proposal was made
            if not (
                c.lemma in ("пригласить", "предложить", "просить", "попросить")
                # the locative: "пригласил на заседание" (whither) invites to a sitting ahead
                and (
                    event.framed
                    or preposition(tokens, t) in ("на", "в", "во")
                    and t.feats.get("Case") == "Loc"
                )
            )
            and c is not t
        )
        # "встреча X с Y возможна только после ...": the event noun is the subject of a predicate of intent
        or _intent_predicate(tokens, t)
        or _subject_of_a_plan(tokens, t)
        or in_preparation(tokens, t)
        or any(c.lemma in _FUTURE_ADJ or c.lemma in _FUTURE_HEADS for c in children(tokens, t, "amod", "acl"))
        # "сессии ..., которая пройдет летом", "встреча, которую проведут лидеры": the event's own relative
        # clause in the future
        or any(c.feats.get("Tense") == "Fut" for c in children(tokens, t, "acl:relcl"))
    ):
        event.future = True
        event.why.append("announced: a future tense, an intent or a preparation")
    if (
        re.search(r"(?i)\bсегодня\b", article.text[s.start : s.stop])
        and event.recalled
        and not re.search(r"(?i)\b(?:ранее|прежде|тогда)\b", s.text)
    ):
        event.recalled = False  # "Напомним, что сегодня президент принял участие ...": the news of the day
        event.why = [w for w in event.why if w.startswith(("negated", "announced"))]


# one side briefing the other ("рассказал об итогах заседания, которое прошло ..." may tell the news itself)
_INFORMING = frozenset(["информировать", "проинформировать", "доложить", "докладывать"])


# frames that tell an event over: what the clause plans comes after it, the event itself is held
_ENDED = frozenset(["по завершении", "по окончании", "по итогам", "по результатам", "в завершение"])


def _results_told(tokens: list[Token], t: Token) -> bool:
    """An event noun under "итоги"/"результаты" that someone informs of: an event held before the telling."""
    if children(tokens, t, "acl:relcl"):
        return False  # "об итогах заседания, которое прошло в Москве": its own clause tells it held
    chain = [t, *ancestors(tokens, t)]
    return any(a.lemma in ("итог", "результат") and b.lemma in _INFORMING for a, b in zip(chain, chain[1:]))


def _intent_predicate(tokens: list[Token], t: Token) -> bool:
    """ "встреча X с Y возможна только после ...": the first short adjective after the event noun, before any
    verb, is a predicate of intent or possibility that agrees with it (the parse of a headline may not link
    them)."""
    if t.pos != "NOUN":
        return False
    for x in tokens[t.index + 1 :]:
        if x.pos in ("VERB", "AUX") or x.text in (",", ";", ":", "—", "–") or x.lemma == "который":
            return False  # another clause's predicate ("декларация, которая должна подчеркнуть ...")
        if x.feats.get("Variant") == "Short" and _INTENT.fullmatch(x.text.lower()):
            number = x.feats.get("Number")
            return number == t.feats.get("Number") and (
                number == "Plur" or x.feats.get("Gender") == t.feats.get("Gender")
            )
    return False


def _subject_of_a_plan(tokens: list[Token], t: Token) -> bool:
    """ "В планах подписание меморандума", "В перспективе визит президента": the event noun is the subject of a
    verbless clause whose predicate is a plan; read on the surface too, where the parse of so short a clause
    may not hold together."""
    if t.pos != "NOUN":
        return False
    opener = [x for x in tokens[: t.index] if x.pos != "PUNCT"]
    if len(opener) == 2 and opener[0].lemma == "в" and _a_plan(opener[1]):
        return True
    head = tokens[t.head] if t.head >= 0 else None
    return (
        t.rel == "nsubj"
        and head is not None
        and _a_plan(head)
        and not any(c.pos in ("VERB", "AUX") for c in children(tokens, head))
    )


def _a_plan(x: Token) -> bool:
    return x.pos == "NOUN" and (x.lemma in _INTENT_NOUNS or x.lemma == "перспектива")


# "способствовать организации встречи лидеров", "в ходе подготовки к саммиту": work towards an event
_PREPARATION = frozenset(["организация", "подготовка", "планирование", "согласование"])


def in_preparation(tokens: list[Token], t: Token) -> bool:
    """The event noun is what a noun of preparing is about: the event lies ahead."""
    if t.pos != "NOUN" or t.head < 0 or t.rel not in ("nmod", "obl"):
        return False
    head = tokens[t.head]
    # "Организация встречи прошла успешно": the preparing itself was told as done
    return (
        head.lemma in _PREPARATION
        and preposition(tokens, t) in ("", "к")
        and head.rel not in ("nsubj", "nsubj:pass")
    )


_FUTURE_BE = frozenset(["буду", "будешь", "будет", "будем", "будете", "будут"])


def _perfective_past(verb: Token) -> bool:
    return (
        verb.pos in ("VERB", "AUX")
        and verb.feats.get("Tense") == "Past"
        and verb.feats.get("Aspect") != "Imp"
    )


def _imperfective_past(verb: Token) -> bool:
    return (
        verb.pos in ("VERB", "AUX")
        and verb.feats.get("Tense") == "Past"
        and verb.feats.get("Aspect") == "Imp"
    )


_REFUSING = frozenset(["отказаться", "отказываться", "отклонить", "отвергнуть"])


def _refused(tokens: list[Token], t: Token) -> bool:
    """The event noun, or the nouns it completes ("идею о проведении встречи"), is what a verb refuses."""
    node = t
    for _ in range(3):
        if node.head < 0:
            return False
        node = tokens[node.head]
        if node.lemma in _REFUSING:
            return True
        if node.pos != "NOUN":
            return False
    return False


def _infinitive_heads(tokens: list[Token], verb: Token) -> list[Token]:
    """ "стороны намерены обсудить": the verbs an infinitive or a predicative depends on."""
    out: list[Token] = []
    node = verb
    while node.rel in ("xcomp", "csubj") and node.head >= 0:
        node = tokens[node.head]
        out.append(node)
    # "заявил о намерении подписать", "план провести": an infinitive that completes a noun of intent
    if node.feats.get("VerbForm") == "Inf" and node.head >= 0 and tokens[node.head].lemma in _INTENT_NOUNS:
        out.append(tokens[node.head])
    return out


_INTENT_NOUNS = frozenset(
    ["намерение", "план", "планы", "готовность", "желание", "стремление", "решение", "цель"]
)


def clause_status(article: Article, s: Sentence, t: Token) -> Event:
    """Recall, negation and tense of the clause of any token (a signing verb, say)."""
    event = Event("signing", s.index, t)
    read_status(article, s, event)
    return event


def _attached(tokens: list[Token], x: Token, heads: set[int]) -> bool:
    return any(a.index in heads for a in ancestors(tokens, x))
