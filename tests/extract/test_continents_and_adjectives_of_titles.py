""" "Латинская Америка" and "Южная Америка" are continents, not the United States; "дипломатического корпуса" and
"Посольства" describe no diplomat or ambassador who could take part in a meeting (sentences written for the
test)."""

import pytest

from kg.extract.coref import descriptor_spans
from kg.extract.gazetteer import default_gazetteer
from tests.extract.test_frames import extract, meetings
from tests.extract.test_unseen_text_shapes import person_posts


@pytest.mark.parametrize(
    "text", ["в Доме Латинской Америки", "страны Южной Америки", "из Центральной Америки"]
)
def test_a_part_of_a_continent_is_no_state(text):
    assert [m.iso for m in default_gazetteer().find(text) if m.kind == "country"] == []


def test_america_alone_is_the_united_states():
    assert [m.iso for m in default_gazetteer().find("визит в Америку") if m.kind == "country"] == ["US"]


@pytest.mark.parametrize(
    "text", ["с членами дипломатического корпуса", "в здании Посольства Кубы", "посольский приём"]
)
def test_adjectives_and_nouns_that_start_like_titles_describe_no_one(text):
    assert descriptor_spans(text, 0, len(text)) == []


def test_a_director_of_a_house_of_latin_america_is_no_american(extractor):
    a = extract(
        extractor,
        "В Москву прибыл Председатель Национальной ассамблеи Кубы Хуан Эстебан Ласо.\n"
        "Гостей приветствовала директор Дома Латинской Америки Мария Петрова.\n"
        "Председатель парламента Кубы встретился с членами дипломатического корпуса Посольства Кубы, а также с "
        "Заместителем Председателя Правительства России Алексеем Оверчуком.",
    )
    assert ("other_official", "US") not in person_posts(a)["Мария Петрова"]
    assert ("talks", frozenset({"Хуан Эстебан Ласо", "Алексей Оверчук"})) in meetings(a)
