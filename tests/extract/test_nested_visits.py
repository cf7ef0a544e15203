"""A visit three nouns below its verb ("признательность за помощь в организации визита") is a thing talked of: the
sentence's subject is not its visitor. Sentences written for these tests."""


def test_thanks_for_organising_a_visit_make_no_visitor(extractor):
    a = extractor.extract(
        "В Омске с двухдневным визитом находятся послы Индии и Китая. Губернатор Виталий Хоценко выразил "
        "признательность за помощь в организации и сопровождении визита.",
        "t",
    )
    assert all(v.visitor != "виталий хоценко" for v in a.visits)


def test_a_framed_visit_keeps_its_visitor(extractor):
    a = extractor.extract(
        "В рамках визита в Китай губернатор Омской области Виталий Хоценко встретился с губернатором провинции "
        "Хэйлунцзян Лян Хуэйлином.",
        "t",
    )
    assert [(v.visitor, v.host) for v in a.visits][:1] == [("виталий хоценко", "CN")]
