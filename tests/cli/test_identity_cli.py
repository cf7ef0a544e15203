"""kg resolve, kg duplicates and --aliases: the analyst's hand on identity (issue 17)."""

from rdflib import Literal, URIRef
from rdflib.namespace import OWL, RDFS

from kg.cli import main
from kg.rdf.ontology import DIP, IGR
from kg.store import open_store
from tests.cliresult import fails, ok

TEXTS = {
    "one.txt": "12 марта 2025 года в Ташкенте президент Узбекистана Шавкат Мирзиёев провел переговоры "
    "с президентом Казахстана Касым-Жомартом Токаевым.\n",
    "two.txt": "14 мая 2025 года в Астане президент Республики Узбекистан Шовкат Мирзиёев встретился "
    "с президентом Казахстана Касым-Жомартом Токаевым.\n",
}


def _corpus(tmp_path):
    folder = tmp_path / "news"
    folder.mkdir()
    for name, text in TEXTS.items():
        (folder / name).write_text(text, encoding="utf-8")
    return folder


def _labels(store_dir):
    store = open_store(store_dir)
    try:
        union = store.union()
        return {str(o) for s, o in union.subject_objects(RDFS.label) if "/person/" in str(s)}, union
    finally:
        store.close()


def test_an_aliases_file_joins_a_spelling_the_rules_keep_apart(runner, tmp_path):
    store_dir = tmp_path / "store"
    ok(runner.invoke(main, ["ingest", str(_corpus(tmp_path)), "--store", str(store_dir)]))
    # "Шовкат" and "Шавкат" are one name by the rules (same consonants): both in one node already
    labels, _ = _labels(store_dir)
    assert "Шавкат Мирзиёев" in labels or "Шовкат Мирзиёев" in labels
    aliases = tmp_path / "aliases.tsv"
    aliases.write_text(
        "# variant\tcanonical\tQID\nШовкат Мирзиёев\tШавкат Мирзиёев\tQ20016\nКасым-Жомарт Токаев\tКасым-Жомарт Токаев\n",
        encoding="utf-8",
    )
    result = ok(runner.invoke(main, ["resolve", "--aliases", str(aliases), "--store", str(store_dir)]))
    assert "persons" in result.output
    labels, union = _labels(store_dir)
    assert "Шовкат Мирзиёев" not in labels
    node = IGR["person/shavkat-mirzieev"]
    assert (node, RDFS.label, Literal("Шавкат Мирзиёев", lang="ru")) in union
    assert (node, OWL.sameAs, URIRef("http://www.wikidata.org/entity/Q20016")) in union
    meetings = set(union.subjects(URIRef("https://w3id.org/igkg/ontology#participant"), node))
    assert len(meetings) == 2  # March and May: the same people, two events


def test_a_body_alias_renames_the_body_and_the_post_held_in_it(runner, tmp_path):
    folder = tmp_path / "news"
    folder.mkdir()
    (folder / "dc.txt").write_text(
        "7 ноября 2022 года в Вашингтоне госсекретарь США Энтони Блинкен провел встречу с министром "
        "иностранных дел Азербайджана Джейхуном Байрамовым.\n",
        encoding="utf-8",
    )
    store_dir = tmp_path / "store"
    ok(runner.invoke(main, ["ingest", str(folder), "--store", str(store_dir)]))
    aliases = tmp_path / "aliases.tsv"
    # the README's line: the extractor calls the State Department by the role's ministry
    aliases.write_text("МИД США\tГосударственный департамент США\tQ789915\tbody\n", encoding="utf-8")
    ok(runner.invoke(main, ["resolve", "--aliases", str(aliases), "--store", str(store_dir)]))
    _, union = _labels(store_dir)
    state = IGR["org/gosudarstvennyy-departament-ssha"]
    assert (state, OWL.sameAs, URIRef("http://www.wikidata.org/entity/Q789915")) in union
    post = IGR["post/foreign_minister/gosudarstvennyy-departament-ssha"]
    assert (IGR["person/entoni-blinken"], DIP.holdsPost, post) in union
    assert not list(
        union.triples((IGR["org/ministerstvo-inostrannykh-del-soedinennykh-shtatov-ameriki"], None, None))
    )
    assert (IGR["person/dzheykhun-bayramov"], DIP.holdsPost, None) in union  # other bodies untouched


def test_a_bad_aliases_file_is_one_line_and_changes_nothing(runner, tmp_path):
    store_dir = tmp_path / "store"
    ok(runner.invoke(main, ["ingest", str(_corpus(tmp_path)), "--store", str(store_dir)]))
    before, _ = _labels(store_dir)
    bad = tmp_path / "bad.tsv"
    bad.write_text("Шовкат Мирзиёев\tШавкат Мирзиёев\tnot-a-qid\n", encoding="utf-8")
    fails(runner.invoke(main, ["resolve", "--aliases", str(bad), "--store", str(store_dir)]), "bad.tsv:1:")
    bad.write_text("only one cell\n", encoding="utf-8")
    fails(runner.invoke(main, ["resolve", "--aliases", str(bad), "--store", str(store_dir)]), "bad.tsv:1:")
    fails(
        runner.invoke(main, ["resolve", "--aliases", str(tmp_path / "none.tsv"), "--store", str(store_dir)]),
        "none.tsv",
    )
    assert _labels(store_dir)[0] == before


def test_duplicates_lists_namesakes_and_near_events_for_review(runner, tmp_path):
    folder = tmp_path / "news"
    folder.mkdir()
    (folder / "a.txt").write_text(
        "12 марта 2025 года министр иностранных дел Казахстана Мурат Нуртлеу провел переговоры "
        "с министром иностранных дел Узбекистана Бахтиёром Саидовым.\n",
        encoding="utf-8",
    )
    (folder / "b.txt").write_text(
        "15 марта 2025 года министр иностранных дел Казахстана Мурат Нуртлеу провел переговоры "
        "с министром иностранных дел Узбекистана Бахтиёром Саидовым в Ташкенте.\n",
        encoding="utf-8",
    )
    (folder / "c.txt").write_text(
        "20 апреля 2025 года посол Узбекистана Алишер Саидов встретился с министром иностранных дел "
        "Казахстана Муратом Нуртлеу.\n",
        encoding="utf-8",
    )
    store_dir = tmp_path / "store"
    ok(runner.invoke(main, ["ingest", str(folder), "--store", str(store_dir)]))
    out = ok(runner.invoke(main, ["duplicates", "--store", str(store_dir)])).output
    lines = [line for line in out.splitlines() if line.startswith(("person", "meeting"))]
    person = next(line for line in lines if line.startswith("person"))
    assert "Алишер Саидов" in person and "Бахтиёр Саидов" in person
    meeting = next(line for line in lines if line.startswith("meeting"))
    assert "3 day(s) apart" in meeting
    only = ok(runner.invoke(main, ["duplicates", "--kind", "meeting", "--store", str(store_dir)])).output
    assert "person\t" not in only
    fails(runner.invoke(main, ["duplicates", "--store", str(tmp_path / "nothing")]), "Error")
