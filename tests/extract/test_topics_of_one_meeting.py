"""In a text that reports one meeting, the sentences that speak of discussion or cooperation tell its topics,
wherever the meeting reader left them (sentences written for the test)."""

from tests.extract.test_frames import extract


def topics(article):
    return [sorted(m.topics) for m in article.meetings]


def test_a_lede_on_cooperation_gives_the_one_meetings_topics(extractor):
    a = extract(
        extractor,
        "Узбекистан и Венгрия расширят сотрудничество в торговой и энергетической сферах.\n\n"
        "3 мая в Ташкенте министр иностранных дел Узбекистана Бахтиёр Саидов провел переговоры с министром "
        "иностранных дел Венгрии Петером Сийярто.",
    )
    assert topics(a) == [["energy", "trade"]]


def test_with_two_meetings_each_keeps_its_own_sentences(extractor):
    a = extract(
        extractor,
        "3 мая в Ташкенте министр иностранных дел Узбекистана Бахтиёр Саидов провел переговоры с министром "
        "иностранных дел Венгрии Петером Сийярто. Стороны обсудили торговлю.\n\n"
        "В тот же день Бахтиёр Саидов встретился с послом Японии Хатори Такаси. Обсуждались вопросы "
        "сотрудничества в сфере образования.",
    )
    assert topics(a) == [["trade"], ["education"]]
