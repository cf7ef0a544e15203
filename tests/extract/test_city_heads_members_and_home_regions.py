"""Titles of city heads, members of state bodies, embassy secretaries and ministries' representatives; Russia's
"Рос-" agencies; a regional head's state from the places the whole text names (sentences written for the test)."""

import pytest

from tests.extract.readings import posts
from tests.extract.test_frames import extract


@pytest.mark.parametrize(
    "text, name, expected",
    [
        (
            "Городской голова Львова Андрей Садовый встретился с мэром Кракова Александром Мишальским.",
            "Андрей Садовый",
            [("regional_head", "UA")],
        ),
        (
            "Примар Кишинёва Ион Чебан принял посла Румынии Кристиана Леона.",
            "Ион Чебан",
            [("regional_head", "MD")],
        ),
        (
            "Обер-бургомистр Дрездена Дирк Хильберт провел переговоры с губернатором Тверской области Игорем Руденей.",
            "Дирк Хильберт",
            [("regional_head", "DE")],
        ),
        (
            "Министр иностранных дел Вьетнама Буй Тхань Шон встретился с членом Политбюро ЦК КПК Ван И.",
            "Ван И",
            [("other_official", "CN")],
        ),
        (
            "Посол Японии Такаси Окада принял первого секретаря посольства Казахстана Ерлана Жумабекова.",
            "Ерлан Жумабеков",
            [("other_official", "KZ")],
        ),
        (
            "На переговорах присутствовал представитель Министерства юстиции Армении Ваге Оганесян.",
            "Ваге Оганесян",
            [("other_official", "AM")],
        ),
        (
            "Руководитель Росавиации Дмитрий Ядров обсудил с министром транспорта Киргизии Томором Асановым "
            "открытие новых рейсов.",
            "Дмитрий Ядров",
            [("other_official", "RU")],
        ),
        (
            "Глава Роспотребнадзора Анна Попова провела встречу с министром здравоохранения Вьетнама Дао Хонг Лан.",
            "Анна Попова",
            [("other_official", "RU")],
        ),
        (
            "Первый секретарь КПК города Дуннин Сунь Цзишунь принял делегацию Приморского края.",
            "Сунь Цзишунь",
            [("other_official", "CN")],
        ),
        (
            "Глава муниципального образования Андрей Гнездилов встретился с послом Германии Александром Графом "
            "Ламбсдорфом в Омской области.",
            "Андрей Гнездилов",
            [("regional_head", "RU")],
        ),
        (
            "Глава районной администрации Иван Петров встретился с генеральным консулом Финляндии в Санкт-Петербурге "
            "Анне Ламмила в Ленинградской области.",
            "Иван Петров",
            [("regional_head", "RU")],
        ),
    ],
)
def test_titles_the_lexicon_now_reads(extractor, text, expected, name):
    assert posts(extract(extractor, text), name) == expected


def test_a_member_of_a_delegation_holds_no_post(extractor):
    article = extract(extractor, "Член делегации Игорь Семёнов рассказал журналистам о поездке в Ереван.")
    assert posts(article, "Игорь Семёнов") == []


def test_a_governor_is_of_the_state_of_the_regions_the_text_names(extractor):
    article = extract(
        extractor,
        "Губернатор Олег Мельниченко встретился с послом Индии Винаем Кумаром.\n\n"
        "Стороны обсудили поставки продукции предприятий Пензенской области.",
    )
    assert posts(article, "Олег Мельниченко") == [("regional_head", "RU")]


def test_regions_of_two_states_leave_the_governor_open(extractor):
    article = extract(
        extractor,
        "Губернатор Олег Мельниченко встретился с послом Индии Винаем Кумаром.\n\n"
        "Стороны обсудили связи Пензенской области и Карагандинской области.",
    )
    assert posts(article, "Олег Мельниченко") == [("regional_head", None)]


def test_a_region_the_guests_come_from_is_not_the_governors(extractor):
    article = extract(
        extractor,
        "Губернатор Олег Мельниченко встретился с делегацией из Карагандинской области во главе с послом "
        "Индии Винаем Кумаром.",
    )
    assert posts(article, "Олег Мельниченко") != [("regional_head", "KZ")]


def test_a_city_in_another_persons_title_is_not_the_governors(extractor):
    article = extract(
        extractor,
        "Губернатор Олег Мельниченко встретился с мэром Тегерана Алирезой Закани.",
    )
    assert posts(article, "Олег Мельниченко") == [("regional_head", None)]


def test_a_title_naming_an_unknown_place_is_not_guessed(extractor):
    article = extract(
        extractor,
        "Глава администрации Верхнекамского района Иван Жуков встретился с послом Индии Винаем Кумаром в Минске.",
    )
    assert posts(article, "Иван Жуков") != [("regional_head", "BY")]


def test_a_leader_of_a_revolution_or_an_opposition_holds_no_state_post(extractor):
    article = extract(
        extractor,
        "Лидер кубинской революции Фидель Кастро на встрече с президентом Венесуэлы Николасом Мадуро обсудил "
        "вопросы политики. Лидер белорусской оппозиции Светлана Тихановская выступила в Вильнюсе.",
    )
    assert posts(article, "Фидель Кастро") == []
    assert posts(article, "Светлана Тихановская") == []
    assert posts(
        extract(extractor, "Лидер Северной Кореи Ким Чен Ын встретился с Владимиром Путиным."), "Ким Чен Ын"
    ) == [("head_of_state", "KP")]


def test_a_representation_office_is_no_representative():
    from kg.extract.gazetteer import find_roles

    for office in ("торговым представительством", "представительство МИД", "официальное представительство"):
        assert find_roles(office) == [], office
    assert [r.role for r in find_roles("торговый представитель")] == ["other_official"]
