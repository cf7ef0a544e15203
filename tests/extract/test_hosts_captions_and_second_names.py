"""Who welcomes a visitor is the host's official; a visitor named by the noun a relative clause modifies; a
speech under a transcript's caption line; one more at a conversation told; link lists after an article; a second
name the parser hangs on the first title. Sentences written for these tests."""


def meetings(article):
    return [(m.kind, sorted(article.persons[k].name for k in m.participants)) for m in article.meetings]


def posts(article, name):
    person = next(p for p in article.persons.values() if p.name == name)
    return [(p.role, p.country) for p in person.posts]


def test_an_untitled_official_who_welcomes_a_visitor_is_the_hosts(extractor):
    a = extractor.extract(
        "Президента Кыргызстана Садыра Жапарова, который прибыл в Анкару по приглашению президента Турции "
        "Реджепа Тайипа Эрдогана, в аэропорту встретил министр энергетики Альпарслан Байрактар.",
        "t",
        publisher_country="KG",
    )
    assert ("minister", "TR") in posts(a, "Альпарслан Байрактар")
    assert meetings(a) == [("talks", ["Альпарслан Байрактар", "Садыр Жапаров"])]
    assert a.meetings[0].visit is not None and a.meetings[0].visit.host == "TR"


def test_the_visitor_of_a_relative_clause_is_the_noun_it_modifies(extractor):
    a = extractor.extract(
        "Министра иностранных дел Армении Арарата Мирзояна, который прибыл в Тбилиси, принял премьер-министр "
        "Грузии Ираклий Кобахидзе.",
        "t",
    )
    assert [(v.visitor, v.host) for v in a.visits] == [("арарат мирзоян", "GE")]


def test_a_speech_under_a_caption_line_is_the_captioned_persons(extractor):
    a = extractor.extract(
        "Глава города Владимир Иванов провел встречу с делегацией из Гродно.\n"
        "Андрей Петров, Чрезвычайный и Полномочный Посол Республики Беларусь в РФ:\n"
        "«Мы увидели много нового и хотим расширять обмены между нашими городами».",
        "t",
    )
    assert [a.persons[q.speaker].name for q in a.quotes] == ["Андрей Петров"]


def test_one_more_takes_part_in_the_conversation_told(extractor):
    a = extractor.extract(
        "Председатель комитета Сената Иван Сидоров провел встречу с послом Чили Хуаном Пересом. В разговоре "
        "принял участие председатель комиссии Сената Петр Кузнецов.",
        "t",
    )
    assert meetings(a) == [("talks", ["Иван Сидоров", "Петр Кузнецов", "Хуан Перес"])]


def test_links_to_other_articles_are_no_part_of_the_text(extractor):
    a = extractor.extract(
        "Мэр Твери Алексей Огоньков встретился с послом Германии Александром Ламбсдорфом.\n"
        "Смотрите также:\n"
        "- Дмитрию Смирнову вручили премию правительства →\n"
        "- Бизнесмен Олег Волков стал меценатом года →\n",
        "t",
    )
    assert sorted(p.name for p in a.persons.values()) == ["Александр Ламбсдорф", "Алексей Огоньков"]


def test_a_second_name_hung_on_the_first_title_is_a_participant(extractor):
    a = extractor.extract(
        "Сегодня, как сообщает пресс-служба администрации, мэр Твери Алексей Огоньков и представители "
        "Оснабрюка Петер Штегер и Юрген Юблакер, обсудили празднование юбилея.",
        "t",
    )
    assert meetings(a) == [("talks", ["Алексей Огоньков", "Петер Штегер", "Юрген Юблакер"])]
