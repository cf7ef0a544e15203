"""A plural title before a colon shared by its "state – name" items; a middle name kept beside a listed official's
name; interparliamentary assemblies in the gazetteer (sentences written for the test)."""

from tests.extract.readings import posts
from tests.extract.test_frames import extract

_CREDENTIALS = (
    "Президент Узбекистана Шавкат Мирзиёев принял верительные грамоты. К своим обязанностям приступили "
    "чрезвычайные и полномочные послы: Королевства Марокко – Мохаммед Рами, Республики Польша – Анджей "
    "Мицкевич, Канады – Паскаль Лаваль и Финляндии – Ээро Мякинен."
)


def test_each_item_of_a_colon_list_holds_the_title_for_its_state(extractor):
    article = extract(extractor, _CREDENTIALS)
    assert posts(article, "Мохаммед Рами") == [("ambassador", "MA")]
    assert posts(article, "Анджей Мицкевич") == [("ambassador", "PL")]
    assert posts(article, "Паскаль Лаваль") == [("ambassador", "CA")]
    assert posts(article, "Ээро Мякинен") == [("ambassador", "FI")]


def test_a_name_in_vich_after_a_listed_state_is_a_surname(extractor):
    article = extract(
        extractor,
        "Свои обязанности начали исполнять послы: Республики Польша – Селим Хазбиевич, Канады – Паскаль Лаваль.",
    )
    assert posts(article, "Селим Хазбиевич") == [("ambassador", "PL")]


def test_a_colon_after_a_title_with_no_state_items_gives_nothing(extractor):
    article = extract(
        extractor,
        "Посол Польши Анджей Мицкевич сказал журналистам: Канада и Финляндия поддержали проект.",
    )
    assert posts(article, "Анджей Мицкевич") == [("ambassador", "PL")]


def test_a_middle_name_the_text_writes_stays_beside_the_listed_officials_name(extractor):
    # the officials' list has "Эркки Туомиоя"; the text's own fuller name is kept (GOLD.md drops patronymics only)
    article = extract(
        extractor,
        "Министр иностранных дел Финляндии Эркки Сакари Туомиоя встретился с президентом Эстонии Тоомасом "
        "Хендриком Ильвесом.",
    )
    assert sorted(p.name for p in article.persons.values()) == [
        "Тоомас Хендрик Ильвес",
        "Эркки Сакари Туомиоя",
    ]


def test_interparliamentary_assemblies_are_international_bodies(extractor):
    from kg.extract.gazetteer import Gazetteer

    found = Gazetteer().find(
        "На сессии Балтийской ассамблеи и Межпарламентской ассамблеи СНГ выступил спикер."
    )
    bodies = [(m.value.name, m.value.country) for m in found if m.kind == "body"]
    assert ("Балтийская ассамблея", None) in bodies
    assert (
        "Межпарламентская ассамблея государств — участников Содружества Независимых Государств",
        None,
    ) in bodies
