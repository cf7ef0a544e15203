"""A meeting its own participle dates back, earlier the same week, the sitting of a forum whatever its
prefix, and the head of a delegation told in the present (sentences written for the test)."""

from tests.extract.test_frames import extract, meetings


def test_a_meeting_recently_held_is_recalled_not_the_news(extractor):
    a = extract(
        extractor,
        "Президент Киргизии Садыр Жапаров принял посла Индии Бирендра Сингха Ядава. Стороны отметили, что на "
        "недавно состоявшейся встрече президента Киргизии Садыра Жапарова с премьер-министром Индии Нарендрой "
        "Моди в Нью-Дели была достигнута договоренность о прямом авиасообщении.\n",
    )
    assert len(a.meetings) == 1
    a = extract(
        extractor,
        "Итоги ранее прошедших переговоров министра энергетики Казахстана Алмасадама Саткалиева с министром "
        "энергетики Азербайджана Парвизом Шахбазовым обсуждали в Баку.\n",
    )
    assert a.meetings == []


def test_earlier_on_a_weekday_is_the_news_of_these_days(extractor):
    a = extract(
        extractor,
        "Министр иностранных дел Армении Арарат Мирзоян прибыл в Эр-Рияд. Ранее в четверг он провел переговоры "
        "с министром иностранных дел Кувейта Абдаллой аль-Яхьей в Эль-Кувейте.\n",
    )
    assert ("talks", frozenset({"Арарат Мирзоян", "Абдалла аль-Яхья"})) in meetings(a)


def test_a_sitting_of_a_business_forum_is_the_forum(extractor):
    a = extract(
        extractor,
        "Губернатор Свердловской области Денис Паслер выступил на пленарном заседании российско-индийского "
        "бизнес-форума в Мумбаи.\n",
    )
    assert [m.kind for m in a.meetings] == ["forum"]


def test_the_head_of_a_delegation_told_in_the_present_is_at_the_forum(extractor):
    a = extract(
        extractor,
        "Министр экономики Белоруссии Юрий Чеботарь принял участие в пленарном заседании бизнес-форума в Ханое. "
        "В Ханое находится белорусская делегация, которую возглавляет премьер-министр Белоруссии Роман "
        "Головченко. От вьетнамской стороны в пленарном заседании белорусско-вьетнамского бизнес-форума "
        "участие принимает премьер-министр Вьетнама Фам Минь Тьинь.\n",
    )
    assert len(a.meetings) == 1
    assert {a.persons[k].name for k in a.meetings[0].participants} == {
        "Юрий Чеботарь",
        "Роман Головченко",
        "Фам Минь Тьинь",
    }
