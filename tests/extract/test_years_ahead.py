"""A year after the date line's lies ahead: it dates no event in the past (texts written for these tests). A year
before it, or the date line's own year told alone, still recalls the event."""

import pytest

from tests.extract.test_frames import meetings


@pytest.mark.parametrize(
    "text, met, day",
    [
        (
            "16 декабря 2009\n\n17 декабря в облгосадминистрации состоится встреча губернатора Харьковской области "
            "Арсена Авакова с группой наблюдателей ОБСЕ, которая будет наблюдать за выборами в 2010 году.",
            ["Арсен Аваков"],
            "2009-12-17",
        ),
        (
            "10 марта 2024\n\nВчера министр иностранных дел Армении Арарат Мирзоян встретился с послом Франции "
            "Оливье Декотиньи, который завершит свою миссию в 2026 году.",
            ["Арарат Мирзоян", "Оливье Декотиньи"],
            "2024-03-09",
        ),
        (
            "5 мая 2023\n\nСегодня в Ташкенте глава МИД Узбекистана Бахтиёр Саидов провел переговоры с министром "
            "иностранных дел Кореи Пак Чином о подготовке визита в Сеул в 2024 году.",
            ["Бахтиёр Саидов", "Пак Чин"],
            "2023-05-05",
        ),
    ],
)
def test_a_year_ahead_recalls_nothing(extractor, text, met, day):
    a = extractor.extract(text, "t")
    assert [(sorted(a.persons[k].name for k in m.participants), str(m.date)) for m in a.meetings] == [
        (met, day)
    ]


@pytest.mark.parametrize(
    "text",
    [
        "10 марта 2024\n\nВ 2023 году министр иностранных дел Армении Арарат Мирзоян встретился с послом Франции "
        "Оливье Декотиньи.",
        "10 декабря 2024\n\nВ 2024 году министр иностранных дел Армении Арарат Мирзоян встретился с послом Франции "
        "Оливье Декотиньи.",
    ],
)
def test_a_year_before_or_the_same_year_told_alone_still_recalls(extractor, text):
    assert meetings(extractor.extract(text, "t")) == []
