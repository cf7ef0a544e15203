"""A past-tense verb glued to a surname by a missing space is cut off the name; a Georgian surname that ends in
letters a verb could take stays whole. Sentences written for these tests."""


def names(article):
    return sorted(p.name for p in article.persons.values())


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
