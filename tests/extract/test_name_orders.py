"""Names in other orders and shapes than "first last": surname first, a monarch's numeral, an honorific
before the name, a ministry's head told by title alone (sentences written for the test)."""

import pytest

from kg.extract.morph import is_regnal_numeral, normalize_name
from tests.extract.test_frames import extract, meetings, posts


@pytest.mark.parametrize(
    "tokens, case, first, last, patronymic",
    [
        (["Имомзода", "Нажмиддин"], None, "Нажмиддин", "Имомзода", ""),
        (["Саидзода", "Фаридуна"], {"gent"}, "Фаридун", "Саидзода", ""),  # the given name declines
        (["Хабибзода", "Хабиб", "Абдулло"], None, "Хабиб", "Хабибзода", "Абдулло"),  # the father's name third
        (["Гасанзаде", "Ильгар"], None, "Ильгар", "Гасанзаде", ""),
        (["Кахир", "Кахирзода"], None, "Кахир", "Кахирзода", ""),  # the usual order stays
        (["Лукашенко", "Александр", "Григорьевич"], None, "Александр", "Лукашенко", "Григорьевич"),
    ],
)
def test_a_surname_in_zoda_first_is_read_as_the_surname(tokens, case, first, last, patronymic):
    parts = normalize_name(tokens, case)
    assert (parts.first, parts.last, parts.patronymic) == (first, last, patronymic)


@pytest.mark.parametrize("token", ["I", "II", "III", "IV", "V", "IX", "XIV", "XVI"])
def test_regnal_numerals(token):
    assert is_regnal_numeral(token)


@pytest.mark.parametrize("token", ["IIII", "VV", "IC", "ООН", "Ii", "", "XL"])
def test_what_is_no_regnal_numeral(token):
    assert not is_regnal_numeral(token)


@pytest.mark.parametrize(
    "tokens, name",
    [
        (["Карлу", "III"], "Карл III"),
        (["Елизавете", "II"], "Елизавета II"),
        (["Абдалла", "II"], "Абдалла II"),
    ],
)
def test_a_monarchs_given_name_declines_and_the_numeral_stays(tokens, name):
    assert normalize_name(tokens).full == name


def test_a_monarch_named_with_a_numeral_takes_part(extractor):
    a = extract(
        extractor,
        "12 марта 2024 года в Лондоне посол Монголии Санжаасурэнгийн Баяр вручил верительные грамоты королю "
        "Великобритании Карлу III.",
    )
    assert meetings(a) == [("talks", frozenset({"Санжаасурэнгийн Баяр", "Карл III"}))]
    assert ("Карл III", "head_of_state", "GB") in posts(a)


def test_a_king_told_first_with_his_numeral(extractor):
    a = extract(
        extractor,
        "Король Иордании Абдалла II принял 4 декабря 2023 года в Аммане министра иностранных дел России "
        "Сергея Лаврова.",
    )
    assert meetings(a) == [("talks", frozenset({"Абдалла II", "Сергей Лавров"}))]


def test_a_consul_named_surname_first_meets_a_governor(extractor):
    a = extract(
        extractor,
        "15 мая 2023 года Генеральный консул Республики Таджикистан в Екатеринбурге Саидзода Фаридун "
        "встретился с губернатором Свердловской области Евгением Куйвашевым.",
    )
    assert meetings(a) == [("talks", frozenset({"Фаридун Саидзода", "Евгений Куйвашев"}))]


def test_a_capitalised_doctor_is_no_part_of_the_name(extractor):
    a = extract(
        extractor,
        "Генеральный директор Катарского фонда развития Доктор Халифа бен Джасим Аль-Кувари и министр "
        "финансов Узбекистана Джамшид Кучкаров 5 мая 2021 года подписали соглашение в Ташкенте.",
    )
    names = {p.name for p in a.persons.values()}
    assert "Халифа бен Джасим Аль-Кувари" in names
    assert not any(n.startswith("Доктор") for n in names)


def test_the_head_of_the_ministry_told_by_title_is_its_minister(extractor):
    a = extract(
        extractor,
        "Министр обороны Андрей Белоусов провел переговоры с главой Минобороны Лаоса\n\n12:10 Фев. 9, 2026\n\n"
        "На встрече с Чансамоном Чаньялатом глава ведомства отметил, что сотрудничество развивается.\n\n"
        "Андрей Белоусов поздравил Чансамона Чаньялата с юбилеем.",
    )
    assert meetings(a) == [("talks", frozenset({"Андрей Белоусов", "Чансамон Чаньялат"}))]


def test_initials_after_the_surname(extractor):
    a = extract(
        extractor,
        "5 марта 2022 года Посол Республики Беларусь в Монголии Петренко В.С. встретился с министром "
        "иностранных дел Монголии Батмунхийном Батцэцэгом.",
    )
    assert ("В. Петренко", "ambassador", "BY") in posts(a)
    assert meetings(a) == [("talks", frozenset({"В. Петренко", "Батмунхийн Батцэцэг"}))]


def test_initials_before_the_next_name_stay_with_it(extractor):
    a = extract(extractor, "Посол Беларуси К.В. Петренко встретился 5 марта 2022 года с мэром Улан-Батора.")
    assert {p.name for p in a.persons.values()} == {"К. Петренко"}


@pytest.mark.parametrize(
    "text, person",
    [
        (
            "8 мая состоялась рабочая встреча губернатора Омской области с делегацией во главе с губернатором "
            "Ховд-Эрдэнийского аймака Б. Энхтуром.",
            "Б. Энхтур",
        ),
        (
            "8 мая состоялась рабочая встреча губернатора Томской области с делегацией во главе с губернатором "
            "Сухэ-Баторского аймака Д. Батбаяром.",
            "Д. Батбаяр",
        ),
    ],
)
def test_an_adjective_of_a_region_is_no_person(extractor, text, person):
    assert {p.name for p in extract(extractor, text).persons.values()} == {person}


def test_a_spanish_name_with_two_surnames(extractor):
    a = extract(
        extractor,
        "Губернатор Олег Мельниченко 3 июня 2023 года провел встречу с советником посольства Республики Куба "
        "Хорхе Мартинесом Гонсалес-Пеньей.",
    )
    assert "Хорхе Мартинес Гонсалес-Пенья" in {p.name for p in a.persons.values()}


@pytest.mark.parametrize(
    "tokens, case, first, last, patronymic",
    [
        # the father's name after a surname-first name stays as written, whatever the case
        (["Рахимзода", "Рахима", "Сафарали"], {"gent"}, "Рахим", "Рахимзода", "Сафарали"),
        (["Саидзода", "Фаридуном", "Абдулло"], {"ablt"}, "Фаридун", "Саидзода", "Абдулло"),
    ],
)
def test_a_fathers_name_after_the_surname_first_does_not_block_the_case(
    tokens, case, first, last, patronymic
):
    parts = normalize_name(tokens, case)
    assert (parts.first, parts.last, parts.patronymic) == (first, last, patronymic)


@pytest.mark.parametrize(
    "tokens, first",
    [
        (["Марией-Терезой", "Ковач"], "Мария-Тереза"),  # both parts of a woman's double name decline
        (["Анной-Марией", "Лунд"], "Анна-Мария"),
        (["Касым-Жомартом", "Токаевым"], "Касым-Жомарт"),  # a Turkic first part does not
    ],
)
def test_both_parts_of_a_double_first_name_in_the_instrumental(tokens, first):
    assert normalize_name(tokens, {"ablt"}).first == first


def test_a_word_that_cannot_be_a_nominative_outweighs_a_known_name_beside_it():
    # the tagger's guess (nominative) and a dictionary name ("Абдель") against "-ом" on the given name
    parts = normalize_name(["Тареком", "Абдель", "Мади"], None, {"nomn": 1.0, "ablt": 2.0})
    assert (parts.first, parts.case) == ("Тарек", "ablt")


def test_a_name_joined_by_and_takes_the_case_of_the_name_before(extractor):
    article = extract(
        extractor,
        "В Ашхабаде прошли переговоры между президентами Сердаром Бердымухамедовым и Мун Чжэ Ином.",
    )
    assert "Мун Чжэ Ин" in {p.name for p in article.persons.values()}
