"""Sentences written for the test.

Acronyms a text defines for a state's body ("Министерство ... Армении (МОНКС)") tell the state of titles built on
them; state adjectives in "-цкий" (турецкий, немецкий) read like those in "-ский"; a title word that only looks
like a past-tense verb ("консула", "генерала") does not cut a title; an attaché and a vice-consul are officials; a
title followed by another title in a case other than the genitive is another argument of the verb; "Туркменскую
сторону возглавил X" puts X on that side; "президент страны" after a state the sentence names is that state's; two
states joined by a hyphen are places, no name; who speaks at the opening of a sitting is at it.
"""

import pytest

from kg.extract.acronyms import text_defined_bodies
from tests.extract.test_frames import extract, meetings


def posts(article):
    return {p.name: [(post.role, post.country) for post in p.posts] for p in article.persons.values()}


def test_an_acronym_defined_after_a_ministry_of_one_state_names_that_ministry(extractor):
    a = extract(
        extractor,
        "Министерство экономики Армении (МЭА) и Министерство торговли Ирана подписали меморандум. "
        "Встреча главы МЭА Гево Папяна и министра торговли Ирана Аббаса Алиабади прошла в Ереване.",
    )
    assert posts(a)["Гево Папян"] == [("minister", "AM")]
    uses = text_defined_bodies(a)
    assert [(m.text, m.iso) for m in uses] == [("МЭА", "AM")]


def test_a_director_of_a_defined_institute_is_an_official_of_its_state(extractor):
    a = extract(
        extractor,
        "Институт национальной безопасности Кореи (ИНБК) опубликовал доклад. Директор ИНБК Ким Сон Хо выступил "
        "с ним на конференции в Москве.",
    )
    assert posts(a)["Ким Сон Хо"] == [("other_official", "KR")]


def test_no_acronym_is_defined_by_a_body_of_two_states(extractor):
    two = extract(
        extractor,
        "Министерство финансов России и Министерство финансов Китая (МФК) провели консультации.",
    )
    assert text_defined_bodies(two) == []


def test_a_title_the_gazetteer_knows_keeps_its_role_beside_a_defined_acronym(extractor):
    a = extract(
        extractor,
        "Министерство иностранных дел Казахстана (МИД) сообщило о визите. Глава МИД Мурат Нуртлеу встретился с "
        "послом Японии.",
    )
    assert posts(a)["Мурат Нуртлеу"] == [("foreign_minister", "KZ")]


# titles of any state, each read by its own words (an adjective's side, an attaché, "страны" after a state, a
# ministry's state secretary ...)
TITLES = [
    pytest.param(
        "Министр иностранных дел Ирана Аббас Аракчи в телефонном разговоре со своим турецким коллегой Мехметом "
        "Озденом поздравил его с праздником.",
        "Мехмет Озден",
        ("foreign_minister", "TR"),
        id="a_colleague_by_an_adjective_in_tsk",
    ),
    pytest.param(
        "Турецкую делегацию возглавил министр торговли Омер Болат, казахстанскую — министр Арман Шаккалиев.",
        "Омер Болат",
        ("minister", "TR"),
        id="a_delegation_by_an_adjective_in_tsk",
    ),
    pytest.param(
        "В Душанбе прошло заседание межправкомиссии. Туркменскую сторону возглавил министр финансов Сердар "
        "Мамедов, таджикскую — министр энергетики Далер Джума.",
        "Сердар Мамедов",
        ("minister", "TM"),
        id="a_side_led_by_its_minister",
    ),
    pytest.param(
        "Атташе по сельскому хозяйству России во Вьетнаме Ольга Смирнова рассказала о поставках зерна.",
        "Ольга Смирнова",
        ("other_official", "RU"),
        id="an_attache",
    ),
    pytest.param(
        "Генеральный консул Монголии в Улан-Удэ Батбаяр Ганбат и вице-консул Монголии Цэцэг Болд посетили "
        "парламент республики.",
        "Цэцэг Болд",
        ("other_official", "MN"),
        id="a_vice_consul",
    ),
    pytest.param(
        "Посол Казахстана в Индонезии Серик Жумангарин встретился с вице-президентом страны Гибраном "
        "Ракабумингом.",
        "Гибран Ракабуминг",
        ("other_official", "ID"),
        id="strany_after_the_host_state",
    ),
    pytest.param(
        "Министр иностранных дел Армении Арарат Мирзоян прибыл в Бразилию по приглашению президента страны "
        "Лулы да Силвы.",
        "Лула да Силва",
        ("head_of_state", "BR"),
        id="strany_after_the_state_visited",
    ),
    pytest.param(
        "В Гаване министр энергетики России Сергей Цивилев встретился с представителем президента страны "
        "Рамиро Вальдесом.",
        "Рамиро Вальдес",
        ("other_official", "CU"),
        id="a_representative_of_the_president",
    ),
    pytest.param(
        "Президент встретился с премьер-министром, главой МИД Государства Кувейт шейхом Сабахом Халедом "
        "Ас-Сабахом.",
        "Сабах Халед Ас-Сабах",
        ("foreign_minister", "KW"),
        id="the_head_of_the_mfa_of_the_state",
    ),
    pytest.param(
        "Об этом сообщил руководитель пресс-службы президента Казахстана Берик Уали.",
        "Берик Уали",
        ("other_official", "KZ"),
        id="the_head_of_a_press_service",
    ),
    pytest.param(
        "Президента сопровождал секретарь кабинета министров Индонезии Тедди Виджая.",
        "Тедди Виджая",
        ("other_official", "ID"),
        id="a_cabinets_secretary",
    ),
    pytest.param(
        "Министр встретился с государственным секретарем МИД Польши Павлом Яблоньским.",
        "Павел Яблоньский",
        ("deputy_minister", "PL"),
        id="a_ministrys_state_secretary",
    ),
    pytest.param(
        "Министр встретился с министром, ответственным за иностранные дела Омана, Бадром Аль-Бусаиди.",
        "Бадр Аль-Бусаиди",
        ("foreign_minister", "OM"),
        id="the_minister_responsible_for_foreign_affairs",
    ),
]


@pytest.mark.parametrize("sentence, name, post", TITLES)
def test_a_title_gives_its_holder_the_post_of_its_state(extractor, sentence, name, post):
    assert post in posts(extract(extractor, sentence))[name]


def test_a_title_word_that_looks_like_a_verb_does_not_cut_the_title(extractor):
    a = extract(
        extractor,
        "Посол Таджикистана Имомуддин Сатторов представил губернатору Новосибирской области Владимиру Городецкому "
        "нового генерального консула Таджикистана Шамсиддина Зарди.",
    )
    assert posts(a)["Шамсиддин Зарди"] == [("other_official", "TJ")]


def test_a_dependent_title_in_the_genitive_stays_part_of_the_title(extractor):
    a = extract(extractor, "Об этом сообщил пресс-секретарь президента Турции Нуреттин Юджель журналистам.")
    assert posts(a)["Нуреттин Юджель"] == [("other_official", "TR")]


def test_a_meeting_with_a_turkish_colleague_named_later(extractor):
    a = extract(
        extractor,
        "Министр обороны Азербайджана Закир Гасанов встретился со своим турецким коллегой.\n"
        "Стороны обсудили военное сотрудничество, сообщает пресс-служба.\n"
        "Министр обороны Турции Яшар Гюлер находится в Баку с визитом.",
    )
    assert ("talks", frozenset({"Закир Гасанов", "Яшар Гюлер"})) in meetings(a)


def test_chairing_a_sitting_is_no_title(extractor):
    a = extract(
        extractor,
        "Заседание прошло под председательством премьер-министра Казахстана Олжаса Бектенова в Астане.",
    )
    assert posts(a)["Олжас Бектенов"] == [("head_of_government", "KZ")]


def test_the_president_of_the_country_is_the_outlets_when_the_sentence_names_no_other(extractor):
    a = extract(extractor, "Президент страны Касым-Жомарт Токаев принял посла Японии.", publisher="KZ")
    assert posts(a)["Касым-Жомарт Токаев"] == [("head_of_state", "KZ")]


def test_two_states_joined_by_a_hyphen_are_no_name(extractor):
    a = extract(
        extractor,
        "Руководитель группы дружбы Армения-Индия А.Аршакян встретился со спикером Лок Сабха Омом Бирлой.",
    )
    assert set(posts(a)) == {"А. Аршакян", "Ом Бирла"}
    assert posts(a)["Ом Бирла"] == [("parliament_speaker", "IN")]


@pytest.mark.parametrize(
    "sentence",
    [
        "Вице-премьер России Алексей Оверчук выступил на открытии заседания межправительственной комиссии "
        "между Россией и Арменией.",
        "Об этом сообщил на открытии заседания межправительственной комиссии между Россией и Арменией "
        "вице-премьер России Алексей Оверчук.",
    ],
)
def test_who_speaks_at_the_opening_of_a_sitting_is_at_it(extractor, sentence):
    assert meetings(extract(extractor, sentence)) == [("session", frozenset({"Алексей Оверчук"}))]


def test_a_title_after_a_name_and_before_and_is_that_names(extractor):
    a = extract(
        extractor,
        "Арарат Мирзоян, министр иностранных дел Армении, и Бахтиёр Саидов, министр иностранных дел "
        "Узбекистана, провели переговоры в Ташкенте.",
    )
    assert posts(a)["Арарат Мирзоян"] == [("foreign_minister", "AM")]
    assert posts(a)["Бахтиёр Саидов"] == [("foreign_minister", "UZ")]
