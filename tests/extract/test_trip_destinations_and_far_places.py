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


def test_a_summit_arrived_at_is_not_reported_held(extractor):
    a = extractor.extract(
        "Президент России Владимир Путин и премьер-министр Индии Нарендра Моди прибыли на саммит ШОС в Тяньцзинь. "
        "Затем Путин и Моди провели двусторонние переговоры.",
        "t",
    )
    assert [m.kind for m in a.meetings] == ["talks"]


def test_a_summit_opened_is_still_held(extractor):
    a = extractor.extract(
        "В Тяньцзине открылся саммит ШОС с участием президента России Владимира Путина, премьер-министра Индии "
        "Нарендры Моди и председателя КНР Си Цзиньпина.",
        "t",
    )
    assert [m.kind for m in a.meetings] == ["summit"]
