"""A sitting whose delegations are named after it, the state of a delegation head told by a gapped adjective,
and documents only intended (sentences written for the test)."""

import pytest

from tests.extract.test_frames import extract, meetings
from tests.extract.test_unseen_text_shapes import person_posts


@pytest.mark.parametrize("where", ["на переговорах", "на заседании"])
def test_the_delegations_named_after_a_sitting_are_its_sides(extractor, where):
    a = extract(
        extractor,
        "Сегодня в Гродно началось 5-е заседание белорусско-литовской межправительственной комиссии по "
        f"торговле. Белорусскую делегацию {where} возглавляет вице-премьер Иван Петров, литовскую - министр "
        "экономики Йонас Йонайтис.",
    )
    assert meetings(a) == [("session", frozenset({"Иван Петров", "Йонас Йонайтис"}))]
    assert person_posts(a)["Йонас Йонайтис"] == {("minister", "LT")}


def test_the_state_of_each_delegation_head_by_its_adjective(extractor):
    a = extract(
        extractor,
        "Армянскую делегацию на переговорах возглавлял министр экономики Ваан Керобян, грузинскую делегацию — "
        "министр финансов Лаша Хуцишвили.",
    )
    posts = person_posts(a)
    assert posts["Ваан Керобян"] == {("minister", "AM")}
    assert posts["Лаша Хуцишвили"] == {("minister", "GE")}


@pytest.mark.parametrize("intent", ["намерены подписать", "готовы подписать", "должны подписать"])
def test_documents_the_sides_only_intend_to_sign_are_not_signed(extractor, intent):
    a = extract(
        extractor,
        "Сегодня в Риге министр Иван Петров провел переговоры с министром Латвии Андрисом Спрудсом. "
        f"Стороны {intent} соглашение о сотрудничестве в области образования.",
    )
    assert [m.documents for m in a.meetings] == [[]]


def test_a_document_signed_is_still_read(extractor):
    a = extract(
        extractor,
        "Сегодня в Риге министр Иван Петров провел переговоры с министром Латвии Андрисом Спрудсом. "
        "Стороны подписали соглашение о сотрудничестве в области образования.",
    )
    assert [len(m.documents) for m in a.meetings] == [1]
