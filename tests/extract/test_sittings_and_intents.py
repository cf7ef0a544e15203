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


@pytest.mark.parametrize(
    "text",
    [
        "Ушаков: встреча Путина с Трампом возможна только после подготовки документа",
        "Эрдоган: переговоры президента Азербайджана Ильхама Алиева и премьер-министра Армении Никола Пашиняна "
        "возможны в Стамбуле",
        "Встреча президента Армении Ваагна Хачатуряна с президентом Ирана Масудом Пезешкианом необходима, "
        "заявил посол.",
    ],
)
def test_a_meeting_only_possible_or_needed_is_not_held(extractor, text):
    assert meetings(extract(extractor, text)) == []


def test_a_document_that_should_do_something_is_still_adopted(extractor):
    a = extract(
        extractor,
        "3 мая в Минске состоялось заседание Совета коллективной безопасности ОДКБ с участием президента "
        "Беларуси Александра Лукашенко и президента Казахстана Касым-Жомарта Токаева. Утверждена декларация "
        "Совета коллективной безопасности, которая должна подчеркнуть принципы работы организации.",
    )
    assert [len(m.documents) for m in a.meetings] == [1]
