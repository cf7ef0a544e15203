"""A residence ("в Кремле", "в Акорде") places a meeting in its state, and in its city only where the text names
that city too (sentences written for the test)."""

from tests.extract.test_frames import extract
from tests.extract.test_meeting_places import places


def test_a_residence_alone_names_the_state_and_no_city(extractor):
    a = extract(
        extractor,
        "Президент России Владимир Путин провел переговоры с Президентом Казахстана Касым-Жомартом Токаевым в Кремле.",
    )
    assert places(a) == [("RU", None)]
    a = extract(
        extractor,
        "Президент Казахстана Касым-Жомарт Токаев принял в Акорде министра иностранных дел Турции Хакана Фидана.",
    )
    assert places(a) == [("KZ", None)]


def test_a_residence_in_a_city_the_text_names(extractor):
    a = extract(
        extractor,
        "Президент Казахстана Касым-Жомарт Токаев прибыл в Москву с государственным визитом. Президент России "
        "Владимир Путин провел переговоры с Касым-Жомартом Токаевым в Кремле.",
    )
    assert places(a) == [("RU", "Москва")]
    a = extract(
        extractor,
        "В Астане Президент Казахстана Касым-Жомарт Токаев принял в Акорде министра иностранных дел Турции "
        "Хакана Фидана.",
    )
    assert places(a) == [("KZ", "Астана")]
