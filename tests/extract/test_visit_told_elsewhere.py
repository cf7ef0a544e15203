"""Talks between the host state's officials and one other state's, in a text that tells a visit elsewhere,
are part of that visit (sentences written for the test)."""

from tests.extract.test_frames import extract


def visits(article):
    return [
        (m.visit.kind, article.persons[m.visit.visitor].name, m.visit.host) if m.visit else None
        for m in article.meetings
    ]


def test_talks_in_the_host_state_join_the_visit_told_before(extractor):
    a = extract(
        extractor,
        "Министр иностранных дел Вьетнама Буй Тхань Сон находится в Венгрии с официальным визитом.\n\n"
        "В Будапеште министр иностранных дел и внешней торговли Венгрии Петер Сийярто провел переговоры с "
        "Буй Тхань Соном. Стороны обсудили торговлю и инвестиции.",
    )
    assert visits(a) == [("official_visit", "Буй Тхань Сон", "HU")]


def test_the_place_the_visitor_arrived_at_is_the_host(extractor):
    a = extract(
        extractor,
        "Глава армянского парламента прибыл в Таллин с рабочим визитом.\n\n"
        "Председатель Национального собрания Армении Ален Симонян провел переговоры с премьер-министром "
        "Эстонии Кристеном Михалом. Обсуждались вопросы образования.",
    )
    assert visits(a) == [("working_visit", "Ален Симонян", "EE")]
    assert a.meetings[0].country == "EE"


def test_an_invitation_to_visit_makes_no_visit(extractor):
    a = extract(
        extractor,
        "В Баку президент Азербайджана Ильхам Алиев принял министра иностранных дел Хорватии Гордана "
        "Грлича Радмана. Ильхам Алиев пригласил президента Хорватии посетить Азербайджан с официальным "
        "визитом.",
    )
    assert visits(a) == [None]


def test_visits_told_in_the_plural_make_no_visit(extractor):
    a = extract(
        extractor,
        "В Ташкенте министр иностранных дел Узбекистана Бахтиёр Саидов провел переговоры с послом Японии "
        "Хатори Такаси. Стороны отметили, что регулярные взаимные визиты укрепляют доверие.",
    )
    assert visits(a) == [None]
