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
