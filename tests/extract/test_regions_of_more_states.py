"""Regions and cities of Ukraine, Armenia and Mongolia name their state, written with "ё" or not: the heads of their
administrations are that state's officials. Sentences written for these tests."""

import pytest

from tests.extract.readings import posts


@pytest.mark.parametrize(
    ("sentence", "name", "iso"),
    [
        (
            "Председатель Полтавской облгосадминистрации Олег Синегубов встретился с послом Литвы.",
            "Олег Синегубов",
            "UA",
        ),
        ("Мэр Запорожья Владимир Буряк принял делегацию из Польши.", "Владимир Буряк", "UA"),
        ("Губернатор Лорийской области Арутюн Гевондян встретился с послом Грузии.", "Арутюн Гевондян", "AM"),
        ("Губернатор Увсского аймака Баттулга Сэрээтэр принял делегацию Тывы.", "Баттулга Сэрээтэр", "MN"),
    ],
)
def test_the_head_of_a_region_is_of_its_state(extractor, sentence, name, iso):
    a = extractor.extract(sentence, "t")
    assert posts(a, name) == [("regional_head", iso)]


def test_a_place_written_with_yo_is_found(extractor):
    a = extractor.extract(
        "В Могилёве глава Могилёвской области Анатолий Исаченко встретился с послом Китая.", "t"
    )
    assert posts(a, "Анатолий Исаченко") == [("regional_head", "BY")]
