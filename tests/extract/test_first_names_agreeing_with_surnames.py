"""An outlet's case slip after a title ("губернатором Александра Беглова") reads as a woman's name until the surname is
told again in the nominative ("Беглов"): the first name then takes the man's reading (texts written for these
tests). A woman's surname told again keeps the woman's name."""

import pytest

from tests.extract.test_frames import meetings


@pytest.mark.parametrize(
    "text, names",
    [
        (
            "5 июня 2024\n\nСостоялась встреча между губернатором Петербурга Александра Беглова и послом Аргентины "
            "Эдуардо Зуайном. Беглов предложил провести Дни Аргентины.",
            {"Александр Беглов", "Эдуардо Зуайн"},
        ),
        (
            "5 июня 2024\n\nПрошли переговоры с министром энергетики Казахстана Евгения Корнилова и послом Франции "
            "Жаном Дюбуа. Корнилов отметил рост поставок.",
            {"Евгений Корнилов", "Жан Дюбуа"},
        ),
        (
            "5 июня 2024\n\nВ мэрии прошла встреча консула Польши Ежи Новака с мэром Гродно Валентина Кравцова. "
            "Кравцов рассказал о планах развития города.",
            {"Валентин Кравцов", "Ежи Новак"},
        ),
    ],
)
def test_a_mans_surname_told_again_makes_the_first_name_a_mans(extractor, text, names):
    article = extractor.extract(text, "t")
    assert [m[1] for m in meetings(article)] == [frozenset(names)]


@pytest.mark.parametrize(
    "text, name",
    [
        (
            "5 июня 2024\n\nПосол Австрии Андреас Штайн встретился с министром культуры Александрой Ивановой. "
            "Иванова рассказала о планах.",
            "Александра Иванова",
        ),
        (
            "5 июня 2024\n\nПосол Словении Марко Штерн встретился с губернатором Валентиной Матвиенко. Матвиенко "
            "рассказала о планах.",
            "Валентина Матвиенко",
        ),
    ],
)
def test_a_womans_name_stays(extractor, text, name):  # a guard: read right before the change too
    article = extractor.extract(text, "t")
    assert name in {p.name for p in article.persons.values()}
