"""A title that is a gerund's object, set off by a comma, is not the title of the name that opens the clause.
Sentences written for these tests."""

from tests.extract.readings import posts


def test_the_object_of_a_gerund_is_not_the_subjects_title(extractor):
    a = extractor.extract(
        "Провожая нового посла, Токаев пожелал ему успехов. Президент Казахстана Касым-Жомарт Токаев провел "
        "совещание.",
        "t",
    )
    assert ("ambassador", None) not in posts(a, "Касым-Жомарт Токаев")
    assert all(role != "ambassador" for role, _ in posts(a, "Касым-Жомарт Токаев"))
