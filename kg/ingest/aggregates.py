"""The entries of the summary graph, computed from the articles: all of them, or those of some keys.

Meetings are read as plain facts (participants, kind and topic codes, dates, documents; a few
SELECTs, one row per fact) and each person's countries once; the aggregates are then made in
Python. The same counts in one SPARQL query pair the participants' countries meeting by meeting,
which cost 10 s for the months of a 1M-triple store against ~1 s this way.

The definitions are those of the canned queries (tested equal on the bundled articles):

- a pair (a, b), STR(a) < STR(b): meetings (``a dip:Meeting`` with a kind code) that have both as
  participants; the kind codes; the first and last date of the dated ones, none without one
  (queries/who-met-whom.rq);
- (c1, c2, topic), c1 < c2: meetings with that topic code and participants a, b (possibly one person)
  with c1 among a's countries and c2 among b's (queries/topics-by-country-pair.rq);
- (c1, c2, month): the same pairing, over meetings whose earliest date falls in the month; also the
  distinct documents they produced;

A person's countries: ``dip:holdsPost/dip:postIn/dip:country/dip:isoCode``.
"""

from __future__ import annotations

import hashlib
from collections import defaultdict
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from itertools import combinations

from rdflib import Literal, URIRef
from rdflib.namespace import RDF
from rdflib.term import Node

from kg.rdf.ontology import DIP, IGR
from kg.store.base import Store

CHUNK = 1000  # terms per VALUES block
COUNTRY = "dip:holdsPost/dip:postIn/dip:country/dip:isoCode"


@dataclass
class RowKeys:
    """The keys of the per-entity rows (kg/ingest/entityrows.py) a run may have changed."""

    persons: set[str] = field(default_factory=set)  # posts-of-person rows
    quotes: set[str] = field(default_factory=set)
    meetings: set[str] = field(default_factory=set)  # meetings-of-person rows
    dated: set[tuple[str, Node]] = field(default_factory=set)  # (post, statement date)

    def __len__(self) -> int:
        return len(self.persons) + len(self.quotes) + len(self.meetings) + len(self.dated)


@dataclass
class SummaryKeys:
    """What to recompute: person pairs (IRIs, STR-sorted), meetings whose country-pair memberships may
    have changed (kg/ingest/countrypairs.py), actors of the network, the per-entity rows."""

    pairs: set[tuple[str, str]] = field(default_factory=set)
    meetings: set[str] = field(default_factory=set)
    actors: set[str] = field(default_factory=set)  # persons, parties, countries (kg/ingest/actorsummary.py)
    countries: set[str] = field(default_factory=set)  # country codes whose actor entries may have changed
    links: set[tuple[str, str]] = field(
        default_factory=set
    )  # (person, neighbour) whose link may have changed
    touched: dict = field(default_factory=dict)  # touched meetings -> participants now and before
    rows: RowKeys = field(default_factory=RowKeys)  # the per-entity rows (kg/ingest/entityrows.py)

    def __len__(self) -> int:
        return len(self.pairs) + len(self.meetings) + len(self.actors) + len(self.rows)


@dataclass
class MeetingFacts:
    participants: set[Node] = field(default_factory=set)
    kinds: set[str] = field(default_factory=set)
    dates: set[Node] = field(default_factory=set)
    topics: set[str] = field(default_factory=set)
    documents: set[Node] = field(default_factory=set)


_FACTS = {  # attribute of MeetingFacts -> the property giving its values (kinds and topics: concepts)
    "participants": "dip:participant",
    "kinds": "dip:kind",
    "dates": "dip:date",
    "topics": "dip:topic",
    "documents": "dip:produced",
}


def entry_iri(kind: str, key: Iterable[str]) -> URIRef:
    """The IRI of the entry of ``key``: a digest, so that the same key always names the same entry."""
    digest = hashlib.sha256("\x1f".join(key).encode("utf-8")).hexdigest()[:24]
    return IGR[f"summary/{kind}/{digest}"]


def graph_state(store: Store, graph: URIRef, state: URIRef, version: URIRef, current: int) -> str | None:
    """The state a kept graph (the summary, the identity index) records about itself on its own node:
    its value of ``state``, "stale" when it was written by another ``version`` than ``current``, None
    when the store has none."""
    rows = store.query(f"SELECT ?p ?o WHERE {{ GRAPH <{graph}> {{ <{graph}> ?p ?o }} }}").rows
    found = {str(p): str(o) for p, o in rows}
    value = found.get(str(state))
    if value is None:
        return None
    return value if found.get(str(version)) == str(current) else "stale"


def chunks(items: Iterable, size: int = CHUNK) -> Iterator[list]:
    items = sorted(items)
    for start in range(0, len(items), size):
        yield items[start : start + size]


def iris(nodes: Iterable) -> str:
    return " ".join(f"<{n}>" for n in sorted({str(n) for n in nodes}))


def select_for(store: Store, nodes: Iterable, select: str, where: str, size: int = CHUNK) -> list[tuple]:
    """The rows of ``SELECT select WHERE { VALUES ?x {nodes} where }``, a chunk of nodes at a time."""
    rows: list[tuple] = []
    for chunk in chunks({str(n) for n in nodes}, size):
        rows += store.query(f"SELECT {select} WHERE {{ VALUES ?x {{ {iris(chunk)} }} {where} }}").rows
    return rows


def graph_rows(store: Store, query: str, graphs: Iterable | None = None, size: int = CHUNK) -> list[tuple]:
    """The rows of ``query`` (a SELECT whose WHERE holds ``{values}`` before its ``GRAPH ?g``) over every
    graph, or over ``graphs`` only, a chunk of them at a time."""
    if graphs is None:
        return store.query(query.format(values="")).rows
    rows: list[tuple] = []
    for chunk in chunks({str(g) for g in graphs}, size):
        rows += store.query(query.format(values=f"VALUES ?g {{ {iris(chunk)} }}")).rows
    return rows


def graph_values(
    store: Store, key: str, pattern: str, variable: str, graphs: Iterable | None = None
) -> dict[tuple, list]:
    """(?g, ``key`` variables...) -> the values of ``variable`` that ``pattern`` (inside ``GRAPH ?g``) gives.
    What an OPTIONAL would add, read by its own query: Oxigraph evaluates an OPTIONAL beside a VALUES block
    by scanning every graph (6 s against 0.06 s for 50 persons at a million triples)."""
    query = f"SELECT ?g {key} ?{variable} WHERE {{{{ {{values}} GRAPH ?g {{{{ {pattern} }}}} }}}}"
    out: dict[tuple, list] = defaultdict(list)
    assert "{" not in pattern, "a pattern with braces would be formatted away"
    for row in graph_rows(store, query, graphs):
        out[tuple(str(x) for x in row[:-1])].append(row[-1])
    return out


def objects_by_subject(store: Store, subjects: Iterable, predicate: URIRef) -> dict[str, set[str]]:
    """Each subject's objects of ``predicate``, as the store has them now."""
    out: dict[str, set[str]] = defaultdict(set)
    for row in select_for(store, subjects, "?x ?o", f"?x <{predicate}> ?o"):
        out[str(row[0])].add(str(row[1]))
    return out


def _values(variable: str, nodes: list | None) -> Iterator[str]:
    """VALUES blocks over ``nodes`` in chunks, or one empty block (the whole store) for None."""
    if nodes is None:
        yield ""
        return
    for chunk in chunks(nodes):
        yield f"VALUES ?{variable} {{ {iris(chunk)} }}"


def read_meetings(store: Store, meetings: Iterable[str] | None = None) -> dict[str, MeetingFacts]:
    """The facts of these meetings (None: every meeting of the store), by meeting IRI. One plain pattern per
    query, the concepts' codes looked up in Python: a path (dip:topic/skos:notation) or a join with the
    type in every query cost twice as much."""
    wanted = None if meetings is None else sorted(set(meetings))
    if wanted == []:
        return {}
    out: dict[str, MeetingFacts] = {}
    for values in _values("m", wanted):
        out.update(
            (str(r[0]), MeetingFacts())
            for r in store.query(f"SELECT ?m WHERE {{ {values} ?m a dip:Meeting }}").rows
        )
    codes: dict[str, set[str]] = defaultdict(set)
    for x, code in store.query("SELECT ?x ?c WHERE { ?x skos:notation ?c }").rows:
        codes[str(x)].add(str(code))
    for attr, prop in _FACTS.items():
        for values in _values("m", wanted):
            for m, v in store.query(f"SELECT ?m ?v WHERE {{ {values} ?m {prop} ?v }}").rows:
                meeting = out.get(str(m))
                if meeting is None:
                    continue  # a visit's kind, or a node that is no meeting
                if attr in ("kinds", "topics"):
                    getattr(meeting, attr).update(codes.get(str(v), ()))
                else:
                    getattr(meeting, attr).add(v)
    return out


def read_countries(store: Store, persons: Iterable | None = None) -> dict[str, frozenset[str]]:
    """Each person's country codes through its posts (None: every person that has one)."""
    found: dict[str, set[str]] = {} if persons is None else {str(p): set() for p in persons}
    wanted = None if persons is None else sorted(found)
    if wanted == []:
        return {}
    for values in _values("p", wanted):
        for p, iso in store.query(f"SELECT ?p ?iso WHERE {{ {values} ?p {COUNTRY} ?iso }}").rows:
            found.setdefault(str(p), set()).add(str(iso))
    return {p: frozenset(c) for p, c in found.items()}


def read_labels(store: Store, nodes: Iterable) -> dict[str, set[Node]]:
    """Each node's ``rdfs:label`` literals (as terms: the language is part of a who-met-whom row)."""
    out: dict[str, set[Node]] = defaultdict(set)
    for x, label in select_for(store, nodes, "?x ?l", "?x rdfs:label ?l"):
        out[str(x)].add(label)
    return out


def pair_entries(
    meetings: dict[str, MeetingFacts], keys: set | None, labels: dict[str, set[Node]]
) -> set[tuple]:
    """The pair entries (``keys``: only these pairs; None: every pair), each with its who-met-whom rows."""
    found: dict[tuple[str, str], list[MeetingFacts]] = defaultdict(list)
    for m in meetings.values():
        if not m.kinds:
            continue
        for a, b in combinations(sorted(m.participants, key=str), 2):
            if str(a) != str(b) and (keys is None or (str(a), str(b)) in keys):
                found[(a, b)].append(m)
    out: set[tuple] = set()
    for (a, b), ms in found.items():
        e = entry_iri("pair", (str(a), str(b)))
        dates = sorted({d for m in ms for d in m.dates}, key=str)
        kinds = {k for m in ms for k in m.kinds}
        out |= {(e, RDF.type, DIP.MeetingPair), (e, DIP.pairMember, a), (e, DIP.pairMember, b)}
        out.add((e, DIP.meetingCount, Literal(len(ms))))
        out |= {(e, DIP.meetingKind, Literal(k)) for k in kinds}
        span = (dates[0], dates[-1]) if dates else None  # as who-met-whom: the first and last dated
        if span:
            out |= {(e, DIP.firstDate, span[0]), (e, DIP.lastDate, span[1])}
        out |= pair_rows(e, (a, b), labels, len(ms), kinds, span)
    return out


def pair_rows(
    e: URIRef, pair: tuple, labels: dict[str, set[Node]], count: int, kinds: set[str], span
) -> set[tuple]:
    """The rows who-met-whom gives for a pair, ready to print: one per two labels of the two persons
    (in either order) whose texts sort (STR) strictly, so a pair of namesakes gives none and a person
    with two labels gives two. Kept so that the summary form reads rows without a join or a GROUP BY:
    at ten million triples the label join and the grouping cost more than the rows themselves."""
    a, b = pair
    out: set[tuple] = set()
    # the canned query pairs ?a with ?b and ?b with ?a: a row from each order (two persons who share
    # two labels give the same text twice, as the canned query does)
    for order, first, second in (("ab", a, b), ("ba", b, a)):
        for x in labels.get(str(first), ()):
            for y in labels.get(str(second), ()):
                if str(x) < str(y):
                    out |= _row(e, (str(a), str(b), order, x.n3(), y.n3()), (x, y), count, kinds, span)
    return out


def _row(e: URIRef, key: tuple, names: tuple, count: int, kinds: set[str], span) -> set[tuple]:
    r, (x, y) = entry_iri("pairrow", key), names
    out = {(r, RDF.type, DIP.PairRow), (r, DIP.rowOf, e), (r, DIP.rowMeetings, Literal(count))}
    out |= {(r, DIP.person1Name, x), (r, DIP.person2Name, y)}
    out.add((r, DIP.kindList, Literal(", ".join(sorted(kinds)))))
    if span:
        out |= {(r, DIP.firstDate, span[0]), (r, DIP.lastDate, span[1])}
    return out


def pair_meetings(store: Store, pairs: set[tuple[str, str]]) -> set[str]:
    """Every meeting both persons of a pair take part in."""
    out: set[str] = set()
    for chunk in chunks(pairs):
        cells = " ".join(f"(<{a}> <{b}>)" for a, b in chunk)
        rows = store.query(
            f"SELECT DISTINCT ?m WHERE {{ VALUES (?a ?b) {{ {cells} }} ?m dip:participant ?a, ?b }}"
        ).rows
        out |= {str(r[0]) for r in rows}
    return out


def pair_entry_iris(pairs: Iterable[tuple[str, str]]) -> set[URIRef]:
    return {entry_iri("pair", k) for k in pairs}
