"""A meeting planned "в его рамках" right after a visit is told is that visit's programme, dated by it; "проводил" a
person is a farewell meeting, while "проводил переговоры" stays the noun's (sentences written for the test)."""

from tests.extract.test_frames import extract, meetings


def test_a_meeting_planned_within_the_visit_just_told(extractor):
    a = extract(
        extractor,
        "Сегодня, 4 июня, в Псков приехал Посол Латвии в Российской Федерации Марис Риекстиньш. В регион он прибыл с "
        "рабочим визитом.\nВ его рамках планируется встреча с губернатором Псковской области Михаилом Ведерниковым.",
    )
    assert ("talks", frozenset({"Марис Риекстиньш", "Михаил Ведерников"})) in meetings(a)


def test_a_plan_framed_by_something_else_is_no_meeting(extractor):
    a = extract(
        extractor,
        "Сегодня, 4 июня, в Пскове открылась выставка льна. В её рамках планируется встреча с губернатором "
        "Псковской области Михаилом Ведерниковым.",
    )
    assert meetings(a) == []


def test_a_farewell_is_a_meeting(extractor):
    a = extract(
        extractor,
        "Губернатор Омской области Виталий Хоценко проводил генерального консула Казахстана Ерлана Байжанова, "
        "который покидает Омск.",
    )
    assert meetings(a) == [("talks", frozenset({"Виталий Хоценко", "Ерлан Байжанов"}))]
