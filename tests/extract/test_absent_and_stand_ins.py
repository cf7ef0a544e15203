"""A person the text says stays away is no participant; whoever stands in for him is. Sentences written for these
tests."""

from tests.extract.readings import participants


def test_the_stand_in_replaces_the_absent_leader(extractor):
    a = extractor.extract(
        "В Минске проходит заседание Совета глав правительств СНГ.\nИз-за болезни премьер-министр Киргизии "
        "Адылбек Касымалиев не может присутствовать в Минске. Киргизского премьера заменил первый вице-премьер "
        "Киргизии Даниэр Амангельдиев.",
        "t",
    )
    people = {p for ps in participants(a) for p in ps}
    assert "адылбек касымалиев" not in people
    assert "даниэр амангельдиев" in people


def test_a_leader_who_came_stays_a_participant(extractor):
    a = extractor.extract(
        "Премьер-министр Киргизии Адылбек Касымалиев провел переговоры с премьер-министром Казахстана Олжасом "
        "Бектеновым. Касымалиев не может не отметить рост торговли, сказал он.",
        "t",
    )
    assert participants(a) == [["адылбек касымалиев", "олжас бектенов"]]
