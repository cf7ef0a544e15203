"""Locate the files the library reads at run time (ontology, gazetteers, canned queries).

In a source checkout or an editable install they sit beside the package; a wheel
carries copies under ``kg/_resources``.
"""

from __future__ import annotations

from pathlib import Path

_PACKAGE = Path(__file__).resolve().parent
_BUNDLED = _PACKAGE / "_resources"
_CHECKOUT = _PACKAGE.parent

_LAYOUT = {
    "ontology": ("ontology", "ontology"),
    "gazetteer": ("gazetteer", "data/gazetteer"),
    "queries": ("queries", "queries"),
}


def resource_dir(kind: str) -> Path:
    bundled, checkout = _LAYOUT[kind]
    for candidate in (_BUNDLED / bundled, _CHECKOUT / checkout):
        if candidate.is_dir():
            return candidate
    raise FileNotFoundError(f"igkg resource folder '{kind}' is missing from the installation")


def ontology_file(name: str = "igkg.ttl") -> Path:
    return resource_dir("ontology") / name


def gazetteer_file(name: str) -> Path:
    return resource_dir("gazetteer") / name


def queries_dir() -> Path:
    return resource_dir("queries")
