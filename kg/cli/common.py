"""What every ``kg`` command shares: the group, store options, error translation."""

from __future__ import annotations

import functools
import sys

import click

from kg.errors import KgError, StoreError
from kg.store.base import BACKENDS, DEFAULT_STORE_DIR, DEFAULT_STORE_ENV

STORE_HELP = (
    f"Store folder, or the URL of a SPARQL server (http(s)://HOST/PATH) "
    f"(default: ${DEFAULT_STORE_ENV} or ./{DEFAULT_STORE_DIR})."
)
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
    fn = click.option(
        "--backend",
        type=click.Choice(sorted(BACKENDS)),
        default="oxigraph",
        show_default=True,
        help="Store backend.",
    )(fn)
    fn = click.option("--store", "store_path", default=None, envvar=DEFAULT_STORE_ENV, help=STORE_HELP)(fn)
    return fn


def _open(store_path: str | None, backend: str, create: bool = False, readonly: bool = True):
    from kg.store.factory import open_store

    return open_store(store_path, backend, create=create, readonly=readonly)


def _writable(store_path: str | None, backend: str, create: bool = False):
    if backend == "memory":
        raise StoreError(
            "--backend memory keeps nothing once the command ends; write to an Oxigraph store "
            "(the default) or a SPARQL server, or use the memory backend from Python"
        )
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
