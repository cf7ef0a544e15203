"""The ``kg`` commands that look after a store as a whole: ``load`` fills a new one from a dump, ``optimize``
compacts one, ``summarize`` rebuilds its summary graph. Thin click commands over kg/store/dump.py,
kg/store/compact.py and kg/ingest/summary.py."""

from __future__ import annotations

from pathlib import Path

import click

from kg.cli.common import _writable, library_errors, main, store_options


@main.command()
@click.argument("dump", type=click.Path(path_type=Path))
@store_options
@click.option("--unmarked", is_flag=True, help="Load a dump that another tool wrote (it has no end mark).")
@click.option(
    "--no-compact", is_flag=True, help="Leave the store uncompacted (faster to load, slower to query)."
)
@library_errors
def load(dump: Path, store_path: str | None, backend: str, unmarked: bool, no_compact: bool) -> None:
    """Fill a new store from an N-Quads or TriG dump (kg export -f nq|trig), with Oxigraph's bulk loader.

    The dump is checked whole before anything is written, and must end with the
    end mark kg export writes (a dump cut short is refused). The store is then
    compacted (as kg optimize does) unless --no-compact.

    \b
    Example:
      kg export -f nq -o igkg.nq && kg load igkg.nq --store other-store
    """
    from kg.store.dump import load_dump, verify_dump

    verified = verify_dump(dump, unmarked)  # a bad dump leaves no new store folder behind
    store = _writable(store_path, backend, create=True)
    try:
        report = load_dump(dump, store, unmarked, verified, compact=not no_compact)
    finally:
        store.close()
    click.echo(f"loaded {report.quads} quads in {report.graphs} named graphs from {dump}", err=True)
    if report.compaction is not None:
        click.echo(f"compacted the store in {report.compaction.seconds:.1f} s", err=True)


@main.command()
@store_options
@library_errors
def optimize(store_path: str | None, backend: str) -> None:
    """Compact the store's files so that queries read fewer of them; the data do not change.

    kg load and ingests of 1,000 articles (or 200,000 triples) compact on their own; run this
    after many smaller ingests or removals. A SPARQL server compacts its own
    storage (for Oxigraph's server: oxigraph optimize --location DIR, with the
    server stopped), so for a --store URL there is nothing to do.

    \b
    Example:
      kg optimize --store kg-store
    """
    from kg.store.compact import optimize as run_optimize

    report = _on_store(store_path, backend, run_optimize)
    if not report.compacted:
        click.echo("nothing to compact: a SPARQL server compacts its own storage", err=True)
        return
    click.echo(
        f"compacted the store in {report.seconds:.1f} s: {_mb(report.bytes_before)} → {_mb(report.bytes_after)}",
        err=True,
    )


def _mb(n: int | None) -> str:
    return "?" if n is None else f"{n / 2**20:.1f} MB"


@main.command()
@store_options
@library_errors
def summarize(store_path: str | None, backend: str) -> None:
    """Rebuild the summary graph (igr:graph/summary) from the articles.

    The summary holds what the aggregating queries and `kg stats` read instead of
    every article: pairs of persons who met, topics and months per country pair,
    the latest holding of each post. Ingest, remove and resolve keep it up to date;
    run this after `kg load` of a dump without one, or to check it (a rebuild gives
    the same graph). It also computes the most central actors that `kg stats`
    prints (igr:graph/centrality), which ingest does not keep: run it again when
    the store has grown.

    \b
    Example:
      kg summarize --store kg-store
    """
    import time

    from kg.ingest.summary import summarize as rebuild
    from kg.network.snapshot import save

    def both(store):
        report = rebuild(store)
        start = time.perf_counter()
        save(store, summary=True)
        return report, time.perf_counter() - start

    report, central = _on_store(store_path, backend, both)
    click.echo(
        f"summary rebuilt: {report.keys} entries, {report.triples} triples in {report.seconds:.1f} s; "
        f"most central actors computed in {central:.1f} s (kg stats reads them)",
        err=True,
    )


def _on_store(store_path: str | None, backend: str, action):
    """Open the store for writing, run ``action`` on it, close it whatever happens."""
    store = _writable(store_path, backend)
    try:
        return action(store)
    finally:
        store.close()
