"""A meeting that names one official right after the text tells a foreign delegation arriving has that
delegation's state for its other side (sentences written for the test)."""

from tests.extract.test_frames import extract


def sides(article):
    return [(sorted(m.participants), sorted(m.sides)) for m in article.meetings]


def test_a_delegation_told_arriving_is_the_other_side(extractor):
    for text in (
        "Хабаровский край посетила китайская делегация. Губернатор Хабаровского края Дмитрий Демешин провел "
        "рабочую встречу с руководителем уезда Фуцзинь на которой политики обсудили туризм.",
        "Хабаровский край посетила Китайская делегация. Глава региона провел рабочую встречу с руководителем "
        "уезда Фуцзинь. «Мы откроем новый маршрут», - рассказал губернатор Хабаровского края Дмитрий Демешин.",
        "В Хабаровск прибыла делегация из Китая. Губернатор Хабаровского края Дмитрий Демешин провел рабочую "
        "встречу с руководителем уезда Фуцзинь на которой политики обсудили туризм.",
    ):
        a = extract(extractor, text, publisher="RU")
        assert sides(a) == [(["дмитрий демешин"], ["CN", "RU"])], text
