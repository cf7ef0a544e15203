"""What one official hands another is handed in person: the two met (sentences written for the test)."""

from tests.extract.test_frames import extract, meetings


def test_a_gift_handed_to_a_foreign_official_is_a_meeting(extractor):
    a = extract(
        extractor,
        "В Бангкоке министр иностранных дел Казахстана Мурат Нуртлеу вручил генеральному секретарю АСЕАН Као "
        "Кимхорну памятный подарок.",
    )
    assert meetings(a) == [("talks", frozenset({"Мурат Нуртлеу", "Као Кимхорн"}))]


def test_an_order_handed_to_an_ambassador_is_a_meeting(extractor):
    a = extract(
        extractor, "Президент Узбекистана Шавкат Мирзиёев вручил орден «Дустлик» послу Индии Смите Пант."
    )
    assert meetings(a) == [("talks", frozenset({"Шавкат Мирзиёев", "Смита Пант"}))]


def test_awards_handed_to_unnamed_people_make_no_meeting(extractor):
    a = extract(extractor, "Посол Японии Такаси Катаяма вручил награды ветеранам труда.")
    assert meetings(a) == []
