"""A person labelled by a listed variant spelling ("Николай Тимофти" in a headline) takes the list's own spelling when
the text writes that as well, as often or more ("Николае Тимофти" in the body); a text that writes only the variant
keeps it (texts written for these tests)."""

import pytest


@pytest.mark.parametrize(
    "text, name",
    [
        (
            "Николай Тимофти посетит Румынию\n\nПрезидент Молдовы Николае Тимофти совершит официальный визит в "
            "Бухарест. Николае Тимофти встретится с президентом Румынии Клаусом Йоханнисом.",
            "Николае Тимофти",
        ),
        (
            "Сооронбай Жеенбеков прибыл в Астану\n\nПрезидент Кыргызстана Сооронбай Жээнбеков провел переговоры с "
            "Нурсултаном Назарбаевым.",
            "Сооронбай Жээнбеков",
        ),
    ],
)
def test_the_lists_spelling_written_wins(extractor, text, name):
    article = extractor.extract(text, "t")
    names = {p.name for p in article.persons.values()}
    assert name in names and not {n for n in names if n != name and n.split()[0] == name.split()[0]}


def test_a_variant_written_alone_stays(extractor):  # a guard: read right before the change too
    article = extractor.extract(
        "Заголовок\n\nПрезидент Молдовы Николай Тимофти встретился с президентом Румынии Клаусом Йоханнисом.",
        "t",
    )
    assert "Николай Тимофти" in {p.name for p in article.persons.values()}
