"""A past passive participle tells when its own thing was done ("подписанного в 2002 году соглашения"), not when
the sentence's event is, and the people of such a clause are not at the event; a pronoun subject goes on with the
last subject named, over sentences that name no one as their subject (sentences written for the test)."""

from tests.extract.readings import participants, posts
from tests.extract.test_frames import extract


def test_a_pronoun_goes_on_with_the_subject_over_a_subjectless_sentence(extractor):
    a = extract(
        extractor,
        "Губернатор Омской области Виталий Хоценко отправился в Китай с делегацией. Он пробудет там пять "
        "дней. 14 мая состоялась встреча с губернатором провинции Хэнань Ли Мином. Он обсудил с коллегой ход "
        "реализации подписанного в 2015 году соглашения о сотрудничестве.",
    )
    assert participants(a) == [["виталий хоценко", "ли мин"]]


def test_people_of_a_past_participle_clause_are_not_at_the_meeting(extractor):
    a = extract(
        extractor,
        "Сегодня министр иностранных дел Беларуси Максим Рыженков провел переговоры с министром иностранных дел "
        "Египта. Стороны обсудили выполнение договоренностей, достигнутых в июне 2019 года президентами "
        "Александром Лукашенко и Абдель Фаттахом ас-Сиси.",
    )
    assert participants(a) == [["максим рыженков"]]
    # nor is a head of state the minister the first sentence leaves unnamed
    assert posts(a, "Абдель Фаттах ас-Сиси") == [("head_of_state", "EG")]


def test_a_present_participle_of_the_frame_shares_its_time(extractor):
    a = extract(
        extractor,
        "Министр иностранных дел Сербии Марко Джурич встретился с министром иностранных дел Ганы Самуэлем "
        "Аблаквой в рамках конференции, проходящей 19–20 декабря 2025 года в Аккре.",
    )
    assert [str(m.date) for m in a.meetings] == ["2025-12-19"]
