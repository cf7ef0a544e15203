"""A full date that opens a line, with a page's link after a separator ("19 октября 2010 года — версия для печати"),
dates the article; a date that opens a sentence does not (texts written for the test)."""

import datetime as dt

from tests.extract.test_frames import extract


def test_a_date_beside_a_print_link_dates_the_article(extractor):
    a = extract(
        extractor,
        "5 марта 2019 года — версия для печати\n\nГубернатор области Иван Петров сегодня встретился с послом "
        "Вьетнама Нго Дык Маном.",
    )
    assert a.published == dt.date(2019, 3, 5)
    assert [m.date for m in a.meetings] == [dt.date(2019, 3, 5)]


def test_a_date_that_opens_a_short_sentence_is_no_stamp(extractor):
    a = extract(
        extractor,
        "Новости региона\n\n5 марта 2019 года состоялась встреча.\nГубернатор Иван Петров встретился с послом "
        "Вьетнама Нго Дык Маном.",
    )
    assert a.published is None
