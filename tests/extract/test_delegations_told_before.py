"""A delegation received with no head of its own is the one whose head was told just before; a meeting noun whose
only partner is the public ("встреча с диаспорой") is no meeting of officials. Sentences written for these tests."""


def meetings(article):
    return [sorted(article.persons[k].name for k in m.participants) for m in article.meetings]


def test_a_delegation_received_is_led_by_the_head_told_before(extractor):
    a = extractor.extract(
        "С 3 по 5 мая в Ташкенте по приглашению Агентства информации находилась делегация Министерства цифрового "
        "развития Казахстана во главе с вице-министром Асхатом Оразбеком. 4 мая делегацию принял директор "
        "агентства Асаджон Ходжаев.",
        "t",
    )
    assert meetings(a) == [["Асаджон Ходжаев", "Асхат Оразбек"]]


def test_a_delegation_told_long_before_is_no_ones(extractor):
    a = extractor.extract(
        "В марте в Ташкенте находилась делегация Казахстана во главе с вице-министром Асхатом Оразбеком. Программа "
        "была насыщенной. Гости посетили музеи. Прошли концерты. Осенью делегацию Туркменистана принял директор "
        "агентства Асаджон Ходжаев.",
        "t",
    )
    assert ["Асаджон Ходжаев", "Асхат Оразбек"] not in meetings(a)


def test_a_meeting_with_the_diaspora_is_no_meeting(extractor):
    a = extractor.extract(
        "Делегация Кыргызстана во главе с вице-премьер-министром Эдилем Байсаловым посетила Андижан и провела "
        "встречу с кыргызской диаспорой.",
        "t",
    )
    assert meetings(a) == []


def test_a_meeting_with_the_business_and_a_governor_is_a_meeting(extractor):
    a = extractor.extract(
        "Вице-премьер-министр Кыргызстана Эдиль Байсалов провел встречу с деловыми кругами и хокимом Андижанской "
        "области Шухратбеком Абдурахмановым.",
        "t",
    )
    assert meetings(a) == [["Шухратбек Абдурахманов", "Эдиль Байсалов"]]


def test_heads_of_services_received_are_the_guests_named_next(extractor):
    a = extractor.extract(
        "Руководитель Росархива А.Н. Артизов принял руководителей архивных служб ряда зарубежных стран. Гостями "
        "Росархива стали директор Национального архива Грузии Т.Г. Абашидзе и директор Архива Президента "
        "Республики Казахстан Б.А. Джапаров.",
        "t",
    )
    assert meetings(a) == [["А. Артизов", "Б. Джапаров", "Т. Абашидзе"]]


def test_representatives_of_the_business_received_are_no_meeting(extractor):
    a = extractor.extract(
        "Аким Алматы Ерболат Досаев принял представителей бизнеса и общественности города.",
        "t",
    )
    assert meetings(a) == []


def test_a_sitting_told_in_passing_after_another_meeting_opens_its_own(extractor):
    a = extractor.extract(
        "Аким Туркестанской области Дархан Сатыбалды принял посла Чехии Петра Кубичека. В Астане на 9-м заседании "
        "Казахстанско-чешской межправительственной комиссии обсуждены вопросы торговли. Казахстанскую делегацию "
        "возглавил министр энергетики Алмасхан Саткалиев, чешскую – министр промышленности Лукаш Влчек.",
        "t",
    )
    assert sorted((m.kind, sorted(a.persons[k].name for k in m.participants)) for m in a.meetings) == [
        ("session", ["Алмасхан Саткалиев", "Лукаш Влчек"]),
        ("talks", ["Дархан Сатыбалды", "Петр Кубичек"]),
    ]


def test_every_member_a_delegations_clause_lists_without_a_verb_is_met(extractor):
    a = extractor.extract(
        "Сегодня состоялась встреча губернатора Новосибирской области Андрея Травникова с делегацией, в составе "
        "которой также Торговый представитель Казахстана в России Ерлан Сагатов, Руководитель представительства "
        "Министерства труда и социальной защиты населения Республики Казахстан в Российской Федерации по вопросам "
        "миграции Бауыржан Кусаинов, Генеральный консул Казахстана в Новосибирске Жандос Абылкасымов.",
        "t",
    )
    assert meetings(a) == [["Андрей Травников", "Бауыржан Кусаинов", "Ерлан Сагатов", "Жандос Абылкасымов"]]


def test_a_partner_between_two_of_one_list_is_met_too(extractor):
    a = extractor.extract(
        "В составе делегации Крыма провели встречу с Послом России в Аргентине Дмитрием Феоктистовым, "
        "руководителем Российского центра науки и культуры в Буэнос-Айресе Андреем Михайловичем Пахомовым, "
        "министром экономики Аргентины Луисом Капуто.",
        "t",
    )
    assert {n for m in meetings(a) for n in m} >= {"Дмитрий Феоктистов", "Андрей Пахомов", "Луис Капуто"}
