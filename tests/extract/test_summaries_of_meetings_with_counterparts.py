"""A headline that sums up bilateral meetings with counterparts of several states ("встреча министров четырех
стран") folds into the first of them, and each other counterpart's meeting stays one of its own (texts written for
these tests; one meeting per counterpart, GOLD; the second, with the states told by the titles, held before and
guards the same)."""

import pytest


@pytest.mark.parametrize(
    "text, count",
    [
        (
            "В Минске прошла встреча министров образования четырех стран\n\nСегодня министр образования Беларуси "
            "Андрей Иванец провел двусторонние встречи со своими коллегами из Китая, Вьетнама, Индии и Египта.",
            4,
        ),
        (
            "Президент Казахстана Касым-Жомарт Токаев встретился с лидерами трех государств\n\nВ Астане "
            "Касым-Жомарт Токаев провел переговоры с президентами Ирана, Алжира и ЮАР.",
            3,
        ),
    ],
)
def test_a_summary_headline_leaves_one_meeting_per_counterpart(extractor, text, count):
    a = extractor.extract(text, "t")
    assert len(a.meetings) == count
    assert len({m.counterpart_state for m in a.meetings}) == count
