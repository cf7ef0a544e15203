"""Store-level identity (issue 17): one node per person and per event, in any order of ingest."""

import datetime as dt
import random

import pytest
from rdflib import Literal, URIRef
from rdflib.namespace import RDFS, SKOS

from kg.ingest.consolidate import MeetingMention, cluster_meetings
from kg.ingest.persons import PersonMention, cluster_persons
from kg.ingest.resolve import consolidate
from kg.ingest.runner import ingest, remove
from kg.rdf.ontology import DIP, IGR
from kg.store import open_store

# ------------------------------------------------------------------ persons (pure)


def _labels(*names: str) -> list[str]:
    mentions = [PersonMention(f"g{i}", f"n{i}", name) for i, name in enumerate(names)]
    out = cluster_persons(mentions)
    return [out[(m.graph, m.node)] for m in mentions]


def test_initials_join_the_one_full_name_that_fits():
    assert _labels("Аскар Мамин", "А. Мамин", "А.Мамин", "Аскар Мамин") == ["Аскар Мамин"] * 4
    assert _labels("С.В.Лавров", "Сергей Лавров")[0] == "Сергей Лавров"


def test_spelling_variants_of_a_first_name_are_one_person():
    assert len(set(_labels("Александар Вучич", "Александр Вучич", "Александр Вучич"))) == 1
    assert len(set(_labels("Шавкат Мирзиёев", "Шовкат Мирзиеев"))) == 1
    assert len(set(_labels("Гурбангулы Бердымухамедов", "Гурбангула Бердымухамедов"))) == 1


def test_the_label_is_the_most_used_full_form():
    assert (
        _labels("Шавкат Мирзиеев", "Шавкат Мирзиёев", "Шавкат Мирзиёев", "Ш. Мирзиёев")[0]
        == "Шавкат Мирзиёев"
    )


def test_different_first_names_stay_apart_and_an_ambiguous_initial_joins_none():
    labels = _labels("Садыр Жапаров", "Акылбек Жапаров", "Жапаров", "Ирина Петрова", "Марина Петрова")
    assert len(set(labels)) == 5
    labels = _labels("Иван Петров", "Илья Петров", "И. Петров")
    assert len(set(labels)) == 3


def test_a_declined_surname_after_an_initial_finds_its_nominative():
    assert _labels("Рашид Мередов", "Р. Мередовым")[1] == "Рашид Мередов"
    assert _labels("Хакан Фидан", "Х. Фиданом")[1] == "Хакан Фидан"


# ------------------------------------------------------------------ meetings (pure)

LEADERS = frozenset({"p/a", "p/b"})


def _events(*mentions: MeetingMention) -> list[str]:
    out = cluster_meetings(mentions)
    return [out[(m.graph, m.node)] for m in mentions]


def _m(graph, kind="talks", people=LEADERS, **kw) -> MeetingMention:
    return MeetingMention(graph, f"meeting/{graph}", kind, people, **kw)


def test_reports_a_day_apart_are_one_event_and_calls_six_weeks_apart_are_two():
    a = _m("g1", date=dt.date(2025, 3, 12))
    b = _m("g2", date=dt.date(2025, 3, 13))
    c = _m("g3", kind="phone_call", date=dt.date(2025, 4, 24))
    d = _m("g4", kind="phone_call", date=dt.date(2025, 6, 5))
    e = _m("g5", kind="phone_call", date=dt.date(2025, 3, 12))
    ev = _events(a, b, c, d, e)
    assert ev[0] == ev[1]
    assert len({ev[0], ev[2], ev[3], ev[4]}) == 4  # a call never merges with talks of the same day


def test_a_day_without_a_year_matches_its_day():
    ev = _events(
        _m("g1", date=dt.date(2025, 11, 12)),
        _m("g2", month_day=(11, 12)),
        _m("g3", month_day=(5, 26)),
        _m("g4", date=dt.date(2025, 5, 26)),
    )
    assert ev[0] == ev[1] and ev[2] == ev[3] and ev[0] != ev[2]


def test_an_undated_report_joins_the_one_event_its_publication_date_allows():
    first = _m("g1", date=dt.date(2025, 3, 12))
    later = _m("g2", date=dt.date(2025, 4, 30))
    report = _m("g3", published=dt.date(2025, 3, 14))
    ev = _events(first, later, report)
    assert ev[2] == ev[0] != ev[1]
    # published long after both: it may be about either, or neither, so it stays apart
    assert len(set(_events(first, later, _m("g4", published=dt.date(2025, 9, 1))))) == 3
    # no date at all, and two events of the same people: ambiguous
    assert len(set(_events(first, later, _m("g5")))) == 3
    # no date at all, and one event: that one
    assert len(set(_events(first, _m("g6")))) == 1


def test_undated_reports_whose_articles_date_other_meetings_weeks_apart_are_two_events():
    # calls of the same two presidents, each told undated beside another call its article dates
    july = _m("g1", kind="phone_call", article_days=frozenset({(7, 24)}))
    august = _m("g2", kind="phone_call", article_days=frozenset({(8, 10)}))
    assert len(set(_events(july, august))) == 2
    # days within the week, or one article that dates nothing: nothing tells them apart
    assert len(set(_events(july, _m("g3", kind="phone_call", article_days=frozenset({(7, 25)}))))) == 1
    assert len(set(_events(july, _m("g4", kind="phone_call")))) == 1


def test_two_reports_in_one_article_never_merge_and_other_people_never_do():
    ev = _events(
        _m("g1", date=dt.date(2025, 3, 12)),
        MeetingMention("g1", "meeting/g1-second", "talks", LEADERS, date=dt.date(2025, 3, 13)),
        _m("g2", people=frozenset({"p/a", "p/c"}), date=dt.date(2025, 3, 12)),
        _m("g3", people=LEADERS | {"p/c"}, date=dt.date(2025, 3, 12)),
    )
    assert len(set(ev)) == 4


def test_sittings_of_many_sides_match_on_most_of_their_members():
    heads = frozenset({"p/a", "p/b", "p/c", "p/d"})
    ev = _events(
        _m("g1", kind="summit", people=heads, date=dt.date(2025, 10, 10)),
        _m("g2", kind="session", people=frozenset({"p/a", "p/b", "p/c"}), published=dt.date(2025, 10, 10)),
        _m("g3", kind="summit", people=frozenset({"p/a", "p/e"}), date=dt.date(2025, 10, 10)),
    )
    assert ev[0] == ev[1] != ev[2]


def test_between_two_events_of_one_week_an_undated_report_takes_the_one_of_its_kind():
    # two prime ministers' sitting in one city and their talks in another the next day
    sitting = _m("g1", kind="session", date=dt.date(2025, 11, 3), city="city/beijing")
    talks = _m("g2", date=dt.date(2025, 11, 4), city="city/hangzhou")
    report = _m("g3", published=dt.date(2025, 11, 4))
    ev = _events(sitting, talks, report)
    assert ev[2] == ev[1] != ev[0]
    # a report of a third kind fits both as well as the other: it stays apart
    ev = _events(sitting, talks, _m("g4", kind="forum", published=dt.date(2025, 11, 4)))
    assert len(set(ev)) == 3
    # two events of its own kind in that week: still ambiguous
    ev = _events(talks, _m("g5", date=dt.date(2025, 11, 1)), _m("g6", published=dt.date(2025, 11, 4)))
    assert len(set(ev)) == 3


WANG = frozenset({"p/wang"})


def test_a_dated_report_naming_one_side_joins_the_one_event_of_that_day_that_has_it():
    pair = frozenset({"p/wang", "p/saidov"})
    # two outlets name both ministers but give no date, only their publication's; a third names the guest only
    full = [
        _m("g1", people=pair, published=dt.date(2025, 11, 21)),
        _m("g2", people=pair, published=dt.date(2025, 11, 21)),
    ]
    ev = _events(*full, _m("g3", people=WANG, date=dt.date(2025, 11, 21)))
    assert len(set(ev)) == 1
    # on another day, or when the guest had two such meetings that day, it stays apart
    assert len(set(_events(*full, _m("g4", people=WANG, date=dt.date(2025, 11, 25))))) == 2
    other = _m("g5", people=frozenset({"p/wang", "p/president"}), date=dt.date(2025, 11, 21))
    assert len(set(_events(*full, other, _m("g6", people=WANG, date=dt.date(2025, 11, 21))))) == 3
    # a call with one side named is no report of talks, and an undated one says too little
    assert len(set(_events(*full, _m("g7", kind="phone_call", people=WANG, date=dt.date(2025, 11, 21))))) == 2
    assert len(set(_events(*full, _m("g8", people=WANG, published=dt.date(2025, 11, 21))))) == 2


def test_a_bilateral_meeting_beside_a_trilateral_one_of_that_day_stays_apart():
    two = frozenset({"p/a", "p/b"})
    ev = _events(
        _m("g1", people=two | {"p/host"}, date=dt.date(2022, 11, 7), city="city/washington"),
        _m("g2", people=two, date=dt.date(2022, 11, 7), city="city/washington"),
    )
    assert ev[0] != ev[1]


def test_clusters_do_not_depend_on_the_order_of_mentions():
    mentions = [
        _m("g1", date=dt.date(2025, 3, 12)),
        _m("g2", month_day=(3, 13)),
        _m("g3", month_day=(3, 11)),
        _m("g4"),
        _m("g5", published=dt.date(2025, 3, 15)),
        _m("g6", date=dt.date(2025, 3, 14)),
        _m("g7", people=frozenset({"p/a"}), date=dt.date(2025, 3, 14)),  # one side named
        _m("g8", kind="session", date=dt.date(2025, 3, 20), city="city/x"),
        _m("g9", published=dt.date(2025, 3, 21)),  # a session and a talks that week: takes its kind
    ]
    first = cluster_meetings(mentions)
    assert cluster_meetings(list(reversed(mentions))) == first
    assert cluster_meetings(mentions[3:] + mentions[:3]) == first
    for seed in range(5):
        shuffled = mentions[:]
        random.Random(seed).shuffle(shuffled)
        assert cluster_meetings(shuffled) == first


# ------------------------------------------------------------------ the store

TEXTS = {
    "dated.txt": "12 марта 2025 года в Астане премьер-министр Казахстана Аскар Мамин провел переговоры "
    "с премьер-министром Узбекистана Абдуллой Ариповым. Стороны обсудили торговлю и транспорт.\n",
    "initials.txt": "Переговоры в Астане\n\nВ среду, 12 марта, глава правительства Казахстана А. Мамин "
    "встретился с председателем правительства Узбекистана Абдуллой Ариповым. Обсуждались вопросы энергетики.\n",
    "undated.txt": "Премьер-министр Республики Казахстан Аскар Мамин и премьер-министр Республики Узбекистан "
    "Абдулла Арипов провели переговоры в Астане.\n",
    "call.txt": "24 апреля 2025 года премьер-министр Казахстана Аскар Мамин провел телефонный разговор "
    "с премьер-министром Узбекистана Абдуллой Ариповым.\n",
    "visit.txt": "Премьер-министр Узбекистана Абдулла Арипов находится в Казахстане с рабочим визитом. В Астане "
    "он провел переговоры с премьер-министром Казахстана Аскаром Маминым. Затем Абдулла Арипов встретился "
    "с президентом Казахстана Касым-Жомартом Токаевым.\n",
    "visit-again.txt": "Абдулла Арипов прибыл в Казахстан с рабочим визитом. Глава правительства Узбекистана "
    "встретился с президентом Казахстана Касым-Жомартом Токаевым, затем провел переговоры с Аскаром Маминым.\n",
}


@pytest.fixture(scope="module")
def files(tmp_path_factory):
    folder = tmp_path_factory.mktemp("reports")
    out = {}
    for name, text in TEXTS.items():
        (folder / name).write_text(text, encoding="utf-8")
        out[name] = folder / name
    return out


def _quads(store) -> set:
    return {
        (s, p, o, g.identifier if hasattr(g, "identifier") else g)
        for s, p, o, g in store.dataset().quads((None, None, None, None))
    }


def _store_after(order, files, extractor, path):
    store = open_store(path)
    for name in order:
        ingest([files[name]], store, extractor, progress=False)
    return store


def test_the_store_is_the_same_in_any_order_and_after_remove_and_reingest(files, extractor, tmp_path):
    order = ["dated.txt", "initials.txt", "undated.txt", "call.txt", "visit.txt", "visit-again.txt"]
    one = _store_after(order, files, extractor, tmp_path / "1")
    two = _store_after(list(reversed(order)), files, extractor, tmp_path / "2")
    try:
        assert consolidate(one).graphs_rewritten == 0  # a second run finds nothing to change
        # the merged default graph is still exactly the union of the article graphs after the rewrites
        merged = set(one.query("SELECT ?s ?p ?o WHERE { ?s ?p ?o }").rows)
        named = set(  # the summary and the identity index stay outside the merged graph (kg/store/base.py)
            one.query(
                "SELECT DISTINCT ?s ?p ?o WHERE { GRAPH ?g { ?s ?p ?o } "
                "FILTER (?g NOT IN (igr:graph\\/summary, igr:graph\\/identity)) }"
            ).rows
        )
        assert merged == named
        expected = _quads(one)
        # merged in both orders ("А. Мамин" came first in one, last in the other)
        assert not any(q[0] == IGR["person/a-mamin"] or q[2] == IGR["person/a-mamin"] for q in expected)
        assert _quads(two) == expected
        remove([str(files["dated.txt"])], two)
        assert _quads(two) != expected
        ingest([files["dated.txt"]], two, extractor, progress=False)
        assert _quads(two) == expected
    finally:
        one.close()
        two.close()


def test_one_person_and_one_event_with_every_report_as_a_source(files, extractor):
    store = open_store(backend="memory")
    ingest([files["initials.txt"]], store, extractor, progress=False)
    ingest([files["dated.txt"], files["undated.txt"], files["call.txt"]], store, extractor, progress=False)
    union = store.union()
    mamin = IGR["person/askar-mamin"]
    assert (mamin, RDFS.label, Literal("Аскар Мамин", lang="ru")) in union
    assert (mamin, SKOS.altLabel, Literal("А. Мамин", lang="ru")) in union
    assert not list(union.triples((IGR["person/a-mamin"], None, None)))
    talks = [m for m in union.subjects(DIP.participant, mamin) if (m, DIP.date, None) in union]
    assert sorted(str(m).rsplit("/", 1)[-1] for m in talks) == [
        "2025-03-12-talks-718c512c9f",
        "2025-04-24-phone_call-718c512c9f",
    ]
    event = URIRef(IGR["meeting/2025-03-12-talks-718c512c9f"])
    sources = set(union.objects(event, URIRef("http://www.w3.org/ns/prov#wasDerivedFrom")))
    assert len(sources) == 3  # the dated, the initials and the undated report
    # each report keeps what it said: the article that gave no year keeps its day, the minted IRI is kept
    graph = next(g for g in store.graph_names() if "initials" in str(g))
    own = store.query(f"SELECT ?p ?o WHERE {{ GRAPH <{graph}> {{ <{event}> ?p ?o }} }}").rows
    said = {(str(p).rsplit("#", 1)[-1], str(o)) for p, o in own}
    assert ("monthDay", "--03-12") in said
    assert any(p == "mintedAs" and "initials" in o for p, o in said)
    store.close()


def test_a_signing_told_by_two_outlets_is_one_document_of_one_event(extractor, tmp_path):
    one = tmp_path / "one.txt"
    two = tmp_path / "two.txt"
    one.write_text(
        "3 июня 2025 года в Ташкенте министр иностранных дел Узбекистана Бахтиёр Саидов и министр "
        "иностранных дел Латвии Байба Браже подписали соглашение о безвизовом режиме для владельцев "
        "дипломатических паспортов.\n",
        encoding="utf-8",
    )
    two.write_text(
        "Глава МИД Узбекистана Бахтиёр Саидов провел переговоры с министром иностранных дел Латвии Байбой "
        "Браже. По итогам встречи министры подписали соглашение о взаимной отмене визовых требований для "
        "владельцев дипломатических паспортов.\n",
        encoding="utf-8",
    )
    store = open_store(backend="memory")
    ingest([one, two], store, extractor, progress=False)
    union = store.union()
    events = {m for m in union.subjects(DIP.participant, IGR["person/bakhtier-saidov"])}
    assert len(events) == 1
    documents = set(union.objects(next(iter(events)), DIP.produced))
    assert len(documents) == 1
    sources = set(union.objects(next(iter(documents)), URIRef("http://www.w3.org/ns/prov#wasDerivedFrom")))
    assert len(sources) == 2
    store.close()


def test_two_cities_are_two_meetings_and_an_undated_forum_is_no_dated_session():
    ev = _events(
        _m("g1", city="city/dushanbe"),
        _m("g2", city="city/khujand"),
    )
    assert ev[0] != ev[1]  # undated, the same two presidents, but two places: the two days of one visit
    heads = frozenset({"p/a", "p/b", "p/c"})
    ev = _events(
        _m("g3", kind="session", people=heads | {"p/d"}, date=dt.date(2019, 11, 1)),
        _m("g4", kind="forum", people=heads),  # no date, no publication date, another kind
    )
    assert ev[0] != ev[1]


def test_an_undated_report_of_one_named_participant_stays_apart():
    one = frozenset({"p/a"})
    dated = _m("g1", people=one, date=dt.date(2025, 3, 12))
    assert len(set(_events(dated, _m("g2", people=one)))) == 2  # "X met the head of the delegation"
    assert len(set(_events(_m("g3", people=one), _m("g4", people=one)))) == 2
    # dated on the same day, one named participant is still enough to go by
    assert len(set(_events(dated, _m("g5", people=one, date=dt.date(2025, 3, 12))))) == 1
