"""A listed official of three words, declined in the middle too ("Абдель Фаттаха ас-Сиси", an outlet's slip after an
instrumental title), is read back as the list writes him (texts written for these tests; the first case was read
right before the change too)."""

import pytest


@pytest.mark.parametrize(
    "text, name",
    [
        (
            "Министр провел встречу с представителем президента Египта Абдель Фаттаха ас-Сиси.",
            "Абдель Фаттах ас-Сиси",
        ),
        (
            "Договоренности были достигнуты между президентом России Владимиром Путиным и египетским лидером Абдель "
            "Фаттаха ас-Сиси в Москве.",
            "Абдель Фаттах ас-Сиси",
        ),
        (
            "Лидер Судана Абдель Фаттах аль-Бурхан принял посла. Послание Абдель Фаттаху аль-Бурхану передал "
            "министр.",
            "Абдель Фаттах аль-Бурхан",
        ),
    ],
)
def test_the_listed_name(extractor, text, name):
    article = extractor.extract("Заголовок\n\n" + text, "t")
    assert [p.name for p in article.persons.values() if p.name.startswith("Абдель")] == [name]
