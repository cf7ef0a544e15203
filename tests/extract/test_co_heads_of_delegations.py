"""A delegation "во главе с X и Y", each with a title, has two heads, both at its meeting; a secretary of a city
party committee is an official (sentences written for the test)."""

from tests.extract.readings import participants, posts
from tests.extract.test_frames import extract


def test_two_titled_heads_of_a_delegation(extractor):
    a = extract(
        extractor,
        "Мэр Читы Александр Сапожников встретился с делегацией города Маньчжурия во главе с заместителем мэра "
        "Ли Хуном и секретарём горкома Чжан Вэем.",
    )
    assert participants(a) == [["александр сапожников", "ли хун", "чжан вэй"]]
    assert [r for r, _ in posts(a, "Чжан Вэй")] == ["other_official"]


def test_an_untitled_second_name_is_no_co_head(extractor):
    a = extract(
        extractor,
        "Мэр Читы Александр Сапожников встретился с делегацией во главе с заместителем мэра Маньчжурии Ли Хуном "
        "и обсудил с ним торговлю. Переводчиком был Чжан Вэй.",
    )
    assert participants(a) == [["александр сапожников", "ли хун"]]
