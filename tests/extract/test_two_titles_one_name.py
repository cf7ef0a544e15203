"""Two titles joined by "и" before one name: two people when the verb after it is plural, one person's two posts
when it is singular (sentences written for the test)."""

from tests.extract.test_frames import extract
from tests.extract.test_unseen_text_shapes import person_posts


def test_with_a_plural_verb_the_name_holds_the_second_title(extractor):
    a = extract(
        extractor,
        "Губернатор Тюменской области Александр Моор принял гостей. Глава региона и посол Узбекистана в России "
        "Ботиржон Асадов обсудили вопросы торговли.",
    )
    assert person_posts(a)["Ботиржон Асадов"] == {("ambassador", "UZ")}


def test_with_a_singular_verb_the_name_holds_the_first_title(extractor):
    a = extract(
        extractor, "Вице-премьер и министр финансов Узбекистана Джамшид Кучкаров заявил о росте торговли."
    )
    assert ("deputy_head_of_government", "UZ") in person_posts(a)["Джамшид Кучкаров"]
