"""A governor who spoke with "the leadership" of another state's region is of the side the text names that is not
the partner's. Sentences written for these tests."""

from tests.extract.readings import posts


def test_the_named_official_is_of_the_side_that_is_not_the_partners(extractor):
    a = extractor.extract(
        "О сотрудничестве между Омской областью и Павлодарской областью Виталий Хоценко поговорил с руководством "
        "Павлодарского областного акимата Республики Казахстан.\n«Нас многое связывает», – отметил губернатор.",
        "t",
    )
    assert posts(a, "Виталий Хоценко") == [("regional_head", "RU")]


def test_the_partner_told_by_the_other_region_gives_the_other_side(extractor):
    a = extractor.extract(
        "О сотрудничестве между Омской областью и Павлодарской областью Асаин Байханов поговорил с руководством "
        "Омской области России.\n«Нас многое связывает», – отметил аким.",
        "t",
    )
    assert posts(a, "Асаин Байханов") == [("regional_head", "KZ")]
