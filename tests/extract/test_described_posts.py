"""A title given without a name ("президента Казахстана", "глава Беларуси", "белорусский лидер") states a
post whose holder the text names elsewhere; the gazetteer of officials tells who held it that year.
Sentences written for these tests."""


def posts(article):
    return {p.name: sorted((f.role, f.country) for f in p.posts) for p in article.persons.values()}


def test_a_title_without_a_name_goes_to_the_named_official_who_held_it(extractor):
    a = extractor.extract(
        "Минск, 3 марта 2023 года. После выступления президента Казахстана слово взял глава Беларуси. "
        "Токаев пошутил, а Лукашенко ответил ему.",
        "t",
    )
    assert posts(a)["Токаев"] == [("head_of_state", "KZ")]
    assert posts(a)["Лукашенко"] == [("head_of_state", "BY")]


def test_an_adjective_before_the_title_names_its_state(extractor):
    a = extractor.extract(
        "Астана, 12 мая 2024 года. Узбекский лидер прибыл в столицу. Шавкат Мирзиёев осмотрел выставку.",
        "t",
    )
    assert posts(a)["Шавкат Мирзиёев"] == [("head_of_state", "UZ")]


def test_the_year_decides_who_held_the_post(extractor):
    a = extractor.extract(
        "Алматы, 5 июня 2015 года. Нурсултан Назарбаев и Касым-Жомарт Токаев открыли форум. "
        "Затем выступил президент Казахстана.",
        "t",
    )
    assert posts(a)["Нурсултан Назарбаев"] == [("head_of_state", "KZ")]
    # not the president; named with no title, he holds the post the gazetteer gives him that year
    assert posts(a)["Касым-Жомарт Токаев"] == [("parliament_speaker", "KZ")]
    b = extractor.extract(
        "Алматы, 5 июня 2023 года. Нурсултан Назарбаев и Касым-Жомарт Токаев открыли форум. "
        "Затем выступил президент Казахстана.",
        "t",
    )
    assert posts(b)["Касым-Жомарт Токаев"] == [("head_of_state", "KZ")]
    assert posts(b)["Нурсултан Назарбаев"] == []


def test_a_post_the_text_gives_to_someone_else_is_not_given_again(extractor):
    a = extractor.extract(
        "Астана, 12 мая 2024 года. Президент Казахстана Касым-Жомарт Токаев принял делегацию. "
        "Нурсултан Назарбаев тоже присутствовал. Президент Казахстана поблагодарил гостей.",
        "t",
    )
    assert ("head_of_state", "KZ") not in posts(a)["Нурсултан Назарбаев"]
    assert posts(a)["Касым-Жомарт Токаев"] == [("head_of_state", "KZ")]


def test_a_title_inside_another_persons_title_describes_no_one(extractor):
    a = extractor.extract(
        "Москва, 10 августа 2016 года. Путин рассказал о беседе со спецпосланником президента США "
        "Стивеном Уиткоффом. Дональд Трамп ранее говорил об этой встрече.",
        "t",
    )
    assert posts(a)["Дональд Трамп"] == []
