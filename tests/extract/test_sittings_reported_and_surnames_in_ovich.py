"""A sitting reported by its member, surnames in -ович the dictionary knows, meetings weeks back, bodies told
where a holder works, and the head of a body joined by a dash to another post (sentences written for the
test)."""

from tests.extract.test_frames import extract, meetings, posts_of


def test_who_reports_on_a_commissions_sitting_sat_at_it(extractor):
    a = extract(
        extractor,
        "Об этом сообщил министр энергетики Казахстана Ерлан Аккенженов по итогам заседания межправительственной "
        "комиссии в Ханое. Заседание прошло 3-4 апреля.\n",
    )
    assert meetings(a) == [("session", frozenset({"Ерлан Аккенженов"}))]
    a = extract(
        extractor,
        "В ходе заседания казахстанско-вьетнамской межправительственной комиссии министр энергетики Казахстана "
        "Ерлан Аккенженов отметил рост товарооборота.\n",
    )
    assert [m.kind for m in a.meetings] == ["session"]


def test_a_domestic_sitting_reported_is_no_meeting(extractor):
    a = extract(
        extractor,
        "Об этом сообщил министр энергетики Казахстана Ерлан Аккенженов по итогам заседания коллегии "
        "министерства в Астане.\n",
    )
    assert a.meetings == []


def test_an_ovich_name_the_dictionary_knows_only_as_a_surname_is_one(extractor):
    a = extract(extractor, "Президент Молдавии Мариан Лупу встретился в Крыму с Виктором Януковичем.")
    assert ("talks", frozenset({"Мариан Лупу", "Виктор Янукович"})) in meetings(a)
    a = extract(extractor, "Александр Лукашенко принял Игоря Петровича Сергеенко.")
    assert "Игорь Сергеенко" in {p.name for p in a.persons.values()}


def test_a_meeting_weeks_or_years_back_is_recalled(extractor):
    a = extract(
        extractor,
        "Два года назад президент Казахстана Касым-Жомарт Токаев встречался с президентом Таджикистана Эмомали "
        "Рахмоном в Душанбе.",
    )
    assert a.meetings == []
    a = extract(
        extractor,
        "Президент Казахстана Касым-Жомарт Токаев встретился с президентом Таджикистана Эмомали Рахмоном, который "
        "год назад посетил Астану.",
    )
    assert len(a.meetings) == 1


def test_a_body_told_where_the_holder_works_is_not_the_one_headed(extractor):
    a = extract(
        extractor,
        "Аким Алматы Ерболат Досаев встретился с президентом Уральской ассоциации предпринимателей в СНГ Игорем "
        "Бойко.",
    )
    assert ("head_of_international_organization", None) not in posts_of(a)["Игорь Бойко"]


def test_the_head_of_a_body_joined_by_a_dash_to_another_post_holds_both(extractor):
    a = extract(
        extractor,
        "Заседание открыл Председатель ЕАГ – помощник Президента России Юрий Чиханчин.",
    )
    assert ("head_of_international_organization", None) in posts_of(a)["Юрий Чиханчин"]
