"""A credentials ceremony of unnamed envoys is a meeting; "г." before a town does not end a title; an official
of no stated state met during a visit abroad meets the visitor. Sentences written for these tests."""


def meetings(article):
    return [(m.kind, sorted(article.persons[k].name for k in m.participants)) for m in article.meetings]


def test_credentials_of_unnamed_envoys_are_a_meeting_of_the_receiver(extractor):
    a = extractor.extract(
        "Президент Казахстана Касым-Жомарт Токаев принял верительные грамоты послов девяти зарубежных стран.",
        "t",
        publisher_country="KZ",
    )
    assert meetings(a) == [("talks", ["Касым-Жомарт Токаев"])]


def test_a_town_abbreviation_does_not_cut_the_title_before_a_name(extractor):
    a = extractor.extract(
        "7 ноября 2018 г. посол Казахстана в Японии Ержан Ашикбаев встретился с мэром г. Сендай Кадзуко "
        "Корияма.",
        "t",
    )
    person = next(p for p in a.persons.values() if p.name.endswith("Корияма"))
    assert [p.role for p in person.posts] == ["regional_head"]


def test_an_official_of_no_stated_state_met_during_a_visit_abroad_meets_the_visitor(extractor):
    a = extractor.extract(
        "7-8 ноября состоялась рабочая поездка посла Беларуси в Японии Руслана Есина в префектуру Мияги. "
        "7 ноября состоялась встреча с мэром г. Сироиси Юити Ямадой, стороны обсудили планы сотрудничества.",
        "t",
        publisher_country="BY",
    )
    assert ("talks", ["Руслан Есин", "Юити Ямада"]) in meetings(a)


def test_two_who_plant_a_tree_together_met(extractor):
    a = extractor.extract(
        "На приеме губернатор Астраханской области Игорь Бабушкин поблагодарил генерального консула Ирана Мехди "
        "Акучекиана за совместную работу. Вместе они высадили в саду ель.",
        "t",
    )
    assert meetings(a) == [("talks", ["Игорь Бабушкин", "Мехди Акучекиан"])]


def test_a_title_after_a_comma_that_opens_the_subject_is_the_names_own(extractor):
    a = extractor.extract(
        "На мероприятии, которое совпало с завершением миссии консула, губернатор Игорь Бабушкин поблагодарил "
        "Мехди Акучекиана.",
        "t",
    )
    person = next(p for p in a.persons.values() if p.name == "Игорь Бабушкин")
    assert [p.role for p in person.posts] == ["regional_head"]


def test_a_first_person_post_under_its_authors_name_is_the_authors_meeting(extractor):
    a = extractor.extract(
        "Дмитрий Миляев: Провел рабочую встречу с делегацией Республики Узбекистан во главе с послом "
        "Узбекистана в России Ботиржоном Асадовым.",
        "t",
        publisher_country="RU",
    )
    assert meetings(a) == [("talks", ["Ботиржон Асадов", "Дмитрий Миляев"])]


def test_where_a_consul_serves_is_not_whose_he_is(extractor):
    a = extractor.extract(
        "Новосибирск может обзавестись городом-побратимом во Вьетнаме\n\n"
        "Перспективы сотрудничества обсудили сегодня мэр Анатолий Локоть и генконсул азиатской республики в "
        "Екатеринбурге Динь Ван Донг.",
        "t",
    )
    person = next(p for p in a.persons.values() if p.name == "Динь Ван Донг")
    assert [p.country for p in person.posts] == ["VN"]
