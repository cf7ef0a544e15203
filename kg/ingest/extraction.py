"""``kg extract``: articles to RDF on an output stream, no store; many files share one process and its models.

Loading the models costs 1.4-1.7 s and extracting an article a few hundredths
of a second, so a caller with many articles passes them all at once. What the
output is, by format:

* ``turtle``, ``nt``: the triples of each article, one after another. N-Triples
  concatenate into one valid file; each Turtle document is headed by a comment
  naming its file, and the concatenation is still valid Turtle (a prefix may be
  declared again). Either reads back as the union of the articles, which is
  what a single article gives too.
* ``trig``, ``nq``: one named graph per article, named by the article's IRI, as
  ``kg export -f trig|nq`` lays out a store.
* ``jsonld``: one article is one document (as before); several are one dataset
  document with a named graph per article, as ``kg export -f jsonld`` writes.

``explain_files`` writes, instead of RDF, a plain-text account of each article:
the meetings kept and every event the reader set aside, with why
(``kg.extract.explain``).

Every file is checked (present, a regular file, under the size limit) before
the models load, so such a problem prints nothing. An article that fails to
extract stops the run with the ones before it written, or with ``skip_errors``
is listed and skipped.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO, TYPE_CHECKING

from rdflib import Graph, URIRef

from kg.errors import FormatError, InputError, KgError
from kg.identity import article_id, content_hash
from kg.ingest.runner import check_file, read_file
from kg.ingest.workers import extract_article
from kg.rdf.ontology import PREFIXES, article_iri

if TYPE_CHECKING:
    from kg.extract.model import Article

OUTPUT_FORMATS = ("turtle", "nt", "trig", "nq", "jsonld")


@dataclass
class ExtractReport:
    written: list[str] = field(default_factory=list)  # files whose triples were written
    failed: list[tuple[str, str]] = field(default_factory=list)  # (file, one-line error), with skip_errors


def _graphs(
    paths: Sequence[Path], extractor, publisher_country: str | None, max_bytes: int, skip: bool, report
) -> Iterator[tuple[Path, URIRef, Graph, Article]]:
    """Each file's article IRI and graph, in order. A failure ends the iteration (it is raised by the caller,
    after the output is closed) unless ``skip``."""
    for path in paths:
        try:
            raw = read_file(path, max_bytes)
            article, graph = extract_article(
                extractor, path, publisher_country, article_id(path.stem, content_hash(raw))
            )
        except KgError as e:
            report.failed.append((str(path), str(e)))
            if skip:
                continue
            return
        report.written.append(str(path))
        yield path, article_iri(article.id), graph, article


def _one(fmt: str, name: URIRef, graph: Graph) -> bytes:
    if fmt in ("turtle", "nt"):
        return graph.serialize(format=fmt).encode("utf-8")
    if fmt == "nq":
        from kg.rdf.rdfio import nt_lines

        return "".join(f"{line} <{name}> .\n" for line in nt_lines(graph)).encode("utf-8")
    import pyoxigraph as ox

    from kg.rdf.rdfio import ox_term

    g = ox.NamedNode(str(name))
    quads = (ox.Quad(ox_term(s), ox_term(p), ox_term(o), g) for s, p, o in graph)
    return ox.serialize(quads, format=ox.RdfFormat.TRIG, prefixes=PREFIXES)


def extract_files(
    paths: Sequence[Path],
    fmt: str,
    out: IO[bytes],
    publisher_country: str | None = None,
    max_bytes: int = 5 * 1024 * 1024,
    skip_errors: bool = False,
    extractor=None,
) -> ExtractReport:
    """Write the RDF of every article in ``paths`` to ``out`` (see the module doc); an InputError names the
    first file that failed, unless ``skip_errors`` (then the report lists them)."""
    if fmt not in OUTPUT_FORMATS:
        raise FormatError(f"unknown output format '{fmt}' (choose from {', '.join(OUTPUT_FORMATS)})")
    paths, extractor = _checked(paths, max_bytes, skip_errors, extractor)
    report = ExtractReport()
    graphs = _graphs(paths, extractor, publisher_country, max_bytes, skip_errors, report)
    if fmt == "jsonld":
        from kg.rdf.jsonld import graph_document, write_dataset

        if len(paths) == 1:
            for _, _, graph, _ in graphs:
                out.write(graph_document(graph).encode("utf-8"))
        else:
            write_dataset(((name, graph) for _, name, graph, _ in graphs), out)
    else:
        for path, name, graph, _ in graphs:
            if len(paths) > 1 and fmt == "turtle":
                out.write(f"# {path}\n".encode())
            out.write(_one(fmt, name, graph))
    _raise_first_failure(report, len(paths), skip_errors)
    return report


def explain_files(
    paths: Sequence[Path],
    out: IO[str],
    publisher_country: str | None = None,
    max_bytes: int = 5 * 1024 * 1024,
    skip_errors: bool = False,
    extractor=None,
) -> ExtractReport:
    """Write for every article in ``paths`` the meetings kept and the events set aside, with why; failures as
    ``extract_files``."""
    from kg.extract.explain import account

    paths, extractor = _checked(paths, max_bytes, skip_errors, extractor)
    report = ExtractReport()
    for path, _, _, article in _graphs(paths, extractor, publisher_country, max_bytes, skip_errors, report):
        out.write(f"# {path}\n{account(article)}")
    _raise_first_failure(report, len(paths), skip_errors)
    return report


def _checked(
    paths: Sequence[Path], max_bytes: int, skip_errors: bool, extractor
) -> tuple[list[Path], object]:
    """The files, every one checked before the models load (so a missing or oversized file prints nothing), and
    the extractor to use."""
    paths = [Path(p) for p in paths]
    problems = [p for p in (check_file(path, max_bytes) for path in paths) if p]
    if problems and not skip_errors:
        raise InputError(f"{problems[0]}; nothing was written")
    if extractor is None:
        from kg.extract import Extractor

        extractor = Extractor()
    return paths, extractor


def _raise_first_failure(report: ExtractReport, files: int, skip_errors: bool) -> None:
    if report.failed and not skip_errors:
        message, done = report.failed[0][1], len(report.written)
        raise InputError(
            message
            if files == 1
            else f"{message}; stopped there: {done} article(s) before it were written (--skip-errors goes on)"
        )
