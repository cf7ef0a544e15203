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
