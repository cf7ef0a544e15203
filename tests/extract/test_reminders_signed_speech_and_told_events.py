"""A reminder of a visit begun is the visit under way; a noun that says what the event told before was is no new
event; speech signed with its speaker's name after a dash; a coordinator of a council is an official. Sentences
written for these tests."""


def meetings(article):
    return [(m.kind, sorted(article.persons[k].name for k in m.participants)) for m in article.meetings]


def test_a_reminder_of_a_visit_begun_keeps_the_visit(extractor):
    a = extractor.extract(
        "Президент Литвы Гитанас Науседа провел переговоры с президентом Латвии Эдгарсом Ринкевичсом в Риге. "
        "Напомним, президент Литвы Гитанас Науседа начал визит в Латвию накануне.",
        "t",
    )
    assert [(v.visitor, v.host) for v in a.visits] == [("гитанас науседа", "LV")]


def test_a_reminder_in_the_present_still_recalls(extractor):
    a = extractor.extract(
        "Напомним, президенты Литвы и Латвии Гитанас Науседа и Эдгарс Ринкевичс встречаются ежегодно.", "t"
    )
    assert meetings(a) == []


def test_a_noun_that_says_what_the_call_was_is_the_same_call(extractor):
    a = extractor.extract(
        "Президент Франции Эммануэль Макрон и канцлер Германии Фридрих Мерц провели телефонный разговор. "
        "Этот разговор стал их первым контактом за месяц, а также первой беседой Макрона и Мерца после выборов.",
        "t",
    )
    assert meetings(a) == [("phone_call", ["Фридрих Мерц", "Эммануэль Макрон"])]


def test_speech_signed_with_a_name_after_a_dash_is_a_quote(extractor):
    a = extractor.extract(
        "Губернатор Тверской области Игорь Руденя провел встречу с послом Армении Вагармом Макаряном.\n\n"
        "Мы довольны нашим сотрудничеством и будем расширять поставки, - Игорь Руденя, губернатор Тверской "
        "области.",
        "t",
    )
    assert [a.persons[q.speaker].name for q in a.quotes] == ["Игорь Руденя"]


def test_a_third_person_paragraph_signed_with_a_name_is_no_quote(extractor):
    a = extractor.extract(
        "Губернатор Тверской области Игорь Руденя провел встречу с послом Армении Вагармом Макаряном.\n\n"
        "Стороны обсудили поставки и туризм, - Игорь Руденя, губернатор Тверской области.",
        "t",
    )
    assert a.quotes == []


def test_a_coordinator_of_a_council_is_an_official(extractor):
    a = extractor.extract(
        "Об этом заявил координатор по стратегическим коммуникациям Совета национальной безопасности США "
        "Джон Кирби.",
        "t",
    )
    person = next(p for p in a.persons.values() if p.name == "Джон Кирби")
    assert [(p.role, p.country) for p in person.posts] == [("other_official", "US")]


def test_guests_of_another_state_welcomed_by_one_named_official_are_a_meeting(extractor):
    a = extractor.extract(
        "В области с официальным визитом находится делегация из вьетнамской провинции Куангнинь. Гостей "
        "встречал вице-губернатор Сергей Иванов.",
        "t",
        publisher_country="RU",
    )
    assert meetings(a) == [("talks", ["Сергей Иванов"])]
    assert a.meetings[0].counterpart_state == "VN"


def test_guests_of_the_own_state_welcomed_are_no_international_meeting(extractor):
    a = extractor.extract(
        "В Твери находится делегация из Московской области. Гостей встречал вице-губернатор Сергей Иванов.",
        "t",
        publisher_country="RU",
    )
    assert meetings(a) == []
