"""A delegation that "arrived in the region" visits the state of the regional head who receives it; a special
envoy of a president is an official, not the president (sentences written for the test)."""

from tests.extract.test_frames import extract


def test_arrival_in_the_region_is_a_visit_to_the_regional_heads_state(extractor):
    a = extract(
        extractor,
        "12 мая губернатор Омской области Виталий Хоценко провел встречу с министром сельского хозяйства "
        "Республики Казахстан Айдарбеком Сапаровым. Казахстанская делегация прибыла в регион на "
        "агропромышленную выставку.",
    )
    (meeting,) = a.meetings
    assert meeting.country == "RU"
    assert (meeting.visit.visitor, meeting.visit.host) == ("айдарбек сапаров", "RU")


def test_arrival_in_a_region_no_regional_head_receives_in_places_nothing(extractor):
    a = extract(
        extractor,
        "12 мая министр иностранных дел России Сергей Лавров провел встречу с министром иностранных дел "
        "Казахстана Муратом Нуртлеу. Делегация прибыла в регион на выставку.",
    )
    (meeting,) = a.meetings
    assert meeting.visit is None


def test_a_special_envoy_of_the_president_is_an_official(extractor):
    a = extract(
        extractor,
        "Япония заявит протест в связи с поездкой спецпредставителя президента РФ по вопросам экологии и "
        "транспорта Сергея Иванова на Курильские острова.",
    )
    assert [(p.role, p.country) for p in a.persons["сергей иванов"].posts] == [("other_official", "RU")]
