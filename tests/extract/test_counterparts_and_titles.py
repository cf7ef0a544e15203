"""Counterparts named after the meeting was opened, visits paid to a person, announced weekdays, consuls'
titles, and names in capitals or after an honorific. Sentences written for these tests."""

import datetime as dt


def meetings(article):
    return [(m.kind, sorted(article.persons[k].name for k in m.participants)) for m in article.meetings]


def posts(article):
    return {p.name: sorted((f.role, f.country) for f in p.posts) for p in article.persons.values()}


def test_bilateral_meetings_opened_then_named_are_one_meeting_per_counterpart(extractor):
    a = extractor.extract(
        "Министр иностранных дел Армении Арарат Мирзоян провел на полях форума двусторонние встречи с главами "
        "делегаций Греции и Кипра. В ходе встреч министра с главой МИД Греции Никосом Дендиасом и министром "
        "иностранных дел Кипра Константиносом Комбосом обсуждались вопросы торговли и туризма.",
        "t",
    )
    assert sorted(meetings(a)) == [
        ("talks", ["Арарат Мирзоян", "Константинос Комбос"]),
        ("talks", ["Арарат Мирзоян", "Никос Дендиас"]),
    ]


def test_meetings_in_general_stay_no_meeting(extractor):
    a = extractor.extract(
        "Министр иностранных дел Армении Арарат Мирзоян регулярно проводит встречи. "
        "Министр иностранных дел Греции Никос Дендиас отметил важность диалога.",
        "t",
    )
    assert meetings(a) == []


def test_people_who_took_part_join_the_meeting_told_in_another_medium(extractor):
    a = extractor.extract(
        "Министр иностранных дел Молдовы Нику Попеску в среду в формате видеоконференции провел встречу с "
        "представителями ОБСЕ. Во встрече приняли участие специальный представитель ОБСЕ Томас Майр-Хартинг "
        "и глава миссии ОБСЕ Келли Киддерлинг.",
        "t",
    )
    assert meetings(a) == [("video_call", ["Келли Киддерлинг", "Нику Попеску", "Томас Майр-Хартинг"])]


def test_an_announced_weekday_lies_ahead_and_a_reported_one_behind(extractor):
    ahead = extractor.extract(
        "12 марта 2024 года\n\nПредседатель Мажилиса Казахстана Ерлан Кошанов в четверг встретится с "
        "председателем Национального собрания Венгрии Ласло Кёвером.",
        "t",
    )
    behind = extractor.extract(
        "12 марта 2024 года\n\nПредседатель Мажилиса Казахстана Ерлан Кошанов в четверг встретился с "
        "председателем Национального собрания Венгрии Ласло Кёвером.",
        "t",
    )
    assert [m.date for m in ahead.meetings] == [dt.date(2024, 3, 14)]
    assert [m.date for m in behind.meetings] == [dt.date(2024, 3, 7)]


def test_a_visit_paid_to_a_person_is_a_meeting(extractor):
    a = extractor.extract(
        "Посол Японии в Казахстане Ясухиро Кавамура нанес визит вежливости акиму Карагандинской области "
        "Ермаганбету Булекпаеву.",
        "t",
    )
    assert meetings(a) == [("talks", ["Ермаганбет Булекпаев", "Ясухиро Кавамура"])]


def test_a_visit_paid_to_a_country_is_no_meeting(extractor):
    a = extractor.extract(
        "Посол Японии в Казахстане Ясухиро Кавамура нанес визит в Караганду, где посетил музей.",
        "t",
    )
    assert meetings(a) == []


def test_a_consul_is_an_official_and_a_title_stops_at_a_verb(extractor):
    a = extractor.extract(
        "Сегодня в Омск прибыл генеральный консул Казахстана Ерлан Жумабеков. Утром казахстанский дипломат "
        "нанес визит губернатору Омской области Виталию Хоценко.",
        "t",
    )
    found = posts(a)
    assert found["Ерлан Жумабеков"] == [("other_official", "KZ")]
    assert [role for role, _ in found["Виталий Хоценко"]] == ["regional_head"]
    assert meetings(a) == [("talks", ["Виталий Хоценко", "Ерлан Жумабеков"])]


def test_a_name_word_in_capitals_is_the_name_the_text_gives_elsewhere(extractor):
    a = extractor.extract(
        "В Хабаровск прибыл генеральный консул Республики Корея Пак Сон Хо. Вечером ПАК Сон Хо встретился "
        "с губернатором Хабаровского края Михаилом Дегтяревым.",
        "t",
    )
    assert sorted(p.name for p in a.persons.values()) == ["Михаил Дегтярев", "Пак Сон Хо"]


def test_an_honorific_is_no_name(extractor):
    a = extractor.extract(
        "Министр провел переговоры с главой МИД Шри-Ланки Али Сабри и послом Индии Шри Гопалом Багле.", "t"
    )
    assert sorted(p.name for p in a.persons.values()) == ["Али Сабри", "Гопал Багле"]


def test_a_listed_name_takes_the_case_of_its_own_title(extractor):
    a = extractor.extract(
        "В ходе встреч министра со спикером парламента Малайзии Джохари Абдулом Гани и председателем верхней "
        "палаты Индии Шри Джагдипом Дханкаром обсуждались вопросы торговли.",
        "t",
    )
    assert sorted(p.name for p in a.persons.values()) == ["Джагдип Дханкар", "Джохари Абдул Гани"]


def test_a_person_of_another_event_in_the_sentence_is_not_this_ones(extractor):
    a = extractor.extract(
        "5 апреля 2023 года\n\nВице-премьер Сербии Синиша Мали 4 апреля посетил Минск, где провел заседание "
        "межправительственного комитета, а также встретился с Александром Лукашенко.",
        "t",
    )
    assert ("session", ["Синиша Мали"]) in meetings(a)
    assert ("talks", ["Александр Лукашенко", "Синиша Мали"]) in meetings(a)


def test_who_announces_the_meeting_at_the_end_of_the_sentence_is_not_at_it(extractor):
    a = extractor.extract(
        "Вице-премьер Госсовета КНР Лю Гочжун и вице-премьер Белоруссии Виктор Каранкевич будут совместно "
        "председательствовать на заседании комиссии в Минске 12 мая, объявил официальный "
        "представитель министерства коммерции КНР Шу Цзюэтин.",
        "t",
    )
    assert meetings(a) == [("session", ["Виктор Каранкевич", "Лю Гочжун"])]


def test_heads_of_more_chambers_are_speakers_and_a_department_head_is_an_official(extractor):
    a = extractor.extract(
        "Председатель Сената Польши Малгожата Кидава-Блоньская встретилась с председателем Палаты общин "
        "Великобритании Линдси Хойлом. В переговорах участвовал начальник управления МИД Польши Ян Ковальский.",
        "t",
    )
    found = posts(a)
    assert found["Линдси Хойл"] == [("parliament_speaker", "GB")]
    assert found["Ян Ковальский"] == [("other_official", "PL")]


def test_a_parliament_named_by_its_own_name_is_no_person(extractor):
    a = extractor.extract(
        "Под председательством председателя Халк Маслахаты Туркменистана Гурбангулы Бердымухамедова прошла "
        "встреча с премьер-министром Казахстана Олжасом Бектеновым.",
        "t",
    )
    assert sorted(p.name for p in a.persons.values()) == ["Гурбангулы Бердымухамедов", "Олжас Бектенов"]


def test_a_summit_one_came_to_attend_or_that_frames_other_talks_is_no_meeting(extractor):
    came = extractor.extract(
        "Президент Казахстана Касым-Жомарт Токаев прибыл в Баку для участия в саммите Организации тюркских "
        "государств.",
        "t",
    )
    framed = extractor.extract(
        "Обсуждения президента Бразилии Луиса Инасиу Лулы да Силвы и президента ЮАР Сирила Рамафосы проходили "
        "в рамках саммита БРИКС.",
        "t",
    )
    assert meetings(came) == []
    assert "summit" not in [kind for kind, _ in meetings(framed)]


def test_a_body_in_the_genitive_before_a_name_is_not_part_of_it(extractor):
    a = extractor.extract(
        "Генеральный директор Росатома Алексей Лихачев встретился с министром энергетики Узбекистана "
        "Журабеком Мирзамахмудовым.",
        "t",
    )
    assert sorted(p.name for p in a.persons.values()) == ["Алексей Лихачев", "Журабек Мирзамахмудов"]


def test_partners_the_parse_hangs_on_the_verb_before_are_the_meeting_verbs(extractor):
    # the parser hangs "с коллегой ..." on "отправится", not on "встретится" of the "где" clause
    a = extractor.extract(
        "Министр иностранных дел Эстонии Маргус Цахкна во вторник, 3 июня, отправится с визитом во Францию, где "
        "встретится со своим коллегой Жаном-Ноэлем Барро, министром обороны Себастьяном Лекорню и министром "
        "экономики Эриком Ломбаром.",
        "t",
    )
    assert sorted(meetings(a)) == [
        ("talks", ["Жан-Ноэль Барро", "Маргус Цахкна"]),
        ("talks", ["Маргус Цахкна", "Себастьян Лекорню"]),
        ("talks", ["Маргус Цахкна", "Эрик Ломбар"]),
    ]


def test_a_name_past_the_verb_is_no_apposition_of_the_subject(extractor):
    # the parser hangs the undeclined "Беате" on "Премьер-министр", the subject before the verb
    a = extractor.extract(
        "Премьер-министр Словакии Роберт Фицо в пятницу, 6 июня, прилетит в Вену, где встретится с федеральным "
        "канцлером Кристианом Штоккером, министром иностранных дел Беате Майнль-Райзингер и мэром Вены Михаэлем "
        "Людвигом.",
        "t",
    )
    assert sorted(meetings(a)) == [
        ("talks", ["Беате Майнль-Райзингер", "Роберт Фицо"]),
        ("talks", ["Кристиан Штоккер", "Роберт Фицо"]),
        ("talks", ["Михаэль Людвиг", "Роберт Фицо"]),
    ]


def test_two_ministers_and_a_mayor_of_the_host_are_met_one_after_the_other(extractor):
    a = extractor.extract(
        "Вице-премьер Казахстана Серик Жумангарин провел в Анкаре переговоры с министром торговли Турции Омером "
        "Болатом, министром энергетики Турции Алпарсланом Байрактаром и мэром Анкары Мансуром Явасом.",
        "t",
    )
    assert sorted(meetings(a)) == [
        ("talks", ["Алпарслан Байрактар", "Серик Жумангарин"]),
        ("talks", ["Мансур Явас", "Серик Жумангарин"]),
        ("talks", ["Омер Болат", "Серик Жумангарин"]),
    ]


def test_a_ministers_state_left_open_is_the_hosts_of_the_others(extractor):
    a = extractor.extract(
        "Министр иностранных дел Литвы Кястутис Будрис посетил Берлин, где встретился с министром иностранных дел "
        "Иоганном Вадфулем и премьер-министром Баварии Маркусом Зедером.",
        "t",
    )
    assert sorted(meetings(a)) == [
        ("talks", ["Иоганн Вадфуль", "Кястутис Будрис"]),
        ("talks", ["Кястутис Будрис", "Маркус Зедер"]),
    ]


def test_deputies_of_one_rank_met_together_stay_one_meeting(extractor):
    a = extractor.extract(
        "Посол Японии Тосиюки Кацуки встретился с депутатами парламента Казахстана Айдосом Сарымом и "
        "Еркином Абилем.",
        "t",
    )
    assert meetings(a) == [("talks", ["Айдос Сарым", "Еркин Абиль", "Тосиюки Кацуки"])]


def test_officials_of_two_ranks_whose_state_is_not_told_are_met_one_after_the_other(extractor):
    a = extractor.extract(
        "Президент Грузии Нино Абашидзе встретилась с президентом Иваром Берзиньшем и вице-спикером Сейма Илзе "
        "Озолой, поблагодарив их за поддержку.",
        "t",
    )
    assert sorted(meetings(a)) == [
        ("talks", ["Ивар Берзиньш", "Нино Абашидзе"]),
        ("talks", ["Илзе Озола", "Нино Абашидзе"]),
    ]


def test_a_visitors_meetings_told_with_the_preposition_again_are_one_each(extractor):
    a = extractor.extract(
        "Делегация Сейма Литвы во главе с вице-спикером Сейма Юозасом Олекасом находится с визитом в Баку. "
        "Литовские депутаты приняли участие в заседании Милли Меджлиса Азербайджана. Состоялась встреча с "
        "председателем комитета по международным отношениям Самедом Сеидовым, с председателем комитета по "
        "экономической политике Тахиром Миркишили и с заместителем спикера Адилем Алиевым.",
        "t",
    )
    assert sorted(meetings(a)) == [
        ("talks", ["Адиль Алиев", "Юозас Олекас"]),
        ("talks", ["Самед Сеидов", "Юозас Олекас"]),
        ("talks", ["Тахир Миркишили", "Юозас Олекас"]),
    ]


def test_a_relative_with_the_preposition_tells_no_second_partner(extractor):
    a = extractor.extract(
        "Министр иностранных дел Казахстана Ермек Кошербаев встретился с послом Японии Такаси Ямадой, с которым "
        "обсудил сотрудничество с Токио.",
        "t",
    )
    assert meetings(a) == [("talks", ["Ермек Кошербаев", "Такаси Ямада"])]
