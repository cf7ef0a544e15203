"""An actor's record as the summary computes it (kg/ingest/actorsummary.py, kg/ingest/actorlinks.py):
what its actor entry and its link entries are written from."""

from __future__ import annotations

from dataclasses import dataclass, field

from kg.rdf.ontology import IGR


@dataclass
class Link:
    weight: int = 0
    dates: list[str] = field(default_factory=list)
    items: list[str] = field(default_factory=list)


@dataclass
class ActorRecord:
    iri: str
    kind: str  # "person", "organization" or "country"
    degree: int = 0
    neighbours: int = 0
    country: str = ""
    partners: dict[str, Link] = field(default_factory=dict)
    meetings: int = 0
    latest_meetings: list[str] = field(default_factory=list)
    documents: list[str] = field(default_factory=list)  # every text (capped when written)
    post_dates: dict[str, str] = field(default_factory=dict)
    label: str = ""  # the first in sort order
    iso: str = ""  # a country's own code (its first)
    posts: list[dict[str, str]] = field(default_factory=list)  # a person's post rows
    key: str = ""  # its search key when known (an update reuses the entry's for the same label)


def country_iri(iso: str) -> str:
    return str(IGR[f"country/{iso}"])
