"""Sentences written for these tests.

Whose meeting "у X" tells ("У гостя запланирована встреча с Y"); the doer of a converb after a quotation the
author's words interrupt («..., – указал премьер, выступая на форуме. – ...»); titles joined by "и" before one
name (both are the holder's) and before two names (one each); a regional head's title followed by its region
("губернатор Приморья"); heads of parliaments and governments by more names.
"""

import pytest

from kg.extract.speech import speech_spans, spoken_parts


def meetings(article):
    return sorted((m.kind, sorted(article.persons[k].name for k in m.participants)) for m in article.meetings)


def posts(article):
    return {p.name: sorted((f.role, f.country or "") for f in p.posts) for p in article.persons.values()}


@pytest.mark.parametrize(
    "text, names",
    [
        (
            "10 июня президент Финляндии Александр Стубб посетит Эстонию. У финского гостя запланирована встреча "
            "с главой государства Аларом Карисом.",
            ["Алар Карис", "Александр Стубб"],
        ),
        (
            "Министр иностранных дел Чили Альберто ван Клаверен прибыл в Лиму. У чилийского гостя "
            "состоялась встреча с президентом Перу Диной Болуарте.",
            ["Альберто ван Клаверен", "Дина Болуарте"],
        ),
        (
            "В Баку у премьер-министра Грузии Ираклия Кобахидзе прошли переговоры с президентом Азербайджана "
            "Ильхамом Алиевым.",
            ["Ильхам Алиев", "Ираклий Кобахидзе"],
        ),
        (
            "Глава МИД Финляндии Элина Валтонен прилетела в Токио. 12 мая у нее намечены переговоры с "
            "министром иностранных дел Японии Ёко Камикавой.",
            ["Ёко Камикава", "Элина Валтонен"],
        ),
    ],
)
def test_the_one_after_u_holds_the_meeting(extractor, text, names):
    found = meetings(extractor.extract(text, "t"))
    assert found and found[-1][1] == names


def test_u_before_a_building_names_no_one(extractor):
    a = extractor.extract(
        "У здания правительства прошла встреча министра финансов Сербии Горана Весича с послом Китая Ли Мином.",
        "t",
    )
    assert meetings(a) == [("talks", ["Горан Весич", "Ли Мин"])]


def test_the_authors_words_inside_a_quotation_are_no_speech():
    paragraph = "«Мы будем строить заводы вместе, – сказал премьер, выступая на форуме в Анкаре. – Это наш общий путь»."
    whole = speech_spans(paragraph)
    parts = spoken_parts(paragraph)
    assert len(whole) == 1  # the quotation stays one, as its speaker said it
    assert [paragraph[a:b] for a, b in parts] == ["Мы будем строить заводы вместе", "Это наш общий путь"]


def test_a_converb_after_an_interrupted_quotation_is_the_sayers(extractor):
    a = extractor.extract(
        "Премьер-министр Вьетнама Фам Минь Тьинь объявил о новых проектах с Турцией.\n\n"
        "«Мы откроем новые заводы и расширим поставки, – заявил вьетнамский премьер, выступая на "
        "вьетнамско-турецком бизнес-форуме в Стамбуле. – Это укрепит наши экономики».",
        "t",
    )
    assert ("forum", ["Фам Минь Тьинь"]) in meetings(a)


@pytest.mark.parametrize(
    "text, name, expected",
    [
        (
            "Первый вице-премьер и министр иностранных дел Сербии Ивица Дачич провел переговоры с главой МИД "
            "Венгрии Петером Сийярто в Белграде.",
            "Ивица Дачич",
            [("deputy_head_of_government", "RS"), ("foreign_minister", "RS")],
        ),
        (
            "Сергей Лавров провел переговоры с вице-премьером и министром иностранных дел Бельгии Максимом "
            "Прево.",
            "Максим Прево",
            [("deputy_head_of_government", "BE"), ("foreign_minister", "BE")],
        ),
    ],
)
def test_titles_joined_by_and_before_one_name_are_both_his(extractor, text, name, expected):
    assert posts(extractor.extract(text, "t"))[name] == expected


def test_titles_joined_by_and_before_two_names_are_one_each(extractor):
    found = posts(
        extractor.extract(
            "В Москве прошла встреча министра иностранных дел и министра обороны Египта Самеха Шукри и "
            "Мохаммеда Закки с российскими коллегами.",
            "t",
        )
    )
    assert found["Самех Шукри"] == [("foreign_minister", "EG")]
    assert [role for role, _ in found["Мохаммед Закки"]] == ["minister"]


def test_a_regional_heads_title_takes_the_state_of_the_region_after_it(extractor):
    a = extractor.extract(
        "Губернатор Камчатки встретился с генеральным консулом Кореи во Владивостоке. Владимир Солодов и Ким "
        "Сон Ик обсудили рыболовство.",
        "t",
    )
    assert posts(a)["Владимир Солодов"] == [("regional_head", "RU")]


@pytest.mark.parametrize(
    "title, role, state",
    [
        ("Торага Жогорку Кенеша Кыргызской Республики", "parliament_speaker", "KG"),
        ("Председатель Верховного народного собрания КНДР", "parliament_speaker", "KP"),
        ("Председатель кабмина Кыргызстана", "head_of_government", "KG"),
        ("Председатель Законодательной палаты Олий Мажлиса Узбекистана", "parliament_speaker", "UZ"),
    ],
)
def test_more_names_of_heads_of_parliaments_and_governments(extractor, title, role, state):
    a = extractor.extract(f"{title} Тимур Асанов принял посла Италии.", "t")
    assert posts(a)["Тимур Асанов"] == [(role, state)]
