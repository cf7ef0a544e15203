"""A call told by "позвонить" with the partner in the dative, and a name cut off by the end of an
excerpt. Sentences written for these tests."""


def meetings(article):
    return [(m.kind, sorted(article.persons[k].name for k in m.participants)) for m in article.meetings]


def test_a_call_to_a_person_in_the_dative_is_a_phone_call(extractor):
    a = extractor.extract(
        "Премьер-министр Армении Никол Пашинян позвонил президенту Франции Эммануэлю Макрону. "
        "Собеседники обсудили региональную безопасность.",
        "t",
    )
    assert meetings(a) == [("phone_call", ["Никол Пашинян", "Эммануэль Макрон"])]


def test_a_call_to_a_place_names_no_partner(extractor):
    a = extractor.extract(
        "Министр иностранных дел Латвии Байба Браже позвонила в посольство Японии утром.",
        "t",
    )
    assert all(names == ["Байба Браже"] for _kind, names in meetings(a))


def test_a_name_cut_off_by_the_end_of_the_excerpt_is_no_new_person(extractor):
    a = extractor.extract(
        "Президент Казахстана Касым-Жомарт Токаев провел переговоры с президентом Финляндии Александром Стуббом. "
        "В ходе переговоров глава государства отметил, что товарооборот с Финляндией вырос, и поблагодарил "
        "Александра Стуб",
        "t",
    )
    assert sorted(p.name for p in a.persons.values()) == ["Александр Стубб", "Касым-Жомарт Токаев"]
    assert meetings(a) == [("talks", ["Александр Стубб", "Касым-Жомарт Токаев"])]


def test_a_name_that_ends_a_complete_text_is_kept_whole(extractor):
    a = extractor.extract(
        "Президент Казахстана Касым-Жомарт Токаев провел переговоры с президентом Финляндии Александром Стуббом.",
        "t",
    )
    assert meetings(a) == [("talks", ["Александр Стубб", "Касым-Жомарт Токаев"])]
