"""A Hispanic name of two given names and two surnames is one person; a pictograph glued between words as a bullet
ends the line; heads of "ведомства" in the plural are ministers of the states named; a city after "в" inside a
title is where its holders are, not whose they are. Sentences written for these tests."""

from kg.extract.typography import repair
from tests.extract.readings import names, posts


def test_two_given_names_and_two_surnames_are_one_person(extractor):
    a = extractor.extract(
        "Министр науки России Валерий Фальков и глава МИД Колумбии Хорхе Хальберто Арриага Кастро обсудили "
        "сотрудничество в науке.",
        "t",
    )
    assert "Хорхе Хальберто Арриага Кастро" in names(a)
    assert [sorted(m.participants) for m in a.meetings] == [
        ["валерий фальков", "хорхе хальберто арриага кастро"]
    ]


def test_an_oblique_name_beside_a_nominative_one_stays_two(extractor):
    a = extractor.extract(
        "После беседы с послом Мохаммедом Алави Айгерим Сатыбалдиева отметила рост торговли.", "t"
    )
    assert {"Мохаммед Алави", "Айгерим Сатыбалдиева"} <= set(names(a))


def test_a_glued_bullet_ends_the_line_and_keeps_the_offsets():
    text = "встретился с Игорем Петровым🔵Особое внимание ✔️Итоги и 🙂 улыбка"
    repaired = repair(text)
    assert len(repaired) == len(text)
    assert "Петровым\nОсобое" in repaired
    assert "🙂 улыбка" in repaired  # a pictograph between spaces is left alone


def test_heads_of_agencies_in_the_plural_are_the_ministers_of_each_state(extractor):
    a = extractor.extract(
        "В Астане прошла встреча руководителей аграрных ведомств Казахстана и Узбекистана Айдарбека Сапарова и "
        "Ибрагима Абдурахмонова.",
        "t",
    )
    assert posts(a, "Айдарбек Сапаров") == [("minister", "KZ")]
    assert posts(a, "Ибрагим Абдурахмонов") == [("minister", "UZ")]


def test_a_city_after_v_in_a_title_places_the_meeting_and_gives_no_state(extractor):
    a = extractor.extract(
        "На совещании руководителей пограничных ведомств государств СНГ в г. Бишкеке Ильхам Алиев-младший и "
        "Тимур Жунусов подписали протокол о сотрудничестве.",
        "t",
    )
    for person in a.persons.values():
        assert all(p.country != "KG" for p in person.posts), person.name
    assert [(m.city, m.country) for m in a.meetings] == [("Бишкек", "KG")]
