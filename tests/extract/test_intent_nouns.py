"""Sentences written for the test.

An infinitive that completes a noun of intent ("заявил о намерении подписать", "объявил о планах провести",
"выразил готовность встретиться") tells an event ahead, not one held; the same verbs alone report it held.
"""

import pytest

from tests.extract.test_frames import extract, meetings


@pytest.mark.parametrize(
    "text",
    [
        "Глава МИД Перу Хавьер Гонсалес заявил о намерении подписать с министром Сергеем Лавровым соглашения о "
        "сотрудничестве.",
        "Премьер-министр Непала Пушпа Камал Дахал объявил о планах провести переговоры с президентом Индии Драупади "
        "Мурму.",
        "Президент Кении Уильям Руто выразил готовность встретиться с президентом Танзании Самией Сулуху Хассан.",
    ],
)
def test_an_event_after_a_noun_of_intent_lies_ahead(extractor, text):
    assert meetings(extract(extractor, text)) == []


def test_the_same_verb_without_intent_reports_a_meeting(extractor):
    text = "Президент Кении Уильям Руто встретился с президентом Танзании Самией Сулуху Хассан."
    assert len(meetings(extract(extractor, text))) == 1
