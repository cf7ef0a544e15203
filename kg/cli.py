"""The ``kg`` command: a thin click layer over the library."""
from __future__ import annotations

import sys
from pathlib import Path

import click

from .errors import KgError


@click.group()
def main() -> None:
    """igkg: a knowledge graph of intergovernmental relations."""


@main.command()
@click.argument("file", type=click.Path(path_type=Path))
@click.option("-f", "--format", "fmt", default="turtle", type=click.Choice(["turtle", "nt", "jsonld"]))
@click.option("--publisher-country", default=None)
def extract(file: Path, fmt: str, publisher_country: str | None) -> None:
    from .extract import Extractor
    from .mapping import article_to_graph

    try:
        article = Extractor().extract_file(file, publisher_country)
    except KgError as e:
        raise click.ClickException(str(e)) from None
    g = article_to_graph(article)
    sys.stdout.write(g.serialize(format={"turtle": "turtle", "nt": "nt", "jsonld": "json-ld"}[fmt]))
