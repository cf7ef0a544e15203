"""A visit whose host official is named is a meeting (kg/extract/hosting.py), on sentences written here."""

from tests.extract.test_frames import extract, meetings


def test_an_invited_visit_with_joint_acts_is_talks_of_the_visitor_and_the_host(extractor):
    a = extract(
        extractor,
        "12 мая по приглашению министра иностранных дел Польши Радослава Сикорского министр иностранных дел "
        "Вьетнама Буй Тхань Шон посетил Польшу с официальным визитом. Министры подписали план консультаций "
        "на 2025-2026 годы. Стороны также обсудили торговлю и образование.",
    )
    assert meetings(a) == [("talks", frozenset({"Радослав Сикорский", "Буй Тхань Шон"}))]
    (meeting,) = a.meetings
    assert meeting.visit is not None and meeting.visit.kind == "official_visit"
    assert meeting.visit.host == "PL"
    assert [d.type for d in meeting.documents] == ["plan"]


def test_the_host_named_in_the_next_sentence_counts_too(extractor):
    a = extract(
        extractor,
        "Премьер-министр Словакии Роберт Фицо прибыл в Венгрию с рабочим визитом. В аэропорту гостя "
        "встретил премьер-министр Венгрии Виктор Орбан. Стороны обсудили энергетику.",
    )
    assert ("talks", frozenset({"Роберт Фицо", "Виктор Орбан"})) in meetings(a)


def test_a_visit_without_joint_acts_stays_a_visit(extractor):
    a = extract(
        extractor,
        "По приглашению губернатора Омской области Виталия Хоценко министр сельского хозяйства Казахстана "
        "Айдарбек Сапаров посетил Россию с рабочим визитом. Программа пребывания включает осмотр "
        "элеваторов и выставку техники.",
    )
    assert a.meetings == []


def test_a_visit_with_no_official_of_the_host_state_opens_no_talks(extractor):
    a = extract(
        extractor,
        "Министр энергетики Армении Давит Худатян посетил Японию с официальным визитом. Стороны обсудили "
        "атомную энергетику.",
    )
    assert all("Давит Худатян" not in names or len(names) == 1 for _, names in meetings(a))


def test_the_subject_of_a_clause_framed_by_a_meeting_took_part_in_it(extractor):
    a = extract(
        extractor,
        "14 мая после переговоров с министром иностранных дел Египта Самехом Шукри министр "
        "иностранных дел Индии Субраманьям Джайшанкар отправился в Александрию.",
    )
    assert meetings(a) == [("talks", frozenset({"Самех Шукри", "Субраманьям Джайшанкар"}))]


def test_he_after_a_framed_meeting_is_the_subject_before_not_the_partner(extractor):
    a = extract(
        extractor,
        "12 мая министр иностранных дел Польши Радослав Сикорский провел переговоры с министром "
        "иностранных дел Литвы Кястутисом Будрисом. После встречи с президентом Литвы Гитанасом Науседой "
        "он посетил парламент.",
    )
    found = meetings(a)
    assert ("talks", frozenset({"Радослав Сикорский", "Кястутис Будрис"})) in found
    assert ("talks", frozenset({"Радослав Сикорский", "Гитанас Науседа"})) in found


def test_a_visitor_addressing_the_host_in_person_met_him(extractor):
    a = extract(
        extractor,
        "Премьер-министр Армении Никол Пашинян посетил Иран, чтобы выразить соболезнования. Глава "
        "правительства от имени народа Армении выразил соболезнования Президенту Ирана Масуду Пезешкиану "
        "в связи с гибелью министра иностранных дел Ирана Хосейна Амир Абдоллахиана.",
    )
    assert ("talks", frozenset({"Никол Пашинян", "Масуд Пезешкиан"})) in meetings(a)


def test_his_meeting_with_x_is_a_meeting_of_the_one_named_before_and_x(extractor):
    a = extract(
        extractor,
        "Президент Финляндии Александр Стубб призвал к диалогу.\n\nЗаявление прозвучало в ходе его встречи с "
        "президентом Казахстана Касым-Жомартом Токаевым в Астане.",
    )
    assert ("talks", frozenset({"Александр Стубб", "Касым-Жомарт Токаев"})) in meetings(a)


def test_one_more_who_took_part_joins_the_meeting_told(extractor):
    a = extract(
        extractor,
        "Министр иностранных дел Венгрии Петер Сийярто встретился с министром иностранных дел Сербии Марко "
        "Джуричем.\n\nВо встрече также принял участие министр энергетики Сербии Дубравка Джедович.",
    )
    assert len(a.meetings) == 1
    assert len(a.meetings[0].participants) == 3


def test_a_rubric_glued_to_the_first_word_is_cut_off(extractor):
    a = extract(
        extractor,
        "ՔԱՂԱՔԱԿԱՆՈՒԹՅՈՒՆПремьер-министр Армении Никол Пашинян провел переговоры с президентом Франции "
        "Эмманюэлем Макроном.",
    )
    assert a.sentences[0].text.startswith("Премьер-министр")
    assert ("talks", frozenset({"Никол Пашинян", "Эмманюэль Макрон"})) in meetings(a)
    b = extract(extractor, "ПолитикаУлан-Батор /МОНЦАМЭ/. Президент Монголии принял посла.")
    assert b.sentences[0].text.startswith("Улан-Батор")


def test_narrow_and_extended_formats_are_one_meeting_and_heads_of_three_states_a_summit(extractor):
    a = extract(
        extractor,
        "В Минске во встрече в узком составе участвовали президент Казахстана Касым-Жомарт Токаев, "
        "президент Беларуси Александр Лукашенко и президент Кыргызстана Садыр Жапаров.\n\n"
        "К переговорам в расширенном формате присоединился премьер-министр Узбекистана Абдулла Арипов.",
    )
    assert len(a.meetings) == 1
    (meeting,) = a.meetings
    assert meeting.kind == "summit"
    assert len(meeting.participants) == 4


def test_talks_of_two_heads_stay_talks(extractor):
    a = extract(
        extractor,
        "Президент Казахстана Касым-Жомарт Токаев провел переговоры в узком составе с президентом "
        "Беларуси Александром Лукашенко.",
    )
    assert [m.kind for m in a.meetings] == ["talks"]


def test_the_guest_greeted_on_arrival_is_the_visitor(extractor):
    a = extract(
        extractor,
        "Президент Казахстана Касым-Жомарт Токаев прибыл с официальным визитом во Вьетнам. В аэропорту Ханоя "
        "высокого гостя встречал премьер-министр Вьетнама Фам Минь Тьинь.",
    )
    assert ("talks", frozenset({"Касым-Жомарт Токаев", "Фам Минь Тьинь"})) in meetings(a)


def test_a_surname_that_one_known_official_bears_is_that_official_named_as_the_text_names_him(extractor):
    # GOLD.md: nothing from general knowledge, so the label stays the surname (in the nominative); the official
    # it stands for gives its post, and the store joins it to the full name another article gives
    a = extract(extractor, "В Ташкенте Токаев и Мирзиёев обсудили водные ресурсы региона с Лукашенко.")
    assert {p.name: p.official for p in a.persons.values()} == {
        "Токаев": "Касым-Жомарт Токаев",
        "Мирзиёев": "Шавкат Мирзиёев",
        "Лукашенко": "Александр Лукашенко",
    }
    b = extract(extractor, "Президент Касым-Жомарт Токаев прибыл в Ташкент. Токаев осмотрел выставку.")
    assert {p.name for p in b.persons.values()} == {"Касым-Жомарт Токаев"}


def test_a_meeting_in_the_programme_of_a_visit_on_a_day_just_told_is_announced(extractor):
    a = extract(
        extractor,
        "Президент Турции Реджеп Тайип Эрдоган прибыл в Японию с визитом.\n\n"
        "Он пройдет в два этапа: 5 июня Эрдоган проведет в Токио, а 6 июня посетит Осаку.\n\n"
        "Встреча Эрдогана и премьер-министра Японии Сигэру Исибы пройдет в узком и расширенном составах.",
    )
    assert ("talks", frozenset({"Реджеп Тайип Эрдоган", "Сигэру Исиба"})) in meetings(a)


def test_an_announced_meeting_outside_a_visit_needs_its_own_day(extractor):
    a = extract(
        extractor,
        "Президент Казахстана Касым-Жомарт Токаев провел телефонный разговор с президентом Франции Эмманюэлем "
        "Макроном. Об этом 3 июня сообщили в Акорде. Токаев рассказал о предстоящей встрече с президентом "
        "Турции Реджепом Тайипом Эрдоганом.",
    )
    assert all("Реджеп Тайип Эрдоган" not in names for _, names in meetings(a))


def test_heads_told_by_title_take_the_known_officials_named_just_after(extractor):
    a = extract(
        extractor,
        "Главы двух государств договорились встретиться завтра в Астане. В Акорде заявляли, что президенты "
        "планируют уделить внимание энергетике. Кроме того, Токаев и Мирзиёев обсудят водные ресурсы.",
    )
    assert ("talks", frozenset({"Токаев", "Мирзиёев"})) in meetings(a)
