"""Event frames, event coreference, time and names: each mechanism on sentences written for these tests."""

import datetime as dt

import pytest

from kg.extract.dates import date_stamp, parse_date_line
from kg.extract.morph import normalize_name


def extract(extractor, text, publisher=None):
    return extractor.extract(text, "t", publisher)


def meetings(article):
    return [(m.kind, frozenset(article.persons[k].name for k in m.participants)) for m in article.meetings]


def posts_of(article):
    return {p.name: {(x.role, x.country) for x in p.posts} for p in article.persons.values()}


# ---------------------------------------------------------------- date stamps of any outlet


@pytest.mark.parametrize(
    "line, date",
    [
        ("March 3, 2024 09:15", dt.date(2024, 3, 3)),
        ("3 марта 2024, 09:15 ИА Новости", dt.date(2024, 3, 3)),
        ("09:15 / 03.03.2024", dt.date(2024, 3, 3)),
        ("• 03 марта, 2024", dt.date(2024, 3, 3)),
        ("Опубликовано: 3 марта 2024 г., 09:15", dt.date(2024, 3, 3)),
        ("Воскресенье, 3 марта 2024", dt.date(2024, 3, 3)),
        ("2024-03-03", dt.date(2024, 3, 3)),
        ("3 Mar 2024", dt.date(2024, 3, 3)),
        ("Posted: 2024-03-03 09:15:27", dt.date(2024, 3, 3)),
        ("Май 12, 2021 08:25", dt.date(2021, 5, 12)),  # a month in any case, in either order
        ("26 Октябрь 2025 г., 12:14", dt.date(2025, 10, 26)),
        ("2022-7-13 17:15 |", dt.date(2022, 7, 13)),  # unpadded ISO
        ("2021/05/12", dt.date(2021, 5, 12)),
        ("Wed, 12 May 2021", dt.date(2021, 5, 12)),
        ("Четверг, 12 мая 2021 года", dt.date(2021, 5, 12)),
    ],
)
def test_a_date_line_in_any_outlet_format(line, date):
    assert parse_date_line(line) == date


@pytest.mark.parametrize(
    "line",
    [
        "3 марта 2024 года в Баку прошли переговоры министров.",
        "3 марта 2024 года состоялись консультации",
        "3 марта 2024 года в 10:00 откроется форум",
    ],
)
def test_a_sentence_that_opens_with_a_date_is_no_stamp(line):
    assert date_stamp(line) is None
    assert parse_date_line(line) is None


def test_a_stamp_glued_to_the_text_is_cut_off_and_dates_the_article(extractor):
    a = extract(
        extractor,
        "03.03.2024 | 09:15Сегодня министр иностранных дел Армении Арарат Мирзоян провел переговоры "
        "с министром иностранных дел Грузии Илией Дарчиашвили.",
    )
    assert a.published == dt.date(2024, 3, 3)
    assert [m.date for m in a.meetings] == [dt.date(2024, 3, 3)]


# ---------------------------------------------------------------- time: the news, not a recall


def test_an_earlier_report_of_a_visit_under_way_is_the_news(extractor):
    a = extract(
        extractor,
        "Ранее сообщалось, что премьер-министр Монголии Лувсаннамсрайн Оюун-Эрдэнэ проводит переговоры "
        "с премьер-министром Японии Фумио Кисидой в Токио.",
    )
    assert meetings(a) == [("talks", frozenset({"Лувсаннамсрайн Оюун-Эрдэнэ", "Фумио Кисида"}))]


def test_earlier_the_same_day_is_the_news(extractor):
    a = extract(
        extractor,
        "Ранее в тот же день президент Сербии Александр Вучич встретился с премьер-министром Венгрии "
        "Виктором Орбаном.",
    )
    assert len(a.meetings) == 1


def test_a_reminder_of_a_dated_past_meeting_is_a_recall(extractor):
    a = extract(
        extractor,
        "Напомним, в 2019 году президент Сербии Александр Вучич встретился с премьер-министром Венгрии "
        "Виктором Орбаном.",
    )
    assert a.meetings == []


# ---------------------------------------------------------------- names


@pytest.mark.parametrize(
    "tokens, name",
    [
        (["Жана-Ноэля", "Барро"], "Жан-Ноэль Барро"),
        (["Жаном-Ивом", "Ле", "Дрианом"], "Жан-Ив Ле Дриан"),
        (["Касым-Жомарта", "Токаева"], "Касым-Жомарт Токаев"),
        (["Анны-Марии", "Бернини"], "Анна-Мария Бернини"),
    ],
)
def test_both_parts_of_a_european_double_first_name_decline(tokens, name):
    assert normalize_name(tokens).full == name


def test_a_name_read_in_two_cases_is_one_person_labelled_as_written_in_the_nominative(extractor):
    # the outlet's slip ("Сергея Лавров") and the nominative later are one person
    a = extract(
        extractor,
        "Министр иностранных дел России Сергея Лавров встретился с министром иностранных дел Китая Ван И. "
        "Сергей Лавров назвал встречу полезной.",
    )
    assert sorted(p.name for p in a.persons.values()) == ["Ван И", "Сергей Лавров"]
    assert meetings(a) == [("talks", frozenset({"Ван И", "Сергей Лавров"}))]


def test_a_title_alone_on_one_side_leaves_a_meeting_with_the_named_side(extractor):
    a = extract(
        extractor,
        "Президент Беларуси встретился с Президентом Азербайджана Ильхамом Алиевым. "
        "Ильхам Алиев отметил рост торговли.",
    )
    assert meetings(a) == [("talks", frozenset({"Ильхам Алиев"}))]


# ---------------------------------------------------------------- one event, one meeting


def test_bilateral_meetings_told_together_are_one_per_counterpart(extractor):
    a = extract(
        extractor,
        "На полях саммита президент Казахстана Касым-Жомарт Токаев провел двусторонние встречи с президентом "
        "Египта Абдель Фаттахом ас-Сиси и премьер-министром Вьетнама Фам Минь Тьинем.",
    )
    pairs = {frozenset(people) for kind, people in meetings(a) if kind == "talks"}
    assert pairs == {
        frozenset({"Касым-Жомарт Токаев", "Абдель Фаттах ас-Сиси"}),
        frozenset({"Касым-Жомарт Токаев", "Фам Минь Тьинь"}),
    }


def test_talks_with_two_partners_without_a_word_of_separate_meetings_stay_one(extractor):
    a = extract(
        extractor,
        "Президент Туркменистана Сердар Бердымухамедов провел переговоры с президентом Азербайджана Ильхамом "
        "Алиевым и президентом Турции Реджепом Тайипом Эрдоганом в Авазе.",
    )
    assert len(a.meetings) == 1  # heads of three states: a summit (GOLD), still one meeting
    assert a.meetings[0].kind == "summit"


def test_a_sitting_of_two_ministries_with_one_named_minister_is_a_meeting(extractor):
    a = extract(
        extractor,
        "В Минске прошло совместное заседание коллегий министерств энергетики Беларуси и России.\n\n"
        "Министр энергетики Беларуси Алексей Кушнаренко назвал заседание продуктивным.",
    )
    assert [(kind, people) for kind, people in meetings(a)] == [
        ("session", frozenset({"Алексей Кушнаренко"}))
    ]


def test_a_minister_with_a_colleague_named_only_by_country_is_a_meeting(extractor):
    a = extract(
        extractor,
        "Министр иностранных дел Монголии Батмунхийн Батцэцэг провела переговоры с делегацией Китая в Улан-Баторе.",
    )
    assert meetings(a) == [("talks", frozenset({"Батмунхийн Батцэцэг"}))]


def test_an_interview_is_no_meeting(extractor):
    a = extract(
        extractor,
        "Заместитель министра экономики России Дмитрий Вольвач рассказал в беседе с журналистами о торговле с Арменией.",
    )
    assert a.meetings == []


def test_a_headline_verb_and_the_call_of_the_body_are_one_meeting(extractor):
    a = extract(
        extractor,
        "Пашинян и Макрон обсудили ситуацию в регионе\n\n"
        "Премьер-министр Армении Никол Пашинян провел телефонный разговор с президентом Франции "
        "Эммануэлем Макроном. Стороны обсудили ситуацию в регионе.",
    )
    assert meetings(a) == [("phone_call", frozenset({"Никол Пашинян", "Эммануэль Макрон"}))]


# ---------------------------------------------------------------- a title shared along a list


def posts(article):
    return {(p.name, x.role, x.country) for p in article.persons.values() for x in p.posts}


def test_a_title_runs_on_along_a_list_of_countries_and_names(extractor):
    a = extract(
        extractor,
        "На заседании присутствовали министр энергетики Азербайджана Парвиз Шахбазов, Казахстана – Алмасадам "
        "Саткалиев и Узбекистана — Журабек Мирзамахмудов.",
    )
    assert {
        ("Алмасадам Саткалиев", "minister", "KZ"),
        ("Журабек Мирзамахмудов", "minister", "UZ"),
    } <= posts(a)


def test_a_list_without_countries_shares_no_title(extractor):
    a = extract(
        extractor,
        "Министр энергетики Азербайджана Парвиз Шахбазов и Алмасадам Саткалиев обсудили поставки.",
    )
    assert not any(name == "Алмасадам Саткалиев" and country == "AZ" for name, _, country in posts(a))


# ---------------------------------------------------------------- receptions are meetings


@pytest.mark.parametrize(
    "sentence, people",
    [
        (
            "Президент Монголии Ухнаагийн Хурэлсух принял верительные грамоты у послов Франции Элизабет Талон "
            "и Турции Ахмета Йылдыза.",
            {"Ухнаагийн Хурэлсух", "Элизабет Талон", "Ахмет Йылдыз"},
        ),
        (
            "Посол Италии Марко Альберти вручил копии верительных грамот министру иностранных дел Армении "
            "Арарату Мирзояну.",
            {"Марко Альберти", "Арарат Мирзоян"},
        ),
    ],
)
def test_credentials_are_a_reception_of_everyone_who_presents_them(extractor, sentence, people):
    a = extract(extractor, sentence)
    assert meetings(a) == [("talks", frozenset(people))]


# ---------------------------------------------------------------- who takes part


def test_a_round_of_consultations_is_held_and_the_delegation_heads_take_part(extractor):
    a = extract(
        extractor,
        "В Ереване 3 марта состоялся очередной раунд консультаций между МИД Армении и Ирана. "
        "Армянскую делегацию возглавил заместитель министра иностранных дел Ваан Костанян, иранскую — "
        "заместитель министра иностранных дел Али Багери.",
    )
    assert meetings(a) == [("talks", frozenset({"Ваан Костанян", "Али Багери"}))]


def test_the_source_of_the_news_is_no_side_of_the_meeting(extractor):
    a = extract(
        extractor,
        "В Бишкеке прошли консультации министерств иностранных дел Кыргызстана и Китая, сообщил "
        "пресс-секретарь посольства Китая Чжан Вэй. Делегации возглавили заместитель министра иностранных дел "
        "Кыргызстана Алмаз Имангазиев и заместитель министра иностранных дел Китая Сунь Вэйдун.",
    )
    assert meetings(a) == [("talks", frozenset({"Алмаз Имангазиев", "Сунь Вэйдун"}))]


# ---------------------------------------------------------------- parties from the signatories


@pytest.mark.parametrize(
    "sentence, parties",
    [
        (
            "Министр энергетики Казахстана Алмасадам Саткалиев и министр энергетики Узбекистана Журабек "
            "Мирзамахмудов подписали меморандум о сотрудничестве в области возобновляемой энергетики.",
            {
                ("Министерство энергетики Республики Казахстан", "KZ"),
                ("Министерство энергетики Республики Узбекистан", "UZ"),
            },
        ),
        (
            "Премьер-министры Армении и Грузии Никол Пашинян и Ираклий Кобахидзе подписали соглашение о транзите.",
            {("Правительство Республики Армения", "AM"), ("Правительство Грузии", "GE")},
        ),
        (
            "Губернатор Омской области Виталий Хоценко и аким Павлодарской области Асаин Байханов подписали "
            "меморандум о сотрудничестве.",
            {("Омская область", "RU"), ("Павлодарская область", "KZ")},
        ),
    ],
)
def test_signatories_bind_the_bodies_they_act_for(extractor, sentence, parties):
    a = extract(extractor, sentence)
    (document,) = [d for m in a.meetings for d in m.documents]
    assert {(o.name, o.country) for o in document.parties} == parties


@pytest.mark.parametrize(
    "sentence, kind",
    [
        (
            "В Ашхабаде прошла встреча глав правительств СНГ с участием премьер-министра Армении Никола Пашиняна.",
            "session",
        ),
        (
            "В Душанбе прошло заседание Совета глав правительств СНГ с участием премьер-министра Беларуси Романа "
            "Головченко.",
            "session",
        ),
        (
            "В Астане прошло заседание Совета глав государств СНГ с участием президента Беларуси Александра "
            "Лукашенко.",
            "summit",
        ),
    ],
)
def test_heads_of_government_sit_in_session_heads_of_state_at_a_summit(extractor, sentence, kind):
    a = extract(extractor, sentence)
    assert [m.kind for m in a.meetings] == [kind]


def test_a_discussion_by_phone_is_a_call(extractor):
    a = extract(
        extractor,
        "Президент Египта Абдель Фаттах ас-Сиси и президент Казахстана Касым-Жомарт Токаев обсудили по телефону "
        "торговые связи.",
    )
    assert [m.kind for m in a.meetings] == ["phone_call"]


def test_a_meeting_announced_for_tomorrow_counts_without_a_date_line(extractor):
    a = extract(
        extractor,
        "Завтра президент Азербайджана Ильхам Алиев проведет переговоры с президентом Словакии Петером Пеллегрини.",
    )
    assert meetings(a) == [("talks", frozenset({"Ильхам Алиев", "Петер Пеллегрини"}))]


def test_initials_make_any_surname_a_persons(extractor):
    a = extract(
        extractor,
        "Во встрече участвовали заместитель министра иностранных дел Египта Х.Шукри и министр торговли Индии "
        "П.Гоял.",
    )
    assert {"Х. Шукри", "П. Гоял"} <= {p.name for p in a.persons.values()}


# ---------------------------------------------------------------- well-known officials


def test_a_declined_name_of_a_known_official_is_put_in_the_nominative(extractor):
    a = extract(
        extractor,
        "Состоялись переговоры президентов Беларуси и Зимбабве Александра Лукашенко и Эммерсона Мнангагвы.",
    )
    assert "Эммерсон Мнангагва" in {p.name for p in a.persons.values()}


def test_a_known_officials_post_gets_the_state_the_text_leaves_out(extractor):
    # nothing tells the outlet's country: the post's state comes from the gazetteer, not from a guess
    a = extract(
        extractor, "Президент Садыр Жапаров провел переговоры с президентом Ирана Масудом Пезешкианом."
    )
    assert ("Садыр Жапаров", "head_of_state", "KG") in posts(a)


@pytest.mark.parametrize(
    "tokens, name",
    [
        (["Мамедов", "Эльчин", "Гасан", "оглы"], "Эльчин Мамедов"),
        (["Ковалёв", "Андрей", "Петрович"], "Андрей Ковалёв"),
        (["Нурланбек", "Тургунбек", "уулу"], "Нурланбек Тургунбек уулу"),
    ],
)
def test_the_official_order_surname_first_is_put_as_first_and_last(tokens, name):
    assert normalize_name(tokens).full == name


def test_a_capitalised_title_is_not_part_of_the_name(extractor):
    a = extract(extractor, "Президент Токаев провел переговоры с премьер-министром Индии Нарендрой Моди.")
    assert not any(p.name.startswith("Президент") for p in a.persons.values())


@pytest.mark.parametrize(
    "sentence, name",
    [
        (
            "Президент Казахстана принял министра иностранных дел Китайской Народной Республики Вана И.",
            "Ван И",
        ),
        (
            "Министр иностранных дел Вьетнама встретился с послом Китая Лю Цзяном и заместителем министра Ханом Чжуном.",
            "Хан Чжун",
        ),
    ],
)
def test_a_declined_east_asian_family_name_is_still_one(extractor, sentence, name):
    assert name in {p.name for p in extract(extractor, sentence).persons.values()}


@pytest.mark.parametrize("line", ["Маяк 12, 2021", "2021-05-123", "Март 40, 2021"])
def test_no_stamp_from_a_word_that_only_looks_like_a_month_or_a_longer_number(line):
    assert parse_date_line(line) is None
