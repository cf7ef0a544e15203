"""A list of names each followed by its title between commas: each title is the name's before it (sentences
written for the test)."""

from tests.extract.test_frames import extract


def posts(article):
    return {key: sorted((p.role, p.country) for p in person.posts) for key, person in article.persons.items()}


def test_titles_follow_their_names_in_a_list(extractor):
    a = extract(
        extractor,
        "Токаев провел встречи с Ли Цяном, премьер-министром Китая, Ван И, министром иностранных дел Китая.",
    )
    assert posts(a)["ли цян"] == [("head_of_government", "CN")]
    assert posts(a)["ван и"] == [("foreign_minister", "CN")]


def test_the_first_name_keeps_its_title_when_the_second_has_its_own(extractor):
    a = extract(
        extractor,
        "Министр встретился с Иваном Петровым, министром экономики России, Сергеем Сидоровым, министром "
        "финансов России.",
    )
    assert posts(a)["иван петров"] == [("minister", "RU")]
    assert posts(a)["сергей сидоров"] == [("minister", "RU")]


def test_a_title_before_a_name_with_no_title_after_it_is_that_names(extractor):
    a = extract(
        extractor,
        "Токаев, Президент Кыргызской Республики Садыр Жапаров и Президент Узбекистана Шавкат Мирзиёев "
        "провели встречу.",
    )
    assert posts(a)["садыр жапаров"] == [("head_of_state", "KG")]
