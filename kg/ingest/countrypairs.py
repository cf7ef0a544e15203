"""The summary's country-pair entries (topics, months), kept through the meetings they count.

An entry such as (BY, KZ, trade) counts thousands of meetings in a large store, so recomputing it
from the articles means reading every meeting with that topic. Instead the summary records which
entries each meeting is counted in (``<meeting> dip:countedIn <entry>``, in the summary graph). When
some meetings change, only they are read from the articles: their old memberships come from the
summary (exact, since it was fresh), their new ones from their facts; an entry's members are its
members in the summary less the changed meetings plus those that count in it now. A meeting's
memberships depend on its facts and on its participants' countries, so the caller passes every
meeting whose facts changed and every meeting of a person whose countries changed
(kg/ingest/summarykeys.py).
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable

from rdflib import Literal, URIRef
from rdflib.namespace import RDF, XSD

from kg.ingest.aggregates import (
    MeetingFacts,
    chunks,
    entry_iri,
    iris,
    objects_by_subject,
    read_countries,
    read_meetings,
)
from kg.rdf.ontology import DIP
from kg.store.base import SUMMARY_GRAPH, Store

Key = tuple[str, str, str, str]  # ("topic" or "month", country, country, topic code or YYYY-MM)


def country_pairs(m: MeetingFacts, countries: dict[str, frozenset[str]]) -> set[tuple[str, str]]:
    """(c1, c2), c1 < c2, of the countries of the meeting's participants (a person with posts in two
    countries pairs them alone: the canned query's ?a and ?b may be one person)."""
    codes = set().union(*(countries.get(str(p), frozenset()) for p in m.participants))
    return {(x, y) for x in codes for y in codes if x < y}


def month_of(m: MeetingFacts) -> str | None:
    """The month of a meeting's earliest date (ISO dates sort as text)."""
    return min(str(d) for d in m.dates)[:7] if m.dates else None


def memberships(m: MeetingFacts, countries: dict[str, frozenset[str]]) -> set[Key]:
    """The entries a meeting counts in: a topic entry per country pair and topic code, a month entry
    per country pair when it is dated."""
    pairs = country_pairs(m, countries)
    month = month_of(m)
    out = {("topic", c1, c2, t) for c1, c2 in pairs for t in m.topics}
    return out | ({("month", c1, c2, month) for c1, c2 in pairs} if month else set())


def entry_of(key: Key) -> URIRef:
    return entry_iri(key[0], key[1:])


def entry_triples(key: Key, members: set[str], documents: int) -> set[tuple]:
    kind, c1, c2, third = key
    e = entry_of(key)
    out = {(e, DIP.firstCountry, Literal(c1)), (e, DIP.secondCountry, Literal(c2))}
    out.add((e, DIP.meetingCount, Literal(len(members))))
    if kind == "topic":
        return out | {(e, RDF.type, DIP.CountryPairTopic), (e, DIP.topicCode, Literal(third))}
    out |= {(e, RDF.type, DIP.CountryPairMonth), (e, DIP.documentCount, Literal(documents))}
    return out | {(e, DIP.month, Literal(third, datatype=XSD.gYearMonth))}


def all_entries(meetings: dict[str, MeetingFacts], countries: dict[str, frozenset[str]]) -> set[tuple]:
    """Every country-pair entry and membership, from every meeting's facts."""
    members: dict[Key, set[str]] = defaultdict(set)
    for iri, m in meetings.items():
        for key in memberships(m, countries):
            members[key].add(iri)
    out: set[tuple] = set()
    for key, ms in members.items():
        docs = {d for iri in ms for d in meetings[iri].documents} if key[0] == "month" else set()
        out |= entry_triples(key, ms, len(docs))
        out |= {(URIRef(iri), DIP.countedIn, entry_of(key)) for iri in ms}
    return out


def _summary_rows(
    store: Store, select: str, variable: str, nodes: Iterable[str], pattern: str
) -> list[tuple]:
    rows: list[tuple] = []
    for chunk in chunks(nodes):
        rows += store.query(
            f"SELECT {select} WHERE {{ VALUES ?{variable} {{ {iris(chunk)} }} GRAPH <{SUMMARY_GRAPH}> {{ {pattern} }} }}"
        ).rows
    return rows


def _old_keys(store: Store, entries: set[str]) -> dict[str, Key]:
    """The keys of entries the summary has, read from their own triples."""
    out: dict[str, Key] = {}
    pattern = (
        "?e dip:firstCountry ?c1 ; dip:secondCountry ?c2 . "
        "OPTIONAL { ?e dip:topicCode ?t } OPTIONAL { ?e dip:month ?mo }"
    )
    for row in _summary_rows(store, "?e ?c1 ?c2 ?t ?mo", "e", entries, pattern):
        found = dict(zip(("e", "c1", "c2", "t", "mo"), row))
        kind, third = ("topic", found["t"]) if found.get("t") is not None else ("month", found.get("mo"))
        if third is not None:
            out[str(found["e"])] = (kind, str(found["c1"]), str(found["c2"]), str(third))
    return out


def changed_entries(store: Store, changed: set[str]) -> tuple[set[URIRef], set[tuple]]:
    """For meetings whose memberships may have changed: the entries to drop from the summary (with the
    changed meetings' memberships) and the triples to write instead."""
    facts = read_meetings(store, changed)
    countries = read_countries(store, {str(p) for m in facts.values() for p in m.participants})
    new = {iri: memberships(m, countries) for iri, m in facts.items()}
    old: dict[str, set[str]] = defaultdict(set)  # entry -> changed meetings counted in it before
    for m, e in store_memberships(store, changed):
        old[e].add(m)
    keys = {str(entry_of(k)): k for ks in new.values() for k in ks}
    keys.update({e: k for e, k in _old_keys(store, set(old) - set(keys)).items()})
    members: dict[str, set[str]] = defaultdict(set)
    for e, m in _summary_rows(store, "?e ?m", "e", keys, "?m dip:countedIn ?e"):
        if str(m) not in changed:
            members[str(e)].add(str(m))
    for iri, ks in new.items():
        for k in ks:
            members[str(entry_of(k))].add(iri)
    docs = _documents(store, {m for e, ms in members.items() if keys[e][0] == "month" for m in ms})
    out: set[tuple] = set()
    for e, key in keys.items():
        if members.get(e):
            count = len({d for m in members[e] for d in docs.get(m, ())}) if key[0] == "month" else 0
            out |= entry_triples(key, members[e], count)
    out |= {(URIRef(iri), DIP.countedIn, entry_of(k)) for iri, ks in new.items() for k in ks}
    return {URIRef(e) for e in keys}, out


def store_memberships(store: Store, meetings: Iterable[str]) -> list[tuple[str, str]]:
    """(meeting, entry) as the summary records them."""
    return [(str(m), str(e)) for m, e in _summary_rows(store, "?m ?e", "m", meetings, "?m dip:countedIn ?e")]


def _documents(store: Store, meetings: set[str]) -> dict[str, set[str]]:
    return objects_by_subject(store, meetings, DIP.produced)
