"""The head of a city or regional assembly named with its city's adjective is an official of the assembly's
state. Sentences written for these tests."""

from tests.extract.readings import posts


def test_the_head_of_a_city_duma_named_with_the_citys_adjective(extractor):
    a = extractor.extract(
        "Делегацию провинции Хэйлунцзян принял председатель Новосибирской городской думы Дмитрий Асанцев.",
        "t",
    )
    assert posts(a, "Дмитрий Асанцев") == [("other_official", "RU")]
