"""A patronymic ends in its suffix and a case ending; a surname that only contains "ична" ("Светличная") is a
surname. Words and sentences written for these tests."""

import pytest

from kg.extract.morph import is_patronymic


@pytest.mark.parametrize(
    "word", ["Ивановна", "Ильиничной", "Петровичем", "Сергеевны", "Кемелевичу", "Ахмед оглы"]
)
def test_patronymics_in_any_case_are_patronymics(word):
    assert is_patronymic(word.split()[-1])


@pytest.mark.parametrize("word", ["Светличная", "Коричная", "Отличная"])
def test_a_surname_that_only_contains_the_suffix_is_none(word):
    assert not is_patronymic(word)


def test_a_woman_named_by_first_name_and_an_adjective_surname_is_a_person(extractor):
    a = extractor.extract("В Харькове Ирина Светличная выступила на форуме женщин-лидеров.", "t")
    assert [p.name for p in a.persons.values()] == ["Ирина Светличная"]
