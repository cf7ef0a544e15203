"""The ``kg`` command: a thin click layer over the library.

Each command parses its options, calls one library function and turns the
library's errors (``kg.errors.KgError``) into a one-line ``Error: ...`` and a
non-zero exit.
"""

from __future__ import annotations

import functools
import sys
from pathlib import Path

import click

from .errors import KgError, StoreError
from .store import BACKENDS, DEFAULT_STORE_DIR, DEFAULT_STORE_ENV, EXPORT_FORMATS

STORE_HELP = (f"Store folder, or the URL of a SPARQL server (http(s)://HOST/PATH) "
              f"(default: ${DEFAULT_STORE_ENV} or ./{DEFAULT_STORE_DIR}).")
TIMEOUT_HELP = "Stop a query after this many seconds (0: no limit)."
SERVICE_HELP = "Let SERVICE reach this host (HOST or HOST:PORT; repeatable). Without it SERVICE is refused."


def library_errors(fn):
    @functools.wraps(fn)
    def wrapper(*args, **kwargs):
        try:
            return fn(*args, **kwargs)
        except KgError as e:
            raise click.ClickException(str(e)) from None
        except BrokenPipeError:  # `kg query ... | head`: the reader has what it wanted
            sys.stderr.close()
            raise SystemExit(0) from None
    return wrapper


def store_options(fn):
    fn = click.option("--backend", type=click.Choice(sorted(BACKENDS)), default="oxigraph", show_default=True,
                      help="Store backend.")(fn)
    fn = click.option("--store", "store_path", default=None, envvar=DEFAULT_STORE_ENV, help=STORE_HELP)(fn)
    return fn


def _open(store_path: str | None, backend: str, create: bool = False, readonly: bool = True):
    from .store import open_store

    return open_store(store_path, backend, create=create, readonly=readonly)


def _writable(store_path: str | None, backend: str, create: bool = False):
    if backend == "memory":
        raise StoreError("--backend memory keeps nothing once the command ends; write to an Oxigraph store "
                         "(the default) or a SPARQL server, or use the memory backend from Python")
    return _open(store_path, backend, create=create, readonly=False)


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(package_name="igkg")
def main() -> None:
    """igkg: a knowledge graph of intergovernmental relations from press releases.

    \b
    kg ingest data/articles/
    kg query who-met-whom
    kg viz -o out/graph.html
    """


@main.command()
@click.argument("file", type=click.Path(path_type=Path))
@click.option("-f", "--format", "fmt", default="turtle", show_default=True, type=click.Choice(["turtle", "nt", "jsonld"]))
@click.option("--publisher-country", default=None, metavar="ISO",
              help="Country of the outlet, for 'в нашей стране' (default: inferred, else KZ).")
@click.option("--max-size", default=5.0, show_default=True, metavar="MB", help="Refuse larger article files.")
@library_errors
def extract(file: Path, fmt: str, publisher_country: str | None, max_size: float) -> None:
    """Print the triples of one article; touches no store.

    \b
    Example:
      kg extract data/articles/seed.txt -f turtle
    """
    from .extract import Extractor
    from .identity import article_id, content_hash
    from .ingest import read_file
    from .workers import extract_article

    raw = read_file(file, int(max_size * 1024 * 1024))
    _, g = extract_article(Extractor(), file, publisher_country, article_id(file.stem, content_hash(raw)))
    if fmt == "jsonld":
        from .jsonld import graph_document

        sys.stdout.write(graph_document(g))
    else:
        sys.stdout.write(g.serialize(format={"turtle": "turtle", "nt": "nt"}[fmt]))


@main.command()
@click.argument("paths", nargs=-1, required=True, type=click.Path(path_type=Path))
@store_options
@click.option("--publisher-country", default=None, metavar="ISO", help="Country of the outlet for every article.")
@click.option("-j", "--jobs", type=click.IntRange(1), default=None, help="Worker processes (default: every core).")
@click.option("--skip-errors", is_flag=True, help="Ingest the good articles, list the bad ones; exit 1 if any failed.")
@click.option("--max-size", default=5.0, show_default=True, metavar="MB",
              help="Refuse larger article files (0: no limit).")
@click.option("--max-memory", default=2048, show_default=True, metavar="MB",
              help="Memory one worker may use beyond its models; an article needing more fails.")
@click.option("-v", "--verbose", is_flag=True, help="List every article: landed, unchanged, duplicate, failed.")
@library_errors
def ingest(paths: tuple[Path, ...], store_path: str | None, backend: str, publisher_country: str | None,
           jobs: int | None, skip_errors: bool, max_size: float, max_memory: int, verbose: bool) -> None:
    """Add articles (.txt, .html, .htm files or folders) to a store; a changed file replaces its article.

    Articles are extracted in worker processes and written in order, each whole
    or not at all. The first bad article stops the run (those before it have
    landed); with --skip-errors the others land and the bad ones are listed.
    Texts already in the store are skipped.

    \b
    Example:
      kg ingest data/articles/
      kg ingest news/ --skip-errors --store http://127.0.0.1:7878
    """
    from .ingest import ingest as run_ingest

    store = _writable(store_path, backend, create=True)
    try:
        report = run_ingest(paths, store, publisher_country=publisher_country, jobs=jobs, skip_errors=skip_errors,
                            max_bytes=int(max_size * 1024 * 1024), max_memory_mb=max_memory)
    except KgError as e:
        if getattr(e, "report", None) is not None:
            _print_ingest(e.report, verbose, failures=skip_errors)
        raise
    finally:
        store.close()
    _print_ingest(report, verbose, failures=True)
    if report.failed:
        raise click.ClickException(f"{len(report.failed)} article(s) failed (listed above); the others landed")


def _print_ingest(report, verbose: bool, failures: bool) -> None:
    echo = functools.partial(click.echo, err=True)
    if report.skipped_files:
        names = report.skipped_files if verbose else report.skipped_files[:3]
        more = "" if verbose or len(report.skipped_files) <= 3 else ", … (-v lists all)"
        echo(f"skipped {len(report.skipped_files)} file(s) that are not .txt/.html/.htm: {', '.join(names)}{more}")
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
    echo(f"ingested {len(report.landed)} article(s), {report.triples} triples; the store gained "
         f"{report.persons} persons, {report.meetings} meetings, {report.documents} documents; {len(report.unchanged)} unchanged, "
         f"{len(report.duplicates)} duplicate(s), {len(report.failed)} failed")


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
    from .ingest import remove as run_remove

    store = _writable(store_path, backend)
    try:
        n = run_remove(articles, store)
    finally:
        store.close()
    click.echo(f"removed {n} article(s)", err=True)


@main.command()
@click.argument("query")
@store_options
@click.option("-f", "--format", "fmt", default="table", show_default=True, type=click.Choice(["table", "csv", "tsv", "json"]))
@click.option("-p", "--param", "params", multiple=True, metavar="NAME=VALUE",
              help="Bind ?NAME: an IRI (<…>, http…, dip:x, igr:person\\/x), a date (2025-01-30), text (text@ru).")
@click.option("-o", "--output", type=click.Path(path_type=Path), default=None, help="File to write (default: stdout).")
@click.option("--timeout", default=60.0, show_default=True, metavar="SECONDS", help=TIMEOUT_HELP)
@click.option("--max-rows", type=click.IntRange(0), default=None,
              help="Print at most this many rows (default: 1000 for the table, all for csv/tsv/json; 0: all).")
@click.option("--allow-service", multiple=True, metavar="HOST", help=SERVICE_HELP)
@library_errors
def query(query: str, store_path: str | None, backend: str, fmt: str, params: tuple[str, ...], output: Path | None,
          timeout: float, max_rows: int | None, allow_service: tuple[str, ...]) -> None:
    """Run SPARQL: a canned query by name, a .rq file, inline text or '-' for stdin (read-only).

    The ontology's prefixes (dip:, igr:, org:, prov:, skos:, ...) are predeclared.
    SELECT and ASK print a table as wide as the terminal (or csv/tsv/json);
    CONSTRUCT and DESCRIBE print Turtle. Results stream; the table stops at
    --max-rows and says so. `kg queries` lists the canned queries and their
    parameters.

    \b
    Examples:
      kg query who-met-whom
      kg query meetings-of-person --param name='Михаил Мишустин'
      kg query 'SELECT ?name WHERE { ?p a dip:Person ; rdfs:label ?name }' -f csv -o out/names.csv
    """
    from .canned import bind_params, parse_param
    from .outputs import check_output, write_atomically
    from .query import TABLE_ROWS, read_query, write_result
    from .store import default_store_path
    from .tables import terminal_width

    text = bind_params(read_query(query), [parse_param(p) for p in params])
    limit = (TABLE_ROWS if fmt == "table" else None) if max_rows is None else (max_rows or None)
    location = store_path or str(default_store_path())
    if output is not None:
        check_output(output, location)
    store = _open(store_path, backend)
    run = functools.partial(write_result, store, text, fmt, timeout=timeout or None, max_rows=limit,
                            allow_service=allow_service)
    try:
        if output is None:
            _, truncated = run(sys.stdout.buffer, width=terminal_width())
        else:
            done: list = []
            write_atomically(output, lambda fh: done.append(run(fh)), location)
            truncated = done[0][1]
            click.echo(f"wrote {output}", err=True)
    finally:
        sys.stdout.flush()
        store.close()
    if truncated and (fmt != "table" or output is not None):
        click.echo(f"(stopped after {limit} rows: --max-rows)", err=True)


@main.command()
@library_errors
def queries() -> None:
    """List the canned queries (queries/*.rq): name, what each answers, its parameters.

    \b
    Example:
      kg queries
      kg query who-held-post-on-date --param role=head_of_state --param country=BY
    """
    from .canned import catalogue
    from .tables import fit, terminal_width

    width = terminal_width()
    items = catalogue()
    name_width = max(len(q.name) for q in items)
    for q in items:
        line = f"{q.name:<{name_width}}  {q.summary}"
        click.echo(fit(line, width).rstrip() if width else line)
        for var, default in q.params.items():
            click.echo(f"{'':<{name_width}}    --param {var}=…  (default {default})")


@main.command()
@store_options
@click.option("-f", "--format", "fmt", default="turtle", show_default=True, type=click.Choice([*EXPORT_FORMATS, "graphml", "gexf", "csv"]))
@click.option("-o", "--output", type=click.Path(path_type=Path), default=None, help="File to write (default: stdout).")
@library_errors
def export(store_path: str | None, backend: str, fmt: str, output: Path | None) -> None:
    """Write the whole graph. turtle/nt: the merged graph; trig/nq/jsonld: one named graph per article;
    graphml/gexf: the actor network (as `kg viz` draws it) for Gephi or Cytoscape; csv: its edges.

    \b
    Examples:
      kg export -f trig -o out/igkg.trig
      kg export -f graphml -o out/actors.graphml
    """
    from .outputs import check_output, write_atomically
    from .store import default_store_path

    location = store_path or str(default_store_path())
    if output is not None:
        check_output(output, location)
    store = _open(store_path, backend)

    def write(fh) -> None:
        if fmt in ("graphml", "gexf", "csv"):
            from .netexport import export_network

            export_network(store, fmt, fh)
        else:
            store.export(fmt, fh)

    try:
        if output is None:
            write(sys.stdout.buffer)
        else:
            write_atomically(output, write, location)
            click.echo(f"wrote {output}", err=True)
    finally:
        store.close()


@main.command()
@store_options
@click.option("-o", "--output", type=click.Path(path_type=Path), default=Path("out/graph.html"), show_default=True)
@click.option("--view", type=click.Choice(["actors", "full"]), default="actors", show_default=True,
              help="actors: persons, countries, signing bodies; full: every resource of the drawn classes.")
@click.option("--focus", default=None, metavar="NAME|IRI", help="Draw this actor and its neighbourhood.")
@click.option("--depth", type=click.IntRange(1, 5), default=1, show_default=True, help="Links around --focus.")
@click.option("--from", "since", type=click.DateTime(["%Y-%m-%d"]), default=None, metavar="DATE",
              help="Meetings and documents from this date (YYYY-MM-DD).")
@click.option("--to", "until", type=click.DateTime(["%Y-%m-%d"]), default=None, metavar="DATE",
              help="Meetings and documents up to this date (YYYY-MM-DD).")
@click.option("--country", default=None, metavar="ISO", help="Only what involves this country's actors.")
@click.option("--max-nodes", type=click.IntRange(10), default=1500, show_default=True,
              help="Above this, draw the most linked actors and fold the rest into their countries.")
@click.option("--query", "construct", default=None, help="Draw the result of this CONSTRUCT query (inline or .rq).")
@click.option("--literals", is_flag=True, help="Full view: draw literal values as nodes too.")
@click.option("--all-classes", is_flag=True, help="Full view: draw quotes and articles (with their bylines) too.")
@library_errors
def viz(store_path: str | None, backend: str, output: Path, view: str, focus: str | None, depth: int, since, until,
        country: str | None, max_nodes: int, construct: str | None, literals: bool, all_classes: bool) -> None:
    """Write the interactive HTML graph (works offline, no network requests).

    \b
    Examples:
      kg viz -o out/graph.html
      kg viz --focus Токаев --depth 2 -o out/tokayev.html
      kg viz --from 2025-01-01 --country KZ -o out/kz-2025.html
      kg viz --view full -o out/full.html
      kg viz --query queries/construct-meetings.rq -o out/meetings.html
    """
    from .errors import InputError
    from .outputs import check_output
    from .query import read_query
    from .store import default_store_path
    from .viz import STYLES, VizOptions, construct_for_viz, write_html, write_store_page

    if (construct or view == "full") and (focus or since or until or country):
        raise InputError("--focus, --from, --to and --country filter the actor view, not --view full or --query")
    if since and until and since > until:
        raise InputError(f"--from {since:%Y-%m-%d} is after --to {until:%Y-%m-%d}")
    check_output(output, store_path or str(default_store_path()))
    opts = VizOptions(view=view, focus=focus, depth=depth, since=since and f"{since:%Y-%m-%d}",
                      until=until and f"{until:%Y-%m-%d}", country=country, max_nodes=max_nodes,
                      classes=list(STYLES) if all_classes else None, literals=literals)
    store = _open(store_path, backend)
    try:
        if construct:
            graph = construct_for_viz(store, read_query(construct))
        else:
            n_nodes, n_edges = write_store_page(store, output, opts)
    finally:
        store.close()
    if construct:
        opts.classes = []
        n_nodes, n_edges = write_html(graph, output, opts)
    click.echo(f"wrote {output} ({n_nodes} nodes, {n_edges} edges)", err=True)


@main.command()
@click.option("-o", "--output", type=click.Path(path_type=Path), default=Path("out/ontology.html"), show_default=True)
@library_errors
def docs(output: Path) -> None:
    """Write an HTML page of the ontology: classes, properties, SKOS concept schemes (offline, no script).

    Each term has an anchor (out/ontology.html#Meeting, #holdsPost, #role/minister).

    \b
    Example:
      kg docs -o out/ontology.html
    """
    from .docs import write_docs

    page = write_docs(output)
    click.echo(f"wrote {output} ({page.classes} classes, {page.properties} properties, "
               f"{page.concepts} concepts)", err=True)


@main.command()
@store_options
@library_errors
def validate(store_path: str | None, backend: str) -> None:
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
def stats(store_path: str | None, backend: str, top: int) -> None:
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
    """The `oxigraph` server of this environment (kept here for callers of kg.cli)."""
    from .serve import oxigraph_binary as find

    return find()


@main.command()
@store_options
@click.option("--bind", default="127.0.0.1:7878", show_default=True, help="Address the SPARQL endpoint listens on.")
@click.option("--timeout", default=30.0, show_default=True, metavar="SECONDS", help=TIMEOUT_HELP)
@click.option("--allow-service", multiple=True, metavar="HOST", help=SERVICE_HELP)
@library_errors
def serve(store_path: str | None, backend: str, bind: str, timeout: float, allow_service: tuple[str, ...]) -> None:
    """Serve the store as a read-only SPARQL endpoint at http://BIND/query, with a start page at http://BIND/.

    Oxigraph's server answers behind a guard that refuses updates, SERVICE to
    hosts not allowed and queries nested too deeply; queries stop after
    --timeout; the project's prefixes are predeclared. The start page runs the
    canned queries and shows results as plain values, IRIs as links, making no
    request to any other host. While it runs, commands that write the store
    (ingest, remove, load) are refused: stop the server first.

    \b
    Example:
      kg serve --bind 127.0.0.1:7878
    """
    from .serve import serve as run_serve
    from .store import default_store_path, is_url

    if backend != "oxigraph" or is_url(store_path):
        raise click.ClickException("kg serve needs a local Oxigraph store folder")
    path = Path(store_path or default_store_path())

    def ready(url: str) -> None:
        click.echo(f"SPARQL endpoint: {url} (read-only; queries stop after {timeout:g} s; "
                   "the default graph is the union of all articles)", err=True)
        click.echo(f"start page: {url.removesuffix('query')}", err=True)

    run_serve(path, bind, timeout, allow_service, ready=ready)


@main.command()
@click.argument("dump", type=click.Path(path_type=Path))
@store_options
@library_errors
def load(dump: Path, store_path: str | None, backend: str) -> None:
    """Fill a new store from an N-Quads or TriG dump (kg export -f nq|trig), with Oxigraph's bulk loader.

    The dump is checked whole before anything is written.

    \b
    Example:
      kg export -f nq -o igkg.nq && kg load igkg.nq --store other-store
    """
    from .dump import load_dump

    store = _writable(store_path, backend, create=True)
    try:
        report = load_dump(dump, store)
    finally:
        store.close()
    click.echo(f"loaded {report.quads} quads in {report.graphs} named graphs from {dump}", err=True)


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
