"""A title that is the predicate of a verb of appointing ("назначил послом X") is no apposition: the name after it keeps its own
case (sentences written for the test)."""

import pytest


def names(extractor, text):
    return {p.name for p in extractor.extract(text, "t", None).persons.values()}


@pytest.mark.parametrize(
    "text, name",
    [
        ("Президент Армении назначил новым послом в Грузии Григория Ованнисяна.", "Григорий Ованнисян"),
        ("Глава государства назначил своим советником Игоря Сергеенко.", "Игорь Сергеенко"),
        ("Указом президента послом Казахстана в Сербии назначен Алексей Волков.", "Алексей Волков"),
    ],
)
def test_the_name_after_a_predicate_title_is_put_in_the_nominative(extractor, text, name):
    assert name in names(extractor, text)


@pytest.mark.parametrize(
    "text, name",
    [
        ("Министр встретился с послом Польши Беатой Пекса.", "Беата Пекса"),
        ("Губернатор провел встречу с генеральным консулом Китая Су Фанцю.", "Су Фанцю"),
        ("Министр встретился с послом Кореи Ли Чан Гю.", "Ли Чан Гю"),
    ],
)
def test_a_title_in_apposition_still_gives_the_case(extractor, text, name):
    assert name in names(extractor, text)
