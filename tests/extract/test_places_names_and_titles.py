"""Texts written for these tests, on places, names and titles: a region's own abbreviation ("ВКО"), a hyphenated
region written with a space, a place with a number glued after it, an honorific a slip away from a state's name; a
Romance surname's particle, names a plural title lists after a dash; a city council's secretary, a security council's
secretary told as "СБ", the head of "the agency" told before, a title after a comma and a verb, a listed official's
namesake titled in another state; the world town a burgomaster or a primar heads."""

import pytest

from kg.extract.typography import repair


@pytest.mark.parametrize(
    "text, holder, region",
    [
        (
            "Аким ЗКО Нариман Турегалиев встретился с генеральным консулом России в Уральске.",
            "Нариман Турегалиев",
            "ЗКО",
        ),
        ("В Усть-Каменогорске аким ВКО Ермек Кошербаев принял посла Японии.", "Ермек Кошербаев", "ВКО"),
    ],
)
def test_a_regions_abbreviation_names_the_region_of_its_head(extractor, text, holder, region):
    a = extractor.extract(text, "t")
    assert any(m.kind == "region" and m.text == region and m.iso == "KZ" for m in a.places)
    posts = {(a.persons[k].name, p.role, p.country) for k in a.persons for p in a.persons[k].posts}
    assert (holder, "regional_head", "KZ") in posts
    assert not any(p.name.lower().endswith(region.lower()) for p in a.persons.values())


def test_a_title_spelt_as_a_first_name_leaves_the_abbreviation_in_capitals():
    assert repair("Аким ЮКО принял гостей.") == "Аким ЮКО принял гостей."
    assert repair("Сегодня Владимир ПУТИН прибыл.") == "Сегодня Владимир Путин прибыл."


def _posts(a):
    return {(a.persons[k].name, p.role, p.country) for k in a.persons for p in a.persons[k].posts}


def test_a_romance_surname_keeps_its_particle(extractor):
    a = extractor.extract(
        "Посол Бразилии Антонио Фернандо Круз-де-Мелло встретился с мэром Харькова Геннадием Кернесом.", "t"
    )
    assert "Антонио Фернандо Круз-де-Мелло" in {p.name for p in a.persons.values()}


def test_a_city_councils_secretary_is_an_official_of_the_citys_state(extractor):
    a = extractor.extract(
        "На встрече присутствовал секретарь Одесского городского совета Иван Петренко.", "t"
    )
    assert _posts(a) == {("Иван Петренко", "other_official", "UA")}


def test_a_namesake_of_a_listed_official_titled_in_another_state_takes_no_listed_post(extractor):
    a = extractor.extract(
        "Гостей приветствовал руководитель Харьковского землячества Александр Новак, рассказавший о планах.",
        "t",
    )
    assert ("Александр Новак", "deputy_head_of_government", "RU") not in _posts(a)


def test_names_a_plural_title_lists_after_a_dash_take_its_case(extractor):
    a = extractor.extract(
        "В Ташкенте прошли переговоры президентов Франции и Узбекистана – Эмманюэля Макрона и Шавката Мирзиёева.",
        "t",
    )
    assert {p.name for p in a.persons.values()} == {"Эмманюэль Макрон", "Шавкат Мирзиёев"}


def test_an_honorific_a_slip_away_from_a_states_name_is_no_state(extractor):
    a = extractor.extract("Делегацию принял министр иностранных дел Мавлави Абдул Кабир.", "t")
    assert not any(m.iso == "MW" for m in a.places)
    b = extractor.extract("Делегацию принял министр иностранных дел Малави Нэнси Тембо.", "t")
    assert any(m.iso == "MW" for m in b.places)


@pytest.mark.parametrize(
    "text, post",
    [
        (
            "Как сообщила пресс-служба МИД Грузии, по итогам встречи главы ведомства Макара Гаприндашвили со своим "
            "армянским коллегой стороны подписали план.",
            ("Макар Гаприндашвили", "foreign_minister", "GE"),
        ),
        (
            "Пресс-служба Министерства сельского хозяйства Казахстана сообщила, что руководитель ведомства Айдарбек "
            "Сапаров провел встречу с послом Франции.",
            ("Айдарбек Сапаров", "minister", "KZ"),
        ),
    ],
)
def test_the_head_of_the_agency_heads_the_ministry_told_before(extractor, text, post):
    assert post in _posts(extractor.extract(text, "t"))


def test_a_hyphenated_regions_name_written_with_a_space_is_the_region(extractor):
    a = extractor.extract(
        "В историко-географическом крае Шида Картли губернатор Михаил Шакулашвили принял посла Казахстана.",
        "t",
    )
    assert any(m.kind == "region" and m.iso == "GE" and m.text == "Шида Картли" for m in a.places)
    assert {p.name for p in a.persons.values()} == {"Михаил Шакулашвили"}


def test_the_secretary_of_a_security_council_told_by_its_abbreviation_is_an_official(extractor):
    a = extractor.extract(
        "В Астане прошли консультации под руководством секретаря СБ РК Гизата Нурдаулетова.", "t"
    )
    assert ("Гизат Нурдаулетов", "other_official", "KZ") in _posts(a)


def test_a_place_with_a_number_glued_after_it_is_still_the_place(extractor):
    a = extractor.extract("Об этом заявил на переговорах в Кабуле12 марта министр Бахтиёр Саидов.", "t")
    assert [(m.kind, m.iso, m.text) for m in a.places if m.kind == "city"] == [("city", "AF", "Кабуле")]


@pytest.mark.parametrize(
    "text, post",
    [
        ("Делегацию принял бургомистр Хайльбронна Гарри Мергель.", ("Гарри Мергель", "regional_head", "DE")),
        ("Делегацию принял примар Сучавы Ион Попеску.", ("Ион Попеску", "regional_head", "RO")),
    ],
)
def test_a_burgomaster_or_primar_names_the_world_town_he_heads(extractor, text, post):
    assert post in _posts(extractor.extract(text, "t"))
