"""A title ends where a clause opens after a comma; a city whose name reads as a surname ("Грозный") and a
city written straight after "г." are still places (sentences written for the test)."""

from tests.extract.readings import posts
from tests.extract.test_frames import extract
from tests.extract.test_meeting_places import places


def test_a_title_before_a_clause_opener_is_not_the_next_names(extractor):
    a = extract(
        extractor,
        "Вайра Вике-Фрейберга встретилась с Лукашенко в Минске.\n\n"
        "«Надо работать вместе», – заметил президент Беларуси, на что Вике-Фрейберга ответила согласием.",
    )
    assert posts(a, "Вайра Вике-Фрейберга") == []
    assert len(a.meetings) == 1


def test_a_title_before_after_which_and_whereas(extractor):
    for opener in ("после чего", "тогда как", "а", "когда"):
        a = extract(
            extractor,
            "Министры иностранных дел Армении и Азербайджана Арарат Мирзоян и Джейхун Байрамов провели "
            f"переговоры в Алматы.\n\n«Мы близки к миру», – сказал министр Армении, {opener} Джейхун Байрамов "
            "напомнил о границе.",
        )
        assert ("minister", "AM") not in posts(a, "Джейхун Байрамов"), opener


def test_a_city_named_like_a_surname_in_any_case(extractor):
    for phrase, sentence in (
        (
            "в аэропорту Грозного",
            "Глава Чечни Рамзан Кадыров встретил премьер-министра Малайзии Анвара "
            "Ибрагима в аэропорту Грозного.",
        ),
        (
            "в Грозном",
            "В Грозном глава Чечни Рамзан Кадыров провел переговоры с послом Турции Танжу Бильгичем.",
        ),
    ):
        a = extract(extractor, sentence)
        assert places(a) == [("RU", "Грозный")], phrase


def test_a_city_written_close_after_g(extractor):
    a = extract(
        extractor,
        "В г.Бресте 12 мая министр транспорта Беларуси Алексей Лукьянов встретился с министром "
        "инфраструктуры Польши Дариушем Климчаком.",
    )
    assert places(a) == [("BY", "Брест")]
