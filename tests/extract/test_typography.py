"""Typographic repairs keep every offset and read through outlets' slips (sentences written for the test)."""

import pytest

from kg.extract.typography import repair
from tests.extract.test_frames import extract, meetings


@pytest.mark.parametrize(
    "raw, repaired",
    [
        # Latin letters typed into Russian words
        ("Hиколай Иванов прибыл в Kиев", "Николай Иванов прибыл в Киев"),
        ("агентство ИHТЕРФАКС сообщает", "агентство ИНТЕРФАКС сообщает"),
        # Greek letters mixed into Russian words
        ("диалог между аκимοм области и κонсулом", "диалог между акимом области и консулом"),
        # a converter's backslash at a line end
        ("Председатель\\ Совета", "Председатель  Совета"),
        # surnames in capitals after a first name or an initial, and a run of capitalised names
        ("Премьер Олег ПЕТРОВ прибыл", "Премьер Олег Петров прибыл"),
        ("встреча с В.СИДОРОВЫМ прошла", "встреча с В.Сидоровым прошла"),
        ("Посол ЙОРАН ЛИНДКВИСТ вручил грамоту", "Посол Йоран Линдквист вручил грамоту"),
        # an apostrophe joining two capitalised parts of a surname
        ("Президент Нигерии Умару Яр’Адуа прибыл", "Президент Нигерии Умару Яр-Адуа прибыл"),
    ],
)
def test_slips_are_repaired(raw, repaired):
    assert repair(raw) == repaired


@pytest.mark.parametrize(
    "text",
    [
        "Глава МИД России и генсек ОДКБ прибыли на саммит ШОС",  # abbreviations stay
        "ПРЕЗИДЕНТ ПРИНЯЛ ПОСЛА ШВЕЦИИ",  # a headline set in capitals stays
        "Это ОЧЕНЬ ВАЖНО для нас, сказал он",  # emphasis in common words stays
        "Компания Coca-Cola и банк HSBC",  # Latin words stay Latin
        "премьер-министр Греции посетил Ελλάδα и καλημέρα",  # Greek words stay Greek
        "ИА REGNUM и ИТАР-ТАСС сообщают",
        "посол Кот-д’Ивуара и министр О’Нил",  # a lower-case or one-letter part keeps its apostrophe
    ],
)
def test_what_is_no_slip_stays(text):
    assert repair(text) == text


def test_every_offset_is_kept():
    raw = "Президент Иван ПЕТРОВ и Hиколай СИДОРОВ\\ встретились в Mинске."
    assert len(repair(raw)) == len(raw)


@pytest.mark.parametrize(
    "text",
    [
        "Глава Калмыкии Бату Хасиков встретиля с послом Монголии Улзийсайханом Энхтувшином.",
        "Министр иностранных дел Армении Арарат Мирзоян встертился с послом Ирана Мехди Собхани.",
    ],
)
def test_a_mistyped_meeting_verb_is_read_as_the_verb(extractor, text):
    assert [kind for kind, _ in meetings(extract(extractor, text))] == ["talks"]


def test_a_word_no_dictionary_knows_that_is_no_verb_stays(extractor):
    a = extract(extractor, "Министр Арарат Мирзоян открыл выставку картин в галерее «Вернисажъ».")
    assert meetings(a) == []
