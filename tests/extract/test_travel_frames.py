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


@pytest.mark.parametrize(
    "text, people",
    [
        (
            "Верительные грамоты Президенту Узбекистана Шавкату Мирзиёеву вручили послы Франции Орельен Шуво и "
            "Японии Хироси Фудзии.",
            {"Шавкат Мирзиёев", "Орельен Шуво", "Хироси Фудзии"},
        ),
        (
            "Верительные грамоты Президенту Казахстана Касым-Жомарту Токаеву 12 мая вручил посол Франции Орельен "
            "Шуво.",
            {"Касым-Жомарт Токаев", "Орельен Шуво"},
        ),
        (
            "Президент Кыргызстана Садыр Жапаров сегодня принял верительные грамоты у послов ряда государств. "
            "Верительные "
            "грамоты вручили послы Австралии Грейм Михан и Аргентины Эдуардо Зуаин.",
            {"Садыр Жапаров", "Грейм Михан", "Эдуардо Зуаин"},
        ),
    ],
)
def test_credentials_handed_to_a_receiver_told_first_are_one_reception(extractor, text, people):
    a = extract(extractor, text)
    assert meetings(a) == [("talks", frozenset(people))]


def test_a_name_told_shorter_is_the_same_person(extractor):
    a = extract(
        extractor,
        "Наследный принц Абу-Даби Мухаммед Аль Нахайян принял министра Олега Петрова. Мухаммед бин Заид "
        "Аль-Нахайян отметил важность сотрудничества.",
    )
    names = {p.name for p in a.persons.values()}
    assert "Мухаммед Аль Нахайян" not in names
    assert "Мухаммед бин Заид Аль-Нахайян" in names


def test_a_welcome_ceremony_for_a_guest_is_a_meeting(extractor):
    a = extract(
        extractor,
        "19 июня 2023 года министр обороны Индии Раджнат Сингх провел церемонию приветствия министра обороны "
        "Вьетнама Фан Ван Зянга.",
    )
    assert meetings(a) == [("talks", frozenset({"Раджнат Сингх", "Фан Ван Зянг"}))]


def test_an_opening_ceremony_is_no_meeting(extractor):
    a = extract(
        extractor,
        "19 июня 2023 года в Минске прошла церемония открытия выставки, ее посетил министр Иван Петров.",
    )
    assert meetings(a) == []
