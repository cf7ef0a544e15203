"""Actor entries of the summary graph (``dip:ActorDegree``): what `kg viz` needs of each actor of the
network so that it draws the most linked ones without reading the rest (issue 14).

One entry per node of the actor network (kg/network/actors.py): persons, the parties of documents,
countries. It holds the node's weighted degree in the whole network (``dip:actorDegree``, countries
``dip:countryDegree``: the drawing ranks the others by it and keeps every country), its number of
neighbours, its country code, and what the page lists without reading a hub's thousands of meetings:

- its ``met`` edges (persons) or ``signed`` edges (parties), each with every date and the first items
  the page lists: one ``dip:ActorLink`` entry per link (kg/ingest/actorlinks.py), so that an update
  rewrites only the links it touched;
- ``dip:meetingTotal`` / ``dip:latestMeetings`` (persons) and ``dip:documentTotal`` /
  ``dip:latestDocuments``: how many, and the latest texts as JSON (capped as on the page);
- ``dip:postDates`` (persons): JSON ``{post: latest statedOn}`` of its holdings.

Each is computed by ``actor_records`` from the same readers as the drawing (kg/ingest/actorfacts.py);
an actor's entry depends on its own meetings (their facts, participants and documents), posts,
holdings and documents, and on whether its neighbours are nodes; ``actor_keys`` says which actors a
run touched (kg/ingest/summarykeys.py calls it). Assumptions, as kg/rdf/mapping.py writes articles: the
parties of documents are organizations (not persons or states), and every article that refers to a
country types it ``dip:Country`` with its code, so country nodes come and go with what refers to them.
"""

from __future__ import annotations

import json
from collections import defaultdict

from rdflib import Literal, URIRef
from rdflib.namespace import RDF

from kg.ingest.actorfacts import (
    capped,
    document_rows,
    english_name,
    first_country,
    first_labels,
    latest_texts,
    meeting_facts,
    meetings_of,
    post_dates,
    post_rows,
    rows_for,
)
from kg.ingest.actorlinks import link_entries, met_links, pairs_of, person_records
from kg.ingest.actorrecord import ActorRecord, Link, country_iri
from kg.ingest.aggregates import entry_iri
from kg.rdf.ontology import DIP
from kg.rdf.searchkeys import search_key
from kg.store.base import SUMMARY_GRAPH, select_text


def _countries(store) -> set[str]:
    return {r["x"] for r in select_text(store, "SELECT ?x WHERE { ?x a dip:Country }")}


_PERSON_NODES = "SELECT DISTINCT ?x WHERE { $VALUES ?x a dip:Person ; rdfs:label ?l }"
_PARTIES = "SELECT DISTINCT ?x WHERE { $VALUES ?d dip:party ?x }"


def _nodes(store, candidates: set[str] | None) -> tuple[set[str], set[str]]:
    """(typed and labelled persons, parties) among ``candidates`` (None: all)."""
    persons = {r["x"] for r in rows_for(store, _PERSON_NODES, "x", candidates)}
    return persons, {r["x"] for r in rows_for(store, _PARTIES, "x", candidates)}


def actor_records(
    store, persons: set[str] | None = None, parties: set[str] | None = None, countries: set[str] | None = None
) -> dict[str, ActorRecord]:
    """The records of these actors (None: every actor of that kind); an actor that is no node (a person
    without label, meeting or post; a party or country with no link) gets none."""
    nations = _countries(store)
    out = {} if persons == set() else _person_records(store, persons, nations)
    everyone = {p for p, r in out.items() if r.kind == "person"} if persons is None else None
    if parties != set():
        out.update(_party_records(store, parties, nations))
    out.update(_country_records(store, countries, nations, everyone))
    labels = first_labels(store, None if persons is None else set(out))
    for iri, rec in out.items():
        rec.label = labels.get(iri, "")
    return out


def actor_candidates(store) -> tuple[list[str], list[str]]:
    """Every labelled person and every party of a document: the actors a rebuild computes, a batch at
    a time (those that are no node get no record)."""
    persons, parties = _nodes(store, None)
    return sorted(persons), sorted(parties)


def _person_records(store, persons: set[str] | None, nations: set[str]) -> dict[str, ActorRecord]:
    rows = post_rows(store, persons)
    taken = meetings_of(store, persons)
    wanted = None if persons is None else {m for ms in taken.values() for m in ms}
    facts = meeting_facts(store, wanted)
    partners = None if persons is None else {p for m in facts.values() for p in m.participants}
    named, parties = _nodes(store, None if persons is None else partners | set(persons))
    nodes = named | parties | nations
    candidates = set(rows) | set(taken) if persons is None else set(persons)
    produced = _produced(store, {m for m in facts} if wanted is not None else None)
    dates: dict[str, dict[str, str]] = defaultdict(dict)
    for (q, post), on in post_dates(store, None if persons is None else candidates).items():
        dates[q][post] = on
    out = {}
    for p in sorted(candidates & named):
        if p not in taken and p not in rows:
            continue  # neither a post nor a meeting: not drawn
        mine = sorted((facts[m] for m in taken.get(p, ()) if m in facts), key=lambda m: (m.date, m.iri))
        mine.reverse()
        rec = ActorRecord(p, "person", country=first_country(rows.get(p, [])), posts=rows.get(p, []))
        rec.meetings, rec.latest_meetings = len(mine), capped([m.describe() for m in mine])
        shared: dict[str, list] = defaultdict(list)
        for m in mine:
            for q in m.participants if m.kind else ():
                if q != p and q in nodes:
                    shared[q].append(m)
        rec.partners = {
            q: Link(len(ms), sorted(m.date for m in ms if m.date), capped([m.describe() for m in ms]))
            for q, ms in shared.items()
        }
        posts = [r for r in rows.get(p, []) if r.get("iso") and country_iri(r["iso"]) in nations]
        rec.degree = sum(x.weight for x in rec.partners.values()) + len(posts)
        rec.neighbours = len(rec.partners) + len({r["iso"] for r in posts})
        rec.documents = [t for m in mine for t in produced.get(m.iri, ())]
        rec.post_dates = dates.get(p, {})
        out[p] = rec
    return out


def _produced(store, meetings: set[str] | None) -> dict[str, list[str]]:
    """The texts of the documents each meeting produced (the rows of that meeting's date)."""
    if meetings is None:
        docs = None
    else:
        found = rows_for(store, "SELECT ?d WHERE { $VALUES ?m dip:produced ?d }", "m", meetings)
        docs = {r["d"] for r in found}
    out: dict[str, list[str]] = defaultdict(list)
    for row in document_rows(store, docs) if docs is None or docs else ():
        for m in row.meetings:
            out[m].append(row.text)
    return out


def _signed(rows) -> dict[str, dict[str, Link]]:
    """Each party's ``signed`` links, and (under "") nothing else: as the drawing adds them."""
    links: dict[str, dict[str, Link]] = defaultdict(dict)
    for row in rows:
        for a in row.parties:
            for b in row.parties:
                if a == b:
                    continue
                link = links[a].setdefault(b, Link())
                link.weight += 1
                if row.date:
                    link.dates.append(row.date)
                if row.text not in link.items:
                    link.items.append(row.text)
    for mine in links.values():
        for link in mine.values():
            link.dates.sort()
            link.items = latest_texts(link.items)
    return links


def _party_rows(store, parties: set[str] | None):
    if parties is None:
        return document_rows(store, None)
    docs = {r["d"] for r in rows_for(store, "SELECT ?d WHERE { $VALUES ?d dip:party ?x }", "x", parties)}
    return document_rows(store, docs) if docs else []


_ISO = "SELECT ?x ?iso WHERE { $VALUES ?x dip:country/dip:isoCode ?iso }"


def _party_records(store, parties: set[str] | None, nations: set[str]) -> dict[str, ActorRecord]:
    rows = _party_rows(store, parties)
    links = _signed(rows)
    texts: dict[str, list[str]] = defaultdict(list)
    for row in rows:
        for o in row.parties:
            texts[o].append(row.text)
    every = {o for row in rows for o in row.parties}
    wanted = (every if parties is None else set(parties) & every) - nations
    isos: dict[str, set[str]] = defaultdict(set)
    for r in rows_for(store, _ISO, "x", wanted):
        isos[r["x"]].add(r["iso"])
    out = {}
    for o in sorted(wanted):
        iso = min(isos.get(o, ()), default="")
        located = 1 if iso and country_iri(iso) in nations else 0
        rec = ActorRecord(o, "organization", country=iso, partners=links.get(o, {}))
        rec.degree = sum(x.weight for x in rec.partners.values()) + located
        rec.neighbours = len(rec.partners) + located
        rec.documents = texts.get(o, [])
        if rec.degree:
            out[o] = rec
    return out


_HOLDERS = """SELECT DISTINCT ?p WHERE { $VALUES ?org dip:country/dip:isoCode ?iso .
  ?post dip:postIn ?org . ?p dip:holdsPost ?post }"""
_LOCATED = """SELECT DISTINCT ?x WHERE { $VALUES ?x dip:country/dip:isoCode ?iso . ?d dip:party ?x }"""


def _country_records(
    store, countries: set[str] | None, nations: set[str], persons: set[str] | None
) -> dict[str, ActorRecord]:
    """Countries: their holders' post rows there, the parties located there, their own ``signed`` links.
    ``persons``: every person node (a rebuild), else the holders are read."""
    wanted = nations if countries is None else set(countries) & nations
    if not wanted:
        return {}
    codes = {c.rsplit("/", 1)[-1]: c for c in wanted}
    block = "VALUES ?iso { " + " ".join(json.dumps(code) for code in sorted(codes)) + " }"
    if persons is None:
        holders = {r["p"] for r in select_text(store, _HOLDERS.replace("$VALUES", block))}
        named, _ = _nodes(store, holders)
        rows = {p: r for p, r in post_rows(store, holders).items() if p in named}
    else:
        rows = {p: r for p, r in post_rows(store, None).items() if p in persons}
    located = {r["x"] for r in select_text(store, _LOCATED.replace("$VALUES", block))} - nations
    isos: dict[str, set[str]] = defaultdict(set)
    for r in rows_for(store, _ISO, "x", located):
        isos[r["x"]].add(r["iso"])
    links = _signed(_party_rows(store, set(wanted)))
    out = {}
    own: dict[str, set[str]] = defaultdict(set)
    for r in rows_for(store, "SELECT ?x ?iso WHERE { $VALUES ?x dip:isoCode ?iso }", "x", wanted):
        own[r["x"]].add(r["iso"])
    for code, c in sorted(codes.items()):
        rec = ActorRecord(c, "country", country=code, partners=links.get(c, {}))
        rec.iso = min(own.get(c, ()), default="")
        holds = [p for p, rs in rows.items() for r in rs if r.get("iso") == code]
        orgs = [o for o in located if min(isos.get(o, ()), default="") == code]
        rec.degree = sum(x.weight for x in rec.partners.values()) + len(holds) + len(orgs)
        rec.neighbours = len(rec.partners) + len(set(holds)) + len(orgs)
        if rec.degree:
            out[c] = rec
    return out


def actor_entries(records: dict[str, ActorRecord]) -> set[tuple]:
    """The summary triples of these records: the figures the drawing scans as properties of their own,
    the rest as one JSON literal (``dip:actorData``), each link an entry of its own (kg/ingest/actorlinks.py)."""
    out: set[tuple] = set()
    for iri, rec in records.items():
        e = entry_iri("actor", (iri,))
        degree = DIP.countryDegree if rec.kind == "country" else DIP.actorDegree
        out |= {(e, RDF.type, DIP.ActorDegree), (e, DIP.actorOf, URIRef(iri))}
        out |= {(e, degree, Literal(rec.degree)), (e, DIP.actorData, _json(_data(rec)))}
        if rec.country and rec.kind != "country":
            out.add((e, DIP.actorCountry, Literal(rec.country)))
        out |= link_entries(iri, rec.partners)
    return out


def _data(rec: ActorRecord) -> dict:
    en = rec.iri.rsplit("/", 1)[-1] if rec.kind == "country" else english_name(rec.iri)
    label = rec.label or en
    iso = rec.country if rec.kind == "organization" else rec.iso  # a person's comes with its posts
    data: dict = {"kind": rec.kind, "label": label, "key": rec.key or search_key(label, en), "iso": iso}
    data["neighbours"] = rec.neighbours
    if rec.kind == "person":
        data |= {"posts": rec.posts, "postDates": rec.post_dates}
        if rec.meetings:
            data |= {"meetings": rec.meetings, "latestMeetings": rec.latest_meetings}
    if rec.documents:
        data |= {"documents": len(set(rec.documents)), "latestDocuments": latest_texts(rec.documents)}
    return data


def _json(value) -> Literal:
    return Literal(json.dumps(value, ensure_ascii=False, separators=(",", ":"), sort_keys=True))


def actor_entry_iris(actors) -> set[URIRef]:
    return {entry_iri("actor", (a,)) for a in actors}


def _objects(content: set[tuple], predicate) -> set[str]:
    return {str(o) for _, p, o in content if p == predicate}


def _subjects(content: set[tuple], predicate, obj=None) -> set[str]:
    return {str(s) for s, p, o in content if p == predicate and (obj is None or o == obj)}


def _select(store, nodes: set[str], select: str, where: str) -> set[str]:
    return {
        r[select]
        for r in rows_for(store, f"SELECT DISTINCT ?{select} WHERE {{ $VALUES {where} }}", "x", nodes)
    }


def actor_keys(
    store,
    content: set[tuple],
    meetings: dict[str, set[str]],
    rows: dict[str, tuple[list, list]],
    seated: set[str],
    relabelled: set[str],
    unnamed: set[str],
) -> tuple[set[str], set[str], set[tuple[str, str]]]:
    """The actors whose entries a run may have changed, the country codes and the (person, neighbour)
    pairs whose links it may have changed (kg/ingest/actorlinks.py) (see the module doc of
    kg/ingest/summarykeys.py): the participants of its touched meetings (``meetings``: each one's
    participants now and in ``content``), the persons whose post rows changed (``rows``: before and
    after), the organizations whose countries changed (``seated``), the holders of its holdings, the
    parties and the producers' participants of its documents, what hangs on a node whose labels changed
    (the holders of an organization's posts, a document's, a city's meetings), the partners of a person
    who gained or lost its only label or type (``unnamed``: it became or stopped being a node). The
    countries: those of changed post rows, of moved seats, of persons in ``unnamed`` and of holders of
    relabelled bodies (``update_summary`` adds those of parties that became or stopped being nodes)."""
    actors = {p for ps in meetings.values() for p in ps} | set(rows) | seated
    actors |= _objects(content, DIP.holder)
    holdings = _subjects(content, DIP.heldPost) | _subjects(content, DIP.statedOn)
    actors |= _select(store, holdings, "p", "?x dip:holder ?p")
    docs = _subjects(content, DIP.party) | _objects(content, DIP.produced)
    docs |= _subjects(content, RDF.type, DIP.Document) | relabelled
    docs |= _select(store, set(meetings), "d", "?x dip:produced ?d")
    producers = _subjects(content, DIP.produced) | _select(store, docs, "m", "?m dip:produced ?x")
    cities = _select(store, relabelled, "m", "?m dip:city ?x")
    producers |= cities
    actors |= _objects(content, DIP.party) | _select(store, docs, "o", "?x dip:party ?o")
    actors |= _select(store, producers, "p", "?x dip:participant ?p")
    holders = _select(store, relabelled, "p", "?post dip:postIn ?x . ?p dip:holdsPost ?post")
    parties = _objects(content, DIP.party) | _select(store, docs, "o", "?x dip:party ?o")
    pairs = _touched_pairs(store, list(meetings.values()), cities, unnamed | parties)
    partners = {p for pair in pairs for p in pair}
    actors |= holders | partners | relabelled | unnamed
    codes = {r.get("iso", "") for old, new in rows.values() for r in old + new}
    codes |= {r["iso"] for r in rows_for(store, _ISO, "x", seated)}
    codes |= {r["iso"] for r in rows_for(store, _PERSON_ISO, "x", holders | unnamed)}
    codes |= {o.rsplit("/", 1)[-1] for s, p, o in content if p == DIP.country and str(s) in seated}
    return actors, codes - {""}, pairs


_TOGETHER = "SELECT ?x ?p WHERE { $VALUES ?m dip:participant ?x , ?p FILTER (?x != ?p) }"


def _touched_pairs(store, groups: list, cities: set[str], status: set[str]) -> set[tuple[str, str]]:
    """The (person, neighbour) pairs whose ``met`` links may have changed: two participants of a touched
    meeting (``groups``: each one's participants now and before) or of a meeting in ``cities`` (of a
    relabelled city: the items name it), or a node of ``status`` (it may
    have become or stopped being one) with anyone it takes part in a meeting with."""
    by: dict[str, set[str]] = defaultdict(set)
    for r in rows_for(store, "SELECT ?m ?p WHERE { $VALUES ?m dip:participant ?p }", "m", cities):
        by[r["m"]].add(r["p"])
    pairs = pairs_of(list(groups) + list(by.values()))
    for r in rows_for(store, _TOGETHER, "x", status):
        pairs |= {(r["x"], r["p"]), (r["p"], r["x"])}
    return pairs


def read_countries_of(store, bodies: set[str]) -> dict[str, set[str]]:
    """Each organization's country codes (``dip:country/dip:isoCode``)."""
    out: dict[str, set[str]] = defaultdict(set)
    for r in rows_for(store, _ISO, "x", bodies):
        out[r["x"]].add(r["iso"])
    return out


_OLD = f"""SELECT ?a ?c WHERE {{ $VALUES GRAPH <{SUMMARY_GRAPH}> {{ ?e dip:actorOf ?a
  OPTIONAL {{ ?e dip:actorCountry ?c }} }} }}"""


def changed_records(
    store, actors: set[str], codes: set[str], pairs: set[tuple[str, str]]
) -> tuple[dict[str, ActorRecord], set[str], set[str]]:
    """The records of these actors and of the countries of these codes, with the countries of parties
    that became or stopped being nodes or moved (read from their entries before the update); every
    actor recomputed (those left without a record lose their entry); and those whose every link is
    rewritten (all but persons: only a person's links of ``pairs`` are recomputed, in its ``partners``)."""
    records = _bounded(store, actors, pairs)
    entries = {str(entry_iri("actor", (a,))): a for a in actors}
    before = {r["a"]: r.get("c", "") for r in rows_for(store, _OLD, "e", entries)}
    for a in actors:
        new = records.get(a)
        if (a in before) != (new is not None) or (
            new and new.kind == "organization" and new.country != before[a]
        ):
            codes |= {before.get(a, ""), new.country if new else ""}
    countries = {country_iri(c) for c in codes - {""}} | actors
    records.update(actor_records(store, set(), set(), countries))
    _known_keys(store, records)
    persons = {a for a, r in records.items() if r.kind == "person"}
    return records, actors | countries, (actors | countries) - persons


_DATA = f"SELECT ?a ?j WHERE {{ $VALUES GRAPH <{SUMMARY_GRAPH}> {{ ?e dip:actorOf ?a ; dip:actorData ?j }} }}"


def _known_keys(store, records: dict[str, ActorRecord]) -> None:
    """Give records whose label their entry already has that entry's search key: the key is a function
    of the label (and of the IRI), and computing one loads pymorphy3 (0.3-0.6 s of every update)."""
    entries = {str(entry_iri("actor", (a,))): a for a in records}
    for r in rows_for(store, _DATA, "e", entries):
        old, rec = json.loads(r["j"]), records.get(r["a"])
        if rec is not None and old.get("label") == (rec.label or None) and old.get("key"):
            rec.key = old["key"]


def _bounded(store, actors: set[str], pairs: set[tuple[str, str]]) -> dict[str, ActorRecord]:
    """The persons' records from their recomputed links and their entries' other facts, the parties'
    whole (their links are their documents')."""
    nations = _countries(store)
    named, parties = _nodes(store, actors | {q for _, q in pairs})
    links = met_links(store, pairs, named, named | parties | nations)
    out = person_records(store, actors & named, nations, links, pairs)
    labels = first_labels(store, set(out))
    for iri, rec in out.items():
        rec.label = labels.get(iri, "")
    out.update(actor_records(store, set(), actors, set()))
    return out


_PERSON_ISO = "SELECT ?iso WHERE { $VALUES ?x dip:holdsPost/dip:postIn/dip:country/dip:isoCode ?iso }"
