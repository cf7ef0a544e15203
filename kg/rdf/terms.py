"""RDF terms as text a user can paste back into SPARQL, and `--param` values read as SPARQL terms.

A printed IRI must be valid SPARQL: ``igr:person/olzhas-bektenov`` is not (``/``
may not appear bare in a prefixed name), so the local part is written with
SPARQL's backslash escapes (``igr:person\\/olzhas-bektenov``) and, where even
that cannot express it, the IRI is printed whole in angle brackets. The reverse,
``param_term``, reads such a form (or ``<…>``, an http(s) IRI, an ISO date, a
string with ``@lang``) into the SPARQL text of one term.
"""

from __future__ import annotations

import re
import unicodedata

from kg.errors import QueryError
from kg.rdf.ontology import PREFIXES

XSD_DATE = "http://www.w3.org/2001/XMLSchema#date"
# SPARQL 1.1 grammar, PN_LOCAL_ESC: the characters a prefixed name may carry after a backslash
_ESCAPABLE = set("_~.-!$&'()*+,;=/?#@%")
_IRI_FORBIDDEN = re.compile(r'[<>"{}|^`\\\x00-\x20]')
_HEX = set("0123456789abcdefABCDEF")
_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")
_LANG = re.compile(r"(?P<text>.*\S)@(?P<lang>[A-Za-z]{2,3}(?:-[A-Za-z0-9]{2,8})*)", re.DOTALL)
_PNAME = re.compile(r"(?P<prefix>[A-Za-z][\w.-]*)?:(?P<local>\S*)")
# the namespaces longest first, so that a namespace inside another never takes its IRIs
_BY_LENGTH = sorted(PREFIXES.items(), key=lambda kv: -len(kv[1]))


def _pn_chars_u(c: str) -> bool:
    """PN_CHARS_U: a letter of the grammar's ranges (any non-ASCII letter-like code point) or '_'."""
    if c == "_" or ("A" <= c <= "Z") or ("a" <= c <= "z"):
        return True
    o = ord(c)
    return (
        o >= 0xC0
        and o not in (0xD7, 0xF7)
        and not (0x2000 <= o <= 0x206F and o not in (0x200C, 0x200D))
        and unicodedata.category(c)[0] != "Z"
        and not (0xFFF0 <= o <= 0xFFFF)
    )


def _pn_chars(c: str) -> bool:
    return (
        _pn_chars_u(c)
        or c == "-"
        or c.isdigit()
        and c.isascii()
        or c == "\u00b7"
        or "\u0300" <= c <= "\u036f"
        or "\u203f" <= c <= "\u2040"
    )


def escape_local(local: str) -> str | None:
    """The local part of a prefixed name, escaped where SPARQL requires; None when it cannot be written."""
    out = []
    for i, c in enumerate(local):
        first, last = i == 0, i == len(local) - 1
        if (
            c == "%"
            and local[i + 1 : i + 3]
            and len(local[i + 1 : i + 3]) == 2
            and set(local[i + 1 : i + 3]) <= _HEX
        ):
            out.append(c)  # a percent-encoding stays as it is: prefixed names do not decode it
        elif (
            (_pn_chars_u(c) or c == ":" or (c.isascii() and c.isdigit()))
            if first
            else (_pn_chars(c) or c == ":" or (c == "." and not last))
        ):
            out.append(c)
        elif c in _ESCAPABLE:
            out.append("\\" + c)
        else:
            return None
    return "".join(out)


def iri_text(iri: str) -> str:
    """The shortest form of ``iri`` that pastes back into a query: ``prefix:local`` (escaped) or ``<iri>``."""
    for prefix, ns in _BY_LENGTH:
        if iri.startswith(ns):
            local = escape_local(iri[len(ns) :])
            if local is not None:
                return f"{prefix}:{local}"
    return f"<{iri}>"


def sparql_string(text: str) -> str:
    """A SPARQL string literal holding ``text`` exactly."""
    escaped = text.replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n").replace("\r", "\\r")
    return f'"{escaped}"'


def _iri(iri: str, given: str) -> str:
    if _IRI_FORBIDDEN.search(iri):
        raise QueryError(
            f"{given}: not a valid IRI (spaces, quotes, <, >, braces and backslashes are not allowed)"
        )
    return f"<{iri}>"


def expand_pname(value: str, prefixes: dict[str, str] | None = None) -> str | None:
    """The IRI of ``prefix:local`` when the prefix is known (backslash escapes undone), else None."""
    m = _PNAME.fullmatch(value)
    known = prefixes or PREFIXES
    if not m or (m.group("prefix") or "") not in known:
        return None
    return known[m.group("prefix") or ""] + re.sub(r"\\(.)", r"\1", m.group("local"))


def param_term(value: str, like: str | None = None, prefixes: dict[str, str] | None = None) -> str | None:
    """The SPARQL text of a ``--param`` value, or None for plain text with no type to take.

    IRIs: ``<…>``, ``http(s)://…`` or a prefixed name with a known prefix. ``YYYY-MM-DD``: an
    xsd:date. ``text@ru``: a string in that language; ``"text"``: exactly that plain string.
    Other text takes the language or datatype of ``like`` (the default it replaces in a VALUES
    block: ``"Олжас Бектенов"@ru`` makes ``Олжас Бектенов`` Russian too), else None: the caller
    then compares it with the variable's lexical form."""
    if value.startswith("<") and value.endswith(">"):
        return _iri(value[1:-1], value)
    if re.match(r"https?://", value):
        return _iri(value, value)
    iri = expand_pname(value, prefixes)
    if iri is not None:
        return _iri(iri, value)
    if _DATE.fullmatch(value):
        return f"{sparql_string(value)}^^<{XSD_DATE}>"
    if len(value) >= 2 and value[0] == value[-1] == '"':
        return sparql_string(value[1:-1])
    m = _LANG.fullmatch(value)
    if m:
        return f"{sparql_string(m.group('text'))}@{m.group('lang').lower()}"
    if like:
        tail = re.search(r'("|\')(@[A-Za-z0-9-]+|\^\^\S+)$', like)
        if tail:
            return sparql_string(value) + tail.group(2)
    return None
