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

from rdflib.namespace import RDF, RDFS

from kg.errors import InputError
from kg.ingest.aggregates import COUNTRY, MeetingFacts
from kg.ingest.countrypairs import country_pairs
from kg.network.dossierread import read_pair_meetings, read_person_posts, select_text_for
from kg.network.pairs import (
    Pair,
    Period,
    Side,
    count_pairs,
    is_state,
    known_sides,
    ordered,
    resolve_side,
    summary_counts,
    summary_usable,
)
from kg.rdf.ontology import DIP, DOCUMENT_TYPES, MEETING_KINDS, ROLES, TOPICS, VISIT_KINDS
from kg.store.base import Store, select_text

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


@dataclass
class PairFacts:
    """What ``pair_facts`` reads: the meetings' facts, the sides of their participants, and each meeting's
    source articles and places (0 city | 1 country, IRI)."""

    meetings: dict[str, MeetingFacts]
    person_sides: dict
    sources: dict[str, list[str]]
    places: dict[str, list[tuple[int, str]]]
    posts: list[tuple[str, str, str]]  # (person, role code, organization's label), sorted


def _side_meetings(store: Store, side: Side) -> set[str]:
    persons = {r["a"] for r in select_text(store, f"SELECT ?a WHERE {_side_pattern(side, 'a')}")}
    return {m for (m,) in select_text_for(store, persons, ["m"], "?m dip:participant ?x")}


def pair_facts(store: Store, pair: Pair, sides: dict[str, Side], period: Period | None = None) -> PairFacts:
    """The facts of the meetings between the two sides (those dated in ``period`` when given), the sides
    and posts of their participants, and the meetings' sources and places (kg/network/dossierread.py).
    In a period each side's persons are found once in a subquery and joined to the meetings, the dates
    first (a plain join of the paths ran the post path per meeting: 5 s for a hub pair at 1M triples
    against 0.3 s; with the dates first a year of the heaviest pair takes 0.03 s). Over all dates each
    side's meetings are read and intersected here (0.3 s for a hub pair; the join 0.5 s)."""
    a, b = sides[pair[0]], sides[pair[1]]
    dates = (period or Period()).date_pattern()
    if dates:
        query = (
            f"SELECT DISTINCT ?m WHERE {{ {dates} "
            f"?m dip:participant ?a . {_side_pattern(a, 'a')} ?m dip:participant ?b . {_side_pattern(b, 'b')} }}"
        )
        found = {r["m"] for r in select_text(store, query)}
    else:
        found = _side_meetings(store, a) & _side_meetings(store, b)
    facts, sources, places = read_pair_meetings(store, found)
    person_sides, posts = read_person_posts(store, {str(p) for m in facts.values() for p in m.participants})
    kept = {i: m for i, m in facts.items() if pair in country_pairs(m, person_sides)}
    return PairFacts(kept, person_sides, sources, places, posts)


def _first_ru(rows: list[tuple]) -> dict[str, str]:
    out: dict[str, str] = {}
    for x, label in rows:
        out.setdefault(str(x), str(label))
    return out


def _posts(rows: list[tuple[str, str, str]], persons: set[str]) -> dict[str, list[str]]:
    out: dict[str, list[str]] = defaultdict(list)
    for person, role, org in rows:
        if person not in persons:
            continue
        text = f"{ROLES.get(role, (role, role))[1]} — {org}"
        if text not in out[person]:
            out[person].append(text)
    return out


def _sources(store: Store, derived: dict[str, list[str]]) -> dict[str, list[Source]]:
    """Each meeting's articles (title, date, id), each article read once (a hub's meetings share them)."""
    where = (
        "OPTIONAL { ?x dip:identifier ?id } OPTIONAL { ?x rdfs:label ?t } OPTIONAL { ?x dip:published ?d }"
    )
    wanted = {a for arts in derived.values() for a in arts}
    articles: dict[str, Source] = {}
    for a, ident, title, date in select_text_for(store, wanted, ["x", "id", "t", "d"], where):
        ident = ident if ident is not None else a.rsplit("/", 1)[-1]
        articles.setdefault(a, Source(ident, title or "", date or ""))
    out: dict[str, dict[str, Source]] = defaultdict(dict)
    for m, arts in derived.items():
        for a in arts:
            if a in articles:
                out[m][a] = articles[a]
    return {m: sorted(s.values(), key=lambda x: (x.published, x.identifier)) for m, s in out.items()}


def _places(store: Store, places: dict[str, list[tuple[int, str]]]) -> dict[str, str]:
    """Each meeting's place: its cities' Russian labels, then its countries', in text order each."""
    labels: dict[str, set[str]] = defaultdict(set)
    wanted = {c for found in places.values() for _, c in found}
    for c, label in select_text_for(store, wanted, ["x", "l"], f"?x rdfs:label ?l {RU}"):
        labels[c].add(label)
    out = {}
    for m, found in places.items():
        texts: list[str] = []
        for _, label in sorted((o, label) for o, c in set(found) for label in labels.get(c, ())):
            if label not in texts:
                texts.append(label)
        if texts:
            out[m] = ", ".join(texts)
    return out


def _years(start, end) -> str:
    if start is not None and end is not None:
        return f"{start}–{end}" if str(start) != str(end) else str(start)
    return f"с {start}" if start is not None else (f"до {end}" if end is not None else "")


def _documents(store: Store, facts: dict[str, MeetingFacts]) -> list[DocumentItem]:
    """The documents the meetings produced (those with a Russian or plain label), dated by their meeting.
    Each document's statements are read in one pattern, then its parties' labels: a join of the two,
    or the types with the parties, multiplied the rows (0.4 s for a hub pair's 644 documents at 1M)."""
    docs = {str(d): (min((str(x) for x in m.dates), default="")) for m in facts.values() for d in m.documents}
    keep = 'FILTER (?p != rdfs:label || LANG(?v) IN ("ru", ""))'
    found: dict[str, dict[str, list[str]]] = defaultdict(lambda: defaultdict(list))
    for x, p, v in select_text_for(store, docs, ["x", "p", "v"], f"?x ?p ?v {keep}"):
        found[x][p].append(v)
    kinds = {str(DIP[cls]): ru for cls, _, ru in DOCUMENT_TYPES.values()}
    parties = {o for d in found.values() for o in d.get(str(DIP.party), ())}
    party_labels: dict[str, set[str]] = defaultdict(set)
    for o, label in select_text_for(store, parties, ["x", "l"], f"?x rdfs:label ?l {RU}"):
        party_labels[o].add(label)
    items = []
    for x, props in found.items():
        labels = sorted(props.get(str(RDFS.label), ()))
        if not labels:
            continue
        start, end = (min(props[str(p)], default=None) for p in (DIP.periodStart, DIP.periodEnd))
        kind = next((kinds[t] for t in sorted(props.get(str(RDF.type), ())) if t in kinds), "")
        party_names = {label for o in props.get(str(DIP.party), ()) for label in party_labels.get(o, ())}
        items.append(DocumentItem(x, labels[0], kind, sorted(party_names), _years(start, end), docs[x]))
    return sorted(items, key=lambda d: (d.date, d.title))


def _kind(m: MeetingFacts) -> str:
    names = [(MEETING_KINDS.get(k) or VISIT_KINDS.get(k) or (k, k))[1] for k in sorted(m.kinds)]
    return ", ".join(names) or "встреча"


def _meeting_items(
    store: Store, facts: dict[str, MeetingFacts], pair: Pair, read: PairFacts, titles: dict[str, str]
) -> list:
    """Each meeting with its participants (names, posts, sides), place, topics, sources and the titles
    of its documents (``titles``: by document IRI)."""
    persons = {str(p) for m in facts.values() for p in m.participants}
    names = _first_ru(select_text_for(store, persons, ["x", "l"], f"?x rdfs:label ?l {RU}"))
    posts = _posts(read.posts, persons)
    person_sides = read.person_sides
    sources = _sources(store, {m: read.sources.get(m, []) for m in facts})
    places = _places(store, {m: read.places.get(m, []) for m in facts})
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
    sides = known_sides(store, (first, second))
    a, b = resolve_side(sides, first), resolve_side(sides, second)
    if a.code == b.code:
        raise InputError(f"a pair needs two different sides, got {a.code} twice")
    pair = ordered(a.code, b.code)
    read = pair_facts(store, pair, sides, period)
    facts, person_sides = read.meetings, read.person_sides
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
    meetings = _meeting_items(store, in_period, pair, read, {d.iri: d.title for d in documents})
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
