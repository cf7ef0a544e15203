"""Meetings inside a trip, and trips and signings told in the future (sentences written for the test)."""

import pytest

from tests.extract.test_frames import extract, meetings, posts


@pytest.mark.parametrize(
    "text, visitor, partner",
    [
        (
            "Губернатор Омской области Виталий Хоценко совершил рабочий визит в Казахстан. В рамках поездки "
            "состоялась встреча с акимом Павлодарской области Асаином Байхановым.",
            "Виталий Хоценко",
            "Асаин Байханов",
        ),
        (
            "Министр иностранных дел Армении Арарат Мирзоян прибыл с официальным визитом в Ригу. В ходе визита "
            "прошли переговоры с министром иностранных дел Латвии Байбой Браже.",
            "Арарат Мирзоян",
            "Байба Браже",
        ),
    ],
)
def test_a_meeting_told_inside_a_trip_has_the_traveller(extractor, text, visitor, partner):
    a = extract(extractor, text)
    assert meetings(a) == [("talks", frozenset({visitor, partner}))]
    assert a.persons[a.meetings[0].visit.visitor].name == visitor


def test_a_trip_told_in_the_future_with_no_day_is_no_news(extractor):
    a = extract(
        extractor,
        "Делегацию области возглавляет губернатор Амурской области Олег Кожемяко. В ходе визита в Харбин он "
        "проведет переговоры с губернатором провинции Хэйлунцзян Ли Чжаньшу. Будет подписан протокол о "
        "создании рабочей группы.",
    )
    assert meetings(a) == []
    assert [d for m in a.meetings for d in m.documents] == []


def test_a_trip_announced_for_a_day_is_kept(extractor):
    a = extract(
        extractor,
        "Губернатор Амурской области Олег Кожемяко 12 мая прибудет с визитом в Харбин. Он проведет переговоры "
        "с губернатором провинции Хэйлунцзян Ли Чжаньшу.",
    )
    assert meetings(a) == [("talks", frozenset({"Олег Кожемяко", "Ли Чжаньшу"}))]


@pytest.mark.parametrize(
    "text, person, country",
    [
        (
            "Губернатор провинции Цзянсу Сюй Куньлинь встретился с послом Казахстана Шахратом Нурышевым.",
            "Сюй Куньлинь",
            "CN",
        ),
        ("Аким области встретился с губернатором Ганьсу Жэнь Чжэньхэ в Ланьчжоу.", "Жэнь Чжэньхэ", "CN"),
    ],
)
def test_a_province_named_by_itself_gives_its_head_a_country(extractor, text, person, country):
    a = extract(extractor, text)
    assert (person, "regional_head", country) in posts(a)


def test_a_belarusian_surname_in_ovich_is_a_surname(extractor):
    a = extract(extractor, "Встреча с Михаилом Мясниковичем прошла в Москве 5 мая 2019 года.")
    assert "Михаил Мясникович" in {p.name for p in a.persons.values()}
