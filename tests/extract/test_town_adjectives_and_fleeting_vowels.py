"""Texts written for these tests: a town's adjective before the town's office ("глава клинцовской городской
администрации", "председатель лепельского райисполкома") names that town and its state, from the world list;
a surname the dictionary does not know keeps its letters when declined ("Виталием Вовком" is "Вовк"), while
known nouns and "-ец" surnames lose their vowel ("Сурком", "Кравцом")."""

import pytest

from kg.extract.gazetteer import default_gazetteer
from kg.extract.morph import _fleeting_vowel
from tests.extract.test_holders_interjections_and_joined_titles import posts


@pytest.mark.parametrize(
    "text, town, iso",
    [
        # GeoNames spells that town two ways, with one population ("Клинцы", "Клинци"): either is the town
        ("Документ подписал глава клинцовской городской администрации.", "Клинц", "RU"),
        ("Гостей встретил председатель жлобинского районного исполнительного комитета.", "Жлобин", "BY"),
        ("Его принял председатель лепельского райисполкома.", "Лепель", "BY"),
    ],
)
def test_a_towns_adjective_before_its_office_names_the_town(text, town, iso):
    found = [(m.value, m.iso) for m in default_gazetteer().find(text) if m.kind == "city_adjective"]
    assert len(found) == 1 and found[0][0].startswith(town) and found[0][1] == iso


def test_a_states_adjective_before_an_office_is_no_town():
    found = default_gazetteer().find("Он работал в российской администрации.")
    assert [m.kind for m in found] == ["adjective"]


def test_a_town_head_takes_the_state_of_the_towns_adjective(extractor):
    a = extractor.extract(
        "Соглашение подписали председатель жлобинского районного исполнительного комитета Сергей Лапко и глава "
        "клинцовской городской администрации Игорь Борисов.",
        "t",
    )
    assert ("regional_head", "RU") in posts(a)["Игорь Борисов"]


@pytest.mark.parametrize(
    "word, nominative",
    [
        ("Вовком", []),
        ("Сурком", [("Сурок", 0.9)]),
        ("Кравцом", [("Кравец", 0.9)]),
        ("Козлом", [("Козел", 0.9)]),
    ],
)
def test_only_known_nouns_and_ec_surnames_lose_a_vowel(word, nominative):
    assert _fleeting_vowel(word, "ablt") == nominative


def test_an_unknown_surname_keeps_its_letters(extractor):
    a = extractor.extract(
        "Визит делегации во главе с министром промышленности Беларуси Виталием Вовком.", "t"
    )
    assert "Виталий Вовк" in posts(a)


@pytest.mark.parametrize("region", ["Жетісу", "Жетысу", "Ұлытау"])
def test_the_new_kazakh_regions_by_their_own_names_are_no_part_of_a_name(extractor, region):
    a = extractor.extract(f"Аким области {region} Нуржан Алиев принял делегацию провинции Ганьсу.", "t")
    assert ("regional_head", "KZ") in posts(a)["Нуржан Алиев"]


def test_the_jewish_state_is_israel(extractor):
    a = extractor.extract(
        "Посол Еврейского государства в Москве Давид Коэн вручил копии верительных грамот.", "t"
    )
    assert posts(a)["Давид Коэн"] == [("ambassador", "IL")]


@pytest.mark.parametrize(
    "text, name, iso",
    [
        ("Рижский мэр Вилнис Кирсис встретился с послом Эстонии.", "Вилнис Кирсис", "LV"),
        ("Ереванский мэр Тигран Авинян принял делегацию Тбилиси.", "Тигран Авинян", "AM"),
    ],
)
def test_a_capitals_adjective_tells_its_heads_state(extractor, text, name, iso):
    assert ("regional_head", iso) in posts(extractor.extract(text, "t"))[name]


@pytest.mark.parametrize("prefecture", ["Ямагути", "Канагава", "Сайтама"])
def test_japanese_prefectures_tell_their_governors_state(extractor, prefecture):
    a = extractor.extract(f"Губернатор префектуры {prefecture} Кэндзи Ямада принял посла России.", "t")
    assert ("regional_head", "JP") in posts(a)["Кэндзи Ямада"]


def test_the_state_secretary_of_the_union_state_heads_a_body_of_states(extractor):
    a = extractor.extract(
        "Государственный секретарь Союзного государства Сергей Глазьев встретился с губернатором Брянской "
        "области Александром Богомазом.",
        "t",
    )
    assert posts(a)["Сергей Глазьев"] == [("head_of_international_organization", "")]
