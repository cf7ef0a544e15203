"""Ingest: articles (files or folders) -> one named graph each in a store, all or nothing."""

from __future__ import annotations

import sys
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

from rdflib import Graph, URIRef

from .errors import InputError
from .extract import Extractor, article_id_for
from .mapping import article_to_graph
from .ontology import article_iri
from .store import Store

ARTICLE_SUFFIXES = (".txt",)


@dataclass
class IngestReport:
    articles: list[str] = field(default_factory=list)
    triples: int = 0
    meetings: int = 0
    documents: int = 0
    persons: int = 0


def collect_articles(paths: Iterable[Path]) -> list[Path]:
    """Article files named directly or found (recursively) in folders, in a stable order."""
    found: list[Path] = []
    for path in map(Path, paths):
        if not path.exists():
            raise InputError(f"{path}: no such file or folder")
        if path.is_dir():
            files = sorted(p for p in path.rglob("*") if p.is_file() and p.suffix in ARTICLE_SUFFIXES)
            if not files:
                raise InputError(f"{path}: folder holds no article files (*.txt)")
            found.extend(files)
        else:
            found.append(path)
    ids: dict[str, Path] = {}
    for p in found:
        other = ids.setdefault(article_id_for(p), p)
        if other != p and other.resolve() != p.resolve():
            raise InputError(f"{p}: same article id '{p.stem}' as {other}; rename one of them")
    return list(dict.fromkeys(found))


def _progress(items: list[Path], label: str):
    """A progress bar on stderr when it is a terminal, silence otherwise."""
    try:
        from tqdm import tqdm
    except ImportError:  # pragma: no cover
        return items
    return tqdm(items, desc=label, unit="article", file=sys.stderr, disable=not sys.stderr.isatty() or len(items) < 2)


def extract_graphs(files: list[Path], extractor: Extractor, publisher_country: str | None = None) -> tuple[dict[URIRef, Graph], IngestReport]:
    report = IngestReport()
    graphs: dict[URIRef, Graph] = {}
    for path in _progress(files, "extracting"):
        article = extractor.extract_file(path, publisher_country)
        graph = article_to_graph(article, extractor.gazetteer)
        graphs[article_iri(article.id)] = graph
        report.articles.append(article.id)
        report.triples += len(graph)
        report.meetings += len(article.meetings)
        report.documents += sum(len(m.documents) for m in article.meetings)
        report.persons += len(article.persons)
    return graphs, report


def ingest(paths: Iterable[Path], store: Store, extractor: Extractor | None = None,
           publisher_country: str | None = None) -> IngestReport:
    """Extract every article first; write only if all of them could be read, in one transaction."""
    files = collect_articles(paths)
    graphs, report = extract_graphs(files, extractor or Extractor(), publisher_country)
    store.replace_graphs(graphs)
    return report


def remove(names: Iterable[str], store: Store) -> int:
    """Remove articles by id, file path or IRI; returns how many graphs were removed."""
    iris = []
    for name in names:
        if name.startswith(("http://", "https://")):
            iris.append(URIRef(name))
        else:
            iris.append(article_iri(Path(name).stem if name.endswith(ARTICLE_SUFFIXES) else name))
    return store.remove_graphs(iris)
