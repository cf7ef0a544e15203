"""Titles coordinated by a comma before one name, country names that look like past-tense verbs, and a
plural title over several states as one counterpart each. Sentences written for these tests."""

import pytest

from kg.extract.gazetteer import find_roles


def meetings(article):
    return sorted((m.kind, sorted(article.persons[k].name for k in m.participants)) for m in article.meetings)


def posts(article):
    return {p.name: sorted((f.role, f.country or "") for f in p.posts) for p in article.persons.values()}


def test_a_second_title_after_a_comma_gives_the_name_its_case_and_a_second_post(extractor):
    a = extractor.extract(
        "Президент Турции Реджеп Тайип Эрдоган встретился с президентом Ганы, председателем "
        "Экономического сообщества западноафриканских государств Джоном Драмани Махамой.",
        "t",
    )
    assert ("head_of_state", "GH") in posts(a)["Джон Драмани Махама"]


def test_the_body_of_a_coordinated_title_is_not_the_first_titles(extractor):
    a = extractor.extract(
        "Владимир Путин провел телефонный разговор с президентом Сенегала, председателем Африканского союза "
        "Макки Саллом.",
        "t",
    )
    assert posts(a)["Макки Салл"] == [("head_of_international_organization", ""), ("head_of_state", "SN")]
    assert meetings(a) == [("phone_call", ["Владимир Путин", "Макки Салл"])]


def test_a_country_name_ending_like_a_past_tense_verb_does_not_cut_the_title(extractor):
    a = extractor.extract(
        "Министр иностранных дел Индии Субраманьям Джайшанкар провел переговоры с премьер-министром "
        "Непала Пушпой Камалом Дахалом в Катманду.",
        "t",
    )
    assert ("head_of_government", "NP") in posts(a)["Пушпа Камал Дахал"]


def test_a_plural_title_over_two_states_is_a_call_with_each_holder(extractor):
    a = extractor.extract(
        "Премьер-министр Японии Фумио Кисида и премьер-министр Индии Нарендра Моди провели переговоры в Токио. "
        "На следующий день президент Франции Эммануэль Макрон провел телефонные разговоры с премьер-министрами "
        "Японии и Индии.",
        "t",
    )
    calls = [m for m in meetings(a) if m[0] == "phone_call"]
    assert calls == [
        ("phone_call", ["Нарендра Моди", "Эммануэль Макрон"]),
        ("phone_call", ["Фумио Кисида", "Эммануэль Макрон"]),
    ]


def test_a_plural_title_with_a_state_nobody_holds_stays_no_one(extractor):
    a = extractor.extract(
        "Президент Франции Эммануэль Макрон провел телефонные разговоры с премьер-министрами Японии и Индии.",
        "t",
    )
    assert all(len(p) == 1 for _, p in meetings(a))


def test_a_surname_after_initials_read_in_a_case_takes_the_form_the_text_also_writes(extractor):
    a = extractor.extract(
        "15-17 мая 2021 г. в г. Самаре находилась делегация провинции Гилян Исламской Республики Иран во главе "
        "с губернатором провинции Р. Голамрезаяном. Губернатор Самарской области Д. Азаров провел рабочую "
        "встречу с Р. Голамрезаяном. Р. Голамрезаян подтвердил готовность к сотрудничеству.",
        "t",
    )
    assert sorted(p.name for p in a.persons.values()) == ["Д. Азаров", "Р. Голамрезаян"]
    assert len(a.persons["р. голамрезаян"].mentions) == 3
    assert meetings(a) == [("talks", ["Д. Азаров", "Р. Голамрезаян"])]


def test_a_city_after_its_abbreviation_is_no_part_of_the_next_name(extractor):
    a = extractor.extract(
        "В состав делегации вошел ректор университета г. Тебриз А.Р. Мохаммади.",
        "t",
    )
    assert [p.name for p in a.persons.values()] == ["А. Мохаммади"]


def test_a_vietnamese_name_after_a_province_keeps_its_family_name(extractor):
    a = extractor.extract(
        "Губернатор Приморского края Олег Кожемяко встретился с председателем Народного комитета провинции "
        "Чинь Ван Шон.",
        "t",
    )
    assert posts(a)["Чинь Ван Шон"] == [("regional_head", "")]


def test_the_president_of_a_chamber_heads_no_state(extractor):
    a = extractor.extract(
        "Президент Торгово-промышленной палаты Узбекистана Давлетов Бахтиёр встретился с послом Японии.",
        "t",
    )
    assert all(role != "head_of_state" for p in posts(a).values() for role, _ in p)


def test_the_one_met_in_the_genitives_form_before_the_verb_is_the_other_side(extractor):
    a = extractor.extract(
        "Премьер-министр Кыргызстана Адылбек Касымалиев прибыл в Ташкент. В здании хокимията Премьер-министра "
        "Кыргызстана встретил хоким Ташкента Шавкат Умурбеков.",
        "t",
    )
    assert meetings(a) == [("talks", ["Адылбек Касымалиев", "Шавкат Умурбеков"])]


def test_people_in_the_genitive_of_a_place_are_no_one_met(extractor):
    a = extractor.extract(
        "Президент Казахстана провел совещание. В здании правительства сотрудников встретил министр.",
        "t",
    )
    assert meetings(a) == []


def test_the_speaker_of_turkeys_grand_national_assembly_is_a_parliament_speaker(extractor):
    a = extractor.extract(
        "Состоялся телефонный разговор между председателем Милли Меджлиса Азербайджана Сахибой Гафаровой и "
        "председателем Великого национального собрания Турции Нуманом Куртульмушем.",
        "t",
    )
    assert ("parliament_speaker", "TR") in posts(a)["Нуман Куртульмуш"]
    assert meetings(a) == [("phone_call", ["Нуман Куртульмуш", "Сахиба Гафарова"])]


@pytest.mark.parametrize(
    "title, role",
    [
        ("секретарь Совета безопасности Республики Беларусь", "other_official"),
        ("Генеральный секретарь ЦК Коммунистической партии Китая", "other_official"),
        ("заместитель губернатора Омской области", "other_official"),
        ("первый заместитель акима Карагандинской области", "other_official"),
        ("руководитель Аппарата Правительства Республики Узбекистан", "other_official"),
        ("врио главы Федерального агентства по туризму", "other_official"),
        ("Император Японии", "head_of_state"),
        ("президент Торгово-промышленной палаты Казахстана", "other_official"),
        ("первый заместитель Председателя Сената Олий Мажлиса", "other_official"),
        ("вице-спикер Мажилиса Парламента", "other_official"),
        ("заместитель Председателя Кабинета Министров", "deputy_head_of_government"),
    ],
)
def test_titles_of_officials_who_head_neither_a_state_nor_a_body(title, role):
    found = find_roles(title.lower())
    assert found and found[0].role == role and found[0].start == 0


def test_a_coordinated_title_of_a_region_the_gazetteer_does_not_know_is_a_regional_post(extractor):
    a = extractor.extract(
        "Посол Казахстана встретился с председателем Бундесрата, премьер-министром федеральной земли "
        "Мекленбург-Передняя Померания Мануэлой Швезиг.",
        "t",
    )
    roles = {role for role, _ in posts(a)["Мануэла Швезиг"]}
    assert "regional_head" in roles and "head_of_government" not in roles
