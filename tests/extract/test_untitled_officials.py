"""A person named with no title holds the post the officials gazetteer gives that name in the article's
year (kg/extract/officials.py), on sentences written here."""

from tests.extract.test_frames import extract


def _posts(article):
    return {p.name: sorted((f.role, f.country) for f in p.posts) for p in article.persons.values()}


def test_untitled_heads_hold_the_posts_of_the_articles_year(extractor):
    a = extract(extractor, "Бишкек, 13 мая 2024 года. Садыр Жапаров и Владимир Путин провели переговоры.")
    assert _posts(a)["Садыр Жапаров"] == [("head_of_state", "KG")]
    assert _posts(a)["Владимир Путин"] == [("head_of_state", "RU")]


def test_a_year_the_gazetteer_gives_two_posts_in_gives_none(extractor):
    a = extract(
        extractor, "Москва, 20 мая 2012 года. Владимир Путин провел встречу с Нурсултаном Назарбаевым."
    )
    assert _posts(a)["Владимир Путин"] == []  # head of government, then of state, that year
    assert _posts(a)["Нурсултан Назарбаев"] == [("head_of_state", "KZ")]


def test_a_title_the_text_gives_is_not_overridden(extractor):
    a = extract(
        extractor,
        "Анкара, 3 июня 2013 года. Премьер-министр Турции Реджеп Тайип Эрдоган принял делегацию Казахстана.",
    )
    assert _posts(a)["Реджеп Тайип Эрдоган"] == [("head_of_government", "TR")]


def test_no_post_outside_the_years_in_office(extractor):
    a = extract(extractor, "Бишкек, 13 мая 2015 года. Садыр Жапаров выступил на митинге.")
    assert _posts(a)["Садыр Жапаров"] == []


def test_a_name_cut_off_at_the_end_of_an_excerpt_is_the_person_named_before(extractor):
    a = extract(
        extractor,
        "Анкара, 3 марта 2024 года. Президент Турции Реджеп Тайип Эрдоган встретился с президентом "
        "Казахстана Касым-Жомартом Токаевым. Вечером гостя на ужине в резиденции принимал Реджеп Тайип Эрдо",
    )
    assert sorted(p.name for p in a.persons.values()) == ["Касым-Жомарт Токаев", "Реджеп Тайип Эрдоган"]
