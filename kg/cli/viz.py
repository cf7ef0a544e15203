"""``kg viz``: the interactive HTML graph: the actor network, the country view, the full graph."""

from __future__ import annotations

from pathlib import Path

import click

from kg.cli.common import _open, library_errors, main, store_options
from kg.cli.report import period_of, period_options


@main.command()
@store_options
@click.option(
    "-o", "--output", type=click.Path(path_type=Path), default=Path("out/graph.html"), show_default=True
)
@click.option(
    "--view",
    type=click.Choice(["actors", "countries", "full"]),
    default="actors",
    show_default=True,
    help="actors: persons, countries, signing bodies; countries: states and international bodies "
    "linked by their meetings and documents; full: every resource of the drawn classes.",
)
@click.option("--focus", default=None, metavar="NAME|IRI", help="Draw this actor and its neighbourhood.")
@click.option(
    "--depth", type=click.IntRange(1, 5), default=1, show_default=True, help="Links around --focus."
)
@period_options
@click.option("--country", default=None, metavar="ISO", help="Only what involves this country's actors.")
@click.option(
    "--reports-dir",
    type=click.Path(path_type=Path, file_okay=False),
    default=None,
    help="Country view: write every drawn pair's dossier (kg report) here; a click on an edge opens it.",
)
@click.option(
    "--max-nodes",
    type=click.IntRange(10),
    default=1500,
    show_default=True,
    help="Above this, draw the most linked actors and fold the rest into their countries.",
)
@click.option(
    "--query", "construct", default=None, help="Draw the result of this CONSTRUCT query (inline or .rq)."
)
@click.option("--literals", is_flag=True, help="Full view: draw literal values as nodes too.")
@click.option(
    "--all-classes", is_flag=True, help="Full view: draw quotes and articles (with their bylines) too."
)
@library_errors
def viz(
    store_path: str | None,
    backend: str,
    output: Path,
    view: str,
    focus: str | None,
    depth: int,
    since,
    until,
    country: str | None,
    max_nodes: int,
    construct: str | None,
    literals: bool,
    all_classes: bool,
    reports_dir: Path | None,
) -> None:
    """Write the interactive HTML graph (works offline, no network requests).

    \b
    Examples:
      kg viz -o out/graph.html
      kg viz --focus Токаев --depth 2 -o out/tokayev.html
      kg viz --from 2025-01-01 --country KZ -o out/kz-2025.html
      kg viz --view countries --reports-dir out/reports -o out/countries.html
      kg viz --view full -o out/full.html
      kg viz --query queries/construct-meetings.rq -o out/meetings.html
    """
    from kg.outputs import check_output
    from kg.query.execute import read_query
    from kg.store.base import default_store_path
    from kg.web.viz import STYLES, VizOptions, construct_for_viz, write_html, write_store_page

    view = "query" if construct else view
    _check_options(view, focus, since, until, country, reports_dir)
    check_output(output, store_path or str(default_store_path()))
    if view == "countries":
        _country_view(store_path, backend, output, period_of(since, until), country, reports_dir)
        return
    opts = VizOptions(
        view="full" if view == "full" else "actors",
        focus=focus,
        depth=depth,
        since=since and f"{since:%Y-%m-%d}",
        until=until and f"{until:%Y-%m-%d}",
        country=country,
        max_nodes=max_nodes,
        classes=list(STYLES) if all_classes else None,
        literals=literals,
    )
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


def _check_options(view: str, focus, since, until, country, reports_dir) -> None:
    """Refuse options the chosen view does not take (``view`` is "query" for --query)."""
    from kg.errors import InputError

    if view in ("full", "query") and (focus or since or until or country):
        raise InputError(
            "--focus, --from, --to and --country filter the actor view, not --view full or --query"
        )
    if reports_dir is not None and view != "countries":
        raise InputError("--reports-dir writes the dossiers of the country view: add --view countries")
    if view == "countries" and focus:
        raise InputError("--focus draws an actor's neighbourhood; the country view takes --country")
    if since and until and since > until:
        raise InputError(f"--from {since:%Y-%m-%d} is after --to {until:%Y-%m-%d}")


def _country_view(store_path, backend, output: Path, period, country, reports_dir: Path | None) -> None:
    from kg.store.base import default_store_path
    from kg.web.countryview import CountryViewOptions, write_country_page

    location = store_path or str(default_store_path())
    store = _open(store_path, backend)
    try:
        opts = CountryViewOptions(period, country, reports_dir)
        n_nodes, n_edges, reports = write_country_page(store, output, opts, location)
    finally:
        store.close()
    written = f"; {reports} dossiers in {reports_dir}" if reports_dir else ""
    click.echo(f"wrote {output} ({n_nodes} nodes, {n_edges} edges{written})", err=True)
