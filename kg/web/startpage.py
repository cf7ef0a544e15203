"""What ``kg serve`` answers itself: its start page, the catalogue of canned queries, the predeclared prefixes.

Oxigraph's own page loads YASGUI, which asks prefix.cc (another host) and knows
nothing of this project. The start page here (kg/web/static) is three small files
under a Content-Security-Policy that lets the page talk to this server only; its
script renders results with ``textContent``. Every query that reaches the proxy
gets the project's PREFIX lines it does not declare itself, so the page, curl and
any other client write ``dip:Meeting`` without a PREFIX line, as ``kg query`` does.

The page keeps the canned query and its values in the address (``#query=NAME&VAR=VALUE``),
offers the values the store holds for a parameter (``CHOICES``, run by the page through
/query), draws CONSTRUCT answers with vis-network (the graph page's component, served
from pyvis's package) and, when an answer is empty, asks what the store does hold
(``/hint``: queries/hints/NAME.rq, else the count and dates of the query's first class).
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
# the graph component of `kg viz` (vis-network, from pyvis's package): the page draws CONSTRUCT results with it
VIS = {
    "/static/vis-network.min.js": ("vis-network.min.js", "text/javascript; charset=utf-8"),
    "/static/vis-network.css": ("vis-network.css", "text/css; charset=utf-8"),
}
CATALOGUE = "/catalogue.json"
CANNED = "/canned/"  # /canned/NAME?VAR=VALUE: the query with its parameters bound
HINT = "/hint"  # /hint/NAME?VAR=VALUE or /hint?query=TEXT: what to ask when an answer is empty

# A parameter's choices come from the store, by SPARQL the page runs through /query: the roles of the
# vocabulary (skos concepts of dip:Role, with their labels), the countries something in the store points
# to, the persons and the articles. Which list a parameter gets goes by its name.
CHOICES = {
    "role": """SELECT ?value (SAMPLE(?en) AS ?label_en) (SAMPLE(?ru) AS ?label_ru) WHERE {
  ?r a dip:Role ; skos:notation ?value .
  OPTIONAL { ?r skos:prefLabel ?en FILTER (LANG(?en) = "en") }
  OPTIONAL { ?r skos:prefLabel ?ru FILTER (LANG(?ru) = "ru") }
} GROUP BY ?value ORDER BY ?value""",
    "country": """SELECT ?value (SAMPLE(?ru) AS ?label_ru) WHERE {
  ?c dip:isoCode ?value .
  FILTER EXISTS { ?x dip:country|dip:heldIn|dip:hostCountry|dip:party ?c }
  OPTIONAL { ?c rdfs:label ?ru FILTER (LANG(?ru) = "ru") }
} GROUP BY ?value ORDER BY ?value""",
    "person": """SELECT DISTINCT ?value WHERE { ?p a dip:Person ; rdfs:label ?value } ORDER BY ?value LIMIT 5000""",
    "article": """SELECT ?value (SAMPLE(?t) AS ?label_ru) WHERE {
  ?a a dip:Article ; dip:identifier ?value . OPTIONAL { ?a rdfs:label ?t }
} GROUP BY ?value ORDER BY ?value LIMIT 5000""",
}
PARAM_KINDS = {
    "role": "role",
    "country": "country",
    "country1": "country",
    "country2": "country",
    "host": "country",
    "name": "person",
    "person": "person",
    "speaker": "person",
    "article": "article",
}
DATED = ("dip:date", "dip:statedOn")  # what the generic hint reads a kind's dates from


def page(path: str, query: str = "") -> tuple[int, bytes, str] | None:
    """Status, body and content type of one of the page's own resources, or None (then Oxigraph answers)."""
    if path == CATALOGUE:
        return 200, catalogue_json(), "application/json; charset=utf-8"
    if path.startswith(CANNED):
        return bound_query(urllib.parse.unquote(path[len(CANNED) :]), urllib.parse.parse_qsl(query, True))
    if path == HINT or path.startswith(HINT + "/"):
        return hint_json(urllib.parse.unquote(path[len(HINT) + 1 :]), urllib.parse.parse_qsl(query, True))
    if path in VIS:
        name, ctype = VIS[path]
        return 200, resources.files("pyvis").joinpath("lib", "vis-9.1.2", name).read_bytes(), ctype
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
            "kinds": {var: param_kind(var, default) for var, default in q.params.items()},
        }
        for q in catalogue()
    ]
    return json.dumps(
        {"prefixes": PREFIXES, "queries": queries, "choices": CHOICES}, ensure_ascii=False
    ).encode("utf-8")


def param_kind(name: str, default: str) -> str:
    """Which field a parameter gets: a list from the store (role, country, person, article), a date, or text."""
    if default.endswith("^^xsd:date") or default.endswith("#date>"):
        return "date"
    return PARAM_KINDS.get(name, "text")


def hint_json(name: str, params: list[tuple[str, str]]) -> tuple[int, bytes, str]:
    """What the page asks when an answer is empty: a canned query's hint (queries/hints/NAME.rq, bound
    with the same parameters), else the generic count and dates of the query's first class."""
    from kg.query.canned import bind_params, find, load, queries_folder

    try:
        if name:
            canned = find(name)
            path = queries_folder() / "hints" / f"{canned.name}.rq"
            if path.is_file():
                hint = load(path)
                known = [(k, v) for k, v in params if k in hint.params]
                answer = {"text": hint.description, "query": bind_params(hint.text, known), "generic": False}
            else:
                answer = generic_hint(bind_params(canned.text, params))
        else:
            answer = generic_hint(dict(params).get("query", ""))
    except QueryError as e:
        return 400, str(e).encode("utf-8"), "text/plain; charset=utf-8"
    return 200, json.dumps(answer, ensure_ascii=False).encode("utf-8"), "application/json; charset=utf-8"


def generic_hint(query: str) -> dict | None:
    """ "No rows; the store has N statements of this kind, from DATE to DATE": a count of the first
    class the query asks for (``?x a dip:Meeting``) and the earliest and latest date of its members
    (the page fills ``{n}`` and ``{dates}``; a kind without dates gets no dates)."""
    toks = list(tokens(query))
    for i in range(len(toks) - 1):
        if toks[i][1] == "a" and toks[i][0] == "word" and toks[i + 1][0] in ("pname", "iri"):
            cls = toks[i + 1][1]
            dated = "|".join(DATED)
            return {
                "text": f"No rows; the store has {{n}} statements of this kind ({cls}){{dates}}.",
                "query": f"SELECT ?n ?first ?last WHERE {{ {{ SELECT (COUNT(DISTINCT ?x) AS ?n) WHERE {{ ?x a {cls} }} }} "
                f"{{ SELECT (MIN(?d) AS ?first) (MAX(?d) AS ?last) WHERE {{ ?x a {cls} ; {dated} ?d }} }} }}",
                "generic": True,
            }
    return None


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
