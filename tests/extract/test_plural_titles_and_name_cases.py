"""Every name in apposition to a plural title is a participant; a name's instrumental is not read as the
locative of another name. Sentences written for these tests."""

from kg.extract.morph import normalize_name


def test_each_name_of_a_plural_title_takes_part(extractor):
    a = extractor.extract(
        "Президент Казахстана Касым-Жомарт Токаев провел переговоры с президентами Монголии Ухнаагийн "
        "Хурэлсухом и Турции Реджепом Тайипом Эрдоганом.",
        "t",
    )
    people = {k for m in a.meetings for k in m.participants}
    assert {"ухнаагийн хурэлсух", "реджеп тайип эрдоган", "касым-жомарт токаев"} <= people


def test_ambassadors_of_two_states_named_after_a_plural_title_are_met_one_by_one(extractor):
    a = extractor.extract(
        "Министр иностранных дел Армении Арарат Мирзоян встретился с послами Китая и Индии Ли Мином и "
        "Радживом Кумаром.",
        "t",
    )
    assert sorted(sorted(m.participants) for m in a.meetings) == [
        ["арарат мирзоян", "ли мин"],
        ["арарат мирзоян", "раджив кумар"],
    ]


def test_an_instrumental_in_om_is_no_locative_of_a_name_in_oi():
    assert normalize_name(["Ухнаагийн", "Хурэлсухом"]).last == "Хурэлсух"
    assert normalize_name(["Батмунхийн", "Батцэцэгом"]).last == "Батцэцэг"


def test_a_true_locative_still_reads():
    assert normalize_name(["Владимире", "Путине"]).last == "Путин"


def test_a_surname_of_several_words_told_again_is_the_same_person(extractor):
    a = extractor.extract(
        "Президент Бразилии Луис Инасиу Лула да Силва встретился с президентом Чили Габриэлем Боричем. "
        "Затем Лула да Силва и Борич ответили на вопросы журналистов.",
        "t",
    )
    assert sorted(p.name for p in a.persons.values()) == ["Габриэль Борич", "Луис Инасиу Лула да Силва"]


def test_the_given_name_of_a_korean_name_is_no_tail_of_it(extractor):
    a = extractor.extract(
        "Заместитель министра иностранных дел КНДР Им Чхон Ир встретился с послом России. "
        "Им Чхон Ир отметил, что стороны обсудили торговлю.",
        "t",
    )
    assert [p.name for p in a.persons.values()] == ["Им Чхон Ир"]


def test_a_korean_name_whose_last_syllable_spells_a_city_is_a_name(extractor):
    a = extractor.extract(
        "Министр здравоохранения Корейской Народно-Демократической Республики Чон Му Рим подписал соглашение.",
        "t",
    )
    assert [p.name for p in a.persons.values()] == ["Чон Му Рим"]


def test_a_word_of_three_syllables_after_an_east_asian_name_is_no_part_of_it(extractor):
    a = extractor.extract(
        "Состоялось подписание губернатором Самарской области Владимиром Артяковым и мэром города Шэньчжэнь "
        "Ван Жонгом Протокола о сотрудничестве.",
        "t",
    )
    assert "Ван Жонг" in {p.name for p in a.persons.values()}


def test_two_officials_of_one_state_discussing_another_state_did_not_meet_it(extractor):
    a = extractor.extract(
        "Министр иностранных дел России Сергей Лавров и губернатор Амурской области Василий Орлов обсудили "
        "российско-китайское межрегиональное сотрудничество.",
        "t",
        publisher_country="RU",
    )
    assert a.meetings == []
