"""The analyst's hand on identity: an aliases file, and the list of candidate duplicates to review.

An aliases file is TSV, one line per variant: ``variant<TAB>canonical name[<TAB>Wikidata QID]``
(``#`` starts a comment). ``kg resolve --aliases FILE`` (or ``kg ingest --aliases FILE``)
keeps it in the store's graph ``igr:graph/aliases`` — each canonical person with its variants
as ``skos:hiddenLabel`` and its QID as ``owl:sameAs`` — so that every later consolidation
applies it: a mention named by a variant is that person, whatever the automatic rules say.

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
from kg.rdf.ontology import DIP, IGR, person_iri
from kg.rdf.rdfio import new_graph
from kg.store.base import Store

ALIASES_GRAPH = IGR["graph/aliases"]
WIKIDATA = "http://www.wikidata.org/entity/"
_QID = re.compile(r"^Q[1-9][0-9]*$")


@dataclass(frozen=True)
class Alias:
    variant: str
    canonical: str
    qid: str | None = None


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
        if len(cells) not in (2, 3) or not cells[0] or not cells[1]:
            raise InputError(
                f"{path}:{number}: expected 'variant<TAB>canonical name[<TAB>QID]', got {line[:80]!r}"
            )
        qid = cells[2] if len(cells) == 3 and cells[2] else None
        if qid is not None and not _QID.match(qid):
            raise InputError(f"{path}:{number}: '{qid}' is not a Wikidata id (Q and digits, e.g. Q7747)")
        out.append(Alias(cells[0], cells[1], qid))
    return out


def write_aliases(store: Store, aliases: list[Alias]) -> None:
    """Keep ``aliases`` as the store's aliases graph (replacing the one before)."""
    g = new_graph()
    for a in aliases:
        node = person_iri(a.canonical)
        g.add((node, RDF.type, DIP.Person))
        g.add((node, RDFS.label, Literal(a.canonical, lang="ru")))
        g.add((node, SKOS.hiddenLabel, Literal(a.variant, lang="ru")))
        if a.qid:
            g.add((node, OWL.sameAs, URIRef(WIKIDATA + a.qid)))
    if len(g):
        store.replace_graphs({ALIASES_GRAPH: g})
    else:
        store.remove_graphs([ALIASES_GRAPH])


def stored_aliases(store: Store) -> dict[str, str]:
    """normalized variant -> canonical name, as the store keeps them."""
    rows = store.query(
        f"SELECT ?label ?variant WHERE {{ GRAPH <{ALIASES_GRAPH}> {{ ?p rdfs:label ?label ; skos:hiddenLabel ?variant }} }}"
    ).rows
    return {normalize_key(str(v)): str(label) for label, v in rows}
