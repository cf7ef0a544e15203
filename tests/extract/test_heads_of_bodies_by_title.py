"""A president told by an international body or a parliament ("президента ЕП", "президента МОК") is that body's
head, not the head of a state named before. Sentences written for these tests."""


def meetings(article):
    return [sorted(article.persons[k].name for k in m.participants) for m in article.meetings]


def test_the_president_of_a_parliament_told_by_its_abbreviation_is_its_speaker(extractor):
    a = extractor.extract(
        "Президент Европейского парламента Роберта Метсола прибыла в Афины, где её принял президент Греции "
        "Константинос Тасулас. Затем состоялась встреча президента ЕП с председателем парламента Греции Никитасом "
        "Какламанисом.",
        "t",
    )
    assert ["Никитас Какламанис", "Роберта Метсола"] in meetings(a)
    assert ["Константинос Тасулас", "Никитас Какламанис"] not in meetings(a)


def test_the_president_of_a_state_told_by_the_state_stays_the_states(extractor):
    a = extractor.extract(
        "Президент Европейского парламента Роберта Метсола прибыла в Афины, где её принял президент Греции "
        "Константинос Тасулас. Затем состоялась встреча президента Греции с председателем Еврокомиссии Урсулой "
        "фон дер Ляйен.",
        "t",
    )
    assert ["Константинос Тасулас", "Урсула фон дер Ляйен"] in meetings(a)
