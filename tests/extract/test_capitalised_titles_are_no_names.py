"""A title written with capitals and no name ("– отметил Полномочный Посол", "сказал Генеральный Консул") names no
one: it is no person (texts written for these tests; the first was read right before the change too)."""

import pytest


@pytest.mark.parametrize(
    "text",
    [
        "Посол Индии Пунди Рагхаван посетил Уфу. – Мы рады встрече, – отметил Полномочный Посол.",
        "Консул Китая Ли Мин посетил Казань. – Мы рады встрече, – сказал Генеральный Консул.",
    ],
)
def test_no_person_named_by_a_title(extractor, text):
    article = extractor.extract("Заголовок\n\n" + text, "t")
    assert not [p.name for p in article.persons.values() if p.name.split()[-1] in ("Посол", "Консул")]
