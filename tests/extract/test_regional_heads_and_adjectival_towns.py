"""A region's head with no region in his title takes no state from a state the sentence names beside him (more often
his partner's): "Губернатор X предложил Председателю КНР ..." is not a Chinese governor. A town named by an adjective
("Гусь-Хрустальный") is found in its case forms ("мэр Гусь-Хрустального"). Texts written for these tests."""

import pytest

from tests.extract.test_frames import posts_of


@pytest.mark.parametrize(
    "text, name",
    [
        (
            "Кузбасс ждет инвестиций\n\nГубернатор Аман Тулеев предложил Председателю Китайской Народной Республики "
            "совместно добывать газ.",
            "Аман Тулеев",
        ),
        (  # a guard: read right before the change too (the title before "Монголии" was caught)
            "Губернатор Виктор Томенко предложил Президенту Монголии расширить поставки зерна.",
            "Виктор Томенко",
        ),
    ],
)
def test_a_state_beside_a_bare_regional_title_is_not_his(extractor, text, name):
    article = extractor.extract(text if "\n" in text else "Заголовок\n\n" + text, "t")
    assert {country for _role, country in posts_of(article)[name]} <= {None, "RU"}


@pytest.mark.parametrize(
    "text, post",
    [
        ("Мэр Гусь-Хрустального Николай Балкунов посетил Болгарию.", ("regional_head", "RU")),
        ("Визит мэра Мирного Ивана Петрова в Монголию завершился.", ("regional_head", "RU")),
    ],
)
def test_a_town_named_by_an_adjective_in_its_cases(extractor, text, post):
    article = extractor.extract("Заголовок\n\n" + text, "t")
    assert post in set().union(*posts_of(article).values())
