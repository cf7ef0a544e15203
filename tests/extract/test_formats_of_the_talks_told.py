"""A sitting told as a format of talks ("На заседании в расширенном составе X отметил") whose people are among those
of the talks told before is those talks, not a second meeting (texts written for these tests)."""

import pytest

from tests.extract.test_frames import meetings


def test_a_sitting_in_the_extended_format_is_the_talks(extractor):
    article = extractor.extract(
        "10 октября 2024\n\nВладимир Путин и президент Таджикистана Эмомали Рахмон по итогам переговоров в Душанбе "
        "подписали пакет документов.\n\nВладимир Путин прибыл в столицу Таджикистана с трехдневным визитом 8 октября. В "
        "аэропорту его лично встретил Рахмон.\n\nУтром 9 октября прошли переговоры двух лидеров в формате тет-а-тет. "
        "Затем к ним присоединились члены делегаций.\n\nНа заседании в расширенном составе Путин отметил, что "
        "отношения Москвы и Душанбе развиваются.",
        "t",
    )
    assert [people for _kind, people in meetings(article)] == [
        frozenset({"Владимир Путин", "Эмомали Рахмон"})
    ]


@pytest.mark.parametrize(
    "text, pair",
    [
        (
            "Президент России Владимир Путин и президент Таджикистана Эмомали Рахмон провели переговоры в Душанбе. "
            "На заседании в расширенном составе Путин отметил рост торговли.",
            {"Владимир Путин", "Эмомали Рахмон"},
        ),
        (
            "Премьер-министр Казахстана Олжас Бектенов провел переговоры с премьер-министром Узбекистана Абдуллой "
            "Ариповым. На заседании в расширенном формате Бектенов предложил создать совместный фонд.",
            {"Олжас Бектенов", "Абдулла Арипов"},
        ),
    ],
)
def test_one_meeting(extractor, text, pair):  # guards: read right before the change too
    article = extractor.extract("9 октября 2025\n\n" + text, "t")
    assert [people for _kind, people in meetings(article)] == [frozenset(pair)]
