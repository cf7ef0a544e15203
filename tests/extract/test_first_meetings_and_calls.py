""" "Впервые" without a past date tells news, not a recall; talks placed nowhere beside a call of the same people
are that call; a page builder's shortcode around a first letter does not split the word. Sentences written for
these tests."""

from kg.extract.typography import repair
from tests.extract.readings import meetings


def test_a_first_meeting_is_the_news(extractor):
    a = extractor.extract(
        "Губернатор Омской области Виталий Хоценко впервые встретился с послом Индии Винаем Кумаром.", "t"
    )
    assert meetings(a) == [("talks", ["винай кумар", "виталий хоценко"])]


def test_a_first_meeting_dated_in_a_past_year_is_recalled(extractor):
    a = extractor.extract(
        "Впервые губернатор Омской области Виталий Хоценко встретился с послом Индии Винаем Кумаром в 2019 году. "
        "Сегодня губернатор открыл выставку.",
        "t",
    )
    assert a.meetings == []


def test_talks_told_before_the_call_of_the_same_people_are_the_call(extractor):
    a = extractor.extract(
        "Президент Казахстана Касым-Жомарт Токаев провел переговоры впервые после отпуска. Об этом сообщает "
        "агентство.\nВ пятницу Токаев провел телефонный разговор с президентом Азербайджана Ильхамом Алиевым, в ходе "
        "которого поздравил коллегу с праздником. О состоявшихся переговорах сообщила пресс-служба президента "
        "Азербайджана.",
        "t",
    )
    assert meetings(a) == [("phone_call", ["ильхам алиев", "касым-жомарт токаев"])]


def test_talks_in_a_city_beside_a_call_stay_two_meetings(extractor):
    a = extractor.extract(
        "В понедельник президент Казахстана Касым-Жомарт Токаев провел переговоры с президентом Азербайджана "
        "Ильхамом Алиевым в Баку. Во вторник Токаев провел телефонный разговор с Ильхамом Алиевым.",
        "t",
    )
    assert sorted(k for k, _ in meetings(a)) == ["phone_call", "talks"]


def test_a_shortcode_around_the_first_letter_keeps_the_word_and_the_offsets():
    text = "[dropcap]П[/dropcap]осол Индии прибыл. [b]Важно[/b]"
    repaired = repair(text)
    assert len(repaired) == len(text)
    assert repaired.split()[0] == "Посол"
    assert repaired.endswith("[b]Важно[/b]")  # markup around whole words is not a first letter's
