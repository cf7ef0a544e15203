"""A name ending a headline line ("... премьера Госсовета КНР Ли Цяна\\nПереговоры ..."), abbreviated deputy titles
("замруководителя администрации президента"), a title before a name the reader missed is no one else's description,
and members who "принимают участие" in the talks told (sentences written for the test)."""

from tests.extract.test_frames import extract, meetings
from tests.extract.test_unseen_text_shapes import person_posts


def test_a_name_at_the_end_of_a_headline_line(extractor):
    a = extract(
        extractor,
        "Путин принял в Кремле премьера Госсовета КНР Ли Цяна\nПереговоры начались после церемонии. Ли Цян "
        "прибыл в Россию накануне.",
    )
    assert ("talks", frozenset({"Путин", "Ли Цян"})) in meetings(a)


def test_an_abbreviated_deputy_title_is_no_head_of_state(extractor):
    a = extract(
        extractor, "В переговорах участвовал замруководителя администрации президента Максим Орешкин."
    )
    assert {role for role, _ in person_posts(a)["Максим Орешкин"]} == {"other_official"}


def test_members_taking_part_in_the_present_join_the_talks(extractor):
    a = extract(
        extractor,
        "Президент России Владимир Путин провел переговоры с премьером Госсовета КНР Ли Цяном. От российской "
        "стороны в переговорах также принимают участие министр финансов Антон Силуанов и помощник президента "
        "Юрий Ушаков.",
    )
    assert meetings(a) == [
        ("talks", frozenset({"Владимир Путин", "Ли Цян", "Антон Силуанов", "Юрий Ушаков"}))
    ]
