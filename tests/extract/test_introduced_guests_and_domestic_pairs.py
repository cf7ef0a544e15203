"""A guest introduced at a meeting joins it, a party leader is no head of state, and two named officials of one
state are a domestic meeting even when the outlet's state is unknown (sentences written for the test)."""

from tests.extract.test_frames import extract


def met(article):
    return sorted(sorted(article.persons[k].name for k in m.participants) for m in article.meetings)


def posts(article):
    return sorted((p.name, post.role, post.country) for p in article.persons.values() for post in p.posts)


def test_a_consul_the_ambassador_introduces_at_the_meeting_joins_it(extractor):
    a = extract(
        extractor,
        "Губернатор Омской области Виталий Хоценко и Посол Киргизии в России Айбек Молдогазиев провели рабочую "
        "встречу. В ходе неё Посол представил нового Генерального консула Киргизии в Новосибирске Бакыта "
        "Асанова.",
    )
    assert met(a) == [["Айбек Молдогазиев", "Бакыт Асанов", "Виталий Хоценко"]]


def test_a_leader_of_a_party_with_adjectives_is_an_official_not_a_head_of_state(extractor):
    a = extract(
        extractor, "С лидером российской политической партии «Родина» Алексеем Журавлевым встретился посол."
    )
    assert ("Алексей Журавлев", "head_of_state", "RU") not in posts(a)


def test_two_named_officials_of_one_state_meet_at_home(extractor):
    a = extract(
        extractor,
        "Владимир Путин встретился с пензенским губернатором Олегом Мельниченко\n\n"
        "В ходе общения обсуждались итоги развития Пензенской области.",
    )
    assert met(a) == []


def test_the_state_of_the_subjects_title_is_not_the_partners(extractor):
    a = extract(
        extractor,
        "Омск посетит Генеральный консул Германии в Новосибирске Анна Шмидт. 7 октября Генеральный консул "
        "Германии встретится с заместителем губернатора Петром Ивановым.",
    )
    assert ("Петр Иванов", "other_official", "DE") not in posts(a)


def test_a_title_the_person_takes_on_tells_the_state(extractor):
    a = extract(
        extractor,
        "Временно исполняющим обязанности президента Киргизии стал спикер парламента Талант Мамытов.",
    )
    assert ("Талант Мамытов", "parliament_speaker", "KG") in posts(a)


def test_an_outlet_that_names_only_its_own_regions_is_of_their_state(extractor):
    a = extract(
        extractor,
        "Воронежская область расширит сотрудничество с Кубой. Губернатор Александр Гусев встретился с послом "
        "Кубы Хулио Гармендией. Он рассказал о предприятиях Воронежской области.",
    )
    assert a.publisher_country == "RU"
    assert ("Александр Гусев", "regional_head", "RU") in posts(a)


def test_an_outlet_naming_regions_of_two_states_stays_unknown(extractor):
    a = extract(
        extractor,
        "Оренбургская делегация прибыла в Наманганскую область. Губернатор Денис Паслер встретился с хокимом "
        "Наманганской области. Стороны обсудили поставки из Оренбургской области.",
    )
    assert a.publisher_country is None
