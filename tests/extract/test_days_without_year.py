"""The day a dateless meeting keeps for matching reports of one event ("monthDay"): not a date with its own
year told in passing, nor either end of a visit's stretch of days (sentences written for the test)."""

from tests.extract.test_frames import extract


def days(article):
    return [(m.date, m.month_day) for m in article.meetings]


def test_a_day_with_its_own_year_is_background(extractor):
    a = extract(
        extractor,
        "В Душанбе состоялась встреча президента России Владимира Путина и президента Азербайджана Ильхама "
        "Алиева. На встрече стороны обсудили крушение самолета. Авиакатастрофа произошла 25 декабря 2024 года.",
    )
    assert days(a) == [(None, None)]


def test_the_ends_of_a_visits_stretch_are_not_the_talks_day(extractor):
    a = extract(
        extractor,
        "Мирзиёев пригласил Си Цзиньпина в Узбекистан — подробности переговоров лидеров\n\n"
        "Глава Узбекистана по приглашению Председателя КНР 30 августа – 3 сентября находится в Китае с "
        "официальным визитом\n\n"
        "Президент Узбекистана Шавкат Мирзиёев пригласил Председателя КНР Си Цзиньпина посетить республику. "
        "В Пекине прошли переговоры лидеров двух стран.",
    )
    assert days(a) == [(None, None)]


def test_a_day_without_a_year_is_kept(extractor):
    a = extract(
        extractor,
        "12 ноября в Пекине прошли переговоры Президента Узбекистана Шавката Мирзиёева и Председателя КНР "
        "Си Цзиньпина.",
    )
    assert days(a) == [(None, (11, 12))]
