"""A title that names nobody ("президент Бразилии", "первый президент Египта") is given to the one person of the
text it can stand for -- but not to a well-known official of another state, and not when it tells a post held in
the past (sentences written for the test)."""

import pytest

from tests.extract.test_frames import extract
from tests.extract.test_unseen_text_shapes import person_posts


def test_a_known_official_of_another_state_is_not_the_described_one(extractor):
    a = extract(
        extractor,
        "Эммануэль Макрон выступил на форуме в Париже. Президент Бразилии накануне выступал там же.",
    )
    assert person_posts(a)["Эммануэль Макрон"] == {("head_of_state", "FR")}


@pytest.mark.parametrize(
    "told",
    [
        "Ровно полвека назад в Москве побывал первый президент Египта, напомнил он.",
        "Как выяснилось, бывший президент Египта тоже бывал в Москве.",
        "Как выяснилось, покойный президент Египта тоже бывал в Москве.",
    ],
)
def test_a_post_held_in_the_past_goes_to_no_one_named(extractor, told):
    a = extract(extractor, f"Иван Петров рассказал о поездке в Москву. {told}")
    assert person_posts(a)["Иван Петров"] == set()


def test_a_description_still_goes_to_the_one_person_it_can_stand_for(extractor):
    a = extract(
        extractor,
        "Иван Петров рассказал о поездке в Москву. Как выяснилось, президент Египта тоже бывал в Москве.",
    )
    assert person_posts(a)["Иван Петров"] == {("head_of_state", "EG")}


def test_a_regions_administration_is_no_regional_head(extractor):
    a = extract(
        extractor,
        "Иван Петров встретился с послом Казахстана. Между областью и акиматами Казахстана заключено шесть "
        "соглашений, а мэрия Омска готовит новые.",
    )
    assert person_posts(a)["Иван Петров"] == set()


def test_an_ambassador_is_not_the_governor_described(extractor):
    a = extract(
        extractor,
        "Александр Моор встретился с послом России в Казахстане Алексеем Бородавкиным. Губернатор Тюменской "
        "области рассказал о работе правительства региона.",
    )
    assert person_posts(a)["Александр Моор"] == {("regional_head", "RU")}
    assert person_posts(a)["Алексей Бородавкин"] == {("ambassador", "RU")}
