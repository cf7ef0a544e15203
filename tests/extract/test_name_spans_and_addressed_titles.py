"""A title addressed to someone is no surname, a city inside a name span is a title's complement, and Chinese
given names never end in a vowel and "я" (sentences written for the test)."""

from kg.extract.gazetteer import Match
from kg.extract.model import Span
from kg.extract.names import _trim
from tests.extract.test_frames import extract, posts_of


def names(extractor, text):
    return {p.name for p in extract(extractor, text).persons.values()}


def test_a_title_addressed_after_gospodin_is_no_person(extractor):
    found = names(
        extractor,
        "Губернатор Камчатки Владимир Солодов принял посла Индии. «Ваше превосходительство, уважаемый господин "
        "Посол, я рад приветствовать Вас на Камчатке. Особенно приятно», – сказал губернатор.\n",
    )
    assert "Посол" not in found


def test_a_declined_city_inside_a_name_span_belongs_to_the_title():
    # the tagger may take "Аким Шымкента Ерлан Айтаханов" for one name ("Аким" is a first name too)
    text = "Аким Шымкента Ерлан Айтаханов встретился с консулом."
    city = Match(5, 13, "Шымкента", "city", "Шымкент", "KZ")
    trimmed = _trim(text, Span(0, text.index(" встретился")), [city])
    assert text[trimmed.start : trimmed.stop] == "Ерлан Айтаханов"
    # a city named in the nominative inside a name is the name's ("Родриго де Лима Баэна Соарес")
    text = "Родриго де Лима Баэна Соарес"
    city = Match(11, 15, "Лима", "city", "Лима", "PE")
    trimmed = _trim(text, Span(0, len(text)), [city])
    assert text[trimmed.start : trimmed.stop] == text


def test_a_chinese_given_name_in_ya_after_a_vowel_is_read_in_iy(extractor):
    found = names(extractor, "Посол Китая господин Ли Хуэя высоко оценил работу губернатора.")
    assert "Ли Хуэй" in found


def test_the_post_told_in_a_relative_clause_after_the_name_is_held(extractor):
    a = extract(
        extractor,
        "9 января Арвилс Ашераденс, который занимает должность министра финансов Латвии, прибудет в Астану.",
    )
    assert ("minister", "LV") in posts_of(a)["Арвилс Ашераденс"]


def test_a_minister_told_without_a_ministry_is_the_foreign_minister_listed(extractor):
    a = extract(
        extractor,
        "Лавров провел телефонный разговор с немецким министром Хайко Маасом.",
    )
    assert posts_of(a)["Хайко Маас"] == {("foreign_minister", "DE")}
