"""Checks a SPARQL query before any parser sees it: size, nesting, updates, SERVICE.

Oxigraph's parser and evaluator recurse once per nested bracket and once per
chained OPTIONAL, UNION, MINUS or operator: a 10 KB query of parentheses
overflows the stack and kills the process (``kg query``) or the server
(``kg serve``); a few thousand chained OPTIONALs do the same. So a query is
tokenized here (strings, IRIs and comments skipped) and refused with a clear
message when it is too large, nested too deeply or chains too many operators.
Measured limits of oxigraph 0.5: its server dies at ~5,000 nested parentheses,
~3,000 braces and ~1,000 chained OPTIONALs; the limits below stay far under them.

The same pass finds the query form (so an update gets "updates are not allowed
here" instead of a parser's "expected CONSTRUCT") and every SERVICE endpoint, so
that a query reaches another host only when the user named that host.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from urllib.parse import urlsplit

from kg.errors import QueryError
from kg.rdf.ontology import PREFIXES

MAX_QUERY_BYTES = 256 * 1024
MAX_NESTING = 64
MAX_CHAINED = 400  # OPTIONAL, UNION, MINUS and operators, counted over the whole query
QUERY_FORMS = ("SELECT", "CONSTRUCT", "ASK", "DESCRIBE")
UPDATE_WORDS = ("INSERT", "DELETE", "LOAD", "CLEAR", "CREATE", "DROP", "COPY", "MOVE", "ADD", "WITH")
_CHAIN_WORDS = {"OPTIONAL", "UNION", "MINUS"}

_TOKEN = re.compile(
    r"""
    (?P<ws>\s+)
  | (?P<comment>\#[^\n]*)
  | (?P<iri><[^<>"{}|^`\\\x00-\x20]*>)
  | (?P<long>\"\"\"(?:[^"\\]|\\.|"(?!""))*\"\"\"|'''(?:[^'\\]|\\.|'(?!''))*''')
  | (?P<string>"(?:[^"\\\n]|\\.)*"|'(?:[^'\\\n]|\\.)*')
  | (?P<var>[?$][\w\u00b7\u0300-\u036f\u203f-\u2040]+)
  | (?P<pname>(?:[A-Za-z\u00c0-\uffff][\w\u00b7.\-\u00c0-\uffff]*)?:(?:[\w.\-\u00c0-\uffff:%\\]*[\w\-\u00c0-\uffff:%\\])?)
  | (?P<word>[A-Za-z_][\w]*)
  | (?P<number>[0-9]+(?:\.[0-9]*)?(?:[eE][+-]?[0-9]+)?|\.[0-9]+(?:[eE][+-]?[0-9]+)?)
  | (?P<op>\|\||&&|!=|<=|>=|\^\^|[(){}\[\];,.*+/|^!=<>?\-@])
  | (?P<other>.)
""",
    re.VERBOSE | re.DOTALL,
)
_OPERATORS = {"||", "&&", "!=", "<=", ">=", "*", "+", "/", "|", "^", "!", "=", "<", ">", "-", "?"}
_OPEN, _CLOSE = "({[", ")}]"


@dataclass
class QueryShape:
    form: str  # SELECT, CONSTRUCT, ASK, DESCRIBE (or "" when the parser will have to say what is wrong)
    services: list[str] = field(default_factory=list)  # endpoint IRIs, "?var" for a variable endpoint
    depth: int = 0
    chained: int = 0
    unknown_prefixes: list[str] = field(default_factory=list)  # used but neither predeclared nor declared


def tokens(query: str) -> Iterable[tuple[str, str, int, int]]:
    """(kind, text, start, end) of every token but blanks and comments: strings, IRIs and comments are skipped
    whole, so a brace or a `VALUES` inside a string is never mistaken for syntax (kg/query/canned.py edits by these)."""
    for m in _TOKEN.finditer(query):
        kind = m.lastgroup
        if kind in ("ws", "comment"):
            continue
        yield kind, m.group(), m.start(), m.end()


def _tokens(query: str) -> Iterable[tuple[str, str]]:
    for kind, text, _, _ in tokens(query):
        yield kind, text


def inspect_query(query: str) -> QueryShape:
    """The form, SERVICE endpoints, nesting depth and operator count of a query; QueryError past the limits."""
    size = len(query.encode("utf-8"))
    if size > MAX_QUERY_BYTES:
        raise QueryError(f"query is {size // 1024} KB; the limit is {MAX_QUERY_BYTES // 1024} KB")
    spans = list(tokens(query))
    tokens_ = [(kind, text) for kind, text, _, _ in spans]
    shape = QueryShape(form="")
    prefixes = dict(PREFIXES)
    depth = 0
    for i, (kind, text) in enumerate(tokens_):
        upper = text.upper() if kind == "word" else ""
        if kind == "op" and text in _OPEN:
            depth += 1
            shape.depth = max(shape.depth, depth)
            if depth > MAX_NESTING:
                raise QueryError(
                    f"query is nested more than {MAX_NESTING} levels deep (brackets); refused before parsing"
                )
        elif kind == "op" and text in _CLOSE:
            depth = max(0, depth - 1)
        elif (kind == "op" and text in _OPERATORS) or upper in _CHAIN_WORDS:
            shape.chained += 1
        elif (
            upper == "PREFIX"
            and i + 2 < len(tokens_)
            and tokens_[i + 1][0] == "pname"
            and tokens_[i + 2][0] == "iri"
        ):
            prefixes[tokens_[i + 1][1].rstrip(":")] = tokens_[i + 2][1][1:-1]
        elif upper == "SERVICE":
            shape.services.append(_service_endpoint(tokens_[i + 1 :], prefixes))
        elif kind == "pname" and text.partition(":")[0] not in prefixes and not _not_a_prefix_use(spans, i):
            shape.unknown_prefixes.append(text.partition(":")[0])
        if not shape.form and (upper in QUERY_FORMS or upper in UPDATE_WORDS):
            shape.form = upper
    if shape.chained > MAX_CHAINED:
        raise QueryError(
            f"query chains {shape.chained} OPTIONAL/UNION/MINUS blocks and operators; the limit is "
            f"{MAX_CHAINED} (a VALUES block lists many values without chaining)"
        )
    return shape


def _not_a_prefix_use(spans: list[tuple[str, str, int, int]], i: int) -> bool:
    """A name that uses no prefix: `_:b0` (read as the word `_` then `:b0`, a blank node label) or the name
    being declared by PREFIX."""
    if i == 0:
        return False
    before = spans[i - 1]
    return (before[1] == "_" and before[3] == spans[i][2]) or before[1].upper() == "PREFIX"


def _service_endpoint(rest: list[tuple[str, str]], prefixes: dict[str, str]) -> str:
    if rest and rest[0][0] == "word" and rest[0][1].upper() == "SILENT":
        rest = rest[1:]
    if not rest:
        return "?"
    kind, text = rest[0]
    if kind == "iri":
        return text[1:-1]
    if kind == "pname":
        prefix, _, local = text.partition(":")
        return prefixes.get(prefix, "") + local if prefix in prefixes else text
    return text  # a variable (or garbage the parser will reject)


def _host_allowed(endpoint: str, allowed: Iterable[str]) -> bool:
    parts = urlsplit(endpoint)
    if parts.scheme not in ("http", "https") or not parts.hostname:
        return False
    host = parts.hostname.lower()
    port = parts.port or (443 if parts.scheme == "https" else 80)
    for entry in allowed:
        entry = entry.strip().lower()
        if entry in (host, f"{host}:{port}"):
            return True
    return False


def check_query(query: str, allow_service: Iterable[str] = ()) -> QueryShape:
    """Refuse, with a one-line QueryError, what must not reach the parser or run: see the module doc."""
    shape = inspect_query(query)
    if shape.form in UPDATE_WORDS:
        raise QueryError(
            f"updates are not allowed here ({shape.form} found); this command only reads. "
            "Change the store with kg ingest, kg remove or kg load"
        )
    if shape.unknown_prefixes:
        raise QueryError(unknown_prefix_message(shape.unknown_prefixes[0], query))
    allowed = list(allow_service)
    for endpoint in shape.services:
        if endpoint.startswith(("?", "$")):
            raise QueryError(
                f"SERVICE {endpoint}: an endpoint given by a variable cannot be checked; name it"
            )
        if not _host_allowed(endpoint, allowed):
            host = urlsplit(endpoint).hostname or endpoint
            raise QueryError(
                f"SERVICE <{endpoint}> refused: queries may reach other servers only through "
                f"--allow-service {host}"
            )
    return shape


def unknown_prefix_message(prefix: str, query: str = "") -> str:
    """One line instead of the parser's list of the Unicode ranges a name may hold: what is known, what is close."""
    import difflib

    known = list(PREFIXES) + [t[1].rstrip(":") for t in _declared(query)]
    close = difflib.get_close_matches(prefix, known, n=1, cutoff=0.6)
    hint = f"; did you mean '{close[0]}:'?" if close else ""
    return (
        f"Unknown prefix '{prefix}:' — known: {', '.join(known)}{hint} (or declare it: PREFIX {prefix}: <…>)"
    )


def _declared(query: str) -> list[tuple[str, str]]:
    toks = list(_tokens(query))
    return [
        toks[i + 1]
        for i, (kind, text) in enumerate(toks[:-2])
        if kind == "word" and text.upper() == "PREFIX" and toks[i + 1][0] == "pname"
    ]
