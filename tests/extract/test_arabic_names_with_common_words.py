"""An Arabic first name that also spells a common noun in an oblique case ("Сейфа" -- "сейф") stays in the name
when "бен"/"бин"/"ибн" follows; "Эмиратов", "в Эмиратах" are the state (sentences written for the test)."""

from tests.extract.test_frames import extract
from tests.extract.test_unseen_text_shapes import person_posts


def test_a_first_name_before_bin_is_kept(extractor):
    a = extract(
        extractor, "Президент Египта принял министра внутренних дел Эмиратов Сейфа бен Заида аль Нахайяна."
    )
    assert "Сейф бен Заид аль Нахайян" in person_posts(a)


def test_a_common_noun_before_a_long_name_is_still_dropped(extractor):
    a = extract(extractor, "Делегация возложила цветы к Мавзолею Хо Ши Мина.")
    assert not any(name.startswith("Мавзоле") for name in person_posts(a))


def test_the_emirates_in_any_case_are_the_state(extractor):
    for told in ("Министр внутренних дел Эмиратов прибыл в Москву.", "В Эмиратах прошла встреча министров."):
        a = extract(extractor, told)
        assert [p.iso for p in a.places if p.kind == "country"] == ["AE"]
