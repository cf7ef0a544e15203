"""Texts written for these tests: an initial glued to a word the dictionary knows as a noun still makes it a
surname ("с главой города Б.Шротом"); one word right after a title that ends in its state is the official's
surname ("с министром иностранных дел Восточной Республики Уругвай Альмагро"); "В беседе также принимал участие
X" adds X to the meeting told before."""

import pytest

from tests.extract.test_holders_interjections_and_joined_titles import meetings


@pytest.mark.parametrize(
    "text, met",
    [
        (
            "Посол России в Словении Тимур Эйвазов в ходе визита в г. Птуй провел встречу с главой города К.Молотом.",
            ["К. Молот", "Тимур Эйвазов"],
        ),
        (
            "Состоялась встреча министра иностранных дел Казахстана Ермека Кошербаева с министром иностранных "
            "дел Республики Парагвай Рамиресом.",
            ["Ермек Кошербаев", "Рамирес"],
        ),
    ],
)
def test_a_surname_the_tagger_alone_tells_is_met(extractor, text, met):
    assert ("talks", met) in meetings(extractor.extract(text, "t"))


def test_a_common_noun_after_a_spaced_initial_is_still_no_surname(extractor):
    a = extractor.extract("Как указано в п. Закон о выборах, министр юстиции Олег Петров выступил.", "t")
    assert not any(p.name.endswith("Закон") for p in a.persons.values())


@pytest.mark.parametrize(
    "joiner",
    [
        "В беседе также принимал участие посол Азербайджана в России Рахман Мустафаев.",
        "Во встрече также участвовал посол Азербайджана в России Рахман Мустафаев.",
    ],
)
def test_one_more_who_also_took_part_joins_the_meeting_told_before(extractor, joiner):
    a = extractor.extract(
        "Губернатор Астраханской области Игорь Бабушкин провел встречу с министром экономики Азербайджана "
        "Микаилом Джаббаровым. " + joiner,
        "t",
    )
    assert meetings(a) == [("talks", ["Игорь Бабушкин", "Микаил Джаббаров", "Рахман Мустафаев"])]


def test_those_who_took_part_in_a_signing_ceremony_met(extractor):
    a = extractor.extract(
        "В церемонии подписания соглашения о побратимстве приняли участие городской голова Измаила Андрей "
        "Петренко и мэр Констанцы Василе Попеску.",
        "t",
    )
    assert ("talks", ["Андрей Петренко", "Василе Попеску"]) in meetings(a)


def test_a_signing_ceremony_to_come_is_no_meeting_held(extractor):
    a = extractor.extract(
        "В церемонии подписания соглашения примут участие городской голова Измаила Андрей Петренко и мэр "
        "Констанцы Василе Попеску.",
        "t",
    )
    assert meetings(a) == []


def test_a_three_word_name_all_in_one_case_stays_one_name(extractor):
    a = extractor.extract(
        "Глава МИД России Сергей Лавров провел переговоры с генеральным секретарем Лиги арабских государств "
        "Ахмедом Абуль Гейтом, сообщила официальный представитель МИД Мария Захарова.",
        "t",
    )
    assert ("talks", ["Ахмед Абуль Гейт", "Сергей Лавров"]) in meetings(a)


def test_a_speakers_nominative_surname_after_a_name_in_an_oblique_case_is_another_person():
    from kg.extract.model import Span
    from kg.extract.namecases import split_by_case

    text = "После встречи с советником Мехриддином Хайриддиновым Никитин сообщил журналистам"
    start, stop = text.index("Мехриддином"), text.index(" сообщил")
    assert [text[s.start : s.stop] for s in split_by_case(text, Span(start, stop))] == [
        "Мехриддином Хайриддиновым",
        "Никитин",
    ]


def test_a_surname_spelled_as_a_town_after_a_first_name_in_its_case_is_a_name(extractor):
    a = extractor.extract(
        "Мэр Днепра Борис Филатов провел встречу с Чрезвычайным и Полномочным Послом Государства Израиль в "
        "Украине Михаилом Лионом. В городе Посол побывал впервые.",
        "t",
    )
    assert ("talks", ["Борис Филатов", "Михаил Лион"]) in meetings(a)
    assert all(m.city != "Лион" for m in a.meetings)


def test_a_town_after_a_name_in_the_genitive_stays_a_town(extractor):
    a = extractor.extract("Посол Франции Жан Дюпон встретился с мэром Лиона в мэрии.", "t")
    assert not any("Лион" in p.name for p in a.persons.values())


def test_the_name_rules_read_a_surname_spelled_as_a_town(extractor):
    from kg.extract.names import rule_person_spans

    a = extractor.extract(
        "Мэр Днепра Борис Филатов провел встречу с Чрезвычайным и Полномочным Послом Государства Израиль в "
        "Украине Михаилом Лионом.",
        "t",
    )
    from kg.extract.gazetteer import default_gazetteer

    a.places = default_gazetteer().find(a.text)  # as the name reader sees them: "Лионом" read as the town
    assert "Михаилом Лионом" in [a.text[s.start : s.stop] for s in rule_person_spans(a, [])]


def test_a_bracketed_abbreviation_inside_a_title_keeps_the_titles_case(extractor):
    a = extractor.extract(
        "Спикер парламента Ален Симонян принял Чрезвычайного и Полномочного посла Арабской Республики Египет "
        "(АРЕ) в РА Тарека Шаукат.",
        "t",
    )
    assert ("talks", ["Ален Симонян", "Тарек Шаукат"]) in meetings(a)


def test_a_delegation_abroad_meeting_its_own_ambassador_there_is_no_meeting_of_states(extractor):
    a = extractor.extract(
        "Встреча состоялась во время рабочей поездки губернатора Мурманской области в Баку. В ходе встречи "
        "губернатор Мурманской области Андрей Чибис и Чрезвычайный и Полномочный Посол Российской Федерации в "
        "Азербайджанской Республике Михаил Евдокимов обсудили программу визита.",
        "t",
    )
    assert meetings(a) == []


def test_a_visitor_meeting_the_hosts_ambassador_is_still_a_meeting(extractor):
    a = extractor.extract(
        "Губернатор Мурманской области Андрей Чибис во время поездки в Баку встретился с послом Азербайджана "
        "в России Рахманом Мустафаевым.",
        "t",
    )
    assert ("talks", ["Андрей Чибис", "Рахман Мустафаев"]) in meetings(a)


def test_a_listed_officials_variant_spelling_stays_as_the_text_writes_it(extractor):
    # the caption misspells the name; the body declines a variant spelling the list knows ("Мухаммед"), not the
    # list's own name ("Мохаммед")
    a = extractor.extract(
        "Мухамед аль-Менфи\n\nНовый посол России в Ливии Айдар Аганин вручил верительные грамоты главе "
        "Президентского совета страны Мухаммеду аль-Менфи.",
        "t",
    )
    assert "Мухаммед аль-Менфи" in {p.name for p in a.persons.values()}
