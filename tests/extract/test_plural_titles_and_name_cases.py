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
