"""A region's official name written with a hyphen instead of its dash, and a page counter glued to a line's first
word (sentences written for the test)."""

import pytest

from tests.extract.test_frames import extract
from tests.extract.test_unseen_text_shapes import person_posts


@pytest.mark.parametrize("dash", ["-", " – ", " — ", "—"])
def test_a_republics_name_with_any_dash(extractor, dash):
    a = extract(
        extractor,
        f"Глава Республики Северная Осетия{dash}Алания Сергей Меняйло встретился с послом Армении Вагаршаком "
        "Арутюняном.",
    )
    assert person_posts(a)["Сергей Меняйло"] == {("regional_head", "RU")}


def test_a_counter_glued_to_the_first_word_of_a_line(extractor):
    a = extract(
        extractor,
        "Новости региона\n\n12Губернатор Омской области Виталий Хоценко встретился с послом Казахстана Даурен "
        "Абаевым.",
    )
    assert person_posts(a)["Виталий Хоценко"] == {("regional_head", "RU")}
