"""The ``kg`` command: a thin click layer over the library.

Each command parses its options, calls one library function and turns the
library's errors (``kg.errors.KgError``) into a one-line ``Error: ...`` and a
non-zero exit.
"""

from __future__ import annotations

import functools
import os
import shutil
import sys
from pathlib import Path

import click

from .errors import KgError
from .store import BACKENDS, DEFAULT_STORE_DIR, DEFAULT_STORE_ENV, EXPORT_FORMATS

STORE_HELP = f"Store folder (default: ${DEFAULT_STORE_ENV} or ./{DEFAULT_STORE_DIR})."


def library_errors(fn):
    @functools.wraps(fn)
    def wrapper(*args, **kwargs):
        try:
            return fn(*args, **kwargs)
        except KgError as e:
            raise click.ClickException(str(e)) from None
    return wrapper


def store_options(fn):
    fn = click.option("--backend", type=click.Choice(sorted(BACKENDS)), default="oxigraph", show_default=True,
                      help="Store backend.")(fn)
    fn = click.option("--store", "store_path", type=click.Path(path_type=Path), default=None,
                      envvar=DEFAULT_STORE_ENV, help=STORE_HELP)(fn)
    return fn


def _open(store_path: Path | None, backend: str, create: bool = False):
    from .store import open_store

    return open_store(store_path, backend, create=create)


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(package_name="igkg")
def main() -> None:
    """igkg: a knowledge graph of intergovernmental relations from press releases.

    \b
    kg ingest data/articles/
    kg query queries/who-met-whom.rq
    kg viz -o out/graph.html
    """


@main.command()
@click.argument("file", type=click.Path(path_type=Path))
@click.option("-f", "--format", "fmt", default="turtle", show_default=True, type=click.Choice(["turtle", "nt", "jsonld"]))
@click.option("--publisher-country", default=None, metavar="ISO",
              help="Country of the outlet, for 'в нашей стране' (default: inferred, else KZ).")
@library_errors
def extract(file: Path, fmt: str, publisher_country: str | None) -> None:
    """Print the triples of one article; touches no store.

    \b
    Example:
      kg extract data/articles/seed.txt -f turtle
    """
    from .extract import Extractor
    from .mapping import article_to_graph

    article = Extractor().extract_file(file, publisher_country)
    g = article_to_graph(article)
    sys.stdout.write(g.serialize(format={"turtle": "turtle", "nt": "nt", "jsonld": "json-ld"}[fmt]))


@main.command()
@click.argument("paths", nargs=-1, required=True, type=click.Path(path_type=Path))
@store_options
@click.option("--publisher-country", default=None, metavar="ISO", help="Country of the outlet for every article.")
@library_errors
def ingest(paths: tuple[Path, ...], store_path: Path | None, backend: str, publisher_country: str | None) -> None:
    """Add articles (files or folders) to a store; re-ingesting replaces an article's facts.

    All articles are read before anything is written: if one fails, the store is
    left as it was.

    \b
    Example:
      kg ingest data/articles/
    """
    from .ingest import ingest as run_ingest

    store = _open(store_path, backend, create=True)
    try:
        report = run_ingest(paths, store, publisher_country=publisher_country)
    finally:
        store.close()
    click.echo(f"ingested {len(report.articles)} article(s): {report.persons} persons, {report.meetings} meetings, "
               f"{report.documents} documents, {report.triples} triples", err=True)


@main.command()
@click.argument("articles", nargs=-1, required=True)
@store_options
@library_errors
def remove(articles: tuple[str, ...], store_path: Path | None, backend: str) -> None:
    """Remove articles (by id, file name or IRI) and their facts from a store.

    \b
    Example:
      kg remove seed
    """
    from .ingest import remove as run_remove

    store = _open(store_path, backend)
    try:
        n = run_remove(articles, store)
    finally:
        store.close()
    if n == 0:
        raise click.ClickException(f"no such article in the store: {', '.join(articles)}")
    click.echo(f"removed {n} article(s)", err=True)


@main.command()
@click.argument("query")
@store_options
@click.option("-f", "--format", "fmt", default="table", show_default=True, type=click.Choice(["table", "csv", "tsv", "json"]))
@library_errors
def query(query: str, store_path: Path | None, backend: str, fmt: str) -> None:
    """Run SPARQL given inline, as a .rq file or '-' for stdin.

    The ontology's prefixes (dip:, igr:, org:, prov:, skos:, ...) are predeclared.
    SELECT and ASK print a table (or csv/tsv/json); CONSTRUCT and DESCRIBE print Turtle.

    \b
    Examples:
      kg query queries/who-met-whom.rq
      kg query 'SELECT ?name WHERE { ?p a dip:Person ; rdfs:label ?name }' -f csv
    """
    from .query import format_result, read_query, run

    store = _open(store_path, backend)
    try:
        result = run(store, read_query(query))
    finally:
        store.close()
    sys.stdout.write(format_result(result, fmt))


@main.command()
@store_options
@click.option("-f", "--format", "fmt", default="turtle", show_default=True, type=click.Choice(EXPORT_FORMATS))
@click.option("-o", "--output", type=click.Path(path_type=Path), default=None, help="File to write (default: stdout).")
@library_errors
def export(store_path: Path | None, backend: str, fmt: str, output: Path | None) -> None:
    """Write the whole graph. turtle/nt: the merged graph; trig/nq/jsonld: one named graph per article.

    \b
    Example:
      kg export -f trig -o out/igkg.trig
    """
    store = _open(store_path, backend)
    try:
        if output is None:
            store.export(fmt, sys.stdout.buffer)
        else:
            output.parent.mkdir(parents=True, exist_ok=True)
            tmp = output.with_name(output.name + ".part")
            with tmp.open("wb") as fh:
                store.export(fmt, fh)
            tmp.replace(output)
            click.echo(f"wrote {output}", err=True)
    finally:
        store.close()


@main.command()
@store_options
@click.option("-o", "--output", type=click.Path(path_type=Path), default=Path("out/graph.html"), show_default=True)
@click.option("--query", "construct", default=None, help="Draw the result of this CONSTRUCT query (inline or .rq).")
@click.option("--literals", is_flag=True, help="Draw literal values as nodes too.")
@click.option("--all-classes", is_flag=True, help="Draw quotes and articles as well.")
@library_errors
def viz(store_path: Path | None, backend: str, output: Path, construct: str | None, literals: bool, all_classes: bool) -> None:
    """Write the interactive HTML graph (works offline, no network requests).

    \b
    Examples:
      kg viz -o out/graph.html
      kg viz --query queries/construct-meetings.rq -o out/meetings.html
    """
    from .query import read_query
    from .viz import STYLES, VizOptions, construct_for_viz, graph_from_store, write_html

    store = _open(store_path, backend)
    try:
        if construct:
            graph = construct_for_viz(store, read_query(construct))
            opts = VizOptions(classes=[], literals=literals)
        else:
            opts = VizOptions(classes=list(STYLES) if all_classes else None, literals=literals)
            graph = graph_from_store(store, opts)
    finally:
        store.close()
    n_nodes, n_edges = write_html(graph, output, opts)
    click.echo(f"wrote {output} ({n_nodes} nodes, {n_edges} edges)", err=True)


@main.command()
@store_options
@library_errors
def validate(store_path: Path | None, backend: str) -> None:
    """Check the store against the SHACL shapes; exit 1 on violations.

    \b
    Example:
      kg validate
    """
    from .validate import validate_graph

    store = _open(store_path, backend)
    try:
        graph = store.union()
    finally:
        store.close()
    report = validate_graph(graph)
    if report.conforms:
        click.echo(f"conforms: {len(graph)} triples checked against ontology/shapes.ttl")
        return
    click.echo(report.text)
    raise click.ClickException(f"{report.violations} SHACL violation(s)")


@main.command()
@store_options
@click.option("--top", default=10, show_default=True, help="How many central actors to list.")
@library_errors
def stats(store_path: Path | None, backend: str, top: int) -> None:
    """Counts per class and the most central actors (degree and betweenness).

    \b
    Example:
      kg stats --top 5
    """
    from .analytics import centrality, class_counts

    store = _open(store_path, backend)
    try:
        articles = len([g for g in store.graph_names() if "/article/" in str(g)])
        counts = class_counts(store)
        central = centrality(store, top)
    finally:
        store.close()
    click.echo(f"articles (named graphs): {articles}")
    for name, n in counts.items():
        click.echo(f"{name:<14}{n:>8}")
    click.echo("")
    click.echo(f"{'most central actors':<44}{'kind':<14}{'degree':>8}{'between.':>10}")
    for row in central:
        click.echo(f"{row.label[:43]:<44}{row.kind:<14}{row.degree:>8.3f}{row.betweenness:>10.3f}")


def oxigraph_binary() -> str | None:
    """The `oxigraph` server of this environment (the PyPI package puts it beside the interpreter)."""
    sibling = Path(sys.executable).parent / "oxigraph"
    return str(sibling) if sibling.exists() else shutil.which("oxigraph")


@main.command()
@store_options
@click.option("--bind", default="127.0.0.1:7878", show_default=True, help="Address the SPARQL endpoint listens on.")
@library_errors
def serve(store_path: Path | None, backend: str, bind: str) -> None:
    """Serve the store as a SPARQL endpoint (oxigraph serve); query it at http://BIND/query.

    \b
    Example:
      kg serve --bind 127.0.0.1:7878
    """
    from .store import default_store_path

    if backend != "oxigraph":
        raise click.ClickException("kg serve needs the oxigraph backend")
    path = store_path or default_store_path()
    if not path.is_dir():
        raise click.ClickException(f"{path}: no store here yet (run `kg ingest` first)")
    binary = oxigraph_binary()
    if binary is None:
        raise click.ClickException("the `oxigraph` server is not installed (pip install oxigraph)")
    click.echo(f"SPARQL endpoint: http://{bind}/query (the default graph is the union of all articles)", err=True)
    os.execv(binary, [binary, "serve-read-only", "--location", str(path), "--bind", bind])


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
    from .evaluate import evaluate_corpus

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


if __name__ == "__main__":  # pragma: no cover
    main()
