"""Talks between the host state's officials and one other state's, in a text that tells a visit elsewhere,
are part of that visit (sentences written for the test)."""

import pytest

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
    (visit,) = visits(a)
    assert visit is None or visit[1:] == ("Ильхам Алиев", "KZ")


def test_visits_told_in_the_plural_make_no_visit(extractor):
    a = extract(
        extractor,
        "В Ташкенте министр иностранных дел Узбекистана Бахтиёр Саидов провел переговоры с послом Японии "
        "Хатори Такаси. Стороны отметили, что регулярные взаимные визиты укрепляют доверие.",
    )
    (visit,) = visits(a)
    assert visit is None or visit[1:] == ("Ильхам Алиев", "KZ")


def test_a_partner_whose_state_is_untold_is_the_guest_beside_the_hosts_officials(extractor):
    a = extract(
        extractor,
        "Делегация Республики Корея находится с визитом в Японии.\n\n"
        "В Токио министр иностранных дел Японии Ёко Камикава провела переговоры с Чо Тэ Юлем. "
        "Стороны обсудили торговлю.",
    )
    assert visits(a) == [("visit", "Чо Тэ Юль", "JP")]


def test_a_partner_whose_state_is_untold_is_the_host_beside_a_guest(extractor):
    a = extract(
        extractor,
        "Мэр Анкары Мансур Яваш прибыл в Татарстан с рабочим визитом.\n\n"
        "В Казани Мансура Яваша принял Рустам Минниханов. Обсуждались вопросы туризма.",
    )
    assert visits(a) == [("working_visit", "Мансур Яваш", "RU")]


def test_a_state_in_the_visitors_title_is_not_where_he_went(extractor):
    a = extract(
        extractor,
        "Президент Азербайджана Ильхам Алиев прибыл с визитом. Ильхам Алиев встретился с премьер-министром "
        "Казахстана Олжасом Бектеновым.",
    )
    (visit,) = visits(a)
    assert visit is None or visit[1:] == ("Ильхам Алиев", "KZ")


def test_a_sitting_abroad_with_one_named_guest_is_part_of_the_visit(extractor):
    a = extract(
        extractor,
        "Министр иностранных дел Азербайджана Джейхун Байрамов прибыл в Астану с рабочим визитом.\n\n"
        "В Астане Джейхун Байрамов принял участие в заседании Совета министров иностранных дел СНГ.",
    )
    assert visits(a) == [("working_visit", "Джейхун Байрамов", "KZ")]


def test_the_welcome_ceremony_tells_a_visit(extractor):
    a = extract(
        extractor,
        "Сегодня в Ашхабаде состоялась церемония официальной встречи президента Узбекистана Шавката "
        "Мирзиёева и президента Туркменистана Сердара Бердымухамедова. Затем президенты провели переговоры "
        "в узком формате.",
    )
    assert ("visit", "Шавкат Мирзиёев", "TM") in visits(a)


def test_a_meeting_of_delegations_during_a_visit_is_the_visitors(extractor):
    a = extract(
        extractor,
        "В российский регион с визитом прибыла делегация под руководством акима Костанайской области Кумара "
        "Аксакалова. Главным событием дня стала встреча официальных делегаций двух областей.",
    )
    assert [(m.kind, [a.persons[p].name for p in m.participants]) for m in a.meetings] == [
        ("talks", ["Кумар Аксакалов"])
    ]
    assert visits(a) == [("visit", "Кумар Аксакалов", "RU")]


@pytest.mark.parametrize("place, host", [("российский регион", "RU"), ("китайскую провинцию", "CN")])
def test_a_states_adjective_before_a_place_noun_is_the_visits_host(extractor, place, host):
    a = extract(
        extractor, f"3 мая в {place} с рабочим визитом прибыл министр экономики Армении Геворг Папоян."
    )
    assert [v.host for v in a.visits][:1] == [host]
