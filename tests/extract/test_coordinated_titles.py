"""Titles coordinated by a comma before one name, country names that look like past-tense verbs, and a
plural title over several states as one counterpart each. Sentences written for these tests."""

import pytest

from kg.extract.gazetteer import find_roles


def meetings(article):
    return sorted((m.kind, sorted(article.persons[k].name for k in m.participants)) for m in article.meetings)


def posts(article):
    return {p.name: sorted((f.role, f.country or "") for f in p.posts) for p in article.persons.values()}


def test_a_second_title_after_a_comma_gives_the_name_its_case_and_a_second_post(extractor):
    a = extractor.extract(
        "Президент Турции Реджеп Тайип Эрдоган встретился с президентом Ганы, председателем "
        "Экономического сообщества западноафриканских государств Джоном Драмани Махамой.",
        "t",
    )
    assert ("head_of_state", "GH") in posts(a)["Джон Драмани Махама"]


def test_the_body_of_a_coordinated_title_is_not_the_first_titles(extractor):
    a = extractor.extract(
        "Владимир Путин провел телефонный разговор с президентом Сенегала, председателем Африканского союза "
        "Макки Саллом.",
        "t",
    )
    assert posts(a)["Макки Салл"] == [("head_of_international_organization", ""), ("head_of_state", "SN")]
    assert meetings(a) == [("phone_call", ["Владимир Путин", "Макки Салл"])]


def test_a_country_name_ending_like_a_past_tense_verb_does_not_cut_the_title(extractor):
    a = extractor.extract(
        "Министр иностранных дел Индии Субраманьям Джайшанкар провел переговоры с премьер-министром "
        "Непала Пушпой Камалом Дахалом в Катманду.",
        "t",
    )
    assert ("head_of_government", "NP") in posts(a)["Пушпа Камал Дахал"]


def test_a_plural_title_over_two_states_is_a_call_with_each_holder(extractor):
    a = extractor.extract(
        "Премьер-министр Японии Фумио Кисида и премьер-министр Индии Нарендра Моди провели переговоры в Токио. "
        "На следующий день президент Франции Эммануэль Макрон провел телефонные разговоры с премьер-министрами "
        "Японии и Индии.",
        "t",
    )
    calls = [m for m in meetings(a) if m[0] == "phone_call"]
    assert calls == [
        ("phone_call", ["Нарендра Моди", "Эммануэль Макрон"]),
        ("phone_call", ["Фумио Кисида", "Эммануэль Макрон"]),
    ]


def test_a_plural_title_with_a_state_nobody_holds_stays_no_one(extractor):
    a = extractor.extract(
        "Президент Франции Эммануэль Макрон провел телефонные разговоры с премьер-министрами Японии и Индии.",
        "t",
    )
    assert all(len(p) == 1 for _, p in meetings(a))


def test_a_surname_after_initials_read_in_a_case_takes_the_form_the_text_also_writes(extractor):
    a = extractor.extract(
        "15-17 мая 2021 г. в г. Самаре находилась делегация провинции Гилян Исламской Республики Иран во главе "
        "с губернатором провинции Р. Голамрезаяном. Губернатор Самарской области Д. Азаров провел рабочую "
        "встречу с Р. Голамрезаяном. Р. Голамрезаян подтвердил готовность к сотрудничеству.",
        "t",
    )
    assert sorted(p.name for p in a.persons.values()) == ["Д. Азаров", "Р. Голамрезаян"]
    assert len(a.persons["р. голамрезаян"].mentions) == 3
    assert meetings(a) == [("talks", ["Д. Азаров", "Р. Голамрезаян"])]


def test_a_city_after_its_abbreviation_is_no_part_of_the_next_name(extractor):
    a = extractor.extract(
        "В состав делегации вошел ректор университета г. Тебриз А.Р. Мохаммади.",
        "t",
    )
    assert [p.name for p in a.persons.values()] == ["А. Мохаммади"]


def test_a_vietnamese_name_after_a_province_keeps_its_family_name(extractor):
    a = extractor.extract(
        "Губернатор Приморского края Олег Кожемяко встретился с председателем Народного комитета провинции "
        "Чинь Ван Шон.",
        "t",
    )
    assert posts(a)["Чинь Ван Шон"] == [("regional_head", "")]


def test_the_president_of_a_chamber_heads_no_state(extractor):
    a = extractor.extract(
        "Президент Торгово-промышленной палаты Узбекистана Давлетов Бахтиёр встретился с послом Японии.",
        "t",
    )
    assert all(role != "head_of_state" for p in posts(a).values() for role, _ in p)


def test_the_one_met_in_the_genitives_form_before_the_verb_is_the_other_side(extractor):
    a = extractor.extract(
        "Премьер-министр Кыргызстана Адылбек Касымалиев прибыл в Ташкент. В здании хокимията Премьер-министра "
        "Кыргызстана встретил хоким Ташкента Шавкат Умурбеков.",
        "t",
    )
    assert meetings(a) == [("talks", ["Адылбек Касымалиев", "Шавкат Умурбеков"])]


def test_people_in_the_genitive_of_a_place_are_no_one_met(extractor):
    a = extractor.extract(
        "Президент Казахстана провел совещание. В здании правительства сотрудников встретил министр.",
        "t",
    )
    assert meetings(a) == []


def test_the_speaker_of_turkeys_grand_national_assembly_is_a_parliament_speaker(extractor):
    a = extractor.extract(
        "Состоялся телефонный разговор между председателем Милли Меджлиса Азербайджана Сахибой Гафаровой и "
        "председателем Великого национального собрания Турции Нуманом Куртульмушем.",
        "t",
    )
    assert ("parliament_speaker", "TR") in posts(a)["Нуман Куртульмуш"]
    assert meetings(a) == [("phone_call", ["Нуман Куртульмуш", "Сахиба Гафарова"])]


@pytest.mark.parametrize(
    "title, role",
    [
        ("секретарь Совета безопасности Республики Беларусь", "other_official"),
        ("Генеральный секретарь ЦК Коммунистической партии Китая", "other_official"),
        ("заместитель губернатора Омской области", "other_official"),
        ("первый заместитель акима Карагандинской области", "other_official"),
        ("руководитель Аппарата Правительства Республики Узбекистан", "other_official"),
        ("врио главы Федерального агентства по туризму", "other_official"),
        ("Император Японии", "head_of_state"),
        ("президент Торгово-промышленной палаты Казахстана", "other_official"),
        ("первый заместитель Председателя Сената Олий Мажлиса", "other_official"),
        ("вице-спикер Мажилиса Парламента", "other_official"),
        ("заместитель Председателя Кабинета Министров", "deputy_head_of_government"),
    ],
)
def test_titles_of_officials_who_head_neither_a_state_nor_a_body(title, role):
    found = find_roles(title.lower())
    assert found and found[0].role == role and found[0].start == 0


def test_a_coordinated_title_of_a_region_the_gazetteer_does_not_know_is_a_regional_post(extractor):
    a = extractor.extract(
        "Посол Казахстана встретился с председателем Бундесрата, премьер-министром федеральной земли "
        "Мекленбург-Передняя Померания Мануэлой Швезиг.",
        "t",
    )
    roles = {role for role, _ in posts(a)["Мануэла Швезиг"]}
    assert "regional_head" in roles and "head_of_government" not in roles


def test_their_majesties_are_no_person(extractor):
    a = extractor.extract(
        "Президент Кыргызстана Садыр Жапаров встретился с Их Величествами Императором Японии. "
        "Их Высочества приняли гостей.",
        "t",
    )
    assert [p.name for p in a.persons.values()] == ["Садыр Жапаров"]


def test_partners_hung_on_the_meetings_format_are_one_meeting_each(extractor):
    a = extractor.extract(
        "Министр иностранных дел Азербайджана Джейхун Байрамов провел встречи в двустороннем формате с "
        "министрами иностранных дел Турции и Грузии. Министр иностранных дел Турции Хакан Фидан и министр "
        "иностранных дел Грузии Илья Дарчиашвили прибыли в Баку накануне.",
        "t",
    )
    assert meetings(a) == [
        ("talks", ["Джейхун Байрамов", "Илья Дарчиашвили"]),
        ("talks", ["Джейхун Байрамов", "Хакан Фидан"]),
    ]


def test_a_day_weeks_before_the_news_day_is_background_when_no_year_is_given(extractor):
    a = extractor.extract(
        "Президенты Монголии и Казахстана Ухнаагийн Хурэлсух и Касым-Жомарт Токаев подписали совместное "
        "заявление. Об этом стало известно во вторник, 14 октября. Главы государств проводят переговоры в "
        "узком формате. 2 октября Токаев и Президент Азербайджана Ильхам Алиев приняли совместную декларацию.",
        "t",
    )
    assert meetings(a) == [("talks", ["Касым-Жомарт Токаев", "Ухнаагийн Хурэлсух"])]


def test_the_heads_of_state_are_those_named_so_far(extractor):
    a = extractor.extract(
        "Президенты Монголии и Казахстана Ухнаагийн Хурэлсух и Касым-Жомарт Токаев прибыли в Астану. "
        "Главы государств проводят переговоры в узком формате. "
        "Ранее Президент Азербайджана Ильхам Алиев заявил о поддержке инициативы.",
        "t",
    )
    assert meetings(a) == [("talks", ["Касым-Жомарт Токаев", "Ухнаагийн Хурэлсух"])]


@pytest.mark.parametrize(
    "text, people",
    [
        (
            "Принимая верительные грамоты нового посла Индии в Казахстане Шри Виджай Кумара, Президент "
            "Касым-Жомарт Токаев отметил важность сотрудничества.",
            ["Виджай Кумар", "Касым-Жомарт Токаев"],
        ),
        (
            "Президент Туркменистана Сердар Бердымухамедов принимает сегодня верительные грамоты посла Ирана "
            "Голамрезы Хаджи.",
            ["Голамреза Хаджи", "Сердар Бердымухамедов"],
        ),
    ],
)
def test_credentials_received_in_a_gerund_or_the_present_are_a_reception(extractor, text, people):
    assert meetings(extractor.extract(text, "t")) == [("talks", people)]


def test_a_verb_conjoined_to_another_shares_its_subject(extractor):
    a = extractor.extract(
        "Генеральный секретарь ЦК Компартии Вьетнама То Лам прибыл в Москву с рабочим визитом. 9 мая он "
        "присутствовал на Параде Победы, а затем провел встречи с Председателем Государственной Думы "
        "Вячеславом Володиным и Председателем Совета Федерации Валентиной Матвиенко.",
        "t",
    )
    assert meetings(a) == [
        ("talks", ["Валентина Матвиенко", "То Лам"]),
        ("talks", ["Вячеслав Володин", "То Лам"]),
    ]


def test_a_call_with_one_side_takes_the_official_it_was_just_told_with(extractor):
    a = extractor.extract(
        "Президент Казахстана Касым-Жомарт Токаев поздравил новоизбранного президента Польши Кароля Навроцкого "
        "с победой на выборах. В ходе телефонного разговора Касым-Жомарт Токаев отметил важность торговли.",
        "t",
    )
    assert meetings(a) == [("phone_call", ["Кароль Навроцкий", "Касым-Жомарт Токаев"])]


def test_a_leads_plural_title_names_the_holders_of_its_states_the_text_names_next(extractor):
    a = extractor.extract(
        "Премьер-министры Узбекистана и Казахстана провели встречу в формате видеоконференции. Делегации "
        "возглавили премьер-министр Узбекистана Абдулла Арипов и премьер-министр Казахстана Алихан Смаилов. "
        "Премьер-министр России Михаил Мишустин в тот же день выступил в Госдуме.",
        "t",
    )
    assert meetings(a) == [("video_call", ["Абдулла Арипов", "Алихан Смаилов"])]


def test_the_summit_told_again_with_a_new_member_is_the_same_summit(extractor):
    a = extractor.extract(
        "Президент России Владимир Путин и президент Азербайджана Ильхам Алиев принимают участие в саммите "
        "ОДКБ в Бишкеке. Саммит открыл президент Кыргызстана Садыр Жапаров.",
        "t",
    )
    assert meetings(a) == [("summit", ["Владимир Путин", "Ильхам Алиев", "Садыр Жапаров"])]


def test_a_meeting_at_the_end_of_last_month_is_recalled(extractor):
    a = extractor.extract(
        "В Ташкенте стартовали переговоры между президентом Белоруссии Александром Лукашенко и главой "
        "Узбекистана Шавкатом Мирзиёевым. Александр Лукашенко прибыл в Узбекистан вечером 7 февраля. В конце "
        "января в Санкт-Петербурге прошла встреча президентов России и Белоруссии Владимира Путина и "
        "Александра Лукашенко.",
        "t",
    )
    assert meetings(a) == [("talks", ["Александр Лукашенко", "Шавкат Мирзиёев"])]
