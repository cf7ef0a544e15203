"""Reading a pair's meetings for its dossier (kg/network/dossier.py) as text, in few queries.

The dossier of a hub pair at 1M triples reads ~1,200 meetings and ~20,000 rows about them. Read as
rdflib terms through ``select_for`` and ``aggregates.read_meetings`` (six queries per 1,000 meetings, one
per property, plus one each for the meetings' sources and places) it took 2.4–3.9 s, over the issue's
2 s; most of it was building rdflib terms and parsing the same VALUES block again per property. Here
each block of meetings is read once, every property the dossier needs in one ``?m ?p ?v`` pattern,
and every row as lexical text (``kg.store.base.select_text``: no rdflib terms on an Oxigraph store).
The facts are those ``read_meetings`` gives (tested equal on the bundled articles), as strings.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable

from kg.ingest.aggregates import MeetingFacts, chunks, iris
from kg.network.pairs import body_code
from kg.rdf.ontology import DIP
from kg.store.base import Store, select_text

RDF_TYPE = "http://www.w3.org/1999/02/22-rdf-syntax-ns#type"
DERIVED = "http://www.w3.org/ns/prov#wasDerivedFrom"
_FACTS = {  # property -> attribute of MeetingFacts (as aggregates._FACTS)
    str(DIP.participant): "participants",
    str(DIP.kind): "kinds",
    str(DIP.date): "dates",
    str(DIP.topic): "topics",
    str(DIP.produced): "documents",
}
_PLACES = {str(DIP.city): 0, str(DIP.heldIn): 1}  # a city before its country, as the page lists them
_WANTED = [RDF_TYPE, DERIVED, *_FACTS, *_PLACES]


def select_text_for(
    store: Store, nodes: Iterable, variables: list[str], where: str, distinct: bool = False
) -> list[tuple]:
    """``select_for`` as text: the rows of ``SELECT variables WHERE { VALUES ?x {nodes} where }``, each a
    tuple of lexical values (None where a variable is unbound), a chunk of nodes at a time."""
    head = ("DISTINCT " if distinct else "") + " ".join(f"?{v}" for v in variables)
    rows: list[tuple] = []
    for chunk in chunks({str(n) for n in nodes}):
        for row in select_text(store, f"SELECT {head} WHERE {{ VALUES ?x {{ {iris(chunk)} }} {where} }}"):
            rows.append(tuple(row.get(v) for v in variables))
    return rows


def read_pair_meetings(
    store: Store, meetings: Iterable[str]
) -> tuple[dict[str, MeetingFacts], dict[str, list[str]], dict[str, list[tuple[int, str]]]]:
    """The facts of these meetings (those typed ``dip:Meeting``), each meeting's source articles, and its
    places as (0 city | 1 country, place IRI)."""
    codes = concept_codes(store)
    wanted = " ".join(f"<{p}>" for p in _WANTED)
    rows = select_text_for(
        store, meetings, ["x", "p", "v"], f"?x ?p ?v FILTER (?p IN ({wanted.replace(' ', ', ')}))"
    )
    typed = {m for m, p, v in rows if p == RDF_TYPE and v == str(DIP.Meeting)}
    facts = {m: MeetingFacts() for m in sorted(typed)}
    sources: dict[str, list[str]] = defaultdict(list)
    places: dict[str, list[tuple[int, str]]] = defaultdict(list)
    for m, p, v in rows:
        if m not in facts:
            continue  # a node that is no meeting
        attr = _FACTS.get(p)
        if attr in ("kinds", "topics"):
            getattr(facts[m], attr).update(codes.get(v, ()))
        elif attr is not None:
            getattr(facts[m], attr).add(v)
        elif p == DERIVED:
            sources[m].append(v)
        elif p in _PLACES:
            places[m].append((_PLACES[p], v))
    return facts, dict(sources), dict(places)


_ORGS = f"""OPTIONAL {{ ?x rdfs:label ?l FILTER (LANG(?l) IN ("ru", "")) }}
  OPTIONAL {{ ?x dip:country ?c OPTIONAL {{ ?c dip:isoCode ?iso }} }}
  OPTIONAL {{ ?x a ?org FILTER (?org = <{DIP.Organization}>) }}"""


def read_person_posts(
    store: Store, persons: Iterable[str], codes: dict[str, set[str]] | None = None
) -> tuple[dict[str, frozenset[str]], list[tuple[str, str, str]]]:
    """Each person's sides, as ``pairs.read_sides`` gives them (the ISO codes of its posts' countries,
    and the bodies: organizations with no country), and its posts as (person, role code, organization's
    Russian label), sorted. The posts are read first, then what the dossier needs of their organizations
    (fewer than the persons): the sides and the posts took three queries over the persons (0.5 s for a
    hub pair's ~1,000 at 1M triples), one with the organizations' parts as OPTIONALs 0.3 s.
    ``codes``: concept -> notations (``concept_codes``)."""
    codes = concept_codes(store) if codes is None else codes
    sides: dict[str, set[str]] = {str(p): set() for p in persons}
    held = select_text_for(
        store,
        sides,
        ["x", "o", "r"],
        "?x dip:holdsPost ?post . ?post dip:postIn ?o OPTIONAL { ?post dip:role ?r }",
    )
    labels: dict[str, set[str]] = defaultdict(set)
    isos: dict[str, set[str]] = defaultdict(set)
    with_country, orgs = set(), set()
    for o, label, c, iso, org in select_text_for(
        store, {o for _, o, _ in held}, ["x", "l", "c", "iso", "org"], _ORGS
    ):
        if label is not None:
            labels[o].add(label)
        if iso is not None:
            isos[o].add(iso)
        if c is not None:
            with_country.add(o)
        if org is not None:
            orgs.add(o)
    posts: set[tuple[str, str, str]] = set()
    for x, o, r in held:
        sides[x] |= isos.get(o, set())
        if o in orgs and o not in with_country:
            sides[x].add(body_code(o))
        for code in codes.get(r, ()) if r is not None else ():
            posts.update((x, code, label) for label in labels.get(o, ()))
    return {p: frozenset(c) for p, c in sides.items()}, sorted(posts)


def concept_codes(store: Store) -> dict[str, set[str]]:
    """Each concept's ``skos:notation`` codes (kinds, topics, roles: a few hundred)."""
    codes: dict[str, set[str]] = defaultdict(set)
    for row in select_text(store, "SELECT ?x ?c WHERE { ?x skos:notation ?c }"):
        codes[row["x"]].add(row["c"])
    return codes
