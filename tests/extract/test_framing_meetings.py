"""A meeting told as the occasion of an invitation ("Во время встречи с Y X пригласил ...") was held; a visit in
whose course something "планируется" is still a plan (sentences written for the test)."""

from tests.extract.test_frames import extract, meetings


def test_a_meeting_framing_an_invitation_was_held(extractor):
    a = extract(
        extractor,
        "Во время встречи губернатора Ханты-Мансийского автономного округа Натальи Комаровой с председателем "
        "Национального собрания Венгрии Ласло Кёвером венгерская сторона пригласила студентов принять участие в "
        "программе обмена.",
    )
    assert meetings(a) == [("talks", frozenset({"Наталья Комарова", "Ласло Кёвер"}))]


def test_a_visit_framing_what_is_planned_is_a_plan(extractor):
    a = extract(
        extractor,
        "В рамках визита туркменской делегации в Астрахань планируется насыщенный график мероприятий.",
    )
    assert a.visits == []
