"""Texts written for these tests, on who met whom when the text tells it around the meeting word: those who
accompanied a side ("На встрече посла сопровождал X"); a visit whose sides talked, whose visitor talked, or whose hosts
addressed the guests; a meeting noun with no one of its own right after a meeting; a partner the parse hung elsewhere
or named after a counterpart noun ("со своим визави из Ирана X"); a joint conference; a signing on another day; those
who took part in the event a pronoun stands for; a meeting followed up on ("в развитие встречи") recalled."""

import pytest

from tests.extract.test_holders_interjections_and_joined_titles import meetings


@pytest.mark.parametrize(
    "text, met",
    [
        (
            "Министр иностранных дел Казахстана Ержан Ашикбаев провел встречу с послом Японии в Казахстане Такаси "
            "Кураи. На встрече посла сопровождал советник посольства Кэндзи Сато.",
            ["Ержан Ашикбаев", "Кэндзи Сато", "Такаси Кураи"],
        ),
        (
            "5 марта министр экономики Армении Ваан Керобян встретился с послом Франции Оливье Декотиньи. Во время "
            "беседы министра сопровождали его заместители Нарек Терьян и Армен Арзуманян.",
            ["Армен Арзуманян", "Ваан Керобян", "Нарек Терьян", "Оливье Декотиньи"],
        ),
    ],
)
def test_those_who_accompanied_a_side_join_its_meeting(extractor, text, met):
    assert meetings(extractor.extract(text, "t")) == [("talks", met)]


def _only_meeting(extractor, text):
    a = extractor.extract(text, "t")
    assert len(a.meetings) == 1, [m.participants for m in a.meetings]
    m = a.meetings[0]
    return sorted(a.persons[k].name for k in m.participants), m.country, m.visit


@pytest.mark.parametrize(
    "text, visitor, country",
    [
        (
            "Делегация Министерства промышленности Беларуси во главе с министром Виталием Вовком посетила Алжир. "
            "Стороны обсудили создание совместных производств.",
            "Виталий Вовк",
            "DZ",
        ),
        (
            "В Минск прибыла делегация под руководством министра транспорта Узбекистана Ильхома Махкамова. "
            "Стороны договорились о новых маршрутах.",
            "Ильхом Махкамов",
            "BY",
        ),
        (
            "В прошлую пятницу Пермь посетила делегация, возглавляемая послом Латвии в России Эдгарсом Скуя. "
            "Стороны высказались за возобновление туристических связей.",
            "Эдгарс Скуя",
            "RU",
        ),
    ],
)
def test_a_visit_whose_sides_talked_is_their_meeting(extractor, text, visitor, country):
    people, where, visit = _only_meeting(extractor, text)
    assert (people, where) == ([visitor], country)
    assert visit is not None and visit.host == country


def test_a_visit_announced_with_talks_to_come_is_no_meeting(extractor):
    a = extractor.extract(
        "Министр промышленности Беларуси Виталий Вовк посетит Алжир с визитом. Стороны обсудят создание "
        "совместных производств.",
        "t",
    )
    assert a.meetings == []


@pytest.mark.parametrize(
    "host_sentence, host",
    [
        ("Заместитель мэра Омска Александр Якоб рассказал гостям о развитии города.", "Александр Якоб"),
        (
            "Губернатор Омской области Виталий Хоценко, приветствуя гостей, отметил давние связи регионов.",
            "Виталий Хоценко",
        ),
        (
            "Министр экономики Омской области Олег Петров ознакомил делегацию с инвестиционными проектами.",
            "Олег Петров",
        ),
    ],
)
def test_whoever_of_the_host_state_addressed_the_guests_met_the_visitor(extractor, host_sentence, host):
    people, where, visit = _only_meeting(
        extractor,
        "В Омск с рабочим визитом прибыла делегация провинции Ляонин во главе с вице-губернатором Ли Мином. "
        + host_sentence,
    )
    assert (people, where) == (sorted(["Ли Мин", host]), "RU")


def test_a_meeting_noun_with_no_one_of_its_own_right_after_a_meeting_is_that_meeting(extractor):
    a = extractor.extract(
        "Вице-губернатор Новгородской области Олег Смирнов принял участие в заседании российско-эстонской "
        "комиссии по приграничному сотрудничеству. Встреча прошла в Таллине 12 мая. Российскую делегацию "
        "возглавил посол России в Эстонии Владимир Липаев.",
        "t",
    )
    assert [(m.kind, sorted(a.persons[k].name for k in m.participants), m.city) for m in a.meetings] == [
        ("session", ["Владимир Липаев", "Олег Смирнов"], "Таллин")
    ]


def test_partners_the_parse_hung_on_the_verb_before_a_meeting_noun_are_its_partners(extractor):
    a = extractor.extract(
        "Прогресс, достигнутый Черногорией в процессе присоединения к Европейскому союзу, обсуждался на встречах "
        "премьер-министра Милойко Спаича с Верховным представителем Европейского союза по иностранным делам и "
        "политике безопасности, вице-председателем Европейской комиссии Хавьером Соланой и европейским комиссаром "
        "Мартой Кос.",
        "t",
    )
    assert sorted(meetings(a)) == [
        ("talks", ["Марта Кос", "Милойко Спаич"]),
        ("talks", ["Милойко Спаич", "Хавьер Солана"]),
    ]


def _posts(a):
    return {(a.persons[k].name, p.role, p.country) for k in a.persons for p in a.persons[k].posts}


def test_a_title_after_a_comma_and_a_verb_is_the_verbs_subjects_not_the_name_befores(extractor):
    a = extractor.extract(
        "Делегацию, возглавляемую Тимуром Алиевым, приняла Председатель Сейма Литовской Республики Виктория "
        "Чмилите-Нильсен.",
        "t",
    )
    assert _posts(a) == {("Виктория Чмилите-Нильсен", "parliament_speaker", "LT")}


def test_a_title_after_a_copula_is_still_the_name_befores(extractor):
    a = extractor.extract("Меня зовут Цугумаса Мураока, я являюсь губернатором префектуры Ямагути.", "t")
    assert _posts(a) == {("Цугумаса Мураока", "regional_head", "JP")}


def test_a_joint_conference_with_a_partner_is_their_meeting(extractor):
    a = extractor.extract(
        "Об этом заявил министр иностранных дел Эстонии Маргус Цахкна на совместной конференции с главой МИД "
        "Молдовы Михаем Попшоем.",
        "t",
    )
    assert meetings(a) == [("talks", ["Маргус Цахкна", "Михай Попшой"])]


def test_a_name_after_a_counterpart_noun_is_the_partner_wherever_the_parse_hung_it(extractor):
    a = extractor.extract(
        "Министр энергетики России Сергей Цивилев обсудил со своим визави из Ирака Хайяном Абдель Гани "
        "объединение энергосистем стран.",
        "t",
    )
    assert meetings(a) == [("talks", ["Сергей Цивилев", "Хайян Абдель Гани"])]


def test_a_signing_told_on_another_day_than_the_meeting_is_a_meeting_of_its_own(extractor):
    a = extractor.extract(
        "Глава Чувашии встретился с мэром Анталии\n\n14.05.2019\n\nС мэром турецкого города Анталья Мухиттином "
        "Бёджеком встретился сегодня Глава Чувашской Республики Михаил Игнатьев. Во встрече приняли участие "
        "помощник Главы Иван Петров и мэр Чебоксар Денис Спирин. Накануне мэр Чебоксар Денис Спирин и мэр Антальи "
        "Мухиттин Бёджек подписали план развития побратимских связей.",
        "t",
    )
    assert sorted((sorted(a.persons[k].name for k in m.participants), str(m.date)) for m in a.meetings) == [
        (["Денис Спирин", "Иван Петров", "Михаил Игнатьев", "Мухиттин Бёджек"], "2019-05-14"),
        (["Денис Спирин", "Мухиттин Бёджек"], "2019-05-13"),
    ]


def test_a_visitor_who_talked_during_the_visit_held_its_meeting(extractor):
    people, where, visit = _only_meeting(
        extractor,
        "В Челябинскую область прибыл посол Омана Мохаммед Аль-Харти. В правительстве области он обсудил "
        "возможности сотрудничества в строительстве.",
    )
    assert (people, where, visit.visitor) == (["Мохаммед Аль-Харти"], "RU", "мохаммед аль-харти")


def test_a_visitor_who_talked_with_his_own_states_envoy_held_no_meeting_of_states(extractor):
    a = extractor.extract(
        "Губернатор Архангельской области Игорь Орлов прибыл с рабочей поездкой в Ереван. Игорь Орлов и посол "
        "России в Армении Сергей Копыркин обсудили программу визита.",
        "t",
    )
    assert a.meetings == []


@pytest.mark.parametrize(
    "told",
    [
        "Торжественное подписание соглашения о сотрудничестве между Казанью и Стамбулом состоялось вчера. "
        "Участие в нем приняли мэр Казани Ильсур Метшин и мэр Стамбула Экрем Имамоглу.",
        "Вчера в Казани прошла встреча делегаций двух городов. В ней участвовали мэр Казани Ильсур Метшин и мэр "
        "Стамбула Экрем Имамоглу.",
    ],
)
def test_those_who_took_part_in_the_event_a_pronoun_stands_for_met(extractor, told):
    assert meetings(extractor.extract(told, "t")) == [("talks", ["Ильсур Метшин", "Экрем Имамоглу"])]


def test_a_meeting_followed_up_on_is_recalled_not_news(extractor):
    a = extractor.extract(
        "Узбекистан и Казахстан обсудили водные вопросы\n\nВ развитие встречи президента Узбекистана Шавката "
        "Мирзиёева с президентом Казахстана Касым-Жомартом Токаевым министр водного хозяйства Шавкат Хамраев провел "
        "рабочую встречу с министром водных ресурсов Казахстана Нуржаном Ногаевым.",
        "t",
    )
    assert meetings(a) == [("talks", ["Нуржан Ногаев", "Шавкат Хамраев"])]


def test_meetings_a_visits_programme_lists_are_one_each(extractor):
    a = extractor.extract(
        "Министр иностранных дел Венгрии Петер Сийярто посетил Узбекистан с официальным визитом. Программа визита "
        "была насыщенной – встречи с Президентом Узбекистана Шавкатом Мирзиёевым, председателем Сената Танзилой "
        "Нарбаевой и министром иностранных дел Бахтиёром Саидовым.",
        "t",
    )
    assert sorted(meetings(a)) == [
        ("talks", ["Бахтиёр Саидов", "Петер Сийярто"]),
        ("talks", ["Петер Сийярто", "Танзила Нарбаева"]),
        ("talks", ["Петер Сийярто", "Шавкат Мирзиёев"]),
    ]
