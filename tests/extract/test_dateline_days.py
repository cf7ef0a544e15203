"""The lead a dated dateline opens tells that day's news (sentences written for the test)."""

from tests.extract.test_frames import extract


def dates(article):
    return [str(m.date) if m.date else None for m in article.meetings]


def test_the_lead_under_a_dated_dateline_is_that_days(extractor):
    a = extract(
        extractor,
        "Ташкент, 14 марта 2024 года – Состоялась встреча министра иностранных дел Узбекистана Бахтиёра "
        "Саидова с послом Японии Хатори Такаси.",
    )
    assert dates(a) == ["2024-03-14"]


def test_a_later_sentence_or_an_announcement_keeps_no_dateline_day(extractor):
    a = extract(
        extractor,
        "Ташкент, 14 марта 2024 года – Министр иностранных дел Узбекистана Бахтиёр Саидов рассказал о планах "
        "ведомства. Ранее он встретился с послом Японии Хатори Такаси.",
    )
    assert dates(a) in ([], [None])
    a = extract(
        extractor,
        "Ташкент, 14 марта 2024 года – Министр иностранных дел Узбекистана Бахтиёр Саидов проведет переговоры "
        "с послом Японии Хатори Такаси.",
    )
    assert dates(a) in ([], [None])
