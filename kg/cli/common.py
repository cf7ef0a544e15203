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


class _Amount(click.ParamType):
    """A finite number from 0 up ("nan", "inf" and negatives are refused on the command line)."""

    name = "number"

    def convert(self, value, param, ctx):
        import math

        try:
            number = float(value)
        except (TypeError, ValueError):
            self.fail(f"{value!r} is not a number", param, ctx)
        if not math.isfinite(number) or number < 0:
            self.fail(f"{value!r} is not a finite number from 0 up", param, ctx)
        return number


AMOUNT = _Amount()


def max_size_option(fn):
    return click.option(
        "--max-size",
        default=5.0,
        type=AMOUNT,
        show_default=True,
        metavar="MB",
        help="Refuse larger article files (0: no limit).",
    )(fn)


SERVICE_HELP = "Let SERVICE reach this host (HOST or HOST:PORT; repeatable). Without it SERVICE is refused."


def library_errors(fn):
    """The one place a command's failures become one line: library errors, a full or closed output, bad input."""

    @functools.wraps(fn)
    def wrapper(*args, **kwargs):
        try:
            result = fn(*args, **kwargs)
            sys.stdout.flush()  # `kg export > /dev/full`: the last bytes fail here, not at exit
            return result
        except KgError as e:
            raise click.ClickException(str(e)) from None
        except BrokenPipeError:  # `kg query ... | head`: the reader has what it wanted
            sys.stderr.close()
            raise SystemExit(0) from None
        except OSError as e:
            _drop_stdout()
            raise click.ClickException(os_message(e)) from None
        except UnicodeError as e:
            raise click.ClickException(f"the input is not UTF-8 text ({e.reason})") from None

    return wrapper


def os_message(e: OSError) -> str:
    """ "standard output: No space left on device", "out/x.html: Permission denied"."""
    where = e.filename if e.filename is not None else "standard output"
    return f"{where}: {e.strerror or e}"


def _drop_stdout() -> None:
    """After a failed write, point stdout at nothing, so the interpreter's last flush cannot fail again."""
    import contextlib
    import os

    with contextlib.suppress(OSError):
        sys.stdout = open(os.devnull, "w")  # noqa: SIM115 - lives until the process ends


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
