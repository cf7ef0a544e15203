"""A head told after the name by the place he heads ("Радий Хабиров, глава Башкирии, встретился ..."), between
commas: the post the same words give before the name (texts written for these tests)."""

import pytest

from tests.extract.test_frames import posts_of


@pytest.mark.parametrize(
    "text, name, post",
    [
        (
            "Радий Хабиров, глава Башкирии, встретился с премьер-министром Беларуси Романом Головченко.",
            "Радий Хабиров",
            ("regional_head", "RU"),
        ),
        (
            "Карим Азимов, глава Бухары, провел переговоры с министром иностранных дел Азербайджана "
            "Джейхуном Байрамовым.",
            "Карим Азимов",
            ("regional_head", "UZ"),
        ),
        (
            "Посла Кореи Ли До Хуна принял Айсен Николаев, руководитель Якутии.",
            "Айсен Николаев",
            ("regional_head", "RU"),
        ),
        (
            "Переговоры провели Рустам Минниханов, раис Татарстана, и посол Турции Тахсин Эртугрул.",
            "Рустам Минниханов",
            ("regional_head", "RU"),
        ),
    ],
)
def test_the_place_headed_gives_the_post(extractor, text, name, post):
    article = extractor.extract("Заголовок\n\n" + text, "t")
    assert posts_of(article)[name] == {post}


def test_a_title_after_the_name_still_wins(extractor):  # a guard: read right before the change too
    article = extractor.extract(
        "Заголовок\n\nСергей Лавров, министр иностранных дел России, встретился с Джейхуном Байрамовым.", "t"
    )
    assert posts_of(article)["Сергей Лавров"] == {("foreign_minister", "RU")}
