"""The start page's server side without a server: parameter kinds, hints for empty answers, user descriptions."""

import json

from kg.query.canned import catalogue
from kg.web.startpage import CHOICES, catalogue_json, generic_hint, page, param_kind


def test_parameters_get_a_field_by_what_they_hold():
    queries = {q["name"]: q for q in json.loads(catalogue_json())["queries"]}
    assert queries["who-held-post-on-date"]["kinds"] == {
        "role": "role",
        "country": "country",
        "onDate": "date",
    }
    assert queries["meetings-of-person"]["kinds"] == {"name": "person"}
    assert queries["fact-sources"]["kinds"] == {"article": "article"}
    assert param_kind("limit", '"10"') == "text"
    choices = json.loads(catalogue_json())["choices"]
    assert choices == CHOICES and "dip:Role" in choices["role"] and "dip:isoCode" in choices["country"]


def test_the_dated_post_query_has_a_hint_bound_with_the_same_values():
    status, body, ctype = page(
        "/hint/who-held-post-on-date", "role=foreign_minister&country=BY&onDate=1990-01-01"
    )
    hint = json.loads(body)
    assert status == 200 and ctype.startswith("application/json") and hint["generic"] is False
    assert hint["text"].startswith("No statement of this post on or before that date.")
    assert 'VALUES (?role ?country ?onDate) { ("foreign_minister" "BY" "1990-01-01"^^' in hint["query"]
    assert "GROUP BY ?statedOn" in hint["query"]


def test_other_queries_get_the_count_and_dates_of_their_first_class():
    hint = json.loads(page("/hint/meetings-of-person", "name=X")[1])
    assert hint["generic"] is True and "(dip:Meeting)" in hint["text"] and "{n}" in hint["text"]
    assert "?x a dip:Meeting" in hint["query"] and "MIN(?d)" in hint["query"]
    free = json.loads(page("/hint", "query=" + "SELECT * WHERE { ?d a dip:Document }")[1])
    assert "?x a dip:Document" in free["query"]
    assert generic_hint("SELECT * WHERE { ?s ?p ?o }") is None  # no class: the page says "No rows."
    assert page("/hint/no-such-query", "")[0] == 400


def test_descriptions_say_what_a_query_answers_not_how_it_works():
    # notes for developers stay in the file, after a blank line, and are not shown
    how = ("UNION", "OPTIONAL", "subquery", "IRIs first", "instead of", "--param", "pairwise", "kg viz")
    for q in catalogue():
        assert not any(word in q.description for word in how), (q.name, q.description)
        assert q.summary and q.description.startswith(q.summary)
    held = next(q for q in catalogue() if q.name == "who-held-post-on-date")
    assert "never ends at scale" in held.text and "never ends at scale" not in held.description
