"""A woman's surname in "-ич" after an unknown first name in a woman's instrumental ("с коллегой Бисерой Туркович")
is her surname, not a father's name (a woman's is in "-овна"); states named by two conjuncts ("Босния и
Герцеговина", "Тринидад и Тобаго") decline in both, and a mixed-case abbreviation ("БиГ") names its state (sentences
written for the test)."""

import pytest

from kg.extract.gazetteer import default_gazetteer
from kg.extract.morph import normalize_name
from tests.extract.test_frames import extract, meetings
from tests.extract.test_unseen_text_shapes import person_posts


def test_an_unknown_first_name_in_a_womans_instrumental_takes_a_surname_in_ich():
    parts = normalize_name(["Драганой", "Петрович"])
    assert (parts.first, parts.last, parts.gender) == ("Драгана", "Петрович", "femn")


def test_a_mans_patronymic_in_ich_stays_a_patronymic():
    parts = normalize_name(["Ильей", "Петровичем"])
    assert (parts.first, parts.patronymic) == ("Илья", "Петрович")


def test_a_colleague_with_a_surname_in_ich_meets_the_minister(extractor):
    a = extract(
        extractor,
        "Министр иностранных дел Венгрии Петер Сийярто провел переговоры со своей коллегой из Сербии "
        "Драганой Маркович.",
    )
    assert person_posts(a)["Драгана Маркович"] == {("foreign_minister", "RS")}
    assert meetings(a) == [("talks", frozenset({"Петер Сийярто", "Драгана Маркович"}))]


@pytest.mark.parametrize(
    ("text", "iso"),
    [
        ("делегация из Боснии и Герцеговины", "BA"),
        ("посол в Боснию и Герцеговину", "BA"),
        ("студенты из БиГ приедут", "BA"),
        ("с Тринидадом и Тобаго", "TT"),
        ("в Сент-Китсе и Невисе", "KN"),
    ],
)
def test_a_state_of_two_conjuncts_is_found_in_any_case(text, iso):
    found = [m for m in default_gazetteer().find(text) if m.kind == "country"]
    assert [m.iso for m in found] == [iso]
