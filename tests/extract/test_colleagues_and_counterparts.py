"""Colleagues from a city, counterparts' adjectives, Belarusian executive committees, participants of a meeting
told with an adjective, and an Arabic family name told with its article (sentences written for the test)."""

from tests.extract.test_frames import extract


def posts(article):
    return sorted((p.name, post.role, post.country) for p in article.persons.values() for post in p.posts)


def met(article):
    return sorted(sorted(article.persons[k].name for k in m.participants) for m in article.meetings)


def test_a_colleague_from_a_city_holds_the_same_post_in_its_state(extractor):
    a = extract(
        extractor,
        "Губернатор Псковской области Михаил Ведерников и его коллега из Гродно Юрий Караев встретились в Пскове.",
    )
    assert ("Юрий Караев", "regional_head", "BY") in posts(a)
    assert [(m.city, m.country) for m in a.meetings] == [("Псков", "RU")]


def test_the_adjective_of_the_counterparts_is_not_the_hosts_state(extractor):
    a = extract(extractor, "Губернатор Роман Старовойт провел встречу с казахстанскими коллегами.")
    assert ("Роман Старовойт", "regional_head", "KZ") not in posts(a)


def test_the_adjective_of_a_delegation_is_its_heads_state(extractor):
    a = extract(
        extractor,
        "Состоялась встреча с китайской делегацией провинции Цзилинь во главе с мэром города Хуньчунь Ли Мином.",
    )
    assert ("Ли Мин", "regional_head", "CN") in posts(a)


def test_the_chairman_of_a_regional_executive_committee_heads_the_region(extractor):
    a = extract(
        extractor,
        "В Курск прибыла делегация Гомельской области Республики Беларусь во главе с председателем областного "
        "исполкома Иваном Крупко.",
    )
    assert ("Иван Крупко", "regional_head", "BY") in posts(a)


def test_people_who_took_part_in_a_meeting_told_with_an_adjective_join_it(extractor):
    a = extract(
        extractor,
        "Вопрос обсуждался в ходе рабочей встречи губернатора Липецкой области Игоря Артамонова с делегацией "
        "Вьетнама. В рабочей встрече приняли участие посол Вьетнама в России Данг Минь Кхой и советник "
        "посольства Нгуен Ван Тхань.",
    )
    assert met(a) == [["Данг Минь Кхой", "Игорь Артамонов", "Нгуен Ван Тхань"]]


def test_an_arabic_family_name_keeps_its_capitalised_article(extractor):
    a = extract(extractor, "Владимир Путин провел переговоры с президентом ОАЭ Аль Нахайяном в Кремле.")
    assert met(a) == [["Аль Нахайян", "Владимир Путин"]]


def test_a_name_two_states_share_is_the_one_the_text_names_by_its_own_name():
    from kg.extract.gazetteer import Gazetteer

    gaz = Gazetteer()
    north = gaz.find("Делегация Трудовой партии Кореи прибыла из Пхеньяна.")
    assert [m.iso for m in north] == ["KP", "KP"]
    both = gaz.find("Посол Южной Кореи встретился с послом КНДР. Делегация Кореи прибыла.")
    assert [m.iso for m in both] == ["KR", "KP", "KR"]


def test_a_party_secretary_with_the_partys_adjective_is_an_official(extractor):
    a = extract(
        extractor, "Первый секретарь Коммунистической партии Кубы Мигель Диас-Канель прибыл в Москву."
    )
    assert posts(a) == [("Мигель Диас-Канель", "other_official", "CU")]


def test_a_title_ends_before_the_time_of_the_next_clause(extractor):
    a = extract(
        extractor,
        "Губернатор Приморского края Олег Кожемяко встретился с Ким Чен Ыном. Как отметил глава региона, во время "
        "визита Ким Чен Ына они обсудили туризм.",
    )
    assert ("Ким Чен Ын", "regional_head", "KP") not in posts(a)


def test_the_one_side_a_meeting_names_is_the_partners(extractor):
    a = extract(
        extractor,
        "24 ноября губернатор Алексей Дюмин провёл встречу с белорусской делегацией. Делегацию возглавил "
        "заместитель министра Иван Петров.",
    )
    assert ("Алексей Дюмин", "regional_head", "BY") not in posts(a)


def test_a_state_one_cooperates_with_is_not_ones_own(extractor):
    a = extract(
        extractor,
        "По словам губернатора Игоря Руденя, сотрудничество с Республикой Беларусь носит стратегический характер.",
    )
    assert ("Игорь Руденя", "regional_head", "BY") not in posts(a)
    assert ("Игорь Рудень", "regional_head", "BY") not in posts(a)
