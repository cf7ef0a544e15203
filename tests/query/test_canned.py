"""`kg query` ergonomics: canned queries by name, --param, kg queries, tables that fit, pasteable IRIs, -o."""

import contextlib
import csv
import io

import pyoxigraph as ox
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from kg.cli.write import main
from kg.errors import QueryError
from kg.query.canned import bind_params, catalogue, find, parse_param
from kg.query.guard import check_query
from kg.query.tables import display_width, fit, render
from kg.rdf.ontology import PREFIXES
from kg.rdf.terms import iri_text, param_term
from tests.paths import QUERIES


def ok(result):
    assert result.exit_code == 0, result.output
    return result


def fails(result, message):
    assert result.exit_code != 0
    assert message in result.output, result.output
    assert "Traceback" not in result.output
    assert len([line for line in result.output.splitlines() if line.startswith("Error")]) == 1
    return result.output


# ------------------------------------------------------------------ printed IRIs paste back


@pytest.mark.parametrize(
    "iri",
    [
        "https://w3id.org/igkg/id/person/olzhas-bektenov",
        "https://w3id.org/igkg/id/post/head_of_government/pravitelstvo-respubliki-kazakhstan",
        "https://w3id.org/igkg/ontology#Meeting",
        "https://w3id.org/igkg/id/article/seed-b8cf5f7e",
        "https://w3id.org/igkg/id/x/-lead.trail.",
        "https://w3id.org/igkg/id/%D0%9E?a=b&c~(1)",
        "https://w3id.org/igkg/id/олжас-бектенов",
        "https://w3id.org/igkg/id/",
        "http://example.org/not/a/project/iri",
        "https://w3id.org/igkg/id/with space",
    ],
)
def test_a_printed_iri_is_valid_sparql_for_the_same_iri(iri):
    text = iri_text(iri)
    if " " in iri:
        assert text == f"<{iri}>"
        return
    got = list(ox.Store().query(f"SELECT ?x WHERE {{ BIND({text} AS ?x) }}", prefixes=PREFIXES))
    assert got[0]["x"] == ox.NamedNode(iri), text
    assert param_term(text) == f"<{iri}>"


def test_project_iris_print_short():
    assert iri_text("https://w3id.org/igkg/id/person/olzhas-bektenov") == "igr:person\\/olzhas-bektenov"
    assert iri_text("https://w3id.org/igkg/ontology#Meeting") == "dip:Meeting"


def test_param_values_are_typed():
    assert param_term("<https://e.org/x>") == "<https://e.org/x>"
    assert param_term("https://e.org/x") == "<https://e.org/x>"
    assert param_term("dip:Meeting") == "<https://w3id.org/igkg/ontology#Meeting>"
    assert param_term("2025-01-30") == '"2025-01-30"^^<http://www.w3.org/2001/XMLSchema#date>'
    assert param_term("Олжас Бектенов@ru") == '"Олжас Бектенов"@ru'
    assert param_term('"KZ"') == '"KZ"'
    assert param_term("Олжас Бектенов", '"Олжас Бектенов"@ru') == '"Олжас Бектенов"@ru'
    assert (
        bind_params('SELECT * { VALUES ?v { "x" } }', [("v", 'say "hi" \\ bye')])
        == 'SELECT * { VALUES ?v { "say \\"hi\\" \\\\ bye" } }'
    )
    assert param_term("plain text") is None  # compared by lexical form
    assert param_term("nope:x") is None  # an unknown prefix is text, not an IRI
    with pytest.raises(QueryError, match="not a valid IRI"):
        param_term("<https://e.org/a b>")


# ------------------------------------------------------------------ binding parameters


def test_param_replaces_every_values_column_and_keeps_the_rest():
    text = find("who-held-post-on-date").text
    bound = bind_params(text, [("role", "head_of_state"), ("onDate", "2024-01-01")])
    assert '("head_of_state" "KZ" "2024-01-01"^^<http://www.w3.org/2001/XMLSchema#date>)' in bound
    assert '("head_of_state" "KZ")' in bound
    assert bound.count("head_of_government") == text.count("head_of_government") - 2  # the comment stays


def test_param_without_values_is_bound_where_the_where_group_begins():
    bound = bind_params("SELECT ?p ?n WHERE { ?p rdfs:label ?n }", [("p", "igr:person\\/x"), ("n", "Иван")])
    assert bound == (
        "SELECT ?p ?n WHERE { VALUES ?p { <https://w3id.org/igkg/id/person/x> } "
        'VALUES ?n { "Иван" "Иван"@ru "Иван"@en } ?p rdfs:label ?n }'
    )


def test_a_text_param_of_a_named_graph_group_is_looked_up():
    """A ``GRAPH <iri> { … }`` group is joined like the group's own patterns (the summary's forms read
    their rows inside one): a VALUES; a graph named by a variable, or an OPTIONAL inside, stays a FILTER."""
    text = "SELECT ?n WHERE { GRAPH <https://w3id.org/igkg/id/graph/summary> { ?r dip:postRowPerson ?n } }"
    assert 'VALUES ?n { "Иван" "Иван"@ru "Иван"@en }' in bind_params(text, [("n", "Иван")])
    for where in (
        "GRAPH ?g { ?r rdfs:label ?n }",
        "GRAPH igr:x { ?r a dip:Person OPTIONAL { ?r rdfs:label ?n } }",
    ):
        bound = bind_params(f"SELECT ?n WHERE {{ {where} }}", [("n", "Иван")])
        assert 'FILTER (STR(?n) = "Иван")' in bound and "VALUES ?n" not in bound, where


@pytest.mark.parametrize(
    "where",
    [
        "{ ?p a dip:Person OPTIONAL { ?p rdfs:label ?n } }",
        "{ { ?p rdfs:label ?n } UNION { ?p dip:text ?n } }",
        "{ ?p a dip:Person BIND (STR(?p) AS ?n) }",
        "{ ?p a dip:Person { SELECT ?p ?n WHERE { ?p rdfs:label ?n } } }",
    ],
)
def test_text_param_of_a_variable_that_may_stay_unbound_is_a_filter(where):
    """A VALUES would fill ?n where OPTIONAL or a branch left it unbound (or clash with BIND): the
    lexical comparison stays there."""
    bound = bind_params(f"SELECT ?p ?n WHERE {where}", [("n", "Иван")])
    assert 'FILTER (STR(?n) = "Иван")' in bound and "VALUES ?n" not in bound


def test_param_sees_what_a_subquery_projects_but_not_what_it_hides():
    text = find("who-met-whom").text
    assert "VALUES ?person1" in bind_params(text, [("person1", "x@ru")])
    with pytest.raises(QueryError, match=r"no variable \?kind to bind"):
        bind_params(
            text, [("kind", "talks")]
        )  # inside the subquery only: binding it outside would not filter


def test_values_and_braces_inside_strings_are_left_alone():
    text = 'SELECT ?x WHERE { BIND("VALUES ?x { 1 }" AS ?y) VALUES ?x { "a" } }'
    assert (
        bind_params(text, [("x", "b")])
        == 'SELECT ?x WHERE { BIND("VALUES ?x { 1 }" AS ?y) VALUES ?x { "b" } }'
    )


@pytest.mark.parametrize(
    "query",
    [
        "SELECT ?x WHERE { VALUES ?x { ",
        "SELECT ?x WHERE { VALUES (?x ?y) { (1) ",
        "SELECT ?x WHERE",
        "SELECT ?x WHERE { { SELECT ?x } }",
        "SELECT ?x WHERE { VALUES",
        "x {",
        "",
    ],
)
def test_binding_into_broken_queries_is_a_one_line_error(query):
    with pytest.raises(QueryError):
        bind_params(query, [("x", "1")])


_PIECES = [
    "{",
    "}",
    "(",
    ")",
    "?x",
    "?y",
    "x",
    "VALUES",
    "SELECT",
    "WHERE",
    "UNDEF",
    '"a"',
    "@ru",
    "^^",
    "xsd:date",
    "<http://e/>",
    ".",
    ";",
    "\\",
    "'",
    "#",
    "\n",
]


@given(st.lists(st.sampled_from(_PIECES), max_size=25).map(" ".join))
@settings(max_examples=300, deadline=None)
def test_bind_params_never_fails_with_anything_but_a_query_error(query):
    with contextlib.suppress(QueryError):
        bind_params(query, [("x", "v")])


@pytest.mark.parametrize("given", ["noequals", "1x=3", "=v", "a b=c"])
def test_bad_param_syntax(given):
    with pytest.raises(QueryError, match="expected NAME=VALUE"):
        parse_param(given)


def test_catalogue_reads_descriptions_and_parameters():
    queries = {q.name: q for q in catalogue()}
    assert set(queries) == {p.stem for p in QUERIES.glob("*.rq")}
    assert queries["who-met-whom"].summary.startswith("Who met whom")
    assert queries["meetings-of-person"].params == {"name": '"Олжас Бектенов"@ru'}
    assert set(queries["who-held-post-on-date"].params) == {"role", "country", "onDate"}
    assert set(queries["fact-sources"].params) == {"article"}  # the table of classes is data, not a parameter


def test_unknown_prefix_is_one_friendly_line():
    with pytest.raises(QueryError) as e:
        check_query("SELECT * WHERE { ?s dipp:x ?o }")
    assert str(e.value).startswith("Unknown prefix 'dipp:' — known: dip, igr, ")
    assert "did you mean 'dip:'" in str(e.value) and "\n" not in str(e.value)
    check_query("PREFIX ex: <http://e/> SELECT * WHERE { _:b ex:p ?o FILTER(?o != 'a:b') } # c:d")


# ------------------------------------------------------------------ tables


def test_table_fits_the_width_and_marks_cut_cells():
    rows = [("Касым-Жомарт Токаев", "x" * 90, "3"), ("短い", "y", "12")]
    text = render(["person", "note", "n"], rows, width=40)
    lines = text.splitlines()
    assert all(display_width(line) <= 40 for line in lines)
    assert "…" in lines[2] and lines[2].rstrip().endswith("| 3")  # the narrow column stays whole
    assert fit("abcdef", 4) == "abc…" and fit("ab", 4) == "ab  " and fit("文字文字", 5) == "文字…"
    assert "…" not in render(["a"], [("x" * 150,)], width=None)  # no terminal: up to 200 columns a cell


# ------------------------------------------------------------------ the command line


def test_query_by_name_equals_the_file(runner, store_dir):
    by_name = ok(
        runner.invoke(main, ["query", "who-met-whom", "--store", str(store_dir), "-f", "csv"])
    ).stdout
    by_file = ok(
        runner.invoke(
            main, ["query", str(QUERIES / "who-met-whom.rq"), "--store", str(store_dir), "-f", "csv"]
        )
    ).stdout
    assert by_name == by_file and "Олжас Бектенов" in by_name


def test_unknown_query_name_lists_close_names(runner, store_dir):
    text = fails(
        runner.invoke(main, ["query", "who-met-who", "--store", str(store_dir)]), "did you mean who-met-whom"
    )
    assert "neither a query file nor a canned query" in text


def test_queries_lists_names_descriptions_and_parameters(runner):
    out = ok(runner.invoke(main, ["queries"])).stdout
    for path in QUERIES.glob("*.rq"):
        assert path.stem in out
    assert "Who met whom: pairs of people" in out
    assert '--param name=…  (default "Олжас Бектенов"@ru)' in out


def test_param_runs_a_canned_query_for_another_person(runner, store_dir):
    args = ["query", "meetings-of-person", "--store", str(store_dir), "-f", "csv"]
    default = ok(runner.invoke(main, args)).stdout
    assert default.splitlines()[1].endswith("Александр Турчин")
    other = ok(runner.invoke(main, [*args, "--param", "name=Александр Турчин"])).stdout
    assert other.splitlines()[1].endswith("Олжас Бектенов")
    posts = ok(
        runner.invoke(
            main,
            [
                "query",
                "posts-of-person",
                "-p",
                "person=Олжас Бектенов",
                "--store",
                str(store_dir),
                "-f",
                "csv",
            ],
        )
    ).stdout
    assert posts.splitlines()[1:] == [
        "Олжас Бектенов,head_of_government,Правительство Республики Казахстан,KZ"
    ]


def test_param_errors(runner, store_dir):
    fails(
        runner.invoke(main, ["query", "meetings-of-person", "-p", "nme=x", "--store", str(store_dir)]),
        "--param nme: the query has no variable ?nme to bind",
    )
    fails(
        runner.invoke(main, ["query", "meetings-of-person", "-p", "name", "--store", str(store_dir)]),
        "expected NAME=VALUE",
    )


def test_a_printed_iri_pastes_back_and_finds_the_same_row(runner, store_dir):
    args = ["--store", str(store_dir), "-f", "table"]
    listing = ok(
        runner.invoke(
            main,
            ["query", "SELECT ?p ?n WHERE { ?p a dip:Person ; rdfs:label ?n } ORDER BY ?n", *args],
            env={"COLUMNS": "200"},
        )
    ).stdout
    row = next(line for line in listing.splitlines() if "Олжас Бектенов" in line)
    printed = row.split(" | ")[0].strip()
    assert printed == "igr:person\\/olzhas-bektenov"
    by_param = ok(runner.invoke(main, ["query", "posts-of-person", "--param", f"p={printed}", *args])).stdout
    assert "Олжас Бектенов | head_of_government" in by_param and "(1 row)" in by_param
    inline = ok(
        runner.invoke(main, ["query", f"SELECT ?n WHERE {{ {printed} rdfs:label ?n }}", *args])
    ).stdout
    assert "Олжас Бектенов" in inline and "(1 row)" in inline


def test_table_fits_the_terminal(runner, store_dir):
    out = ok(
        runner.invoke(main, ["query", "documents", "--store", str(store_dir)], env={"COLUMNS": "80"})
    ).stdout
    lines = out.splitlines()
    assert all(display_width(line) <= 80 for line in lines), out
    assert any("…" in line for line in lines[2:])
    wide = ok(
        runner.invoke(main, ["query", "documents", "--store", str(store_dir)], env={"COLUMNS": "400"})
    ).stdout
    assert "…" not in wide


def test_unknown_prefix_on_the_command_line(runner, store_dir):
    text = fails(
        runner.invoke(main, ["query", "SELECT * WHERE { ?m a dipp:Meeting }", "--store", str(store_dir)]),
        "Unknown prefix 'dipp:' — known: dip, igr",
    )
    assert "\\u{" not in text and "'A' ..= 'Z'" not in text


def test_output_file(runner, store_dir, tmp_path):
    out = tmp_path / "res" / "pairs.csv"
    r = ok(
        runner.invoke(main, ["query", "who-met-whom", "-f", "csv", "-o", str(out), "--store", str(store_dir)])
    )
    assert "wrote" in r.stderr and r.stdout == ""
    rows = list(csv.reader(io.StringIO(out.read_text(encoding="utf-8"))))
    assert rows[0][:2] == ["person1", "person2"] and rows[1][:2] == ["Александр Турчин", "Олжас Бектенов"]
    table = tmp_path / "t.txt"
    ok(
        runner.invoke(
            main, ["query", "documents", "-o", str(table), "--store", str(store_dir)], env={"COLUMNS": "40"}
        )
    )
    assert "…" not in table.read_text(encoding="utf-8")  # a file is not a terminal: the table is whole
    fails(
        runner.invoke(
            main, ["query", "who-met-whom", "-o", str(store_dir / "CURRENT"), "--store", str(store_dir)]
        ),
        "lies inside the store folder",
    )
    fails(
        runner.invoke(main, ["query", "who-met-whom", "-o", str(tmp_path), "--store", str(store_dir)]),
        "is a folder",
    )


def test_help_of_the_new_and_changed_commands(runner):
    assert "Example" in ok(runner.invoke(main, ["queries", "--help"])).output
    out = ok(runner.invoke(main, ["query", "--help"])).output
    assert "--param" in out and "-o, --output" in out and "kg query who-met-whom" in out


@pytest.mark.parametrize(
    ("name", "column"), [("posts-of-person", "person"), ("quotes-by-speaker", "speaker")]
)
def test_a_text_param_asks_for_the_rows_of_the_listing_with_that_text(corpus_store_dir, name, column):
    """The bound query (a VALUES looked up in the index) answers what the whole listing answers for
    that text, for the persons of the bundled articles with the most rows."""
    from collections import Counter

    from kg.query.execute import run
    from kg.store import open_store

    store = open_store(corpus_store_dir, readonly=True)
    try:
        text = find(name).text
        whole = run(store, text)
        at = whole.variables.index(column)
        for value, _ in Counter(str(r[at]) for r in whole.rows).most_common(3):
            bound = run(store, bind_params(text, [(column, value)]))
            assert bound.rows and bound.rows == [r for r in whole.rows if str(r[at]) == value]
    finally:
        store.close()
