"""A headline made mostly of titles and names ("Государственный визит в Узбекистан Президента Республики Казахстан
Нурсултана Назарбаева") is text, not a menu: its common noun and preposition tell a phrase. A headline's document
("Подписан Меморандум между X и Y") over a body that tells one memorandum is that memorandum. An address ("Ваше
Превосходительство Президент X,") is no part of the name. Texts written for these tests."""

from kg.extract import layout


def test_a_headline_of_titles_and_names_is_no_furniture():
    assert not layout.is_furniture(
        "Государственный визит в Узбекистан Президента Республики Казахстан Нурсултана Назарбаева"
    )
    assert not layout.is_furniture(
        "Рабочая поездка в Минск Министра иностранных дел Российской Федерации Сергея Лаврова"
    )


def test_a_menu_still_is():  # a guard: read right before the change too
    assert layout.is_furniture("Новости Казахстана Новости Мира Интервью Спорт Культура")


def test_the_headline_names_the_visitor(extractor):
    article = extractor.extract(
        "среда, 4 октября 2017 г.\n\nГосударственный визит в Узбекистан Президента Республики Казахстан Нурсултана "
        "Назарбаева\n\n\nПочётный гость в сопровождении Президента Республики Узбекистан Шавката Мирзиёева посетил "
        "площадь в Ташкенте. Главы государств провели переговоры.",
        "t",
    )
    assert "Нурсултан Назарбаев" in {p.name for p in article.persons.values()}


def test_a_headlines_document_is_the_bodys(extractor):
    # a guard of the change: the old code dropped such a headline as a menu, so it passed; without the merge the
    # headline now read would add a second memorandum
    article = extractor.extract(
        "Подписан Меморандум между Саратовской областью и Республикой Казахстан\n\nГубернатор Саратовской области "
        "Дмитрий Аяцков и аким Западно-Казахстанской области Крымбек Кушербаев подписали меморандум о "
        "сотрудничестве.",
        "t",
    )
    assert [d.type for m in article.meetings for d in m.documents] == ["memorandum"]


def test_an_address_is_no_part_of_the_name(extractor):
    # a guard of the change: the old code dropped the headline and read the address right; with the headline now
    # read, the address lent its words to the name until "Ваше" and "Превосходительство" were honorifics
    article = extractor.extract(
        "Тост Президента Литовской Республики во время ужина с Президентом Таджикистана\n\n \n\nВаше "
        "Превосходительство Президент Эмомали Рахмон,\nУважаемые члены делегации!\n\n \n\nМне очень приятно "
        "приветствовать дорогих гостей.",
        "t",
    )
    assert [p.name for p in article.persons.values()] == ["Эмомали Рахмон"]
