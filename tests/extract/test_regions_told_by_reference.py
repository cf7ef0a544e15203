"""A regional title whose region is told elsewhere: "губернатор региона", "глава области" name the region (of
that kind) named last before; a delegation's city adjective tells its head's state (sentences written for the
test)."""

import pytest

from tests.extract.test_frames import extract
from tests.extract.test_unseen_text_shapes import person_posts


@pytest.mark.parametrize(
    "told",
    [
        "Делегация прибыла в Гродненскую область. Губернатор области Владимир Караник принял гостей из Ирана.",
        "Делегация прибыла в Гродненскую область. Гостей принял глава региона Владимир Караник.",
    ],
)
def test_the_region_of_a_regional_title_is_the_one_named_before(extractor, told):
    a = extract(extractor, told)
    assert person_posts(a)["Владимир Караник"] == {("regional_head", "BY")}


def test_an_oblast_is_no_province_named_later(extractor):
    a = extract(
        extractor,
        "Самарскую область посетила делегация провинции Хунань. Заместитель губернатора области Иван Петров "
        "провел для гостей презентацию.",
    )
    assert {country for _, country in person_posts(a)["Иван Петров"]} == {"RU"}


def test_a_delegation_named_by_its_citys_adjective_tells_its_heads_state(extractor):
    a = extract(
        extractor,
        "Новосибирская делегация во главе с губернатором Андреем Травниковым продолжает работу в Казахстане.",
    )
    assert person_posts(a)["Андрей Травников"] == {("regional_head", "RU")}


def test_a_governor_told_in_his_regions_office_is_of_its_state(extractor):
    a = extract(
        extractor,
        "Сегодня в правительстве Амурской области губернатор Василий Орлов принял генерального консула Китая "
        "Ван Вэньтао.",
    )
    assert person_posts(a)["Василий Орлов"] == {("regional_head", "RU")}


def test_a_governor_after_the_region_he_visits_is_not_of_its_state(extractor):
    a = extract(extractor, "Костанайскую область посетил губернатор Алексей Текслер.")
    assert ("regional_head", "KZ") not in person_posts(a)["Алексей Текслер"]
