"""A bare "страны" closing a title is the one state the sentence named before it; with two states named, or
"нашей страны", it is not read so. Sentences written for these tests."""

from tests.extract.readings import posts


def test_the_country_is_the_state_the_sentence_named(extractor):
    a = extractor.extract(
        "Вьетнам ждет больше российских инвесторов, заявил журналистам министр планирования и инвестиций страны "
        "Нгуен Ти Зунг.",
        "t",
    )
    assert posts(a, "Нгуен Ти Зунг") == [("minister", "VN")]


def test_two_states_named_before_leave_the_country_open(extractor):
    a = extractor.extract(
        "В Каире министр сельского хозяйства России Оксана Лут встретилась с министром торговли страны "
        "Ахмедом Самиром.",
        "t",
    )
    assert ("minister", "RU") not in posts(a, "Ахмед Самир")
