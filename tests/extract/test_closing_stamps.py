"""A numeric date that ends a short line of the page's header, after the outlet's or the issue's name, is the
date of publication; a date that closes a sentence of the text is not; a land by its own word ("Смоленщина") is
no person (texts written for the test)."""

import datetime as dt

from tests.extract.test_frames import extract


def test_an_issue_line_ending_in_its_date_dates_the_article(extractor):
    a = extract(
        extractor,
        "Чем закончился визит?\n\nГазета «Вечерний Город» № 12. «Вечерний Город - Томск» 03/11/2016\n\n"
        "В пятницу губернатор Томской области Сергей Жвачкин встретился с послом Финляндии Микко Хаутала.",
    )
    assert a.published == dt.date(2016, 11, 3)
    assert [str(m.date) for m in a.meetings] == ["2016-10-28"]


def test_a_date_deep_in_the_text_is_not_the_publication(extractor):
    a = extract(
        extractor,
        "Губернатор Томской области Сергей Жвачкин встретился с послом Финляндии Микко Хаутала.\n\n"
        "Стороны обсудили торговлю.\n\nПосол отметил рост поставок.\n\nГубернатор рассказал о "
        "проектах.\n\nВстреча продлилась час.\n\nСледующая встреча назначена на 03.11.2016",
    )
    assert a.published is None


def test_a_land_by_its_own_word_is_no_person(extractor):
    from tests.extract.readings import names

    a = extract(
        extractor,
        "Белоруссия готова сотрудничать со Смоленщиной и Псковщиной. Губернатор Смоленской области Василий Анохин "
        "встретился с послом Беларуси.",
    )
    assert names(a) == ["Василий Анохин"]
