"""Two titles joined by "и" before one name, with a plural verb, are two people even when the second title has an
adjective before it ("и генеральный директор ЮНЕСКО X подписали"): the name holds the second title only. The
International Organisation of La Francophonie is an international body (sentences written for the test)."""

from tests.extract.test_frames import extract
from tests.extract.test_unseen_text_shapes import person_posts


def test_the_name_after_an_adjectival_second_title_holds_that_title(extractor):
    a = extract(
        extractor,
        "Министр культуры Грузии и генеральный директор ЮНЕСКО Одри Азуле подписали меморандум в Париже.",
    )
    assert person_posts(a)["Одри Азуле"] == {("head_of_international_organization", None)}


def test_one_holder_of_two_titles_keeps_both_with_a_singular_verb(extractor):
    a = extract(
        extractor,
        "Вице-премьер и министр иностранных дел Бельгии Максим Прево провел встречу с послом Китая.",
    )
    assert ("foreign_minister", "BE") in person_posts(a)["Максим Прево"]


def test_the_francophonie_is_an_international_body_and_no_part_of_a_name(extractor):
    a = extract(
        extractor,
        "Министр иностранных дел Армении Арарат Мирзоян и генеральный секретарь международной организации "
        "Франкофонии Жан-Пьер Мартен подписали соглашение.",
    )
    assert person_posts(a)["Жан-Пьер Мартен"] == {("head_of_international_organization", None)}
