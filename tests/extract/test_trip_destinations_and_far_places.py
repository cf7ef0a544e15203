"""A trip framed without its destination goes where the arrival told just before went; a place named far on in
a long paragraph does not place the meeting. Sentences written for these tests."""


def test_a_framed_trip_goes_where_the_arrival_before_went(extractor):
    a = extractor.extract(
        "Автопробег из Оренбургской области продолжается. Сегодня его участники прибыли в Исламскую Республику "
        "Иран. В рамках поездки губернатор Евгений Солнцев провел встречу с губернатором провинции Мазандаран "
        "Сейедом Махмудом Хоссейнипуром.",
        "t",
        publisher_country="RU",
    )
    assert [(m.visit.visitor, m.visit.host) for m in a.meetings if m.visit] == [("евгений солнцев", "IR")]
    assert a.meetings[0].country == "IR"


def test_a_place_far_on_in_a_long_paragraph_does_not_place_the_meeting(extractor):
    a = extractor.extract(
        "Губернатор Астраханской области Игорь Бабушкин провел встречу с послом Ирана Каземом Джалали. Стороны "
        "обсудили транспорт. Они отметили рост торговли. Порт принимает новые суда. Объем перевалки вырос. "
        "Отправлены первые контейнеры в Бангладеш.",
        "t",
        publisher_country="RU",
    )
    assert a.meetings and a.meetings[0].country != "BD"
