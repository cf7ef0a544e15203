"""Two officials' surnames side by side in two cases ("для встречи с Назарбаевым Мирзиёев и Путин прибыли") are two
people; a first name and a surname in one case ("с Валентиной Матвиенко") stay one (sentences written for the
test)."""

from tests.extract.test_frames import extract
from tests.extract.test_unseen_text_shapes import person_posts


def test_two_surnames_in_two_cases_are_two_people(extractor):
    a = extract(extractor, "В Ташкент для встречи с Токаевым Алиев и Пашинян прибыли поздно вечером.")
    assert {"Токаев", "Алиев"} <= set(person_posts(a))


def test_a_first_name_and_surname_in_the_instrumental_are_one_person(extractor):
    a = extract(extractor, "Президент Египта встретится с Валентиной Матвиенко.")
    assert "Валентина Матвиенко" in person_posts(a)
