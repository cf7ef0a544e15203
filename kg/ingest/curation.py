"""The analyst's hand on identity: an aliases file, and the list of candidate duplicates to review.

An aliases file is TSV, one line per variant:
``variant<TAB>canonical name[<TAB>Wikidata QID][<TAB>person|body]`` (``#`` starts a comment; the
kind may stand in the QID's place, and is ``person`` when absent). ``kg resolve --aliases FILE``
(or ``kg ingest --aliases FILE``) keeps it in the store's graph ``igr:graph/aliases`` — each
canonical person or body with its variants as ``skos:hiddenLabel`` and its QID as ``owl:sameAs`` —
so that every later consolidation applies it: a mention named by a variant is that person or
body, whatever the automatic rules say. A body variant is compared after the bodies' own
normalization (``bodies.body_name``), so "МИД США" also catches "Министерства иностранных дел США".

``duplicates(store)`` lists what the automatic rules left apart but a reader may join, the way
OpenRefine's clustering proposes: persons of one surname under different first names or
initials, and events of the same people a few days apart or undated.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

from rdflib import Literal, URIRef
from rdflib.namespace import OWL, RDF, RDFS, SKOS

from kg.errors import InputError
from kg.keys import normalize_key
from kg.rdf.ontology import DIP, IGR, organization_iri, person_iri
from kg.rdf.rdfio import new_graph
from kg.store.base import Store

ALIASES_GRAPH = IGR["graph/aliases"]
WIKIDATA = "http://www.wikidata.org/entity/"
_QID = re.compile(r"^Q[1-9][0-9]*$")
KINDS = ("person", "body")


@dataclass(frozen=True)
class Alias:
    variant: str
    canonical: str
    qid: str | None = None
    kind: str = "person"  # or "body"


def read_aliases_file(path: Path) -> list[Alias]:
    """The aliases of a TSV file; a bad line is an InputError naming the file and the line."""
    try:
        text = Path(path).read_text(encoding="utf-8")
    except (OSError, UnicodeError) as e:
        raise InputError(f"{path}: cannot read the aliases file: {e.strerror or e}") from None
    out = []
    for number, line in enumerate(text.splitlines(), 1):
        line = line.split("#", 1)[0].rstrip()
        if not line.strip():
            continue
        cells = [c.strip() for c in line.split("\t")]
        if len(cells) not in (2, 3, 4) or not cells[0] or not cells[1]:
            raise InputError(
                f"{path}:{number}: expected 'variant<TAB>canonical name[<TAB>QID][<TAB>person|body]', "
                f"got {line[:80]!r}"
            )
        out.append(_alias(cells, f"{path}:{number}"))
    return out


def _alias(cells: list[str], where: str) -> Alias:
    rest = [c for c in cells[2:] if c]
    kind = rest.pop() if rest and rest[-1] in KINDS else "person"
    if len(rest) > 1 or (rest and not _QID.match(rest[0])):
        bad = rest[-1]
        raise InputError(
            f"{where}: '{bad}' is neither a Wikidata id (Q and digits, e.g. Q7747) nor a kind ({', '.join(KINDS)})"
        )
    return Alias(cells[0], cells[1], rest[0] if rest else None, kind)


def write_aliases(store: Store, aliases: list[Alias]) -> None:
    """Keep ``aliases`` as the store's aliases graph (replacing the one before)."""
    g = new_graph()
    for a in aliases:
        node = organization_iri(a.canonical) if a.kind == "body" else person_iri(a.canonical)
        g.add((node, RDF.type, DIP.Organization if a.kind == "body" else DIP.Person))
        g.add((node, RDFS.label, Literal(a.canonical, lang="ru")))
        g.add((node, SKOS.hiddenLabel, Literal(a.variant, lang="ru")))
        if a.qid:
            g.add((node, OWL.sameAs, URIRef(WIKIDATA + a.qid)))
    if len(g):
        store.replace_graphs({ALIASES_GRAPH: g})
    else:
        store.remove_graphs([ALIASES_GRAPH])


def _stored(store: Store, cls: str) -> list[tuple[str, str]]:
    rows = store.query(
        f"SELECT ?label ?variant WHERE {{ GRAPH <{ALIASES_GRAPH}> {{ ?p a {cls} ; rdfs:label ?label ; "
        "skos:hiddenLabel ?variant } }"
    ).rows
    return [(str(label), str(v)) for label, v in rows]


def stored_aliases(store: Store) -> dict[str, str]:
    """normalized variant -> canonical name of the persons' aliases, as the store keeps them."""
    return {normalize_key(v): label for label, v in _stored(store, "dip:Person")}


def stored_body_aliases(store: Store) -> dict[str, str]:
    """normalized body name (``bodies.body_name``) of a variant -> canonical name of the bodies' aliases."""
    from kg.ingest.bodies import body_name

    return {body_name(v).key: label for label, v in _stored(store, "dip:Organization")}
