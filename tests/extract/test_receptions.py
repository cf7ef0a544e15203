"""A reception told by the converb of "принимать" (texts written for the test)."""

import pytest

from tests.extract.test_frames import extract, meetings


@pytest.mark.parametrize(
    "text, sides",
    [
        (
            "Принимая 3 марта в Минске премьер-министра Вьетнама Фам Минь Тиня, Александр Лукашенко "
            "отметил рост торговли.",
            {"Александр Лукашенко", "Фам Минь Тинь"},
        ),
        (
            "Президент Армении Ваагн Хачатурян, принимая 5 мая посла Ирана Мехди Собхани, подчеркнул "
            "важность сотрудничества.",
            {"Ваагн Хачатурян", "Мехди Собхани"},
        ),
        (
            "Когда король Иордании Абдалла II, принимая вчера во дворце своего коллегу Ильхама Алиева, "
            "заговорил о торговле, стало ясно, что визит удался.",
            {"Абдалла II", "Ильхам Алиев"},
        ),
    ],
)
def test_the_converb_of_receiving_is_a_reception(extractor, text, sides):
    assert meetings(extract(extractor, text)) == [("talks", frozenset(sides))]


def test_a_habit_of_receiving_is_no_reception(extractor):
    a = extract(
        extractor,
        "Министр иностранных дел Грузии Илья Дарчиашвили и его армянский коллега Арарат Мирзоян "
        "встречаются ежегодно: стороны по очереди принимают коллег у себя.",
    )
    assert meetings(a) == []
