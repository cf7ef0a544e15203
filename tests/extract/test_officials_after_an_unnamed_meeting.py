"""A meeting told with no one named ("Прошла официальная встреча правительства региона и делегации") takes the
officials told next -- the teller of a recalled clause, not whom a speaker cites in a quotation (sentences
written for the test)."""

from tests.extract.test_frames import extract, meetings


def test_the_teller_of_a_recall_and_not_the_one_quoted_is_at_the_meeting(extractor):
    a = extract(
        extractor,
        "В Омской области работает делегация Павлодарской области Казахстана. Прошла официальная встреча "
        "правительства региона и делегации из Казахстана.\n\nГлава омского региона Виталий Хоценко отметил, что "
        "в мае в Казахстане состоялось заседание межрегиональной комиссии.\n\n«Как подчеркивает президент России "
        "Владимир Путин, партнерство наших стран проверено временем. У нас установлены торговые связи",
    )
    assert meetings(a) == [("talks", frozenset({"Виталий Хоценко"}))]
