"""Who the guest of a visit is, of which kind and where (kg/extract/visits.py), on sentences written here."""

import pytest

from kg.extract.model import Span
from kg.extract.namecases import split_by_case
from tests.extract.test_frames import extract


def _visits(article):
    """(visitor, kind, host) of each meeting's visit."""
    return [
        (article.persons[m.visit.visitor].name, m.visit.kind, m.visit.host) if m.visit else None
        for m in article.meetings
    ]


def test_a_head_named_by_the_state_alone_is_the_visitor(extractor):
    a = extract(
        extractor,
        "15 марта в Душанбе начались переговоры президентов Таджикистана Эмомали Рахмона и Казахстана "
        "Касым-Жомарта Токаева. Глава Казахстана прибыл в Таджикистан с государственным визитом.",
    )
    assert _visits(a) == [("Касым-Жомарт Токаев", "state_visit", "TJ")]


def test_the_visitor_of_a_relative_clause_is_the_noun_it_describes(extractor):
    a = extract(
        extractor,
        "20 апреля премьер-министр Литвы Ингрида Шимоните встретилась с министром иностранных дел Польши "
        "Радославом Сикорским, который находится в Вильнюсе с официальным визитом.",
    )
    assert _visits(a) == [("Радослав Сикорский", "official_visit", "LT")]


def test_the_phrase_that_holds_the_visit_is_not_its_destination(extractor):
    a = extract(
        extractor,
        "Во второй день официального визита президента Казахстана Касым-Жомарта Токаева Италия показала "
        "гостю свои верфи. 5 июня Токаев встретился с премьер-министром Италии Джорджей Мелони в Риме.",
    )
    assert _visits(a) == [("Касым-Жомарт Токаев", "official_visit", "IT")]


def test_a_visit_of_a_delegation_is_its_member_from_that_state(extractor):
    a = extract(
        extractor,
        "В рамках визита делегации Кыргызстана в Баку 3 мая состоялась встреча президента Азербайджана "
        "Ильхама Алиева с министром иностранных дел Кыргызстана Жээнбеком Кулубаевым.",
    )
    assert _visits(a) == [("Жээнбек Кулубаев", "visit", "AZ")]


def test_the_kind_of_a_visit_may_be_told_after_it(extractor):
    a = extract(
        extractor,
        "7 октября президент Узбекистана Шавкат Мирзиёев прибыл в Венгрию с визитом и провел переговоры с "
        "премьер-министром Венгрии Виктором Орбаном. Это первое государственное посещение главы Узбекистана "
        "в эту страну.",
    )
    assert _visits(a) == [("Шавкат Мирзиёев", "state_visit", "HU")]


def test_a_visit_recalled_later_does_not_take_the_meeting_over(extractor):
    a = extract(
        extractor,
        "9 ноября президент Кыргызстана Садыр Жапаров провел в Париже переговоры с президентом Франции "
        "Эммануэлем Макроном в ходе своего официального визита во Францию. Жапаров назвал прошлогодний "
        "визит французского лидера в Бишкек важным.",
    )
    assert _visits(a) == [("Садыр Жапаров", "official_visit", "FR")]


def test_a_visitor_from_the_host_state_gives_way_to_the_guest(extractor):
    a = extract(
        extractor,
        "Сегодня в Кишиневе президент Молдовы Майя Санду приняла министра иностранных дел Эстонии Маргуса "
        "Цахкну. Санду поблагодарила за визит и отметила, что визит демонстрирует поддержку.",
    )
    assert all(v is None or v[0] == "Маргус Цахкна" for v in _visits(a))


def test_a_stop_on_a_trip_is_no_visit_of_its_own(extractor):
    a = extract(
        extractor,
        "11 июля президент Вьетнама То Лам провел переговоры с президентом Беларуси Александром Лукашенко "
        "в Минске. Затем состоялось посещение завода.",
    )
    assert _visits(a) == [None]


@pytest.mark.parametrize(
    "text, names",
    [
        ("Геннадием Новицким Абдул Калам", ["Геннадием Новицким", "Абдул Калам"]),
        ("Ильхамом Алиевым Владимир Путин", ["Ильхамом Алиевым", "Владимир Путин"]),
        ("Мохаммедом бин Салманом Аль Саудом", ["Мохаммедом бин Салманом Аль Саудом"]),
        ("Мохаммед Ахмед Али", ["Мохаммед Ахмед Али"]),
        ("Касым-Жомартом Токаевым", ["Касым-Жомартом Токаевым"]),
    ],
)
def test_a_name_that_can_only_be_oblique_ends_before_a_nominative_first_name(text, names):
    assert [text[p.start : p.stop] for p in split_by_case(text, Span(0, len(text)))] == names


def test_a_deputy_chairman_written_short_is_a_deputy_head_of_government(extractor):
    a = extract(
        extractor,
        "Зампред кабинета министров Туркменистана Рашид Мередов 4 июня провел встречи с министром "
        "иностранных дел Катара Мохаммедом Аль Тани и министром энергетики Катара Саадом Аль Кааби.",
    )
    roles = {(p.name, post.role) for p in a.persons.values() for post in p.posts}
    assert ("Рашид Мередов", "deputy_head_of_government") in roles
    assert len(a.meetings) == 2


def _meetings(article):
    return [(m.kind, sorted(article.persons[k].name for k in m.participants)) for m in article.meetings]


def test_who_comments_on_a_meeting_is_not_at_it(extractor):
    a = extract(
        extractor,
        "Баку, 16 июля 2024 года. Министр иностранных дел Турции Хакан Фидан приветствовал встречу министров "
        "иностранных дел Армении и Азербайджана Арарата Мирзояна и Джейхуна Байрамова в Алматы.",
    )
    assert all("Хакан Фидан" not in names for _, names in _meetings(a))


def test_the_previous_meeting_is_recalled(extractor):
    a = extract(
        extractor,
        "Алматы, 16 июля. Министры иностранных дел Армении Арарат Мирзоян и Азербайджана Джейхун Байрамов "
        "провели переговоры. Предыдущая встреча глав МИД Армении и Азербайджана при участии их российского "
        "коллеги Сергея Лаврова состоялась в Душанбе.",
    )
    assert all(names != ["Сергей Лавров"] for _, names in _meetings(a))


def test_a_visit_with_no_place_is_to_the_other_sides_state(extractor):
    a = extract(
        extractor,
        "5 мая министр иностранных дел Узбекистана Бахтиёр Саидов, находящийся с рабочим визитом, "
        "встретился с министром иностранных дел Японии Ёко Камикавой.",
    )
    assert _visits(a) == [("Бахтиёр Саидов", "working_visit", "JP")]


def test_a_delegation_led_by_someone_is_his_visit(extractor):
    a = extract(
        extractor,
        "12 мая Липецкую область посетила делегация из Таджикистана во главе с председателем Хатлонской "
        "области Давлатшохом Гулмахмадзода.",
    )
    assert {(a.persons[v.visitor].name, v.host) for v in a.visits} == {("Давлатшох Гулмахмадзода", "RU")}
