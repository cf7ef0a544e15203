"""Shapes of the forty-first session (texts written for these tests): envoys whose state the title names by a bare
state word ("Посол страны в РФ"), envoys serving in the outlet's own state, and talks a visit holds with its
visitor alone."""

import pytest

from tests.extract.test_frames import extract, posts_of


@pytest.mark.parametrize(
    "text, name, state",
    [
        (
            "Министр иностранных дел Ганы примет участие в конференции в Москве. Посол страны в РФ Кофи Менса "
            "сообщил об этом журналистам.",
            "Кофи Менса",
            "GH",
        ),
        (
            "Вчера в университете принимали делегацию посольства Республики Уганда в России во главе с "
            "Чрезвычайным и Полномочным Послом Республики в РФ Джонсоном Олвой.",
            "Джонсон Олва",
            "UG",
        ),
        (
            "Тунис заинтересован в поставках зерна. Посол этой республики в Казахстане Ахмед Бен Салах "
            "встретился с министром сельского хозяйства.",
            "Ахмед Бен Салах",
            "TN",
        ),
    ],
)
def test_an_envoy_of_the_state_told_before_is_not_of_the_state_he_serves_in(extractor, text, name, state):
    a = extract(extractor, text, "RU")
    assert ("ambassador", state) in posts_of(a)[name]


def test_an_envoy_serving_in_the_outlets_state_does_not_take_it(extractor):
    a = extract(extractor, "Посол в РФ Кофи Менса сообщил, что поставки зерна вырастут.", "RU")
    assert ("ambassador", "RU") not in posts_of(a)["Кофи Менса"]


def test_an_envoy_of_our_state_stays_the_outlets(extractor):  # guard
    a = extract(extractor, "Посол нашей страны в Гане Иван Петров вручил верительные грамоты.", "RU")
    assert ("ambassador", "GH") not in posts_of(a)["Иван Петров"]


def test_an_envoy_with_a_rank_and_no_state_of_his_own_is_not_of_the_state_he_serves_in(extractor):
    a = extract(
        extractor, "Чрезвычайный и Полномочный Посол в Казахстане Ахмед Бен Салах посетил Алматы.", "KZ"
    )
    assert ("ambassador", "KZ") not in posts_of(a)["Ахмед Бен Салах"]
