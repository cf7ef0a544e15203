"""Each extraction stage on sentences written for these tests, in varied wording: ё/е, coordination,
passive voice, no layout, foreign names in oblique cases. None of them comes from a corpus."""

import datetime as dt
from collections import Counter

import pytest


def extract(extractor, text, publisher=None):
    return extractor.extract(text, "t", publisher)


def names(article):
    return {p.name for p in article.persons.values()}


def posts(article):
    return {(p.name, x.role, x.country) for p in article.persons.values() for x in p.posts}


def meetings(article):
    return [(m.kind, frozenset(article.persons[k].name for k in m.participants)) for m in article.meetings]


# ---------------------------------------------------------------- names


@pytest.mark.parametrize(
    "sentence, name",
    [
        (
            "Премьер-министр Таджикистана Кохир Расулзода провел переговоры с министром Азербайджана.",
            "Кохир Расулзода",
        ),
        ("Министр финансов Сербии Синиша Мали встретился с коллегой из Казахстана.", "Синиша Мали"),
        ("Министр обороны Сербии встретился с Братиславом Гашичем в Белграде.", "Братислав Гашич"),
        ("Посол встретился с Сулаймоном Зиёзодой в Душанбе.", "Сулаймон Зиёзода"),
        ("Премьер-министр Армении Никол Пашинян прибыл в Алматы.", "Никол Пашинян"),
        ("Переговоры прошли со спецпосланником президента США Стивеном Уиткоффом.", "Стивен Уиткофф"),
        (
            "Министр встретился с эмиром Катара шейхом Тамимом бен Хамадом Аль Тани.",
            "Тамим бен Хамад Аль Тани",
        ),
        ("Спикер Жогорку Кенеша Нурланбек Тургунбек уулу встретился с послом.", "Нурланбек Тургунбек уулу"),
        ("Председатель Еврокомиссии Урсула фон дер Ляйен выступила по видеосвязи.", "Урсула фон дер Ляйен"),
        ("Министр иностранных дел Китая Ван И провел переговоры в Пекине.", "Ван И"),
        # the title's head noun stands far before the name and tells its case (instrumental)
        (
            "Посол встретился с заместителем председателя постоянного комитета всекитайского собрания народных "
            "представителей Чжан Вэньлинем.",
            "Чжан Вэньлинь",
        ),
    ],
)
def test_names_in_the_nominative(extractor, sentence, name):
    assert name in names(extract(extractor, sentence))


def test_initials_alone_name_a_person(extractor):
    a = extract(
        extractor,
        "Делегации возглавили премьер-министр Узбекистана А.Арипов и премьер-министр Казахстана А. Мамин.",
    )
    assert {"А. Арипов", "А. Мамин"} <= names(a)


def test_two_names_side_by_side_are_two_persons(extractor):
    a = extract(
        extractor,
        "Во время встречи с послом Йемена Мохаммедом Алашаби Гульшара Абдыкаликова отметила рост торговли.",
    )
    assert {"Мохаммед Алашаби", "Гульшара Абдыкаликова"} <= names(a)


# ---------------------------------------------------------------- posts and their countries


def test_n_countries_of_a_plural_title_go_to_n_names_in_order(extractor):
    a = extract(
        extractor,
        "Премьер-министры Грузии и Армении Ираклий Кобахидзе и Никол Пашинян провели переговоры в Тбилиси.",
    )
    assert {
        ("Ираклий Кобахидзе", "head_of_government", "GE"),
        ("Никол Пашинян", "head_of_government", "AM"),
    } <= posts(a)


def test_a_title_after_the_name_gives_the_country(extractor):
    a = extract(
        extractor,
        "Александр Вучич, президент Сербии, провел переговоры с главой Казахстана Касым-Жомартом Токаевым.",
    )
    assert {
        ("Александр Вучич", "head_of_state", "RS"),
        ("Касым-Жомарт Токаев", "head_of_state", "KZ"),
    } <= posts(a)


def test_a_colleague_holds_the_same_post_in_the_adjectives_country(extractor):
    a = extract(
        extractor,
        "Министр иностранных дел Казахстана Ермек Кошербаев провел переговоры со своим вьетнамским "
        "коллегой Буй Тхань Шоном.",
    )
    assert ("Буй Тхань Шон", "foreign_minister", "VN") in posts(a)


def test_the_side_a_sentence_puts_people_on(extractor):
    a = extract(
        extractor,
        "Документ подписали: с российской стороны – глава Астрахани Олег Полумордвинов, с казахстанской "
        "стороны – аким города Атырау Мейрим Калауи.",
    )
    assert {("Олег Полумордвинов", "regional_head", "RU"), ("Мейрим Калауи", "regional_head", "KZ")} <= posts(
        a
    )


def test_a_delegation_lends_its_country_to_its_head(extractor):
    a = extract(
        extractor,
        "Премьер-министр Республики Беларусь Александр Турчин принял делегацию Азербайджанской "
        "Республики во главе с заместителем премьер-министра Шахином Мустафаевым.",
    )
    assert ("Шахин Мустафаев", "deputy_head_of_government", "AZ") in posts(a)


def test_a_title_without_country_takes_the_free_side_of_its_meeting(extractor):
    a = extract(
        extractor,
        "В Бишкеке состоялось заседание кыргызско-узбекской межправительственной комиссии. "
        "Заседание провели председатель кабинета министров Адылбек Касымалиев и заместитель "
        "премьер-министра Узбекистана Жамшид Ходжаев.",
    )
    assert ("Адылбек Касымалиев", "head_of_government", "KG") in posts(a)


def test_an_outlet_that_names_no_source_is_from_the_other_country_it_names(extractor):
    a = extract(
        extractor,
        "Таджикистан и Малайзия расширяют связи. Министр иностранных дел Сироджиддин Мухриддин "
        "провёл переговоры с министром иностранных дел Малайзии Мохамадом Хасаном.",
    )
    assert ("Сироджиддин Мухриддин", "foreign_minister", "TJ") in posts(a)
    # two candidate countries besides the partner: the text does not tell, so no guess from mentions
    # (a minister the officials gazetteer does not know, so that only the outlet's country could tell)
    b = extract(
        extractor,
        "Туркменистан и Узбекистан обсудили транзит. Министр иностранных дел Мурад Аширов "
        "встретился с министром иностранных дел Индии Субраманьямом Джайшанкаром.",
    )
    assert ("Мурад Аширов", "foreign_minister", "TM") not in posts(b)
    assert ("Мурад Аширов", "foreign_minister", "UZ") not in posts(b)


@pytest.mark.parametrize(
    "title",
    [
        "канцлер посольства Индонезии",
        "президент национального университета Индонезии",
        "председатель правления индонезийской компании",
    ],
)
def test_the_head_of_an_embassy_school_or_firm_is_no_head_of_state(extractor, title):
    a = extract(
        extractor,
        f"Аким области Серик Шапкенов встретился с послом Индонезии Фостером Гултомом. На встрече "
        f"присутствовал {title} Ирван Идинг.",
    )
    assert not {role for name, role, _ in posts(a) if name == "Ирван Идинг"} & {
        "head_of_state",
        "head_of_government",
    }


def test_no_second_head_of_state_for_the_outlets_country(extractor):
    a = extract(
        extractor,
        "Президент Казахстана Касым-Жомарт Токаев принял президента Алексея Петрова.",
        publisher="KZ",
    )
    assert ("Алексей Петров", "head_of_state", "KZ") not in posts(a)


def test_leaders_of_several_countries_without_order_get_no_country(extractor):
    a = extract(
        extractor,
        "В саммите приняли участие лидеры пяти стран региона – Сердар Бердымухамедов, Садыр Жапаров, "
        "Шавкат Мирзиёев, Эмомали Рахмон и Касым-Жомарт Токаев.",
        publisher="KZ",
    )
    assert not any(country == "KZ" and name != "Касым-Жомарт Токаев" for name, _, country in posts(a))


def test_an_unnamed_title_goes_to_the_one_person_it_fits(extractor):
    a = extract(
        extractor,
        "Президент принял министра иностранных дел Финляндии Элину Валтонен. "
        "Касым-Жомарт Токаев выразил поддержку ее деятельности.",
        publisher="KZ",
    )
    assert ("Касым-Жомарт Токаев", "head_of_state", "KZ") in posts(a)


# ---------------------------------------------------------------- meetings


@pytest.mark.parametrize(
    "sentence, kind",
    [
        (
            "Министр иностранных дел Казахстана Мурат Нуртлеу встретился с министром иностранных дел Японии Такеши Иваей.",
            "talks",
        ),
        (
            "Министр иностранных дел Казахстана Мурат Нуртлеу встретилcя с министром иностранных дел Японии Такеши Иваей.",
            "talks",
        ),
        (
            "Состоялся телефонный разговор Президента Казахстана Касым-Жомарта Токаева с Президентом Франции Эмманюэлем Макроном.",
            "phone_call",
        ),
        (
            "Президент Кыргызстана Садыр Жапаров и Президент Туркменистана Сердар Бердымухамедов провели переговоры по видеосвязи.",
            "video_call",
        ),
        (
            "Премьер-министром Казахстана Олжасом Бектеновым и Премьер-министром Беларуси Александром Турчиным были проведены "
            "переговоры в Минске.",
            "talks",
        ),
        (
            "Председатель Мажилиса Ерлан Кошанов был принят Президентом Беларуси Александром Лукашенко.",
            "talks",
        ),
    ],
)
def test_an_event_by_lemma_in_any_tense_voice_and_spelling(extractor, sentence, kind):
    a = extract(extractor, sentence.replace("встретилcя", "встретился"))
    assert [m[0] for m in meetings(a)] == [kind]
    assert len(meetings(a)[0][1]) == 2


def test_a_call_list_is_one_call_each(extractor):
    a = extract(
        extractor,
        "Президент России Владимир Путин провел телефонные разговоры с президентом Узбекистана "
        "Шавкатом Мирзиёевым и президентом Таджикистана Эмомали Рахмоном.",
    )
    assert Counter(meetings(a)) == Counter(
        [
            ("phone_call", frozenset({"Владимир Путин", "Шавкат Мирзиёев"})),
            ("phone_call", frozenset({"Владимир Путин", "Эмомали Рахмон"})),
        ]
    )


def test_a_recall_marker_on_the_event_drops_it_elsewhere_it_does_not(extractor):
    recalled = extract(
        extractor,
        "Ранее президент Казахстана Касым-Жомарт Токаев встретился с президентом Ирана Масудом Пезешкианом.",
    )
    assert meetings(recalled) == []
    reported = extract(
        extractor,
        "Президент Казахстана Касым-Жомарт Токаев встретился с президентом Ирана Масудом "
        "Пезешкианом и обсудил ранее достигнутые договоренности.",
    )
    assert len(meetings(reported)) == 1


def test_an_announced_meeting_counts_only_with_its_date(extractor):
    dated = extract(
        extractor,
        "12 марта 2026\nПрезидент Казахстана Касым-Жомарт Токаев встретится с президентом "
        "Египта Абдель Фаттахом ас-Сиси 20 марта в Каире.",
    )
    assert len(meetings(dated)) == 1 and dated.meetings[0].date == dt.date(2026, 3, 20)
    undated = extract(
        extractor,
        "Президент Казахстана Касым-Жомарт Токаев встретится с президентом Египта Абдель "
        "Фаттахом ас-Сиси в Каире.",
    )
    assert meetings(undated) == []


def test_a_negated_meeting_is_none(extractor):
    a = extract(
        extractor,
        "Министр иностранных дел Армении Арарат Мирзоян не встретился с министром иностранных дел "
        "Азербайджана Джейхуном Байрамовым.",
    )
    assert meetings(a) == []


@pytest.mark.parametrize(
    "frame", ["В ходе переговоров", "На заключительном этапе переговоров", "По завершении встречи"]
)
def test_signers_in_the_frame_of_a_meeting_take_part_in_it(extractor, frame):
    a = extract(
        extractor,
        "Премьер-министр Узбекистана Абдулла Арипов встретился с премьер-министром Кыргызстана "
        f"Адылбеком Касымалиевым. {frame} министр энергетики Журабек Мирзамахмудов и министр "
        "энергетики Таалайбек Ибраев подписали меморандум о строительстве гидроэлектростанции.",
    )
    assert len(a.meetings) == 1
    ((kind, people),) = meetings(a)
    assert {"Журабек Мирзамахмудов", "Таалайбек Ибраев", "Абдулла Арипов"} <= people
    assert [d.title for d in a.meetings[0].documents] == ["меморандум о строительстве гидроэлектростанции"]


@pytest.mark.parametrize(
    "presence", ["На встрече присутствовали", "В составе делегации были", "В состав делегации вошли"]
)
def test_people_present_at_a_meeting_take_part(extractor, presence):
    a = extract(
        extractor,
        "Министр иностранных дел Казахстана Ермек Кошербаев принял посла Вьетнама Фам Тхай Зянга. "
        f"{presence} советник посольства Нгуен Ван Тхань и первый секретарь Ле Тхи Хоа.",
    )
    ((_, people),) = meetings(a)
    assert {"Нгуен Ван Тхань", "Ле Тхи Хоа"} <= people


def test_sentences_refer_back_to_the_meeting_they_name(extractor):
    a = extract(
        extractor,
        "Президент Монголии Ухнаагийн Хурэлсух провел переговоры с Президентом Кыргызстана Садыром "
        "Жапаровым. Затем Садыр Жапаров встретился с премьер-министром Монголии Лувсаннамсрайном "
        "Оюун-Эрдэнэ. В ходе переговоров президенты обсудили торговлю и транспорт.",
    )
    first = next(
        m for m in a.meetings if any(a.persons[k].name == "Ухнаагийн Хурэлсух" for k in m.participants)
    )
    assert {"trade", "transport"} <= first.topics


def test_a_weekday_and_a_city_place_the_meeting(extractor):
    a = extract(
        extractor,
        "5 марта 2026\nВ среду в Ташкенте министр транспорта Казахстана Нурлан Сауранбаев провел "
        "переговоры с министром транспорта Узбекистана Ильхомом Махкамовым.",
    )
    [m] = a.meetings
    assert (m.date, m.city, m.country) == (dt.date(2026, 3, 4), "Ташкент", "UZ")


def test_a_visit_phrase_gives_kind_visitor_and_host(extractor):
    a = extract(
        extractor,
        "Президент Узбекистана Шавкат Мирзиёев, находящийся в Кыргызстане с государственным визитом, "
        "провел переговоры с Президентом Кыргызстана Садыром Жапаровым.",
    )
    [m] = a.meetings
    assert (m.visit.kind, a.persons[m.visit.visitor].name, m.visit.host) == (
        "state_visit",
        "Шавкат Мирзиёев",
        "KG",
    )


# ---------------------------------------------------------------- documents


def test_an_enumeration_is_one_document_each(extractor):
    a = extract(
        extractor,
        "Президент Казахстана Касым-Жомарт Токаев и Президент Кыргызстана Садыр Жапаров провели "
        "переговоры. В их присутствии были подписаны соглашения в сфере туризма, в области "
        "образования и о взаимной охране инвестиций.",
    )
    titles = sorted(d.title for m in a.meetings for d in m.documents)
    assert titles == [
        "соглашение в области образования",
        "соглашение в сфере туризма",
        "соглашение о взаимной охране инвестиций",
    ]


def test_a_passive_signing_and_its_parties(extractor):
    a = extract(
        extractor,
        "Министр энергетики Казахстана Алмасадам Саткалиев провел переговоры с министром энергетики "
        "Турции Алпарсланом Байрактаром. По итогам встречи был подписан меморандум о сотрудничестве "
        "в сфере возобновляемой энергетики на 2026–2030 годы между Министерством энергетики "
        "Республики Казахстан и Министерством энергетики Турецкой Республики.",
    )
    [doc] = [d for m in a.meetings for d in m.documents]
    assert (doc.type, doc.period_start, doc.period_end) == ("memorandum", 2026, 2030)
    assert doc.title == "меморандум о сотрудничестве в сфере возобновляемой энергетики на 2026–2030 годы"
    assert {(p.name, p.country) for p in doc.parties} == {
        ("Министерство энергетики Республики Казахстан", "KZ"),
        ("Министерство энергетики Турецкой Республики", "TR"),
    }


def test_heads_of_state_who_sign_bind_their_states_onlookers_do_not(extractor):
    signed = extract(
        extractor,
        "Президент Казахстана Касым-Жомарт Токаев и Президент Азербайджана Ильхам Алиев "
        "подписали Декларацию о стратегическом партнерстве.",
    )
    [doc] = [d for m in signed.meetings for d in m.documents]
    assert {p.country for p in doc.parties} == {"KZ", "AZ"}
    watched = extract(
        extractor,
        "Президент Казахстана Касым-Жомарт Токаев и Президент Азербайджана Ильхам Алиев провели "
        "переговоры. В присутствии глав государств подписано соглашение о воздушном сообщении.",
    )
    [doc] = [d for m in watched.meetings for d in m.documents]
    assert doc.parties == []


def test_an_intergovernmental_agreement_binds_the_two_governments(extractor):
    a = extract(
        extractor,
        "Премьер-министр Казахстана Олжас Бектенов провел переговоры с Премьер-министром Кыргызстана "
        "Адылбеком Касымалиевым. Подписано межправительственное соглашение о пунктах пропуска.",
    )
    [doc] = [d for m in a.meetings for d in m.documents]
    assert {(p.name, p.country) for p in doc.parties} == {
        ("Правительство Республики Казахстан", "KZ"),
        ("Правительство Кыргызской Республики", "KG"),
    }


def test_a_document_signed_long_ago_is_not_signed_now(extractor):
    a = extract(
        extractor,
        "5 марта 2026\nПрезидент Казахстана Касым-Жомарт Токаев провел переговоры с Президентом "
        "Узбекистана Шавкатом Мирзиёевым. Стороны опираются на Договор о союзнических отношениях, "
        "который главы государств подписали в декабре 2022 года.",
    )
    assert [d.title for m in a.meetings for d in m.documents] == []


def test_a_list_after_a_colon_goes_on_signing(extractor):
    a = extract(
        extractor,
        "Министр иностранных дел Казахстана Ермек Кошербаев провел переговоры с министром иностранных "
        "дел Монголии Батмунхийном Баттсэцэгом. По итогам были подписаны следующие документы:\n"
        "– программа сотрудничества между министерствами иностранных дел на 2026–2027 годы;\n"
        "– меморандум о сотрудничестве в области образования.",
    )
    types = sorted(d.type for m in a.meetings for d in m.documents)
    assert types == ["memorandum", "program"]


# ---------------------------------------------------------------- topics and quotes


def test_topics_by_lemma_in_any_form_not_from_titles(extractor):
    a = extract(
        extractor,
        "Министр здравоохранения Казахстана Акмарал Альназарова встретилась с министром "
        "здравоохранения Узбекистана Асиломом Худаяровым. Стороны обсудили торговлю, вопросы "
        "торгово-экономического взаимодействия, таможенного администрирования и железнодорожных перевозок.",
    )
    [m] = a.meetings
    assert m.topics == {"trade", "customs", "transport", "logistics"}


@pytest.mark.parametrize(
    "text",
    [
        "Министр иностранных дел Казахстана Ермек Кошербаев встретился с послом Италии Марко Альберти. "
        "«Италия – наш надежный партнер в Европе», – отметил Ермек Кошербаев.",
        "Министр иностранных дел Казахстана Ермек Кошербаев встретился с послом Италии Марко Альберти. "
        'Ермек Кошербаев заявил: "Италия – наш надежный партнер в Европе и мы ценим это".',
        "Министр иностранных дел Казахстана Ермек Кошербаев встретился с послом Италии Марко Альберти.\n"
        "Ермек Кошербаев отметил, что отношения развиваются.\n"
        "«Италия – наш надежный партнер в Европе, и мы намерены углублять сотрудничество во всех сферах».",
    ],
)
def test_a_quote_and_its_speaker_in_several_wordings(extractor, text):
    a = extract(extractor, text)
    assert {a.persons[q.speaker].name for q in a.quotes} == {"Ермек Кошербаев"}


def test_a_press_release_is_nobodys_speech(extractor):
    a = extract(
        extractor,
        "Министр иностранных дел Казахстана Ермек Кошербаев встретился с послом Италии Марко Альберти. "
        "«Стороны обсудили широкий круг вопросов двустороннего сотрудничества», – говорится в "
        "сообщении министерства.",
    )
    assert a.quotes == []
