"""``kg docs``: one self-contained HTML page describing the ontology and its SKOS concept schemes.

Why not pyLODE: version 3.4.1 installs from PyPI but fails on import
(``pylode/version.py`` opens a ``pyproject.toml`` the wheel does not ship), its
OWL profile leaves concept schemes to a second page (VocPub), and its pages set
no Content Security Policy. This page is small, read from ``ontology/igkg.ttl`` itself (so every
class and property appears, and a new one appears without touching this file),
and safe to open anywhere: no script, no request to any host (CSP
``default-src 'none'`` with inline style only) and every string from the
ontology escaped.

Each term has an anchor other pages can link to: ``#Meeting``, ``#holdsPost``
for ``dip:`` terms, ``#role/head_of_state`` and ``#scheme/roles`` for the
vocabularies (the IRI after its namespace).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from html import escape
from pathlib import Path

from rdflib import Graph, Literal, URIRef
from rdflib.namespace import OWL, RDF, RDFS, SKOS

from kg.rdf.ontology import DIP, PREFIXES, VOC

CSP = "default-src 'none'; style-src 'unsafe-inline'"
STYLE = """
body{font:15px/1.45 system-ui,sans-serif;margin:0 auto;max-width:60rem;padding:1rem 1.5rem;color:#222}
h1{margin-bottom:.2rem} h2{border-bottom:2px solid #ddd;padding-bottom:.2rem;margin-top:2.5rem}
section.term{border:1px solid #e3e3e3;border-radius:6px;padding:.4rem 1rem;margin:1rem 0}
section.term:target{border-color:#c77c02;background:#fffaf0}
h3{margin:.4rem 0} code{background:#f4f4f4;padding:0 .25rem;border-radius:3px}
dl{display:grid;grid-template-columns:9rem 1fr;gap:.2rem .8rem;margin:.4rem 0} dt{color:#666}
dd{margin:0} table{border-collapse:collapse;width:100%} td,th{border-bottom:1px solid #eee;padding:.2rem .5rem;text-align:left}
tr:target{background:#fffaf0} nav ul{columns:3;font-size:.9rem} .ru{color:#444} .muted{color:#777}
dd,td,th,code{overflow-wrap:anywhere}
@media (max-width:40rem){body{padding:.6rem .8rem} nav ul{columns:1} dl{grid-template-columns:1fr}
table{table-layout:fixed} td,th{padding:.2rem .3rem;font-size:.9rem}}
"""
KINDS = (
    ("classes", "Classes", OWL.Class),
    ("object-properties", "Object properties", OWL.ObjectProperty),
    ("datatype-properties", "Datatype properties", OWL.DatatypeProperty),
)


@dataclass
class Page:
    """What a page shows, for the caller's message."""

    classes: int
    properties: int
    concepts: int


class _Html:
    """Rendering helpers bound to one ontology graph (compact names, anchors, labels)."""

    def __init__(self, g: Graph) -> None:
        self.g = g
        self.prefixes = dict(PREFIXES)
        self.prefixes.update({p: str(ns) for p, ns in g.namespaces() if p and p not in self.prefixes})

    def anchor(self, iri: URIRef) -> str | None:
        """The fragment of a term described on this page, else None."""
        for ns in (str(DIP), str(VOC)):
            if str(iri).startswith(ns) and len(str(iri)) > len(ns) and self._described(iri):
                return str(iri)[len(ns) :]
        return None

    def _described(self, iri: URIRef) -> bool:
        return (iri, RDF.type, None) in self.g

    def compact(self, iri: URIRef) -> str:
        best = max(
            (p for p, ns in self.prefixes.items() if str(iri).startswith(ns)),
            key=lambda p: len(self.prefixes[p]),
            default=None,
        )
        return f"{best}:{str(iri)[len(self.prefixes[best]) :]}" if best else str(iri)

    def ref(self, term) -> str:
        """A term as a link: to its anchor when described here, else its compact name."""
        if isinstance(term, Literal):
            return escape(str(term))
        fragment = self.anchor(term)
        name = escape(self.compact(term))
        if fragment is not None:
            return f'<a href="#{escape(fragment)}"><code>{name}</code></a>'
        return f'<code title="{escape(str(term))}">{name}</code>'

    def texts(self, subject, predicate) -> dict[str, list[str]]:
        out: dict[str, list[str]] = {}
        for o in self.g.objects(subject, predicate):
            if isinstance(o, Literal):
                out.setdefault(o.language or "", []).append(str(o))
        return {k: sorted(v) for k, v in sorted(out.items())}

    def by_language(self, subject, predicate) -> str:
        parts = []
        for lang, values in self.texts(subject, predicate).items():
            tag = f' lang="{escape(lang)}" class="{escape(lang)}"' if lang else ""
            label = f'<span class="muted">{escape(lang)}:</span> ' if lang else ""
            parts.extend(f"<div{tag}>{label}{escape(v)}</div>" for v in values)
        return "".join(parts)

    def refs(self, terms: Iterable) -> str:
        return ", ".join(self.ref(t) for t in sorted(set(terms), key=str))


def _rows(rows: list[tuple[str, str]]) -> str:
    body = "".join(f"<dt>{escape(k)}</dt><dd>{v}</dd>" for k, v in rows if v)
    return f"<dl>{body}</dl>" if body else ""


def _term(h: _Html, iri: URIRef, kind: URIRef) -> str:
    g = h.g
    rows = [
        ("IRI", f"<code>{escape(str(iri))}</code>"),
        ("label", h.by_language(iri, RDFS.label)),
        ("comment", h.by_language(iri, RDFS.comment)),
        ("notation", h.by_language(iri, SKOS.notation)),
    ]
    if kind == OWL.Class:
        rows += [
            ("subclass of", h.refs(g.objects(iri, RDFS.subClassOf))),
            ("subclasses", h.refs(g.subjects(RDFS.subClassOf, iri))),
            ("domain of", h.refs(g.subjects(RDFS.domain, iri))),
            ("range of", h.refs(g.subjects(RDFS.range, iri))),
            ("concepts", h.refs(c for c in g.subjects(RDF.type, iri) if (c, RDF.type, SKOS.Concept) in g)),
        ]
    else:
        rows += [
            ("domain", h.refs(g.objects(iri, RDFS.domain)) or '<span class="muted">any</span>'),
            ("range", h.refs(g.objects(iri, RDFS.range))),
            ("subproperty of", h.refs(g.objects(iri, RDFS.subPropertyOf))),
        ]
    fragment = h.anchor(iri) or h.compact(iri)
    return (
        f'<section class="term" id="{escape(fragment)}"><h3>{escape(h.compact(iri))}</h3>'
        f"{_rows(rows)}</section>"
    )


def _scheme(h: _Html, scheme: URIRef) -> str:
    g = h.g
    concepts = sorted(
        set(g.subjects(SKOS.inScheme, scheme)), key=lambda c: str(g.value(c, SKOS.notation) or c)
    )
    rows = []
    for c in concepts:
        labels = h.texts(c, SKOS.prefLabel)
        rows.append(
            f'<tr id="{escape(h.anchor(c) or h.compact(c))}"><td><code>{escape(str(g.value(c, SKOS.notation) or ""))}</code></td>'
            f'<td lang="en">{escape("; ".join(labels.get("en", [])))}</td>'
            f'<td lang="ru" class="ru">{escape("; ".join(labels.get("ru", [])))}</td>'
            f"<td><code>{escape(h.compact(c))}</code></td></tr>"
        )
    head = "<tr><th>notation</th><th>English</th><th>русский</th><th>IRI</th></tr>"
    return (
        f'<section class="term" id="{escape(h.anchor(scheme) or h.compact(scheme))}">'
        f"<h3>{escape(h.compact(scheme))}</h3>{_rows([('label', h.by_language(scheme, SKOS.prefLabel))])}"
        f"<table>{head}{''.join(rows)}</table></section>"
    )


def _terms(g: Graph, kind: URIRef) -> list[URIRef]:
    """Terms of one kind the ontology defines (its own namespace: imported terms are only referred to)."""
    return sorted(
        t for t in set(g.subjects(RDF.type, kind)) if isinstance(t, URIRef) and str(t).startswith(str(DIP))
    )


def _title(h: _Html) -> str:
    onto = next(iter(sorted(h.g.subjects(RDF.type, OWL.Ontology))), None)
    return ("; ".join(h.texts(onto, RDFS.label).get("en", [])) if onto is not None else "") or "igkg ontology"


def _header(h: _Html) -> tuple[str, str]:
    """The title block, and the table of namespaces (shown last)."""
    g = h.g
    onto = next(iter(sorted(g.subjects(RDF.type, OWL.Ontology))), None)
    rows = (
        [
            ("IRI", f"<code>{escape(str(onto))}</code>" if onto is not None else ""),
            ("label", h.by_language(onto, RDFS.label)),
            ("about", h.by_language(onto, RDFS.comment)),
            ("version", h.by_language(onto, OWL.versionInfo)),
        ]
        if onto is not None
        else []
    )
    prefixes = "".join(
        f"<tr><td><code>{escape(p)}:</code></td><td><code>{escape(ns)}</code></td></tr>"
        for p, ns in sorted(h.prefixes.items())
        if any(str(t).startswith(ns) for t in g.all_nodes())
    )
    return (
        f"<h1>{escape(_title(h))}</h1>{_rows(rows)}",
        f'<h2 id="namespaces">Namespaces</h2><table>{prefixes}</table>',
    )


def _nav(h: _Html, sections: list[tuple[str, str, list[URIRef]]]) -> str:
    parts = []
    for sid, title, terms in sections:
        items = "".join(
            f'<li><a href="#{escape(h.anchor(t) or h.compact(t))}">{escape(h.compact(t))}</a></li>'
            for t in terms
        )
        parts.append(
            f'<h3><a href="#{escape(sid)}">{escape(title)}</a> <span class="muted">({len(terms)})</span></h3>'
            f"<ul>{items}</ul>"
        )
    return f'<nav aria-label="contents">{"".join(parts)}</nav>'


def render(g: Graph) -> tuple[str, Page]:
    """The page for ontology graph ``g``, and what it shows."""
    h = _Html(g)
    sections = [(sid, title, _terms(g, kind)) for sid, title, kind in KINDS]
    schemes = sorted(set(g.subjects(RDF.type, SKOS.ConceptScheme)), key=str)
    sections.append(("concept-schemes", "Concept schemes", schemes))
    ids = [h.anchor(t) or h.compact(t) for _, _, terms in sections for t in terms]
    if len(ids) != len(set(ids)):  # two terms under one anchor: a link would land on the wrong one
        raise ValueError(
            f"two ontology terms share an anchor: {sorted({i for i in ids if ids.count(i) > 1})}"
        )
    top, namespaces = _header(h)
    body = [top, _nav(h, sections)]
    for (sid, title, kind), (_, _, terms) in zip(KINDS, sections):
        body.append(f'<h2 id="{sid}">{escape(title)}</h2>' + "".join(_term(h, t, kind) for t in terms))
    body.append('<h2 id="concept-schemes">Concept schemes</h2>' + "".join(_scheme(h, s) for s in schemes))
    body.append(namespaces)
    title = escape(_title(h))
    page = (
        f'<!DOCTYPE html>\n<html lang="en"><head><meta charset="utf-8">'
        f'<meta http-equiv="Content-Security-Policy" content="{CSP}">'
        f'<meta name="viewport" content="width=device-width, initial-scale=1">'
        f"<title>{title}</title><style>{STYLE}</style></head>\n<body>{''.join(body)}</body></html>\n"
    )
    concepts = len(set(g.subjects(RDF.type, SKOS.Concept)))
    return page, Page(len(sections[0][2]), len(sections[1][2]) + len(sections[2][2]), concepts)


def ontology_for_docs() -> Graph:
    """The ontology file with only its own prefix bindings (rdflib's defaults would list unused namespaces)."""
    from kg.resources import ontology_file

    return Graph(bind_namespaces="none").parse(ontology_file("igkg.ttl"), format="turtle")


def write_docs(output: Path) -> Page:
    """Write the ontology page to ``output`` (checked and replaced whole, as every output file)."""
    from kg.outputs import write_atomically

    page, info = render(ontology_for_docs())
    write_atomically(Path(output), lambda fh: fh.write(page.encode("utf-8")))
    return info
