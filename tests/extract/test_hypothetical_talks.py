"""Talks one speaks of as possible ("о возможных переговорах с Россией") are no meeting, held or announced; peace
talks held are (sentences written for the test)."""

from tests.extract.test_frames import extract, meetings


def test_possible_talks_are_no_meeting(extractor):
    a = extract(
        extractor,
        "Президент Финляндии Александр Стубб заявил журналистам о возможной встрече с президентом США Дональдом "
        "Трампом.",
    )
    assert meetings(a) == []


def test_possible_talks_one_admits_are_no_meeting(extractor):
    a = extract(
        extractor,
        "Министр иностранных дел Венгрии Петер Сийярто допустил возможные переговоры с министром иностранных дел "
        "России Сергеем Лавровым.",
    )
    assert meetings(a) == []


def test_talks_held_are_a_meeting(extractor):
    a = extract(
        extractor,
        "Премьер-министр Латвии Эвика Силиня провела переговоры с президентом Литвы Гитанасом Науседой.",
    )
    assert meetings(a) == [("talks", frozenset({"Эвика Силиня", "Гитанас Науседа"}))]
