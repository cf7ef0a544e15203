"""``kg report``: the dossier of a pair of countries (or international bodies) as one offline page."""

from __future__ import annotations

from pathlib import Path

import click

from kg.cli.common import _open, library_errors, main, store_options


def period_options(fn):
    """--from/--to as ISO dates, shared by the commands that take a period (kg report, kg viz)."""
    fn = click.option(
        "--to",
        "until",
        type=click.DateTime(["%Y-%m-%d"]),
        default=None,
        metavar="DATE",
        help="Meetings and documents up to this date (YYYY-MM-DD).",
    )(fn)
    return click.option(
        "--from",
        "since",
        type=click.DateTime(["%Y-%m-%d"]),
        default=None,
        metavar="DATE",
        help="Meetings and documents from this date (YYYY-MM-DD).",
    )(fn)


def period_of(since, until):
    from kg.errors import InputError
    from kg.network.pairs import Period

    if since and until and since > until:
        raise InputError(f"--from {since:%Y-%m-%d} is after --to {until:%Y-%m-%d}")
    return Period(since and f"{since:%Y-%m-%d}", until and f"{until:%Y-%m-%d}")


def report_command(first: str, second: str, since: str | None, until: str | None, output: Path) -> str:
    """The command line that writes this report (shown in its footer and in the country view)."""
    parts = ["kg report", first, second]
    parts += [f"--from {since}"] if since else []
    parts += [f"--to {until}"] if until else []
    return " ".join([*parts, "-o", str(output)])


@main.command()
@click.argument("first", metavar="CODE")
@click.argument("second", metavar="CODE")
@store_options
@period_options
@click.option(
    "-o",
    "--output",
    type=click.Path(path_type=Path),
    default=None,
    help="File to write (default: out/report-CODE-CODE.html).",
)
@library_errors
def report(
    first: str, second: str, store_path: str | None, backend: str, since, until, output: Path | None
) -> None:
    """Write the dossier of two countries (ISO codes) or bodies: one offline, printable page.

    Meetings and documents per month (a chart), every meeting with its participants
    and their posts, place, topics and source articles, the documents signed with
    their parties and periods, the topics by year, and the officials who meet most.
    A body's code is the tail of its IRI (`kg viz --view countries` shows it).

    \b
    Examples:
      kg report KZ UZ -o out/report-KZ-UZ.html
      kg report KZ RU --from 2025-01-01 --to 2025-12-31 -o out/kz-ru-2025.html
    """
    from kg.network.dossier import build_dossier
    from kg.outputs import check_output
    from kg.store.base import default_store_path
    from kg.web.report import write_report

    period = period_of(since, until)
    output = output or Path(f"out/report-{first.upper()}-{second.upper()}.html")
    location = store_path or str(default_store_path())
    check_output(output, location)
    store = _open(store_path, backend)
    try:
        dossier = build_dossier(store, first, second, period)
    finally:
        store.close()
    command = report_command(first, second, period.since, period.until, output)
    write_report(dossier, output, command, location)
    click.echo(
        f"wrote {output} ({len(dossier.meetings)} meeting(s), {len(dossier.documents)} document(s), "
        f"counts from the {dossier.counted_from})",
        err=True,
    )
