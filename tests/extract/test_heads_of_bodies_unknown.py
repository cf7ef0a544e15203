"""The head of an international body the gazetteer does not know keeps a post, in the body the title names or
in the one body the text names (sentences written for the test)."""

from kg.extract.postorgs import post_organization
from tests.extract.test_frames import extract


def organizations(extractor, text):
    a = extract(extractor, text)
    return {
        p.name: [org.name for post in p.posts if (org := post_organization(post, extractor.gazetteer))]
        for p in a.persons.values()
    }


def test_the_body_the_title_names_is_the_posts(extractor):
    found = organizations(
        extractor,
        "Министр иностранных дел Армении Арарат Мирзоян встретился с генеральным секретарем Северного совета "
        "министров Карен Эллеманн.",
    )
    assert found["Карен Эллеманн"] == ["Северный совет министров"]


def test_a_body_told_as_the_organization_is_the_one_the_text_names(extractor):
    found = organizations(
        extractor,
        "В секретариате Шанхайской организации сотрудничества прошла встреча. Генеральный секретарь "
        "организации Чжан Мин принял посла Казахстана Шахрата Нурышева.",
    )
    assert found["Чжан Мин"] == ["Шанхайская организация сотрудничества"]


def test_a_states_ministry_is_no_international_body(extractor):
    found = organizations(
        extractor,
        "Генеральный секретарь Министерства иностранных дел Королевства Норвегия Кристиан Сысе встретился с "
        "послом.",
    )
    assert found["Кристиан Сысе"] == ["Королевство Норвегия"]


def posts(article):
    return sorted((p.name, post.role, post.country) for p in article.persons.values() for post in p.posts)


def test_the_head_of_a_body_after_a_conjunction(extractor):
    a = extract(
        extractor,
        "На вопросы ответили министр иностранных дел Армении Арарат Мирзоян и глава исполкома СНГ Сергей Лебедев.",
    )
    assert ("Сергей Лебедев", "head_of_international_organization", None) in posts(a)


def test_heads_of_the_atomic_agency_and_the_labour_organization(extractor):
    a = extract(
        extractor,
        "Алексей Лихачев встретился с главой МАГАТЭ Рафаэлем Гросси. Затем гендиректор Международной "
        "организации труда Гай Райдер выступил с докладом.",
    )
    assert ("Рафаэль Гросси", "head_of_international_organization", None) in posts(a)
    assert ("Гай Райдер", "head_of_international_organization", None) in posts(a)


def test_the_head_of_a_presidents_office_is_an_official_not_the_president(extractor):
    a = extract(extractor, "Об этом сообщил глава Офиса президента Украины Андрей Ермак.")
    assert posts(a) == [("Андрей Ермак", "other_official", "UA")]


def test_a_crown_prince_is_his_states_official(extractor):
    a = extract(
        extractor, "Эрдоган встретился с наследным принцем Саудовской Аравии Мухаммедом бин Салманом."
    )
    assert ("Мухаммед бин Салман", "other_official", "SA") in posts(a)
