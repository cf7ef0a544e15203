"""A name after a title whose state is told by its long official name ("министр иностранных дел Исламской
Республики Иран Мохаммад Джавад Зариф") (sentences written for the test)."""

import pytest

from tests.extract.test_frames import extract
from tests.extract.test_unseen_text_shapes import person_posts


@pytest.mark.parametrize(
    "title, name, post",
    [
        (
            "министр иностранных дел Исламской Республики Иран",
            "Мохаммад Реза Шейбани",
            ("foreign_minister", "IR"),
        ),
        ("посол Королевства Саудовская Аравия", "Файсал Абдалла Альмоаммар", ("ambassador", "SA")),
    ],
)
def test_a_three_word_name_after_a_long_state_name(extractor, title, name, post):
    a = extract(extractor, f"Министр энергетики России Сергей Цивилев и {title} {name} подписали меморандум.")
    assert post in person_posts(a)[name]
