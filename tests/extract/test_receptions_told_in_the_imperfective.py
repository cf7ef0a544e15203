"""A reception told in the past imperfective ("18 ноября X принимал делегацию") is the reception, as the
perfective is; the present tells a habit (sentences written for the test)."""

from tests.extract.test_frames import extract, meetings


def test_a_reception_in_the_past_imperfective_is_a_meeting(extractor):
    a = extract(
        extractor,
        "3 марта президент Армении Ваагн Хачатурян принимал в Ереване министра иностранных дел Ирана "
        "Аббаса Аракчи.",
    )
    assert meetings(a) == [("talks", frozenset({"Ваагн Хачатурян", "Аббас Аракчи"}))]
    assert a.meetings[0].city == "Ереван"


def test_a_delegation_led_by_a_minister_received_in_the_imperfective(extractor):
    a = extract(
        extractor,
        "Вчера губернатор Омской области Виталий Хоценко принимал делегацию из Казахстана во главе с "
        "министром торговли Арманом Шаккалиевым.",
    )
    assert meetings(a) == [("talks", frozenset({"Виталий Хоценко", "Арман Шаккалиев"}))]


def test_receiving_in_the_present_is_a_habit_not_a_meeting(extractor):
    a = extract(
        extractor,
        "Министры Иван Петров и Сергей Иванов по очереди принимают коллег в своих столицах.",
    )
    assert meetings(a) == []
