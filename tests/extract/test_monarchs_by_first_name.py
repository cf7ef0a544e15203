"""A monarch named by his first name alone after the title ("эмир Тамим", "король Салман"), and the same monarch
named in full elsewhere with another spelling (sentences written for the test)."""

from tests.extract.test_frames import extract, meetings
from tests.extract.test_unseen_text_shapes import person_posts


def test_a_king_named_by_his_first_name_is_a_participant(extractor):
    a = extract(
        extractor,
        "Президент Турции Реджеп Тайип Эрдоган встретился в Эр-Рияде с королем Саудовской Аравии Салманом.",
    )
    assert meetings(a) == [("talks", frozenset({"Реджеп Тайип Эрдоган", "Салман"}))]
    assert person_posts(a)["Салман"] == {("head_of_state", "SA")}


def test_an_emir_named_by_his_first_name_is_the_one_named_in_full_elsewhere(extractor):
    a = extract(
        extractor,
        "Шейх Мохаммед прибыл в Каир.\n\nЭмир Кувейта шейх Мухаммед бен Наваф Аль Сабах провел переговоры с "
        "президентом Египта Абдель Фаттахом ас-Сиси.",
    )
    names = set(person_posts(a))
    assert "Мухаммед бен Наваф Аль Сабах" in names and not any(n.startswith("Мохаммед") for n in names)


def test_a_first_name_after_an_ordinary_title_is_no_person(extractor):
    a = extract(extractor, "Министр иностранных дел Сергей выступил на конференции.")
    assert "Сергей" not in person_posts(a)
