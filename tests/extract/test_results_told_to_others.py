"""Talks whose results one side tells the other ("информировал об итогах своего визита в США и переговоров с X")
were held before the telling: no meeting of this news (sentences written for the test)."""

from tests.extract.test_frames import extract, meetings


def test_talks_whose_results_are_told_are_no_meeting_of_the_news(extractor):
    a = extract(
        extractor,
        "Президент России Владимир Путин поговорил по телефону с президентом Узбекистана Шавкатом Мирзиёевым. "
        "Президент Узбекистана подробно информировал об итогах своего визита в Китай и переговоров с Си "
        "Цзиньпином.",
    )
    assert meetings(a) == [("phone_call", frozenset({"Владимир Путин", "Шавкат Мирзиёев"}))]


def test_talks_after_which_something_is_signed_are_the_news(extractor):
    a = extract(
        extractor,
        "По итогам переговоров президента России Владимира Путина и президента Узбекистана Шавката Мирзиёева "
        "подписано соглашение о сотрудничестве.",
    )
    assert [kind for kind, _ in meetings(a)] == ["talks"]
