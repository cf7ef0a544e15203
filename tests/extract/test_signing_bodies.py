"""A document two states' districts or regions signed, told with no person as its signer: one meeting of the
officials of those states the text names (sentences written for the test)."""

from tests.extract.test_frames import extract, meetings


def test_regions_that_signed_hold_a_meeting_of_their_named_heads(extractor):
    a = extract(
        extractor,
        "Губернатор Омской области Виталий Хоценко рассказал о связях с соседями. "
        "Омская и Павлодарская области вчера подписали соглашение о сотрудничестве на 2025-2027 годы. "
        "Аким Павлодарской области Асаин Байханов отметил рост товарооборота.",
    )
    assert meetings(a) == [("talks", frozenset({"Виталий Хоценко", "Асаин Байханов"}))]
    assert len(a.meetings[0].documents) == 1


def test_a_signing_of_one_states_bodies_is_no_meeting(extractor):
    a = extract(
        extractor,
        "Губернатор Омской области Виталий Хоценко рассказал о планах. "
        "Омская и Новосибирская области подписали соглашение о сотрудничестве.",
    )
    assert a.meetings == []


def test_a_signing_told_after_a_recall_is_the_recalled_meetings(extractor):
    a = extract(
        extractor,
        "Губернатор Омской области Виталий Хоценко рассказал о связях с соседями. "
        "Напомним, в прошлом году в Павлодаре состоялась встреча делегаций. "
        "Омская и Павлодарская области тогда подписали соглашение о сотрудничестве. "
        "Аким Павлодарской области Асаин Байханов отметил рост товарооборота.",
    )
    assert a.meetings == []


def test_an_announced_signing_is_no_meeting(extractor):
    a = extract(
        extractor,
        "Губернатор Омской области Виталий Хоценко рассказал о связях с соседями. "
        "Омская и Павлодарская области подпишут соглашение о сотрудничестве в следующем году. "
        "Аким Павлодарской области Асаин Байханов отметил рост товарооборота.",
    )
    assert a.meetings == []
