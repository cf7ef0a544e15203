"""Score the extractor against annotated articles (NAME.txt + NAME.yaml in the gold format).

Facts are compared per kind: persons, posts, meetings (as participant sets),
participants, meeting attributes, visits, topics, documents, parties and quote
speakers. Predicted meetings are paired with gold ones by participant overlap,
documents by title similarity; a title counts as right at similarity >= 0.8 and
a party name at >= 0.75 with the same country.
"""

from __future__ import annotations

import difflib
import re
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path

import yaml
from rdflib import Graph

from kg.errors import InputError
from kg.extract import Extractor
from kg.ingest.runner import DEFAULT_MAX_BYTES, check_file
from kg.rdf.mapping import article_to_graph
from kg.rdf.ontology import DOCUMENT_TYPES, document_class

_DOCUMENT_CODES = tuple(DOCUMENT_TYPES)

KINDS = (
    "person",
    "post",
    "meeting",
    "participant",
    "meeting_attr",
    "visit",
    "topic",
    "document",
    "party",
    "quote",
)
TITLE_MATCH = 0.8
PARTY_MATCH = 0.75


def key(text) -> str:
    if text is None:
        return ""
    text = str(text).lower().replace("ё", "е").replace("–", "-").replace("—", "-")
    text = re.sub(r"[«»\"'“”„().,;:]", " ", text)
    return " ".join(text.split())


def similarity(a, b) -> float:
    return difflib.SequenceMatcher(None, key(a), key(b)).ratio()


_PREFIXES = """
PREFIX dip: <https://w3id.org/igkg/ontology#>
PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
"""


def _rows(g: Graph, q: str) -> list[tuple]:
    return [tuple(None if v is None else str(v) for v in row) for row in g.query(_PREFIXES + q)]


def read_graph(g: Graph) -> dict:
    """The facts of one article's graph, in the shape of a gold file."""
    persons: dict[str, dict] = {}
    for p, name in _rows(
        g,
        """SELECT ?p ?name WHERE { ?p a dip:Person ; rdfs:label ?name .
            FILTER NOT EXISTS { ?a dip:author ?p FILTER NOT EXISTS { ?x dip:participant|dip:speaker|dip:visitor ?p }
                                FILTER NOT EXISTS { ?p dip:holdsPost ?any } } }""",
    ):
        persons[p] = {"name": name, "posts": []}
    for p, role, iso in _rows(
        g,
        """SELECT ?p ?role ?iso WHERE { ?p dip:holdsPost ?post . ?post dip:role/skos:notation ?role .
            OPTIONAL { ?post dip:postIn/dip:country/dip:isoCode ?iso } }""",
    ):
        if p in persons:
            persons[p]["posts"].append({"role": role, "of": iso})
    meetings = []
    for (m,) in _rows(g, "SELECT ?m WHERE { ?m a dip:Meeting }"):
        one = lambda q, m=m: next(iter(_rows(g, q.replace("?M", f"<{m}>"))), (None,))  # noqa: E731
        (kind,) = one("SELECT ?k WHERE { ?M dip:kind/skos:notation ?k }")
        (date,) = one("SELECT ?d WHERE { ?M dip:date ?d }")
        (country,) = one("SELECT ?c WHERE { ?M dip:heldIn/dip:isoCode ?c }")
        (city,) = one("SELECT ?c WHERE { ?M dip:city/rdfs:label ?c }")
        visit = None
        v = next(
            iter(
                _rows(
                    g,
                    f"""SELECT ?k ?who ?host WHERE {{ <{m}> dip:partOf ?v . ?v dip:kind/skos:notation ?k .
                OPTIONAL {{ ?v dip:visitor/rdfs:label ?who }} OPTIONAL {{ ?v dip:hostCountry/dip:isoCode ?host }} }}""",
                )
            ),
            None,
        )
        if v:
            visit = {"kind": v[0], "visitor": v[1], "host_country": v[2]}
        docs = []
        for d, title, start, end in _rows(
            g,
            f"""SELECT ?d ?t ?s ?e WHERE {{ <{m}> dip:produced ?d . ?d rdfs:label ?t .
                OPTIONAL {{ ?d dip:periodStart ?s }} OPTIONAL {{ ?d dip:periodEnd ?e }} }}""",
        ):
            dtype = next(
                (
                    code
                    for (c,) in _rows(g, f"SELECT ?c WHERE {{ <{d}> a ?c }}")
                    for code in _DOCUMENT_CODES
                    if c == str(document_class(code))
                ),
                None,
            )
            parties = [
                {"name": n, "country": c}
                for n, c in _rows(
                    g,
                    f"""SELECT ?n ?c WHERE {{ <{d}> dip:party ?o .
                    ?o rdfs:label ?n . OPTIONAL {{ ?o dip:country/dip:isoCode ?c }} }}""",
                )
            ]
            period = (
                [int(start[:4]) if start else None, int(end[:4]) if end else None] if (start or end) else None
            )
            docs.append({"type": dtype, "title": title, "period": period, "parties": parties})
        meetings.append(
            {
                "kind": kind,
                "date": date[:10] if date else None,
                "country": country,
                "city": city,
                "participants": [
                    n for (n,) in _rows(g, f"SELECT ?n WHERE {{ <{m}> dip:participant/rdfs:label ?n }}")
                ],
                "visit": visit,
                "topics": [t for (t,) in _rows(g, f"SELECT ?t WHERE {{ <{m}> dip:topic/skos:notation ?t }}")],
                "documents": docs,
            }
        )
    quotes = [
        {"speaker": s} for (s,) in _rows(g, "SELECT ?s WHERE { ?q a dip:Quote ; dip:speaker/rdfs:label ?s }")
    ]
    return {"persons": list(persons.values()), "meetings": meetings, "quotes": quotes}


def _pair(gold: list, pred: list, score) -> dict[int, int]:
    """Pair predicted items with gold items, best scores first; returns pred index -> gold index."""
    candidates = sorted(
        ((score(g, p), gi, pi) for gi, g in enumerate(gold) for pi, p in enumerate(pred)), reverse=True
    )
    taken_g, taken_p, out = set(), set(), {}
    for s, gi, pi in candidates:
        if s > 0 and gi not in taken_g and pi not in taken_p:
            taken_g.add(gi)
            taken_p.add(pi)
            out[pi] = gi
    return out


def _facts(doc: dict, meeting_id, document_id, title_of, party_of) -> dict[str, set]:
    out: dict[str, set] = defaultdict(set)
    for p in doc.get("persons") or []:
        out["person"].add(key(p["name"]))
        for post in p.get("posts") or []:
            out["post"].add((key(p["name"]), post.get("role"), post.get("of")))
    for i, m in enumerate(doc.get("meetings") or []):
        mid = meeting_id(i)
        people = frozenset(key(x) for x in m.get("participants") or [])
        out["meeting"].add(people)
        out["participant"].update((mid, x) for x in people)
        for attr in ("kind", "date", "country"):
            if m.get(attr) is not None:
                out["meeting_attr"].add((mid, attr, str(m[attr])))
        if m.get("city"):
            out["meeting_attr"].add((mid, "city", key(m["city"])))
        if m.get("visit"):
            v = m["visit"]
            out["visit"].add((mid, v.get("kind"), key(v.get("visitor")), v.get("host_country")))
        out["topic"].update((mid, t) for t in m.get("topics") or [])
        for j, d in enumerate(m.get("documents") or []):
            did = document_id(i, j)
            out["document"].add((mid, did, "type", d.get("type")))
            out["document"].add((mid, did, "title", title_of(i, j, d)))
            if d.get("period"):
                out["document"].add((mid, did, "period", tuple(d["period"])))
            for k, party in enumerate(d.get("parties") or []):
                out["party"].add((mid, did, party.get("country"), party_of(i, j, k, party)))
    out["quote"].update(key(q.get("speaker")) for q in doc.get("quotes") or [])
    return out


@dataclass
class ArticleScore:
    name: str
    counts: dict[str, tuple[int, int, int]]  # kind -> (tp, fp, fn)
    missed: dict[str, list] = field(default_factory=dict)
    extra: dict[str, list] = field(default_factory=dict)
    error: str | None = None

    @property
    def f1(self) -> float:
        tp = sum(c[0] for c in self.counts.values())
        fp = sum(c[1] for c in self.counts.values())
        fn = sum(c[2] for c in self.counts.values())
        return prf(tp, fp, fn)[2]


def prf(tp: int, fp: int, fn: int) -> tuple[float, float, float]:
    p = tp / (tp + fp) if tp + fp else (1.0 if not fn else 0.0)
    r = tp / (tp + fn) if tp + fn else 1.0
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def _meeting_affinity(g: dict, p: dict) -> float:
    """Participant overlap (Jaccard); kind and date break ties between meetings of the same people."""
    gp, pp = {key(x) for x in g["participants"]}, {key(x) for x in p["participants"]}
    overlap = len(gp & pp) / max(1, len(gp | pp))
    if overlap == 0:
        return 0.0
    return (
        overlap + 0.01 * (g.get("kind") == p.get("kind")) + 0.005 * (str(g.get("date")) == str(p.get("date")))
    )


def score(gold: dict, pred: dict, name: str = "") -> ArticleScore:
    gm, pm = gold.get("meetings") or [], pred.get("meetings") or []
    meetings = _pair(gm, pm, _meeting_affinity)
    docs: dict[tuple[int, int], int] = {}
    titles: dict[tuple[str, int, int], str] = {}
    parties: dict[tuple[str, int, int, int], str] = {}
    for pi, gi in meetings.items():
        gdocs, pdocs = gm[gi].get("documents") or [], pm[pi].get("documents") or []
        for pj, gj in _pair(
            gdocs, pdocs, lambda g, p: similarity(g.get("title"), p.get("title")) + 0.01
        ).items():
            docs[(pi, pj)] = gj
            gd, pd = gdocs[gj], pdocs[pj]
            gold_title = key(gd.get("title"))
            titles[("g", gi, gj)] = gold_title
            titles[("p", pi, pj)] = (
                gold_title
                if similarity(gd.get("title"), pd.get("title")) >= TITLE_MATCH
                else key(pd.get("title"))
            )
            gp, pp = gd.get("parties") or [], pd.get("parties") or []
            pairing = _pair(
                gp,
                pp,
                lambda g, p: (
                    similarity(g.get("name"), p.get("name")) if g.get("country") == p.get("country") else 0
                ),
            )
            for pk, gk in pairing.items():
                gold_party = key(gp[gk].get("name"))
                parties[("g", gi, gj, gk)] = gold_party
                if similarity(gp[gk].get("name"), pp[pk].get("name")) >= PARTY_MATCH:
                    parties[("p", pi, pj, pk)] = gold_party
    gf = _facts(
        gold,
        lambda i: i,
        lambda i, j: j,
        lambda i, j, d: titles.get(("g", i, j), key(d.get("title"))),
        lambda i, j, k, p: parties.get(("g", i, j, k), key(p.get("name"))),
    )
    pf = _facts(
        pred,
        lambda i: meetings.get(i, f"p{i}"),
        lambda i, j: docs.get((i, j), f"p{i}.{j}"),
        lambda i, j, d: titles.get(("p", i, j), key(d.get("title"))),
        lambda i, j, k, p: parties.get(("p", i, j, k), key(p.get("name"))),
    )
    counts, missed, extra = {}, {}, {}
    for kind in KINDS:
        g, p = gf.get(kind, set()), pf.get(kind, set())
        counts[kind] = (len(g & p), len(p - g), len(g - p))
        missed[kind] = sorted(map(str, g - p))
        extra[kind] = sorted(map(str, p - g))
    return ArticleScore(name, counts, missed, extra)


@dataclass
class CorpusScore:
    articles: list[ArticleScore]

    def totals(self) -> dict[str, tuple[int, int, int]]:
        out = {k: [0, 0, 0] for k in KINDS}
        for a in self.articles:
            for k, c in a.counts.items():
                for i in range(3):
                    out[k][i] += c[i]
        return {k: tuple(v) for k, v in out.items()}

    def overall(self) -> tuple[float, float, float]:
        t = self.totals().values()
        return prf(sum(c[0] for c in t), sum(c[1] for c in t), sum(c[2] for c in t))

    def table(self) -> str:
        lines = [f"{'kind':<14}{'P':>7}{'R':>7}{'F1':>7}{'tp':>6}{'fp':>6}{'fn':>6}"]
        for k, (tp, fp, fn) in self.totals().items():
            p, r, f = prf(tp, fp, fn)
            lines.append(f"{k:<14}{p:7.3f}{r:7.3f}{f:7.3f}{tp:6d}{fp:6d}{fn:6d}")
        p, r, f = self.overall()
        failed = sum(1 for a in self.articles if a.error)
        lines.append(
            f"overall micro P {p:.3f} R {r:.3f} F1 {f:.3f} over {len(self.articles)} articles, {failed} failed"
        )
        return "\n".join(lines)


def evaluate_corpus(folder: Path, extractor: Extractor | None = None) -> CorpusScore:
    folder = Path(folder)
    if not folder.is_dir():
        raise InputError(f"{folder}: not a folder")
    pairs = sorted(p for p in folder.glob("*.txt") if p.with_suffix(".yaml").exists())
    if not pairs:
        raise InputError(f"{folder}: no NAME.txt with a NAME.yaml beside it")
    extractor = extractor or Extractor()
    out = []
    for txt in pairs:
        gold = read_gold(txt.with_suffix(".yaml"))
        try:
            # the outlet's country is inferred, as the shared scorer passes none either
            problem = check_file(txt, DEFAULT_MAX_BYTES)
            if problem:
                raise InputError(problem)
            article = extractor.extract_file(txt)
            pred = read_graph(article_to_graph(article, extractor.gazetteer))
            out.append(_score_gold(gold, pred, txt))
        except InputError as e:
            result = _score_gold(gold, {}, txt)
            result.error = str(e)
            out.append(result)
    return CorpusScore(out)


def _score_gold(gold: dict, pred: dict, txt: Path):
    try:
        return score(gold, pred, txt.name)
    except (KeyError, TypeError, AttributeError) as e:
        raise InputError(
            f"{txt.with_suffix('.yaml')}: not a gold file: a field is missing or of the wrong kind "
            f"({type(e).__name__}: {e})"
        ) from None


# field -> shape: lists of mappings, lists of strings, or a mapping, as data/articles/*.yaml write them
_GOLD_SHAPE = {
    "persons": "maps",
    "meetings": "maps",
    "quotes": "maps",
    "posts": "maps",
    "documents": "maps",
    "parties": "maps",
    "participants": "strings",
    "topics": "strings",
    "visit": "map",
    "period": "list",
}


def _check_shape(value, where: str) -> None:
    if not isinstance(value, dict):
        raise ValueError(f"{where or 'the file'} should be a mapping, not {type(value).__name__}")
    for name, item in value.items():
        shape = _GOLD_SHAPE.get(name)
        if item is None or shape is None:
            continue
        here = f"{where}.{name}" if where else name
        if shape == "map":
            _check_shape(item, here)
        elif not isinstance(item, list):
            raise ValueError(f"{here} should be a list, not {type(item).__name__}")
        elif shape == "maps":
            for i, x in enumerate(item):
                _check_shape(x, f"{here}[{i}]")
        elif shape == "strings" and not all(isinstance(x, (str, int, float)) for x in item):
            raise ValueError(f"{here} should list names")


def read_gold(path: Path) -> dict:
    """A gold file, checked against the shape of data/articles/*.yaml (one-line InputError otherwise)."""
    try:
        gold = yaml.safe_load(path.read_bytes().decode("utf-8")) or {}
        _check_shape(gold, "")
    except UnicodeDecodeError as e:
        raise InputError(f"{path}: not UTF-8 text (byte {e.start})") from None
    except yaml.YAMLError as e:
        raise InputError(f"{path}: not valid YAML ({str(e).splitlines()[0]})") from None
    except ValueError as e:
        raise InputError(f"{path}: not a gold file: {e}") from None
    except OSError as e:
        raise InputError(f"{path}: cannot read ({e.strerror})") from None
    return gold
