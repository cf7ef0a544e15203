"""The kind of a sitting (kg/extract/events.py), on sentences written here."""

from tests.extract.test_frames import extract, meetings


def test_a_ministers_sitting_of_a_council_is_a_session(extractor):
    a = extract(
        extractor,
        "14 мая в Астане прошло заседание министров иностранных дел Совета сотрудничества тюркоязычных "
        "государств с участием министра иностранных дел Азербайджана Эльмара Мамедъярова и министра "
        "иностранных дел Казахстана Ерлана Идрисова.",
    )
    assert [kind for kind, _ in meetings(a)] == ["session"]


def test_a_sitting_of_officials_alone_is_talks(extractor):
    a = extract(
        extractor,
        "14 мая в Ташкенте прошло заседание заместителей министров иностранных дел Узбекистана и Казахстана "
        "Бахромжона Алоева и Ержана Ашикбаева.",
    )
    assert [kind for kind, _ in meetings(a)] == ["talks"]


def test_a_signing_at_a_sitting_is_the_sitting(extractor):
    a = extract(
        extractor,
        "20 мая в Москве министры иностранных дел Беларуси и России Максим Рыженков и Сергей Лавров по итогам "
        "совместного заседания коллегий подписали программу согласованных действий.",
    )
    assert meetings(a) == [("session", frozenset({"Максим Рыженков", "Сергей Лавров"}))]


def test_a_signing_told_later_to_be_part_of_a_sitting_becomes_it(extractor):
    a = extract(
        extractor,
        "21 мая в Казани подписана дорожная карта. Документ подписали вице-губернатор Саратовской области "
        "Михаил Торгашин и вице-губернатор провинции Хубэй Ли Цзюнь. Подписание прошло в рамках заседания "
        "Совета по межрегиональному сотрудничеству.",
    )
    assert [kind for kind, _ in meetings(a)] == ["session"]


def test_online_as_an_outlets_name_is_no_video_call(extractor):
    a = extract(
        extractor,
        "25 марта в Ереване министры иностранных дел Грузии и Армении Михаил Джанелидзе и Эдвард Налбандян "
        "провели переговоры, передает Грузия онлайн.",
    )
    assert [kind for kind, _ in meetings(a)] == ["talks"]


def test_talks_held_online_are_a_video_call(extractor):
    a = extract(
        extractor,
        "25 марта министры иностранных дел Грузии и Армении Михаил Джанелидзе и Эдвард Налбандян провели "
        "переговоры в режиме онлайн.",
    )
    assert [kind for kind, _ in meetings(a)] == ["video_call"]


def test_a_meeting_told_as_scheduled_is_announced_not_held(extractor):
    a = extract(
        extractor,
        "Ереван, 20 марта 2017 года. Запланирована встреча министра иностранных дел Грузии Михаила "
        "Джанелидзе с премьер-министром Армении Кареном Карапетяном.",
    )
    assert meetings(a) == []


def test_meeting_the_public_is_no_meeting_of_officials(extractor):
    a = extract(
        extractor,
        "30 июля в Анкару прибыл президент Казахстана Касым-Жомарт Токаев. Далее глава Казахстана встретился "
        "с турецким бизнесом, а кульминацией поездки стали переговоры с президентом Реджепом Тайипом Эрдоганом.",
    )
    assert meetings(a) == [("talks", frozenset({"Касым-Жомарт Токаев", "Реджеп Тайип Эрдоган"}))]


def test_meetings_with_a_listed_counterparts_stay_one_each_after_sides_discuss(extractor):
    a = extract(
        extractor,
        "5 июня вице-премьер Туркменистана Рашид Мередов провел встречи с наследным принцем Абу-Даби шейхом "
        "Халедом бин Мохаммедом Аль Нахайяном, премьер-министром ОАЭ Мохаммедом бин Рашидом Аль Мактумом и "
        "министром энергетики ОАЭ Сухейлем Аль Мазруи. Они обсудили энергетику и транспорт.",
    )
    assert sorted(len(names) for _, names in meetings(a)) == [2, 2, 2]
    assert all("Рашид Мередов" in names for _, names in meetings(a))


def test_on_the_eve_of_the_talks_frames_the_same_talks(extractor):
    a = extract(
        extractor,
        "Москва, 12 ноября 2025 года. 12 ноября, во второй день визита, президент Казахстана Касым-Жомарт "
        "Токаев провел переговоры с президентом России Владимиром Путиным. Стороны подписали декларацию. "
        "Токаев, со своей стороны, ещё накануне переговоров с Путиным подчёркивал важность декларации.",
    )
    assert len(a.meetings) == 1


def test_the_sides_told_after_the_meeting_take_part_in_it(extractor):
    a = extract(
        extractor,
        "Казань, 14 мая 2024 года. Парламентарии из Китая провели переговоры с коллегами из Татарстана.\n\n"
        "Татарстан представлял заместитель председателя Госсовета Юрий Камалтынов.\n\nСо стороны гостей — "
        "генеральный консул Китая в Казани Сюэ Мэй.",
    )
    assert meetings(a) == [("talks", frozenset({"Юрий Камалтынов", "Сюэ Мэй"}))]


def test_a_reference_that_names_the_medium_makes_the_talks_a_call(extractor):
    """ "X переговорил с Y. Во время телефонного разговора X ...": the first telling left the medium open (sentences
    written for the test)."""
    a = extractor.extract(
        "Премьер-министр Испании Педро Санчес переговорил с президентом Украины Владимиром Зеленским. Во время "
        "телефонного разговора Санчес назвал ситуацию сложной.",
        "t",
    )
    assert [m.kind for m in a.meetings] == ["phone_call"]


def test_a_call_agreed_on_for_later_leaves_the_meeting_talks(extractor):
    a = extractor.extract(
        "Замминистра иностранных дел Кыргызстана Авазбек Атаханов встретился с послом Пакистана Хасаном Али "
        "Зайгамом. По итогам встречи была достигнута договоренность о переговорах министров в формате телефонной "
        "беседы.",
        "t",
    )
    assert [m.kind for m in a.meetings] == ["talks"]


def test_talks_by_a_tv_link_are_a_video_call(extractor):
    a = extract(
        extractor,
        "Мэр Биробиджана Максим Семёнов провел переговоры в режиме телемоста с мэром китайского города Хэган "
        "Дэном Вэйюанем.",
    )
    assert [m.kind for m in a.meetings] == ["video_call"]
