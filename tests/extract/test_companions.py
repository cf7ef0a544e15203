"""Texts written for these tests: those who accompanied a side at a meeting told before are its participants, and
the sentence that says so opens no meeting of its own ("На встрече посла сопровождал X", "Во время беседы министра
сопровождали A и B")."""

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
