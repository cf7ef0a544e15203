"""Talks "с президентами Ирана, Алжира и ЮАР" -- heads of several states no name is given for -- are one meeting
per state, with the named side only, kept apart in the graph by the counterpart's state (sentences written for
the test)."""

from rdflib.namespace import RDF

from kg.rdf.mapping import article_to_graph
from kg.rdf.ontology import DIP
from tests.extract.test_frames import extract, meetings

TEXT = "В Гаване президент Беларуси Александр Лукашенко провел переговоры с президентами Ирана, Алжира и ЮАР."


def test_one_meeting_per_state_of_unnamed_heads(extractor):
    a = extract(extractor, TEXT)
    assert meetings(a) == [("talks", frozenset({"Александр Лукашенко"}))] * 3
    assert sorted(m.counterpart_state for m in a.meetings) == ["DZ", "IR", "ZA"]
    assert all(m.counterpart_state in m.sides for m in a.meetings)


def test_the_meetings_stay_three_nodes_in_the_graph(extractor):
    graph = article_to_graph(extract(extractor, TEXT))
    assert len(set(graph.subjects(RDF.type, DIP.Meeting))) == 3


def test_named_heads_of_several_states_are_met_as_named(extractor):
    a = extract(
        extractor,
        "Президент Беларуси Александр Лукашенко провел переговоры с президентом Ирана Масудом Пезешкианом.",
    )
    assert meetings(a) == [("talks", frozenset({"Александр Лукашенко", "Масуд Пезешкиан"}))]
    assert a.meetings[0].counterpart_state is None


def test_talks_listed_after_an_announced_series_of_bilateral_meetings_are_its_holders(extractor):
    a = extract(
        extractor,
        "Президент Казахстана Касым-Жомарт Токаев проведет на саммите серию двусторонних встреч. Об этом "
        "сообщил пресс-секретарь президента Руслан Желдыбаев. 3 июля намечены переговоры с президентом "
        "Азербайджана Ильхамом Алиевым, председателем КНР Си Цзиньпином и премьер-министром Пакистана Шахбазом "
        "Шарифом.",
    )
    assert sorted(meetings(a), key=str) == sorted(
        [
            ("talks", frozenset({"Касым-Жомарт Токаев", "Ильхам Алиев"})),
            ("talks", frozenset({"Касым-Жомарт Токаев", "Си Цзиньпин"})),
            ("talks", frozenset({"Касым-Жомарт Токаев", "Шахбаз Шариф"})),
        ],
        key=str,
    )
