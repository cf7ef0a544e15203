"""The ``kg`` command: a thin click layer over the library.

Each command parses its options, calls one library function and turns the
library's errors (``kg.errors.KgError``) into a one-line ``Error: ...`` and a
non-zero exit. The group and its shared options live in kg/cli/common.py; this
module holds the commands that take articles in or serve them (extract, ingest,
remove, serve, eval), kg/cli/read.py the ones that read the store, kg/cli/review.py its
counts and duplicate candidates (stats, duplicates), kg/cli/maintain.py
the ones that fill, compact or summarize a store (load, optimize, summarize).
"""

from __future__ import annotations

import functools
import sys
from pathlib import Path

import click

from kg.cli.common import (
    AMOUNT,
    SERVICE_HELP,
    TIMEOUT_HELP,
    _writable,
    library_errors,
    main,
    max_size_option,
    store_options,
)
from kg.errors import KgError

ALIASES_HELP = (
    "TSV file of 'variant<TAB>canonical name[<TAB>Wikidata QID]' lines; kept in the store and "
    "applied by every later consolidation."
)


@main.command()
@click.argument("files", nargs=-1, required=True, type=click.Path(path_type=Path))
@click.option(
    "-f",
    "--format",
    "fmt",
    default="turtle",
    show_default=True,
    type=click.Choice(["turtle", "nt", "trig", "nq", "jsonld"]),
    help="turtle, nt: the triples one article after another; trig, nq: one named graph per article; "
    "jsonld: one document (a dataset of one graph per article for several files).",
)
@click.option(
    "--publisher-country",
    default=None,
    metavar="ISO",
    help="Country of the outlet, for 'в нашей стране' (default: inferred; left unknown if nothing tells).",
)
@click.option("--skip-errors", is_flag=True, help="Go on past bad articles, list them; exit 1 if any failed.")
@click.option(
    "--explain",
    is_flag=True,
    help="Print, instead of triples, the meetings found and every event set aside, with why.",
)
@max_size_option
@library_errors
def extract(
    files: tuple[Path, ...],
    fmt: str,
    publisher_country: str | None,
    skip_errors: bool,
    explain: bool,
    max_size: float,
) -> None:
    """Print the triples of articles; touches no store.

    Many files in one call load the models once (a few seconds), then take a
    fraction of a second each: pass a batch rather than one file per call. The first bad article stops the run, with the
    ones before it printed; --skip-errors goes on and lists the bad ones. --explain tells why a meeting is
    missing: recalled, announced without a day, negated, one state's sitting.

    \b
    Example:
      kg extract data/articles/seed.txt -f turtle
      kg extract data/articles/*.txt -f nq > out/articles.nq
      kg extract data/articles/seed.txt --explain
    """
    from kg.ingest.extraction import explain_files, extract_files

    max_bytes = int(max_size * 1024 * 1024)
    if explain:
        report = explain_files(files, sys.stdout, publisher_country, max_bytes, skip_errors)
    else:
        report = extract_files(
            files, fmt, sys.stdout.buffer, publisher_country, max_bytes=max_bytes, skip_errors=skip_errors
        )
    for _path, message in report.failed:
        click.echo(f"failed     {message}", err=True)
    if report.failed:
        raise click.ClickException(
            f"{len(report.failed)} article(s) failed (listed above); the others were written"
        )


@main.command()
@click.argument("paths", nargs=-1, required=True, type=click.Path(path_type=Path))
@store_options
@click.option(
    "--publisher-country", default=None, metavar="ISO", help="Country of the outlet for every article."
)
@click.option(
    "-j", "--jobs", type=click.IntRange(1), default=None, help="Worker processes (default: every core)."
)
@click.option(
    "--skip-errors", is_flag=True, help="Ingest the good articles, list the bad ones; exit 1 if any failed."
)
@max_size_option
@click.option(
    "--max-memory",
    default=2048,
    show_default=True,
    metavar="MB",
    help="Memory one worker may use beyond its models; an article needing more fails.",
)
@click.option(
    "-v", "--verbose", is_flag=True, help="List every article: landed, unchanged, duplicate, failed."
)
@click.option("--aliases", type=click.Path(path_type=Path), default=None, help=ALIASES_HELP)
@library_errors
def ingest(
    paths: tuple[Path, ...],
    store_path: str | None,
    backend: str,
    publisher_country: str | None,
    jobs: int | None,
    skip_errors: bool,
    max_size: float,
    max_memory: int,
    verbose: bool,
    aliases: Path | None,
) -> None:
    """Add articles (.txt, .html, .htm files or folders) to a store; a changed file replaces its article.

    Articles are extracted in worker processes and written in order, each whole
    or not at all. The first bad article stops the run (those before it have
    landed); with --skip-errors the others land and the bad ones are listed.
    Texts already in the store are skipped. Afterwards the same person, and the
    same event told by several outlets, become one node (see kg resolve).

    \b
    Example:
      kg ingest data/articles/
      kg ingest news/ --skip-errors --store http://127.0.0.1:7878
    """
    from kg.ingest.curation import read_aliases_file
    from kg.ingest.runner import ingest as run_ingest

    alias_list = read_aliases_file(aliases) if aliases is not None else None
    store = _writable(store_path, backend, create=True)
    try:
        report = run_ingest(
            paths,
            store,
            aliases=alias_list,
            publisher_country=publisher_country,
            jobs=jobs,
            skip_errors=skip_errors,
            max_bytes=int(max_size * 1024 * 1024),
            max_memory_mb=max_memory,
        )
    except KgError as e:
        if getattr(e, "report", None) is not None:
            _print_ingest(e.report, verbose, failures=skip_errors)
        raise
    finally:
        store.close()
    _print_ingest(report, verbose, failures=True)
    if report.compaction is not None and report.compaction.compacted:
        click.echo(f"compacted the store in {report.compaction.seconds:.1f} s", err=True)
    if report.failed:
        raise click.ClickException(
            f"{len(report.failed)} article(s) failed (listed above); the others landed"
        )


def _print_ingest(report, verbose: bool, failures: bool) -> None:
    echo = functools.partial(click.echo, err=True)
    if report.skipped_files:
        names = report.skipped_files if verbose else report.skipped_files[:3]
        more = "" if verbose or len(report.skipped_files) <= 3 else ", … (-v lists all)"
        echo(
            f"skipped {len(report.skipped_files)} file(s) that are not .txt/.html/.htm: {', '.join(names)}{more}"
        )
    if verbose:
        for article_id, path in report.landed:
            echo(f"landed     {article_id}  {path}")
        for path in report.unchanged:
            echo(f"unchanged  {path}")
    for path, of in report.duplicates:
        echo(f"duplicate  {path}: the same text as article {of}; not ingested again")
    if failures:
        for _path, message in report.failed:
            echo(f"failed     {message}")
    echo(
        f"ingested {len(report.landed)} article(s), {report.triples} triples; the store gained "
        f"{report.persons} persons, {report.meetings} meetings, {report.documents} documents; {len(report.unchanged)} unchanged, "
        f"{len(report.duplicates)} duplicate(s), {len(report.failed)} failed"
    )


@main.command()
@click.argument("articles", nargs=-1, required=True)
@store_options
@library_errors
def remove(articles: tuple[str, ...], store_path: str | None, backend: str) -> None:
    """Remove articles (by id, file name, file or IRI) and their facts from a store.

    If any name matches no article (or several), nothing is removed.

    \b
    Example:
      kg remove seed
    """
    from kg.ingest.runner import remove as run_remove

    store = _writable(store_path, backend)
    try:
        n = run_remove(articles, store)
    finally:
        store.close()
    click.echo(f"removed {n} article(s)", err=True)


@main.command()
@store_options
@click.option("--aliases", type=click.Path(path_type=Path), default=None, help=ALIASES_HELP)
@library_errors
def resolve(store_path: str | None, backend: str, aliases: Path | None) -> None:
    """Re-run store-level identity: one node per person and per event, with an analyst's aliases.

    Ingest and remove do this themselves; run it after changing the aliases file.
    An aliases file replaces the one the store kept before.

    \b
    Example:
      printf 'Шовкат Мирзиёев\\tШавкат Мирзиёев\\nВ.В. Путин\\tВладимир Путин\\tQ7747\\n' > aliases.tsv
      kg resolve --aliases aliases.tsv
    """
    from kg.ingest.curation import read_aliases_file
    from kg.ingest.resolve import resolve_store

    alias_list = read_aliases_file(aliases) if aliases is not None else None
    store = _writable(store_path, backend)
    try:
        report = resolve_store(store, alias_list)
    finally:
        store.close()
    click.echo(
        f"{report.persons} persons, {report.meetings} meetings; {report.graphs_rewritten} article graph(s) rewritten",
        err=True,
    )


def oxigraph_binary() -> str | None:
    """The `oxigraph` server of this environment (kept here for callers of kg.cli)."""
    from kg.web.serve import oxigraph_binary as find

    return find()


@main.command()
@store_options
@click.option(
    "--bind", default="127.0.0.1:7878", show_default=True, help="Address the SPARQL endpoint listens on."
)
@click.option("--timeout", default=30.0, type=AMOUNT, show_default=True, metavar="SECONDS", help=TIMEOUT_HELP)
@click.option("--allow-service", multiple=True, metavar="HOST", help=SERVICE_HELP)
@click.option(
    "--workers",
    default=4,
    show_default=True,
    type=click.IntRange(1, 64),
    help="Queries that run at once; up to 32 more wait, then the endpoint answers 503.",
)
@click.option(
    "--client-timeout",
    default=20.0,
    show_default=True,
    type=click.FloatRange(0.1, 3600),
    metavar="SECONDS",
    help="Close a connection whose client sends nothing for this long.",
)
@library_errors
def serve(
    store_path: str | None,
    backend: str,
    bind: str,
    timeout: float,
    allow_service: tuple[str, ...],
    workers: int,
    client_timeout: float,
) -> None:
    """Serve the store as a read-only SPARQL endpoint at http://BIND/query, with a start page at http://BIND/.

    Every query, however it is sent (GET, POST form or body, URL parameters),
    goes through a guard that refuses updates, SERVICE to hosts not allowed and
    queries nested too deeply, then runs in a worker process only the server
    reaches; a query past --timeout ends with 504. The endpoint answers only to
    localhost and the --bind address. The start page runs the canned queries
    and shows results as plain values, IRIs as links, making no request to any
    other host. While it runs, commands that write the store (ingest, remove,
    load) are refused: stop the server first.

    \b
    Example:
      kg serve --bind 127.0.0.1:7878
    """
    from kg.store.base import default_store_path, is_url
    from kg.web.serve import serve as run_serve

    if backend != "oxigraph" or is_url(store_path):
        raise click.ClickException("kg serve needs a local Oxigraph store folder")
    path = Path(store_path or default_store_path())

    def ready(url: str) -> None:
        click.echo(
            f"SPARQL endpoint: {url} (read-only; queries stop after {timeout:g} s; "
            "the default graph is the union of all articles)",
            err=True,
        )
        click.echo(f"start page: {url.removesuffix('query')}", err=True)

    run_serve(path, bind, timeout, allow_service, ready=ready, workers=workers, client_timeout=client_timeout)


@main.command(name="eval")
@click.argument("corpus", type=click.Path(path_type=Path))
@click.option("-v", "--verbose", is_flag=True, help="Print each article's missed and extra facts.")
@library_errors
def evaluate(corpus: Path, verbose: bool) -> None:
    """Score the extractor on a folder of NAME.txt + NAME.yaml (the gold format of data/articles).

    \b
    Example:
      kg eval data/articles -v
    """
    from kg.evaluate import evaluate_corpus

    result = evaluate_corpus(corpus)
    for a in result.articles:
        click.echo(f"{a.name}: F1 {a.f1:.3f}" + (f"  FAILED {a.error}" if a.error else ""))
        if verbose:
            for kind in a.counts:
                for fact in a.missed[kind]:
                    click.echo(f"    missed {kind}: {fact}")
                for fact in a.extra[kind]:
                    click.echo(f"    extra  {kind}: {fact}")
    click.echo("")
    click.echo(result.table())
