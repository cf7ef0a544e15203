"""A line that ends in a title, followed with no blank line by one that opens with a first name and a surname,
is one sentence a converter broke (text written for the test)."""

from tests.extract.test_frames import extract


def test_a_title_at_a_line_end_goes_on_to_its_holder(extractor):
    a = extract(
        extractor,
        "Перспективы сотрудничества Приамурья и провинции Хэйлунцзян обсудили губернатор\n"
        "Василий Орлов и губернатор провинции Хэйлунцзян Лян Хуэйлин.\n"
        "Стороны отметили значение приграничного сотрудничества.",
    )
    assert [sorted(m.participants) for m in a.meetings] == [["василий орлов", "лян хуэйлин"]]


def test_a_line_ending_in_a_title_before_other_words_stays_apart(extractor):
    a = extract(
        extractor,
        "Новую программу обмена студентами представил губернатор\n"
        "В Благовещенске прошла встреча губернатора Амурской области Василия Орлова с губернатором провинции "
        "Хэйлунцзян Лян Хуэйлином.",
    )
    assert a.sentences[0].text == "Новую программу обмена студентами представил губернатор"
