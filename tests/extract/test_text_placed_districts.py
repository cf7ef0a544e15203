"""A district no list names, told once with its state beside it, is in that state where the text names it again,
and a title built on it tells that state (sentences written for the test)."""

from tests.extract.readings import posts
from tests.extract.test_frames import extract


def test_a_district_placed_by_its_state_gives_a_later_title_that_state(extractor):
    a = extract(
        extractor,
        "Делегация из Кантемирского района Молдовы прибыла в Гомель. Глава Кантемирского района Ион Попеску "
        "провел встречу с председателем Гомельского облисполкома Иваном Крупко.",
        "BY",
    )
    assert posts(a, "Ион Попеску") == [("regional_head", "MD")]


def test_a_district_placed_by_its_region_takes_the_regions_state(extractor):
    a = extract(
        extractor,
        "Соглашение подписали администрации Луховицкого района Московской области и Дятловского района Гродненской "
        "области. Глава Дятловского района Сергей Петров поблагодарил партнеров.",
        "RU",
    )
    assert posts(a, "Сергей Петров") == [("regional_head", "BY")]


def test_an_elder_of_a_county_heads_it(extractor):
    a = extract(
        extractor,
        "Сотрудничество с Вырусским уездом (Эстония) продолжается. Старейшина Вырусского уезда Андрус Сийм "
        "встретился с главой Печорского района Псковской области Олегом Ивановым.",
        "RU",
    )
    assert posts(a, "Андрус Сийм") == [("regional_head", "EE")]


def test_a_district_told_of_two_states_is_placed_in_neither(extractor):
    a = extract(
        extractor,
        "Октябрьский район Беларуси и Октябрьский район России подписали соглашение. Глава Октябрьского района "
        "Павел Сидоров выступил с речью.",
        "KZ",
    )
    assert all(country in (None, "KZ") for _role, country in posts(a, "Павел Сидоров"))
