"""A page's menu item that reads like a list heading, over the text, and a stamp set as a list item
(texts written for the test)."""

from kg.extract.dates import parse_date_line
from tests.extract.test_frames import extract, meetings


def test_a_list_heading_over_the_text_is_a_menu_item_not_the_end(extractor):
    a = extract(
        extractor,
        "Гость из Минска прибыл в Казань\n"
        "Лента новостей\n"
        "Визит переносили дважды\n\n"
        "В Казань прибыл вице-премьер Белоруссии Виктор Каранкевич. В аэропорту гостя встретил "
        "премьер-министр Татарстана Алексей Песошин. Стороны провели переговоры о поставках техники.\n",
    )
    names = {p.name for p in a.persons.values()}
    assert {"Виктор Каранкевич", "Алексей Песошин"} <= names
    assert ("talks", frozenset({"Виктор Каранкевич", "Алексей Песошин"})) in meetings(a)


def test_other_headings_over_the_text_are_skipped_too(extractor):
    a = extract(
        extractor,
        "Министры обсудили транзит\n"
        "Последние новости\n\n"
        "Министр транспорта Грузии Мартин Лосаберидзе провел встречу с министром транспорта Азербайджана "
        "Рашадом Набиевым в Тбилиси.\n",
    )
    assert meetings(a) == [("talks", frozenset({"Мартин Лосаберидзе", "Рашад Набиев"}))]


def test_a_list_heading_after_the_text_still_ends_it(extractor):
    a = extract(
        extractor,
        "Министр иностранных дел Монголии Батмунхийн Баттсэцэг встретилась с послом Кореи Ли Чан Гю.\n\n"
        "Лента новостей\n\n"
        "Премьер-министр Армении Никол Пашинян провел переговоры с президентом Франции Эмманюэлем Макроном\n",
    )
    assert "Никол Пашинян" not in {p.name for p in a.persons.values()}


def test_a_stamp_set_as_a_list_item_dates_the_page():
    assert parse_date_line("- 26 мая 2025 15:35") is not None
    assert parse_date_line("— 03.02.2024") is not None
    # a sentence that opens with a date after a dash is still no stamp
    assert parse_date_line("- 26 мая 2025 года в Казани прошла встреча министров") is None


def test_a_listed_stamp_is_the_publication_date(extractor):
    a = extract(
        extractor,
        "- 14 марта 2024 11:20\n- Новость\n\nСегодня министр иностранных дел Узбекистана Бахтиёр Саидов "
        "встретился в Ташкенте с послом Италии Лоренцо Рицци.\n",
    )
    assert str(a.published) == "2024-03-14"
