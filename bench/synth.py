"""The synthetic corpus of the benchmarks, built from the bundled articles.

Two forms:

* ``write_texts(folder, n)``: ``n`` article files, each a bundled article
  (``data/articles`` and ``tests/fixtures/genre``) with a hashtag naming its copy,
  so every text is distinct and costs what a real one costs to extract.
* ``write_nquads(path, triples)``: a dump in the store's layout (one named graph
  per article, plus the merged default graph) of about ``triples`` article
  triples, made by copying the bundled articles' graphs without extracting them
  again: each copy gets its own article, meeting, visit, document, quote and
  holding IRIs, dates moved by up to four years, and one of 40 namesakes of each
  person, so the store has many people, posts held by many of them over time, and
  many meetings, the way years of news would.
"""

from __future__ import annotations

import datetime as dt
import re
import sys
from collections.abc import Iterator
from pathlib import Path

from rdflib import Graph, Literal, URIRef
from rdflib.namespace import RDFS, XSD

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from kg.rdf.ontology import DIP  # noqa: E402

SOURCES = [ROOT / "data" / "articles", ROOT / "tests" / "fixtures" / "genre"]
PERSON_VARIANTS = 40
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

    def term(t):
        if isinstance(t, URIRef):
            s = str(t)
            if any(k in s for k in _SCOPED):
                return URIRef(f"{s}-c{copy}")
            if t in persons and variant:
                return URIRef(f"{s}-{variant}")  # the IRI kg gives the label "Name N"
            return t
        if isinstance(t, Literal) and t.datatype == XSD.date:
            return Literal((dt.date.fromisoformat(str(t)) + shift).isoformat(), datatype=XSD.date)
        return t

    for s, p, o in g:
        if p == DIP.identifier:
            yield term(s), p, Literal(f"{o}-c{copy}")
        elif p == RDFS.label and s in persons and variant:
            yield term(s), p, Literal(f"{o} {variant}", lang=o.language)
        else:
            yield term(s), term(p), term(o)


def write_nquads(path: Path, triples: int, graphs: list[Graph] | None = None) -> tuple[int, int]:
    """A dump in the store's layout of about ``triples`` article triples; returns (articles, triples)."""
    from kg.rdf.rdfio import nt_lines, nt_term
    from kg.resources import ontology_file
    from kg.store.base import ONTOLOGY_GRAPH

    graphs = graphs or base_graphs()
    written = copy = 0
    with path.open("w", encoding="utf-8") as out:
        for line in nt_lines(Graph().parse(ontology_file("igkg.ttl"), format="turtle")):
            out.write(f"{line} <{ONTOLOGY_GRAPH}> .\n{line} .\n")
        while written < triples:
            g = graphs[copy % len(graphs)]
            lines = {" ".join(nt_term(x) for x in t) for t in _copy_graph(g, copy)}
            subjects = {line.split(" ", 1)[0] for line in lines}
            name = next(s for s in subjects if "/article/" in s and "#" not in s)
            for line in lines:
                out.write(f"{line} {name} .\n{line} .\n")
            written += len(lines)
            copy += 1
    return copy, written
