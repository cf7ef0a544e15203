"""A landmark that two capitals share ("Белый дом") is placed by the states the text names; its city only
where the text names that city too, for a residence alone names no city (sentences written for the test)."""

from tests.extract.test_frames import extract


def places(article):
    return [(m.country, m.city) for m in article.meetings]


def test_the_white_house_of_a_text_about_the_united_states_is_in_washington(extractor):
    a = extract(
        extractor,
        "Президент США Джозеф Байден принял в Белом доме премьер-министра Японии Фумио Кисиду. "
        "Американский лидер назвал Японию важнейшим союзником.",
    )
    assert places(a) == [("US", None)]
    a = extract(
        extractor,
        "Премьер-министр Японии Фумио Кисида прибыл в Вашингтон. Президент США Джозеф Байден принял его в "
        "Белом доме. Американский лидер назвал Японию важнейшим союзником.",
    )
    assert places(a) == [("US", "Вашингтон")]


def test_the_white_house_of_a_text_about_the_russian_government_is_in_moscow(extractor):
    a = extract(
        extractor,
        "Премьер-министр Вьетнама Фам Минь Тьинь прибыл в Москву. Председатель правительства России Михаил "
        "Мишустин провел в Белом доме переговоры с Фам Минь Тьинем. Российский премьер отметил рост торговли.",
    )
    assert places(a) == [("RU", "Москва")]


def test_a_landmark_no_other_capital_shares_keeps_its_state(extractor):
    a = extract(
        extractor,
        "Президент США Дональд Трамп и президент России Владимир Путин встретились в Кремле. "
        "Стороны обсудили торговлю.",
    )
    assert places(a) == [("RU", None)]
