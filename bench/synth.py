"""The synthetic corpus of the benchmarks, built from the bundled articles.

Two forms:

* ``write_texts(folder, n)``: ``n`` article files, each a bundled article
  (``data/articles`` and ``tests/fixtures/genre``) with a hashtag naming its copy,
  so every text is distinct and costs what a real one costs to extract.
* ``write_nquads(path, triples, model=...)``: a dump in the store's layout (one
  named graph per article, plus the merged default graph) of about ``triples``
  article triples, made by copying the bundled articles' graphs without
  extracting them again; each copy gets its own article, meeting, visit,
  document, quote and holding IRIs. Two models of who appears:

  - ``realistic`` (the default since issue 14): news over ten years, in order.
    Each person, body (a ministry, an akimat, a company: not a state or a
    government) and city of a bundled article is a *slot* that every copy fills
    by Simon's model of word frequencies (1955): with probability ``NEW_NAME``
    a name never seen before is minted ("Олжас Бектенов 17"), otherwise a name
    is drawn from the slot's earlier mentions, so a name mentioned often is
    drawn often. The result is a Zipf-like long tail: a few names recur in a
    large share of the articles, most appear once or twice, and new ones keep
    appearing as the corpus grows. Copy ``i`` of ``n`` is dated ``i/n`` of the
    way along ten years, with a month of jitter.
  - ``uniform`` (the figures of 2026-11-30): one of 40 namesakes of every person
    per copy, dates moved by up to four years; people stop growing at ~4,800 and
    bodies at 79 however large the dump.
"""

from __future__ import annotations

import datetime as dt
import random
import re
import sys
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from rdflib import Graph, Literal, URIRef
from rdflib.namespace import RDF, RDFS, XSD

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from kg.rdf.ontology import DIP  # noqa: E402

SOURCES = [ROOT / "data" / "articles", ROOT / "tests" / "fixtures" / "genre"]
PERSON_VARIANTS = 40
MODELS = ("realistic", "uniform")
# Share of a slot's mentions that mint a new name: persons more than bodies and cities, as ministers
# change more often than ministries. Chosen so that a million triples hold a few thousand people and ten
# million tens of thousands, the order of what ten years of a region's news name.
NEW_NAME = {"person": 0.2, "org": 0.1, "city": 0.1}
YEARS = 10
_SCOPED = ("/article/", "/meeting/", "/document/", "/quote/", "/visit/", "/holding/")
_HASHTAGS = re.compile(r"^\s*(#[\w-]+\s*)+$")


def source_files() -> list[Path]:
    return [p for folder in SOURCES for p in sorted(folder.glob("*.txt"))]


def variant_text(text: str, copy: int) -> str:
    """The text with a hashtag naming the copy (on the article's hashtag line when it has one)."""
    lines = text.rstrip("\n").split("\n")
    if _HASHTAGS.match(lines[-1]):
        lines[-1] = f"{lines[-1].rstrip()} #copy{copy}"
    else:
        lines += ["", f"#copy{copy}"]
    return "\n".join(lines) + "\n"


def write_texts(folder: Path, n: int) -> list[Path]:
    folder.mkdir(parents=True, exist_ok=True)
    sources = [(p.stem, p.read_text(encoding="utf-8")) for p in source_files()]
    out = []
    for i in range(n):
        stem, text = sources[i % len(sources)]
        path = folder / f"{i // 1000:03d}" / f"{stem}-{i:06d}.txt"
        path.parent.mkdir(exist_ok=True)
        path.write_text(variant_text(text, i), encoding="utf-8")
        out.append(path)
    return out


def base_graphs() -> list[Graph]:
    from kg.extract import Extractor
    from kg.rdf.mapping import article_to_graph

    extractor = Extractor()
    return [article_to_graph(extractor.extract_file(p), extractor.gazetteer) for p in source_files()]


def _copy_graph(g: Graph, copy: int) -> Iterator[tuple]:
    variant = (copy * 7) % PERSON_VARIANTS
    shift = dt.timedelta(days=(copy * 37) % 1461)
    persons = {s for s in g.subjects() if "/person/" in str(s)}
    # the IRI kg gives the label "Name N"
    renamed = {s: (URIRef(f"{s}-{variant}"), variant) for s in persons} if variant else {}
    return _rewritten(g, copy, shift, renamed)


def _rewritten(
    g: Graph, copy: int, shift: dt.timedelta, renamed: dict[URIRef, tuple[URIRef, int]]
) -> Iterator[tuple]:
    """Copy ``copy`` of an article graph: its own nodes scoped to the copy, ``renamed`` nodes under their
    new IRI with the number in their label, dates shifted."""

    def term(t):
        if isinstance(t, URIRef):
            if t in renamed:
                return renamed[t][0]
            return URIRef(f"{t}-c{copy}") if any(k in t for k in _SCOPED) else t
        if isinstance(t, Literal) and t.datatype == XSD.date:
            return Literal((dt.date.fromisoformat(str(t)) + shift).isoformat(), datatype=XSD.date)
        return t

    for s, p, o in g:
        if p == DIP.identifier:
            yield term(s), p, Literal(f"{o}-c{copy}")
        elif p == RDFS.label and renamed.get(s, (None, 0))[1]:
            yield term(s), p, Literal(f"{o} {renamed[s][1]}", lang=o.language)
        else:
            yield term(s), term(p), term(o)


class LongTail:
    """Simon's model: each slot's names, drawn with probability ``new`` as a new name, else as one of the
    slot's earlier mentions picked uniformly (so in proportion to how often each name was drawn)."""

    def __init__(self, new: float, rng: random.Random) -> None:
        self.new, self.rng = new, rng
        self.mentions: dict[str, list[int]] = {}
        self.minted: dict[str, int] = {}

    def pick(self, slot: str) -> int:
        """A name of ``slot``: 0 is the bundled article's own, n the n-th minted one."""
        seen = self.mentions.setdefault(slot, [])
        if not seen:
            name = 0
        elif self.rng.random() < self.new:
            name = self.minted[slot] = self.minted.get(slot, 0) + 1
        else:
            name = self.rng.choice(seen)
        seen.append(name)
        return name


@dataclass
class Dump:
    """What ``write_nquads`` wrote: articles, article triples, and distinct names of each kind."""

    articles: int = 0
    triples: int = 0
    names: dict[str, set[str]] = field(default_factory=lambda: {k: set() for k in NEW_NAME})


def _slots(g: Graph) -> dict[URIRef, str]:
    """The nodes of an article graph that a copy may rename, by kind: persons, bodies (not a state, a
    government or another body with a type of its own besides dip:Organization) and cities."""
    out: dict[URIRef, str] = {}
    for s in sorted(set(g.subjects())):  # sorted: the same seed gives the same dump whatever the hash seed
        if not isinstance(s, URIRef):
            continue
        if "/person/" in s:
            out[s] = "person"
        elif "/city/" in s:
            out[s] = "city"
        elif "/org/" in s and set(g.objects(s, RDF.type)) == {DIP.Organization}:
            out[s] = "org"
    return out


def _realistic_copy(
    g: Graph, copy: int, tails: dict[str, LongTail], shift: dt.timedelta, dump: Dump
) -> Iterator[tuple]:
    renamed: dict[URIRef, tuple[URIRef, int]] = {}
    for node, kind in _slots(g).items():
        name = tails[kind].pick(str(node))
        renamed[node] = (URIRef(f"{node}-{name}") if name else node, name)
        dump.names[kind].add(str(renamed[node][0]))
    for node, (_, name) in list(renamed.items()):  # a post follows its body: post/ROLE/ORG-SLUG
        if name and "/org/" in node:
            tail = "/" + node.rsplit("/", 1)[-1]
            for post in {p for p in g.subjects() if "/post/" in str(p) and str(p).endswith(tail)}:
                renamed[post] = (URIRef(f"{post}-{name}"), name)
    return _rewritten(g, copy, shift, renamed)


def _copier(graphs: list[Graph], triples: int, model: str, seed: int) -> Callable[[int, Dump], Iterator]:
    """The triples of copy ``i`` under ``model``."""
    if model == "uniform":
        return lambda i, dump: _copy_graph(graphs[i % len(graphs)], i)
    if model not in MODELS:
        raise ValueError(f"unknown generator model '{model}' (choose from {', '.join(MODELS)})")
    rng = random.Random(seed)
    tails = {kind: LongTail(rate, rng) for kind, rate in NEW_NAME.items()}
    copies = max(1, triples * len(graphs) // max(1, sum(len(g) for g in graphs)))  # about how many
    days = int(YEARS * 365.25)

    def copy(i: int, dump: Dump) -> Iterator:
        # the bundled articles date from 2024-2025: copy i lands i/n of the way along the ten years before
        shift = dt.timedelta(days=min(i, copies) * days // copies - days + rng.randint(-30, 30))
        return _realistic_copy(graphs[rng.randrange(len(graphs))], i, tails, shift, dump)

    return copy


def write_nquads(
    path: Path, triples: int, graphs: list[Graph] | None = None, model: str = "realistic", seed: int = 14
) -> Dump:
    """A dump in the store's layout of about ``triples`` article triples."""
    from kg.rdf.rdfio import nt_lines, nt_term
    from kg.resources import ontology_file
    from kg.store.base import ONTOLOGY_GRAPH
    from kg.store.dump import END_MARK

    graphs = graphs or base_graphs()
    copier = _copier(graphs, triples, model, seed)
    dump = Dump()
    lines_out = 0
    with path.open("w", encoding="utf-8") as out:
        for line in nt_lines(Graph().parse(ontology_file("igkg.ttl"), format="turtle")):
            out.write(f"{line} <{ONTOLOGY_GRAPH}> .\n{line} .\n")
            lines_out += 2
        while dump.triples < triples:
            lines = {" ".join(nt_term(x) for x in t) for t in copier(dump.articles, dump)}
            subjects = {line.split(" ", 1)[0] for line in lines}
            name = next(s for s in subjects if "/article/" in s and "#" not in s)
            for line in lines:
                out.write(f"{line} {name} .\n{line} .\n")
            lines_out += 2 * len(lines)
            dump.triples += len(lines)
            dump.articles += 1
        out.write(
            f"{END_MARK.decode()}{lines_out} lines\n"
        )  # what kg export ends a dump with: kg load checks it
    return dump
