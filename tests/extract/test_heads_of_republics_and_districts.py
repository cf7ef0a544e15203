"""A bare "глава республики" before a name heads a republic within a state (not the head of state of "Республики
Беларусь"), and like a bare governor takes no state from guests in its sentence; heads of a city's districts and of
communities are regions' heads; a plural description ("губернаторы трех аймаков Монголии") is a group of others and
gives no named head its state; a Tuvan name in "-оол" declines ("Шолбаном Кара-оолом") (sentences written for the
test)."""

import pytest

from kg.extract.gazetteer import find_roles
from tests.extract.test_frames import extract
from tests.extract.test_unseen_text_shapes import person_posts


@pytest.mark.parametrize(
    ("title", "roles"),
    [
        ("глава республики ", ["regional_head"]),
        ("главы республики ", ["regional_head"]),
        ("глава республики беларусь ", []),
        ("главой центрального округа савски-венац города белград ", ["regional_head"]),
        ("глава дальневосточного федерального округа ", []),
    ],
)
def test_heads_of_republics_and_districts(title, roles):
    assert [r.role for r in find_roles(title)] == roles


def test_a_head_of_a_republic_beside_foreign_guests_is_of_the_text_state(extractor):
    a = extract(
        extractor,
        "В Кызыле открылась выставка. В открытии приняли участие глава республики Владислав Ховалыг, генеральный "
        "консул Монголии в Кызыле Баасанжав Ганцэцэг и губернаторы трех аймаков Монголии.",
    )
    assert person_posts(a)["Владислав Ховалыг"] == {("regional_head", "RU")}


def test_a_tuvan_name_in_the_instrumental(extractor):
    a = extract(extractor, "Посол Монголии встретился с главой республики Шолбаном Кара-оолом.")
    assert "Шолбан Кара-оол" in person_posts(a)
