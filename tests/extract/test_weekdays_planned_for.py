""" "На вторник запланирована встреча" states its day as "во вторник" does, so the announced meeting counts
(sentences written for the test)."""

import pytest

from kg.extract.dates import names_a_day
from tests.extract.test_frames import extract, meetings


@pytest.mark.parametrize(
    ("text", "told"),
    [
        ("На вторник запланирована встреча", True),
        ("Во вторник состоится встреча", True),
        ("на среду назначены переговоры", True),
        ("Встреча будет запланирована позже", False),
    ],
)
def test_a_day_planned_for(text, told):
    assert names_a_day(text) is told


def test_a_meeting_planned_for_a_weekday_is_announced(extractor):
    a = extract(
        extractor,
        "На среду запланирована встреча Мирзиёева с генеральным секретарем ООН Антониу Гутерришем.",
    )
    assert meetings(a) == [("talks", frozenset({"Мирзиёев", "Антониу Гутерриш"}))]
