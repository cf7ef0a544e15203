"""One exception hierarchy for the library; the CLI turns each into a one-line error."""

from __future__ import annotations


class KgError(Exception):
    """Base class of every error the library raises on purpose."""


class InputError(KgError):
    """An article file or folder that cannot be read as an article."""


class StoreError(KgError):
    """The store cannot be opened, read or written."""


class QueryError(KgError):
    """A SPARQL query that cannot be parsed or evaluated."""


class FormatError(KgError):
    """An unknown output or input format."""


class ValidationError(KgError):
    """Data that violates the SHACL shapes."""


class OutputError(KgError):
    """An output path that must not be written (not a regular file, inside the store), or a failed write."""
