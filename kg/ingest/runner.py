"""Ingest: article files (or folders of them) -> one named graph each, streamed into a store.

What a run promises (README, "Ingest"):

* **Whole articles.** An article's graph lands in one transaction with its
  merged copy, or not at all; a failed article never leaves half a graph.
* **An exact report.** Articles are written in input order, in transactions of
  at most a few hundred articles (one per article on a SPARQL server); the report
  names every article that landed, was unchanged, was a duplicate or failed.
* **Stop or skip.** The first bad article stops the run: the articles before it
  have landed, nothing after it is written. With ``skip_errors`` the run goes on
  and lists each bad article with its one-line error. Problems visible without
  reading (missing, not a regular file, over the size limit) stop the run before
  anything is written.
* **Bounded memory.** Extraction runs in worker processes (kg/ingest/workers.py) with a
  bounded number of articles in flight and bounded transactions.
* **Linear re-ingest.** A file whose text (content hash) is already in the store,
  extracted by the same extractor, is skipped without extraction; a changed file
  replaces the article its previous text made; the same text under another name
  is reported as a duplicate.
"""

from __future__ import annotations

import contextlib
import hashlib
import os
import stat
import sys
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from kg.errors import InputError, KgError, StoreError
from kg.identity import article_id, content_hash, legacy_article_id
from kg.ingest.curation import Alias, write_aliases
from kg.ingest.incremental import ChangeTracker, consolidate
from kg.ingest.resolve import ConsolidationReport
from kg.ingest.summary import SummaryReport
from kg.ingest.summarykeys import SummaryTracker
from kg.ingest.workers import ExtractionPool, Failure, Task, default_jobs
from kg.rdf.ontology import article_iri, slug
from kg.store.base import ArticleData, Store, find_articles
from kg.store.compact import OptimizeReport, optimize, worth_compacting

ARTICLE_SUFFIXES = (".txt", ".html", ".htm")
DEFAULT_MAX_BYTES = 5 * 1024 * 1024
DEFAULT_MAX_MEMORY_MB = 2048
PLAN_CHUNK = 256


@dataclass
class Skip:
    index: int
    path: str
    reason: str  # "unchanged" or "duplicate"
    of: str = ""  # the article this one duplicates
    drop: list[str] = field(default_factory=list)


@dataclass
class IngestReport:
    landed: list[tuple[str, str]] = field(default_factory=list)  # (article id, file)
    unchanged: list[str] = field(default_factory=list)
    duplicates: list[tuple[str, str]] = field(default_factory=list)  # (file, the article it repeats)
    failed: list[tuple[str, str]] = field(default_factory=list)  # (file, one-line error)
    skipped_files: list[str] = field(default_factory=list)  # not article files, found in folders
    replaced: list[str] = field(default_factory=list)  # IRIs of older versions removed
    triples: int = 0  # written, counted per article
    # What the store gained: distinct instances after the run minus before (kg stats counts the same way),
    # so a person named in ten articles counts once, and a replaced article can make a number negative.
    persons: int = 0
    meetings: int = 0
    documents: int = 0
    consolidation: ConsolidationReport | None = None  # what store-level identity rewrote afterwards
    summary: SummaryReport | None = (
        None  # how the summary graph was brought up to date (None: nothing written)
    )
    compaction: OptimizeReport | None = None  # set when the run wrote enough to compact the store

    @property
    def articles(self) -> list[str]:
        return [a for a, _ in self.landed]


def _walk(folder: Path, report: IngestReport) -> list[Path]:
    found = []
    for root, dirs, files in os.walk(folder):
        dirs[:] = sorted(d for d in dirs if not d.startswith("."))
        for name in sorted(files):
            if name.startswith("."):
                continue
            path = Path(root) / name
            (found if path.suffix.lower() in ARTICLE_SUFFIXES else report.skipped_files).append(path)
    report.skipped_files[:] = [str(p) for p in report.skipped_files]
    return found


def collect_articles(paths: Iterable[Path], report: IngestReport | None = None) -> list[Path]:
    """Article files named directly or found in folders (.txt, .html, .htm; hidden files skipped), in a stable order."""
    report = report if report is not None else IngestReport()
    found: list[Path] = []
    for path in map(Path, paths):
        if not os.path.lexists(path):
            raise InputError(f"{path}: no such file or folder")
        if path.is_dir():
            files = _walk(path, report)
            if not files:
                raise InputError(f"{path}: folder holds no article files (*.txt, *.html, *.htm)")
            found.extend(files)
        else:
            found.append(path)
    seen: set[str] = set()
    unique = []
    for p in found:
        key = os.path.realpath(p)
        if key not in seen:
            seen.add(key)
            unique.append(p)
    return unique


def check_file(path: Path, max_bytes: int) -> str | None:
    """Why a file cannot be an article, judged without opening it (a FIFO would block, /dev/zero never ends)."""
    try:
        st = path.stat()
    except FileNotFoundError:
        return f"{path}: no such file"
    except OSError as e:
        return f"{path}: cannot read ({e.strerror})"
    if stat.S_ISDIR(st.st_mode):
        return f"{path}: is a folder, not an article file"
    if not stat.S_ISREG(st.st_mode):
        return f"{path}: not a regular file (a device, FIFO or socket); refused"
    if max_bytes and st.st_size > max_bytes:
        return f"{path}: {_mb(st.st_size)} is over the {_mb(max_bytes)} limit for one article (--max-size)"
    return None


def read_file(path: Path, max_bytes: int) -> bytes:
    """An article file's bytes, refused when it is not a regular file or over ``max_bytes``."""
    problem = check_file(path, max_bytes)
    if problem:
        raise InputError(problem)
    try:
        with path.open("rb") as fh:
            raw = fh.read(max_bytes + 1 if max_bytes else -1)
    except OSError as e:
        raise InputError(f"{path}: cannot read ({e.strerror})") from None
    if max_bytes and len(raw) > max_bytes:
        raise InputError(f"{path}: over the {_mb(max_bytes)} limit for one article (--max-size)")
    return raw


def _utf8(text: str) -> bool:
    try:
        text.encode("utf-8")
        return True
    except UnicodeEncodeError:  # a file name of undecodable bytes, kept by Python as lone surrogates
        return False


def check_publisher(code: str | None) -> str | None:
    """The outlet's country code in upper case, refused before any work when the gazetteer does not know it."""
    if code is None:
        return None
    from kg.extract import Extractor

    if code.upper() not in Extractor().gazetteer.countries:  # the check extraction itself makes, made once
        raise InputError(f"unknown publisher country code '{code}' (an ISO 3166-1 alpha-2 code such as KZ)")
    return code.upper()


def _mb(n: int) -> str:
    return f"{n / 1024 / 1024:.1f} MB" if n >= 1024 * 1024 else f"{n / 1024:.0f} KB"


def extractor_fingerprint(publisher_country: str | None) -> str:
    """What decides an article's facts besides its text: the extraction code, its data, models and options."""
    from importlib import metadata

    import kg.extract
    import kg.keys
    import kg.rdf.mapping
    import kg.rdf.ontology
    from kg.resources import resource_dir

    h = hashlib.sha256()
    files = sorted(Path(kg.extract.__file__).parent.rglob("*.py"))
    files += [Path(m.__file__) for m in (kg.rdf.mapping, kg.rdf.ontology, kg.keys)]
    files += sorted(p for p in resource_dir("gazetteer").iterdir() if p.is_file())
    for p in files:
        h.update(p.name.encode() + b"\0" + p.read_bytes())
    for dist in ("natasha", "pymorphy3", "pymorphy3-dicts-ru", "razdel"):
        with contextlib.suppress(metadata.PackageNotFoundError):
            h.update(f"{dist}={metadata.version(dist)}".encode())
    h.update(f"publisher={publisher_country or ''}".encode())
    return h.hexdigest()[:16]


class _Planner:
    """Turns files into Tasks (to extract), Skips (unchanged, duplicate) and Failures, in order."""

    def __init__(self, store: Store, publisher_country: str | None, max_bytes: int) -> None:
        self.store = store
        self.publisher = publisher_country
        self.max_bytes = max_bytes
        self.fingerprint = extractor_fingerprint(publisher_country)
        self.seen: dict[str, str] = {}  # content hash -> article id, within this run

    def items(self, files: list[tuple[Path, str | None]]) -> Iterator:
        for start in range(0, len(files), PLAN_CHUNK):
            yield from self._chunk(list(enumerate(files[start : start + PLAN_CHUNK], start)))

    def _chunk(self, chunk: list) -> Iterator:
        read = []
        for index, (path, problem) in chunk:
            try:
                if problem:
                    raise InputError(problem)
                if not _utf8(str(path)):
                    raise InputError(f"{os.fsencode(path)!r}: the file name is not UTF-8; rename the file")
                h = content_hash(read_file(path, self.max_bytes))
                read.append((index, path, h, article_id(path.stem, h), os.path.realpath(path)))
            except InputError as e:
                read.append((index, path, None, str(e), None))
        ok = [r for r in read if r[2]]
        records = find_articles(
            self.store,
            hashes=[r[2] for r in ok],
            sources=[r[4] for r in ok],
            iris=[str(article_iri(legacy_article_id(r[1]))) for r in ok],
        )
        for index, path, h, aid, source in read:
            if h is None:
                yield Failure(index, str(path), aid)
            else:
                yield self._plan(index, path, h, aid, source, records)

    def _plan(self, index: int, path: Path, h: str, aid: str, source: str, records: list):
        iri = str(article_iri(aid))
        legacy = str(article_iri(legacy_article_id(path)))
        drop = sorted(
            {
                r.iri
                for r in records
                if r.iri != iri
                and (
                    (r.source == source and r.content_hash != h)
                    or (r.iri == legacy and r.content_hash is None)
                )
            }
        )
        if h in self.seen:
            return Skip(index, str(path), "duplicate", self.seen[h], drop)
        self.seen[h] = aid
        same = [r for r in records if r.content_hash == h]
        if any(r.iri == iri and r.extractor == self.fingerprint for r in same):
            return Skip(index, str(path), "unchanged", aid, drop)
        other = [r for r in same if r.iri != iri]
        if other:
            return Skip(index, str(path), "duplicate", other[0].iri.rsplit("/", 1)[-1], drop)
        return Task(index, str(path), aid, h, source, self.publisher, self.fingerprint, drop)


class _Writer:
    """Collects whole articles into bounded transactions and records what landed."""

    def __init__(self, store: Store, report: IngestReport) -> None:
        self.store, self.report = store, report
        self.articles: list[ArticleData] = []
        self.drop: list[str] = []
        self.triples = 0

    def add(self, article: ArticleData | None, drop: list[str]) -> None:
        if article is not None:
            self.articles.append(article)
            self.triples += article.triples
        self.drop.extend(drop)
        if (
            len(self.articles) >= self.store.write_batch_articles
            or self.triples >= self.store.write_batch_triples
        ):
            self.commit()

    def commit(self) -> None:
        if not self.articles and not self.drop:
            return
        try:
            self.store.write_articles(self.articles, self.drop)
        except KgError as e:
            where = (
                f"{self.articles[0].path}: not written" if self.articles else "removing older versions failed"
            )
            raise StoreError(
                f"{where}: {e}; {len(self.report.landed)} article(s) before it landed, "
                "nothing after it was written (rerun to complete)"
            ) from None
        r = self.report
        for a in self.articles:
            r.landed.append((a.article_id, a.path))
            r.triples += a.triples
        r.replaced.extend(self.drop)
        self.articles, self.drop, self.triples = [], [], 0


def ingest(
    paths: Iterable[Path],
    store: Store,
    extractor=None,
    publisher_country: str | None = None,
    *,
    jobs: int | None = None,
    skip_errors: bool = False,
    max_bytes: int = DEFAULT_MAX_BYTES,
    max_memory_mb: int = DEFAULT_MAX_MEMORY_MB,
    progress: bool = True,
    aliases: list[Alias] | None = None,
) -> IngestReport:
    """Stream articles into ``store`` (see the module doc). With ``extractor`` given, extract in this
    process (no workers); otherwise in ``jobs`` worker processes (default: every core)."""
    report = IngestReport()
    publisher_country = check_publisher(publisher_country)
    files = collect_articles(paths, report)
    checked = [(p, check_file(p, max_bytes)) for p in files]
    if not skip_errors:
        first = next((problem for _, problem in checked if problem), None)
        if first:
            raise InputError(f"{first}; nothing was written")
    before = store_counts(store)
    # every write below goes through both: the summary follows the articles, and consolidation reads
    # only the blocks the written and dropped graphs touch
    tracked = SummaryTracker(store)
    changes = ChangeTracker(tracked)
    if aliases is not None:
        write_aliases(changes, aliases)
    planner = _Planner(store, publisher_country, max_bytes)
    pool = ExtractionPool(jobs or default_jobs(), max_memory_mb, extractor)
    writer = _Writer(changes, report)
    bar = _progress(len(checked)) if progress else None
    try:
        for item, outcome in pool.run(planner.items(checked)):
            if bar is not None:
                bar.update()
            if isinstance(outcome, Failure):
                report.failed.append((outcome.path, outcome.message))
                if not skip_errors:
                    writer.commit()
                    raise InputError(
                        f"{outcome.message}; stopped there: {len(report.landed)} article(s) before it "
                        "landed, nothing after it was written (--skip-errors goes on past bad articles)"
                    )
            elif isinstance(outcome, Skip):
                (
                    report.unchanged.append(outcome.path)
                    if outcome.reason == "unchanged"
                    else report.duplicates.append((outcome.path, outcome.of))
                )
                writer.add(None, outcome.drop)
            else:
                writer.add(outcome, item.drop)
        writer.commit()
        if report.landed or report.replaced or aliases is not None:
            report.consolidation = consolidate(changes, changes.changes)
        report.summary = tracked.finish()
        if worth_compacting(len(report.landed), report.triples):
            report.compaction = optimize(store)  # last: the summary's writes are compacted too
    except BaseException as e:
        pool.shutdown(wait=False)  # Ctrl-C or an error: do not wait for articles nobody will write
        if isinstance(e, KgError):
            with contextlib.suppress(
                KgError
            ):  # the store may be what failed; the lists still say what landed
                _count_gains(report, store, before)
            e.report = report
        raise
    finally:
        pool.shutdown(wait=True)
        if bar is not None:
            bar.close()
    _count_gains(report, store, before)
    return report


def store_counts(store: Store) -> dict[str, int]:
    """Distinct persons, meetings and documents in the store, counted as ``kg stats`` counts them."""
    from kg.store.stats import class_counts

    counts = class_counts(store)
    return {"persons": counts["Person"], "meetings": counts["Meeting"], "documents": counts["Document"]}


def _count_gains(report: IngestReport, store: Store, before: dict[str, int]) -> None:
    if not report.landed and not report.replaced:
        return  # nothing written: nothing gained, and no need to count
    for name, n in store_counts(store).items():
        setattr(report, name, n - before[name])


def _progress(total: int):
    """A progress bar on stderr when it is a terminal."""
    if not sys.stderr.isatty() or total < 2:
        return None
    from tqdm import tqdm

    return tqdm(total=total, desc="ingesting", unit="article", file=sys.stderr)


def resolve_articles(names: Iterable[str], store: Store) -> list[str]:
    """Article IRIs for names given as ids (``seed-b8cf5f7e``), file stems (``seed``), files or IRIs;
    an unknown or ambiguous name is an InputError naming it, and then nothing is resolved."""
    rows = store.query(
        "SELECT ?a ?id ?src WHERE { ?a a dip:Article ; dip:identifier ?id . "
        "OPTIONAL { ?a dip:sourceFile ?src } }"
    ).rows
    articles = [(str(a), str(i), str(s) if s is not None else "") for a, i, s in rows]
    out, missing = [], []
    for name in names:
        if name.startswith(("http://", "https://")):
            found = [a for a, _, _ in articles if a == name]
        elif os.path.isfile(name):
            real = os.path.realpath(name)
            found = [a for a, _, src in articles if src == real]
            if not found:
                h = content_hash(read_file(Path(name), DEFAULT_MAX_BYTES))
                found = [r.iri for r in find_articles(store, hashes=[h])]
        else:
            stem = Path(name).stem if name.lower().endswith(ARTICLE_SUFFIXES) else name
            found = [a for a, i, _ in articles if i == stem]
            if not found:
                key = slug(stem, limit=60)
                found = [a for a, i, _ in articles if i.rsplit("-", 1)[0] == key and len(i) == len(key) + 9]
        if not found:
            missing.append(name)
        elif len(set(found)) > 1:
            ids = ", ".join(sorted(a.rsplit("/", 1)[-1] for a in set(found)))
            raise InputError(f"'{name}' names {len(set(found))} articles ({ids}); give one of these ids")
        else:
            out.append(found[0])
    if missing:
        raise InputError(f"no such article in the store: {', '.join(missing)}; nothing was removed")
    return list(dict.fromkeys(out))


def remove(names: Iterable[str], store: Store) -> int:
    """Remove articles (by id, file stem, file or IRI) in one transaction; returns how many were removed."""
    from rdflib import URIRef

    tracked = ChangeTracker(SummaryTracker(store))
    removed = tracked.remove_graphs([URIRef(iri) for iri in resolve_articles(list(names), store)])
    if removed:
        consolidate(
            tracked, tracked.changes
        )  # the removed articles' mentions may have held clusters together
    tracked.store.finish()
    return removed
