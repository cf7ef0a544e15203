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


def test_the_delegation_heads_named_after_a_sitting_told_in_passing_are_its_sides(extractor):
    a = extract(
        extractor,
        "В Ереване начала работу группа экспертов в рамках 9-го заседания межправительственной комиссии "
        "Армении и Ирана. Армянскую делегацию возглавляет вице-премьер Мгер Григорян, иранскую – министр "
        "дорог Мехрдад Базрпаш.",
    )
    assert meetings(a) == [("session", frozenset({"Мгер Григорян", "Мехрдад Базрпаш"}))]


def test_those_who_took_part_in_a_signing_told_without_signers_are_its_sides(extractor):
    a = extract(
        extractor,
        "3 мая в Казани подписан меморандум о сотрудничестве между Татарстаном и провинцией Цзянсу. В "
        "мероприятии приняли участие вице-премьер Татарстана Ильдар Гилязов и вице-губернатор провинции "
        "Цзянсу Ма Синьжуй.",
    )
    assert meetings(a) == [("talks", frozenset({"Ильдар Гилязов", "Ма Синьжуй"}))]


@pytest.mark.parametrize(
    "text",
    [
        "Сегодня в Риге министр Иван Петров провел переговоры с министром Латвии Андрисом Спрудсом. Стороны "
        "подписали соглашение о сотрудничестве в области образования.",
        # a relative clause's "должна" is the document's purpose, not an intent of signing it
        "3 мая в Минске состоялось заседание Совета коллективной безопасности ОДКБ с участием президента Беларуси "
        "Александра Лукашенко и президента Казахстана Касым-Жомарта Токаева. Утверждена декларация Совета "
        "коллективной безопасности, которая должна подчеркнуть принципы работы организации.",
        # "впервые в истории", "впервые за N лет": news, no recall
        "Впервые в истории области подписано соглашение о дружбе между Правительством Омской области и Народным "
        "правительством провинции Хэнань. Соглашение подписали губернатор Омской области Виталий Хоценко и "
        "губернатор провинции Хэнань Ван Кай.",
        "Впервые за десять лет подписано соглашение о дружбе между Правительством Омской области и Народным "
        "правительством провинции Хэнань. Соглашение подписали губернатор Омской области Виталий Хоценко и "
        "губернатор провинции Хэнань Ван Кай.",
    ],
)
def test_a_document_signed_or_adopted_is_read(extractor, text):
    assert [len(m.documents) for m in extract(extractor, text).meetings] == [1]


def test_a_visitor_who_signs_with_no_named_host_met_his_hosts(extractor):
    a = extract(
        extractor,
        "3 мая подписано соглашение об установлении дружественных отношений между Правительством Омской "
        "области и Народным правительством провинции Хэнань.\n\nТоварооборот вырос вдвое, отметил губернатор "
        "Омской области Виталий Хоценко, который сейчас находится с рабочим визитом в КНР.",
    )
    assert [(m.kind, m.visit.host if m.visit else None) for m in a.meetings] == [("talks", "CN")]


def test_those_who_took_part_in_the_gathering_told_again_as_a_meeting_are_at_it(extractor):
    a = extract(
        extractor,
        "Президент Казахстана Касым-Жомарт Токаев в режиме видеоконференции принял участие в заседании Совета "
        "глав государств СНГ. Во встрече, прошедшей под председательством Президента Таджикистана Эмомали "
        "Рахмона, приняли участие Президент Беларуси Александр Лукашенко и Президент Узбекистана Шавкат "
        "Мирзиёев.",
    )
    assert [(m.kind, len(m.participants)) for m in a.meetings] == [("summit", 4)]


@pytest.mark.parametrize(
    "text",
    [
        "Председатель Сената Маулен Ашимбаев находится с официальным визитом во Вьетнаме. 24 мая пройдут "
        "двусторонние встречи. Маулен Ашимбаев встретится с президентом Вьетнама То Ламом и премьер-министром "
        "Вьетнама Фам Минь Тинем.",
        "24 мая в Ханое председатель Сената Маулен Ашимбаев встретился с президентом Вьетнама То Ламом, а также "
        "с премьер-министром Вьетнама Фам Минь Тинем.",
    ],
)
def test_bilateral_meetings_told_before_or_a_repeated_preposition_give_one_meeting_each(extractor, text):
    assert sorted(len(ps) for _, ps in meetings(extract(extractor, text))) == [2, 2]
