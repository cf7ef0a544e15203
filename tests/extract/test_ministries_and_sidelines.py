"""Texts written for these tests: a minister's title that names no state takes the state the text gives that
ministry ("Минсельхоза России", "Министерства ... Республики Беларусь"); "Мероприятие состоялось на полях форума"
places the meeting just told, and opens no meeting of the forum."""

import pytest

from tests.extract.test_holders_interjections_and_joined_titles import meetings, posts


@pytest.mark.parametrize(
    "text, name, post",
    [
        (
            "Министр сельского хозяйства Иван Петров выступил на выставке. Он рассказал о работе Министерства "
            "сельского хозяйства и продовольствия Республики Беларусь.",
            "Иван Петров",
            ("minister", "BY"),
        ),
        (
            "Заместитель министра энергетики Олег Сидоров выступил на форуме. Минэнерго Узбекистана "
            "подготовило доклад о развитии сетей.",
            "Олег Сидоров",
            ("deputy_minister", "UZ"),
        ),
    ],
)
def test_a_ministers_state_is_the_state_the_text_gives_the_ministry(extractor, text, name, post):
    assert post in posts(extractor.extract(text, "t"))[name]


def test_two_states_ministries_of_one_area_leave_the_title_open(extractor):
    a = extractor.extract(
        "Министр транспорта Олег Сидоров выступил на совещании. Минтранс России и Минтранс Казахстана "
        "подписали план.",
        "t",
    )
    assert posts(a)["Олег Сидоров"] in ([], [("minister", "")])


def test_a_meeting_held_on_the_sidelines_of_a_forum_opens_no_forum(extractor):
    a = extractor.extract(
        "Министр сельского хозяйства Дмитрий Иванов провел рабочую встречу с генеральным директором ФАО Цюй "
        "Дунъюем. Мероприятие состоялось на полях II Международного агропромышленного форума, стороны обсудили "
        "вопросы сотрудничества.\nДмитрий Иванов высоко оценил уровень взаимодействия России и ФАО.",
        "t",
    )
    assert [kind for kind, _ in meetings(a)] == ["talks"]


@pytest.mark.parametrize(
    "text, name",
    [
        (
            "Мэр Саппоро Кацухиро Акимото в ответном слове поблагодарил губернатора за прием.",
            "Кацухиро Акимото",
        ),
        (
            "Генеральный примар Кишинева Ион Чебан встретился с примаром румынского муниципия Бая-Маре Кристианом "
            "Ниссеном.",
            "Кристиан Ниссен",
        ),
        (
            "Губернатор встретился с директором муниципального управления Тебриза Мохаммадрезой Хоссейни.",
            "Мохаммадреза Хоссейни",
        ),
    ],
)
def test_a_towns_name_before_its_heads_name_is_no_part_of_it(extractor, text, name):
    assert name in posts(extractor.extract(text, "t"))


@pytest.mark.parametrize(
    "text, name",
    [
        ("Губернатор Андрей Александрович Травников встретился с послом Японии.", "Андрей Травников"),
        ("Губернатор Хьюго Эрнесто Ортис встретился с послом России.", "Хьюго Эрнесто Ортис"),
        (
            "В делегацию вошел заместитель председателя Народного комитета провинции Буй Динь Лонг.",
            "Буй Динь Лонг",
        ),
    ],
)
def test_a_whole_name_after_a_towns_head_keeps_its_first_word(extractor, text, name):
    assert name in posts(extractor.extract(text, "t"))


@pytest.mark.parametrize(
    "text, met",
    [
        (
            "Мэр Тарту Урмас Клаас побывал с визитом в Пскове. Состоялся конструктивный диалог с губернатором "
            "Псковской области Михаилом Ведерниковым.",
            ["Михаил Ведерников", "Урмас Клаас"],
        ),
        (
            "Посол Индии Винай Кумар провел диалог с министром экономического развития России Максимом "
            "Решетниковым.",
            ["Винай Кумар", "Максим Решетников"],
        ),
    ],
)
def test_a_dialogue_held_with_a_partner_is_talks(extractor, text, met):
    assert ("talks", met) in meetings(extractor.extract(text, "t"))


def test_a_dialogue_without_a_partner_is_no_meeting(extractor):
    a = extractor.extract(
        "Министр иностранных дел Казахстана Ермек Кошербаев отметил, что политический диалог с Японией "
        "развивается.",
        "t",
    )
    assert meetings(a) == []


def test_the_president_of_the_country_is_of_the_state_the_sentence_before_names(extractor):
    a = extractor.extract(
        "Алжир готов к переговорам о поставках газа. Об этом заявил президент страны Карим Бенали, "
        "принимая специального представителя ООН.",
        "t",
        publisher_country="RU",
    )
    assert [role for role in posts(a)["Карим Бенали"]] == [("head_of_state", "DZ")]


def test_the_president_of_the_country_with_no_state_before_is_the_outlets(extractor):
    a = extractor.extract(
        "Экономика растет третий год подряд. Об этом заявил президент страны Касым-Жомарт Токаев.",
        "t",
        publisher_country="KZ",
    )
    assert ("head_of_state", "KZ") in posts(a)["Касым-Жомарт Токаев"]


@pytest.mark.parametrize(
    "text, met",
    [
        (
            "Глава администрации Гусева Андрей Соколов вместе с бурмистром города Олецко Каролём Собчак "
            "обсудили вопросы обмена делегациями.",
            ["Андрей Соколов", "Кароль Собчак"],
        ),
        (
            "Губернатор Иван Петров совместно с послом Японии Кэнъити Такэдой обсудили планы на год.",
            ["Иван Петров", "Кэнъити Такэда"],
        ),
    ],
)
def test_a_partner_together_with_the_subject_of_a_discussion_met_him(extractor, text, met):
    assert ("talks", met) in meetings(extractor.extract(text, "t"))


@pytest.mark.parametrize(
    "tokens, first", [(["Каролём", "Собчак"], "Кароль"), (["Игорем", "Ивановым"], "Игорь")]
)
def test_an_instrumental_in_yom_or_em_is_no_womans_name(tokens, first):
    from kg.extract.morph import normalize_name

    assert normalize_name(tokens).first == first
