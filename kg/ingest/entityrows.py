"""Rows of the per-entity canned queries, kept in the summary graph so that one entity's answer reads its
own rows (issue 14): a person's posts, a speaker's quotes, a person's meetings, a post's holders on a date.

At ten million triples these questions joined the entity to everything around it from the articles
(one speaker's quotes 1.45 s: the OPTIONAL to the meeting kind ran over every quote of the store; a past
date's holder 949 ms: every statement of the post read twice). Each row here is what the canned query
gives, ready to print, found by the value the user asks about (a label, a post) through one index scan:

- ``posts-of-person``: per solution of its pattern (person, label, post, role concept and code, body and
  its label, country node and code), a row (``dip:postRowOf`` the person) with the label, the role code,
  the body's label and the ISO code; the hidden nodes are part of the row's key, so the rows come with the
  canned query's multiplicity;
- ``quotes-by-speaker``: per solution (quote, speaker node, label, text, meeting, kind concept and code), a
  row (``dip:quoteRowOf`` the quote) with the label, the text and the kind code;
- ``meetings-of-person``: per meeting and label of a participant, a row per (kind, date, country, city)
  the canned query groups by, with the other participants' labels (``dip:meetingRowWith``: as its
  GROUP_CONCAT DISTINCT, sorted here since the engine's order is its own; absent when there are none; a
  language when all share one, as Oxigraph gives it);
- ``who-held-post-on-date``: per post and statement date, the holdings stating it (``dip:DatedHolding``),
  and ``<post> dip:statedDay <date>`` so that the latest date on or before a given one is found by a scan
  of the post's dates alone; holders and articles are joined live, as the canned query joins them.

Each kind of row is a function of the union that names its key (person, quote, meeting, post and date);
``row_keys`` finds the keys a run may have changed (see there), ``row_entries`` computes their rows.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Iterator
from itertools import product

from rdflib import Literal, URIRef
from rdflib.namespace import RDF
from rdflib.term import Node

from kg.ingest.aggregates import RowKeys, chunks, entry_iri, iris, read_labels, select_for
from kg.rdf.ontology import DIP
from kg.store.base import SUMMARY_GRAPH, Store

# the property naming each kind of row's key: one per row, so a rebuild counts rows by it
ROW_OF = (DIP.postRowOf, DIP.quoteRowOf, DIP.meetingRowOf, DIP.datedOf)
MEETINGS_AT_ONCE = 20_000  # meetings whose rows a rebuild computes and writes together


def _key(*terms: Node | None) -> tuple[str, ...]:
    return tuple("" if t is None else t.n3() for t in terms)


def _sets(store: Store) -> Store:
    """The store to read rows from. A server whose default graph is the union of its named graphs repeats
    a triple once per graph that states it, so a row's join multiplies by the articles behind each of its
    patterns (a person told by ten articles: 10^8 rows); there, a copy of the distinct triples in memory is
    read instead (slow on a big store: such servers are better run without the union, kg/store/remote.py)."""
    if not getattr(store, "union_default", False):
        return store
    from kg.store.oxigraph import OxigraphStore

    copy = OxigraphStore(None)
    copy.replace_graphs({URIRef("urn:igkg:union-copy"): store.union()})
    return copy


def _rows(store: Store, query: str, variable: str, nodes: Iterable | None) -> list[tuple]:
    """The rows of ``query`` (``$VALUES`` in it) over ``nodes`` a chunk at a time (None: the whole store).
    The queries are DISTINCT: a server whose default graph is the union of the named graphs repeats a
    triple once per graph that states it, and a row's key already carries what the canned query counts."""
    store = _sets(store)
    if nodes is None:
        return store.query(query.replace("$VALUES", "")).rows
    return [
        row
        for chunk in chunks({str(n) for n in nodes})
        for row in store.query(query.replace("$VALUES", f"VALUES ?{variable} {{ {iris(chunk)} }}")).rows
    ]


# ------------------------------------------------------------------ posts-of-person

_POSTS = """SELECT DISTINCT ?p ?person ?post ?r ?role ?org ?organization ?c ?country WHERE { $VALUES
  ?p a dip:Person ; rdfs:label ?person ; dip:holdsPost ?post .
  ?post dip:role ?r ; dip:postIn ?org . ?r skos:notation ?role . ?org rdfs:label ?organization .
  OPTIONAL { ?org dip:country ?c . ?c dip:isoCode ?country } }"""


def post_rows(store: Store, persons: Iterable[str] | None) -> set[tuple]:
    """The posts-of-person rows of these persons (None: every person)."""
    out: set[tuple] = set()
    for p, person, post, r, role, org, organization, c, country in _rows(store, _POSTS, "p", persons):
        e = entry_iri("postrow", _key(p, person, post, r, role, org, organization, c, country))
        out |= {(e, DIP.postRowOf, p), (e, DIP.postRowPerson, person), (e, DIP.postRowRole, role)}
        out.add((e, DIP.postRowOrganization, organization))
        if country is not None:
            out.add((e, DIP.postRowCountry, country))
    return out


# ------------------------------------------------------------------ quotes-by-speaker

_QUOTES = """SELECT DISTINCT ?q ?s ?speaker ?text ?m ?kc ?kind WHERE { $VALUES
  ?q a dip:Quote ; dip:speaker ?s ; dip:text ?text . ?s rdfs:label ?speaker .
  OPTIONAL { ?q dip:saidAt ?m . ?m dip:kind ?kc . ?kc skos:notation ?kind } }"""


def quote_rows(store: Store, quotes: Iterable[str] | None) -> set[tuple]:
    """The quotes-by-speaker rows of these quotes (None: every quote)."""
    out: set[tuple] = set()
    for q, s, speaker, text, m, kc, kind in _rows(store, _QUOTES, "q", quotes):
        e = entry_iri("quoterow", _key(q, s, speaker, text, m, kc, kind))
        out |= {(e, DIP.quoteRowOf, q), (e, DIP.quoteRowSpeaker, speaker), (e, DIP.quoteRowText, text)}
        if kind is not None:
            out.add((e, DIP.quoteRowKind, kind))
    return out


# ------------------------------------------------------------------ meetings-of-person

_FACTS = {  # what the canned query groups a meeting's rows by, one plain pattern each
    "kinds": "?m dip:kind ?x . ?x skos:notation ?v",
    "dates": "?m dip:date ?v",
    "countries": "?m dip:heldIn ?x . ?x dip:isoCode ?v",
    "cities": "?m dip:city ?x . ?x rdfs:label ?v",
    "participants": "?m dip:participant ?v",
}


def _meeting_facts(store: Store, meetings: list[str]) -> dict[str, dict[str, set]]:
    facts: dict[str, dict[str, set]] = {}
    for row in _rows(store, "SELECT DISTINCT ?m WHERE { $VALUES ?m a dip:Meeting }", "m", meetings):
        facts[str(row[0])] = defaultdict(set)
    for name, pattern in _FACTS.items():
        for m, v in _rows(store, f"SELECT DISTINCT ?m ?v WHERE {{ $VALUES {pattern} }}", "m", list(facts)):
            facts[str(m)][name].add(v)
    return facts


def _together(labels: dict[str, set[Node]], name: Node, participants: set) -> Literal | None:
    """What the canned query's GROUP_CONCAT(DISTINCT ?otherName) gives for the participants called
    ``name``: the labels of the others of each (sorted; None when there are none)."""
    named = {p for p in participants if name in labels.get(str(p), ())}
    others = {x for p in named for o in participants if o != p for x in labels.get(str(o), ())}
    if not others:
        return None
    text = ", ".join(str(x) for x in sorted(others, key=lambda x: (str(x), x.n3())))
    languages = {x.language for x in others if isinstance(x, Literal)}
    one = next(iter(languages)) if len(languages) == 1 else None
    return Literal(text, lang=one) if one else Literal(text)


def meeting_rows(store: Store, meetings: Iterable[str]) -> set[tuple]:
    """The meetings-of-person rows of these meetings, for every label of their participants."""
    facts = _meeting_facts(store, sorted({str(m) for m in meetings}))
    labels = read_labels(store, {p for f in facts.values() for p in f["participants"]})
    out: set[tuple] = set()
    for m, f in facts.items():
        # the canned query's groups: every kind, and every date, country and city or none (its OPTIONALs)
        groups = list(
            product(f["kinds"], f["dates"] or {None}, f["countries"] or {None}, f["cities"] or {None})
        )
        for name in {x for p in f["participants"] for x in labels.get(str(p), ())}:
            together = _together(labels, name, f["participants"])
            for kind, date, country, city in groups:
                e = entry_iri("meetingrow", (m, *_key(name, kind, date, country, city)))
                out |= {(e, DIP.meetingRowOf, URIRef(m)), (e, DIP.meetingRowName, name)}
                out.add((e, DIP.meetingRowKind, kind))
                values = ((DIP.meetingRowDate, date), (DIP.meetingRowCountry, country))
                values += ((DIP.meetingRowCity, city), (DIP.meetingRowWith, together))
                out |= {(e, p, v) for p, v in values if v is not None}
    return out


def every_meeting(store: Store) -> list[str]:
    return [str(r[0]) for r in _sets(store).query("SELECT DISTINCT ?m WHERE { ?m a dip:Meeting }").rows]


# ------------------------------------------------------------------ who-held-post-on-date

_DATED = "SELECT DISTINCT ?post ?d ?h WHERE { $VALUES ?h dip:heldPost ?post ; dip:statedOn ?d }"


def dated_entries(store: Store, keys: set[tuple[str, Node]] | None) -> set[tuple]:
    """Per (post, statement date) of ``keys`` (None: all), the holdings stating it."""
    store = _sets(store)
    if keys is None:
        rows = store.query(_DATED.replace("$VALUES", "")).rows
    else:
        rows = []
        for chunk in _dated_chunks(keys):
            cells = " ".join(f"(<{post}> {d.n3()})" for post, d in chunk)
            rows += store.query(_DATED.replace("$VALUES", f"VALUES (?post ?d) {{ {cells} }}")).rows
    out: set[tuple] = set()
    for post, d, h in rows:
        e = dated_iri(str(post), d)
        out |= {(e, DIP.datedOf, post), (e, DIP.datedOn, d), (e, DIP.datedHolding, h)}
        out.add((post, DIP.statedDay, d))
    return out


def _dated_chunks(keys: set[tuple[str, Node]], size: int = 500) -> Iterator[list[tuple[str, Node]]]:
    """Chunks of (post, date) keys (sorted by text: dates of two datatypes do not compare)."""
    items = sorted(keys, key=lambda k: (k[0], k[1].n3()))
    for start in range(0, len(items), size):
        yield items[start : start + size]


def dated_iri(post: str, d: Node) -> URIRef:
    return entry_iri("dated", (post, d.n3()))


# ------------------------------------------------------------------ all rows, and those of some keys


def all_rows(store: Store) -> Iterator[set[tuple]]:
    """Every row of the four kinds, a part at a time (a rebuild)."""
    yield post_rows(store, None)
    yield quote_rows(store, None)
    yield dated_entries(store, None)
    for chunk in chunks(every_meeting(store), MEETINGS_AT_ONCE):
        yield meeting_rows(store, chunk)


def row_entries(store: Store, keys: RowKeys) -> set[tuple]:
    """The rows of ``keys`` as the store has them now."""
    out = post_rows(store, keys.persons) if keys.persons else set()
    out |= quote_rows(store, keys.quotes) if keys.quotes else set()
    out |= meeting_rows(store, keys.meetings) if keys.meetings else set()
    return out | (dated_entries(store, keys.dated) if keys.dated else set())


def kept_rows(store: Store, keys: RowKeys) -> set[tuple]:
    """The summary's triples of the rows of ``keys`` as they are (an update writes only what differs: a
    hub's new label changes the other names of every row of its meetings, one triple each, and the
    summary is written at ~10–15k triples a second)."""
    out: set[tuple] = set()
    for prop, nodes in (
        (DIP.postRowOf, keys.persons),
        (DIP.quoteRowOf, keys.quotes),
        (DIP.meetingRowOf, keys.meetings),
    ):
        where = f"GRAPH <{SUMMARY_GRAPH}> {{ ?s <{prop}> ?x ; ?p ?o }}"
        out |= {tuple(r) for r in select_for(store, nodes, "?s ?p ?o", where)}
    entries = {dated_iri(post, d) for post, d in keys.dated}
    out |= {
        tuple(r) for r in select_for(store, entries, "?x ?p ?o", f"GRAPH <{SUMMARY_GRAPH}> {{ ?x ?p ?o }}")
    }
    for chunk in _dated_chunks(keys.dated):
        cells = " ".join(f"(<{post}> {d.n3()})" for post, d in chunk)
        where = f"VALUES (?post ?d) {{ {cells} }} GRAPH <{SUMMARY_GRAPH}> {{ ?post dip:statedDay ?d }}"
        out |= {
            (post, DIP.statedDay, d) for post, d in store.query(f"SELECT ?post ?d WHERE {{ {where} }}").rows
        }
    return out


# ------------------------------------------------------------------ the keys a run touched


def _subjects(content: set[tuple], *predicates: URIRef) -> set[str]:
    return {str(s) for s, p, _ in content if p in predicates}


def row_keys(
    store: Store,
    content: set[tuple],
    touched: Iterable[str],
    changed_posts: Iterable[str],
    relabelled: set[str],
    unnamed: set[str],
) -> RowKeys:
    """The keys whose rows a run may have changed, from its noted triples ``content`` (the module doc of
    kg/ingest/summarykeys.py says why these are complete): ``touched``, the meetings with a fact in it;
    ``changed_posts``, the persons whose post rows (kg/ingest/actorfacts.py: posts, roles, bodies' labels
    as text and countries) changed; ``relabelled``, nodes whose labels changed; ``unnamed``, persons that
    gained or lost all labels or their type.

    - a person's rows: its type, labels and posts (changed_posts, relabelled, unnamed), a body's label
      (its holders: a label's language is not in the post rows' text);
    - a quote's rows: its own facts (type, speaker, text, place: a subject in ``content``), its speaker's
      labels, its meeting's kind (a touched meeting);
    - a meeting's rows: its facts (touched), the labels of its participants and of its city;
    - a (post, date): a holding that gained or lost that post or date (both in ``content`` or as the
      store has them now). Codes (skos:notation, dip:isoCode) are taken as fixed, as for the pairs."""
    keys = RowKeys(persons=set(changed_posts) | relabelled | unnamed)
    keys.persons |= {
        str(r[0]) for r in select_for(store, relabelled, "?p", "?post dip:postIn ?x . ?p dip:holdsPost ?post")
    }
    keys.quotes = _subjects(content, DIP.speaker, DIP.text, DIP.saidAt)
    keys.quotes |= {str(s) for s, p, o in content if p == RDF.type and o == DIP.Quote}
    keys.quotes |= _linked(store, set(touched), "?q dip:saidAt ?x")
    keys.quotes |= _linked(store, relabelled, "?q dip:speaker ?x")
    keys.meetings = set(touched) | _linked(store, relabelled, "?m dip:participant ?x")
    keys.meetings |= _linked(store, relabelled, "?m dip:city ?x")
    keys.dated = _dated_keys(store, content)
    return keys


def _linked(store: Store, nodes: set[str], pattern: str) -> set[str]:
    """The nodes that ``pattern`` (one plain pattern: a UNION beside VALUES scans the store) links to ``?x``."""
    return {str(r[0]) for r in select_for(store, nodes, "DISTINCT " + pattern.split()[0], pattern)}


def _dated_keys(store: Store, content: set[tuple]) -> set[tuple[str, Node]]:
    """(post, date) of each holding with a noted post or date: every post and date it has now or had in
    ``content`` (an entry gains or loses a holding only when one of the two triples came or went)."""
    holdings = _subjects(content, DIP.heldPost, DIP.statedOn)
    posts: dict[str, set[str]] = defaultdict(set)
    dates: dict[str, set[Node]] = defaultdict(set)
    for s, p, o in content:
        if p == DIP.heldPost:
            posts[str(s)].add(str(o))
        elif p == DIP.statedOn:
            dates[str(s)].add(o)
    for h, o in select_for(store, holdings, "?x ?o", "?x dip:heldPost ?o"):
        posts[str(h)].add(str(o))
    for h, o in select_for(store, holdings, "?x ?o", "?x dip:statedOn ?o"):
        dates[str(h)].add(o)
    return {(post, d) for h in holdings for post in posts[h] for d in dates[h]}
