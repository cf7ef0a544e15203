"""The head of an international body the gazetteer does not know keeps a post, in the body the title names or
in the one body the text names (sentences written for the test)."""

from kg.extract.posts import post_organization
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
