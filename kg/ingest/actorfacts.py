"""The actor network's facts, as `kg viz` draws them (kg/network/actors.py) and the summary keeps them
per actor (kg/ingest/actorsummary.py): meetings as the page describes them, the persons' post rows,
and the documents' rows.

They live here, below the drawing, so that the summary (which may not import kg.network) computes an
actor's figures with the very functions the drawing uses: the entries equal a drawing from the
articles by construction, and tests/network/test_drawn.py checks it.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field

from kg.rdf.ontology import MEETING_KINDS, VISIT_KINDS
from kg.store.base import select_text

# meetings (or documents) listed per drawn person and per drawn edge, the latest first; with the line
# saying how many more, the ten a page lists per edge (kg/web/page.py's MAX_ITEMS)
LISTED = 9
CHUNK = 500


@dataclass
class Meeting:
    iri: str
    date: str
    kind: str
    iso: str
    city: str
    participants: list[str] = field(default_factory=list)

    def describe(self) -> str:
        kind = (MEETING_KINDS.get(self.kind) or VISIT_KINDS.get(self.kind) or ("", "встреча"))[1]
        place = ", ".join(x for x in (self.city, self.iso) if x)
        return " ".join(x for x in (self.date, kind, f"({place})" if place else "") if x)


def more(n: int) -> str:
    return f"… ещё {n} / {n} more"


def capped(texts: list[str]) -> list[str]:
    """The first ``LISTED`` texts and a line saying how many more."""
    return texts[:LISTED] + ([more(len(texts) - LISTED)] if len(texts) > LISTED else [])


def latest_texts(texts: Iterable[str]) -> list[str]:
    """Distinct texts (documents: they begin with their date), the latest first, capped."""
    return capped(sorted(dict.fromkeys(texts), reverse=True))


def merged(rows: list[dict[str, str]]) -> list[Meeting]:
    """One Meeting per IRI: the rows of a meeting told with two dates or kinds are one meeting (its
    earliest date, its first kind, country and city in sort order, every participant)."""
    found: dict[str, dict[str, set[str]]] = {}
    for row in rows:
        seen = found.setdefault(row["m"], {k: set() for k in ("date", "kind", "iso", "city", "ps")})
        for k in ("date", "kind", "iso", "city"):
            if row.get(k):
                seen[k].add(row[k])
        seen["ps"].update(row.get("ps", "").split())
    out = [
        Meeting(m, *(min(v[k], default="") for k in ("date", "kind", "iso", "city")), sorted(v["ps"]))
        for m, v in found.items()
    ]
    return sorted(out, key=lambda m: (m.date, m.iri))


def values(variable: str, nodes: Iterable[str] | None, size: int = CHUNK) -> Iterator[str]:
    """VALUES blocks over ``nodes`` in chunks, or one empty block (the whole store) for None."""
    if nodes is None:
        yield ""
        return
    items = sorted(set(nodes))
    for i in range(0, len(items), size):
        yield f"VALUES ?{variable} {{ {' '.join(f'<{n}>' for n in items[i : i + size])} }}"


def rows_for(store, query: str, variable: str, nodes: Iterable[str] | None) -> list[dict[str, str]]:
    """The rows of ``query`` (``$VALUES`` in it) over ``nodes`` a chunk at a time (None: no VALUES)."""
    out: list[dict[str, str]] = []
    for block in values(variable, nodes):
        out += select_text(store, query.replace("$VALUES", block))
    return out


def english_name(iri: str) -> str:
    """Persons carry only Russian labels; their IRI slug is a readable Latin transliteration."""
    tail = iri.rstrip("/").rsplit("/", 1)[-1]
    return " ".join(w.capitalize() for w in tail.replace("-", " ").split()) if tail else iri


def first_labels(store, nodes: Iterable[str] | None) -> dict[str, str]:
    """Each node's first label in sort order (the one that names it in the drawing)."""
    out: dict[str, str] = {}
    for r in rows_for(store, "SELECT ?x ?l WHERE { $VALUES ?x rdfs:label ?l }", "x", nodes):
        if r["x"] not in out or r["l"] < out[r["x"]]:
            out[r["x"]] = r["l"]
    return out


# ------------------------------------------------------------------ posts

# (the persons' posts are one scan and the posts' facts another, joined in Python: one query joining
# both read each post's facts once per holder)
_HELD = "SELECT ?p ?post WHERE { $VALUES ?p dip:holdsPost ?post }"
_POSTS = """SELECT DISTINCT ?post ?role ?org ?orgname ?iso WHERE { $VALUES
  ?post dip:postIn ?org ; dip:role/skos:notation ?role .
  OPTIONAL { ?org rdfs:label ?orgname } OPTIONAL { ?org dip:country/dip:isoCode ?iso } }"""
_ORDER = ("post", "role", "org", "orgname", "iso")


def post_rows(store, persons: Iterable[str] | None = None) -> dict[str, list[dict[str, str]]]:
    """Each person's posts (None: every holder): a row per post, role code, organization, its label and
    ISO code (a post in a body with two labels gives two rows), in the order of those values."""
    held = rows_for(store, _HELD, "p", persons)
    posts = None if persons is None else {r["post"] for r in held}
    facts: dict[str, list[dict[str, str]]] = defaultdict(list)
    for row in rows_for(store, _POSTS, "post", posts):
        facts[row["post"]].append(row)
    out: dict[str, list[dict[str, str]]] = defaultdict(list)
    for row in held:
        out[row["p"]].extend({**f, "p": row["p"]} for f in facts.get(row["post"], ()))
    for rows in out.values():
        rows.sort(key=lambda r: tuple(r.get(k, "") for k in _ORDER))
    return dict(out)


def first_country(rows: list[dict[str, str]]) -> str:
    """A person's country: that of its first post row with one."""
    return next((r["iso"] for r in rows if r.get("iso")), "")


# the latest date a holding of each (person, post) states
_POST_DATES = """SELECT ?p ?post (MAX(?stated) AS ?on) WHERE {
  $VALUES ?h dip:holder ?p ; dip:heldPost ?post ; dip:statedOn ?stated } GROUP BY ?p ?post"""


def post_dates(store, persons: Iterable[str] | None) -> dict[tuple[str, str], str]:
    return {(r["p"], r["post"]): r["on"] for r in rows_for(store, _POST_DATES, "p", persons)}


# ------------------------------------------------------------------ documents


@dataclass
class DocumentRow:
    """One row of a document as the drawing lists it: per label text and per date of a meeting that
    produced it (undated: ""), with the document's parties and the meetings of that date that produced it."""

    document: str
    label: str
    date: str
    parties: list[str]
    meetings: set[str]

    @property
    def text(self) -> str:
        return f"{self.date} {self.label or 'документ'}".strip()


_DOC_SCANS = {
    "type": "SELECT ?d WHERE { $VALUES ?d a dip:Document }",
    "label": "SELECT ?d ?v WHERE { $VALUES ?d a dip:Document ; rdfs:label ?v }",
    "party": "SELECT ?d ?v WHERE { $VALUES ?d dip:party ?v }",
    "producer": "SELECT ?d ?v WHERE { $VALUES ?v dip:produced ?d }",
}
_PRODUCER_DATES = "SELECT ?m ?date WHERE { $VALUES ?m dip:date ?date }"


def document_rows(store, documents: Iterable[str] | None = None) -> list[DocumentRow]:
    """The rows of these documents (None: every document), read by plain scans and joined here."""
    wanted = None if documents is None else sorted(set(documents))
    typed = {r["d"] for r in rows_for(store, _DOC_SCANS["type"], "d", wanted)}
    found: dict[str, dict[str, set[str]]] = {d: defaultdict(set) for d in typed}
    for what in ("label", "party", "producer"):
        for r in rows_for(store, _DOC_SCANS[what], "d", wanted):
            if r["d"] in found:
                found[r["d"]][what].add(r["v"])
    producers = {m for f in found.values() for m in f["producer"]}
    dates: dict[str, set[str]] = defaultdict(set)
    for r in rows_for(store, _PRODUCER_DATES, "m", None if wanted is None else producers):
        if r["m"] in producers:
            dates[r["m"]].add(r["date"])
    out = []
    for d in sorted(found):
        f = found[d]
        by_date: dict[str, set[str]] = defaultdict(set)
        for m in f["producer"]:
            for date in dates.get(m) or {""}:
                by_date[date].add(m)
        parties = sorted(f["party"])
        for label in sorted(f["label"]) or [""]:
            for date in sorted(by_date) or [""]:
                out.append(DocumentRow(d, label, date, parties, by_date.get(date, set())))
    return out


# ------------------------------------------------------------------ meetings

_MEETING_SCANS = {
    "type": "SELECT ?m WHERE { $VALUES ?m a dip:Meeting }",
    "ps": "SELECT ?m ?v WHERE { $VALUES ?m dip:participant ?v }",
    "date": "SELECT ?m ?v WHERE { $VALUES ?m dip:date ?v }",
    "kind": "SELECT ?m ?v WHERE { $VALUES ?m dip:kind ?v }",
    "iso": "SELECT ?m ?v WHERE { $VALUES ?m dip:heldIn/dip:isoCode ?v }",
    "city": "SELECT ?m ?v WHERE { $VALUES ?m dip:city/rdfs:label ?v }",
}
_CODES = "SELECT ?k ?c WHERE { ?k skos:notation ?c }"


def meetings_of(store, persons: Iterable[str] | None) -> dict[str, set[str]]:
    """Each person's meetings (anything it is a participant of), None: every participant's."""
    out: dict[str, set[str]] = defaultdict(set)
    for r in rows_for(store, "SELECT ?x ?m WHERE { $VALUES ?m dip:participant ?x }", "x", persons):
        out[r["x"]].add(r["m"])
    return dict(out)


def meeting_facts(store, meetings: Iterable[str] | None = None) -> dict[str, Meeting]:
    """These meetings (None: all) that are typed ``dip:Meeting``, merged as the drawing describes them;
    one scan (or VALUES block) per property, joined here."""
    wanted = None if meetings is None else sorted(set(meetings))
    typed = {r["m"] for r in rows_for(store, _MEETING_SCANS["type"], "m", wanted)}
    codes: dict[str, list[str]] = defaultdict(list)
    for r in select_text(store, _CODES):
        codes[r["k"]].append(r["c"])
    rows: list[dict[str, str]] = [{"m": m} for m in typed]
    for what in ("ps", "date", "kind", "iso", "city"):
        for r in rows_for(store, _MEETING_SCANS[what], "m", wanted):
            if r["m"] not in typed:
                continue
            for v in codes.get(r["v"], ()) if what == "kind" else (r["v"],):
                rows.append({"m": r["m"], what: v})
    return {m.iri: m for m in merged(rows)}
