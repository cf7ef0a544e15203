"""A past-tense verb glued to a surname by a missing space is cut off the name; a Georgian surname that ends in
letters a verb could take stays whole; a declined East Asian name and the family name after it are two people.
Sentences written for these tests."""

from tests.extract.readings import names


def test_a_verb_glued_to_the_surname_is_no_part_of_the_name(extractor):
    a = extractor.extract(
        "Президент Казахстана Касым-Жомарт Токаевпринял в Акорде министра иностранных дел Турции Хакана Фидана.",
        "t",
    )
    assert "Касым-Жомарт Токаев" in names(a)


def test_a_long_surname_stays_whole(extractor):
    a = extractor.extract(
        "Министр иностранных дел Грузии Ираклий Менагаришвили встретился с послом Армении Ашотом Смбатяном.",
        "t",
    )
    assert "Ираклий Менагаришвили" in names(a)


def test_a_declined_east_asian_name_and_the_next_one_are_two_people(extractor):
    a = extractor.extract(
        "От имени председателя КНР Си Цзиньпина Ван Хунин, в свою очередь, поблагодарил за прием.", "t"
    )
    assert {"Си Цзиньпин", "Ван Хунин"} <= set(names(a))
