"""The canned queries (queries/*.rq): found by name, described by their leading comments, parameterized.

``kg query who-met-whom`` runs queries/who-met-whom.rq. A query's parameters are
the variables of its ``VALUES`` blocks, whose data are the defaults:
``--param name=Олжас Бектенов`` replaces the ``?name`` column of every VALUES
block (a block may sit in a subquery; the same variable in several blocks is
set in each). A ``--param`` naming a variable with no VALUES block binds it where
the query's outermost WHERE group begins, so any variable visible there is a
parameter too. Queries are edited by token (kg/query/guard.py's tokenizer), so
a brace or the word VALUES inside a string or an IRI is never touched.
"""

from __future__ import annotations

import difflib
import re
from dataclasses import dataclass, field
from pathlib import Path

from kg.errors import QueryError
from kg.query.guard import tokens
from kg.rdf.ontology import PREFIXES
from kg.rdf.terms import param_term, sparql_string

_NAME = re.compile(r"[A-Za-z0-9][\w.-]*")
_VAR = re.compile(r"[A-Za-z_][\w]*")
Token = tuple[str, str, int, int]


@dataclass
class ValuesBlock:
    variables: list[str]
    rows: list[list[tuple[int, int, str]]]  # each cell: start, end, text


@dataclass
class CannedQuery:
    name: str
    path: Path
    text: str
    description: str
    params: dict[str, str] = field(
        default_factory=dict
    )  # variable -> its default, as written (one-row VALUES)

    @property
    def summary(self) -> str:
        """The first comment line: what the query answers, for a list."""
        first = next((line for line in self.text.splitlines()[:1] if line.startswith("#")), "")
        return first.lstrip("#").strip()


def queries_folder() -> Path:
    from kg.resources import queries_dir

    return queries_dir()


def description(text: str) -> str:
    """The query's leading comment lines, joined: what it answers (shown to users by ``kg queries`` and
    the start page). Notes for developers go after a blank line, as plain comments that are not shown."""
    lines = []
    for line in text.splitlines():
        if not line.startswith("#"):
            break
        lines.append(line.lstrip("#").strip())
    return " ".join(line for line in lines if line)


def load(path: Path) -> CannedQuery:
    text = path.read_text(encoding="utf-8")
    params: dict[str, str] = {}
    try:
        blocks = values_blocks(list(tokens(text)), text)
    except (IndexError, QueryError):  # a broken file still lists; running it says what is wrong
        blocks = []
    for block in blocks:
        if len(block.rows) != 1:  # a table of data (fact-sources' classes), not a value to choose
            continue
        for j, var in enumerate(block.variables):
            params.setdefault(var, block.rows[0][j][2])
    return CannedQuery(path.stem, path, text, description(text), params)


def catalogue(folder: Path | None = None) -> list[CannedQuery]:
    """Every canned query, by name."""
    return [load(p) for p in sorted((folder or queries_folder()).glob("*.rq"))]


def summary_form(name: str, folder: Path | None = None) -> CannedQuery | None:
    """The form of canned query ``name`` that reads the summary graph (queries/summary/NAME.rq), if it
    has one. Its columns are the canned query's; the caller runs it only when the summary is fresh."""
    stem = name[:-3] if name.endswith(".rq") else name
    path = (folder or queries_folder()) / "summary" / f"{stem}.rq"
    return load(path) if looks_like_name(stem) and path.is_file() else None


def looks_like_name(text: str) -> bool:
    return bool(_NAME.fullmatch(text))


def find(name: str, folder: Path | None = None) -> CannedQuery:
    """The canned query called ``name`` (with or without .rq); a one-line QueryError naming close ones."""
    folder = folder or queries_folder()
    stem = name[:-3] if name.endswith(".rq") else name
    path = folder / f"{stem}.rq"
    if looks_like_name(stem) and path.is_file():
        return load(path)
    names = [p.stem for p in sorted(folder.glob("*.rq"))]
    close = difflib.get_close_matches(stem, names, n=3, cutoff=0.5)
    hint = f"; did you mean {', '.join(close)}?" if close else f"; canned queries: {', '.join(names)}"
    raise QueryError(f"'{name}' is neither a query file nor a canned query{hint} (kg queries lists them)")


# ------------------------------------------------------------------ reading the query's structure


def first_subquery(query: str) -> tuple[int, int] | None:
    """Where the query's first subquery ``{ SELECT … }`` begins and ends (its braces included)."""
    toks = list(tokens(query))
    for i in range(len(toks) - 1):
        if toks[i][1] == "{" and toks[i + 1][0] == "word" and toks[i + 1][1].upper() == "SELECT":
            return toks[i][2], toks[_matching(toks, i)][3]
    return None


def _term_end(toks: list[Token], i: int) -> int:
    """Index after the term starting at i: a string with its @lang or ^^datatype, a signed number, one token."""
    kind, text = toks[i][0], toks[i][1]
    if kind in ("string", "long"):
        if i + 1 < len(toks) and toks[i + 1][1] == "^^":
            return i + 3
        if i + 1 < len(toks) and toks[i + 1][1] == "@":
            j = i + 2
            while j + 1 < len(toks) and toks[j + 1][1] == "-" and toks[j + 1][2] == toks[j][3]:
                j += 2
            return j + 1
    if text in ("-", "+") and i + 1 < len(toks) and toks[i + 1][0] == "number":
        return i + 2
    return i + 1


def _matching(toks: list[Token], i: int) -> int:
    """Index of the bracket closing the one at i."""
    depth = 0
    for j in range(i, len(toks)):
        if toks[j][0] == "op" and toks[j][1] in "({[":
            depth += 1
        elif toks[j][0] == "op" and toks[j][1] in ")}]":
            depth -= 1
            if depth == 0:
                return j
    raise QueryError("unbalanced brackets in the query")


def _cells(toks: list[Token], i: int, end: int, text_of) -> list[tuple[int, int, str]]:
    cells = []
    while i < end:
        j = _term_end(toks, i)
        cells.append((toks[i][2], toks[j - 1][3], text_of(toks[i][2], toks[j - 1][3])))
        i = j
    return cells


def values_blocks(toks: list[Token], source: str) -> list[ValuesBlock]:
    """Every VALUES block of the query, its variables and the spans of its data cells."""

    def text_of(a: int, b: int) -> str:
        return source[a:b]

    blocks = []
    for i, (kind, text, _, _) in enumerate(toks):
        if kind != "word" or text.upper() != "VALUES" or i + 1 >= len(toks):
            continue
        if toks[i + 1][0] == "var":
            variables, body = [toks[i + 1][1][1:]], i + 2
            close = _matching(toks, body)
            blocks.append(ValuesBlock(variables, [[c] for c in _cells(toks, body + 1, close, text_of)]))
            continue
        close_vars = _matching(toks, i + 1)
        variables = [t[1][1:] for t in toks[i + 2 : close_vars]]
        body, rows = close_vars + 1, []
        j = body + 1
        while toks[j][1] == "(":
            row_end = _matching(toks, j)
            rows.append(_cells(toks, j + 1, row_end, text_of))
            j = row_end + 1
        blocks.append(ValuesBlock(variables, rows))
    return blocks


def _where_group(toks: list[Token]) -> int:
    """Index of the brace opening the outermost WHERE group."""
    depth, seen_form = 0, False
    for i, (kind, text, _, _) in enumerate(toks):
        upper = text.upper() if kind == "word" else ""
        if depth == 0 and upper == "WHERE":
            return i + 1
        if depth == 0 and upper in ("SELECT", "ASK", "DESCRIBE"):
            seen_form = True
        if kind == "op" and text == "{":
            if depth == 0 and seen_form:
                return i
            depth += 1
        elif kind == "op" and text == "}":
            depth -= 1
    raise QueryError("the query has no WHERE group to bind a parameter in")


def _projected(toks: list[Token], select: int, body: int) -> set[str]:
    """Variables a subquery makes visible outside: its projection (``(… AS ?x)`` gives ?x)."""
    names, depth = set(), 0
    for k in range(select + 1, body):
        kind, text = toks[k][0], toks[k][1]
        if text == "(":
            depth += 1
        elif text == ")":
            depth -= 1
        elif kind == "var" and (depth == 0 or toks[k - 1][1].upper() == "AS"):
            names.add(text[1:])
        elif text == "*" and depth == 0:
            return _scope(toks, body)
    return names


def _scope(toks: list[Token], start: int) -> set[str]:
    """Variables visible in the group opening at ``start``: its own, and what its subqueries project."""
    end, names, i = _matching(toks, start), set(), start + 1
    while i < end:
        kind, text = toks[i][0], toks[i][1]
        if text == "{" and toks[i + 1][1].upper() == "SELECT":
            close = _matching(toks, i)
            body = next(k for k in range(i + 2, close) if toks[k][1] == "{" or toks[k][1].upper() == "WHERE")
            body = body + 1 if toks[body][1].upper() == "WHERE" else body
            names |= _projected(toks, i + 1, body)
            i = close + 1
            continue
        if kind == "var":
            names.add(text[1:])
        i += 1
    return names


# ------------------------------------------------------------------ binding parameters


def parse_param(given: str) -> tuple[str, str]:
    """``name=value`` (the name may carry its ``?``)."""
    name, sep, value = given.partition("=")
    name = name.strip().lstrip("?$")
    if not sep or not _VAR.fullmatch(name):
        raise QueryError(
            f"--param {given}: expected NAME=VALUE, NAME a variable of the query (letters, digits, _)"
        )
    return name, value


def bind_params(query: str, params: list[tuple[str, str]]) -> str:
    """The query with each parameter bound: VALUES columns replaced, or a binding where WHERE begins."""
    if not params:
        return query
    try:
        return _bind(query, params)
    except (IndexError, StopIteration, ValueError):  # a query cut short: the parser would say where
        raise QueryError(
            "cannot bind --param: the query is not complete SPARQL (a VALUES block or a group is not closed)"
        ) from None


def _bind(query: str, params: list[tuple[str, str]]) -> str:
    toks = list(tokens(query))
    blocks = values_blocks(toks, query)
    prefixes = _prefixes(query)
    edits: list[tuple[int, int, str]] = []
    inject: list[str] = []
    scope: set[str] | None = None
    for name, value in params:
        columns = [(b, b.variables.index(name)) for b in blocks if name in b.variables]
        for block, j in columns:
            for row in block.rows:
                start, end, default = row[j]
                term = param_term(value, default, prefixes)
                edits.append((start, end, term if term is not None else sparql_string(value)))
        if columns:
            continue
        scope = scope if scope is not None else _scope(toks, _where_group(toks))
        if name not in scope:
            raise QueryError(_no_such_variable(name, scope, blocks))
        inject.append(_binding(name, value, prefixes, toks))
    if inject:
        brace = toks[_where_group(toks)]
        edits.append((brace[3], brace[3], " " + " ".join(inject)))
    for start, end, text in sorted(edits, reverse=True):
        query = query[:start] + text + query[end:]
    return query


TEXT_LANGUAGES = ("ru", "en")  # the languages the store writes labels in (kg/rdf/mapping.py)


def _binding(name: str, value: str, prefixes: dict[str, str], toks: list[Token]) -> str:
    """What binds ``?name`` where the WHERE group begins. A term: a one-value VALUES. Plain text matches
    a variable's lexical form; where the variable is bound by a triple pattern of the outermost group
    (so never left unbound) that is a VALUES of the text without a language and in the store's
    languages, which Oxigraph looks up in its index (a person's posts: 5 ms, against a scan of every
    person's posts with a FILTER); elsewhere (inside OPTIONAL, UNION, a subquery) a FILTER, since a
    VALUES would also fill the variable where the pattern binding it did not match."""
    term = param_term(value, None, prefixes)
    if term is not None:
        return f"VALUES ?{name} {{ {term} }}"
    text = sparql_string(value)
    if name in _required(toks, _where_group(toks)):
        forms = " ".join([text, *(f"{text}@{lang}" for lang in TEXT_LANGUAGES)])
        return f"VALUES ?{name} {{ {forms} }}"
    return f"FILTER (STR(?{name}) = {text})"


def _required(toks: list[Token], start: int) -> set[str]:
    """Variables of the triple patterns of the group opening at ``start`` itself: not in a nested group
    (OPTIONAL, UNION, MINUS, a subquery, GRAPH ?g) nor in brackets (FILTER, BIND, expressions). A
    ``GRAPH <iri> { … }`` group's own patterns count: it is joined like the group's own (the summary's
    forms read their rows inside one)."""
    end, names, depth = _matching(toks, start), set(), 0
    flat = _named_graph_groups(toks, start + 1, end)  # braces whose patterns count as the group's
    for i in range(start + 1, end):
        kind, text = toks[i][0], toks[i][1]
        if i in flat:
            continue
        if kind == "op" and text in "({[":
            depth += 1
        elif kind == "op" and text in ")}]":
            depth -= 1
        elif kind == "var" and depth == 0 and toks[i - 1][1].upper() != "VALUES":
            names.add(text[1:])
    return names


def _named_graph_groups(toks: list[Token], start: int, end: int) -> set[int]:
    """Indexes of the braces of each ``GRAPH <iri> {`` group directly in the tokens start..end."""
    out, depth = set(), 0
    for i in range(start, end):
        kind, text = toks[i][0], toks[i][1]
        if i in out:
            continue
        graph = depth == 0 and kind == "word" and text.upper() == "GRAPH" and i + 2 < end
        if graph and toks[i + 1][0] in ("iri", "pname") and toks[i + 2][1] == "{":
            out |= {i + 2, _matching(toks, i + 2)}
            continue
        if kind == "op" and text in "({[":
            depth += 1
        elif kind == "op" and text in ")}]":
            depth -= 1
    return out


def _prefixes(query: str) -> dict[str, str]:
    """The project's prefixes and those the query declares (the query's own win)."""
    found = dict(PREFIXES)
    toks = list(tokens(query))
    for i in range(len(toks) - 2):
        if (
            toks[i][0] == "word"
            and toks[i][1].upper() == "PREFIX"
            and toks[i + 1][0] == "pname"
            and toks[i + 2][0] == "iri"
        ):
            found[toks[i + 1][1].rstrip(":")] = toks[i + 2][1][1:-1]
    return found


def _no_such_variable(name: str, scope: set[str], blocks: list[ValuesBlock]) -> str:
    known = sorted(scope | {v for b in blocks for v in b.variables})
    close = difflib.get_close_matches(name, known, n=1, cutoff=0.6)
    hint = f"; did you mean {close[0]}?" if close else ""
    return f"--param {name}: the query has no variable ?{name} to bind (it has: {', '.join(known)}){hint}"
