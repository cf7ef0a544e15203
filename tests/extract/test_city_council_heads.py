"""The head of a city or regional assembly named with its city's adjective is an official of the assembly's
state. Sentences written for these tests."""

from tests.extract.readings import posts


def test_the_head_of_a_city_duma_named_with_the_citys_adjective(extractor):
    a = extractor.extract(
        "Делегацию провинции Хэйлунцзян принял председатель Новосибирской городской думы Дмитрий Асанцев.",
        "t",
    )
    assert posts(a, "Дмитрий Асанцев") == [("other_official", "RU")]


def test_the_head_of_a_city_council_named_with_a_masculine_adjective(extractor):
    a = extractor.extract(
        "Казахстанскую делегацию встретил председатель Омского горсовета Владимир Корбут.", "t", "RU"
    )
    assert posts(a, "Владимир Корбут") == [("other_official", "RU")]


def test_the_heads_of_a_provincial_duma_and_of_a_regional_audit_chamber(extractor):
    a = extractor.extract(
        "В состав делегации вошли председатель Самарской губернской Думы Виктор Сазонов и председатель "
        "Контрольно-счетной палаты Ростовской области Валерий Хрипун.",
        "t",
        "RU",
    )
    assert posts(a, "Виктор Сазонов") == [("other_official", "RU")]
    assert posts(a, "Валерий Хрипун") == [("other_official", "RU")]
