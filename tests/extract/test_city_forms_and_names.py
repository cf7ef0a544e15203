"""A city's case form that is also a rare personal name is still the city ("прибыл в Астану"); a city word inside
a person's name is part of the name ("посол Джоэль Лион") (sentences written for the test)."""

import pytest

from tests.extract.test_frames import extract, meetings


@pytest.mark.parametrize("city, form", [("Астана", "Астану"), ("Барановичи", "Барановичи")])
def test_a_city_in_the_accusative_is_found(extractor, city, form):
    a = extract(extractor, f"Вчера министр иностранных дел Египта прибыл в {form}.")
    assert [(p.kind, p.value) for p in a.places if p.kind == "city"] == [("city", city)]


def test_an_announced_visit_to_a_city_holds_its_meeting(extractor):
    a = extract(
        extractor,
        "Губернатор Омской области Виталий Хоценко 21 апреля посетит Астану. В рамках визита он встретится с "
        "акимом Астаны Женисом Касымбеком.",
    )
    assert meetings(a) == [("talks", frozenset({"Виталий Хоценко", "Женис Касымбек"}))]
    assert (a.meetings[0].country, a.meetings[0].city) == ("KZ", "Астана")  # the city "посетит" takes


def test_a_city_word_inside_a_persons_name_is_no_place(extractor):
    a = extract(
        extractor,
        "Посол Израиля на Украине Джоэль Лион встретился с министром иностранных дел Украины Дмитрием Кулебой.",
    )
    assert meetings(a) == [("talks", frozenset({"Джоэль Лион", "Дмитрий Кулеба"}))]
    assert a.meetings[0].city is None and a.meetings[0].country != "FR"


def test_a_common_personal_name_is_still_no_city(extractor):
    a = extract(extractor, "Министр Иван Петров поздравил Владимира Сергеевича Смирнова с юбилеем.")
    assert [p for p in a.places if p.kind == "city"] == []
