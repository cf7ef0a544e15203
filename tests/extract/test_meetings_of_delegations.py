"""The meeting of two delegations a text tells with only one side's head named (texts written for the test)."""

from tests.extract.test_frames import extract


def test_the_one_head_of_a_delegation_held_the_delegations_meeting(extractor):
    a = extract(
        extractor,
        "Казахстан и Грузия расширят сотрудничество в сфере транспорта: договоренности достигнуты в ходе встречи "
        "делегаций двух стран в Тбилиси.\n"
        "В рамках визита казахстанская делегация во главе с вице-министром транспорта Казахстана Талгатом "
        "Ластаевым посетила порт Поти.\n",
    )
    assert [(m.kind, sorted(a.persons[k].name for k in m.participants)) for m in a.meetings] == [
        ("talks", ["Талгат Ластаев"])
    ]
    assert (a.meetings[0].country, a.meetings[0].city) == ("GE", "Тбилиси")


def test_a_joint_bodys_sitting_is_a_session_and_a_domestic_one_is_none(extractor):
    a = extract(
        extractor,
        "Визит белорусской делегации во главе с министром лесного хозяйства Беларуси Александром Кулиничем проходит "
        "в Карелии. В ходе визита состоялось заседание совместной рабочей группы по лесному хозяйству.\n",
    )
    assert [m.kind for m in a.meetings] == ["session"]
    b = extract(
        extractor,
        "Посол Индии намерен посетить Иркутск. Об этом говорили на заседании рабочей группы по сотрудничеству с "
        "индийскими штатами. Позже город посетит делегация во главе с министром Дмитрием Авдеевым.\n",
    )
    assert b.meetings == []


def test_a_leaders_visit_with_documents_signed_is_a_meeting_even_as_a_plain_visit(extractor):
    a = extract(
        extractor,
        "В Ханой прибыл король Таиланда Маха Вачиралонгкорн для подписания соглашения о торговле. Также страны "
        "подписали несколько соглашений о сотрудничестве в сфере туризма.\n",
    )
    assert [sorted(a.persons[k].name for k in m.participants) for m in a.meetings] == [
        ["Маха Вачиралонгкорн"]
    ]


def test_a_visitors_own_delegation_does_not_hide_his_visit_meeting(extractor):
    a = extract(
        extractor,
        "В понедельник президент Молдовы Майя Санду прибыла с государственным визитом в Грузию. Депутат парламента "
        "Молдовы Игорь Гросу вошел в состав делегации. Стороны подписали декларацию о стратегическом "
        "партнерстве.\n",
    )
    assert any(
        "Майя Санду" in {a.persons[k].name for k in m.participants} and m.country == "GE" for m in a.meetings
    )
