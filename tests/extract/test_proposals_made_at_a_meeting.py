"""A proposal, an invitation or a request made at a meeting the text tells ("на встрече с Y X предложил ...") does not
set that meeting ahead; a meeting proposed is still one ahead. A subject told after its verb and given by the parser
to a later verb is the verb's; a working meal ("рабочий ужин") is a meeting. Sentences written for these tests."""


def meetings(article):
    return [sorted(article.persons[k].name for k in m.participants) for m in article.meetings]


def test_a_proposal_made_on_a_meeting_leaves_the_meeting_held(extractor):
    a = extractor.extract(
        "Президент Узбекистана Шавкат Мирзиёев на встрече в Анкаре с президентом Турции Реджепом Тайипом Эрдоганом "
        "предложил удвоить товарооборот.",
        "t",
    )
    assert meetings(a) == [["Реджеп Тайип Эрдоган", "Шавкат Мирзиёев"]]


def test_a_request_made_in_a_talk_leaves_the_talk_held(extractor):
    a = extractor.extract(
        "Премьер-министр Армении Никол Пашинян в беседе с канцлером Германии Фридрихом Мерцем попросил поддержать "
        "мирную повестку.",
        "t",
    )
    assert meetings(a) == [["Никол Пашинян", "Фридрих Мерц"]]


def test_a_meeting_proposed_stays_ahead(extractor):
    a = extractor.extract(
        "Президент Узбекистана Шавкат Мирзиёев предложил провести встречу с президентом Турции Реджепом Тайипом "
        "Эрдоганом.",
        "t",
    )
    assert meetings(a) == []


def test_an_invitation_to_a_sitting_leaves_the_sitting_ahead(extractor):
    a = extractor.extract(
        "Премьер-министр Казахстана Олжас Бектенов пригласил премьер-министра Узбекистана Абдуллу Арипова в Астану "
        "на заседание Совета глав правительств СНГ.",
        "t",
    )
    assert all(m.kind != "session" for m in a.meetings)


def test_a_subject_after_the_verb_given_to_a_later_verb_is_the_verbs(extractor):
    a = extractor.extract(
        "Президента Финляндии Александра Стубба встретил премьер-министр Эстонии Кристен Михал, после чего главы "
        "правительств стран Северной Европы провели совместный рабочий ужин и пресс-конференцию.",
        "t",
    )
    assert ["Александр Стубб", "Кристен Михал"] in meetings(a)


def test_a_working_dinner_of_heads_of_government_is_a_meeting(extractor):
    a = extractor.extract(
        "Премьер-министр Польши Дональд Туск и премьер-министр Чехии Петр Фиала провели в Праге рабочий ужин.",
        "t",
    )
    assert meetings(a) == [["Дональд Туск", "Петр Фиала"]]


def test_a_dinner_alone_is_no_meeting(extractor):
    a = extractor.extract(
        "Премьер-министр Польши Дональд Туск и премьер-министр Чехии Петр Фиала посетили ужин в честь праздника.",
        "t",
    )
    assert meetings(a) == []
