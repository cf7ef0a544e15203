"""Titles told in a headline, beside an adjective of a region or after a preposition, the officials gazetteer's
state for a bare title, and initials after a place noun (sentences written for the test)."""

from tests.extract.test_frames import extract


def posts(article):
    return sorted((p.name, post.role, post.country) for p in article.persons.values() for post in p.posts)


def test_a_headline_title_stands_for_the_one_person_the_body_names_without_a_post(extractor):
    a = extract(
        extractor,
        "Омский губернатор побывал в Казахстане\n\n"
        "В ходе поездки состоялось подписание Виталием Хоценко и акимом Павлодарской области Асаином "
        "Байхановым плана мероприятий.",
    )
    assert ("Виталий Хоценко", "regional_head", "RU") in posts(a)


def test_a_headline_title_is_nobodys_when_two_people_have_no_post(extractor):
    a = extract(
        extractor,
        "Омский губернатор побывал в Казахстане\n\n"
        "В поездке Виталия Хоценко сопровождал Иван Петров. Они посетили Павлодар.",
    )
    assert not [p for p in posts(a) if p[1] == "regional_head"]


def test_a_state_after_a_preposition_is_not_the_titles(extractor):
    a = extract(
        extractor,
        "Андрей Бочаров встретился с делегацией Ирана\n\nГубернатор обсудил с представителями Ирана поставки "
        "зерна.",
    )
    assert ("Андрей Бочаров", "regional_head", "IR") not in posts(a)


def test_a_deputy_of_an_adjectival_governor_is_no_governor(extractor):
    a = extract(extractor, "Заместитель курского губернатора Иван Сидоров встретился с послом Китая.")
    assert posts(a) == [("Иван Сидоров", "other_official", "RU")]


def test_a_party_general_secretary_is_his_states_official(extractor):
    a = extract(extractor, "Генсек ЦК Компартии Лаоса Тхонглун Сисулит прибыл в Москву.")
    assert posts(a) == [("Тхонглун Сисулит", "other_official", "LA")]


def test_a_bare_title_in_a_foreign_speech_takes_the_listed_officials_state(extractor):
    a = extract(
        extractor,
        "Эмир Катара Тамим бен Хамад Аль Тани выступил на форуме.\n\n"
        "«Я приглашаю президента Касым-Жомарта Токаева на чемпионат мира», – сказал эмир.",
    )
    assert ("Касым-Жомарт Токаев", "head_of_state", "KZ") in posts(a)
    assert ("Касым-Жомарт Токаев", "head_of_state", "QA") not in posts(a)


def test_a_head_of_state_is_not_the_regional_head_a_sentence_describes(extractor):
    a = extract(
        extractor,
        "Президент Узбекистана Шавкат Мирзиёев принял делегацию. Соглашения подпишут Правительство "
        "Дагестана и Хокимият Бухарской области.",
    )
    assert [p for p in posts(a) if p[0] == "Шавкат Мирзиёев"] == [("Шавкат Мирзиёев", "head_of_state", "UZ")]


def test_initials_after_a_district_are_the_name(extractor):
    a = extract(
        extractor,
        "Делегацию возглавил заместитель главы города – глава Центрального района Н.П. Сомов.",
    )
    assert [p.name for p in a.persons.values()] == ["Н. Сомов"]
