"""Sentences written for the test.

"глав" is the genitive plural of "глава": "встреча глав внешнеполитических ведомств Армении и Грузии X и Y" gives
each name its state's post, in order, so the talks are between two states; a sitting of the foreign ministers
of an international organization's states is the organization's sitting (a session), while officials who sit
together outside any body hold talks.
"""

import pytest

from tests.extract.test_frames import extract, meetings


def posts_of(article):
    return {p.name: {(x.role, x.country) for x in p.posts} for p in article.persons.values()}


@pytest.mark.parametrize(
    "sentence, expected",
    [
        (
            "В Женеве завершилась встреча глав внешнеполитических ведомств Армении и Грузии Арарата Мирзояна и "
            "Ильи Дарчиашвили.",
            {"Арарат Мирзоян": ("foreign_minister", "AM"), "Илья Дарчиашвили": ("foreign_minister", "GE")},
        ),
        (
            "В Анкаре прошла встреча глав МИД Турции и Венгрии Хакана Фидана и Петера Сийярто.",
            {"Хакан Фидан": ("foreign_minister", "TR"), "Петер Сийярто": ("foreign_minister", "HU")},
        ),
    ],
)
def test_heads_of_two_states_in_the_genitive_plural_take_their_states_in_order(extractor, sentence, expected):
    article = extract(extractor, sentence)
    posts = posts_of(article)
    assert all(post in posts[name] for name, post in expected.items())
    assert len(meetings(article)) == 1


def kinds(extractor, sentence):
    return [m.kind for m in extract(extractor, sentence).meetings]


def test_a_sitting_of_an_organizations_foreign_ministers_is_a_session(extractor):
    sentence = (
        "Министр иностранных дел Узбекистана Бахтиёр Саидов принял участие в заседании глав внешнеполитических "
        "ведомств государств – членов ШОС в Астане."
    )
    assert kinds(extractor, sentence) == ["session"]
