"""An announced visit with its day and the meetings its programme lists; officials named by an initial and a
surname (sentences written for the test)."""

from tests.extract.test_frames import extract, meetings
from tests.extract.test_unseen_text_shapes import person_posts

VISIT = "15 мая министр иностранных дел Турции Хакан Фидан посетит Казахстан. "


def test_a_meeting_in_an_announced_visit_of_a_stated_day_is_the_visitors(extractor):
    a = extract(
        extractor, VISIT + "В ходе визита состоится встреча с президентом Казахстана Касым-Жомартом Токаевым."
    )
    assert meetings(a) == [("talks", frozenset({"Хакан Фидан", "Касым-Жомарт Токаев"}))]
    assert a.meetings[0].visit is not None and a.meetings[0].visit.host == "KZ"


def test_an_announced_visit_without_a_day_is_a_plan(extractor):
    a = extract(
        extractor,
        "Министр иностранных дел Турции Хакан Фидан посетит Казахстан. В ходе визита состоится встреча с "
        "президентом Казахстана Касым-Жомартом Токаевым.",
    )
    assert meetings(a) == []


def test_each_meeting_of_a_visits_programme_is_the_visitors_own(extractor):
    a = extract(
        extractor,
        VISIT + "В программе визита: встреча с президентом Казахстана Касым-Жомартом Токаевым, встреча с "
        "председателем Сената Мауленом Ашимбаевым, переговоры с министром иностранных дел Муратом Нуртлеу.",
    )
    assert sorted(meetings(a), key=str) == sorted(
        [
            ("talks", frozenset({"Хакан Фидан", "Касым-Жомарт Токаев"})),
            ("talks", frozenset({"Хакан Фидан", "Маулен Ашимбаев"})),
            ("talks", frozenset({"Хакан Фидан", "Мурат Нуртлеу"})),
        ],
        key=str,
    )


def test_an_initial_and_a_surname_one_listed_official_bears_tell_the_post(extractor):
    a = extract(extractor, "Вчера С.Лавров провел переговоры с министром иностранных дел Египта в Москве.")
    assert person_posts(a)["С. Лавров"] == {("foreign_minister", "RU")}


def test_an_initial_of_another_first_name_is_someone_else(extractor):
    a = extract(extractor, "Вчера А.Лавров выступил на конференции в Москве.")
    assert person_posts(a)["А. Лавров"] == set()
