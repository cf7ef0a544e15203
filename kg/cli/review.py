"""The ``kg`` commands that review a store as a whole: ``stats`` (counts and the most central actors, as
`kg summarize` kept them) and ``duplicates`` (candidates for an analyst's aliases)."""

from __future__ import annotations

import click

from kg.cli.common import _open, library_errors, main, store_options


@main.command()
@store_options
@click.option("--top", default=10, show_default=True, help="How many central actors to list.")
@click.option(
    "--live", is_flag=True, help="Compute centrality now instead of reading what kg summarize kept."
)
@library_errors
def stats(store_path: str | None, backend: str, top: int, live: bool) -> None:
    """Counts per class and the most central actors (degree and betweenness).

    Centrality is the table `kg summarize` computed, when it kept one (the line
    under it says over how many articles); --live computes it now, which takes
    long on a large store (betweenness of the whole network).

    \b
    Example:
      kg stats --top 5
    """
    from kg.ingest.summary import is_fresh
    from kg.network.analytics import centrality, class_counts
    from kg.network.snapshot import article_count, saved

    store = _open(store_path, backend)
    try:
        articles = article_count(store)
        counts = class_counts(store)
        kept = None if live else saved(store, top)
        central = kept.rows if kept else centrality(store, top, summary=is_fresh(store))
    finally:
        store.close()
    click.echo(f"articles (named graphs): {articles}")
    for name, n in counts.items():
        click.echo(f"{name:<14}{n:>8}")
    click.echo("")
    click.echo(f"{'most central actors':<44}{'kind':<14}{'degree':>8}{'between.':>10}")
    for row in central:
        click.echo(f"{row.label[:43]:<44}{row.kind:<14}{row.degree:>8.3f}{row.betweenness:>10.3f}")
    if kept:
        since = f"; {articles - kept.articles:+,} since" if articles != kept.articles else ""
        click.echo(
            f"(centrality as kg summarize computed it over {kept.articles:,} articles{since}: --live computes it now)",
            err=True,
        )


@main.command()
@store_options
@click.option(
    "--kind",
    type=click.Choice(["all", "person", "meeting", "body"]),
    default="all",
    show_default=True,
    help="What to list.",
)
@library_errors
def duplicates(store_path: str | None, backend: str, kind: str) -> None:
    """List candidate duplicates for review: what store-level identity kept apart but may be one.

    Persons of one surname under different first names or initials, events of the
    same people a week apart or undated, and bodies whose names are one slip of a
    letter or two apart. One tab-separated line per candidate: kind, reason, then
    each node with the number of articles behind it. Confirm a person or a body with
    an aliases file (kg resolve --aliases FILE); leave namesakes as they are.

    \b
    Example:
      kg duplicates --kind person
    """
    from kg.ingest.review import duplicates as find_duplicates

    store = _open(store_path, backend)
    try:
        found = find_duplicates(store)
    finally:
        store.close()
    shown = [c for c in found if kind in ("all", c.kind)]
    for c in shown:
        nodes = "\t".join(
            f"{label} ({n} article(s)) <{node}>" for node, label, n in zip(c.nodes, c.labels, c.reports)
        )
        click.echo(f"{c.kind}\t{c.why}\t{nodes}")
    click.echo(f"{len(shown)} candidate(s)", err=True)
