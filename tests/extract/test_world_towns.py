"""Towns no curated list names, from the GeoNames list, where the words before them call for a town; and a vague
title's post kept off a person whose post the text already gives (sentences written for the test)."""

import importlib.util

import pytest

from kg.extract.gazetteer import Gazetteer, default_gazetteer
from kg.resources import gazetteer_file
from tests.extract.readings import posts
from tests.extract.test_frames import extract, meetings


def towns(text):
    return [(t.name, t.iso) for t in default_gazetteer().world_towns.find(text)]


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Переговоры прошли в Ларнаке.", [("Ларнака", "CY")]),
        ("Делегация из Хэгана прибыла на форум.", [("Хэган", "CN")]),
        ("Встреча состоялась в г. Ноймюнстер.", [("Ноймюнстер", "DE")]),
        ("Мэр Биробиджана провёл приём.", [("Биробиджан", "RU")]),
        ("Гости посетили город Новополоцк.", [("Новополоцк", "BY")]),
    ],
)
def test_a_town_is_found_after_a_word_that_calls_for_one(text, expected):
    assert towns(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Гусев сказал, что визит прошёл успешно.",  # a surname that is also a town, named bare
        "Он встретился с полпредом в Приволжском федеральном округе.",  # an adjective, not a town's instrumental
        "Министр принял гостей в Константиновском дворце.",
        "Форум по безопасности в Азии открылся вчера.",  # a part of the world some small town is named after
        "Стороны обсудили ситуацию в Светлом будущем.",  # a common word
    ],
)
def test_no_town_where_the_words_do_not_call_for_one(text):
    assert towns(text) == []


def test_a_meeting_in_a_foreign_town_takes_its_city_and_state(extractor):
    a = extract(
        extractor,
        "15 мая в Ларнаке президент Кипра Никос Христодулидис провел переговоры с министром иностранных дел "
        "Казахстана Муратом Нуртлеу.",
    )
    assert meetings(a) == [("talks", frozenset({"Никос Христодулидис", "Мурат Нуртлеу"}))]
    assert (a.meetings[0].city, a.meetings[0].country) == ("Ларнака", "CY")


def test_a_mayor_of_a_foreign_town_holds_a_post_of_its_state(extractor):
    a = extract(
        extractor,
        "Мэр Биробиджана Максим Семёнов провёл видеовстречу с мэром Хэгана Дэном Вэйюанем.",
    )
    assert posts(a, "Максим Семёнов") == [("regional_head", "RU")]
    assert posts(a, "Дэн Вэйюань") == [("regional_head", "CN")]


def test_a_gazetteer_folder_without_the_list_finds_no_town(tmp_path):
    for name in ("countries.tsv", "cities.tsv", "regions.tsv", "bodies.tsv"):
        (tmp_path / name).write_text(gazetteer_file(name).read_text(encoding="utf-8"), encoding="utf-8")
    gaz = Gazetteer(tmp_path)
    assert [m for m in gaz.find("Переговоры прошли в Ларнаке.") if m.kind == "city"] == []
    assert gaz.country_of_city("Ларнака") is None and gaz.country_of_city("Минск") == "BY"


def _builder():
    path = gazetteer_file("build_world_cities.py")
    spec = importlib.util.spec_from_file_location("build_world_cities", path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_the_builder_keeps_russian_unshared_names_and_leaves_out_the_rest():
    def town(gid, name, iso, population, *alternates):
        return str(gid), {
            "name": name,
            "countrycode": iso,
            "population": population,
            "alternatenames": alternates,
        }

    cities = dict(
        [
            town(1, "Hegang", "CN", 700000, "Хэган", "Хъган"),
            town(2, "Kyiv-like", "UA", 9000, "Київець"),  # a Ukrainian letter: not a Russian spelling
            town(3, "Twin A", "US", 20000, "Близнецово"),
            town(4, "Twin B", "CA", 15000, "Близнецово"),  # two states, sizes alike: left out
            town(5, "Big", "BR", 900000, "Большегорск"),
            town(6, "Small", "PT", 9000, "Большегорск"),  # the bigger town's by far
            town(7, "Asia", "PH", 30000, "Азия"),  # a part of the world
            town(8, "Minsk", "BY", 2000000, "Минск"),  # the curated lists have it
            town(9, "Svetly", "RU", 10000, "Светлый"),  # a common word
        ]
    )
    rows = {
        name: (iso, forms) for name, iso, _population, forms in _builder().build(cities, default_gazetteer())
    }
    assert set(rows) == {"Хэган", "Хъган", "Большегорск"}
    assert rows["Большегорск"][0] == "BR"
    assert {"Хэгана", "Хэгане", "Хэганом"} <= set(rows["Хэган"][1])


def test_a_vague_title_is_no_second_post_of_someone_already_titled(extractor):
    a = extract(
        extractor,
        "8 ноября посол Беларуси Руслан Есин встретился с мэром г. Сироиси Юити Ямадой. Затем белорусский "
        "дипломат провел встречу с президентом и ректором Университета г. Токио.",
    )
    assert posts(a, "Юити Ямада") == [("regional_head", "JP")]
