"""What ``kg serve`` answers itself: its start page, the catalogue of canned queries, the predeclared prefixes.

Oxigraph's own page loads YASGUI, which asks prefix.cc (another host) and knows
nothing of this project. The start page here (kg/web/static) is three small files
under a Content-Security-Policy that lets the page talk to this server only; its
script renders results with ``textContent``. Every query that reaches the proxy
gets the project's PREFIX lines it does not declare itself, so the page, curl and
any other client write ``dip:Meeting`` without a PREFIX line, as ``kg query`` does.
"""

from __future__ import annotations

import json
import re
import urllib.parse
from importlib import resources

from kg.errors import QueryError
from kg.query.guard import tokens
from kg.rdf.ontology import PREFIXES

CSP = (
    "default-src 'none'; script-src 'self'; style-src 'self'; connect-src 'self'; img-src 'self'; "
    "base-uri 'none'; form-action 'none'; frame-ancestors 'none'"
)
PAGES = {  # path -> (file under kg/web/static, content type)
    "/": ("index.html", "text/html; charset=utf-8"),
    "/static/start.js": ("start.js", "text/javascript; charset=utf-8"),
    "/static/start.css": ("start.css", "text/css; charset=utf-8"),
    "/favicon.ico": ("favicon.svg", "image/svg+xml"),  # browsers ask for it; Oxigraph would answer 404
}
CATALOGUE = "/catalogue.json"
CANNED = "/canned/"  # /canned/NAME?VAR=VALUE: the query with its parameters bound


def page(path: str, query: str = "") -> tuple[int, bytes, str] | None:
    """Status, body and content type of one of the page's own resources, or None (then Oxigraph answers)."""
    if path == CATALOGUE:
        return 200, catalogue_json(), "application/json; charset=utf-8"
    if path.startswith(CANNED):
        return bound_query(urllib.parse.unquote(path[len(CANNED) :]), urllib.parse.parse_qsl(query, True))
    if path not in PAGES:
        return None
    name, ctype = PAGES[path]
    return 200, resources.files("kg.web").joinpath("static", name).read_bytes(), ctype


def bound_query(name: str, params: list[tuple[str, str]]) -> tuple[int, bytes, str]:
    """A canned query's text with parameters bound as ``--param`` binds them (kg/query/canned.py), or the error."""
    from kg.query.canned import bind_params, find

    try:
        text = bind_params(find(name).text, params)
    except QueryError as e:
        return 400, str(e).encode("utf-8"), "text/plain; charset=utf-8"
    return 200, text.encode("utf-8"), "application/sparql-query; charset=utf-8"


def catalogue_json() -> bytes:
    """The prefixes and the canned queries (read afresh, so an edited .rq shows on reload)."""
    from kg.query.canned import catalogue

    queries = [
        {
            "name": q.name,
            "summary": q.summary,
            "description": q.description,
            "text": q.text,
            "params": {var: plain(default) for var, default in q.params.items()},
        }
        for q in catalogue()
    ]
    return json.dumps({"prefixes": PREFIXES, "queries": queries}, ensure_ascii=False).encode("utf-8")


def plain(default: str) -> str:
    """A default as the page's field shows it: ``"2025-12-31"^^xsd:date`` as 2025-12-31, ``"Олжас"@ru`` as Олжас.

    Typed back in, the text takes the default's language or datatype again (kg/rdf/terms.py)."""
    m = re.fullmatch(r'"((?:[^"\\]|\\.)*)"(?:@[\w-]+|\^\^\S+)?', default)
    return re.sub(r"\\(.)", r"\1", m.group(1)) if m else default


def with_prefixes(query: str) -> str:
    """The query with a PREFIX declaration for each project prefix it does not declare.

    All on the query's first line, so the line numbers of the engine's syntax errors stay right."""
    toks = list(tokens(query))
    declared = {
        toks[i + 1][1].rstrip(":")
        for i in range(len(toks) - 1)
        if toks[i][0] == "word" and toks[i][1].upper() == "PREFIX" and toks[i + 1][0] == "pname"
    }
    missing = "".join(f"PREFIX {p}: <{ns}> " for p, ns in PREFIXES.items() if p not in declared)
    return missing + query
