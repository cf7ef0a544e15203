""" "Дж." is the initial of English names in "Дж" ("Дж.Фернандес", "Дж. Керри"): a name told after it is the person
told before in full (sentences written for the test)."""

from tests.extract.test_frames import extract, meetings


def test_a_glued_two_letter_initial_names_the_person_told_before(extractor):
    a = extract(
        extractor,
        "Госсекретарь США Джон Керри прибыл в Женеву. Дж.Керри провел переговоры с министром иностранных дел "
        "России Сергеем Лавровым.",
    )
    kerry = next(p for p in a.persons.values() if p.name == "Джон Керри")
    assert [m.text for m in kerry.mentions] == ["Джон Керри", "Дж.Керри"]
    assert ("talks", frozenset({"Джон Керри", "Сергей Лавров"})) in meetings(a)
