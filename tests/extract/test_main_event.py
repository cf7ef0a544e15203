"""The second, relaxed reading of an article the strict one found no meeting in (``mainevent``), and
the other side a one-named meeting gives as a title (``eventcoref``). Sentences written for these tests."""

import datetime as dt

from kg.extract.mainevent import not_provably_domestic
from kg.extract.model import Meeting


def meetings(article):
    return [(m.kind, sorted(article.persons[k].name for k in m.participants)) for m in article.meetings]


def test_a_meeting_reported_two_weeks_late_is_the_news(extractor):
    a = extractor.extract(
        "20 марта 2024 года\n\n2 марта министр иностранных дел Монголии Батмунхийн Баттсэцэг провела "
        "переговоры с министром иностранных дел Вьетнама Буй Тхань Шоном. Стороны обсудили торговлю.",
        "t",
    )
    assert meetings(a) == [("talks", ["Батмунхийн Баттсэцэг", "Буй Тхань Шон"])]
    assert a.meetings[0].date == dt.date(2024, 3, 2)


def test_a_marked_recall_stays_recalled_in_the_second_reading(extractor):
    a = extractor.extract(
        "20 марта 2024 года\n\nНапомним, в прошлом году министр иностранных дел Монголии Батмунхийн Баттсэцэг "
        "провела переговоры с министром иностранных дел Вьетнама Буй Тхань Шоном.",
        "t",
    )
    assert meetings(a) == []


def test_one_named_official_meeting_a_body_counts_when_the_outlet_is_unknown(extractor):
    a = extractor.extract(
        "Генеральный консул Японии Кэндзи Сато вчера на встрече с сотрудниками областного министерства "
        "рассказал о планах открыть визовый центр.",
        "t",
    )
    assert meetings(a) == [("talks", ["Кэндзи Сато"])]


def test_one_state_officials_meeting_a_body_of_their_own_outlet_stay_domestic(extractor):
    a = extractor.extract(
        "Министр энергетики Казахстана Алмасбек Садырбаев провел встречу с сотрудниками управления.",
        "t",
        publisher_country="KZ",
    )
    assert meetings(a) == []


def test_a_conversation_of_two_states_heads_with_one_named_is_a_meeting(extractor):
    a = extractor.extract(
        "Состоявшийся в пятницу разговор президента России Владимира Путина и короля Иордании был "
        "инициирован иорданской стороной. Обсуждалась ситуация в регионе.",
        "t",
    )
    assert [names for _kind, names in meetings(a)] == [["Владимир Путин"]]


def test_a_conversation_with_a_channel_is_an_interview_not_a_meeting(extractor):
    a = extractor.extract(
        "Заместитель директора департамента Игорь Семенов рассказал в беседе с телеканалом о росте торговли "
        "с Арменией. Министр экономики России Максим Решетников рассказал в интервью о торговле с Ираном.",
        "t",
    )
    assert meetings(a) == []


def test_a_title_without_a_name_is_the_article_s_holder_of_that_post(extractor):
    a = extractor.extract(
        "Президент Монголии Ухнаагийн Хурэлсух прибыл с официальным визитом в Японию. "
        "Затем глава Монголии встретился с представителями бизнеса, а главным событием дня стали переговоры "
        "с премьер-министром Японии Фумио Кисидой.",
        "t",
    )
    assert ("talks", ["Ухнаагийн Хурэлсух", "Фумио Кисида"]) in meetings(a)


def test_a_plural_title_is_no_one_person(extractor):
    a = extractor.extract(
        "Посол Франции Оливье Декотиньи открыл в Ереване выставку. "
        "Президент Армении Ваагн Хачатурян принял верительные грамоты от послов Франции, Индии и Японии.",
        "t",
    )
    assert all("Оливье Декотиньи" not in names for _kind, names in meetings(a))


def test_what_proves_a_meeting_domestic(extractor):
    a = extractor.extract("Министр энергетики Казахстана Алмасбек Садырбаев выступил на совещании.", "t")
    key = next(iter(a.persons))
    meeting = Meeting(kind="talks", sentence=0, participants=[key], words={"встреча"})
    a.publisher_country = "KZ"
    assert not not_provably_domestic(a, meeting)
    meeting.sides = ["KZ", "TR"]
    assert not_provably_domestic(a, meeting)
    meeting.sides = ["KZ"]
    a.publisher_country = "UZ"
    assert not_provably_domestic(a, meeting)
    assert not not_provably_domestic(a, Meeting(kind="talks", sentence=0))


def test_talks_a_signing_followed_are_held_with_one_named_side(extractor):
    a = extractor.extract(
        "Министр иностранных дел Латвии Байба Браже сообщила в соцсетях о подписании меморандума. "
        "По ее словам, документ был подписан по итогам переговоров с министром иностранных дел Индии "
        "Субраманьямом Джайшанкаром в Риге.",
        "t",
    )
    assert meetings(a) and "Субраманьям Джайшанкар" in meetings(a)[0][1]


def test_a_visit_with_documents_signed_is_a_meeting_with_the_named_counterpart(extractor):
    a = extractor.extract(
        "Президент Монголии Ухнаагийн Хурэлсух совершил государственный визит в Японию. В ходе поездки "
        "были подписаны соглашения о торговле и образовании. Премьер-министр Японии Фумио Кисида "
        "назвал Монголию важным партнером.",
        "t",
    )
    assert meetings(a) == [("talks", ["Ухнаагийн Хурэлсух", "Фумио Кисида"])]
    assert a.meetings[0].visit is not None


def test_an_arrival_on_a_visit_is_not_yet_a_meeting(extractor):
    a = extractor.extract(
        "Министр иностранных дел Омана Бадр аль-Бусаиди прибыл с официальным визитом в Египет. Его "
        "пригласил египетский коллега Бадр Абдель Аты.",
        "t",
    )
    assert meetings(a) == []


def test_a_visit_with_a_signing_only_planned_is_not_yet_a_meeting(extractor):
    a = extractor.extract(
        "Президент Монголии Ухнаагийн Хурэлсух прибыл с государственным визитом в Японию. В ходе визита "
        "планируется подписать соглашения о торговле. Премьер-министр Японии Фумио Кисида назвал Монголию "
        "важным партнером.",
        "t",
    )
    assert meetings(a) == []
