"""Country pairs: the sides of a relation and the meetings and documents between two sides per month.

A *side* is a state (its ISO code, "KZ") or an international body (an organization without a
``dip:country``; its code is its IRI's tail, "evraziyskaya-ekonomicheskaya-komissiya"). A person's
sides are the sides of the organizations of its posts. A meeting is between two sides when its
participants' sides include both (one person with posts on both sides pairs them alone), exactly as
the summary graph's ``dip:CountryPairMonth`` counts it (kg/ingest/countrypairs.py), so that the
summary and the articles give the same numbers:

- a meeting counts in the month of its earliest date; undated meetings are in no month (a period
  cannot place them), so the counts here and the chart of the dossier are of dated meetings;
- a month's documents are the distinct documents its meetings produced; a pair's documents in a
  period are the sum over its months (as the summary stores them).

The summary is read when it is fresh and the period is made of whole months (its entries are
months); a period such as 2025-03-15..2025-04-10 is counted from the articles. The summary knows
states only, so pairs with a body are always counted from the articles (a selective read: the
meetings of persons who hold a post in a body).
"""

from __future__ import annotations

import calendar
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field

from kg.errors import InputError
from kg.ingest.aggregates import MeetingFacts, read_countries, read_meetings, select_for
from kg.ingest.countrypairs import country_pairs, month_of
from kg.store.base import SUMMARY_GRAPH, Store

Pair = tuple[str, str]  # two side codes, the first sorting first (as the summary's entries)

# a post in an organization that belongs to no state: a body's seat (?x the person, ?o the body)
_BODY_POST = (
    "?x dip:holdsPost/dip:postIn ?o . ?o a dip:Organization . FILTER NOT EXISTS { ?o dip:country ?any }"
)
_SIDES = """SELECT DISTINCT ?x ?iso ?label ?kind WHERE {
  { ?x a dip:Country ; dip:isoCode ?iso . BIND("state" AS ?kind) }
  UNION { ?p dip:holdsPost/dip:postIn ?x . ?x a dip:Organization .
          FILTER NOT EXISTS { ?x dip:country ?any } BIND("body" AS ?kind) }
  OPTIONAL { ?x rdfs:label ?label FILTER (LANG(?label) IN ("ru", "")) } }"""
_STATES = """SELECT DISTINCT ?x ?iso ?label ?kind WHERE { VALUES ?iso { $CODES } ?x a dip:Country ; dip:isoCode ?iso .
  BIND("state" AS ?kind) OPTIONAL { ?x rdfs:label ?label FILTER (LANG(?label) IN ("ru", "")) } }"""


@dataclass(frozen=True)
class Period:
    """Inclusive ISO dates; None leaves that end open."""

    since: str | None = None
    until: str | None = None

    def holds(self, date: str) -> bool:
        return (not self.since or date >= self.since) and (not self.until or date <= self.until)

    def date_pattern(self) -> str:
        """SPARQL for meetings ``?m`` with a date in the period, "" when it is open at both ends (a superset of
        those counted in it, since the earliest date decides: much less to read for a short period)."""
        tests = [f'STR(?d) >= "{self.since}"'] if self.since else []
        tests += [f'STR(?d) <= "{self.until}"'] if self.until else []
        return f"?m dip:date ?d FILTER ({' && '.join(tests)})" if tests else ""

    def whole_months(self) -> bool:
        """Whether the period is a run of whole months (so the summary's month entries answer it)."""
        starts = not self.since or self.since.endswith("-01")
        if not self.until:
            return starts
        year, month, day = (int(x) for x in self.until.split("-"))
        return starts and day == calendar.monthrange(year, month)[1]

    def holds_month(self, month: str) -> bool:
        return (not self.since or month >= self.since[:7]) and (not self.until or month <= self.until[:7])

    def describe(self) -> str:
        if not self.since and not self.until:
            return "за всё время / all dates"
        return f"{self.since or '…'} — {self.until or '…'}"


@dataclass(frozen=True)
class Side:
    code: str  # ISO code of a state, or a body's IRI tail
    iri: str
    label: str
    kind: str  # "state" or "body"


@dataclass
class PairCount:
    months: dict[str, list[int]] = field(default_factory=dict)  # "YYYY-MM" -> [meetings, documents]

    @property
    def meetings(self) -> int:
        return sum(m for m, _ in self.months.values())

    @property
    def documents(self) -> int:
        return sum(d for _, d in self.months.values())


def is_state(code: str) -> bool:
    return len(code) == 2 and code.isalpha() and code.isupper()


def body_code(iri: str) -> str:
    return iri.rstrip("/").rsplit("/", 1)[-1]


def read_sides(store: Store, persons: Iterable | None = None) -> dict[str, frozenset[str]]:
    """Each person's sides: the states of its posts (as the summary reads them) and the bodies."""
    wanted = None if persons is None else {str(p) for p in persons}
    found: dict[str, set[str]] = defaultdict(set)
    for person, codes in read_countries(store, wanted).items():
        found[person] |= codes
    if wanted is None:
        rows = store.query(f"SELECT ?x ?o WHERE {{ {_BODY_POST} }}").rows
    else:
        rows = select_for(store, wanted, "?x ?o", _BODY_POST)
    for person, org in rows:
        found[str(person)].add(body_code(str(org)))
    return {p: frozenset(c) for p, c in found.items()}


def known_sides(store: Store, codes: Iterable[str] = ()) -> dict[str, Side]:
    """Every side the store knows, by code: states (``dip:Country``) and bodies someone holds a post in.
    With ``codes`` all ISO codes of states the store has, only those (a dossier's two states: finding
    every body costs a pass over all posts, 0.12 s at 1M triples)."""
    wanted = sorted({c.upper() for c in codes})
    if wanted and all(is_state(c) for c in wanted):
        values = " ".join(f'"{c}"' for c in wanted)
        states = _sides(store.query(_STATES.replace("$CODES", values)).rows)
        if len(states) == len(wanted):
            return states
    return _sides(store.query(_SIDES).rows)


def _sides(rows) -> dict[str, Side]:
    out: dict[str, Side] = {}
    for x, iso, label, kind in rows:
        code = str(iso) if kind is not None and str(kind) == "state" else body_code(str(x))
        if code not in out or (label is not None and out[code].label == code):
            out[code] = Side(code, str(x), str(label) if label is not None else code, str(kind))
    return out


def resolve_side(sides: dict[str, Side], code: str) -> Side:
    """The side a code names (ISO codes in any case); an unknown code is a one-line error."""
    side = sides.get(code) or sides.get(code.upper()) or sides.get(code.lower())
    if side is None:
        states = ", ".join(sorted(c for c in sides if is_state(c))) or "none"
        raise InputError(f"unknown country or body code {code!r}; the store has {states}")
    return side


def ordered(a: str, b: str) -> Pair:
    return (a, b) if a < b else (b, a)


def count_pairs(
    facts: dict[str, MeetingFacts], sides: dict[str, frozenset[str]], period: Period, keep=None
) -> dict[Pair, PairCount]:
    """Meetings and documents per pair and month over ``facts``; ``keep(pair)`` selects pairs."""
    members: dict[tuple[Pair, str], set[str]] = defaultdict(set)
    for iri, m in facts.items():
        month = month_of(m)
        if month is None or not period.holds(min(str(d) for d in m.dates)):
            continue
        for pair in country_pairs(m, sides):
            if keep is None or keep(pair):
                members[(pair, month)].add(iri)
    out: dict[Pair, PairCount] = defaultdict(PairCount)
    for (pair, month), ms in members.items():
        documents = {str(d) for iri in ms for d in facts[iri].documents}
        out[pair].months[month] = [len(ms), len(documents)]
    return dict(out)


_SUMMARY_MONTHS = f"""SELECT ?c1 ?c2 ?mo ?n ?docs WHERE {{ $BIND GRAPH <{SUMMARY_GRAPH}> {{
  ?e dip:firstCountry ?c1 ; dip:secondCountry ?c2 ; a dip:CountryPairMonth ; dip:month ?mo ;
     dip:meetingCount ?n ; dip:documentCount ?docs }} }}"""


def summary_counts(store: Store, period: Period, pair: Pair | None = None) -> dict[Pair, PairCount]:
    """The states' pairs as the summary counts them (only when it is fresh: the caller checks)."""
    # one pair: its codes bound before the pattern (a FILTER after it read every pair's months: 0.15 s
    # against 0.05 s at 1M triples)
    bind = f'VALUES (?c1 ?c2) {{ ("{pair[0]}" "{pair[1]}") }}' if pair else ""
    out: dict[Pair, PairCount] = defaultdict(PairCount)
    for c1, c2, month, n, docs in store.query(_SUMMARY_MONTHS.replace("$BIND", bind)).rows:
        if period.holds_month(str(month)):
            out[(str(c1), str(c2))].months[str(month)] = [int(n), int(docs)]
    return dict(out)


def body_meetings(store: Store, bodies: set[str] | None = None) -> set[str]:
    """The meetings of persons who hold a post in a body (in ``bodies``, given as codes, or any)."""
    rows = store.query(f"SELECT ?x ?o WHERE {{ {_BODY_POST} }}").rows
    persons = {str(p) for p, o in rows if bodies is None or body_code(str(o)) in bodies}
    return {str(r[1]) for r in select_for(store, persons, "?x ?m", "?m dip:participant ?x")}


def dated_in(store: Store, period: Period) -> set[str]:
    """Meetings with a date in the period (a superset of those counted in it: the earliest date decides)."""
    pattern = period.date_pattern() or "?m dip:date ?d"
    return {str(r[0]) for r in store.query(f"SELECT DISTINCT ?m WHERE {{ {pattern} }}").rows}


def summary_usable(store: Store, period: Period) -> bool:
    from kg.ingest.summary import is_fresh

    return period.whole_months() and is_fresh(store)


def all_pair_counts(
    store: Store, period: Period, use_summary: bool | None = None
) -> tuple[dict[Pair, PairCount], str]:
    """Every pair's counts in the period, and where they were read ("summary" or "articles").
    ``use_summary`` None: the summary when usable; True/False force a path (tests compare them)."""
    if use_summary is None:
        use_summary = summary_usable(store, period)
    if not use_summary:
        if period == Period():
            return count_pairs(read_meetings(store), read_sides(store), period), "articles"
        facts = read_meetings(store, dated_in(store, period))  # a short period reads little
        sides = read_sides(store, {str(p) for m in facts.values() for p in m.participants})
        return count_pairs(facts, sides, period), "articles"
    counts = summary_counts(store, period)
    wanted = body_meetings(store)
    facts = read_meetings(store, wanted if period == Period() else wanted & dated_in(store, period))
    sides = read_sides(store, {str(p) for m in facts.values() for p in m.participants})
    with_body = count_pairs(facts, sides, period, keep=lambda p: not (is_state(p[0]) and is_state(p[1])))
    return {**counts, **with_body}, "summary"
