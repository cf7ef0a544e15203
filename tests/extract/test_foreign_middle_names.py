"""A middle word of a foreign shape ("Адханом") does not outweigh a first name and a surname that stand in the
nominative. Names and sentences written for these tests."""

from kg.extract.morph import normalize_name


def test_a_middle_word_in_om_beside_nominative_words_stays_as_written():
    parts = normalize_name(["Абебе", "Бекелом", "Тесфайе"], None, {"nomn": 0.5})
    assert (parts.first, parts.middle, parts.last, parts.case) == ("Абебе", "Бекелом", "Тесфайе", "nomn")


def test_a_whole_name_in_the_instrumental_still_declines():
    parts = normalize_name(["Сергеем", "Викторовичем", "Лавровым"], None, None)
    assert (parts.first, parts.last) == ("Сергей", "Лавров")


def test_the_head_of_a_body_in_a_coordination_keeps_the_name(extractor):
    a = extractor.extract(
        "Министр здравоохранения Казахстана Акмарал Альназарова и глава Всемирной организации здравоохранения "
        "(ВОЗ) Тедрос Адханом Гебрейесус провели переговоры.",
        "t",
    )
    assert "Тедрос Адханом Гебрейесус" in [p.name for p in a.persons.values()]


def test_a_name_after_and_takes_the_case_an_earlier_word_of_the_first_name_shows(extractor):
    """ "Сирккой Яконен и Тертту Саволайнен": the first name's instrumental ending says the second name, which shows
    no case of its own, is in the instrumental too, so "Тертту" stays as it is (sentence written for the test)."""
    a = extractor.extract(
        "Губернатор Мурманской области Андрей Чибис встретился с финской делегацией во главе с руководителями "
        "агентств Сирккой Яконен и Тертту Саволайнен.",
        "t",
    )
    assert sorted(p.name for p in a.persons.values()) == [
        "Андрей Чибис",
        "Сиркка Яконен",
        "Тертту Саволайнен",
    ]
