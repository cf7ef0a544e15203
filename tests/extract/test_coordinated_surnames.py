"""Texts written for these tests: lone surnames listed together ("с депутатами Петросяном, Арутюняном и
Мартиросяном") are all persons when the tagger reads one of them; words of another ending or places are not."""

import pytest

from kg.extract.model import Span
from kg.extract.surnamelists import coordinated_surnames
from tests.extract.test_holders_interjections_and_joined_titles import meetings


@pytest.mark.parametrize(
    "text, listed",
    [
        (
            "Посол Индии в Армении Нилакши Саха Синха встретилась с вице-спикерами парламента Мкртчяном, "
            "Рубиняном и Оганяном.",
            ["Мкртчян", "Оганян", "Рубинян"],
        ),
        (
            "Глава МИД Ирана Аббас Аракчи провел встречу с депутатами Национального собрания Армении Товмасяном, "
            "Гукасяном и Оганесяном.",
            ["Гукасян", "Оганесян", "Товмасян"],
        ),
    ],
)
def test_surnames_listed_together_are_all_met(extractor, text, listed):
    a = extractor.extract(text, "t")
    names = {n for _, ns in meetings(a) for n in ns}
    assert set(listed) <= names


def test_only_words_with_the_same_ending_join_the_list(extractor):
    text = "Заголовок\n\nДепутаты обсудили планы с Петросяном, Москвой и Арменией.\n"
    a = extractor.extract(text, "t")
    start = text.index("Петросяном")
    found = coordinated_surnames(a, [Span(start, start + len("Петросяном"))])
    assert found == []


def test_a_list_before_the_known_surname_is_read_too(extractor):
    text = "Заголовок\n\nВ заседании участвовали Петросяном, Арутюняном и Мартиросяном.\n"
    a = extractor.extract(text, "t")
    start = text.index("Мартиросяном")
    found = coordinated_surnames(a, [Span(start, start + len("Мартиросяном"))])
    assert sorted(text[s.start : s.stop] for s in found) == ["Арутюняном", "Петросяном"]


def test_a_name_in_vich_after_a_state_in_a_list_is_a_surname(extractor):
    a = extractor.extract(
        "На совещание прибыли министры обороны Армении Сурен Папикян, Беларуси Андрей Равкович, Кыргызстана "
        "Бакыт Асанов и Таджикистана Эмомали Собирзода.",
        "t",
    )
    posts = {p.name: [(f.role, f.country) for f in p.posts] for p in a.persons.values()}
    assert posts.get("Андрей Равкович") == [("minister", "BY")]
    assert ("minister", "TJ") in posts.get("Эмомали Собирзода", [])


def test_a_patronymic_after_a_first_name_is_still_one_outside_lists(extractor):
    a = extractor.extract("Встреча прошла в Минске. Ее провел Виктор Александрович, глава делегации.", "t")
    assert not any(
        p.name.endswith("Александрович") and p.name.startswith("Виктор") for p in a.persons.values()
    )
