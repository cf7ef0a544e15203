"""Long Hispanic names in the oblique case are one person, and the head of a delegation meets each official
a list of meetings names (sentences written for the test)."""

from kg.extract.model import Span
from kg.extract.namecases import split_by_case
from tests.extract.test_frames import extract, meetings


def test_four_words_in_the_instrumental_are_one_hispanic_name():
    text = "с председателем парламента Кубы Хуаном Эстебаном Ласо Эрнандесом."
    start = text.index("Хуаном")
    span = Span(start, text.index("."))
    assert split_by_case(text, span) == [span]
    # an oblique name, then a name that can be a subject: two people
    text = "В ходе встречи с Геннадием Новицким Абдул Калам подчеркнул"
    start = text.index("Геннадием")
    assert len(split_by_case(text, Span(start, text.index(" подчеркнул")))) == 2


def test_the_head_of_a_delegation_meets_each_official_a_list_of_meetings_names(extractor):
    a = extract(
        extractor,
        "В первый день визита казахстанской делегации во главе с министром иностранных дел Муратом Нуртлеу в "
        "Аргентину (3 мая) прошли встречи с председателем Сената Аргентины Викторией Вильяррусой, с министром "
        "экономики Луисом Капуто и с министром иностранных дел Аргентины Дианой Мондино.\n",
    )
    found = set(meetings(a))
    assert ("talks", frozenset({"Мурат Нуртлеу", "Луис Капуто"})) in found
    assert ("talks", frozenset({"Мурат Нуртлеу", "Диана Мондино"})) in found


def test_a_row_of_officials_a_colon_lists_are_met_one_by_one(extractor):
    a = extract(
        extractor,
        "3 июня президент Казахстана Касым-Жомарт Токаев встретится с рядом европейских чиновников: председателем "
        "Европейского совета Антониу Коштой, председателем Европейской комиссии Урсулой фон дер Ляйен и главой "
        "европейской дипломатии Каей Каллас, сообщил пресс-секретарь президента Руслан Желдибай.\n",
    )
    found = set(meetings(a))
    assert ("talks", frozenset({"Касым-Жомарт Токаев", "Кая Каллас"})) in found
    assert ("talks", frozenset({"Касым-Жомарт Токаев", "Урсула фон дер Ляйен"})) in found
    assert not any("Руслан Желдибай" in people for _, people in found)


def test_two_names_in_the_genitive_side_by_side_stay_two(extractor):
    a = extract(
        extractor,
        "Майя Санду прокомментировала слова советника офиса Владимира Зеленского Алексея Арестовича о Приднестровье.",
    )
    names = {p.name for p in a.persons.values()}
    assert {"Владимир Зеленский", "Алексей Арестович"} <= names


def test_a_city_after_g_in_a_locative_places_the_meeting_told_on(extractor):
    a = extract(
        extractor,
        "Президент Таджикистана Эмомали Рахмон принял делегацию Японии\n"
        "Сразу по прибытии в аэропорт г. Душанбе Президент Таджикистана Эмомали Рахмон провел встречу с делегацией "
        "Японии во главе с министром иностранных дел Такэси Ивая.\n",
    )
    assert a.meetings and (a.meetings[0].country, a.meetings[0].city) == ("TJ", "Душанбе")
