"""A city's regular adjective names it ("смоленская делегация", "брянский губернатор") though the gazetteer lists
no adjective for it; an adjective of a wider area ("уральский") does not name the city it resembles (sentences
written for the test)."""

import pytest

from tests.extract.test_frames import extract
from tests.extract.test_unseen_text_shapes import person_posts


@pytest.mark.parametrize("adjective, city", [("смоленская", "Смоленск"), ("тюменская", "Тюмень")])
def test_a_delegation_of_a_city_named_by_its_regular_adjective(extractor, adjective, city):
    a = extract(extractor, f"Минск посетила {adjective} делегация во главе с мэром города Иваном Петровым.")
    assert {(p.kind, p.value) for p in a.places if p.kind == "city_adjective"} == {("city_adjective", city)}
    assert person_posts(a)["Иван Петров"] == {("regional_head", "RU")}


def test_an_adjective_of_a_wider_area_names_no_city(extractor):
    a = extract(extractor, "Уральский губернатор Евгений Куйвашев встретился с послом Индии.")
    assert not any(p.kind == "city_adjective" and p.iso == "KZ" for p in a.places)
