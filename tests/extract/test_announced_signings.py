"""A signing announced with its day by two named officials of two states is an announced meeting; without a day
it is not. Sentences written for these tests."""


def test_a_signing_announced_with_its_day_is_a_meeting(extractor):
    a = extractor.extract(
        "12 марта министры иностранных дел Казахстана и Омана Мурат Нуртлеу и Бадр аль-Бусаиди подпишут "
        "соглашение об отмене виз.",
        "t",
    )
    assert [sorted(m.participants) for m in a.meetings] == [["бадр аль-бусаиди", "мурат нуртлеу"]]


def test_a_signing_announced_without_a_day_is_none(extractor):
    a = extractor.extract(
        "Министры иностранных дел Казахстана и Омана Мурат Нуртлеу и Бадр аль-Бусаиди подпишут соглашение об "
        "отмене виз.",
        "t",
    )
    assert a.meetings == []
