"""Shapes of the fortieth session (texts written for these tests): talks told with one person whose other side is
the one foreign official named beside them, a capitalised title inside a name, a bare title before initials, an
academy's president by the academy's acronym, and East Asian family names the list lacked."""

import datetime as dt

import pytest

from kg.extract.dates import date_stamp
from tests.extract.test_frames import extract, meetings, posts_of


@pytest.mark.parametrize(
    "text, guest",
    [
        (
            "14 марта состоялся визит делегации посольства Японии во главе с послом Японии в Казахстане "
            "Такэси Накамурой.\nПроведены переговоры с министром образования Казахстана Асхатом Аймагамбетовым. "
            "Стороны обсудили обмен студентами.",
            "Такэси Накамура",
        ),
        (
            "Визит делегации министерства торговли Турции во главе с заместителем министра торговли Турции "
            "Мустафой Тузджу прошел в Минске.\nБыли проведены переговоры с министром экономики Беларуси Юрием "
            "Чеберко. Обсуждались поставки продовольствия.",
            "Мустафа Тузджу",
        ),
    ],
)
def test_talks_told_with_one_person_take_the_one_foreign_official_beside_them(extractor, text, guest):
    a = extract(extractor, text)
    assert any(kind == "talks" and guest in people and len(people) == 2 for kind, people in meetings(a))


def test_two_foreign_officials_beside_the_talks_leave_the_other_side_open(extractor):
    # the text does not say which of the two met the minister
    a = extract(
        extractor,
        "На концерте выступили посол Японии Такэси Накамура и посол Республики Корея Ким Мин Су.\n"
        "Проведены переговоры с министром образования Казахстана Асхатом Аймагамбетовым.",
    )
    assert meetings(a) == [("talks", frozenset({"Асхат Аймагамбетов"}))]


def test_the_one_foreign_official_beside_talks_told_with_one_person_is_their_other_side(extractor):
    a = extract(
        extractor,
        "На концерте выступил посол Японии Такэси Накамура.\n"
        "Проведены переговоры с министром образования Казахстана Асхатом Аймагамбетовым.",
    )
    assert meetings(a) == [("talks", frozenset({"Асхат Аймагамбетов", "Такэси Накамура"}))]


@pytest.mark.parametrize(
    "text, name",
    [
        ("Делегацию возглавил Чрезвычайный и Полномоченный Посол Иван Петров.", "Иван Петров"),  # guard
        ("Состоялся визит делегации во главе с Полномоченным Послом Иваном Петровым.", "Иван Петров"),
        ("Гостей встретил Уполномочены Посол Сергей Кравцов.", "Сергей Кравцов"),  # guard
    ],
)
def test_a_capitalised_title_inside_a_name_span_is_not_part_of_the_name(extractor, text, name):
    # "Полномоченным", "Уполномочены": misspellings the dictionary does not know pass for a first name
    assert name in posts_of(extract(extractor, text))


@pytest.mark.parametrize(
    "text, name",
    [
        (
            "Делегация во главе с Председателем М. Касымалиевым приняла участие в конференции.",
            "М. Касымалиев",
        ),
        ("С докладом выступила Судья Ч. Осмонова.", "Ч. Осмонова"),
        ("Гостей принял Ректор В.И. Сидоров.", "В. Сидоров"),
    ],
)
def test_a_bare_title_before_initials_is_not_a_first_name(extractor, text, name):
    assert set(posts_of(extract(extractor, text))) == {name}


@pytest.mark.parametrize(
    "text, name",
    [
        (
            "Состоялась встреча президента НАН КР М.С. Джуматаева с послом Украины В.Т. Жовтенко.",
            "М. Джуматаев",
        ),
        ("Президент АН РУз Б.С. Юлдашев прибыл в Астану по приглашению коллег.", "Б. Юлдашев"),
        (
            "Проведены переговоры с Председателем Президиума НАН Беларуси Владимиром Гусаковым.",
            "Владимир Гусаков",
        ),
    ],
)
def test_the_president_of_an_academy_told_by_its_acronym_heads_no_state(extractor, text, name):
    assert ("head_of_state", "KG") not in posts_of(extract(extractor, text))[name]
    assert not any(role == "head_of_state" for role, _ in posts_of(extract(extractor, text))[name])


@pytest.mark.parametrize(
    "text, name, post",
    [
        (
            "На открытии выступили заместитель министра культуры КНР Мэн Сяоси и министр культуры России Ольга "
            "Любимова.",
            "Мэн Сяоси",
            ("deputy_minister", "CN"),
        ),
        # guards: names the NER already finds whole stay whole with their family names listed
        ("Премьер-министр Вьетнама Чыонг Тан Шанг провел переговоры с Путиным.", "Чыонг Тан Шанг", None),
        ("Бывший генсек ООН Пан Ги Мун посетил Бишкек.", "Пан Ги Мун", None),
    ],
)
def test_east_asian_family_names_beyond_the_most_common(extractor, text, name, post):
    found = posts_of(extract(extractor, text))
    assert name in found
    if post:
        assert post in found[name]


@pytest.mark.parametrize(
    "text, holder, post",
    [
        (
            "Губернатор Томской области Владимир Мазур принял посла России в Индии Дениса Алипова.\n"
            "«Рады гостям», – сказал Владимир Мазур.\n"
            "Денис Алипов – посол России в Индии с 2022 года. Ранее он был заместителем министра иностранных дел "
            "России.",
            "Денис Алипов",
            ("deputy_minister", "RU"),
        ),
        (
            "Губернатор Омской области Виталий Хоценко встретился с послом Армении Анной Агаджанян.\n"
            "Губернатор поблагодарил гостью за визит.\n"
            "Анна Агаджанян работает в Москве третий год. Ранее она была заместителем министра иностранных дел "
            "Армении.",
            "Анна Агаджанян",
            ("deputy_minister", "AM"),
        ),
    ],
)
def test_a_title_told_of_a_pronoun_subject_is_its_antecedents(extractor, text, holder, post):
    # the title is no one's named beside it: the pronoun's person holds it, not the other person named
    found = posts_of(extract(extractor, text))
    assert post in found[holder]
    assert all(post not in held for name, held in found.items() if name != holder)


@pytest.mark.parametrize(
    "sentence, host",
    [
        (
            "Губернатор Роман Бусаргин встретился с послом России в Китае Андреем Денисовым, который находится с "
            "рабочим визитом в Саратовской области.",
            "RU",
        ),
        (  # guard: the parse already hangs the place on the visit
            "Министр Петр Иванов, находящийся с официальным визитом в Ташкенте по приглашению коллег, встретился с "
            "послом Японии в Узбекистане Такэси Накамурой.",
            "UZ",
        ),
    ],
)
def test_a_visits_host_is_the_place_right_after_it_not_one_in_a_title(extractor, sentence, host):
    a = extract(extractor, sentence)
    assert [v.host for v in a.visits] == [host]


def test_the_honoured_are_of_no_group_a_plural_pronoun_stands_for(extractor):
    a = extract(
        extractor,
        "Мэр Оренбурга Сергей Салмин находится с визитом в Актобе.\n"
        "В рамках визита он возложил цветы к памятнику Т.Г. Шевченко и встретился с акимом Актобе Асланом "
        "Шахановым. На встрече они обсудили транспортное сообщение.",
    )
    assert meetings(a) == [("talks", frozenset({"Сергей Салмин", "Аслан Шаханов"}))]


@pytest.mark.parametrize(
    "plan",
    [
        "В планах подписание соглашения о сотрудничестве между городами.",
        "В перспективе подписание меморандума о побратимстве.",
    ],
)
def test_a_signing_whose_predicate_is_a_plan_signs_nothing_yet(extractor, plan):
    a = extract(
        extractor,
        "Мэр Бреста Александр Рогачук встретился с мэром Калининграда Алексеем Силановым.\n" + plan,
    )
    assert [d for m in a.meetings for d in m.documents] == []


def test_a_signing_told_as_done_beside_a_plan_is_kept(extractor):
    # guard: a plan named elsewhere in the text does not stop the signing told in the past
    a = extract(
        extractor,
        "Мэр Бреста Александр Рогачук встретился с мэром Калининграда Алексеем Силановым.\n"
        "Стороны подписали план мероприятий на 2020 год.",
    )
    assert [d.type for m in a.meetings for d in m.documents] == ["plan"]


def test_talks_told_as_plural_conversations_are_one_meeting_per_counterpart(extractor):
    a = extract(
        extractor,
        "Омск посетила делегация Казахстана во главе с акимом Павлодарской области Асаином Байхановым.\n"
        "Гости провели беседы с губернатором Омской области Виталием Хоценко и мэром Омска Сергеем Шелестом.",
    )
    assert sorted(len(people) for _, people in meetings(a)) == [2, 2]


@pytest.mark.parametrize(
    "text, city",
    [
        (
            "Иркутск посетила делегация Монголии во главе с генеральным консулом Монголии в Улан-Удэ Батыном "
            "Болдом.\nГости провели беседу с мэром Иркутска Русланом Болотовым.",
            "Иркутск",
        ),
        (  # guard: the place the sentence names for the meeting itself
            "Посол России в Китае Игорь Моргулов встретился в Харбине с губернатором провинции Хэйлунцзян Лян "
            "Хуэйлином.",
            "Харбин",
        ),
    ],
)
def test_a_place_inside_a_title_is_not_where_the_meeting_is(extractor, text, city):
    a = extract(extractor, text)
    assert [m.city for m in a.meetings] == [city]


def test_a_place_the_parse_takes_for_the_subject_of_visited_is_the_visits_host(extractor):
    a = extract(
        extractor,
        "12 мая Омск с ознакомительным визитом посетила делегация, возглавляемая послом Республики Беларусь "
        "Дмитрием Крутым. Мэр Омска Сергей Шелест рассказал гостям о городе.",
    )
    assert {(a.persons[v.visitor].name, v.host) for v in a.visits} == {("Дмитрий Крутой", "RU")}


@pytest.mark.parametrize(
    "text, name, role",
    [
        (
            "Гостей принял зампредседателя Жлобинского райисполкома Игорь Аслюк.",
            "Игорь Аслюк",
            "other_official",
        ),
        (
            "Делегацию встретил первый зампред Гомельского облисполкома Петр Шевчук.",
            "Петр Шевчук",
            "other_official",
        ),
        # guard: a government's deputy head stays one
        (
            "Гостей принял зампред правительства Казахстана Ербол Карашукеев.",
            "Ербол Карашукеев",
            "deputy_head_of_government",
        ),
        ("Делегацию встретил глава МСУ Выксы Игорь Матюков.", "Игорь Матюков", "regional_head"),
        (
            "Делегацию встретил глава местного самоуправления Выксы Игорь Матюков.",
            "Игорь Матюков",
            "regional_head",
        ),
    ],
)
def test_contracted_deputies_and_heads_of_local_self_government(extractor, text, name, role):
    a = extract(extractor, text)
    assert [p.role for p in a.persons[name.lower()].posts] == [role]


@pytest.mark.parametrize(
    "text, name",
    [
        (
            "Делегацию возглавил спецпредставитель президента России Михаилом Швыдким.\n"
            "Михаил Швыдкой подчеркнул важность культурных связей с Киргизией.",
            "Михаил Швыдкой",
        ),
        (  # guard: a surname the dictionary knows
            "Министр обороны Армении встретился с Олегом Луговским.\nОлег Луговской рассказал о планах.",
            "Олег Луговской",
        ),
    ],
)
def test_a_stressed_adjectival_surname_written_in_the_nominative_names_its_cases(extractor, text, name):
    # "-ким" is the instrumental of "-кий" and of "-кой": the nominative the text writes settles which
    assert name in posts_of(extract(extractor, text))


def test_a_typo_written_once_does_not_rename_a_surname_written_more_often(extractor):
    # guard: "Джаныбков" reaches no case of "Джаныбекова"; the form written more often names him
    a = extract(
        extractor,
        "Визит Аскарбека Джаныбекова в Ташкент начался утром. Программа Аскарбека Джаныбекова насыщенна.\n"
        "Аскарбек Джаныбков провел переговоры с министром Узбекистана Бахтиёром Саидовым.",
    )
    assert "Аскарбек Джаныбеков" in posts_of(a)


@pytest.mark.parametrize(
    "line, date",
    [
        ("12:59, 9 вересня 2013 р.", dt.date(2013, 9, 9)),
        ("01 листопада 2020, 10:15", dt.date(2020, 11, 1)),
        ("5 травня 2019 р. 14:00", dt.date(2019, 5, 5)),
        ("14 січня 2022", dt.date(2022, 1, 14)),
    ],
)
def test_a_ukrainian_outlets_date_stamp(line, date):
    found = date_stamp(line)
    assert found is not None and found[0] == date


def test_a_ukrainian_stamp_dates_the_meeting_told_as_today(extractor):
    a = extract(
        extractor,
        "12:59, 9 вересня 2013 р.\n"
        "Сегодня губернатор Днепропетровской области Дмитрий Колесников встретился с генеральным консулом "
        "Германии Детлефом Вольтером.",
    )
    assert [m.date for m in a.meetings] == [dt.date(2013, 9, 9)]


@pytest.mark.parametrize(
    "alone, people",
    [
        ("Какие перспективы видит господин Вальтер, пока не ясно.", {"Дмитрий Колесников", "Детлеф Вольтер"}),
        # guard: a surname alone that is no slip of one named is someone else's
        ("Позже к беседе присоединился Шмидт.", {"Дмитрий Колесников", "Детлеф Вольтер", "Шмидт"}),
    ],
)
def test_a_surname_alone_one_slip_from_a_full_name_is_that_person(extractor, alone, people):
    a = extract(
        extractor,
        "Губернатор Дмитрий Колесников встретился с генеральным консулом Германии Детлефом Вольтером.\n"
        "По словам консула, его впечатлил рассказ губернатора. " + alone,
    )
    assert set(posts_of(a)) == people


@pytest.mark.parametrize(
    "text, name, post",
    [
        (
            "Глава комитета по международным делам нижней палаты парламента Таджикистана Олимджон Салимзода принял "
            "посла Японии Такэси Накамуру.",
            "Олимджон Салимзода",
            ("other_official", "TJ"),
        ),
        (
            "Руководитель департамента Азии МИД Великобритании Хелен Волькер прибыла в Душанбе.",
            "Хелен Волькер",
            ("other_official", "GB"),
        ),
    ],
)
def test_the_head_of_a_committee_or_department_is_an_official(extractor, text, name, post):
    assert post in posts_of(extract(extractor, text))[name]


@pytest.mark.parametrize(
    "text",
    [
        "Об этом президент Киргизии Садыр Жапаров сказал в совместном заявлении с президентом Казахстана "
        "Касым-Жомартом Токаевым.",
        "Президент Киргизии Садыр Жапаров и президент Казахстана Касым-Жомарт Токаев выступили с совместным "
        "заявлением для прессы.",
    ],
)
def test_a_joint_statement_made_together_is_a_meeting(extractor, text):
    assert meetings(extract(extractor, text)) == [
        ("talks", frozenset({"Садыр Жапаров", "Касым-Жомарт Токаев"}))
    ]


def test_a_joint_statement_published_by_one_side_is_no_meeting(extractor):
    # guard: a ministry's statement is a text, not two sides facing the press
    a = extract(
        extractor,
        "МИД Киргизии опубликовал совместное заявление о границе. Министр иностранных дел Киргизии Жээнбек "
        "Кулубаев прокомментировал его журналистам.",
    )
    assert meetings(a) == []


def test_the_source_of_the_news_is_no_host_of_the_visit_it_announces(extractor):
    a = extract(
        extractor,
        "Министр иностранных дел Армении Арарат Мирзоян 24 ноября посетит Москву с рабочим визитом, сообщила на "
        "брифинге официальный представитель МИД России Мария Захарова.\n"
        "Стороны обсудят вопросы двустороннего сотрудничества.",
    )
    assert all("Мария Захарова" not in people for _, people in meetings(a))
