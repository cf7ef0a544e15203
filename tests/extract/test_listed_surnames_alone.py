"""A listed official's surname alone, in any case ("визита теперь уже Макрона", "переговоры с Мицотакисом"), names
that person where nothing longer does; a word of a longer name the text gives ("Рафаэль Корреа Дельгадо ... Корреа")
and a syllable of an East Asian name ("Сим Гук Рёном") do not (texts written for these tests; the last two are
guards of the change, each failing without its own filter or passing before the change)."""

import pytest


@pytest.mark.parametrize(
    "text, name",
    [
        ("В повестку визита теперь уже Макрона было включено посещение музея.", "Макрон"),
        ("Накануне в Афинах прошли переговоры с Мицотакисом по вопросам энергетики.", "Мицотакис"),
    ],
)
def test_the_surname_names_the_official(extractor, text, name):
    article = extractor.extract("Заголовок\n\n" + text, "t")
    assert name in {p.name for p in article.persons.values()}


def test_a_word_of_a_longer_name_is_that_person(extractor):
    article = extractor.extract(
        "Заголовок\n\nВ Минск прибыл президент Эквадора Рафаэль Корреа Дельгадо. Корреа относят к лагерю левых.",
        "t",
    )
    assert [p.name for p in article.persons.values()] == ["Рафаэль Корреа Дельгадо"]


def test_a_syllable_of_an_east_asian_name(extractor):
    article = extractor.extract(
        "Заголовок\n\nТемой встречи губернатора края Сергея Дарькина с генеральным консулом КНДР в городе Находке Сим "
        "Гук Рёном стали проекты в сферах энергетики.",
        "t",
    )
    assert not [p.name for p in article.persons.values() if p.name in ("Рён", "Рен")]
