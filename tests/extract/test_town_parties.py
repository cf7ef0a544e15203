"""Towns as the parties of a twinning document: named after a plural "городами", bare, or after "городом-побратимом",
each with its state from the world list. Sentences written for these tests."""

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
