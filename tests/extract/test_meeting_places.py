"""Where a meeting was held when its own sentence does not say: "здесь" after a dateline, a city the
headline or the visit sentence before it names as the place of what happens (sentences written for the
test)."""

from tests.extract.test_frames import extract


def places(article):
    return [(m.country, m.city) for m in article.meetings]


def test_here_after_a_dateline_is_the_datelines_city(extractor):
    a = extract(
        extractor,
        "ДУШАНБЕ, 14 марта /Ховар/ -- Сегодня здесь министр иностранных дел Таджикистана Сироджиддин "
        "Мухриддин провел переговоры с министром иностранных дел Ирана Аббасом Аракчи.",
    )
    assert places(a) == [("TJ", "Душанбе")]


def test_a_city_the_headline_says_something_happened_in(extractor):
    a = extract(
        extractor,
        "В Ташкенте обсудили торговое сотрудничество Узбекистана и Венгрии\n\n"
        "Министр инвестиций Узбекистана Лазиз Кудратов встретился с министром иностранных дел Венгрии "
        "Петером Сийярто. Стороны обсудили торговлю.",
    )
    assert places(a) == [("UZ", "Ташкент")]


def test_a_city_the_visit_was_told_in_before_the_meeting(extractor):
    a = extract(
        extractor,
        "Специальный представитель президента Армении Ашот Маргарян 3 апреля посетил столицу Грузии "
        "Тбилиси.\n\nВ рамках визита А. Маргарян провел встречу с министром иностранных дел Грузии Макой "
        "Ботчоришвили.",
    )
    assert [c for _, c in places(a)] == ["Тбилиси"]


def test_a_city_where_a_thing_is_does_not_place_the_meeting(extractor):
    a = extract(
        extractor,
        "Узбекская сторона готова участвовать в международной выставке в Самарканде.\n\n"
        "Министр иностранных дел Узбекистана Бахтиёр Саидов провел переговоры с министром иностранных дел "
        "Латвии Байбой Бразе. Стороны обсудили транспорт.",
    )
    assert [c for _, c in places(a)] == [None]


def test_a_city_that_is_only_an_object_does_not_place_the_meeting(extractor):
    a = extract(
        extractor,
        "Губернатор Анкары: мы готовы поддерживать Самарканд\n\n"
        "Губернатор Анкары Мансур Яваш встретился с хокимом Самаркандской области Эркинжоном Турдимовым. "
        "Стороны обсудили туризм.",
    )
    assert [c for _, c in places(a)] == [None]


def test_a_city_the_visitor_will_go_to_does_not_place_the_meeting(extractor):
    a = extract(
        extractor,
        "Премьер-министр Казахстана Олжас Бектенов провел переговоры с премьер-министром Китая Ли Цяном.\n\n"
        "В рамках второго дня визита он посетит Шанхай.",
    )
    assert [c for _, c in places(a)] == [None]
