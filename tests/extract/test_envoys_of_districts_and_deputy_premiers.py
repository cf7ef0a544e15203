"""A president's envoy in a federal district ("полпред президента в ДФО") is an official, and the president he
represents no post of his; a deputy of a "премьер" ("заместитель премьера Госсовета КНР") is a deputy head of
government, not its head (sentences written for the test)."""

import pytest

from kg.extract.gazetteer import find_roles
from tests.extract.test_frames import extract
from tests.extract.test_unseen_text_shapes import person_posts


@pytest.mark.parametrize(
    ("title", "role"),
    [
        ("полпред президента в Сибирском федеральном округе", "other_official"),
        ("полпредом главы государства в ПФО", "other_official"),
        ("заместитель премьера Госсовета КНР", "deputy_head_of_government"),
        ("первым заместителем премьера Казахстана", "deputy_head_of_government"),
        ("премьером Китая", "head_of_government"),
    ],
)
def test_the_first_role_of_a_title(title, role):
    assert find_roles(title.lower())[0].role == role


def test_a_deputy_premier_and_district_envoy_holds_both_posts_and_no_presidents(extractor):
    a = extract(
        extractor,
        "Протокол подписали вице-премьер – полпред Президента России в СЗФО Андрей Коваленко и заместитель "
        "премьера Государственного совета КНР Чжан Гоцин.",
    )
    posts = person_posts(a)
    assert posts["Андрей Коваленко"] == {("deputy_head_of_government", "RU"), ("other_official", "RU")}
    assert posts["Чжан Гоцин"] == {("deputy_head_of_government", "CN")}
