"""A ministry's department named by the part of the world it deals with ("Департамента России и Центральной
Азии МИД Финляндии") is not the state of its officials (sentences written for the test)."""

from tests.extract.readings import posts
from tests.extract.test_frames import extract


def test_a_department_of_another_state_serves_the_ministry_after_it(extractor):
    a = extract(
        extractor,
        "Губернатор Мурманской области Андрей Чибис встретился с заместителем генерального директора "
        "Департамента России, Восточной Европы и Центральной Азии МИД Финляндии Анной Виртанен.",
    )
    assert [c for _, c in posts(a, "Анна Виртанен")] == ["FI"]
    assert len(a.meetings) == 1


def test_a_department_named_by_one_state_in_another_states_ministry(extractor):
    a = extract(
        extractor,
        "Директор Департамента Китая МИД России Игорь Моргулов провел переговоры с послом Японии Акирой Муто.",
    )
    assert [c for _, c in posts(a, "Игорь Моргулов")] == ["RU"]
