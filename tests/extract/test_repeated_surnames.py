"""A page that flattens a tooltip into the text repeats a surname after the name ("Ильяс Умаханов Умаханов"): no one
is named with a doubled word, so the name ends at its first telling (sentences written for the test)."""

from tests.extract.test_frames import extract
from tests.extract.test_unseen_text_shapes import person_posts


def test_a_repeated_surname_is_told_once(extractor):
    a = extract(
        extractor,
        "В беседе принял участие заместитель министра иностранных дел России Андрей Руденко Руденко.",
    )
    assert "Андрей Руденко" in person_posts(a)
    assert "Андрей Руденко Руденко" not in person_posts(a)
