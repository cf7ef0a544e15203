"""Hard-wrapped lines broken off mid-phrase, names that end in a vowel and "й", plural titles that are no
surnames, members of a delegation listed, honorifics, formats named in quotes, and the officials
gazetteer in a text of no known year (texts written for the test)."""

from kg.extract import countries
from kg.extract.model import PostFact, Span
from tests.extract.test_frames import extract, posts_of


def test_a_line_broken_off_inside_a_parenthesis_goes_on(extractor):
    a = extract(
        extractor,
        "Минсельхоз развивает сотрудничество с ФАО\n"
        "12 мая в штаб-квартире ФАО в Риме (Итальянская\n"
        "Республика) состоялась встреча министра сельского хозяйства\n"
        "Казахстана Айдарбека Сапарова и Генерального директора ФАО Цюй Дунъюя.\n",
    )
    assert len(a.meetings) == 1
    assert (a.meetings[0].country, a.meetings[0].city) == ("IT", "Рим")


def test_a_name_never_ends_in_a_vowel_and_a_soft_sign(extractor):
    a = extract(extractor, "Министр встретился с Генеральным директором ФАО Цюй Дунъюем в Риме.")
    assert "Цюй Дунъюй" in {p.name for p in a.persons.values()}


def test_a_capitalised_plural_title_is_no_surname(extractor):
    a = extract(
        extractor,
        "В Ташкенте прошла встреча Президента Узбекистана Шавката Мирзиёева с Президентом Казахстана Касым-Жомартом "
        "Токаевым. В церемонии приняли участие супруги Президентов.\n",
    )
    assert "Президентов" not in {p.name for p in a.persons.values()}


def test_the_members_a_delegation_lists_are_of_its_state(extractor):
    a = extract(
        extractor,
        "Президент Азербайджана Ильхам Алиев встретился с Президентом Молдовы Майей Санду. В составе молдавской "
        "делегации – министр иностранных дел Михай Попшой, советник Президента по внешней политике Олег Чулик.\n",
    )
    assert posts_of(a)["Олег Чулик"] == {("other_official", "MD")}


def test_a_sheikh_is_no_part_of_the_name(extractor):
    a = extract(
        extractor, "Президент Казахстана встретился с эмиром Кувейта Шайхом Мишалем аль-Ахмедом ас-Сабахом."
    )
    assert not any(p.name.startswith("Шайх") for p in a.persons.values())


def test_ministers_of_a_format_named_in_quotes_sit_in_session(extractor):
    a = extract(
        extractor,
        "На встрече министров иностранных дел «Совещания по взаимодействию в Азии» министр иностранных дел "
        "Казахстана Мурат Нуртлеу выступил с речью.\n",
    )
    assert [m.kind for m in a.meetings] == ["session"]


def test_a_general_title_of_a_foreign_minister_adds_no_post(extractor):
    a = extract(
        extractor,
        "Министр иностранных дел Армении Арарат Мирзоян встретился с министром иностранных дел Грузии Макой "
        "Бочоришвили. Армянский министр Арарат Мирзоян отметил важность транзита.\n",
    )
    assert posts_of(a)["Арарат Мирзоян"] == {("foreign_minister", "AM")}


def test_the_head_of_the_federal_department_of_foreign_affairs_is_the_foreign_minister(extractor):
    a = extract(
        extractor,
        "Сергей Лавров встретился с начальником Федерального департамента иностранных дел Швейцарии Иньяцио "
        "Кассисом.",
    )
    assert ("foreign_minister", "CH") in posts_of(a)["Иньяцио Кассис"]


def test_a_text_of_no_known_year_takes_the_one_state_an_official_ever_held_the_post_in(extractor):
    a = extract(extractor, "Нурсултан Назарбаев и Аскар Акаев обсудили транзит.")
    person = next(p for p in a.persons.values() if p.name == "Нурсултан Назарбаев")
    post = PostFact(role="head_of_state", country=None, organization=None, sentence=0, evidence=Span(0, 0))
    assert countries._listed_official(a, person, post) == "KZ"
    # a year in the text keeps the year's reading: in 2023 he held no post
    b = extract(extractor, "5 мая 2023 года Нурсултан Назарбаев и Аскар Акаев обсудили транзит.")
    person = next(p for p in b.persons.values() if p.name == "Нурсултан Назарбаев")
    assert countries._listed_official(b, person, post) is None
