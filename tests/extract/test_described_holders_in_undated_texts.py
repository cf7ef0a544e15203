"""A title told without a name in a text with no date ("первый визит Президента Кыргызской Республики") stands for
the one person the text names who ever held that post, by the gazetteer, and has no title by the text (texts
written for these tests). With a date, only the holder of that year counts."""

import pytest

from tests.extract.test_frames import posts_of


@pytest.mark.parametrize(
    "text, name, post",
    [
        (
            "Нурсултан Назарбаев поблагодарил Сооронбая Жээнбекова за визит. Это первый визит Президента "
            "Кыргызской Республики в Казахстан.",
            "Сооронбай Жээнбеков",
            ("head_of_state", "KG"),
        ),
        (
            "Ли Кэцян принял Дмитрия Медведева в Пекине. Это первый визит Председателя Правительства России в "
            "Китай за год.",
            "Дмитрий Медведев",
            ("head_of_government", "RU"),
        ),
        (
            "Назарбаев тепло встретил Сооронбая Жээнбекова. Визит Премьер-министра Кыргызстана продлится два дня.",
            "Сооронбай Жээнбеков",
            ("head_of_government", "KG"),
        ),
    ],
)
def test_the_one_who_ever_held_it(extractor, text, name, post):
    article = extractor.extract("Заголовок\n\n" + text, "t")
    assert post in posts_of(article)[name]


def test_a_dated_text_takes_that_years_holder_only(extractor):  # a guard: read right before the change too
    article = extractor.extract(
        "5 мая 2024\n\nНурсултан Назарбаев поблагодарил Сооронбая Жээнбекова за визит. Это первый визит Президента "
        "Кыргызской Республики в Казахстан.",
        "t",
    )
    assert posts_of(article)["Сооронбай Жээнбеков"] == set()
