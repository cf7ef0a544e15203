"""Stage 4a: the event frames a sentence reports, read from its dependency tree (their status: ``status``).

An event is triggered by a lemma, whatever its tense, voice, aspect or ё/е
spelling: a noun (встреча, переговоры, беседа, консультации, разговор, звонок,
саммит, заседание, форум) or a verb (встретиться, переговорить, побеседовать,
созвониться, принять + a person; обсудить and подписать only continue an
event). Its participants are the persons in its syntactic arguments: the
subject and its conjuncts, the object of "принять", "с" + instrumental,
genitive modifiers of the noun ("разговор Президента X с Президентом Y"),
"с участием", "во главе с", and the subject of the verb that governs the noun
("провел переговоры", "принял участие в заседании", "заявил на переговорах").
A recall marker (ранее, напомним, накануне ...) counts only when it belongs to
the event's clause; the clause's tense tells an announced event; "не" negates.

The verb's frame is read in ``verbevents``, the words of events in ``eventwords``; this module reads the nouns and
the sentence as a whole.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from kg.extract import arguments, counterparts, jointacts, receptions, signings, sittings, verbargs
from kg.extract.eventwords import (
    EVENT_NOUNS,
    EVENT_VERBS,
    FRAME_PREPOSITIONS,
    WEAK_VERBS,
    gathering_framed,
    habitual,
    medium,
)
from kg.extract.frames import HAPPEN, Event, takes_part
from kg.extract.model import Article, Sentence, Token
from kg.extract.morph import parses
from kg.extract.partnerlists import listed_partners
from kg.extract.pronounevents import pronoun_event
from kg.extract.status import governing_verb, read_status
from kg.extract.syntax import (
    PREPOSITION_NOUNS,
    ancestors,
    children,
    compound_preposition,
    conjuncts,
    preposition,
    subtree,
)
from kg.extract.verbevents import verb_event
from kg.extract.verbtypos import read_through_typo

# verb lemma -> kind; weak verbs continue a meeting rather than open one
CONVERSATION_VERBS = {"переговорить", "поговорить", "побеседовать", "пообщаться", "созвониться"}


_MEETING_VERBS = frozenset(EVENT_VERBS) | frozenset(WEAK_VERBS)


# what two sides face the press at ("совместная конференция с X" is a press conference too)
_PRESS_EVENTS = frozenset(["пресс-конференция", "брифинг", "пресс-подход", "конференция"])


_OPENING = ("открытие", "закрытие")  # "на открытии заседания": the sitting's own start or end


_HYPOTHETICAL = frozenset(["возможный", "потенциальный", "гипотетический", "любой"])


def sentence_events(article: Article, s: Sentence) -> list[Event]:
    """Every event the sentence reports, in text order (one per trigger; nouns under a verb trigger merge)."""
    if not s.tokens:
        return []
    events: list[Event] = []
    used: set[int] = set()
    for t in s.tokens:
        if t.index in used:
            continue
        if t.lemma not in _MEETING_VERBS and t.text.isalpha() and t.text.islower():
            partner = t.index + 1 < len(s.tokens) and s.tokens[t.index + 1].text.lower() in ("с", "со")
            t = read_through_typo(t, _MEETING_VERBS, partner)  # "встретиля с послом": a mistyped meeting verb
        event = (
            _noun_event(article, s, t)
            if t.pos in ("NOUN", "PROPN")
            else verb_event(article, s, t)
            if _verb_like(t)
            else pronoun_event(article, s, t, lambda before, noun: _kind_of(article, before, noun))
            if t.pos == "PRON"
            else None
        )
        if event is None:
            continue
        used.add(t.index)
        if event.kind not in ("signing",) and t.pos in ("VERB", "AUX"):
            used.update(c.index for c in children(s.tokens, t) if c.lemma in EVENT_NOUNS)
        read_status(article, s, event)
        events.append(event)
    return _merge_same_clause(events)


def _kind_of(article: Article, s: Sentence, t: Token) -> str | None:
    """The kind of event a noun of sentence ``s`` tells, if any (for a pronoun that stands for it)."""
    event = _noun_event(article, s, t)
    return None if event is None else event.kind


def _joint_statement_to_the_press(tokens: list[Token], t: Token) -> bool:
    """A joint statement made with someone or to the press, not a document signed ("подписали совместное
    заявление"): "в совместном заявлении с президентом X", "выступили с совместным заявлением для прессы"."""
    if t.lemma != "заявление" or not any(c.lemma == "совместный" for c in children(tokens, t, "amod")):
        return False
    if t.head >= 0 and tokens[t.head].lemma in signings.SIGN_LEMMAS | signings.ADOPT_LEMMAS | {"принятие"}:
        return False
    return any(
        preposition(tokens, c) in ("с", "со") or c.lemma in ("пресса", "сми", "журналист")
        for c in children(tokens, t, "nmod")
    )


def _sitting_beside(host: Event, e: Event) -> bool:
    """A body's sitting told as a conjunct of the talks' own noun: another event of that day."""
    return (
        e.kind == "session"
        and host.kind != "session"
        and e.trigger.pos == "NOUN"
        and host.trigger.pos == "NOUN"
        and e.trigger.rel == "conj"
        and e.trigger.head == host.trigger.index
    )


_ON_SCREEN = re.compile(r"(?:онлайн-?|видео-?)(.+)$")


def _online(lemma: str) -> str | None:
    """ "онлайн-разговоры", "видеобеседа", "онлайн-консультации": a talk held on screen is a video call."""
    m = _ON_SCREEN.match(lemma)
    return "video_call" if m and EVENT_NOUNS.get(m.group(1)) in ("talks", "talks*") else None


def _merge_same_clause(events: list[Event]) -> list[Event]:
    """ "Путин провел переговоры ... и обсудил": a weak verb in the clause of a strong event adds to it."""
    out: list[Event] = []
    for e in events:
        host = next(
            (o for o in out if o.strong and not e.strong and e.kind != "signing" and o.kind != "signing"),
            None,
        )
        if host is not None and _sitting_beside(host, e):
            # "прошли переговоры X и Y, а также заседание межправсовета": the sitting is a meeting of its own, held
            # as the talks were, by their people
            e.participants = e.participants or list(host.participants)
            e.strong, e.reference, e.future = True, False, host.future
            out.append(e)
            continue
        if host is not None:
            host.participants += [p for p in e.participants if p not in host.participants]
            continue
        out.append(e)
    return out


def _council_sitting(article: Article, s: Sentence, t: Token) -> str | None:
    """ "На Совете регионов России и Узбекистана X и Y отметили ...": a council named in the locative after "на"
    is its sitting, when the sitting is international (not "на Совете Федерации")."""
    if t.lemma != "совет" or not t.text[:1].isupper() or t.feats.get("Case") != "Loc":
        return None
    if preposition(s.tokens, t) != "на":
        return None
    kind = sittings.session_kind(article, s, t, _phrase(article, s, t))
    inside = subtree(s.tokens, t)
    states = {
        p.iso
        for p in article.places_in(inside[0].start, inside[-1].stop)
        if p.kind in ("country", "adjective")
    }
    if kind not in ("session", "summit") and len(states) >= 2:
        kind = "session"  # "Совет регионов России и Узбекистана": a council of two states
    return kind if kind in ("session", "summit") else None


# "запланирована встреча", "намечены переговоры", "предстоят переговоры": a meeting told as planned
_PLANNED = frozenset(["запланировать", "планировать", "наметить", "намечать", "намечаться", "предстоять"])


# nouns that tell talks only as what someone held with a partner: "провёл обсуждение вопроса с министром X",
# "Состоялся конструктивный диалог с X, с Y" ("политический диалог" alone is no meeting)
_HELD_WITH_A_PARTNER = {"обсуждение": "talks", "диалог": "talks"}


_HOLDING = {"obj": ("провести", "проводить"), "nsubj": ("состояться", "пройти", "проходить")}


_MEALS = frozenset(["завтрак", "обед", "ужин"])


def _working_meal(tokens: list[Token], t: Token) -> bool:
    """A meal officials hold as a format of talks: "рабочий завтрак", "рабочий ужин"."""
    return t.lemma in _MEALS and any(c.lemma == "рабочий" for c in children(tokens, t, "amod"))


def _held_with_a_partner(s: Sentence, t: Token) -> str | None:
    if t.lemma not in _HELD_WITH_A_PARTNER or t.rel not in _HOLDING or t.head < 0:
        return None
    verb = s.tokens[t.head]
    # the parser may hang the partner on the topic's noun: "обсуждение вопроса об обстановке с министром X"
    partner = any(
        preposition(s.tokens, y) in ("с", "со") and y.feats.get("Case") == "Ins"
        for y in subtree(s.tokens, verb)
    )
    return _HELD_WITH_A_PARTNER[t.lemma] if verb.lemma in _HOLDING[t.rel] and partner else None


def _noun_event(article: Article, s: Sentence, t: Token) -> Event | None:
    kind = (
        EVENT_NOUNS.get(t.lemma)
        or _online(t.lemma)
        or _council_sitting(article, s, t)
        or _held_with_a_partner(s, t)
    )
    welcome = (
        [c for c in children(s.tokens, t, "nmod") if c.lemma in receptions.WELCOME_NOUNS]
        if t.lemma == "церемония"
        else []
    )
    if t.lemma == "церемония" and (receptions.CREDENTIALS.search(_phrase(article, s, t)) or welcome):
        # "церемония вручения верительных грамот посла X": the ambassador is received; "провел церемонию
        # приветствия министра X", "церемония официальной встречи президента X": the guest is welcomed
        kind = "talks"
    honoured = receptions.reception_in_honour(article, s, t)
    if honoured:
        kind = "talks"
    if (
        kind is None
        and t.lemma in _PRESS_EVENTS
        and any(c.lemma == "совместный" for c in children(s.tokens, t, "amod"))
    ):
        kind = "talks"  # "на совместной пресс-конференции с министром X": two sides who face the press together met
    if kind is None and _joint_statement_to_the_press(s.tokens, t):
        kind = "talks"  # "сказал в совместном заявлении с президентом X", "совместное заявление для прессы"
    if kind is None and _working_meal(s.tokens, t):
        kind = "talks"  # "провели совместный рабочий ужин", "рабочий завтрак с премьер-министром X"
    if kind is None and signings.signatures_told(s.tokens, t):
        # "скреплением документа подписями главы X и председателя Y": a signing told by its signatures
        return Event("signing", s.index, t, strong=False)
    signers = signings.signers_of_the_signing(article, s, t) if kind is None else []
    if signers:
        # "подписание соглашения председателем X и главой Y": the noun's agents in the instrumental signed
        return Event("signing", s.index, t, participants=signers, strong=False)
    if kind is None and signings.ceremony_held(s.tokens, t):
        # "В Душанбе состоялась церемония подписания ... между X и Y": a signing, its signers read as a verb's
        return Event("signing", s.index, t, strong=False)
    if kind is None:
        return None
    tokens = s.tokens
    phrase = _phrase(article, s, t)
    if t.lemma == "совещание" and (
        (t.text[:1].isupper() and t.index > 0) or not sittings.INTERNATIONAL.search(phrase)
    ):
        return (
            None  # "Совещание по взаимодействию и мерам доверия в Азии" is a body; a ministry's is domestic
        )
    if kind == "talks*":
        kind = "talks"
    if kind == "session*":
        kind = sittings.session_kind(article, s, t, phrase)
    elif t.lemma == "встреча" and sittings.MINISTERS_OF_STATES.match(
        article.text[t.stop : t.stop + 80].strip()
    ):
        kind = "session"  # "встреча министров иностранных дел государств формата ЕС – Центральная Азия"
    elif t.lemma == "встреча" and (
        sittings.HEADS_OF.match(article.text[t.stop : t.stop + 40].strip())
        or any(c.lemma == "консультативный" for c in children(tokens, t, "amod"))
    ):
        # "Консультативная встреча глав государств Центральной Азии"; "встреча глав правительств СНГ" sits
        kind = (
            "session"
            if sittings.HEADS_OF_GOVERNMENT.match(article.text[t.stop : t.stop + 40].strip())
            else "summit"
        )
    kind = medium(kind, s.text)
    verb = governing_verb(tokens, t)
    if any(c.lemma in _HYPOTHETICAL for c in children(tokens, t, "amod")):
        return None  # "о возможных переговорах с Россией": talks one speaks of, none held or announced
    if t.lemma == "встреча" and _HOSPITALITY.search(article.text[max(s.start, t.start - 40) : t.start]):
        return None  # "поблагодарил хозяев за теплую встречу": thanks for the welcome, not a meeting
    met = [
        y
        for c in children(tokens, t, "nmod")
        if preposition(tokens, c) in ("с", "со")
        for y in conjuncts(tokens, c)
    ]
    if kind == "talks" and met and all(y.lemma in verbargs.PUBLIC for y in met):
        return None  # "провела встречу с диаспорой", "встреча со студентами": the public met, no official
    if verb is not None and _sidelines_of_another(tokens, t, verb):
        return None  # "провел на полях форума двусторонние встречи": the forum is where, the meetings are
    if t.head >= 0 and tokens[t.head].lemma == "участие" and preposition(tokens, tokens[t.head]) == "для":
        return None  # "прибыл в Самарканд для участия в саммите": why he came, not a summit reported held
    if (
        kind in ("summit", "forum", "session")
        and verb is not None
        and verb.lemma in _ARRIVING
        and t.head == verb.index
        and preposition(tokens, t) == "на"
    ):
        return None  # "Политики прибыли на саммит ШОС": where they came to, not a summit reported held
    event = Event(kind, s.index, t)
    event.participants = arguments.merge(honoured, arguments.noun_participants(article, s, t))
    event.participants = arguments.merge(event.participants, _joined_in_relative_clause(article, s, t))
    if len(event.participants) == 1:
        event.participants = arguments.merge(event.participants, _partner_hung_elsewhere(article, s, t))
    if verb is not None and (verb.lemma in HAPPEN or verb.lemma in _PLANNED):
        # "У него прошла встреча с X", "У гостя запланирована встреча с X": whose meeting it is, told after "у"
        event.participants = arguments.merge(jointacts.holder_after_u(article, s, verb), event.participants)
    for noun in welcome:
        event.participants = arguments.merge(
            event.participants, arguments.noun_participants(article, s, noun)
        )
    framed = preposition(tokens, t) in FRAME_PREPOSITIONS  # "в ходе беседы", "по итогам встречи"
    # "на саммите ... встретился с X": the gathering is where the verb's own meeting is, not its frame
    framed = framed or (
        verb is not None
        and verb.lemma in EVENT_VERBS
        and verb.lemma not in verbargs.RECEIVE  # "решения, принятые на саммите": no meeting of the verb's own
        and gathering_framed(tokens, t)
    )
    event.framed = framed
    if (
        verb is not None
        and not framed
        and verb.lemma not in _PRESENCE | _OBSERVERS
        and _argument_of(tokens, t, verb)
    ):
        # "провел переговоры", "принял участие в заседании", "заявил на переговорах с ...": the verb's subject,
        # and the partner the parser hung on the verb ("провел с ним переговоры")
        subjects = [p for x in verbargs.subjects(tokens, verb) for p in arguments.coordinated(article, s, x)]
        if not subjects and verb.feats.get("Voice") == "Act":
            subjects = arguments.subject_right_before(article, s, verb)
        for x in verbargs.co_agents(tokens, verb):
            subjects = arguments.merge(subjects, arguments.coordinated(article, s, x))
        partners = [
            p
            for x in children(tokens, verb, "obl")
            if preposition(tokens, x) in ("с", "со")
            for p in arguments.coordinated(article, s, x)
        ]
        event.participants = arguments.merge(arguments.merge(subjects, event.participants), partners)
    # the same where the parse hangs the noun on the preposition's noun ("по итогам встречи с X он заявил")
    frames_the_clause = framed or compound_preposition(tokens, t) in FRAME_PREPOSITIONS
    if frames_the_clause and verb is not None and event.participants and _framing_the_clause(tokens, t, verb):
        # "После встречи с X он поехал ...", "В ходе беседы с X министр отметил ...": the clause's subject met X
        subjects = [p for x in verbargs.subjects(tokens, verb) for p in arguments.coordinated(article, s, x)]
        event.participants = arguments.merge(subjects, event.participants)
    if verb is not None and verb.lemma == "сопровождать" and t.head == verb.index:
        # "Во время беседы министра сопровождали его заместители A и B": who came, and whom they came with
        came = [x for x in verbargs.subjects(tokens, verb) + children(tokens, verb, "obj")]
        for x in came:
            event.participants = arguments.merge(event.participants, arguments.coordinated(article, s, x))
    if verb is not None:
        # "Встреча прошла в присутствии заместителя Премьер-министра ...": present, not a side of the talks
        event.present = [
            p
            for x in children(tokens, verb, "obl")
            if preposition(tokens, x) in ("в присутствии",)
            for p in arguments.coordinated(article, s, x)
        ] + [
            p  # the parse keeps "присутствии" a noun of its own: "в присутствии заместителя ... X"
            for x in children(tokens, verb, "obl")
            if x.lemma == "присутствие" and preposition(tokens, x) == "в"
            for y in children(tokens, x, "nmod")
            for p in arguments.coordinated(article, s, y)
        ]
    anchor = _climb_rounds(tokens, t)  # "состоялся очередной раунд консультаций": the round is the event
    happening = (
        not framed
        and verb is not None
        and verb.lemma in HAPPEN
        and _argument_of(tokens, anchor, verb)
        or (
            verb is not None
            and verb.lemma in HAPPEN
            and anchor.rel in ("nsubj", "nsubj:pass")
            and anchor.head == verb.index
        )
    )
    happening = happening or (not framed and _happens_next(tokens, anchor))
    own_clause = _own_happening_clause(tokens, anchor)
    taking_part = arguments.taking_part(article, s, own_clause) if own_clause is not None else []
    if taking_part:
        # "итоги заседания Совета, которое прошло в Москве с участием X и Y": the noun's own clause tells it
        # held, and by whom
        happening = True
        event.participants = arguments.merge(event.participants, taking_part)
    headline = t.rel == "root" or (
        t.head >= 0 and tokens[t.head].rel == "root" and tokens[t.head].pos != "VERB"
    )
    # "темой встречи стало ...", "в ходе переговоров": a meeting told before, unless the noun brings its own people
    nested = (
        t.rel == "nmod"
        and t.head >= 0
        and tokens[t.head].pos in ("NOUN", "PROPN")
        and not _reported_head(tokens, t)
        # "выступил на открытии заседания": the opening is the sitting itself, its speaker at it
        and not (tokens[t.head].lemma in _OPENING and verb is not None and _argument_of(tokens, t, verb))
    )
    event.reference = (
        (not happening and not headline and (not event.participants or nested))
        or _predicate_of_a_told_event(tokens, t)
        or _evaluated(tokens, t)
        or _also_took_part(tokens, t)
    )
    partners = arguments.partners(
        article, s, t, verb if verb is not None and _argument_of(tokens, t, verb) else None
    )
    if t.feats.get("Number") == "Plur" and t.lemma == "встреча":
        # "провел встречи с A, B, C и D": the surface list, where the parse keeps only some of them
        listed = listed_partners(article, s, t, event.participants)
        # "встречи с губернаторами провинций A и B X и Y": the parse's one group of two is two counterparts
        if len(listed) > len(partners) and all([k] in listed for p in partners for k in p):
            partners = listed
    if len(partners) > 1:
        event.counterparts = partners  # "провел телефонные разговоры с X и Y": one call each
        met = {k for p in partners for k in p}
        # a partner the participants' own reading missed ("с послом X, руководителем центра Y, министром Z")
        event.participants = arguments.merge(event.participants, [k for p in partners for k in p])
        if all(k in met for k in event.participants):
            # "визит делегации во главе с X ... прошли встречи с A, с B и с C": the delegation's head met each
            event.participants = arguments.merge(arguments.led_by(article, s)[:1], event.participants)
    if not event.counterparts and len(event.participants) == 1 and kind == "talks":
        # "провел переговоры с президентами Ирана, Алжира и ЮАР": one meeting per state, its side unnamed
        event.counterpart_states = counterparts.unnamed_peers(
            article, s, t, verb if verb is not None and _argument_of(tokens, t, verb) else None
        )
        event.counterparts = [[] for _ in event.counterpart_states]
    with_someone = (
        bool(partners)
        or bool(event.counterparts)
        or any(preposition(tokens, x) in ("с", "со") for x in children(tokens, t, "nmod"))
    )  # "провела двусторонние встречи с главами делегаций": these meetings, not meetings in general
    # "несколько встреч с главами ведомств стран ОДКБ": meetings of no count; "с коллегами из Индонезии, Кореи
    # и Таиланда" counts them, one per state
    vague = (
        _counted_vaguely(tokens, t)
        and not partners
        and not event.counterpart_states
        and not _someone_met_told_after(article, s, t, event.participants)
    )
    event.generic = _generic(tokens, t, verb) and (not with_someone or vague)
    event.strong = not event.reference and not event.generic
    event.multilateral = kind == "session" and any(
        p.kind == "body" and p.value.country is None for p in article.places_in(s.start, s.stop)
    )
    return event


# "за теплую встречу", "за радушную и гостеприимную встречу": the welcome a guest thanks for
_HOSPITALITY = re.compile(
    r"(?i)\bза\s+(?:(?:т[её]пл|радушн|гостеприимн|хорош|дружеск|сердечн)\w*\s+(?:и\s+)?)+$"
)


# "На встрече присутствовали X и Y": people at a meeting told before, not the sides of a new one
_PRESENCE = frozenset(["присутствовать"])


# "X прокомментировал встречу Y и Z": who comments on or welcomes a meeting is not at it
_OBSERVERS = frozenset(
    ["прокомментировать", "комментировать", "приветствовать", "анонсировать", "осудить", "раскритиковать"]
)


_ARRIVING = frozenset(
    [
        "прибыть",
        "прибывать",
        "приехать",
        "прилететь",
        "отправиться",
        "направиться",
        "вылететь",
        "отбыть",
        "выехать",
    ]
)


_COPULAS = frozenset(["стать", "становиться", "являться", "быть", "оказаться"])


_DEMONSTRATIVES = frozenset(["этот", "данный", "тот", "такой"])


def _partner_hung_elsewhere(article: Article, s: Sentence, t: Token) -> list[str]:
    """ "в рамках встречи посла X с главой министерства Y": the parser may hang the "с" partner of a meeting noun
    on a word before it; a person in "с" + instrumental right after the noun's phrase, with no verb between and
    hung on nothing after the noun, is the noun's partner."""
    tokens = s.tokens
    for y in tokens[t.index + 1 :]:
        if y.pos in ("VERB", "AUX") or y.text in (";", ":") or y.lemma in EVENT_NOUNS:
            return []
        if (
            y.rel
            in ("nmod", "obl")  # "обсуждались на встречах X с представителем Y": hung on the verb's subject
            and y.feats.get("Case") == "Ins"
            and preposition(tokens, y) in ("с", "со")
            and y.head < t.index
        ):
            return arguments.persons(article, s, y)
    return []


def _joined_in_relative_clause(article: Article, s: Sentence, t: Token) -> list[str]:
    """ "переговоры X и Y, в которых участвовал Z", "встреча, к которой присоединился Z": who took part in the
    event the relative clause tells of."""
    out: list[str] = []
    for clause in children(s.tokens, t, "acl:relcl"):
        taking_part = clause.lemma in ("участвовать", "присоединиться") or (
            clause.lemma == "принять" and any(x.lemma == "участие" for x in children(s.tokens, clause, "obj"))
        )
        if not taking_part:
            continue
        subjects = children(s.tokens, clause, "nsubj")
        for x in subjects:
            out = arguments.merge(out, arguments.coordinated(article, s, x))
        if not subjects:
            # the parser may hang the clause's subject on the main verb: the first person named after the verb,
            # within a title's reach
            after = [m for m in article.mentions_in(s.index) if clause.stop <= m.start <= clause.stop + 60]
            out = arguments.merge(out, [after[0].person] if after else [])
    return out


def _evaluated(tokens: list[Token], t: Token) -> bool:
    """ "По словам X, форум был плодотворным": an adjective said of the event judges one told before."""
    return t.rel == "nsubj" and t.head >= 0 and tokens[t.head].pos == "ADJ"


def _predicate_of_a_told_event(tokens: list[Token], t: Token) -> bool:
    """ "Этот разговор стал ... их первой беседой с марта": the noun says what the event told before was."""
    x = t
    while x.rel == "conj" and x.head >= 0:
        x = tokens[x.head]
    if x.rel not in ("xcomp", "obl") or x.head < 0 or tokens[x.head].lemma not in _COPULAS:
        return False
    return any(
        subject.lemma in EVENT_NOUNS
        and any(d.lemma in _DEMONSTRATIVES for d in children(tokens, subject, "det"))
        for subject in children(tokens, tokens[x.head], "nsubj")
    )


def _framing_the_clause(tokens: list[Token], t: Token, verb: Token) -> bool:
    """The event noun frames the verb's clause: it hangs on the verb, or on the noun of a compound preposition that
    does ("по итогам встречи с X он заявил")."""
    if t.head == verb.index:
        return True
    head = tokens[t.head] if t.head >= 0 else None
    return head is not None and head.text.lower() in PREPOSITION_NOUNS and head.head == verb.index


def _verb_like(t: Token) -> bool:
    """The tagger sometimes takes a rare verb for an adjective ("скрепили"): the lemma decides."""
    return (
        t.pos in ("VERB", "AUX")
        or (t.lemma in EVENT_VERBS or t.lemma in WEAK_VERBS)
        and any(p.tag.POS in ("VERB", "PRTS") for p in parses(t.text.lower()))
    )


_PLURAL_TANTUM = {"переговоры", "переговор", "консультации", "консультация"}


def _reported_head(tokens: list[Token], t: Token) -> bool:
    """A noun event hanging from another noun is reported when that noun is: "состоялась церемония официальной
    встречи X с Y", a headline "Встреча X и Y"; not "об итогах беседы с X", "при подготовке к встрече"."""
    node = t
    for a in ancestors(tokens, t):
        if a.pos in ("VERB", "AUX"):
            return a.lemma in HAPPEN and node.rel in ("nsubj", "obj", "obl")
        if a.rel == "root":
            return True
        node = a
    return False


def _also_took_part(tokens: list[Token], t: Token) -> bool:
    """ "В беседе также принимал участие X", "во встрече также участвовал X": one more who took part in the meeting
    told before; "на встрече посла сопровождал X", "во время беседы министра сопровождали A и B": those who came
    with one of its sides."""
    node = tokens[t.head] if t.head >= 0 and tokens[t.head].lemma == "участие" else t
    if node.head < 0:
        return False
    verb = tokens[node.head]
    if verb.lemma == "сопровождать" and node.rel == "obl":
        return True
    return takes_part(tokens, verb) and any(c.lemma == "также" for c in children(tokens, verb, "advmod"))


def _happens_next(tokens: list[Token], t: Token) -> bool:
    """ "Переговоры президентов двух стран прошли в Кремле, они длились ...": the parse gave the noun to the
    wrong verb; the subject-less verb of happening right after the noun's own words is its predicate."""
    if t.rel not in ("nsubj", "nsubj:pass"):
        return False
    for x in tokens[t.index + 1 :]:
        if x.pos in ("VERB", "AUX"):
            return x.lemma in HAPPEN and not children(tokens, x, "nsubj", "nsubj:pass")
        if x.pos == "PUNCT" and x.text != "«" and x.text != "»" and x.text != '"':
            return False
    return False


def _own_happening_clause(tokens: list[Token], t: Token) -> Token | None:
    """The event noun's relative clause or participle of happening in the past ("заседания, которое прошло ...",
    "встречи, состоявшейся ..."), or None."""
    for c in children(tokens, t, "acl:relcl", "acl"):
        if c.lemma in HAPPEN and c.feats.get("Tense") == "Past":
            return c
    return None


def _generic(tokens: list[Token], t: Token, verb: Token | None) -> bool:
    """ "Президенты регулярно проводят встречи": meetings in general, not one."""
    if t.feats.get("Number") == "Plur" and t.lemma not in _PLURAL_TANTUM:
        return True
    return verb is not None and habitual(tokens, verb)


_VAGUE_COUNTS = frozenset(["несколько", "ряд", "серия", "множество", "немало", "много"])


def _counted_vaguely(tokens: list[Token], t: Token) -> bool:
    """ "проведет несколько двусторонних встреч с главами ведомств", "ряд встреч с руководством": meetings of a
    count the text does not give, none of them told by its counterpart."""
    head = tokens[t.head] if t.head >= 0 else None
    return any(c.lemma in _VAGUE_COUNTS for c in children(tokens, t)) or (
        head is not None and head.lemma in _VAGUE_COUNTS and t.rel in ("nmod", "obl")
    )


def _someone_met_told_after(article: Article, s: Sentence, t: Token, doers: list[str]) -> bool:
    """ "провел ряд встреч с представителями правительства, в том числе – с министром X": one of the meetings
    told by its counterpart, named after the noun in its sentence."""
    return any(m.start > t.stop and m.person not in doers for m in article.mentions_in(s.index))


_ROUNDS = {"раунд", "тур", "серия", "цикл", "этап"}


def _climb_rounds(tokens: list[Token], t: Token) -> Token:
    while t.rel == "nmod" and t.head >= 0 and tokens[t.head].lemma in _ROUNDS:
        t = tokens[t.head]
    return t


def _sidelines_of_another(tokens: list[Token], t: Token, verb: Token) -> bool:
    """The event noun hangs from "на полях", "в рамках" of a verb whose object is another event noun."""
    frame = t.head >= 0 and tokens[t.head].lemma in ("поле", "рамка") and tokens[t.head].head == verb.index
    others = children(tokens, verb, "obj", "nsubj", "nsubj:pass")
    if verb.rel == "acl:relcl" and verb.head >= 0:
        # "встречи, которая состоялась в рамках саммита": the relative clause's noun is the other event
        others.append(tokens[verb.head])
    return frame and any(c.lemma in _TOLD_EVENTS and c.index != t.index for c in others)


# what a clause can tell as held "на полях"/"в рамках" a larger event: "Обсуждения лидеров проходили в рамках саммита",
# "Мероприятие состоялось на полях форума" (the event just told)
_TOLD_EVENTS = EVENT_NOUNS.keys() | {"обсуждение", "контакт", "мероприятие"}


def _argument_of(tokens: list[Token], t: Token, verb: Token) -> bool:
    """The event noun is the verb's object or oblique, directly or through "участие в", "на полях"."""
    node = t
    for a in ancestors(tokens, t):
        if a.index == verb.index:
            return node.rel in ("obj", "obl", "iobj")
        if a.lemma not in ("участие", "поле", "рамка", "работа", *_OPENING):
            return False  # "об итогах беседы": the noun hangs from another noun
        node = a
    return False


def _phrase(article: Article, s: Sentence, t: Token) -> str:
    inside = subtree(s.tokens, t)
    return article.text[inside[0].start : inside[-1].stop]


def iter_events(article: Article) -> Iterator[Event]:
    for s in article.sentences:
        if not s.in_quote:
            yield from sentence_events(article, s)
