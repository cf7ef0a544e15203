"""A listed official's first name and surname in any case are a person's name even where the tagger sees none
("Касым-Жомарт Токаев наградил ...", "Ли Кэцян принял ..."); texts written for these tests."""

import pytest


@pytest.mark.parametrize(
    "text, names",
    [
        (
            "Сегодня Касым-Жомарт Токаев наградил Эмомали Рахмона орденом.",
            {"Касым-Жомарт Токаев", "Эмомали Рахмон"},
        ),
        ("Ли Кэцян принял Дмитрия Медведева в Пекине.", {"Ли Кэцян", "Дмитрий Медведев"}),
    ],
)
def test_listed_names_are_persons(extractor, text, names):
    article = extractor.extract("Заголовок\n\n" + text, "t")
    assert names <= {p.name for p in article.persons.values()}


def test_two_capitalised_words_unlisted_are_left_to_the_tagger(extractor):  # a guard: as before the change
    article = extractor.extract("Заголовок\n\nВ Доме Правительства прошло совещание.", "t")
    assert not article.persons
