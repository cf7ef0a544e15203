"""A whole name in an oblique case glued to the surname of the one who speaks; "республики" in a title is the
state the text names; a bare "Губернатор" is the one untitled person's post; a partner's state after "с" is not
the official's. Sentences written for these tests."""


def posts(article, name):
    person = next(p for p in article.persons.values() if p.name == name)
    return [(p.role, p.country) for p in person.posts]


def test_an_oblique_name_and_a_nominative_surname_are_two_people_at_one_meeting(extractor):
    a = extractor.extract(
        "Представительство Пермского края откроется в Казахстане\n\n"
        "В рамках сегодняшней встречи с советником премьер-министра республики Бауыржаном Алимбековым Махонин "
        "сообщил, что товарооборот с Казахстаном вырос.",
        "t",
    )
    names = sorted(p.name for p in a.persons.values())
    assert names == ["Бауыржан Алимбеков", "Махонин"]
    assert ("other_official", "KZ") in posts(a, "Бауыржан Алимбеков")
    assert [sorted(m.participants) for m in a.meetings] == [["бауыржан алимбеков", "махонин"]]


def test_a_full_name_with_a_patronymic_and_an_indeclinable_surname_stays_one(extractor):
    a = extractor.extract(
        "Президент Казахстана Касым-Жомарт Токаев провел встречу с Александром Григорьевичем Лукашенко.", "t"
    )
    assert "Александр Лукашенко" in {p.name for p in a.persons.values()}
    assert len(a.persons) == 2


def test_the_head_of_a_republic_within_a_state_is_no_state(extractor):
    a = extractor.extract(
        "Об этом сообщила пресс-секретарь главы республики Лилия Галимова после встречи с делегацией Казахстана.",
        "t",
        publisher_country="RU",
    )
    assert posts(a, "Лилия Галимова") == [("other_official", "RU")]


def test_a_bare_governor_is_the_untitled_person_named_in_the_headline(extractor):
    a = extractor.extract(
        "Андрей Травников встретился с делегацией Республики Узбекистан\n\n"
        "Губернатор обсудил с представителями Узбекистана вопросы сотрудничества. Делегацию возглавил посол "
        "Узбекистана в России Ботиржон Асадов.",
        "t",
    )
    assert [p.role for p in next(p for p in a.persons.values() if p.name == "Андрей Травников").posts] == [
        "regional_head"
    ]
    assert ("regional_head", "UZ") not in posts(a, "Андрей Травников")


def test_the_partner_state_after_s_is_not_the_officials(extractor):
    a = extractor.extract(
        "Губернатор Андрей Травников обозначил основные направления сотрудничества региона с Киргизской "
        "Республикой.",
        "t",
    )
    assert ("regional_head", "KG") not in posts(a, "Андрей Травников")


def test_a_meeting_referred_to_after_both_sides_were_named_is_theirs(extractor):
    a = extractor.extract(
        "Губернатор Омской области Виталий Хоценко рассказал о сотрудничестве с Казахстаном. Аким Павлодарской "
        "области Казахстана Асаин Байханов выразил заинтересованность в развитии связей. В ходе встречи "
        "состоялась церемония подписания меморандума.",
        "t",
    )
    assert [sorted(m.participants) for m in a.meetings] == [["асаин байханов", "виталий хоценко"]]


def test_a_meeting_referred_to_after_a_recall_is_not_the_news(extractor):
    a = extractor.extract(
        "Губернатор Омской области Виталий Хоценко рассказал о сотрудничестве с Казахстаном. Ранее аким "
        "Павлодарской области Казахстана Асаин Байханов выразил заинтересованность в развитии связей. В ходе "
        "встречи состоялась церемония подписания меморандума.",
        "t",
    )
    assert a.meetings == []


def test_a_genitive_title_belongs_to_the_genitive_name_after_it(extractor):
    a = extractor.extract(
        "По приглашению Президента Республики Узбекистан Шавката Мирзиёева Владимир Путин находится с "
        "двухдневным государственным\nвизитом в Ташкенте.\nПеред началом переговоров в Президентском дворце "
        "состоялась церемония официальной встречи главы Российского государства Президентом Республики "
        "Узбекистан Шавкатом Мирзиёевым.",
        "t",
    )
    putin = next(x for x in a.persons.values() if x.name == "Владимир Путин")
    assert ("head_of_state", "UZ") not in [(p.role, p.country) for p in putin.posts]


def test_a_nominative_title_before_a_genitive_name_is_the_next_names(extractor):
    a = extractor.extract(
        "Пресс-секретарь Владимира Путина Дмитрий Песков заявил журналистам о переговорах.", "t"
    )
    person = next(x for x in a.persons.values() if x.name == "Дмитрий Песков")
    assert [p.role for p in person.posts] == ["other_official"]
