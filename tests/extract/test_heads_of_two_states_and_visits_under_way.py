"""Texts written for these tests.

"Лидеры двух стран", "президенты обоих государств": the two heads of two states the text named before; the
programme of a visit the text tells as under way in a dated article ("Начинается визит ... Запланированы
переговоры ...") is news of the day, while an undated text's plans stay plans.
"""

from tests.extract.test_holders_interjections_and_joined_titles import meetings


def test_the_leaders_of_two_states_are_the_heads_named_before(extractor):
    a = extractor.extract(
        "Президент Таджикистана Эмомали Рахмон по приглашению президента Кыргызстана Садыра Жапарова 15 мая прибыл "
        "с государственным визитом в Бишкек.\n\nЛидеры двух стран проведут переговоры в узком составе.",
        "t",
    )
    assert meetings(a) == [("talks", ["Садыр Жапаров", "Эмомали Рахмон"])]


def test_the_presidents_of_both_states_skip_a_minister_named_between(extractor):
    a = extractor.extract(
        "Президент Армении Ваагн Хачатурян встретился с президентом Грузии Михаилом Кавелашвили. Министр "
        "иностранных дел Грузии Мака Бочоришвили рассказала о подготовке визита.\n\nПрезиденты обоих "
        "государств обсудили транзит грузов.",
        "t",
    )
    found = meetings(a)
    assert found and all("Мака Бочоришвили" not in people for _, people in found)
    assert ("talks", ["Ваагн Хачатурян", "Михаил Кавелашвили"]) in found


PROGRAMME = (
    "Начинается визит в Ашхабад президента Азербайджана.\n\n"
    "По информации пресс-службы, запланированы переговоры президента Азербайджана Ильхама Алиева с "
    "Сердаром Бердымухамедовым в формате один на один."
)


def test_the_programme_of_a_visit_under_way_in_a_dated_article_is_news(extractor):
    a = extractor.extract("12.03.2024 10:00\n\n" + PROGRAMME, "t")
    assert meetings(a) == [("talks", ["Ильхам Алиев", "Сердар Бердымухамедов"])]


def test_the_plans_of_an_undated_text_stay_plans(extractor):
    assert meetings(extractor.extract(PROGRAMME, "t")) == []


def test_a_dated_programme_of_talks_with_one_hosts_officials_is_one_meeting_each(extractor):
    a = extractor.extract(
        "16.10.2024 09:00\n\nПрезидент Казахстана Касым-Жомарт Токаев 15 октября прибыл в Китай с государственным "
        "визитом.\n\nНа 16 октября у казахстанского президента запланированы переговоры с председателем КНР Си "
        "Цзиньпином, премьер-министром Ли Цяном и председателем Постоянного комитета Всекитайского собрания "
        "народных представителей Чжао Лэцзи.",
        "t",
    )
    found = meetings(a)
    for host in ("Си Цзиньпин", "Ли Цян", "Чжао Лэцзи"):
        assert ("talks", sorted(["Касым-Жомарт Токаев", host])) in found


def test_a_spouse_who_comes_along_is_no_participant(extractor):
    a = extractor.extract(
        "Президент Вьетнама Во Ван Тхыонг прибыл в Сеул со своей супругой Фан Тхи Тхань Там. В аэропорту их "
        "приветствовали министр иностранных дел Республики Корея Пак Чин и посол Вьетнама Нгуен Ву Тунг.",
        "t",
    )
    assert all("Фан Тхи Тхань Там" not in people for _, people in meetings(a))


def test_the_ministers_are_the_two_ministers_of_two_states_named_before(extractor):
    a = extractor.extract(
        "5 марта в Омск с рабочим визитом прибыл министр внутренних дел России Владимир Колокольцев. Позже "
        "ожидается прибытие министра внутренних дел Казахстана Ержана Саденова.\n\n"
        "6 марта министры проведут совещание по приграничному сотрудничеству двух стран.",
        "t",
    )
    assert meetings(a) == [("talks", ["Владимир Колокольцев", "Ержан Саденов"])]


def test_a_signing_on_the_sidelines_of_a_forum_is_a_meeting_of_its_own(extractor):
    a = extractor.extract(
        "О планах заявил губернатор Псковской области Михаил Ведерников на международном форуме «Псков-2024».\n\n"
        "На полях форума подписан план мероприятий на 2024-2025 годы по реализации соглашения между "
        "администрацией Псковской области и Витебским облисполкомом. Речь идет о торговом сотрудничестве. Свои "
        "подписи под документом поставили Михаил Ведерников и председатель Витебского облисполкома Александр "
        "Субботин.",
        "t",
    )
    found = {
        (m.kind, tuple(sorted(a.persons[k].name for k in m.participants)), len(m.documents))
        for m in a.meetings
    }
    assert ("talks", ("Александр Субботин", "Михаил Ведерников"), 1) in found
    assert ("forum", ("Михаил Ведерников",), 0) in found
