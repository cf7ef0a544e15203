"""A meeting the verb it completes denies, refuses or only wishes for is not held (kg/extract/status.py), on sentences
here."""

from tests.extract.test_frames import extract, meetings


def test_a_refused_meeting_is_no_meeting(extractor):
    a = extract(extractor, "Ранее СМИ сообщили, что Лукашенко отказался встречаться с Лавровым.")
    assert meetings(a) == []


def test_a_meeting_the_minister_did_not_plan_is_no_meeting(extractor):
    a = extract(
        extractor,
        "Министр иностранных дел Армении Арарат Мирзоян сказал, что прибыл в Тбилиси на конференцию и не "
        "планировал встречаться с премьер-министром Грузии Ираклием Кобахидзе.",
    )
    assert ("talks", frozenset({"Арарат Мирзоян", "Ираклий Кобахидзе"})) not in meetings(a)


def test_a_planned_meeting_with_a_date_stays_announced(extractor):
    a = extract(
        extractor,
        "Президент Казахстана Касым-Жомарт Токаев планирует встретиться с президентом Узбекистана Шавкатом "
        "Мирзиёевым 5 июня.",
    )
    assert meetings(a) == [("talks", frozenset({"Касым-Жомарт Токаев", "Шавкат Мирзиёев"}))]


def test_meetings_refused_as_a_noun_are_no_meetings(extractor):
    a = extract(
        extractor,
        "Президент Сербии Александр Вучич отказался от встречи с премьер-министром Косова Альбином Курти.",
    )
    assert a.meetings == []


def test_a_meeting_in_an_idea_that_was_rejected_is_no_meeting(extractor):
    a = extract(
        extractor,
        "Власти Иордании отвергли идею госсекретаря США Джона Керри о проведении в Аммане встречи с израильским "
        "премьер-министром Биньямином Нетаниягу.",
    )
    assert a.meetings == []


def test_a_meeting_someone_wants_or_hopes_for_is_not_held(extractor):
    for text in (
        "Президент Египта Абдель Фаттах ас-Сиси захотел поговорить с президентом России Владимиром Путиным.",
        "Премьер-министр Индии Нарендра Моди надеется встретиться с президентом США Дональдом Трампом.",
    ):
        assert extract(extractor, text).meetings == []


def test_the_programme_of_a_visit_called_off_is_not_held(extractor):
    a = extract(
        extractor,
        "Министр иностранных дел Турции Мевлют Чавушоглу отменил запланированный на 20–21 декабря визит в Украину."
        "\n\nВизит Мевлюта Чавушоглу в Украину 20-21 декабря был анонсирован на сайте МИД Турции. Были "
        "запланированы встречи Чавушоглу с президентом Украины Петром Порошенко и премьер-министром Украины "
        "Владимиром Гройсманом.",
    )
    assert a.meetings == []


def test_the_programme_of_a_visit_under_way_is_announced(extractor):
    a = extract(
        extractor,
        "Министр иностранных дел Турции Мевлют Чавушоглу 20 декабря прибыл с визитом в Украину.\n\nЗапланированы "
        "встречи Чавушоглу с президентом Украины Петром Порошенко и премьер-министром Украины Владимиром "
        "Гройсманом.",
    )
    assert sorted(sorted(m.participants) for m in a.meetings) == [
        ["владимир гройсман", "мевлют чавушоглу"],
        ["мевлют чавушоглу", "петр порошенко"],
    ]
