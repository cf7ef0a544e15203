"""Shapes of meetings, posts and names that unseen news used and the readers missed (texts written for the
test): receptions by a converb, talks whose verb the parse gave away, plural heads and ministers, a meeting of
last week, a past visit's signing, name particles, meetings at gatherings, ministries by short name, regions
by common name, adjectival surnames and more."""

import pytest

from tests.extract.test_frames import extract, meetings


@pytest.mark.parametrize(
    "text, sides",
    [
        (
            "Принимая 3 марта в Минске премьер-министра Вьетнама Фам Минь Тиня, Александр Лукашенко "
            "отметил рост торговли.",
            {"Александр Лукашенко", "Фам Минь Тинь"},
        ),
        (
            "Президент Армении Ваагн Хачатурян, принимая 5 мая посла Ирана Мехди Собхани, подчеркнул "
            "важность сотрудничества.",
            {"Ваагн Хачатурян", "Мехди Собхани"},
        ),
        (
            "Когда король Иордании Абдалла II, принимая вчера во дворце своего коллегу Ильхама Алиева, "
            "заговорил о торговле, стало ясно, что визит удался.",
            {"Абдалла II", "Ильхам Алиев"},
        ),
    ],
)
def test_the_converb_of_receiving_is_a_reception(extractor, text, sides):
    assert meetings(extract(extractor, text)) == [("talks", frozenset(sides))]


def test_a_habit_of_receiving_is_no_reception(extractor):
    a = extract(
        extractor,
        "Министр иностранных дел Грузии Илья Дарчиашвили и его армянский коллега Арарат Мирзоян "
        "встречаются ежегодно: стороны по очереди принимают коллег у себя.",
    )
    assert meetings(a) == []


def test_talks_whose_verb_of_happening_the_parse_gave_away(extractor):
    # the parser hangs "Переговоры" on the second clause's verb; "прошли" right after it is its predicate
    a = extract(
        extractor,
        "Король Иордании Абдалла II надеется вскоре вновь увидеть Ильхама Алиева. Переговоры глав двух "
        "государств прошли в понедельник в Баку, они длились около двух часов.",
    )
    assert meetings(a) == [("talks", frozenset({"Абдалла II", "Ильхам Алиев"}))]


def test_a_meeting_of_last_week_is_the_news_when_the_text_tells_no_other(extractor):
    a = extract(
        extractor,
        "Министр иностранных дел Армении Арарат Мирзоян пригласил министра иностранных дел Греции "
        "Георгиоса Герапетритиса посетить Ереван. Приглашение было передано во время встречи двух министров "
        "в Афинах на прошлой неделе.",
    )
    assert meetings(a) == [("talks", frozenset({"Арарат Мирзоян", "Георгиос Герапетритис"}))]


def test_a_meeting_of_last_week_beside_the_news_stays_recalled(extractor):
    a = extract(
        extractor,
        "Министр иностранных дел Армении Арарат Мирзоян 5 мая провел переговоры в Ереване с министром "
        "иностранных дел Греции Георгиосом Герапетритисом. Отношения оживились после того, как президент "
        "Франции Эммануэль Макрон и премьер-министр Армении Никол Пашинян встретились на прошлой неделе.",
    )
    assert meetings(a) == [("talks", frozenset({"Арарат Мирзоян", "Георгиос Герапетритис"}))]


def test_what_was_signed_after_a_past_visit_stays_in_the_past(extractor):
    a = extract(
        extractor,
        "12 мая 2025 года Президент Кыргызстана Садыр Жапаров провел переговоры с Президентом Узбекистана "
        "Шавкатом Мирзиёевым в Бишкеке. В марте прошлого года Президент Узбекистана посетил Бишкек с "
        "государственным визитом. По итогам переговоров главы двух государств подписали Договор о "
        "союзнических отношениях.",
    )
    assert meetings(a) == [("talks", frozenset({"Садыр Жапаров", "Шавкат Мирзиёев"}))]
    assert a.meetings[0].documents == []


@pytest.mark.parametrize(
    "text, name",
    [
        (
            "Президент Бразилии Луис Инасио Лула да Силва 3 мая встретился с Си Цзиньпином.",
            "Луис Инасио Лула да Силва",
        ),
        ("3 мая Си Цзиньпин встретился с Президентом Бразилии Лулой да Силвой.", "Лула да Силва"),
        (
            "Посол Португалии Жозе Мануэл душ Сантуш 3 мая вручил верительные грамоты Президенту "
            "Казахстана Касым-Жомарту Токаеву.",
            "Жозе Мануэл душ Сантуш",
        ),
    ],
)
def test_a_portuguese_name_keeps_its_particle(extractor, text, name):
    ((kind, people),) = meetings(extract(extractor, text))
    assert name in people and len(people) == 2


def test_a_chat_is_a_meeting(extractor):
    a = extract(
        extractor,
        "На полях медиафорума губернатор Самарской области Вячеслав Федорищев пообщался с Послом Индии "
        "в России Винаем Кумаром.",
    )
    assert meetings(a) == [("talks", frozenset({"Вячеслав Федорищев", "Винай Кумар"}))]


def test_an_arabic_family_name_after_a_particle_is_not_a_second_person(extractor):
    # the parser hangs "Аль" on the title, not on the name; a name never starts with a particle
    a = extract(
        extractor,
        "Гостя встретили премьер-министр Катара Мухаммад бин Абдурахман Аль Тани и другие лица.",
    )
    names = {p.name for p in a.persons.values()}
    assert "Мухаммад бин Абдурахман Аль Тани" in names
    assert not any(n.startswith("Аль") for n in names)


@pytest.mark.parametrize(
    "text, sides",
    [
        (
            "Министр иностранных дел Индии Субраманьям Джайшанкар 5 июля встретился с египетским коллегой "
            "Бадром Абдель Аты во время саммита БРИКС.",
            {"Субраманьям Джайшанкар", "Бадр Абдель Аты"},
        ),
        (
            "8 февраля на Всемирном правительственном саммите в Дубае премьер-министр Египта Мустафа Мадбули "
            "встретился с вице-президентом ОАЭ Мансуром бен Заидом Аль Нахайяном.",
            {"Мустафа Мадбули", "Мансур бен Заид Аль Нахайян"},
        ),
        (
            "В ходе заседания Совета глав правительств СНГ 8 октября премьер-министр Армении Никол Пашинян "
            "встретился с Председателем Правительства России Михаилом Мишустиным.",
            {"Никол Пашинян", "Михаил Мишустин"},
        ),
    ],
)
def test_a_meeting_during_a_gathering_is_talks_of_its_own(extractor, text, sides):
    assert meetings(extract(extractor, text)) == [("talks", frozenset(sides))]


def test_talks_with_unnamed_officials_of_another_state(extractor):
    a = extract(
        extractor,
        "Губернатор Омской области Виталий Хоценко обсудил с руководством казахстанской Павлодарской области "
        "перспективы приграничной торговли.",
    )
    assert meetings(a) == [("talks", frozenset({"Виталий Хоценко"}))]


def test_talks_with_unnamed_officials_of_ones_own_state_are_none(extractor):
    a = extract(
        extractor,
        "Губернатор Омской области Виталий Хоценко обсудил с руководством районов области подготовку к зиме.",
        publisher="RU",
    )
    assert meetings(a) == []


def person_posts(article):
    return {p.name: {(x.role, x.country) for x in p.posts} for p in article.persons.values()}


def test_the_head_of_a_delegation_is_of_the_delegations_state(extractor):
    a = extract(
        extractor,
        "3 мая посол Казахстана в Турции Ержан Кистафин принял делегацию Правительства Атырауской области "
        "во главе с первым заместителем акима Ерболом Абдрахмановым.",
    )
    assert ("other_official", "KZ") in person_posts(a)["Ербол Абдрахманов"]


def test_a_trade_representative_is_an_official_of_his_state(extractor):
    a = extract(
        extractor,
        "Торговый представитель России в Индии Ильдар Хабибуллин встретился с министром торговли Индии.",
    )
    assert person_posts(a)["Ильдар Хабибуллин"] == {("other_official", "RU")}


def test_talks_announced_with_their_day_in_the_sentence_before(extractor):
    a = extract(
        extractor,
        "Генеральный секретарь НАТО Марк Рютте послезавтра, 14 мая, приедет в Вильнюс. Рютте обсудит с "
        "президентом Литвы Гитанасом Науседой вопросы безопасности.",
    )
    assert meetings(a) == [("talks", frozenset({"Марк Рютте", "Гитанас Науседа"}))]


def test_talks_announced_without_a_day_are_no_meeting(extractor):
    a = extract(
        extractor,
        "Генеральный секретарь НАТО Марк Рютте в будущем приедет в Вильнюс. Рютте обсудит с президентом "
        "Литвы Гитанасом Науседой вопросы безопасности.",
    )
    assert meetings(a) == []


def test_a_council_of_ministers_is_a_body_not_its_members(extractor):
    from kg.extract import coref

    assert coref.plural_role("Заседание Совета министров иностранных дел (СМИД) началось в Москве") is None
    assert coref.plural_role("Министры иностранных дел обсудили повестку") == "foreign_minister"
    assert coref.plural_role("Главы МИД двух стран подписали меморандум") == "foreign_minister"


def test_a_meeting_of_ministers_of_a_group_of_states_is_a_sitting(extractor):
    a = extract(
        extractor,
        "12 марта в Баку состоялась встреча министров иностранных дел государств Организации тюркских "
        "государств. В ней приняли участие министр иностранных дел Азербайджана Джейхун Байрамов и министр "
        "иностранных дел Турции Хакан Фидан.",
    )
    assert [kind for kind, _ in meetings(a)] == ["session"]


def test_a_meeting_of_the_ministers_of_two_states_is_talks(extractor):
    a = extract(
        extractor,
        "12 марта в Баку состоялась встреча министров иностранных дел двух стран Джейхуна Байрамова и Хакана Фидана.",
    )
    assert [kind for kind, _ in meetings(a)] == ["talks"]


def test_a_delegation_of_a_region_the_gazetteer_does_not_know_is_not_the_hosts(extractor):
    a = extract(
        extractor,
        "5 мая Председатель Правительства Чечни Магомед Даудов встретился с губернатором провинции Мазендеран "
        "Али Рахими. Даудов высоко оценил итоги визита чеченской делегации в Иран.",
    )
    visits = [m.visit for m in a.meetings if m.visit is not None]
    assert [(v.visitor, v.host) for v in visits] == [("магомед даудов", "IR")]


@pytest.mark.parametrize(
    "text, name, post",
    [
        (
            "Об этом заявил глава Минэнерго Киргизии Таалайбек Ибраев.",
            "Таалайбек Ибраев",
            ("minister", "KG"),
        ),
        (
            "В Ханое прошла встреча замглавы Минсельхоза Казахстана Ербола Тасжурекова с вьетнамскими коллегами.",
            "Ербол Тасжуреков",
            ("deputy_minister", "KZ"),
        ),
    ],
)
def test_a_ministry_told_by_its_short_name(extractor, text, name, post):
    assert post in person_posts(extract(extractor, text))[name]


def test_a_description_tells_the_state_of_a_post_held_and_takes_no_one_else(extractor):
    a = extract(
        extractor,
        "Министр обороны Андрей Белоусов 9 февраля провёл переговоры с генеральным секретарём ОДКБ. "
        "«Важно продолжать работу», — подчеркнул глава Минобороны России.\n\n"
        "Андрей Белоусов поздравил Таалатбека Масадыкова с назначением.",
    )
    posts = person_posts(a)
    assert posts["Андрей Белоусов"] == {("minister", "RU")}
    assert posts["Таалатбек Масадыков"] == set()


@pytest.mark.parametrize(
    "text, name, post",
    [
        (
            "Губернатор Приморья Олег Кожемяко 3 мая встретился с послом Вьетнама.",
            "Олег Кожемяко",
            ("regional_head", "RU"),
        ),
        (
            "Губернатор Кузбасса Илья Середюк 3 мая встретился с послом Вьетнама.",
            "Илья Середюк",
            ("regional_head", "RU"),
        ),
        (
            "Раис Татарстана Рустам Минниханов 3 мая встретился с послом Египта.",
            "Рустам Минниханов",
            ("regional_head", "RU"),
        ),
        (
            "Руководитель Чувашии Олег Николаев 3 мая встретился с послом Египта.",
            "Олег Николаев",
            ("regional_head", "RU"),
        ),
        (
            "Губернатор Камчатского края Владимир Солодов 3 мая встретился с консулом Японии.",
            "Владимир Солодов",
            ("regional_head", "RU"),
        ),
        (
            "Глава Карелии Артур Парфенчиков 3 мая встретился с послом Финляндии.",
            "Артур Парфенчиков",
            ("regional_head", "RU"),
        ),
        (
            "Губернатор Югры Руслан Кухарук 3 мая встретился с послом Китая.",
            "Руслан Кухарук",
            ("regional_head", "RU"),
        ),
        ("Об этом 3 мая заявил спикер МИД Молдовы Даниел Водэ.", "Даниел Водэ", ("other_official", "MD")),
        (
            "3 мая министр зарубежных дел Беларуси Максим Рыженков встретился с послом Индии.",
            "Максим Рыженков",
            ("foreign_minister", "BY"),
        ),
        (
            "Председатель Правительства Якутии Кирилл Бычков 3 мая встретился с послом Кореи.",
            "Кирилл Бычков",
            ("other_official", "RU"),
        ),
        (
            "Вопрос 3 мая обсудили спецпредставитель президента России по Ближнему Востоку Михаил Богданов и "
            "посол Сирии.",
            "Михаил Богданов",
            ("other_official", "RU"),
        ),
    ],
)
def test_a_region_by_its_common_name_and_its_heads_titles(extractor, text, name, post):
    assert person_posts(extract(extractor, text))[name] == {post}


def test_an_unnamed_officials_state_is_not_the_named_ones(extractor):
    a = extract(extractor, "Председатель Мингорисполкома Владимир Кухарев 3 мая встретился с послом Египта.")
    assert ("regional_head", "EG") not in person_posts(a)["Владимир Кухарев"]


def test_a_sitting_of_a_dialogue_is_the_talks_told_again(extractor):
    a = extract(
        extractor,
        "5 мая в Баку состоялись стратегические консультации между министром иностранных дел Азербайджана "
        "Джейхуном Байрамовым и министром иностранных дел Турции Хаканом Фиданом. В Баку прошло очередное "
        "заседание Стратегического диалога между министрами иностранных дел двух стран.",
    )
    assert meetings(a) == [("talks", frozenset({"Джейхун Байрамов", "Хакан Фидан"}))]


def test_a_regions_own_title_and_place_are_no_part_of_the_name(extractor):
    a = extract(extractor, "23 декабря Башкан Гагаузии Евгения Гуцул встретилась с послом Турции в Комрате.")
    assert person_posts(a) == {"Евгения Гуцул": {("regional_head", "MD")}}


def test_a_place_that_is_a_names_word_stays_in_the_name(extractor):
    a = extract(
        extractor,
        "Посол Бразилии Родриго де Лима Баэна Соарес 3 мая встретился с губернатором Мурманской области.",
    )
    assert "Родриго де Лима Баэна Соарес" in person_posts(a)


def test_a_former_post_is_no_post(extractor):
    a = extract(
        extractor,
        "Президент Франции Эммануэль Макрон 5 сентября назначил бывшего министра иностранных дел Франции "
        "Мишеля Барнье премьер-министром.",
    )
    assert person_posts(a)["Мишель Барнье"] == set()


@pytest.mark.parametrize(
    "text, name, post",
    [
        (
            "Президент РТ Рустам Минниханов 3 мая прибыл в Индонезию. В состав татарстанской делегации вошли "
            "министры республики.",
            "Рустам Минниханов",
            ("regional_head", "RU"),
        ),
        ("Президент РТ Эмомали Рахмон 3 мая принял посла Ирана.", "Эмомали Рахмон", ("head_of_state", "TJ")),
    ],
)
def test_an_abbreviation_of_a_state_and_a_region_is_read_by_the_texts_other_names(
    extractor, text, name, post
):
    assert person_posts(extract(extractor, text))[name] == {post}


def test_a_surname_with_an_apostrophe_is_a_name(extractor):
    a = extract(
        extractor,
        "3 мая Президент Нигерии Умару Яр’Адуа провел переговоры с Президентом Ганы Джоном Махамой.",
    )
    assert meetings(a) == [("talks", frozenset({"Умару Яр-Адуа", "Джон Махама"}))]


@pytest.mark.parametrize("noun", ["онлайн-разговор", "видеобеседу", "онлайн-консультации"])
def test_talks_held_on_screen_are_a_video_call(extractor, noun):
    a = extract(
        extractor,
        f"14 апреля министр иностранных дел Вьетнама Буй Тхань Шон провел {noun} с министром иностранных дел "
        "Австралии Пенни Вонг.",
    )
    assert meetings(a) == [("video_call", frozenset({"Буй Тхань Шон", "Пенни Вонг"}))]
