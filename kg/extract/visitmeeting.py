"""Stage 4, last resort: the meeting of a visit a text tells without a meeting word.

An official's visit to another state is a meeting of the visitor and the hosts when the text shows them together:
documents signed during it ("подписано соглашение"), its sides told to have talked ("Стороны обсудили ..."), the
visitor told to have talked ("В правительстве области он обсудил ..."), something told as discussed or agreed
during the visit ("обсуждался в рамках визита", "договоренность была достигнута в ходе визита"), or the hosts told
by what they did for the guests (``guests``). The host's counterpart of the visitor's rank joins when the text names one; an arrival alone is
no meeting.
"""

from __future__ import annotations

from kg.extract import arguments, verbargs
from kg.extract.documents import signs
from kg.extract.guests import hosts_of_guests
from kg.extract.model import Article, Meeting, Sentence, Token, Visit
from kg.extract.syntax import ancestors, children, compound_preposition

_LEADERS = ("head_of_state", "head_of_government", "foreign_minister")
# the host's counterpart of a visitor, by the visitor's post: a head of state meets the head of state
_COUNTERPARTS = {
    "head_of_state": ("head_of_state", "head_of_government"),
    "head_of_government": ("head_of_government", "head_of_state"),
    "foreign_minister": ("foreign_minister",),
    "parliament_speaker": ("parliament_speaker",),
}


def meeting_of_visit(article: Article) -> Meeting | None:
    """ "X совершил официальный визит в Анкару ... из рук Эрдогана": an official's visit to a state whose
    counterpart the text names is a meeting of the two, when nothing else in the text is one."""
    # an arrival alone is no meeting yet ("прибыл с официальным визитом"): documents signed during it are, and so
    # are the sides told to have talked ("Стороны обсудили ...")
    talked = [s.index for s in article.sentences if not s.in_quote and _sides_talked(article, s)]
    signed = any(signs(article, s) for s in article.sentences if not s.in_quote)
    for visit in article.visits:
        visitor = article.persons.get(visit.visitor)
        if visit.host is None or visitor is None or visit.sentence in article.recalled:
            continue
        if any(post.country == visit.host for post in visitor.posts):
            continue
        # a visitor of no known state may be on a trip at home ("Даугавпилс посетил председатель Рижской думы")
        abroad = any(post.country for post in visitor.posts)
        # "Заместитель главы города X рассказал гостям ...": the hosts told by what they did for the guests
        hosting, told = hosts_of_guests(article, visit) if abroad else ([], [])
        if hosting:
            return _visit_talks(visit, [visitor.key, *hosting], talked + told)
        # a plain "визит" counts for a leader ("В Каир прибыл король ... для подписания соглашения"), and for anyone
        # abroad whose sides are told to have talked
        leader = any(p.role in _LEADERS for p in visitor.posts)
        official = visit.kind in ("official_visit", "state_visit", "working_visit")
        # "В правительстве области он обсудил возможности сотрудничества": the visitor talked with his hosts
        talked = sorted(
            set(talked) | set(_visitor_talked(article, visit)) | set(_talks_of_the_visit(article, visit))
        )
        if not (talked and abroad) and not (signed and (leader or official)):
            continue
        for post in visitor.posts:
            hosts = _counterparts(article, visitor.key, post.role, visit.host) if post.country else []
            if len(hosts) == 1:
                return _visit_talks(visit, [visitor.key, hosts[0]], talked)
        own = visitor.states
        if all(key == visitor.key or person.states <= own for key, person in article.persons.items()):
            # "подписано соглашение ... , отметил губернатор X, который находится с рабочей поездкой в КНР": the
            # visitor is the one person the text names, or the others are of his own delegation; his hosts are
            # told only as the other party
            return _visit_talks(visit, [visitor.key], talked)
    return None


# what the sides of a visit did together: "Стороны обсудили", "стороны договорились", "стороны высказались за"
_TALKED = frozenset(
    [
        "обсудить",
        "обсуждать",
        "рассмотреть",
        "договориться",
        "условиться",
        "обменяться",
        "согласовать",
        "наметить",
        "высказаться",
        "выразить",
        "отметить",
        "подтвердить",
        "подчеркнуть",
    ]
)


def _sides_talked(article: Article, s: Sentence) -> bool:
    """ "Стороны обсудили возможности ...": the sides of the visit told as having talked (not as going to)."""
    if s.index in article.recalled:
        return False
    for t in s.tokens:
        verb = s.tokens[t.head] if t.head >= 0 else None
        if (
            t.lemma == "сторона"
            and t.feats.get("Number") == "Plur"
            and t.rel == "nsubj"
            and verb is not None
            and verb.lemma in _TALKED
            and verb.feats.get("Tense") == "Past"
        ):
            return True
    return False


# what one side does only with another: "он обсудил", "договорился" (not "выразил восхищение", "отметил")
_TALKED_WITH = frozenset(
    ["обсудить", "обсуждать", "рассмотреть", "договориться", "условиться", "обменяться", "согласовать"]
)


def _visitor_talked(article: Article, visit: Visit) -> list[int]:
    """The sentences from the visit's on in which its visitor is the subject of a verb of talks told as done."""
    told = []
    for s in article.sentences[visit.sentence :]:
        if s.in_quote or s.index in article.recalled:
            continue
        for verb in s.tokens:
            if verb.lemma not in _TALKED_WITH or verb.pos != "VERB" or verb.feats.get("Tense") != "Past":
                continue
            doers = [
                p for x in verbargs.subjects(s.tokens, verb) for p in arguments.coordinated(article, s, x)
            ]
            # "X и посол России в Армении Y обсудили": talks with his own state's envoy are no host's
            own = [
                d
                for d in doers
                if d != visit.visitor and article.persons[d].states & article.persons[visit.visitor].states
            ]
            if visit.visitor in doers and not own:
                told.append(s.index)
    return told


# what was discussed or agreed on a visit, told in the passive ("обсуждался в рамках визита", "договоренность была
# достигнута в ходе визита", "были рассмотрены во время поездки"): talks its visitor held, whoever the hosts were
_DISCUSSED = _TALKED_WITH | {
    "обсуждаться",
    "рассматриваться",
    "достигнуть",
    "достичь",
    "затронуть",
    "затрагиваться",
}
_DURING = ("в ходе", "в рамках", "во время", "в период")
_TRIP_NOUNS = frozenset(["визит", "поездка", "пребывание"])
_HELD = frozenset(["состояться", "пройти"])


def _talks_of_the_visit(article: Article, visit: Visit) -> list[int]:
    """The sentences from the visit's on that tell something discussed during a visit in the passive, or talks held
    with no one named ("Состоявшиеся в Дохе переговоры на высшем уровне")."""
    told = []
    for s in article.sentences[visit.sentence :]:
        if s.in_quote or s.index in article.recalled:
            continue
        for t in s.tokens:
            if t.lemma in _TRIP_NOUNS and compound_preposition(s.tokens, t) in _DURING:
                verb = next((a for a in ancestors(s.tokens, t) if a.pos == "VERB"), None)
                if verb is not None and verb.lemma in _DISCUSSED and _passive_done(verb):
                    told.append(s.index)
            elif t.lemma in ("переговоры", "встреча") and any(
                c.lemma in _HELD and c.feats.get("Tense") == "Past" for c in children(s.tokens, t, "acl")
            ):
                told.append(s.index)
    return told


def _passive_done(verb: Token) -> bool:
    """ "обсуждался", "была достигнута", "рассмотрены": a passive told as done, not as going to be."""
    if verb.feats.get("Voice") != "Pass":
        return False
    return verb.feats.get("Tense") == "Past" or verb.feats.get("Variant") == "Short"


def _visit_talks(visit: Visit, participants: list[str], talked: list[int]) -> Meeting:
    """The talks of the visit, told in its sentence and in those where its sides talked."""
    return Meeting(
        kind="talks",
        sentence=visit.sentence,
        participants=participants,
        country=visit.host,
        visit=visit,
        sentences=sorted({visit.sentence, *[i for i in talked if i >= visit.sentence]}),
    )


def _counterparts(article: Article, visitor: str, role: str, host: str) -> list[str]:
    """The host's officials of the first counterpart role anyone holds in the text."""
    for counterpart in _COUNTERPARTS.get(role, ()):
        hosts = [
            p.key
            for p in article.persons.values()
            if p.key != visitor and any(f.role == counterpart and f.country == host for f in p.posts)
        ]
        if hosts:
            return hosts
    return []
