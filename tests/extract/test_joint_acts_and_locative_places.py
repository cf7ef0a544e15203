"""Officials named by first and last name only, signers the parse hung elsewhere, acts done together, and
places told by a locative (texts written for the test)."""

from kg.extract import signings
from tests.extract.test_frames import extract, meetings, posts_of


def test_an_official_named_without_a_middle_name_is_the_listed_one(extractor):
    a = extract(
        extractor, "Сооронбай Жээнбеков и Реджеп Эрдоган обсудили торговлю в Анкаре 9 апреля 2018 года."
    )
    assert ("head_of_state", "TR") in posts_of(a)["Реджеп Эрдоган"]


def test_signers_in_the_instrumental_after_the_document_are_read_on_the_surface(extractor):
    # wherever the parse hangs the instrumentals ("событием стало ... председателем X": a copula's complement),
    # the names in the instrumental after "подписание" and its document are its signers
    a = extract(
        extractor,
        "Знаменательным событием недели стало подписание соглашения председателем Пинского райисполкома Сергеем "
        "Иванцом и главой администрации Суздальского района Андреем Кузиным об установлении дружественных "
        "отношений.\n",
    )
    s = a.sentences[0]
    trigger = next(t for t in s.tokens if t.lemma == "подписание")
    assert {a.persons[k].name for k in signings.signers_after(a, s, trigger)} == {
        "Сергей Иванец",
        "Андрей Кузин",
    }
    # no instrumental title after the document: no signers read
    b = extract(
        extractor, "Событием недели стало подписание соглашения о дружественных отношениях в Пинске.\n"
    )
    s = b.sentences[0]
    trigger = next(t for t in s.tokens if t.lemma == "подписание")
    assert signings.signers_after(b, s, trigger) == []


def test_who_acts_together_with_an_official_met_them(extractor):
    a = extract(
        extractor,
        "Сегодня в Казань прибыл вице-премьер Узбекистана Жамшид Ходжаев. Вместе с раисом Татарстана Рустамом "
        "Миннихановым он открыл торговый дом Узбекистана.\n",
    )
    assert ("talks", frozenset({"Жамшид Ходжаев", "Рустам Минниханов"})) in meetings(a)


def test_the_capital_of_a_region_is_not_the_capital_of_the_state(extractor):
    a = extract(
        extractor,
        "Посол Индии Винай Кумар встретился с губернатором Свердловской области Денисом Паслером в столице "
        "Урала.\n",
        "RU",
    )
    assert a.meetings and a.meetings[0].city != "Москва"


def test_a_missions_state_and_a_state_told_as_a_side_do_not_place_the_meeting(extractor):
    a = extract(
        extractor,
        "Сегодня в Новосибирск прибыл министр иностранных дел Кыргызстана Жээнбек Кулубаев. Он встретился с "
        "губернатором Андреем Травниковым в здании Генерального консульства Кыргызской Республики. Нет такой "
        "сферы, в которой бы Кыргызстан и Новосибирская область не сотрудничали.\n",
    )
    assert len(a.meetings) == 1
    assert (a.meetings[0].country, a.meetings[0].city) == ("RU", "Новосибирск")


def test_a_governor_with_no_state_in_his_title_is_of_the_region_his_sentence_names(extractor):
    a = extract(
        extractor,
        "Посол Республики Армения в Российской Федерации Грант Погосян посетил Воронеж. На встрече с губернатором "
        "Александром Гусевым обсуждена динамика товарооборота Армении и Воронежской области.\n",
        "RU",
    )
    assert ("regional_head", "RU") in posts_of(a)["Александр Гусев"]


def test_the_head_of_a_delegation_an_adjective_names_is_of_its_state(extractor):
    a = extract(
        extractor,
        "Губернатор Приморья Олег Кожемяко встретился с китайской делегацией уезда Дуннин во главе с мэром города "
        "Суйфэньхэ Ли Минем.\n",
        "RU",
    )
    assert any(country == "CN" for _, country in posts_of(a)["Ли Минь"])


def test_whose_meeting_a_pronoun_after_u_tells(extractor):
    a = extract(
        extractor,
        "Мэр Минска Владимир Кухарев находится в Ереване. У него уже прошла встреча с мэром Еревана Тиграном "
        "Авиняном.\n",
    )
    assert ("talks", frozenset({"Владимир Кухарев", "Тигран Авинян"})) in meetings(a)
