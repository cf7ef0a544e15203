"""Link entries of the summary graph (``dip:ActorLink``) and the update of persons' actor entries bounded
by what a run touched (issue 14, the hub's update).

An actor's ``met`` or ``signed`` links are one entry each, keyed by (actor, neighbour): a hub has
thousands, and an article touches a few. An update recomputes the links of the pairs of persons its
meetings touched (``met_links``) and a touched person's own entry from its meetings' dates and
documents alone (``person_records``): its degree is the weights of its links the run did not touch,
read back from the summary, plus those recomputed. Parties and countries are recomputed whole
(kg/ingest/actorsummary.py): their links are their documents'.

Which (person, neighbour) pairs a run touched: both take part in a meeting the run touched (or in a
meeting of a city whose label changed: the items name the city), or one of them is a node that may
have become or stopped being one (a person that gained or lost its only label or its type, a party of
a touched document); ``actor_keys`` gives them.
"""

from __future__ import annotations

import hashlib
import json
from collections import defaultdict
from itertools import permutations

from rdflib import Literal, URIRef

from kg.ingest.actorfacts import (
    LISTED,
    capped,
    first_country,
    meeting_facts,
    more,
    post_dates,
    post_rows,
    rows_for,
)
from kg.ingest.actorrecord import ActorRecord, Link, country_iri
from kg.ingest.aggregates import entry_iri, pair_meetings
from kg.rdf.ontology import DIP
from kg.store.base import SUMMARY_GRAPH

BUCKETS = 8  # link entries per actor at most: its links split by a digest of the neighbour


def bucket(partner: str) -> int:
    return hashlib.sha256(partner.encode("utf-8")).digest()[0] % BUCKETS


def link_iri(owner: str, partner: str) -> URIRef:
    """The entry holding the link of ``owner`` to ``partner`` (and its other links of that bucket)."""
    return entry_iri("links", (owner, str(bucket(partner))))


def link_entries(owner: str, partners: dict) -> set[tuple]:
    """The entries of an actor's links (``partners``: neighbour -> Link, every link of each bucket it
    names): per bucket the owner and JSON ``[[neighbour, weight, dates, items], …]`` by neighbour. No
    ``rdf:type``: ``dip:linkOf``'s domain says it is a ``dip:ActorLink``; every triple is a write and a
    delete of each rebuild (~10k a second)."""
    out: set[tuple] = set()
    a = URIRef(owner)
    split: dict[int, list] = defaultdict(list)
    for q, x in sorted(partners.items()):
        split[bucket(q)].append([q, x.weight, x.dates, x.items])
    for b, rows in split.items():
        e = entry_iri("links", (owner, str(b)))
        data = json.dumps(rows, ensure_ascii=False, separators=(",", ":"))
        out |= {(e, DIP.linkOf, a), (e, DIP.linkData, Literal(data))}
    return out


def pairs_of(groups) -> set[tuple[str, str]]:
    """Every ordered pair of two members of one group (a meeting's participants, a document's parties)."""
    return {(a, b) for g in groups for a, b in permutations(sorted(set(g)), 2)}


def met_links(store, pairs: set[tuple[str, str]], persons: set[str], nodes: set[str]) -> dict:
    """The ``met`` link of each (person, neighbour) of ``pairs`` (``persons``: the person nodes among
    their ends, ``nodes``: every node among them), as kg/ingest/actorsummary.py computes it; a pair
    without one is left out."""
    wanted = {(a, q) for a, q in pairs if a in persons and q in nodes}
    shared = pair_meetings(store, {tuple(sorted(p)) for p in wanted}) if wanted else set()
    facts = meeting_facts(store, shared) if shared else {}
    of: dict[str, list] = defaultdict(list)
    for m in sorted(facts.values(), key=lambda m: (m.date, m.iri), reverse=True):
        if m.kind:
            for p in m.participants:
                of[p].append(m)
    out = {}
    for a, q in wanted:
        ms = [m for m in of.get(a, ()) if q in m.participants]
        if ms:
            out[(a, q)] = Link(
                len(ms), sorted(m.date for m in ms if m.date), capped([m.describe() for m in ms])
            )
    return out


_STORED = f"""SELECT ?a ?j WHERE {{ $VALUES GRAPH <{SUMMARY_GRAPH}> {{
  ?e <{DIP.linkOf}> ?a ; <{DIP.linkData}> ?j }} }}"""


def stored_links(store, actors: set[str]) -> dict[str, dict[str, Link]]:
    """Each actor's links as the summary has them: neighbour -> Link."""
    out: dict[str, dict[str, Link]] = defaultdict(dict)
    for r in rows_for(store, _STORED, "a", actors):
        for q, weight, dates, items in json.loads(r["j"]):
            out[r["a"]][q] = Link(weight, dates, items)
    return out


_TAKEN = "SELECT ?x ?m WHERE { $VALUES ?m dip:participant ?x }"
_DATED = "SELECT ?m ?d WHERE { $VALUES ?m a dip:Meeting OPTIONAL { ?m dip:date ?d } }"
_PRODUCED = "SELECT ?d WHERE { $VALUES ?m dip:produced ?d }"


def person_records(store, persons: set[str], nations: set[str], links: dict, touched: set) -> dict:
    """The entries of these person nodes without reading their untouched links' meetings: their posts,
    meetings (dates for the order, facts of the latest listed), documents, and the degree from their
    links (``links``: the recomputed ones, ``touched``: every recomputed pair)."""
    taken: dict[str, set[str]] = defaultdict(set)
    for r in rows_for(store, _TAKEN, "x", persons):
        taken[r["x"]].add(r["m"])
    rows = post_rows(store, persons)
    dated: dict[str, str] = {}
    for r in rows_for(store, _DATED, "m", {m for ms in taken.values() for m in ms}):
        if r["m"] not in dated or (r.get("d") and (not dated[r["m"]] or r["d"] < dated[r["m"]])):
            dated[r["m"]] = r.get("d", "")
    order = {
        p: sorted((m for m in taken.get(p, ()) if m in dated), key=lambda m: (dated[m], m), reverse=True)
        for p in persons
    }
    facts = meeting_facts(store, {m for ms in order.values() for m in ms[:LISTED]})
    texts = _document_texts(store, {m for ms in order.values() for m in ms})
    dates: dict[str, dict[str, str]] = defaultdict(dict)
    for (q, post), on in post_dates(store, persons).items():
        dates[q][post] = on
    stored = stored_links(store, persons)
    out = {}
    for p in sorted(persons):
        if p not in taken and p not in rows:
            continue
        mine = order.get(p, [])
        rec = ActorRecord(p, "person", country=first_country(rows.get(p, [])), posts=rows.get(p, []))
        rec.meetings = len(mine)
        listed = [facts[m].describe() for m in mine[:LISTED]]
        rec.latest_meetings = listed + ([more(len(mine) - LISTED)] if len(mine) > LISTED else [])
        kept = {q: x for q, x in stored.get(p, {}).items() if (p, q) not in touched}
        rec.partners = {q: x for (a, q), x in links.items() if a == p}
        weights = {q: x.weight for q, x in kept.items()} | {q: x.weight for q, x in rec.partners.items()}
        rewritten = {bucket(q) for a, q in touched if a == p}  # their other links are written again
        rec.partners |= {q: x for q, x in kept.items() if bucket(q) in rewritten}
        posts = [r for r in rows.get(p, []) if r.get("iso") and country_iri(r["iso"]) in nations]
        rec.degree = sum(weights.values()) + len(posts)
        rec.neighbours = len(weights) + len({r["iso"] for r in posts})
        rec.documents = [t for m in mine for t in texts.get(m, ())]
        rec.post_dates = dates.get(p, {})
        out[p] = rec
    return out


_PRODUCED_TYPED = "SELECT ?m ?d WHERE { $VALUES ?m dip:produced ?d . ?d a dip:Document }"
_LABELS = "SELECT ?d ?l WHERE { $VALUES ?d rdfs:label ?l }"
_DATES = "SELECT ?m ?v WHERE { $VALUES ?m dip:date ?v }"


def _document_texts(store, meetings: set[str]) -> dict[str, list[str]]:
    """The texts of the documents each meeting produced, as ``document_rows`` gives them to it (a row
    per label and per date of the meeting, "" for none), read from these meetings only: a hub's
    documents' other producers and parties are not needed."""
    produced = rows_for(store, _PRODUCED_TYPED, "m", meetings)
    labels: dict[str, list[str]] = defaultdict(list)
    for r in rows_for(store, _LABELS, "d", {r["d"] for r in produced}):
        labels[r["d"]].append(r["l"])
    dates: dict[str, set[str]] = defaultdict(set)
    for r in rows_for(store, _DATES, "m", {r["m"] for r in produced}):
        dates[r["m"]].add(r["v"])
    out: dict[str, list[str]] = defaultdict(list)
    for r in produced:
        for label in sorted(set(labels.get(r["d"], ()))) or [""]:
            for date in sorted(dates.get(r["m"], ())) or [""]:
                out[r["m"]].append(f"{date} {label or 'документ'}".strip())
    return out
