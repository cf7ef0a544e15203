"""Texts written for these tests.

A state's chairmanship or presidency ("под председательством Китая") is nobody's title; the president of a
committee or society is no head of state; "аким" is a Kazakh title (unless the text names Kyrgyzstan, whose
district heads bear it too); an East Asian given name written in "-ей" is the syllable itself ("Чжан Сяолей").
"""

import pytest

from tests.extract.test_holders_interjections_and_joined_titles import meetings, posts


@pytest.mark.parametrize(
    "text, name",
    [
        (
            "Заседание рабочей группы прошло под председательством Китая. Группу возглавил заместитель директора "
            "департамента Министерства торговли КНР Ли Вэньтао.",
            "Ли Вэньтао",
        ),
        (
            "В период президентства Узбекистана в ШОС заседание совета открыл заместитель министра иностранных "
            "дел Узбекистана Бахромжон Алоев.",
            "Бахромжон Алоев",
        ),
        (
            "Председательствующий в СНГ Таджикистан представил программу. Ее представил первый заместитель "
            "министра иностранных дел Таджикистана Фарход Салим.",
            "Фарход Салим",
        ),
    ],
)
def test_a_states_chairmanship_gives_no_one_the_post_of_head_of_state(extractor, text, name):
    a = extractor.extract(text, "t")
    assert name in posts(a)
    assert not any(role == "head_of_state" for p in posts(a).values() for role, _ in p)


@pytest.mark.parametrize(
    "text, name",
    [
        (
            "В Москву прибыла делегация во главе с президентом Национального олимпийского комитета Китая "
            "Лю Гошэном. Его принял министр спорта России Михаил Дегтярев.",
            "Лю Гошэн",
        ),
        (
            "Президент Общества дружбы Вьетнам – Беларусь Нгуен Ван Тхань встретился с послом Беларуси во "
            "Вьетнаме Владимиром Бараноком.",
            "Нгуен Ван Тхань",
        ),
    ],
)
def test_the_president_of_a_committee_or_society_is_no_head_of_state(extractor, text, name):
    a = extractor.extract(text, "t")
    assert [role for role, _ in posts(a)[name]] == ["other_official"]


def test_the_president_of_a_state_is_still_its_head(extractor):
    a = extractor.extract(
        "Президент Российской Федерации Владимир Путин встретился с президентом Центральноафриканской "
        "Республики Фостеном-Арканжем Туадерой.",
        "t",
    )
    assert ("head_of_state", "RU") in posts(a)["Владимир Путин"]
    assert ("head_of_state", "CF") in posts(a)["Фостен-Арканж Туадера"]


@pytest.mark.parametrize(
    "text, akim",
    [
        (
            "Ерлан Карин встретился с губернатором провинции Хэнань Китая Ван Каем. Стороны обсудили торговлю. "
            "Губернатор рассказал акиму области Ерлану Карину о потенциале провинции.",
            "Ерлан Карин",
        ),
        (
            "Аким города Нурлан Ермеков принял делегацию уезда Чжаосу Синьцзяна. В ходе встречи гости "
            "пригласили акима на выставку в Урумчи.",
            "Нурлан Ермеков",
        ),
    ],
)
def test_an_akim_whose_region_is_not_named_is_kazakh(extractor, text, akim):
    a = extractor.extract(text, "t")
    assert ("regional_head", "KZ") in posts(a)[akim]


def test_an_akim_in_a_text_about_kyrgyzstan_is_left_to_the_text(extractor):
    a = extractor.extract(
        "Аким района Талант Жумабаев встретился с губернатором Ферганской области Узбекистана Хайрулло "
        "Бозоровым. Стороны обсудили работу приграничных пунктов на кыргызско-узбекской границе. Делегация "
        "Кыргызстана предложила открыть новый пункт.",
        "t",
    )
    assert ("regional_head", "KZ") not in posts(a)["Талант Жумабаев"]


@pytest.mark.parametrize(
    "text, name",
    [
        (
            "Заседание прошло под руководством заместителя директора департамента Министерства промышленности "
            "КНР Чжан Сяолей.",
            "Чжан Сяолей",
        ),
        ("Посол России в Китае Игорь Моргулов встретился с Ван Лей.", "Ван Лей"),
        ("Посол России в Китае Игорь Моргулов встретился с Ван Леем.", "Ван Лей"),
        ("Посол России в Китае Игорь Моргулов встретился с Ли Хуэем.", "Ли Хуэй"),
    ],
)
def test_an_east_asian_given_name_in_ej_is_the_syllable_itself(extractor, text, name):
    a = extractor.extract(text, "t")
    assert name in posts(a) or any(name in names for _, names in meetings(a))


def test_a_state_paired_with_a_region_does_not_tell_the_outlet(extractor):
    # "между городами-побратимами Японии и Прибайкалья": no pair of states, so no outlet's state first
    a = extractor.extract(
        "Иркутск\n\nФестиваль пройдет в Иркутске\n\nДоговоренность достигнута сегодня на встрече губернатора "
        "Игоря Кобзева с Генеральным консулом Японии в Хабаровске Кэнъити Такэдой. За эти годы между "
        "городами-побратимами Японии и Прибайкалья проделана большая работа.\n",
        "t",
    )
    assert a.publisher_country != "JP"
    assert ("regional_head", "JP") not in posts(a)["Игорь Кобзев"]


@pytest.mark.parametrize("phrase", ["между Японией и неким городом", "между Японией и Прибайкальем"])
def test_a_pair_whose_second_is_no_state_gives_no_vote(extractor, phrase):
    from kg.extract.gazetteer import default_gazetteer
    from kg.extract.publisher import infer_from_sources

    a = extractor.extract(f"Связи {phrase} крепнут год от года.", "t")
    assert infer_from_sources(a, default_gazetteer()) is None


def test_a_pair_of_states_still_tells_the_outlet(extractor):
    from kg.extract.gazetteer import default_gazetteer
    from kg.extract.publisher import infer_from_sources

    a = extractor.extract("Подписано соглашение между Республикой Узбекистан и Республикой Казахстан.", "t")
    assert infer_from_sources(a, default_gazetteer()) == "UZ"


@pytest.mark.parametrize(
    "text, name",
    [
        (
            "Губернатор Петр Иванов встретился с делегацией КНР во главе с членом Постоянного комитета "
            "Всекитайского собрания народных представителей Го Чжэньхуа.",
            "Го Чжэньхуа",
        ),
        (
            "Мэр Ольга Смирнова провела встречу с делегацией депутатов собрания народных представителей Ван Чжаньхуа.",
            "Ван Чжаньхуа",
        ),
    ],
)
def test_a_name_in_a_vowel_and_a_is_not_declined_from_a_stem_in_a_vowel(extractor, text, name):
    assert name in posts(extractor.extract(text, "t"))


def test_a_name_that_ends_a_text_without_a_stop_is_whole_when_written_so_elsewhere(extractor):
    a = extractor.extract(
        "Алиеву предложили статус наблюдателя\n\nСегодня в Минске прошел саммит. Президенты обсудили "
        "сотрудничество, сказал президент Азербайджана Ильхам Алиев",
        "t",
    )
    assert "Ильхам Алиев" in posts(a)


def test_a_name_cut_off_at_the_end_of_a_text_is_still_cut(extractor):
    a = extractor.extract(
        "Сегодня в Минске прошел саммит. Президент Беларуси Александр Лукашенко провел переговоры с "
        "президентом Азербайджана Ильхамом Алие",
        "t",
    )
    assert not any(name.endswith("Алие") for name in posts(a))


@pytest.mark.parametrize(
    "text, outlet",
    [
        (
            "Цветы возложили к памятнику воинам, погибшим при освобождении города от немецко-фашистских захватчиков.",
            None,
        ),
        ("Стороны обсудили развитие казахстанско-российских отношений.", "KZ"),
    ],
)
def test_a_compound_names_the_outlets_state_only_when_both_halves_are_states(extractor, text, outlet):
    from kg.extract.gazetteer import default_gazetteer
    from kg.extract.publisher import infer_from_sources

    assert infer_from_sources(extractor.extract(text, "t"), default_gazetteer()) == outlet


@pytest.mark.parametrize(
    "text, partners",
    [
        (
            "Об этом говорилось на встрече губернатора области Ивана Смирнова с послом Республики Казахстан в "
            "Российской Федерации Дауреном Абаевым и заместителем министра сельского хозяйства Казахстана "
            "Ерболатом Тасжуреком.",
            ["Даурен Абаев", "Ерболат Тасжурек", "Иван Смирнов"],
        ),
        (
            "Мэр города Олег Петров провел встречу с директором бюро ООН Анной Коваль и Верховным комиссаром "
            "по правам человека при ООН Фолькер Тюрк.",
            ["Анна Коваль", "Олег Петров", "Фолькер Тюрк"],
        ),
    ],
)
def test_a_second_partner_the_parse_hung_elsewhere_is_met_too(extractor, text, partners):
    found = meetings(extractor.extract(text, "t"))
    assert ("talks", partners) in found


def test_an_inanimate_homonym_gives_a_title_no_case():
    from kg.extract.morph import title_cases

    assert title_cases("посол") == {"nomn"}
    assert title_cases("посла") == {"gent", "accs"}
