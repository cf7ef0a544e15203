"""Where an infinitive or a future verb sends someone is not where the meeting was; the deputy head of a
ministry written with an inflected abbreviation (sentences written for the test)."""

from tests.extract.test_frames import extract


def test_a_destination_proposed_in_the_meetings_sentence_does_not_place_it(extractor):
    a = extract(
        extractor,
        "Заместитель помощника госсекретаря США Джордж Крол посетил Узбекистан и провел переговоры с "
        "министром иностранных дел Узбекистана Абдулазизом Камиловым. По окончании переговоров Джордж Крол "
        "предложил направить делегацию в Вашингтон.",
    )
    assert [(m.country, m.city) for m in a.meetings] == [("UZ", None)]


def test_a_place_where_the_future_meeting_is_still_places_the_visit(extractor):
    a = extract(
        extractor,
        "Президент Казахстана Касым-Жомарт Токаев 5 мая провел переговоры с президентом Латвии Эдгаром "
        "Ринкевичем. В Риге Токаев также встретится с премьер-министром Латвии Эвикой Силиней.",
    )
    assert a.meetings[0].city == "Рига"


def test_the_deputy_head_of_a_ministry_with_an_inflected_abbreviation(extractor):
    a = extract(
        extractor,
        "В аэропорту министра встретил замглавы МИДа Туркменистана Бердинияз Мятиев.",
    )
    assert [(p.role, p.country) for p in a.persons["бердинияз мятиев"].posts] == [("deputy_minister", "TM")]
