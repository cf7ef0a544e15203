"""A listed official whose hyphenated first name the text writes with a space ("Касым Жомарт Токаев") is the listed
person, spelt as listed, so that every article gives one node; a particle's hyphen ("аль Джубейр") stays as the
outlet writes it (texts written for these tests)."""

import pytest


@pytest.mark.parametrize(
    "text, name",
    [
        (
            "Президенты Казахстана и Узбекистана Касым Жомарт Токаев и Шавкат Мирзиёев провели переговоры.",
            "Касым-Жомарт Токаев",
        ),
        (
            "Глава МИД Франции Жан Ноэль Барро встретился с министром иностранных дел Казахстана Муратом Нуртлеу.",
            "Жан-Ноэль Барро",
        ),
    ],
)
def test_the_listed_spelling(extractor, text, name):
    article = extractor.extract("Заголовок\n\n" + text, "t")
    assert name in {p.name for p in article.persons.values()}


def test_a_particle_stays_as_written(extractor):  # a guard: read right before the change too
    article = extractor.extract(
        "Заголовок\n\nМинистр иностранных дел Саудовской Аравии Адель аль Джубейр встретился с Сергеем Лавровым.",
        "t",
    )
    assert "Адель аль Джубейр" in {p.name for p in article.persons.values()}
