"""A discussion someone held with a partner is a meeting ("провёл обсуждение вопроса с министром X"), a discussion
told otherwise is not; a clause of the place one came to tells what that person did there ("приехал в Николаев, где
встретился с мэром X") (sentences written for the test)."""

from tests.extract.test_frames import extract, meetings


def test_a_discussion_held_with_a_partner_is_a_meeting(extractor):
    a = extract(
        extractor,
        "Министр иностранных дел Египта Бадр Абдель Аты провел обсуждение региональной повестки с министром "
        "иностранных дел Иордании Айманом Сафади.",
    )
    assert meetings(a) == [("talks", frozenset({"Бадр Абдель Аты", "Айман Сафади"}))]


def test_a_discussion_told_without_a_partner_opens_no_meeting(extractor):
    a = extract(
        extractor,
        "Президент Казахстана Касым-Жомарт Токаев провел переговоры с президентом Франции Эммануэлем Макроном. "
        "Обсуждение вопросов энергетики продолжится на уровне министров.",
    )
    assert meetings(a) == [("talks", frozenset({"Касым-Жомарт Токаев", "Эммануэль Макрон"}))]


def test_the_place_clause_tells_what_the_traveller_did_there(extractor):
    a = extract(
        extractor,
        "Посол Франции Жан Дюпон приехал в Николаев, где встретился с мэром Александром Сенкевичем.",
    )
    assert meetings(a) == [("talks", frozenset({"Жан Дюпон", "Александр Сенкевич"}))]
    (event,) = [e for e in _events(a) if e.kind == "talks"]
    assert {a.persons[k].name for k in event.participants} == {"Жан Дюпон", "Александр Сенкевич"}


def test_a_document_signed_in_the_place_is_not_signed_by_the_traveller(extractor):
    a = extract(
        extractor,
        "Губернатор Курской области Роман Старовойт вчера работал в Минске, где было подписано соглашение о "
        "сотрудничестве с Минским горисполкомом.",
    )
    assert all(
        "Роман Старовойт" not in {a.persons[k].name for k in m.participants} or m.kind != "signing"
        for m in a.meetings
    )
    assert not any(e.kind == "signing" and e.participants for e in _events(a))


def _events(article):
    from kg.extract.events import iter_events

    return list(iter_events(article))
