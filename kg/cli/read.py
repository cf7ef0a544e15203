"""The ``kg`` commands that read the store: query, queries, export, docs, validate (viz: kg/cli/viz.py; stats and
duplicates: kg/cli/review.py)."""

from __future__ import annotations

import functools
import sys
from pathlib import Path

import click

from kg.cli.common import AMOUNT, SERVICE_HELP, TIMEOUT_HELP, _open, library_errors, main, store_options
from kg.store.base import EXPORT_FORMATS


@main.command()
@click.argument("query")
@store_options
@click.option(
    "-f",
    "--format",
    "fmt",
    default="table",
    show_default=True,
    type=click.Choice(["table", "csv", "tsv", "json"]),
)
@click.option(
    "-p",
    "--param",
    "params",
    multiple=True,
    metavar="NAME=VALUE",
    help="Bind ?NAME: an IRI (<…>, http…, dip:x, igr:person\\/x), a date (2025-01-30), text (text@ru).",
)
@click.option(
    "-o", "--output", type=click.Path(path_type=Path), default=None, help="File to write (default: stdout)."
)
@click.option("--timeout", default=60.0, type=AMOUNT, show_default=True, metavar="SECONDS", help=TIMEOUT_HELP)
@click.option(
    "--max-rows",
    type=click.IntRange(0),
    default=None,
    help="Print at most this many rows (default: 1000 for the table, all for csv/tsv/json; 0: all).",
)
@click.option("--allow-service", multiple=True, metavar="HOST", help=SERVICE_HELP)
@library_errors
def query(
    query: str,
    store_path: str | None,
    backend: str,
    fmt: str,
    params: tuple[str, ...],
    output: Path | None,
    timeout: float,
    max_rows: int | None,
    allow_service: tuple[str, ...],
) -> None:
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
    from kg.outputs import check_output, write_atomically
    from kg.query.canned import bind_params, parse_param
    from kg.query.execute import TABLE_ROWS, read_query, write_result
    from kg.query.tables import terminal_width
    from kg.store.base import default_store_path

    text = bind_params(read_query(query), [parse_param(p) for p in params])
    limit = (TABLE_ROWS if fmt == "table" else None) if max_rows is None else (max_rows or None)
    location = store_path or str(default_store_path())
    if output is not None:
        check_output(output, location)
    store = _open(store_path, backend)
    summary = _summary_text(query, params, store, limit)
    text, total = summary or (text, None)
    run = functools.partial(
        write_result, store, text, fmt, timeout=timeout or None, max_rows=limit, allow_service=allow_service
    )
    try:
        if output is None:
            shown, truncated = run(sys.stdout.buffer, width=terminal_width())
        else:
            done: list = []
            write_atomically(output, lambda fh: done.append(run(fh)), location)
            shown, truncated = done[0]
            click.echo(f"wrote {output}", err=True)
    finally:
        sys.stdout.flush()
        store.close()
    if total is not None and total > shown:  # a page of the summary's listing says how long the whole is
        table = fmt == "table" and output is None  # the table's own note says how to see more
        click.echo(
            f"({total:,} rows in all)" if table else f"({shown:,} of {total:,} rows: --max-rows 0 for all)",
            err=True,
        )
    elif truncated and (fmt != "table" or output is not None):
        click.echo(f"(stopped after {limit} rows: --max-rows)", err=True)


def _summary_text(
    query: str, params: tuple[str, ...], store, rows: int | None
) -> tuple[str, int | None] | None:
    """The summary's form of a canned query named ``query`` (kg/query/pages.py), when it applies."""
    from kg.query.canned import parse_param, summary_form
    from kg.query.pages import summary_text

    # a name only (inline text is never one); a file of that name is the user's query
    if summary_form(query) is None or Path(query).exists():
        return None
    return summary_text(store, query, [parse_param(p) for p in params], rows)


@main.command()
@library_errors
def queries() -> None:
    """List the canned queries (queries/*.rq): name, what each answers, its parameters.

    \b
    Example:
      kg queries
      kg query who-held-post-on-date --param role=head_of_state --param country=BY
    """
    from kg.query.canned import catalogue
    from kg.query.tables import fit, terminal_width

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
@click.option(
    "-f",
    "--format",
    "fmt",
    default="turtle",
    show_default=True,
    type=click.Choice([*EXPORT_FORMATS, "graphml", "gexf", "csv"]),
)
@click.option(
    "-o", "--output", type=click.Path(path_type=Path), default=None, help="File to write (default: stdout)."
)
@library_errors
def export(store_path: str | None, backend: str, fmt: str, output: Path | None) -> None:
    """Write the whole graph. turtle/nt: the merged graph; trig/nq/jsonld: one named graph per article;
    graphml/gexf: the actor network (as `kg viz` draws it) for Gephi or Cytoscape; csv: its edges.

    \b
    Examples:
      kg export -f trig -o out/igkg.trig
      kg export -f graphml -o out/actors.graphml
    """
    from kg.outputs import check_output, write_atomically
    from kg.store.base import default_store_path

    location = store_path or str(default_store_path())
    if output is not None:
        check_output(output, location)
    store = _open(store_path, backend)

    def write(fh) -> None:
        if fmt in ("graphml", "gexf", "csv"):
            from kg.network.formats import export_network

            export_network(store, fmt, fh)
        elif fmt in ("nq", "trig"):
            from kg.store.dump import MarkedWriter

            marked = MarkedWriter(fh)
            store.export(fmt, marked)
            marked.end_mark()  # `kg load` refuses a dump cut short
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
@click.option(
    "-o", "--output", type=click.Path(path_type=Path), default=Path("out/ontology.html"), show_default=True
)
@library_errors
def docs(output: Path) -> None:
    """Write an HTML page of the ontology: classes, properties, SKOS concept schemes (offline, no script).

    Each term has an anchor (out/ontology.html#Meeting, #holdsPost, #role/minister).

    \b
    Example:
      kg docs -o out/ontology.html
    """
    from kg.web.docs import write_docs

    page = write_docs(output)
    click.echo(
        f"wrote {output} ({page.classes} classes, {page.properties} properties, {page.concepts} concepts)",
        err=True,
    )


@main.command()
@store_options
@library_errors
def validate(store_path: str | None, backend: str) -> None:
    """Check the store against the SHACL shapes; exit 1 on violations.

    \b
    Example:
      kg validate
    """
    from kg.rdf.validate import validate_graph

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
