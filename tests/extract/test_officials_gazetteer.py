"""data/gazetteer/officials.tsv: well-formed lines (6 fields, ISO code or empty, a known role, 4-digit years)."""

import re

from tests.paths import ROOT

OFFICIALS = ROOT / "data" / "gazetteer" / "officials.tsv"
HEADER = ["name", "variants", "country", "role", "from", "to"]
ROLES = {
    "head_of_state",
    "head_of_government",
    "deputy_head_of_government",
    "foreign_minister",
    "minister",
    "parliament_speaker",
    "head_of_international_organization",
}


def _rows():
    lines = OFFICIALS.read_text(encoding="utf-8").splitlines()
    assert lines[0].split("\t") == HEADER
    return [(n, line.split("\t")) for n, line in enumerate(lines[1:], start=2)]


def test_every_line_is_well_formed():
    bad = []
    for n, f in _rows():
        ok = (
            len(f) == 6
            and f[0].strip() == f[0] != ""
            and all(v and v != f[0] for v in f[1].split("|") if f[1])
            and re.fullmatch(r"(|[A-Z]{2})", f[2])
            and f[3] in ROLES
            and (f[2] == "") == (f[3] == "head_of_international_organization")
            and re.fullmatch(r"\d{4}", f[4])
            and re.fullmatch(r"(|\d{4})", f[5])
            and (f[5] == "" or f[4] <= f[5])
        )
        if not ok:
            bad.append((n, f))
    assert bad == []


def test_no_duplicate_lines():
    rows = [tuple(f) for _, f in _rows()]
    assert len(rows) == len(set(rows))


def test_every_official_s_state_is_a_country_of_the_gazetteer():
    """A state the officials name but countries.tsv lacks crashed the RDF mapping (a post in Myanmar)."""
    from kg.extract.gazetteer import default_gazetteer

    known = set(default_gazetteer().countries)
    missing = sorted({f"{n}: {f[2]}" for n, f in _rows() if f[2] and f[2] not in known})
    assert missing == []


def test_an_article_about_a_state_the_officials_table_names_maps_to_rdf(extractor):
    from kg.rdf.mapping import article_to_graph

    a = extractor.extract(
        "Президент Руанды Поль Кагаме встретился с президентом Замбии Хакайнде Хичилемой.", "t"
    )
    assert len(article_to_graph(a)) > 0
