"""A Turkic father's name with "уулу"/"оглы" (a son) or "кызы" (a daughter) tells the gender, so the declined first
name before it comes back to the nominative; the same person told in two cases is one (sentences written for the
test)."""

import pytest

from kg.extract.morph import normalize_name
from tests.extract.test_frames import extract
from tests.extract.test_unseen_text_shapes import person_posts


@pytest.mark.parametrize(
    ("tokens", "first", "gender"),
    [
        (["Чынгыза", "Эсенгул", "уулу"], "Чынгыз", "masc"),
        (["Азамата", "Жаныбек", "уулу"], "Азамат", "masc"),
        (["Эльмиру", "Гейдар", "кызы"], "Эльмира", "femn"),
    ],
)
def test_the_particle_tells_the_gender_of_a_declined_first_name(tokens, first, gender):
    parts = normalize_name(tokens)
    assert (parts.first, parts.gender) == (first, gender)


def test_a_son_named_in_the_accusative_and_the_nominative_is_one_person(extractor):
    a = extract(
        extractor,
        "Темирлан Талант уулу провел встречу с послом Турции.\n"
        "Вчера в Бишкеке советника министра экономики Киргизии Темирлана Талант уулу принял посол Турции Мехмет "
        "Йылмаз.",
    )
    names = set(person_posts(a))
    assert "Темирлан Талант уулу" in names
    assert "Темирлана Талант уулу" not in names


def test_a_son_told_once_in_the_accusative_is_named_in_the_nominative(extractor):
    a = extract(extractor, "В Бишкеке заместителя министра Киргизии Адилета Талант уулу принял посол Турции.")
    assert "Адилет Талант уулу" in person_posts(a)
