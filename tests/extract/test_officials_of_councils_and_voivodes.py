"""Titles of local and foreign officials: heads of agencies in the plural, chairs of a hural with its adjective and
of a regional legislature by its short name, secretaries and managers of city councils, the UAE's Federal National
Council, prefects and voivodes; a voivodeship written with a soft sign is the same Polish region (sentences written
for the test)."""

import pytest

from kg.extract.gazetteer import find_roles
from tests.extract.test_frames import extract
from tests.extract.test_unseen_text_shapes import person_posts


@pytest.mark.parametrize(
    ("title", "role"),
    [
        ("руководителями агентств ", "other_official"),
        ("председатель верховного хурала ", "other_official"),
        ("председателя заксобрания области ", "other_official"),
        ("секретарь горсовета ", "other_official"),
        ("управляющий делами исполкома ", "other_official"),
        ("председатель федерального национального совета оаэ ", "parliament_speaker"),
        ("префект округа ", "regional_head"),
        ("воеводой ", "regional_head"),
    ],
)
def test_titles(title, role):
    assert [r.role for r in find_roles(title)][:1] == [role]


def test_a_voivode_of_a_voivodeship_spelt_with_a_soft_sign_is_polish(extractor):
    a = extract(
        extractor,
        "Гостей приветствовал воевода Варминьско-Мазурского воеводства Артур Хойецкий вместе с губернатором "
        "Калининградской области Антоном Алихановым.",
    )
    assert person_posts(a)["Артур Хойецкий"] == {("regional_head", "PL")}
