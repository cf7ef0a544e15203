""" "Лидер региона" heads a region, not a state; a short past verb ("дал", "был") ends a title told without a name;
an adjective after such a title belongs to what follows it, not to the title (sentences written for the test)."""

from tests.extract.readings import posts
from tests.extract.test_frames import extract


def test_a_regions_leader_giving_an_interview_to_a_foreign_guest(extractor):
    a = extract(
        extractor,
        "Приморье посетил писатель из Чехии Ян Новак. Он пишет книгу о Дальнем Востоке. Во время поездки "
        "гость встретился с губернатором Приморского края Олегом Кожемяко. Лидер региона дал интервью "
        "чешскому гостю.",
    )
    assert posts(a, "Ян Новак") == []
    assert posts(a, "Олег Кожемяко") == [("regional_head", "RU")]


def test_a_leader_of_a_state_is_still_its_head(extractor):
    a = extract(
        extractor,
        "Лидер Туркменистана Сердар Бердымухамедов провел переговоры с президентом Ирана Масудом Пезешкианом.",
    )
    assert posts(a, "Сердар Бердымухамедов") == [("head_of_state", "TM")]


def test_a_bare_head_of_the_city_takes_no_state_from_his_quote(extractor):
    a = extract(
        extractor,
        "Генеральный консул Японии Кэндзи Сато завершает работу в Хабаровске. С ним встретился глава "
        "дальневосточной столицы Сергей Кравчук. «Важно развивать связи между городами Японии и Хабаровском», — "
        "отметил глава города.",
    )
    assert "JP" not in [c for _, c in posts(a, "Сергей Кравчук")]


def test_chairs_of_city_and_regional_dumas_named_after_their_place(extractor):
    a = extract(
        extractor,
        "Председатель Думы Пятигорска Ольга Петрова и председатель Думы Ставропольского края Николай Великдань "
        "встретились с послом Армении Вааном Ованнисяном.",
    )
    assert posts(a, "Ольга Петрова") == [("other_official", "RU")]
    assert posts(a, "Николай Великдань") == [("other_official", "RU")]
