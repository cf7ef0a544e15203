"""Running SPARQL and printing its results (table, csv, tsv, json; Turtle for graphs)."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

from rdflib import BNode, Literal, URIRef

from .errors import FormatError, QueryError
from .ontology import PREFIXES
from .store import QueryResult, Store

RESULT_FORMATS = ("table", "csv", "tsv", "json")


def read_query(text_or_path: str) -> str:
    """A query given inline, as a path to a .rq file, or as '-' for standard input."""
    if text_or_path == "-":
        import sys

        return sys.stdin.read()
    path = Path(text_or_path)
    if text_or_path.endswith((".rq", ".sparql")) or (len(text_or_path) < 255 and "\n" not in text_or_path and path.is_file()):
        if not path.is_file():
            raise QueryError(f"{text_or_path}: no such query file")
        return path.read_text(encoding="utf-8")
    return text_or_path


def run(store: Store, query: str) -> QueryResult:
    if not query.strip():
        raise QueryError("empty query")
    return store.query(query)


def _short(term) -> str:
    if term is None:
        return ""
    if isinstance(term, URIRef):
        for prefix, ns in PREFIXES.items():
            if str(term).startswith(ns):
                return f"{prefix}:{str(term)[len(ns):]}"
        return str(term)
    return str(term)


def format_result(result: QueryResult, fmt: str = "table") -> str:
    if fmt not in RESULT_FORMATS:
        raise FormatError(f"unknown result format '{fmt}' (choose from {', '.join(RESULT_FORMATS)})")
    if result.kind == "graph":
        return result.graph.serialize(format="turtle")
    if result.kind == "ask":
        if fmt == "json":
            return json.dumps({"head": {}, "boolean": result.boolean}) + "\n"
        return ("true" if result.boolean else "false") + "\n"
    if fmt == "json":
        return json.dumps(_sparql_json(result), ensure_ascii=False, indent=1) + "\n"
    if fmt in ("csv", "tsv"):
        buf = io.StringIO()
        if fmt == "csv":
            w = csv.writer(buf, lineterminator="\r\n")
            w.writerow(result.variables)
            for row in result.rows:
                w.writerow(["" if v is None else str(v) for v in row])
        else:
            buf.write("\t".join("?" + v for v in result.variables) + "\n")
            for row in result.rows:
                buf.write("\t".join("" if v is None else v.n3() for v in row) + "\n")
        return buf.getvalue()
    return _table(result)


def _table(result: QueryResult) -> str:
    header = result.variables
    rows = [[_short(v) for v in row] for row in result.rows]
    widths = [max([len(h)] + [len(r[i]) for r in rows]) for i, h in enumerate(header)]
    widths = [min(w, 80) for w in widths]

    def line(cells):
        return " | ".join(c[:w].ljust(w) for c, w in zip(cells, widths)).rstrip()

    out = [line(header), "-+-".join("-" * w for w in widths)]
    out += [line(r) for r in rows]
    out.append(f"({len(rows)} row{'s' if len(rows) != 1 else ''})")
    return "\n".join(out) + "\n"


def _sparql_json(result: QueryResult) -> dict:
    def term(v):
        if isinstance(v, URIRef):
            return {"type": "uri", "value": str(v)}
        if isinstance(v, BNode):
            return {"type": "bnode", "value": str(v)}
        if isinstance(v, Literal):
            d = {"type": "literal", "value": str(v)}
            if v.language:
                d["xml:lang"] = v.language
            elif v.datatype:
                d["datatype"] = str(v.datatype)
            return d
        raise TypeError(v)

    bindings = [{var: term(v) for var, v in zip(result.variables, row) if v is not None} for row in result.rows]
    return {"head": {"vars": result.variables}, "results": {"bindings": bindings}}
