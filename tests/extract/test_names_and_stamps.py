"""Names the reader swallows a word into, names after a title ending in a place, stamps glued to a headline:
each on text written for these tests."""

import datetime as dt


def persons(article):
    return {p.name: {(f.role, f.country) for f in p.posts} for p in article.persons.values()}


def test_a_misspelt_word_swallowed_before_a_known_officials_name_is_dropped(extractor):
    a = extractor.extract("Президент Узбекитана Шавкат Мирзиёев принял министра.", "t")
    assert "Шавкат Мирзиёев" in persons(a)
    assert ("head_of_state", "UZ") in persons(a)["Шавкат Мирзиёев"]


def test_a_name_after_a_title_that_ends_in_a_place(extractor):
    a = extractor.extract(
        "Хоким Самарканда Эркинжон Турдимов встретился с губернатором Свердловской области Денисом Паслером.",
        "t",
    )
    assert {"Эркинжон Турдимов", "Денис Паслер"} <= set(persons(a))


def test_a_stamp_glued_between_the_headline_and_the_dateline_dates_the_article(extractor):
    a = extractor.extract(
        "Министр принял нового посла Японии14.03.2024 10:21ТАШКЕНТ, 13 марта - Агентство.\n"
        "13 марта министр иностранных дел Узбекистана Бахтиёр Саидов принял посла Японии Хироси Сато.",
        "t",
    )
    assert a.published == dt.date(2024, 3, 14)
    assert a.sentences[0].text == "Министр принял нового посла Японии"
    assert [m.date for m in a.meetings] == [dt.date(2024, 3, 13)]


def test_a_reception_announced_with_a_colon_takes_every_ambassador_of_the_list(extractor):
    a = extractor.extract(
        "Президент Латвии Эдгар Ринкевич принял верительные грамоты трёх послов:\n\n"
        "- Посла Республики Казахстан Тимура Примбетова, с резиденцией в Риге;\n"
        "- Посла Японии Кэнъитиро Сато, с резиденцией в Риге;\n"
        "- Посла Королевства Норвегия Ларса Андерсена, с резиденцией в Стокгольме.\n\n"
        "Президент обсудил с послами торговлю.",
        "t",
    )
    assert len(a.meetings) == 1
    names = {a.persons[k].name for k in a.meetings[0].participants}
    assert {"Эдгар Ринкевич", "Тимур Примбетов", "Ларс Андерсен"} <= names
    assert ("ambassador", "KZ") in persons(a)["Тимур Примбетов"]


def test_a_surname_in_evich_after_a_title_is_no_patronymic(extractor):
    a = extractor.extract(
        "Министр иностранных дел Хорватии Томислав Ракович встретился с послом Японии.", "t"
    )
    assert "Томислав Ракович" in persons(a)
    b = extractor.extract("Александр Григорьевич сказал, что переговоры прошли успешно.", "t")
    assert b.persons == {} or all(p.last != "Григорьевич" for p in b.persons.values())


def test_a_credentials_ceremony_is_a_reception_of_the_ambassador_by_the_recipient(extractor):
    a = extractor.extract(
        "3 июня в Каире состоялась церемония вручения верительных грамот Посла Казахстана в Египте "
        "Армана Исагалиева. Грамоты были вручены Президенту Египта Абдель Фаттаху ас-Сиси.",
        "t",
    )
    assert len(a.meetings) == 1
    names = {a.persons[k].name for k in a.meetings[0].participants}
    assert "Арман Исагалиев" in names and len(names) == 2


def test_a_turkic_surname_with_uly_inside_is_no_patronymic(extractor):
    a = extractor.extract("Президент принял посла Туркменистана Мекана Ишангулыева.", "t")
    assert "Мекан Ишангулыев" in persons(a)


def test_documents_listed_after_between_x_and_y_are_theirs(extractor):
    a = extractor.extract(
        "5 марта президент Монголии Ухнаагийн Хурэлсух провел переговоры с президентом Казахстана "
        "Касым-Жомартом Токаевым.\n\nПо итогам переговоров между Правительством Монголии и Правительством "
        "Республики Казахстан подписаны:\n\n- Соглашение о сотрудничестве в области туризма;\n"
        "- Протокол о сотрудничестве в сфере ветеринарии.",
        "t",
    )
    (meeting,) = a.meetings
    assert len(meeting.documents) == 2
    for doc in meeting.documents:
        assert {p.country for p in doc.parties} == {"MN", "KZ"}


def test_a_kingdom_or_an_emirate_is_no_title(extractor):
    a = extractor.extract(
        "Посол Казахстана вручил копии верительных грамот Министру иностранных дел Королевства Марокко "
        "Нассеру Бурите.",
        "t",
    )
    assert persons(a)["Нассер Бурита"] == {("foreign_minister", "MA")}


def test_state_words_that_begin_like_a_title_are_no_title():
    from kg.extract.gazetteer import find_roles

    for phrase in ("королевства марокко", "эмирата катар", "султаната оман", "королевской семьи"):
        assert find_roles(phrase) == [], phrase
    for phrase in ("король марокко", "эмиром катара", "султан омана"):
        assert [r.role for r in find_roles(phrase)] == ["head_of_state"], phrase


def test_topic_words_added_to_the_lexicon():
    from kg.extract.topics import topics_of_lemmas

    assert topics_of_lemmas(["биобезопасность"]) == {"security"}
    assert topics_of_lemmas(["пограничный", "вопрос"]) == {"security"}
    assert topics_of_lemmas(["градостроительство"]) == {"construction"}


def test_a_vice_president_is_an_official_and_not_part_of_the_name(extractor):
    a = extractor.extract(
        "Премьер-министр Казахстана Олжас Бектенов провел переговоры с Вице-Президентом Ирана Мохаммадом Резой Арефом.",
        "t",
    )
    names = persons(a)
    assert "Мохаммад Реза Ареф" in names or any(n.endswith("Ареф") and "Вице" not in n for n in names)
    ref = next(n for n in names if n.endswith("Ареф"))
    assert any(role == "other_official" for role, _ in names[ref])


def test_honorifics_are_not_part_of_a_name(extractor):
    a = extractor.extract(
        "Министр иностранных дел Узбекистана Бахтиёр Саидов передал послание Шейху Мухаммеду ибн Заиду.\n"
        "Елбасы Нурсултан Назарбаев встретился с Принцем Абдель Азизом ибн Сальманом.",
        "t",
    )
    names = set(persons(a))
    assert not any(n.lower().startswith(("шейх", "принц", "елбасы")) for n in names), names
    assert "Нурсултан Назарбаев" in names


def test_an_arabic_article_spelt_al_keeps_the_surname(extractor):
    a = extractor.extract(
        "Посол Таджикистана встретился с министром Катара. Халид ал-Атийя отметил, что Катар ценит сотрудничество.",
        "t",
    )
    assert any(n.startswith("Халид ал-") for n in persons(a)), persons(a)


def test_the_name_after_a_place_noun_is_the_places_not_the_persons(extractor):
    a = extractor.extract(
        "Губернатор префектуры Тоттори Синдзи Хираи встретился с послом Монголии Батбаяром Ундралом. "
        "Документ подписали губернатор Томской области Виктор Кресс и вице-губернатор провинции Ляонин Ли Ваньцай.",
        "t",
    )
    assert {"Синдзи Хираи", "Ли Ваньцай", "Виктор Кресс"} <= set(persons(a))


def test_a_surname_after_initials_goes_back_to_the_nominative(extractor):
    a = extractor.extract(
        "Министр иностранных дел Монголии провел переговоры с С.Лавровым. Он также встретился с А. Ариповым "
        "и с Р. Сингхом.",
        "t",
    )
    assert {"С. Лавров", "А. Арипов", "Р. Сингх"} <= set(persons(a))


def _names(article):
    return sorted(p.name for p in article.persons.values())


def test_an_indeclinable_title_says_nothing_of_the_names_case(extractor):
    a = extractor.extract(
        "Министр принял делегацию Сербии во главе с замминистра обороны Зорана Ковачевски.", "t"
    )
    assert "Зоран Ковачевски" in _names(a)
    b = extractor.extract("Министр встретился с министром обороны Сербии Зораном Ковачевски.", "t")
    assert "Зоран Ковачевски" in _names(b)


def test_a_remark_in_brackets_does_not_hide_the_title_before_a_name(extractor):
    a = extractor.extract(
        "Президент принял верительные грамоты Чрезвычайного и Полномочного Посла Туркменистана "
        "(с резиденцией в Анкаре) Гуйча Непесова.",
        "t",
    )
    assert "Гуйч Непесов" in _names(a)
