"""A president of a body named by an acronym or in quotes heads that body, not a state; thanks "за теплую
встречу" are for a welcome, not a meeting (sentences written for the test)."""

from tests.extract.readings import posts
from tests.extract.test_frames import extract


def test_a_president_of_an_acronymed_body_holds_no_state_post(extractor):
    for title in ("Президент АКК", "Президент «Казмунайгаза»", "Президент ФХК"):
        a = extract(extractor, f"{title} Роман Ким встретился с послом Японии Акирой Муто.")
        assert posts(a, "Роман Ким") == [], title
    for title, state in (("Президент РФ", "RU"), ("Президент КНР", "CN"), ("Президент РК", "KZ")):
        a = extract(extractor, f"{title} Иван Петров встретился с послом Японии Акирой Муто.")
        assert posts(a, "Иван Петров") == [("head_of_state", state)], title


def test_thanks_for_a_warm_welcome_tell_no_meeting(extractor):
    for welcome in ("теплую встречу", "радушную и гостеприимную встречу", "тёплую встречу"):
        a = extract(
            extractor,
            f"Посол Японии Акира Муто поблагодарил губернатора Приморского края Олега Кожемяко за {welcome}.",
        )
        assert a.meetings == [], welcome
    a = extract(extractor, "Посол Японии Акира Муто провел теплую встречу с губернатором Олегом Кожемяко.")
    assert len(a.meetings) == 1
