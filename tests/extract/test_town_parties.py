"""Towns and regions as the parties of a document: towns named after a plural "городами", bare, or after
"городом-побратимом", each with its state from the world list; regions of two states that sign ("Омская и
Павлодарская области подписали"), or whose heads sign as "стороны". Sentences written for these tests."""

from kg.extract.towns import WorldTowns
from tests.paths import ROOT


def parties(article):
    return sorted((p.name, p.country) for m in article.meetings for d in m.documents for p in d.parties)


def test_a_plural_town_noun_calls_for_every_town_of_its_list():
    towns = WorldTowns(ROOT / "data" / "gazetteer" / "world_cities.tsv")
    found = towns.find(
        "подписан меморандум между городами Несебр и Гусь-Хрустальный, а также Павликени и Стародуб."
    )
    assert [(t.name, t.iso) for t in found] == [
        ("Несебр", "BG"),
        ("Гусь-Хрустальный", "RU"),
        ("Павликени", "BG"),
        ("Стародуб", "RU"),
    ]


def test_towns_named_after_a_plural_town_noun_are_the_parties(extractor):
    a = extractor.extract(
        "Мэр Гусь-Хрустального Николай Балкунов посетил Болгарию. В ходе визита был подписан меморандум о "
        "дружеских связях между городами Гусь-Хрустальный и Несебр.",
        "t",
    )
    assert parties(a) == [("Гусь-Хрустальный", "RU"), ("Несебр", "BG")]


def test_a_town_told_as_a_twin_town_is_a_party(extractor):
    a = extractor.extract(
        "Между Иркутском и китайским городом-побратимом Шэньяном подписано соглашение о сотрудничестве. Подписи "
        "поставили мэр Иркутска Руслан Болотов и мэр Шэньяна Ван Синьвэй.",
        "t",
    )
    assert parties(a) == [("Иркутск", "RU"), ("Шэньян", "CN")]


def test_two_states_regions_told_with_one_plural_noun_are_the_signing_parties(extractor):
    a = extractor.extract(
        "Губернатор Оренбургской области Евгений Солнцев встретился с акимом Актюбинской области Асхатом "
        "Шахаровым. Оренбургская и Актюбинская области подписали дорожную карту сотрудничества.",
        "t",
    )
    assert parties(a) == [("Актюбинская область", "KZ"), ("Оренбургская область", "RU")]


def test_the_sides_of_two_regional_heads_sign_for_their_regions(extractor):
    a = extractor.extract(
        "В Костанае аким Костанайской области Кумар Аксакалов встретился с губернатором Челябинской области "
        "Алексеем Текслером. Стороны подписали план мероприятий на 2025–2027 годы.",
        "t",
    )
    assert parties(a) == [("Костанайская область", "KZ"), ("Челябинская область", "RU")]


def test_the_sides_of_talks_of_officials_of_no_body_name_no_party(extractor):
    a = extractor.extract(
        "Посол Казахстана Ержан Ашикбаев встретился с советником президента Монголии Батором Болдом. Стороны "
        "подписали протокол о намерениях.",
        "t",
    )
    assert parties(a) == []
