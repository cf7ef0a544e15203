"""Meetings told without "X провел переговоры с Y": signatures as the only sign of the signers, and a
delegation whose members were named before it met. Sentences written for these tests."""


def meetings(article):
    return [(m.kind, sorted(article.persons[k].name for k in m.participants)) for m in article.meetings]


def test_signatures_put_under_a_document_make_its_signers_meet(extractor):
    a = extractor.extract(
        "Армения и Индия подписали соглашение о сотрудничестве в области обороны. Подписи под документом "
        "поставили министр обороны Армении Сурен Папикян и министр обороны Индии Раджнатх Сингх.",
        "t",
    )
    assert meetings(a) == [("talks", ["Раджнатх Сингх", "Сурен Папикян"])]
    assert [d.title for d in a.meetings[0].documents] == ["соглашение о сотрудничестве в области обороны"]


def test_a_signature_put_elsewhere_is_no_signing(extractor):
    a = extractor.extract(
        "Министр обороны Армении Сурен Папикян поставил задачу перед командирами. "
        "Министр обороны Индии Раджнатх Сингх поставил вопрос о поставках.",
        "t",
    )
    assert meetings(a) == []


def test_a_delegation_takes_the_members_named_before_it_met(extractor):
    a = extractor.extract(
        "Делегация Алтайского края прибыла в Улан-Батор. В ее составе заместитель губернатора Алтайского края "
        "Николай Бурдин и министр экономического развития края Андрей Лукин. Делегация провела переговоры "
        "с мэром Улан-Батора Хишигтийном Нямбаатаром.",
        "t",
    )
    assert meetings(a) == [("talks", ["Андрей Лукин", "Николай Бурдин", "Хишигтийн Нямбаатар"])]


def test_members_of_a_delegation_at_another_meeting_stay_there(extractor):
    a = extractor.extract(
        "Губернатор Омской области Виталий Хоценко встретился с послом Казахстана Дауреном Абаевым. "
        "В состав делегации вошли советник посла Ерлан Жумабеков. Делегация провела переговоры с мэром Омска "
        "Сергеем Шелестом.",
        "t",
    )
    # the members sentence goes on with the first meeting; the delegation's second meeting does not take them
    assert meetings(a) == [("talks", ["Виталий Хоценко", "Даурен Абаев", "Ерлан Жумабеков"])]


def test_online_meeting_nouns_are_video_calls(extractor):
    a = extractor.extract(
        "Министр иностранных дел Казахстана Мурат Нуртлеу провел онлайн-встречу с министром иностранных дел "
        "Японии Такеши Ивая. Президент Узбекистана Шавкат Мирзиёев и премьер-министр Индии Нарендра Моди "
        "провели видеопереговоры.",
        "t",
    )
    assert [kind for kind, _ in meetings(a)] == ["video_call", "video_call"]


def test_an_announced_meeting_counts_with_a_day_even_without_a_year(extractor):
    a = extractor.extract(
        "Министр иностранных дел Армении Арарат Мирзоян 14 марта встретится с министром иностранных дел "
        "Ирана Аббасом Аракчи. Министр иностранных дел Грузии Макка Ботчоришвили встретится с министром "
        "иностранных дел Турции Хаканом Фиданом.",
        "t",
    )
    assert meetings(a) == [("talks", ["Аббас Аракчи", "Арарат Мирзоян"])]  # the second states no day


def test_a_meeting_in_an_announced_visits_programme_takes_the_visits_day(extractor):
    a = extractor.extract(
        "Президент Казахстана прибудет в Венгрию с официальным визитом\n\n"
        "Президент Казахстана Касым-Жомарт Токаев 5-6 июня посетит Венгрию с официальным визитом. "
        "Об этом сообщила пресс-служба Акорды. Визит готовился несколько месяцев. "
        "По данным посольства, в ходе визита Касым-Жомарт Токаев встретится с премьер-министром Венгрии "
        "Виктором Орбаном.",
        "t",
    )
    assert meetings(a) == [("talks", ["Виктор Орбан", "Касым-Жомарт Токаев"])]


def test_a_commissions_conference_is_a_session_and_its_announced_members_take_part(extractor):
    a = extractor.extract(
        "В Казани сегодня проходит 12-е совещание Межправительственной комиссии по сотрудничеству между "
        "Россией и Узбекистаном. В мероприятии примут участие вице-премьер России Алексей Оверчук и "
        "заместитель премьер-министра Узбекистана Жамшид Ходжаев.",
        "t",
    )
    assert meetings(a) == [("session", ["Алексей Оверчук", "Жамшид Ходжаев"])]


def test_a_body_named_conference_and_a_ministrys_own_are_no_meetings(extractor):
    a = extractor.extract(
        "Министр иностранных дел Казахстана Мурат Нуртлеу рассказал о председательстве в Совещании по "
        "взаимодействию и мерам доверия в Азии. Состоялось совещание центрального аппарата министерства.",
        "t",
    )
    assert meetings(a) == []


def test_a_regions_adjective_before_its_unnamed_head_is_the_other_side(extractor):
    a = extractor.extract(
        "Мэр китайского города Хэйхэ Чжан Цзинчуань провел переговоры с амурским губернатором. "
        "Посол Франции в Казахстане Сильви Бермен встретилась с карагандинским акимом.",
        "t",
    )
    assert meetings(a) == [("talks", ["Чжан Цзинчуань"]), ("talks", ["Сильви Бермен"])]
    assert [m.sides for m in a.meetings] == [["CN", "RU"], ["FR", "KZ"]]


def test_who_reports_the_talks_he_held_is_their_side_not_their_source(extractor):
    a = extractor.extract(
        "Министр иностранных дел Монголии Сухбатарын Батболд сообщил об этом по итогам переговоров "
        "с российским коллегой Сергеем Лавровым.",
        "t",
    )
    assert meetings(a) == [("talks", ["Сергей Лавров", "Сухбатарын Батболд"])]


def test_a_meeting_held_before_and_continued_now_is_recalled(extractor):
    a = extractor.extract(
        "Президент России Владимир Путин провел телефонный разговор с президентом ЮАР Сирилом Рамафосой. "
        "В продолжение состоявшейся 29 июля встречи Путина и Рамафосы главы государств обсудили ряд вопросов.",
        "t",
    )
    assert meetings(a) == [("phone_call", ["Владимир Путин", "Сирил Рамафоса"])]


def test_the_speaker_a_headline_opens_with_is_no_participant(extractor):
    a = extractor.extract(
        "Сергей Мардан: В Астрахани сегодня проходит совещание Межправительственной комиссии между Россией "
        "и Азербайджаном. В мероприятии примут участие вице-премьер России Алексей Оверчук и вице-премьер "
        "Азербайджана Шахин Мустафаев.",
        "t",
    )
    assert meetings(a) == [("session", ["Алексей Оверчук", "Шахин Мустафаев"])]
