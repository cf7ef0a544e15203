"""Texts written for these tests.

A text set in a narrow column (a magazine page: short lines broken inside sentences, words hyphenated at the
line's end) is read as whole sentences; who took part in a meeting told by a relative clause ("переговоры X и Y,
в которых участвовал Z"); a state the title chairs is not the title's ("премьер председательствующей в ЕС
Чехии"); a state right after a title word is not where the meeting is; regions of more states (a Japanese
prefecture, a German Land, a US state, a Polish voivodeship with its marshal, a Turkmen velayat).
"""

import pytest

from kg.extract.typography import repair
from tests.extract.test_holders_interjections_and_joined_titles import meetings, posts

COLUMN = (
    "Между Свердловской областью и\n"
    "провинцией Цзянсу будет\n"
    "подписан новый план\n"
    "о сотрудничестве. Об этом 12\n"
    "мая договорились вице-губернатор\n"
    "Свердловской области Олег\n"
    "Чемезов и губернатор провинции\n"
    "Цзянсу Сюй Куньлинь во время\n"
    "визита уральской делегации в Нанкин.\n"
    "Стороны обсудили торгово-эконо-\n"
    "мическое и культурное сотрудни-\n"
    "чество двух регионов.\n"
)


def test_a_word_hyphenated_at_a_lines_end_is_made_whole_in_place():
    text = "о сотрудни-\nчестве и сахалино-\nхоккайдские связи к 20-\nлетию"
    fixed = repair(text)
    assert len(fixed) == len(text)  # offsets stay
    assert "сотрудничестве" in fixed and "сахалино-хоккайдские" in fixed and "20-летию" in fixed


def test_a_narrow_column_is_read_as_whole_sentences(extractor):
    a = extractor.extract(COLUMN, "t")
    assert ("talks", ["Олег Чемезов", "Сюй Куньлинь"]) in meetings(a)
    assert "Олег Чемезов" in posts(a) and "Сюй Куньлинь" in posts(a)


def test_short_lines_of_a_list_are_no_column(extractor):
    a = extractor.extract(
        "Темы дня\nПолитика\nЭкономика\nОбщество\nСпорт\nКультура\nВ мире\n\n"
        "Президент Армении Ваагн Хачатурян встретился в Ереване с президентом Ирана Масудом Пезешкианом.",
        "t",
    )
    assert meetings(a) == [("talks", ["Ваагн Хачатурян", "Масуд Пезешкиан"])]


@pytest.mark.parametrize(
    "text, joined",
    [
        (
            "В субботу состоялись переговоры президентов Казахстана и Узбекистана Касым-Жомарта Токаева и "
            "Шавката Мирзиёева, в которых участвовал премьер-министр Казахстана Олжас Бектенов.",
            "Олжас Бектенов",
        ),
        (
            "В Анкаре прошла встреча министров иностранных дел Турции и Азербайджана Хакана Фидана и Джейхуна "
            "Байрамова, в которой также приняла участие глава МИД Грузии Мака Бочоришвили.",
            "Мака Бочоришвили",
        ),
    ],
)
def test_who_took_part_by_a_relative_clause_is_a_participant(extractor, text, joined):
    found = meetings(extractor.extract(text, "t"))
    assert len(found) == 1 and joined in found[0][1]


def test_the_state_a_title_chairs_is_not_the_titles(extractor):
    a = extractor.extract(
        "Президент Казахстана Касым-Жомарт Токаев принял в Астане премьера председательствующей в Евросоюзе "
        "Словении Янеза Беловича.",
        "t",
    )
    assert ("head_of_government", "SI") in {(f.role, f.country) for p in a.persons.values() for f in p.posts}


def test_a_state_after_a_title_word_is_no_place_of_the_meeting(extractor):
    a = extractor.extract(
        "12 октября состоится официальный визит Эрдогана в Казахстан.\n\n"
        "«В аэропорту президента Турции встречал вице-премьер правительства Казахстана Серик Жумангарин», - "
        "сказал собеседник агентства.",
        "t",
    )
    welcomed = [m for m in a.meetings if m.kind == "talks"]
    assert welcomed and all(m.country == "KZ" for m in welcomed)


@pytest.mark.parametrize(
    "text, name, post",
    [
        (
            "Губернатор Хоккайдо Наомити Судзуки посетил Южно-Сахалинск.",
            "Наомити Судзуки",
            ("regional_head", "JP"),
        ),
        (
            "Губернатор штата Техас Грег Эбботт принял посла Казахстана.",
            "Грег Эбботт",
            ("regional_head", "US"),
        ),
        (
            "Хоким Лебапского велаята Шамухаммет Бердиев принял делегацию Бухарской области.",
            "Шамухаммет Бердиев",
            ("regional_head", "TM"),
        ),
        (
            "Маршал Поморского воеводства Мечислав Струк встретился с губернатором Калининградской области.",
            "Мечислав Струк",
            ("regional_head", "PL"),
        ),
    ],
)
def test_regional_heads_of_more_states(extractor, text, name, post):
    assert post in posts(extractor.extract(text, "t"))[name]


def test_a_german_land_is_a_region_of_germany(extractor):
    a = extractor.extract("Делегация Баварии прибыла в Ташкент.", "t")
    assert ("DE", "region") in {(m.iso, m.kind) for m in a.places}


def test_two_who_agreed_together_met(extractor):
    a = extractor.extract(
        "Об открытии нового пункта пропуска договорились министр транспорта Армении Давит Худатян и министр "
        "экономики Грузии Мариам Квривишвили во время визита армянской делегации.",
        "t",
    )
    assert [(m.kind, m.future) for m in a.meetings] == [("talks", False)]


def test_where_something_goes_is_not_where_the_meeting_was(extractor):
    a = extractor.extract(
        "Министр туризма Египта Шериф Фатхи провел переговоры с министром экономики Армении Геворгом "
        "Папояном.\n\nСтороны обсудили возобновление авиасообщения в Шарм-эль-Шейх и Хургаду.",
        "t",
    )
    assert [m.country for m in a.meetings] == [None]


def test_the_destination_of_a_trip_is_where_the_meeting_was(extractor):
    a = extractor.extract(
        "В ходе рабочей поездки в Японию губернатор Сахалинской области Валерий Лимаренко обсудил с губернатором "
        "Хоккайдо Наомити Судзуки сотрудничество регионов.",
        "t",
    )
    assert [m.country for m in a.meetings] == ["JP"]


@pytest.mark.parametrize(
    "city, state", [("Саппоро", "JP"), ("Тирасполь", "MD"), ("Эрбиль", "IQ"), ("Шуша", "AZ")]
)
def test_more_cities_of_more_states(extractor, city, state):
    a = extractor.extract(f"Министры встретились в городе {city}.", "t")
    assert (city, state) in {(m.value, m.iso) for m in a.places if m.kind == "city"}


def test_the_partner_of_a_meeting_noun_the_parser_hung_before_it(extractor):
    from dataclasses import replace

    from kg.extract.events import sentence_events

    a = extractor.extract(
        "Взаимное согласие в данном направлении было достигнуто в рамках встречи посла Казахстана Нурлана "
        "Жалгасбаева с главой Министерства энергетики Азербайджана Парвизом Шахбазовым.",
        "t",
    )
    s = a.sentences[0]
    # the slip the parser makes on some names: "с главой" hung on "согласие", before the meeting noun
    agreement = next(t for t in s.tokens if t.lemma == "согласие")
    s.tokens = [replace(t, head=agreement.index) if t.text == "главой" else t for t in s.tokens]
    events = [e for e in sentence_events(a, s) if e.trigger.lemma == "встреча"]
    assert [sorted(e.participants) for e in events] == [["нурлан жалгасбаев", "парвиз шахбазов"]]


def test_an_east_asian_names_last_syllable_is_kept_whatever_particle_it_spells(extractor):
    a = extractor.extract(
        "Губернатор Приморского края встретился с министром образования КНДР Ли Чол Ду.", "t"
    )
    assert "Ли Чол Ду" in posts(a)


@pytest.mark.parametrize(
    "title, state",
    [
        ("Председатель Центральной избирательной комиссии Киргизии", "KG"),
        ("Генеральный прокурор Узбекистана", "UZ"),
        ("Председатель Счетной палаты Казахстана", "KZ"),
    ],
)
def test_heads_of_election_commissions_courts_and_prosecutors_are_officials(extractor, title, state):
    a = extractor.extract(f"{title} Азамат Тургунов принял посла Турции.", "t")
    assert posts(a)["Азамат Тургунов"] == [("other_official", state)]


@pytest.mark.parametrize("name", ["Донг Лицзюнь", "Квон Ён Сик", "Дуонг Ван Ман"])
def test_more_spellings_of_east_asian_family_names(extractor, name):
    from kg.extract.eastasian import east_asian_spans

    a = extractor.extract(f"Соглашение подписал директор комитета города Ляньюань {name}.", "t")
    assert name in {a.text[s.start : s.stop] for s in east_asian_spans(a, [])}


def test_the_city_one_arrives_in_places_the_meeting_whatever_noun_the_parse_hangs_it_on(extractor):
    a = extractor.extract(
        "Премьер-министр Вьетнама Фам Минь Тьинь встретился с премьером Китая Ли Цяном.\n\n"
        "3 ноября Фам Минь Тьинь прибыл в китайский город Наньнин для участия в регулярной встрече глав "
        "правительств двух стран.",
        "t",
    )
    assert [(m.country, m.city) for m in a.meetings][:1] == [("CN", "Наньнин")]
