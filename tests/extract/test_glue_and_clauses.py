"""Meetings lost to a text's shape or to a clause the reader did not look into (sentences written for the test):
two words run together where a line break was lost, a quotation opened with « and closed with a straight quote,
a meeting that is only being prepared, a sitting told as held in its own relative clause, a name in apposition
to a second title, those acting "совместно с" the subject, and an ambassador whose state is told by an
adjective before "послом в ...".
"""

from collections import Counter

import pytest

from kg.extract import layout, names
from kg.extract.speech import speech_spans
from tests.extract.test_frames import extract, meetings


def persons(article):
    return {p.name: [(post.role, post.country) for post in p.posts] for p in article.persons.values()}


def test_glue_points_are_where_a_lower_case_word_runs_into_a_capitalised_one():
    assert layout.glue_points("о проведении переговоровИван Петров сказал") == [
        len("о проведении переговоров")
    ]
    # a surname with a capital inside, an abbreviation and a brand-like word are not glue
    assert layout.glue_points("МакДональд, ВКонтакте и АвтоВАЗ, Мак-Кинли") == []


def test_a_headline_glued_to_the_first_sentence_leaves_the_name_whole(extractor):
    a = extract(
        extractor,
        "МИД Армении договорился с Грузией о проведении консультацийАрарат Мирзоян, министр иностранных дел "
        "Армении, сообщил, что провел переговоры с министром иностранных дел Грузии Илией Дарчиашвили.",
    )
    assert persons(a)["Арарат Мирзоян"] == [("foreign_minister", "AM")]
    assert meetings(a) == [("talks", frozenset({"Арарат Мирзоян", "Илия Дарчиашвили"}))]


def test_a_guillemet_closed_by_a_straight_quote_before_its_attribution_is_one_quotation():
    paragraph = '«Мы договорились провести заседание в Ташкенте", - сказал министр после беседы с коллегой.'
    spans = speech_spans(paragraph)
    assert [paragraph[a:b] for a, b in spans] == ["Мы договорились провести заседание в Ташкенте"]


def test_the_attribution_after_a_mixed_quotation_tells_a_meeting(extractor):
    a = extract(
        extractor,
        "Министр иностранных дел Латвии Байба Браже прокомментировала итоги. «Встретиться в Риге мы не смогли. "
        'Работа продолжится дистанционно", - рассказала министр после разговора с эстонским коллегой '
        "Маргусом Цахкной.",
    )
    assert meetings(a) == [("talks", frozenset({"Байба Браже", "Маргус Цахкна"}))]


@pytest.mark.parametrize(
    "text",
    [
        "Стороны обсудили подготовку встречи президентов Эмомали Рахмона и Садыра Жапарова.",
        "Переговоры должны способствовать организации встречи лидеров двух стран Ильхама Алиева и Никола "
        "Пашиняна.",
    ],
)
def test_a_meeting_being_prepared_was_not_held(extractor, text):
    assert meetings(extract(extractor, text)) == []


def test_a_meeting_whose_preparing_is_told_as_done_was_held(extractor):
    a = extract(
        extractor,
        "Организация встречи Эмомали Рахмона и Садыра Жапарова в Бишкеке прошла без сбоев.",
    )
    assert meetings(a) == [("talks", frozenset({"Эмомали Рахмон", "Садыр Жапаров"}))]


@pytest.mark.parametrize(
    "text",
    [
        "Губернатор рассказал об итогах заседания Высшего Госсовета, которое прошло в Москве с участием "
        "президентов Владимира Путина и Александра Лукашенко.",
        "Эксперт прокомментировал решения заседания Высшего Госсовета, прошедшего в Москве с участием "
        "президентов Владимира Путина и Александра Лукашенко.",
    ],
)
def test_a_sitting_told_as_held_in_its_own_clause_is_reported(extractor, text):
    assert meetings(extract(extractor, text)) == [
        ("session", frozenset({"Владимир Путин", "Александр Лукашенко"}))
    ]


def test_a_sitting_that_its_own_clause_puts_ahead_is_not_reported(extractor):
    a = extract(
        extractor,
        "Губернатор рассказал о заседании Высшего Госсовета, которое пройдет в Москве с участием президентов "
        "Владимира Путина и Александра Лукашенко.",
    )
    assert meetings(a) == []


def test_a_name_in_apposition_to_a_second_title_takes_part(extractor):
    a = extract(
        extractor,
        "В Чебоксарах прошла встреча с послом Кубы в России Хулио Гармендией Пеньей. В беседе приняли участие "
        "сенатор РФ, член группы по сотрудничеству Совета Федерации с Национальной ассамблеей Кубы Олег Морозов.",
    )
    assert meetings(a) == [("talks", frozenset({"Хулио Гармендия Пенья", "Олег Морозов"}))]


@pytest.mark.parametrize("word", ["совместно", "вместе"])
def test_who_acts_together_with_the_subject_takes_part(extractor, word):
    a = extract(
        extractor,
        f"Министр образования Беларуси Андрей Иванец {word} с послом Беларуси в Китае Александром Ванковичем "
        "провел переговоры с министром образования Китая Хуай Цзиньпэном.",
    )
    assert meetings(a) == [("talks", frozenset({"Андрей Иванец", "Александр Ванкович", "Хуай Цзиньпэн"}))]


@pytest.mark.parametrize(
    "text",
    [
        "Министр принял белорусского посла в Китае Александра Ванковича.",
        "Министр принял посла Беларуси в Китае Александра Ванковича.",
        "Министр принял белорусского посла Александра Ванковича.",
    ],
)
def test_an_ambassador_is_of_the_state_that_sends_him(extractor, text):
    assert persons(extract(extractor, text))["Александр Ванкович"] == [("ambassador", "BY")]


@pytest.mark.parametrize(
    "first, second, thing",
    [
        ("Биография", "Масуда", True),
        ("Алмаз", "Рахимов", False),
        ("Алмаз", "Имангазиев", False),
        ("Роза", "Отунбаева", False),
    ],
)
def test_a_noun_for_a_thing_opens_no_name_before_a_genitive(first, second, thing):
    assert names._thing_of_someone(first, second) is thing


def test_a_menu_link_glued_to_a_word_names_no_one_new(extractor):
    a = extract(
        extractor,
        "Президент Ирана Масуд Пезешкиан провел переговоры с президентом Армении Ваганом Хачатуряном. "
        "Читайте по темеБиография Масуда Пезешкиана",
    )
    assert sorted(persons(a)) == ["Ваган Хачатурян", "Масуд Пезешкиан"]


def test_an_ambassador_named_inside_an_act_that_was_welcomed_is_no_partner(extractor):
    a = extract(
        extractor,
        "Министр иностранных дел Армении Арарат Мирзоян встретился с коллегой из Грузии Илией Дарчиашвили. "
        "Мирзоян приветствовал открытие грузинского консульства и назначение нового посла Грузии в Армении "
        "Георгия Сагинадзе.",
    )
    assert meetings(a) == [("talks", frozenset({"Арарат Мирзоян", "Илия Дарчиашвили"}))]


@pytest.mark.parametrize("phrase", ["с коллегой из Грузии", "со своим грузинским коллегой"])
def test_a_colleague_from_a_state_holds_the_same_post_there(extractor, phrase):
    a = extract(
        extractor, f"Министр иностранных дел Армении Арарат Мирзоян встретился {phrase} Илией Дарчиашвили."
    )
    assert persons(a)["Илия Дарчиашвили"] == [("foreign_minister", "GE")]


def test_someone_new_who_then_meets_one_of_the_sides_is_another_meeting(extractor):
    a = extract(
        extractor,
        "Председатель Совета Министров Беларуси Геннадий Новицкий встретился в Дели с президентом Индии Абдулом "
        "Каламом. Затем в Хайдерабадском дворце Геннадия Новицкого встречал его коллега – премьер-министр Индии "
        "Атал Ваджпаи.",
    )
    assert Counter(meetings(a)) == Counter(
        [
            ("talks", frozenset({"Геннадий Новицкий", "Абдул Калам"})),
            ("talks", frozenset({"Геннадий Новицкий", "Атал Ваджпаи"})),
        ]
    )


def test_straight_quotes_after_a_mixed_quotation_pair_with_each_other():
    paragraph = (
        '«Приезжайте, есть о чем поговорить", - заявил президент во время беседы с послом. В разговоре он '
        'попросил посла: "Передайте моему другу Николасу Мадуро, что мы его ждем".'
    )
    spans = [paragraph[a:b] for a, b in speech_spans(paragraph)]
    assert spans == [
        "Приезжайте, есть о чем поговорить",
        "Передайте моему другу Николасу Мадуро, что мы его ждем",
    ]


def test_a_person_named_in_direct_speech_is_not_at_the_meeting(extractor):
    a = extract(
        extractor,
        "Президент Беларуси Александр Лукашенко принял посла Венесуэлы Хесуса Саласара Веласкеса. В разговоре "
        'президент попросил посла: "Передайте моему другу Николасу Мадуро, что мы его всегда ждем в Минске".',
    )
    assert meetings(a) == [("talks", frozenset({"Александр Лукашенко", "Хесус Саласар Веласкес"}))]


# ---------------------------------------------------------------- batch 23's shapes, in my own words


@pytest.mark.parametrize(
    "text, name",
    [
        ("Среди гостей - посол ЮАР в России Кристиан Рабие БОТА.", "Кристиан Рабие Бота"),
        ("Министр принял посла Намибии Хамфрея ГЕЙСЕБА.", "Хамфрей Гейсеб"),
    ],
)
def test_a_surname_in_capitals_after_a_foreign_first_name_is_part_of_the_name(extractor, text, name):
    assert name in persons(extract(extractor, text))


def test_a_charge_daffaires_is_an_official_of_his_state(extractor):
    a = extract(extractor, "Министр принял временного поверенного в делах Намибии в России Хамфрея Гейсеба.")
    assert [post for posts in persons(a).values() for post in posts] == [("other_official", "NA")]


@pytest.mark.parametrize("verb, held", [("состоялась", True), ("прошла", True), ("состоится", False)])
def test_a_signing_ceremony_between_two_officials_is_their_meeting(extractor, verb, held):
    a = extract(
        extractor,
        f"В Ташкенте {verb} церемония подписания соглашения между министром иностранных дел Узбекистана "
        "Бахтиёром Саидовым и послом Китая Юй Цзюнем.",
    )
    expected = [("talks", frozenset({"Бахтиёр Саидов", "Юй Цзюнь"}))] if held else []
    assert meetings(a) == expected


def test_a_states_adjective_on_an_unnamed_title_gives_no_state_to_another_person(extractor):
    a = extract(extractor, "Сирийский дипломат уже встретился с донским губернатором Василием Голубевым.")
    assert persons(a)["Василий Голубев"] == [("regional_head", None)]


def test_a_meeting_announced_for_the_day_named_before_counts(extractor):
    a = extract(
        extractor,
        "6 октября Салехард впервые посетит Генеральный консул Великобритании в Екатеринбурге Линда Кросс. "
        "В этот день состоится встреча губернатора Юрия Неёлова с Линдой Кросс.",
    )
    assert meetings(a) == [("talks", frozenset({"Юрий Неёлов", "Линда Кросс"}))]


def test_the_doer_of_an_infinitive_is_the_subject_of_its_head(extractor):
    a = extract(
        extractor,
        "Салехард посетит Генеральный консул Великобритании в Екатеринбурге Линда Кросс. 7 октября Генеральный "
        "консул Великобритании намерена встретиться с заместителем губернатора Александром Мещериным.",
    )
    assert meetings(a) == [("talks", frozenset({"Линда Кросс", "Александр Мещерин"}))]


def test_who_speaks_during_the_meeting_is_at_it(extractor):
    a = extract(
        extractor,
        "3 июня в Анкаре состоялась встреча посла Кыргызстана Ибрагима Жунусова с главой муниципалитета. "
        "По данным ведомства, во время встречи глава муниципалитета Ахмет Карадавут сообщил о готовности к "
        "сотрудничеству.",
    )
    assert meetings(a) == [("talks", frozenset({"Ибрагим Жунусов", "Ахмет Карадавут"}))]


def test_a_listed_officials_surname_after_a_bodys_title_is_that_official(extractor):
    a = extract(
        extractor, "Президент Узбекистана Мирзиеев провел неформальную встречу с главой Евросовета Коштой."
    )
    assert persons(a)["Кошта"] == [("head_of_international_organization", None)]
    assert meetings(a) == [("talks", frozenset({"Мирзиёев", "Кошта"}))]


def test_an_unknown_word_after_a_title_is_no_official_by_that_alone(extractor):
    a = extract(extractor, "Президент Узбекистана Шавкат Мирзиёев провел встречу с главой Евросовета Бракой.")
    assert sorted(persons(a)) == ["Шавкат Мирзиёев"]


def test_talks_with_two_officials_of_one_state_in_different_posts_are_one_each(extractor):
    a = extract(
        extractor,
        "Министр иностранных дел Омана Юсеф бен Алауи бен Абдалла провел переговоры с эмиром Катара Тамимом "
        "бен Хамадом Аль Тани и министром иностранных дел Катара Мухаммедом бен Абдель Рахманом Аль Тани.",
    )
    assert sorted(len(names) for _, names in meetings(a)) == [2, 2]


def test_a_meeting_the_noun_names_with_two_officials_of_one_state_stays_one(extractor):
    a = extract(
        extractor,
        "17 августа в ходе рабочей встречи министра сельского хозяйства России Дмитрия Патрушева с заместителем "
        "премьер-министра Беларуси Леонидом Зайцем и министром сельского хозяйства Беларуси Сергеем Бартошем "
        "стороны обсудили поставки зерна.",
    )
    assert [len(names) for _, names in meetings(a)] == [3]


# ---------------------------------------------------------------- batch 24's shapes, in my own words


def test_an_object_pronoun_stands_for_someone_before_not_for_its_own_subject(extractor):
    a = extract(
        extractor,
        "Премьер-министр Венгрии Виктор Орбан прибыл с официальным визитом в Астану. Президент Казахстана "
        "Касым-Жомарт Токаев встретил его в Акорде.",
    )
    assert meetings(a) == [("talks", frozenset({"Виктор Орбан", "Касым-Жомарт Токаев"}))]


def test_a_plural_object_pronoun_stands_for_the_delegation_told_before(extractor):
    a = extract(
        extractor,
        "В Казань прибыла делегация из Китая. Ее возглавляет вице-премьер Госсовета КНР Ван Юн. Глава Татарстана "
        "Рустам Минниханов встретил их в аэропорту.",
    )
    assert meetings(a) == [("talks", frozenset({"Ван Юн", "Рустам Минниханов"}))]


@pytest.mark.parametrize(
    "text, met",
    [
        (
            "В Астане новую улицу открыли министр иностранных дел Казахстана Мурат Нуртлеу и министр иностранных "
            "дел Венгрии Петер Сийярто.",
            True,
        ),
        (
            "Аким Алматы Ерболат Досаев и мэр Бишкека Айбек Джунушалиев заложили капсулу в основание парка.",
            True,
        ),
        ("Министр иностранных дел Казахстана Мурат Нуртлеу открыл новую улицу.", False),
    ],
)
def test_officials_of_two_states_who_open_something_together_met(extractor, text, met):
    assert bool(meetings(extract(extractor, text))) is met


def test_a_surname_in_vich_after_a_long_title_is_a_surname(extractor):
    a = extract(
        extractor,
        "Министр труда Азербайджана Сахил Бабаев провел переговоры с главой министерства внутренней и внешней "
        "торговли Сербии Томиславом Момировичем.",
    )
    assert persons(a)["Томислав Момирович"] == [("minister", "RS")]


def test_a_bulleted_item_of_names_only_is_no_page_furniture():
    assert not layout.is_furniture("- Республики Армения – Гевондян Армен Вачикович;")
    assert not layout.is_furniture("- Чехии – Любомир Фреборт;")
    assert layout.is_furniture("Новости Казахстана Интервью Спорт")


def test_credentials_handed_to_a_leader_by_title_by_the_ambassadors_listed_after(extractor):
    a = extract(
        extractor,
        "Президент Таджикистана Эмомали Рахмон 19 февраля принял верительные грамоты от новых послов.\n"
        "В частности, верительные грамоты лидеру страны вручили чрезвычайные и полномочные послы:\n"
        "- Чехии – Любомир Фреборт;\n"
        "- Государства Израиль – Гидеон Лустиг.",
    )
    assert meetings(a) == [("talks", frozenset({"Эмомали Рахмон", "Любомир Фреборт", "Гидеон Лустиг"}))]


def test_a_guests_welcome_takes_the_host_the_sentence_before_tells(extractor):
    a = extract(
        extractor,
        "30 марта Президент Узбекистана Шавкат Мирзиёев прибыл в Хорезм. В аэропорту Ургенча состоялась "
        "торжественная встреча Президента Турции Реджепа Тайипа Эрдогана.",
    )
    assert meetings(a) == [("talks", frozenset({"Шавкат Мирзиёев", "Реджеп Тайип Эрдоган"}))]


@pytest.mark.parametrize("region", ["Приангарья", "Ленобласти"])
def test_a_region_told_by_its_common_alias_is_no_part_of_a_name(extractor, region):
    a = extract(extractor, f"Посол Индии встретился с губернатором {region} Сергеем Левченко.")
    assert persons(a)["Сергей Левченко"] == [("regional_head", "RU")]
