"""Sentences written for the test.

A surname alone whose shape no dictionary noun has ("-чук", "-юк", "-вич", "-ич" after a vowel) is a person even
when the morphology dictionary does not know it; a person told with the same initial in two cases, one of them
misread (the nominative after "после встречи" read as a genitive), is one person labelled with the written form
every mention reaches. Talks "с премьер-министром Пакистана" are a meeting with one named side when a state other
than the doer's qualifies the partner's title.
"""

import pytest

from tests.extract.test_frames import extract, meetings, posts_of


def names(article):
    return {p.name for p in article.persons.values()}


@pytest.mark.parametrize(
    "sentence, name",
    [
        ("Об этом сообщил журналистам Стрельчук.", "Стрельчук"),
        ("Как сказал Дробязюк, делегации обсудили поставки зерна.", "Дробязюк"),
        ("Об этом на брифинге заявил Ракович.", "Ракович"),
        ("Как сообщил Дачич, стороны обсудили транзит газа.", "Дачич"),
    ],
)
def test_a_lone_surname_of_a_slavic_consonant_shape_is_a_person(extractor, sentence, name):
    assert names(extract(extractor, sentence)) == {name}


@pytest.mark.parametrize(
    "sentence",
    [
        "Звук был громким, а внук министра пришёл на встречу.",
        "Делегация прибыла в Баку и посетила Дом дружбы.",
    ],
)
def test_common_words_of_those_shapes_are_no_persons(extractor, sentence):
    assert names(extract(extractor, sentence)) == set()


@pytest.mark.parametrize(
    "sentence, name",
    [
        (
            "«Мы договорились», — сказал по итогам встречи Т.Пиньяда. По словам Т.Пиньяды, визит был успешным.",
            "Т. Пиньяда",
        ),
        (
            "«Сотрудничество растёт», — заявил журналистам после встречи Р.Гаспада. По мнению Р.Гаспады, "
            "поставок нужно больше.",
            "Р. Гаспада",
        ),
    ],
)
def test_one_initial_and_two_case_forms_are_one_person(extractor, sentence, name):
    assert names(extract(extractor, sentence)) == {name}


def test_two_initials_stay_two_persons(extractor):
    sentence = (
        "«Мы договорились», — сказал по итогам встречи Т.Пиньяда. По словам Л.Пиньяды, визит был успешным."
    )
    assert len(extract(extractor, sentence).persons) == 2


@pytest.mark.parametrize(
    "sentence",
    [
        "Президент Азербайджана Ильхам Алиев обсудил с премьер-министром Пакистана вопросы торговли.",
        "Президент Азербайджана Ильхам Алиев обсудил с пакистанским премьером вопросы торговли.",
        "Министр иностранных дел Турции Хакан Фидан обсудил с госсекретарем США ситуацию в регионе.",
    ],
)
def test_talks_with_another_states_unnamed_official_are_a_meeting(extractor, sentence):
    assert len(meetings(extract(extractor, sentence))) == 1


def test_talks_with_an_unnamed_official_of_ones_own_state_are_none(extractor):
    sentence = "Глава государства Касым-Жомарт Токаев обсудил с акимом Алматы ход строительства."
    assert meetings(extract(extractor, sentence)) == []


@pytest.mark.parametrize(
    "sentence, name",
    [
        ("Затем делегацию принял господин Окаяма.", "Окаяма"),
        ("Программа пребывания г-на Нисимуры в Москве началась со встречи в МИД.", "Нисимура"),
        ("Посол вручил награду госпоже Ямагучи.", "Ямагучи"),
        # a surname alone after a title and after a word of address is declined as a surname
        ("Посол встретился с губернатором края Шамаевым.", "Шамаев"),
        ("Позже посол встретился с мэром г-ном Крутовым.", "Крутов"),
    ],
)
def test_a_word_of_address_or_a_title_makes_a_lone_word_a_surname(extractor, sentence, name):
    assert name in names(extract(extractor, sentence))


def sides(sentence, extractor):
    return [set(m.sides) for m in extract(extractor, sentence).meetings]


def test_states_joined_in_direct_speech_are_no_sides_of_the_meeting(extractor):
    sentence = (
        "Мэр Владивостока Константин Шестов встретился с российским послом в Японии Николаем Ногиным. "
        "«Мы ценим связи между нашим городом и японскими префектурами», – сказал Шестов."
    )
    assert sides(sentence, extractor) == [{"RU"}]


def test_states_joined_in_the_narrative_are_sides_of_the_meeting(extractor):
    sentence = (
        "Губернатор Приморья Олег Кожемяко провел переговоры с делегацией. Стороны обсудили развитие связей "
        "между Приморьем и японскими префектурами."
    )
    assert sides(sentence, extractor) == [{"RU", "JP"}]


@pytest.mark.parametrize(
    "sentence, name, post",
    [
        (
            "Министр провел встречу со специальным представителем президента Кении по отношениям с Россией "
            "Джоном Камау.",
            "Джон Камау",
            ("other_official", "KE"),
        ),
        (
            "Министр встретился с советником президента Франции по связям с Африкой Жаном Дюпоном.",
            "Жан Дюпон",
            ("other_official", "FR"),
        ),
    ],
)
def test_a_titles_area_with_a_partner_state_stays_in_the_title(extractor, sentence, name, post):
    assert post in posts_of(extract(extractor, sentence))[name]


def test_the_district_named_in_a_title_is_no_person_known_by_one_name(extractor):
    sentence = (
        "Глава города встретился с делегацией под руководством первого заместителя главы Народного правительства "
        "района Айгунь господина Сяо Юйчжу."
    )
    assert names(extract(extractor, sentence)) == {"Сяо Юйчжу"}


@pytest.mark.parametrize(
    "sentence, name, post, principal",
    [
        (
            "Во встрече участвовали пресс-секретарь Эммануэля Макрона Жан Дюпон и посол Франции.",
            "Жан Дюпон",
            ("other_official", "FR"),
            "Эммануэль Макрон",
        ),
        (
            "С американской стороны были советник Джо Байдена по национальной безопасности Джейк Салливан и "
            "другие.",
            "Джейк Салливан",
            ("other_official", "US"),
            "Джо Байден",
        ),
    ],
)
def test_a_title_whose_complement_is_a_person_is_the_next_names(extractor, sentence, name, post, principal):
    posts = posts_of(extract(extractor, sentence))
    assert post in posts[name]
    assert not any(role == "other_official" for role, _ in posts.get(principal, set()))


def test_a_name_in_the_instrumental_before_another_is_no_complement(extractor):
    sentence = (
        "Во время встречи с послом Йемена Мохаммедом Алашаби Гульшара Абдыкаликова отметила важность связей."
    )
    assert ("ambassador", "YE") in posts_of(extract(extractor, sentence))["Мохаммед Алашаби"]


def test_a_surname_in_ets_takes_back_its_fleeting_vowel(extractor):
    a = extract(
        extractor,
        "Министр встретился с заместителем министра Беларуси Андреем Шорцем. Переговоры прошли с "
        "госсекретарем Совбеза Беларуси Леонидом Зайцем.",
    )
    assert sorted(m.person for m in a.mentions) == ["андрей шорец", "леонид заяц"]


def test_a_surname_in_ets_that_keeps_its_vowel_stays_as_declined(extractor):
    a = extract(extractor, "Встреча с послом Сербии Мирославом Шевецом прошла в Омске.")
    assert [m.person for m in a.mentions] == ["мирослав шевец"]


def test_a_given_name_in_iy_keeps_its_own_letter_in_the_instrumental(extractor):
    a = extract(
        extractor, "Состоялся телефонный разговор между Нурсеитом Бектурганом и Мухаммедкалыйем Абылгазиевым."
    )
    assert "мухаммедкалый абылгазиев" in {m.person for m in a.mentions}
