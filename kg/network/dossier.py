"""The dossier of a pair of sides (``kg report KZ BY``): what an analyst asks of a relation first.

How intense it is (meetings and documents per month, kg/network/pairs.py: from the summary graph when
it is fresh, else from the articles, the same numbers), what happened (each meeting with its kind,
participants and their posts, place, topics and source articles), what was signed (documents the
pair's meetings produced, with parties and periods), what it is about over time (topics by year)
and who carries it (participants by number of meetings). The lists are read from the articles: they
are facts, not aggregates, and a pair's meetings are found through the persons of each side.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from dataclasses import dataclass, field

from kg.errors import InputError
from kg.ingest.aggregates import COUNTRY, MeetingFacts, read_meetings, select_for
from kg.ingest.countrypairs import country_pairs
from kg.network.pairs import (
    Pair,
    Period,
    Side,
    count_pairs,
    is_state,
    known_sides,
    ordered,
    read_sides,
    resolve_side,
    summary_counts,
    summary_usable,
)
from kg.rdf.ontology import DOCUMENT_TYPES, MEETING_KINDS, ROLES, TOPICS, VISIT_KINDS
from kg.store.base import Store

RU = 'FILTER (LANG(?l) IN ("ru", ""))'


@dataclass
class Source:
    identifier: str
    title: str
    published: str


@dataclass
class Participant:
    iri: str
    name: str
    posts: list[str] = field(default_factory=list)  # "министр иностранных дел — МИД Казахстана"
    sides: list[str] = field(default_factory=list)  # which of the pair's two sides, by code
    meetings: int = 0


@dataclass
class MeetingItem:
    iri: str
    date: str  # the earliest date, "" when undated
    kind: str  # Russian name of the kind
    participants: list[Participant]
    place: str
    topics: list[str]
    sources: list[Source]
    documents: list[str]  # titles


@dataclass
class DocumentItem:
    iri: str
    title: str
    kind: str  # "соглашение"
    parties: list[str]
    period: str  # "2026–2028", "" when not given
    date: str  # of the meeting that produced it


@dataclass
class Dossier:
    a: Side
    b: Side
    period: Period
    months: dict[str, list[int]]  # "YYYY-MM" -> [meetings, documents]
    counted_from: str  # "summary" or "articles"
    meetings: list[MeetingItem]
    documents: list[DocumentItem]
    topics: dict[str, dict[str, int]]  # topic (Russian) -> year ("" undated) -> meetings
    people: list[Participant]

    @property
    def undated(self) -> int:
        return sum(1 for m in self.meetings if not m.date)


def _side_pattern(side: Side, variable: str) -> str:
    """Persons with a post on ``side`` (a state through its bodies' country, a body directly), once each."""
    path = f'{COUNTRY} "{side.code}"' if is_state(side.code) else f"dip:holdsPost/dip:postIn <{side.iri}>"
    return f"{{ SELECT DISTINCT ?{variable} WHERE {{ ?{variable} {path} }} }}"


def pair_facts(
    store: Store, pair: Pair, sides: dict[str, Side], period: Period | None = None
) -> tuple[dict[str, MeetingFacts], dict]:
    """The facts of the meetings between the two sides (those dated in ``period`` when given), and the
    sides of their participants. Each side's persons are found once in a subquery and then joined to
    the meetings: a plain join of the paths ran the post path per meeting (5 s for a hub pair at 1M
    triples against 0.3 s). The dates go first: a year of the heaviest pair then takes 0.03 s (0.6 s
    with the dates last), an open period 0.4 s."""
    a, b = sides[pair[0]], sides[pair[1]]
    query = (
        f"SELECT DISTINCT ?m WHERE {{ {(period or Period()).date_pattern()} "
        f"?m dip:participant ?a . {_side_pattern(a, 'a')} ?m dip:participant ?b . {_side_pattern(b, 'b')} }}"
    )
    facts = read_meetings(store, {str(r[0]) for r in store.query(query).rows})
    person_sides = read_sides(store, {str(p) for m in facts.values() for p in m.participants})
    return {i: m for i, m in facts.items() if pair in country_pairs(m, person_sides)}, person_sides


def _first_ru(rows: list[tuple]) -> dict[str, str]:
    out: dict[str, str] = {}
    for x, label in rows:
        out.setdefault(str(x), str(label))
    return out


def _posts(store: Store, persons: set[str]) -> dict[str, list[str]]:
    out: dict[str, list[str]] = defaultdict(list)
    where = (
        f"?x dip:holdsPost ?post . ?post dip:role/skos:notation ?r ; dip:postIn ?o . ?o rdfs:label ?l {RU}"
    )
    for person, role, org in sorted(select_for(store, persons, "DISTINCT ?x ?r ?l", where), key=str):
        text = f"{ROLES.get(str(role), (str(role), str(role)))[1]} — {org}"
        if text not in out[str(person)]:
            out[str(person)].append(text)
    return out


def _sources(store: Store, meetings: set[str]) -> dict[str, list[Source]]:
    """Each meeting's articles (title, date, id), each article read once (a hub's meetings share them)."""
    derived = select_for(store, meetings, "?x ?a", "?x prov:wasDerivedFrom ?a")
    where = (
        "OPTIONAL { ?x dip:identifier ?id } OPTIONAL { ?x rdfs:label ?t } OPTIONAL { ?x dip:published ?d }"
    )
    articles: dict[str, Source] = {}
    for a, ident, title, date in select_for(store, {a for _, a in derived}, "?x ?id ?t ?d", where):
        ident = str(ident) if ident is not None else str(a).rsplit("/", 1)[-1]
        articles.setdefault(str(a), Source(ident, str(title or ""), str(date or "")))
    out: dict[str, dict[str, Source]] = defaultdict(dict)
    for m, a in derived:
        if str(a) in articles:
            out[str(m)][str(a)] = articles[str(a)]
    return {m: sorted(s.values(), key=lambda x: (x.published, x.identifier)) for m, s in out.items()}


def _places(store: Store, meetings: set[str]) -> dict[str, str]:
    where = (
        "{ ?x dip:city ?c BIND (0 AS ?o) } UNION { ?x dip:heldIn ?c BIND (1 AS ?o) } "
        f"?c rdfs:label ?l {RU}"
    )
    found: dict[str, list[str]] = defaultdict(list)
    rows = select_for(store, meetings, "?x ?o ?l", where)
    for m, _, label in sorted(rows, key=lambda r: (str(r[0]), int(r[1]), str(r[2]))):  # city, country
        if str(label) not in found[str(m)]:
            found[str(m)].append(str(label))
    return {m: ", ".join(labels) for m, labels in found.items()}


def _years(start, end) -> str:
    if start is not None and end is not None:
        return f"{start}–{end}" if str(start) != str(end) else str(start)
    return f"с {start}" if start is not None else (f"до {end}" if end is not None else "")


def _documents(store: Store, facts: dict[str, MeetingFacts]) -> list[DocumentItem]:
    """The documents the meetings produced, dated by their meeting. Parties are read apart from the rest:
    in one query with the types they multiplied the rows."""
    docs = {str(d): (min((str(x) for x in m.dates), default="")) for m in facts.values() for d in m.documents}
    where = (
        f"?x rdfs:label ?l {RU} OPTIONAL {{ ?x a ?type FILTER (?type != dip:Document) }} "
        "OPTIONAL { ?x dip:periodStart ?s } OPTIONAL { ?x dip:periodEnd ?e }"
    )
    kinds = {f"https://w3id.org/igkg/ontology#{cls}": ru for cls, _, ru in DOCUMENT_TYPES.values()}
    items: dict[str, DocumentItem] = {}
    for x, label, typ, start, end in select_for(store, docs, "?x ?l ?type ?s ?e", where):
        item = items.setdefault(str(x), DocumentItem(str(x), str(label), "", [], "", docs[str(x)]))
        item.kind = item.kind or kinds.get(str(typ), "")
        item.period = item.period or _years(start, end)
    for x, party in select_for(
        store,
        items,
        "DISTINCT ?x ?pl",
        "?x dip:party ?o . ?o rdfs:label ?pl FILTER (LANG(?pl) IN ('ru', ''))",
    ):
        items[str(x)].parties.append(str(party))
    for item in items.values():
        item.parties.sort()
    return sorted(items.values(), key=lambda d: (d.date, d.title))


def _kind(m: MeetingFacts) -> str:
    names = [(MEETING_KINDS.get(k) or VISIT_KINDS.get(k) or (k, k))[1] for k in sorted(m.kinds)]
    return ", ".join(names) or "встреча"


def _meeting_items(
    store: Store, facts: dict[str, MeetingFacts], pair: Pair, person_sides: dict, titles: dict[str, str]
) -> list:
    """Each meeting with its participants (names, posts, sides), place, topics, sources and the titles
    of its documents (``titles``: by document IRI)."""
    persons = {str(p) for m in facts.values() for p in m.participants}
    names = _first_ru(select_for(store, persons, "?x ?l", f"?x rdfs:label ?l {RU}"))
    posts = _posts(store, persons)
    sources, places = _sources(store, set(facts)), _places(store, set(facts))
    out = []
    for iri, m in facts.items():
        people = [
            Participant(
                str(p),
                names.get(str(p), str(p).rsplit("/", 1)[-1]),
                posts.get(str(p), []),
                [c for c in pair if c in person_sides.get(str(p), ())],
            )
            for p in m.participants
        ]
        people.sort(key=lambda x: (x.sides[:1] != [pair[0]], x.name))
        topics = sorted((TOPICS.get(t) or (t, t))[1] for t in m.topics)
        date = min((str(d) for d in m.dates), default="")
        docs = sorted(titles.get(str(d), str(d)) for d in m.documents)
        out.append(
            MeetingItem(iri, date, _kind(m), people, places.get(iri, ""), topics, sources.get(iri, []), docs)
        )
    return sorted(out, key=lambda x: (x.date or "9999", x.iri))


def _topics_by_year(meetings: list[MeetingItem]) -> dict[str, dict[str, int]]:
    out: dict[str, Counter] = defaultdict(Counter)
    for m in meetings:
        for t in m.topics:
            out[t][m.date[:4]] += 1
    return {t: dict(c) for t, c in sorted(out.items(), key=lambda kv: (-sum(kv[1].values()), kv[0]))}


def _people(meetings: list[MeetingItem]) -> list[Participant]:
    """The pair's own officials by meetings (a third state's leader at a summit does not carry it)."""
    found: dict[str, Participant] = {}
    for m in meetings:
        for p in m.participants:
            if not p.sides:
                continue
            found.setdefault(p.iri, Participant(p.iri, p.name, p.posts, p.sides)).meetings += 1
    return sorted(found.values(), key=lambda p: (-p.meetings, p.name))


def check_not_empty(store: Store) -> None:
    if not store.query("ASK { ?a a dip:Article }").boolean:
        raise InputError("the store holds no articles: ingest some first (kg ingest data/articles/)")


def build_dossier(
    store: Store, first: str, second: str, period: Period | None = None, use_summary: bool | None = None
) -> Dossier:
    """The dossier of two sides (ISO codes or body codes) in ``period``. ``use_summary`` None: read the
    counts from the summary graph when it is fresh and can answer the period; True/False force a path."""
    period = period or Period()
    check_not_empty(store)
    sides = known_sides(store)
    a, b = resolve_side(sides, first), resolve_side(sides, second)
    if a.code == b.code:
        raise InputError(f"a pair needs two different sides, got {a.code} twice")
    pair = ordered(a.code, b.code)
    facts, person_sides = pair_facts(store, pair, sides, period)
    if use_summary is None:
        use_summary = is_state(a.code) and is_state(b.code) and summary_usable(store, period)
    if use_summary:
        months = summary_counts(store, period, pair).get(pair)
    else:
        months = count_pairs(facts, person_sides, period).get(pair)
    in_period = {
        i: m
        for i, m in facts.items()
        if (not m.dates and period == Period()) or (m.dates and period.holds(min(str(d) for d in m.dates)))
    }
    documents = _documents(store, in_period)
    meetings = _meeting_items(store, in_period, pair, person_sides, {d.iri: d.title for d in documents})
    return Dossier(
        a=a,
        b=b,
        period=period,
        months=dict(sorted(months.months.items())) if months else {},
        counted_from="summary" if use_summary else "articles",
        meetings=meetings,
        documents=documents,
        topics=_topics_by_year(meetings),
        people=_people(meetings),
    )
