"""Shapes that text from outlets never read before used and the readers missed (texts written for these tests):
an attribution after a long quotation, a pronoun that speaks, a decree signed alone, a surname mistyped, a post
given by an appointment, a city council's sitting, and a delegation's home town."""

import datetime as dt

import pytest

from tests.extract.test_frames import extract, meetings, posts_of

_LONG_QUOTE = (
    "«Я поручил правительству, чтобы уже на следующей неделе наши ветеринарные специалисты выехали в "
    "соседнюю страну и поработали там вместе с коллегами на тех молочных предприятиях, в отношении которых у "
    "нас возникли какие-то сомнения с точки зрения соблюдения санитарных норм»"
)


@pytest.mark.parametrize(
    "attribution, partner",
    [
        (
            "– отметил он по итогам переговоров с президентом Беларуси Александром Лукашенко.",
            "Александр Лукашенко",
        ),
        ("– сказал он после встречи с премьер-министром Армении Николом Пашиняном.", "Никол Пашинян"),
    ],
)
def test_the_frame_after_a_long_quotation_is_the_attributions_own(extractor, attribution, partner):
    # after a long quotation the parser hangs "по итогам переговоров" on a word inside it
    a = extract(
        extractor,
        "Президент России Владимир Путин заявил о новых проверках предприятий.\n"
        f"{_LONG_QUOTE}, {attribution}",
    )
    assert meetings(a) == [("talks", frozenset({"Владимир Путин", partner}))]
    assert [a.persons[q.speaker].name for q in a.quotes] == ["Владимир Путин"]


@pytest.mark.parametrize(
    "attribution, speaker",
    [
        ("– сказала она после беседы с президентом Беларуси Александром Лукашенко.", "Валентина Матвиенко"),
        (
            "– заявил на встрече с президентом Беларуси Александром Лукашенко премьер-министр России Михаил "
            "Мишустин.",
            "Михаил Мишустин",
        ),
    ],
)
def test_who_speaks_is_the_subject_not_the_partner_named_in_an_oblique_case(extractor, attribution, speaker):
    a = extract(
        extractor,
        "Председатель Совета Федерации Валентина Матвиенко прибыла в Минск.\n"
        f"«Мы договорились о многом», {attribution}",
    )
    assert [a.persons[q.speaker].name for q in a.quotes] == [speaker]


@pytest.mark.parametrize(
    "text",
    [
        "Президент Беларуси Александр Лукашенко подписал указ о назначении Дмитрия Пиневича министром "
        "здравоохранения.",
        "Президент Узбекистана Шавкат Мирзиёев подписал закон о ратификации соглашения с Казахстаном, сообщил "
        "министр иностранных дел Бахтиёр Саидов.",
        "Закон о ратификации договора с Казахстаном подписан президентом Узбекистана Шавкатом Мирзиёевым, "
        "сообщил министр иностранных дел Бахтиёр Саидов.",
    ],
)
def test_a_decree_or_a_law_signed_alone_is_no_meeting(extractor, text):
    assert meetings(extract(extractor, text)) == []


def test_a_treaty_signed_by_two_states_is_still_a_meeting(extractor):
    a = extract(
        extractor,
        "Президент Узбекистана Шавкат Мирзиёев и президент Казахстана Касым-Жомарт Токаев подписали договор "
        "о демаркации границы.",
    )
    assert meetings(a) == [("talks", frozenset({"Шавкат Мирзиёев", "Касым-Жомарт Токаев"}))]


@pytest.mark.parametrize(
    "text, name, typo",
    [
        (
            "Министр экономики Украины Тарас Кравчено проведет переговоры с министром экономики Молдовы Ионом "
            "Русу. Молдавский министр встретится с министром Тарасом Кравченко и обсудит с Тарасом Кравченко "
            "торговлю.",
            "Тарас Кравченко",
            "Тарас Кравчено",
        ),
        (
            "В Баку премьер-министр Грузии Ираклий Кобахидзе провел переговоры с президентом Азербайджана "
            "Ильхамом Алиевым. Ранее Ираклий Кобахидзэ посетил Ереван. Премьер Ираклий Кобахидзе остался доволен.",
            "Ираклий Кобахидзе",
            "Ираклий Кобахидзэ",
        ),
    ],
)
def test_a_surname_mistyped_once_is_the_same_person(extractor, text, name, typo):
    names = {p.name for p in extract(extractor, text).persons.values()}
    assert name in names and typo not in names


@pytest.mark.parametrize(
    "text, name, post",
    [
        (
            "После того, как Владимир Караник был назначен губернатором Гродненской области, он переехал в Гродно.",
            "Владимир Караник",
            ("regional_head", "BY"),
        ),
        (
            "Президент Беларуси подписал указ о назначении Дмитрия Пиневича министром здравоохранения Беларуси.",
            "Дмитрий Пиневич",
            ("minister", "BY"),
        ),
        (
            "В прошлом году Айбек Калиев стал послом Кыргызстана в Турции.",
            "Айбек Калиев",
            ("ambassador", "KG"),
        ),
        ("Сенат утвердил Ержана Ашикбаева послом Казахстана в США.", "Ержан Ашикбаев", ("ambassador", "KZ")),
        (
            "В 2020 году Михаил Мишустин был назначен на пост председателя правительства России.",
            "Михаил Мишустин",
            ("head_of_government", "RU"),
        ),
    ],
)
def test_a_post_given_by_an_appointment_is_held(extractor, text, name, post):
    assert post in posts_of(extract(extractor, text)).get(name, set())


def test_a_title_before_a_clause_opener_is_not_the_next_names(extractor):
    a = extract(
        extractor,
        "Дмитрий Пиневич исполнял обязанности министра здравоохранения Беларуси после того, как Владимир "
        "Караник был назначен губернатором Гродненской области.",
    )
    assert posts_of(a)["Владимир Караник"] == {("regional_head", "BY")}


@pytest.mark.parametrize(
    "council",
    [
        "Харьковского городского совета",
        "Ошского горсовета",
        "Брестского облисполкома",
        "Совета депутатов Бреста",
    ],
)
def test_a_sitting_of_a_city_or_regional_council_is_domestic(extractor, council):
    a = extract(
        extractor,
        f"Решение было принято 11 мая на внеочередной сессии {council}, сообщил мэр Игорь Терехов.",
    )
    assert meetings(a) == []


@pytest.mark.parametrize(
    "text",
    [
        "Делегация из Харбина во главе с вице-мэром Ли Мином встретилась с главой Хабаровска Сергеем Кравчуком.",
        "Глава делегации из Алматы на встрече с мэром Бишкека Айбеком Джунушалиевым поблагодарил хозяев.",
    ],
)
def test_where_a_delegation_comes_from_is_not_where_it_meets(extractor, text):
    a = extract(extractor, text)
    assert [(m.city, m.country) for m in a.meetings] == [(None, None)]


def test_a_list_of_areas_with_a_comma_before_and_is_split_without_the_and(extractor):
    a = extract(
        extractor,
        "Президент Азербайджана Ильхам Алиев и президент Кыргызстана Садыр Жапаров подписали в Бишкеке "
        "соглашения в области экономики, образования, и связи.",
    )
    titles = [d.title for m in a.meetings for d in m.documents]
    assert titles == [
        "соглашение в области экономики",
        "соглашение в области образования",
        "соглашение в области связи",
    ]


@pytest.mark.parametrize("word", ["лидерству", "лидерство", "лидерства"])
def test_leadership_is_no_leaders_title(extractor, word):
    a = extract(
        extractor,
        f"Ранее президент США Дональд Трамп выразил поддержку {word} Израиля под руководством премьер-министра "
        "Биньямина Нетаньяху.",
    )
    assert posts_of(a)["Биньямин Нетаньяху"] == {("head_of_government", "IL")}


@pytest.mark.parametrize(
    "tail", ["участвовавшего в конфликте с Арменией", "погибшего в войне против Армении"]
)
def test_a_state_another_preposition_governs_is_no_place(extractor, tail):
    a = extract(
        extractor,
        "Премьер-министр Израиля Биньямин Нетаньяху 9 мая планирует встретиться с президентом Азербайджана "
        f"Ильхамом Алиевым и почтить память солдата, {tail}.",
    )
    assert [m.country for m in a.meetings] == [None]


@pytest.mark.parametrize(
    "text",
    [
        "Глава Хатлонской области Давлатали Саид встретился с руководителем китайской компании «Синьцзян Агро» "
        "Ван Тянзу и обсудил хлопководство.",
        "Посол России в Молдове Олег Озеров провел беседу с настоятелем храма протоиереем Николаем Флоринским.",
        "Аким Алматы Ербол Досаев принял известного турецкого бизнесмена Мехмета Озтюрка и обсудил инвестиции.",
    ],
)
def test_a_meeting_with_a_private_person_alone_is_not_between_officials(extractor, text):
    assert meetings(extract(extractor, text)) == []


def test_a_meeting_with_an_official_beside_a_private_person_still_is(extractor):
    a = extract(
        extractor,
        "Глава Хатлонской области Давлатали Саид встретился с послом Китая Чжоу Ли и руководителем компании "
        "«Синьцзян Агро» Ван Тянзу.",
    )
    assert len(meetings(a)) == 1 and {"Давлатали Саид", "Чжоу Ли"} <= meetings(a)[0][1]


@pytest.mark.parametrize(
    "arrival, kind",
    [
        ("В Украину прибывает премьер-министр Молдовы Павел Филип.", "visit"),
        ("Премьер-министр Молдовы Павел Филип приезжает в Украину с официальным визитом.", "official_visit"),
        ("Премьер-министр Молдовы Павел Филип прилетает в Киев.", "visit"),
    ],
)
def test_an_arrival_told_in_the_present_is_a_visit(extractor, arrival, kind):
    a = extract(
        extractor,
        f"{arrival} В понедельник в Киеве президент Украины Петр Порошенко проводит переговоры с Павлом Филипом.",
    )
    assert [(m.visit.kind, a.persons[m.visit.visitor].name, m.visit.host) for m in a.meetings if m.visit] == [
        (kind, "Павел Филип", "UA")
    ]


def test_an_arrival_of_past_years_in_the_imperfective_is_no_visit(extractor):
    a = extract(
        extractor,
        "Премьер-министр Молдовы Павел Филип не раз приезжал в Украину. В понедельник президент Украины "
        "Петр Порошенко провел переговоры с Павлом Филипом по телефону.",
    )
    assert [m.visit for m in a.meetings] == [None]


@pytest.mark.parametrize(
    "sentence",
    [
        "В субботу должна состояться встреча Грищенко и Лаврова.",
        "В субботу должны пройти переговоры Грищенко и Лаврова.",
    ],
)
def test_a_meeting_due_on_a_weekday_is_dated_ahead(extractor, sentence):
    a = extract(
        extractor,
        "Четверг, 8 апреля 2010\n\nМинистр иностранных дел России Сергей Лавров прибудет в Киев. Вчера министр "
        f"иностранных дел Украины Константин Грищенко заявил о планах. {sentence}",
    )
    assert [(m.date, set(a.persons[k].name for k in m.participants)) for m in a.meetings] == [
        (dt.date(2010, 4, 10), {"Сергей Лавров", "Константин Грищенко"})
    ]


@pytest.mark.parametrize(
    "sentence, date",
    [
        (
            "В пятницу в Минске прошли переговоры премьер-министров Беларуси и Казахстана Романа Головченко и "
            "Алихана Смаилова, а также заседание межправительственного совета.",
            dt.date(2010, 4, 2),
        ),
        (
            "В субботу в Киеве состоится встреча министров иностранных дел России и Украины Сергея Лаврова и "
            "Константина Грищенко и заседание межгосударственной комиссии под председательством министров.",
            dt.date(2010, 4, 10),
        ),
    ],
)
def test_a_sitting_told_beside_the_talks_is_a_meeting_of_its_own(extractor, sentence, date):
    a = extract(extractor, f"Четверг, 8 апреля 2010\n\n{sentence}")
    assert sorted((m.kind, m.date) for m in a.meetings) == [("session", date), ("talks", date)]
    assert len({frozenset(m.participants) for m in a.meetings}) == 1


@pytest.mark.parametrize("opener", ["готовится к переговорам с", "подготовилась к встрече с"])
def test_talks_one_prepares_for_lie_ahead(extractor, opener):
    a = extract(
        extractor,
        f"Вологодская область {opener} губернаторами нескольких провинций Китая. Как рассказал глава региона "
        "Георгий Филимонов, стороны обсудят экспорт и туризм.",
    )
    assert meetings(a) == []


@pytest.mark.parametrize(
    "documents, titles",
    [
        (
            "меморандум о сотрудничестве и «дорожную карту» по развитию туризма",
            ["дорожная карта по развитию туризма"],
        ),
        (
            "«дорожную карту» по развитию туризма и соглашение о сотрудничестве в области здравоохранения",
            ["дорожная карта по развитию туризма", "соглашение о сотрудничестве в области здравоохранения"],
        ),
    ],
)
def test_a_quoted_document_after_and_is_a_document_of_its_own(extractor, documents, titles):
    a = extract(
        extractor,
        "Министр здравоохранения Узбекистана Амрилло Иноятов и министр здравоохранения Казахстана Ажар Гиният "
        f"подписали {documents}.",
    )
    got = [d.title for m in a.meetings for d in m.documents]
    assert all(t in got for t in titles) and not any("»" in t or "«" in t for t in got)


@pytest.mark.parametrize(
    "text, name, post",
    [
        (
            "Ранее она была назначена послом России на Маврикии указом президента РФ Владимира Путина.",
            "Владимир Путин",
            {("head_of_state", "RU")},
        ),
        (
            "Он стал министром иностранных дел по решению президента Казахстана Касым-Жомарта Токаева.",
            "Касым-Жомарт Токаев",
            {("head_of_state", "KZ")},
        ),
        (
            "Пресс-секретарь президента России Дмитрий Песков заявил об этом.",
            "Дмитрий Песков",
            {("other_official", "RU")},
        ),
    ],
)
def test_a_name_after_two_titles_takes_the_one_it_agrees_with(extractor, text, name, post):
    assert posts_of(extract(extractor, text))[name] == post


def test_whom_the_speech_names_is_not_the_one_who_speaks(extractor):
    a = extract(
        extractor,
        "Проведение рабочей встречи анонсировал глава Минсельхозпрода Беларуси Леонид Заяц. «По приглашению "
        "министра сельского хозяйства России Александра Ткачева мы примем участие во встрече в Москве», – сказал "
        "тогда министр.",
    )
    assert [a.persons[q.speaker].name for q in a.quotes] == ["Леонид Заяц"]


@pytest.mark.parametrize(
    "title, name",
    [
        ("главу Представительства Европейского Союза в Таджикистане", "Мэрилин Йосефсон"),
        ("руководителя миссии ОБСЕ в Таджикистане", "Мартин Ханц"),
    ],
)
def test_who_heads_a_bodys_office_abroad_does_not_head_the_body(extractor, title, name):
    a = extract(
        extractor, f"Министр иностранных дел Таджикистана Сироджиддин Мухриддин принял {title} {name}."
    )
    people = posts_of(a)
    assert [p for p in people if p != "Сироджиддин Мухриддин"] and all(
        ("head_of_international_organization", None) not in posts
        for p, posts in people.items()
        if p != "Сироджиддин Мухриддин"
    )
    assert len(a.meetings) == 1


@pytest.mark.parametrize(
    "text",
    [
        "Приветствовали собравшихся директор лицея Светлана Стойнов, примар Комрата Сергей Анастасов и "
        "госсекретарь Министерства образования Румынии Валентина Олару.",
        "Министр культуры Казахстана Аида Балаева и посол Франции Сильви Бермонн приветствовали присутствующих.",
    ],
)
def test_speakers_greeting_the_audience_do_not_meet(extractor, text):
    assert meetings(extract(extractor, text)) == []


def test_an_official_greeting_another_still_meets(extractor):
    a = extract(
        extractor, "Министр иностранных дел Казахстана Мурат Нуртлеу приветствовал посла Китая Хань Чуньлиня."
    )
    assert meetings(a) == [("talks", frozenset({"Мурат Нуртлеу", "Хань Чуньлинь"}))]


def test_an_authors_name_run_on_after_the_last_sentence_is_a_byline(extractor):
    a = extract(
        extractor,
        "Глава Башкортостана Радий Хабиров провел встречу с послом Турции. Своим визитом в республику Мехмет "
        "Самсар завершает миссию. Посол Турции поблагодарил за приглашение. Ян Романов",
    )
    assert a.byline == "Ян Романов"
    assert "Ян Романов" not in {p.name for p in a.persons.values()}
    assert meetings(a) == [("talks", frozenset({"Радий Хабиров", "Мехмет Самсар"}))]


def test_a_last_sentence_that_names_someone_is_no_byline(extractor):
    a = extract(
        extractor, "Глава Башкортостана Радий Хабиров провел встречу с послом Турции Мехметом Самсаром."
    )
    assert a.byline is None


@pytest.mark.parametrize(
    "sentence",
    [
        "Кроме того, министр обороны России Андрей Белоусов проведет 31 мая несколько двусторонних встреч с "
        "главами оборонных ведомств стран ОДКБ.",
        "31 мая министр обороны России Андрей Белоусов проведет ряд двусторонних встреч с главами оборонных "
        "ведомств государств Содружества.",
    ],
)
def test_meetings_of_no_count_with_no_counterpart_named_are_none(extractor, sentence):
    assert meetings(extract(extractor, sentence)) == []


def test_several_meetings_with_colleagues_of_listed_states_are_one_each(extractor):
    a = extract(
        extractor,
        "Министр сельского хозяйства России Николай Федоров провел в Казани несколько двусторонних встреч со "
        "своими коллегами из Индонезии, Кореи и Таиланда.",
    )
    assert len(a.meetings) == 3


def test_meetings_of_no_count_with_one_named_among_them_keep_that_one(extractor):
    a = extract(
        extractor,
        "31 мая губернатор Курской области Игорь Орлов провел ряд встреч с представителями правительства "
        "Азербайджана, в том числе – с министром сельского хозяйства Азербайджана Гейдаром Асадовым.",
    )
    assert meetings(a) == [("talks", frozenset({"Игорь Орлов", "Гейдар Асадов"}))]


@pytest.mark.parametrize(
    "sentence",
    [
        "Председатель правительства РФ Михаил Мишустин подвел итоги заседания Евразийского межправительственного "
        "совета, проходившего в Киргизии.",
        "Премьер-министр Казахстана Олжас Бектенов подвел итоги заседания Совета глав правительств СНГ.",
    ],
)
def test_who_sums_up_a_sitting_of_states_sat_at_it(extractor, sentence):
    a = extract(extractor, sentence)
    assert [(m.kind, len(m.participants)) for m in a.meetings] == [("session", 1)]


@pytest.mark.parametrize(
    "intro",
    [
        "Об этом сегодня заявили в Министерстве иностранных дел Казахстана:",
        "Как сообщает пресс-служба МИД Кыргызстана:",
    ],
)
def test_a_quotation_a_body_opens_with_a_colon_is_its_release(extractor, intro):
    a = extract(
        extractor,
        f"{intro}\n«3 декабря в Брюсселе заместитель министра иностранных дел Казахстана Алибек Бакаев провел "
        "переговоры с послом Бельгии Тома Баэкелантом. Стороны обсудили визовый режим».",
    )
    assert meetings(a) == [("talks", frozenset({"Алибек Бакаев", "Тома Баэкелант"}))]


def test_a_place_inside_the_speech_is_not_where_the_meeting_told_after_it_is(extractor):
    a = extract(
        extractor,
        "«В ходе моего визита в Грузию мы договорились об увеличении товарооборота, и очень хорошо, что по итогам "
        "шести месяцев наш товарооборот увеличился на треть», – сказал премьер-министр Казахстана Алихан Смаилов в "
        "ходе встречи с премьер-министром Грузии Ираклием Гарибашвили.",
    )
    assert [(m.country, m.city) for m in a.meetings] == [(None, None)]


def test_a_meeting_told_inside_the_speech_keeps_its_place(extractor):
    a = extract(
        extractor,
        "«Сегодня в Тбилиси я провел переговоры с премьер-министром Грузии Ираклием Гарибашвили», – сказал "
        "премьер-министр Казахстана Алихан Смаилов.",
    )
    assert [m.city for m in a.meetings] == ["Тбилиси"]


def test_an_appointment_with_no_title_after_the_name_gives_none(extractor):
    a = extract(
        extractor,
        "Посол Казахстана в России Даурен Абаев был назначен в Москву в прошлом году, а министр "
        "иностранных дел Беларуси Максим Рыженков встретил его.",
    )
    assert posts_of(a)["Даурен Абаев"] == {("ambassador", "KZ")}


@pytest.mark.parametrize("opener", ["Это", "Среди них", "Ими стали"])
def test_a_group_told_then_named_one_by_one_joins_the_meeting(extractor, opener):
    a = extract(
        extractor,
        "Президент Молдовы Майя Санду приняла верительные грамоты посла Китая Дун Чжихуа и еще двух новых послов. "
        f"{opener} посол Армении Тигран Галстян и посол Вьетнама Фам Хай.",
    )
    assert [len(m.participants) for m in a.meetings] == [4]


def test_a_sentence_opening_with_this_and_no_title_adds_no_one(extractor):
    a = extract(
        extractor,
        "Верительные грамоты президенту Молдовы Майе Санду вручил посол Китая Дун Чжихуа. Это событие отметил "
        "спикер парламента Игорь Гросу.",
    )
    assert meetings(a) == [("talks", frozenset({"Майя Санду", "Дун Чжихуа"}))]
