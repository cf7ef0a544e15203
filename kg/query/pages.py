"""A page of a listing read from the summary graph: the top rows without reading every row (issue 14).

who-met-whom lists every pair of persons who met, most meetings first: 89,000 rows at ten million
triples, more than a second to read and sort however they are stored. What a user looks at is the top:
`kg query` prints 1,000 rows unless asked for more. The summary keeps each row's meeting count under a
property of its own (``dip:rowMeetings``), so the count of the last row to print is found by scanning that
one property (integers: no string is read), and the form's ``FILTER (?meetings >= 1)`` is raised to it:
the rows above it, ties included, are every row that can be among the first N in the form's order, so
the page equals the first N rows of the whole listing. How many rows the whole has is counted the same
way, for the note under the page.
"""

from __future__ import annotations

from dataclasses import dataclass

from kg.errors import QueryError
from kg.query.canned import first_subquery
from kg.store.base import SUMMARY_GRAPH, Store

# query name -> (the property that holds each row's count, the floor written in its summary form)
PAGED = {"who-met-whom": ("dip:rowMeetings", "FILTER (?meetings >= 1)")}


@dataclass
class Page:
    text: str  # the summary form, narrowed to the rows the page needs
    total: int  # rows of the whole listing


def summary_page(store: Store, name: str, text: str, rows: int | None) -> Page | None:
    """The summary form ``text`` of canned query ``name`` narrowed to its first ``rows`` rows (None: all),
    or None when the query is not paged this way."""
    if name not in PAGED:
        return None
    prop, floor = PAGED[name]
    if text.count(floor) != 1:
        raise QueryError(f"the summary form of {name} must hold {floor!r} once")
    scan = f"GRAPH <{SUMMARY_GRAPH}> {{ ?r {prop} ?n }}"
    (total,) = store.query(f"SELECT (COUNT(*) AS ?c) WHERE {{ {scan} }}").rows[0]
    if rows is None or rows >= int(total):
        return Page(text, int(total))
    (least,) = store.query(f"SELECT ?n WHERE {{ {scan} }} ORDER BY DESC(?n) OFFSET {rows - 1} LIMIT 1").rows[
        0
    ]
    return Page(text.replace(floor, floor.replace(">= 1", f">= {int(least)}")), int(total))


def summary_text(
    store: Store, name: str, params: list[tuple[str, str]], rows: int | None
) -> tuple[str, int | None] | None:
    """What `kg query NAME` runs instead of the canned query when the store's summary is fresh and the
    query has a summary form: that form with ``params`` bound, or (no parameter) the page of its first
    ``rows`` rows with the number of rows of the whole. None: run the canned query (no form, a stale
    summary, or a parameter the form lacks)."""
    from kg.ingest.summary import is_fresh
    from kg.query.canned import bind_params, summary_form

    form = summary_form(name)
    if form is None or not is_fresh(store):
        return None
    if params:  # a page is the top of the whole listing: a parameter narrows it, so it runs whole
        try:
            return first_step(store, form.name, bind_params(form.text, params)), None
        except QueryError:
            return None
    page = summary_page(store, form.name, form.text, rows)
    text, total = (page.text, page.total) if page else (form.text, None)
    return first_step(store, form.name, text), total


# forms whose first subquery is run on its own first, its rows put in its place as a VALUES block: Oxigraph
# joins a VALUES block to the patterns after it by index lookups, a subquery's rows by a hash join over
# everything those patterns match (who-held-post-on-date: the latest date's holdings, 1 ms against 0.9 s
# over every dated holding of a 1M store). The form itself stays a whole query that gives the same rows.
FIRST = {"who-held-post-on-date"}


def first_step(store: Store, name: str, text: str) -> str:
    """``text`` with its first subquery replaced by that subquery's rows, for the forms of ``FIRST``."""
    if name not in FIRST:
        return text
    span = first_subquery(text)
    if span is None:
        raise QueryError(f"the summary form of {name} must hold a subquery")
    start, end = span
    result = store.query(text[start + 1 : end - 1])
    cells = " ".join(
        "(" + " ".join("UNDEF" if x is None else x.n3() for x in row) + ")" for row in result.rows
    )
    names = " ".join(f"?{v}" for v in result.variables)
    return text[:start] + f"VALUES ({names}) {{ {cells} }}" + text[end:]
