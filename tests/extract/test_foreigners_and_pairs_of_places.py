"""A foreigner told as such stands for the foreign official named before, and a state paired with a city
tells nothing of the outlet (texts written for the test)."""

from kg.extract import entities
from kg.extract.names import RawName
from kg.extract.publisher import infer_from_sources
from tests.extract.test_frames import extract, meetings


def test_a_high_ranking_foreigner_is_the_foreign_official_named_before(extractor):
    a = extract(
        extractor,
        "Генеральный консул Республики Индия Раджеш Кумар завершает работу в Екатеринбурге. С высокопоставленным "
        "иностранцем встретился губернатор Свердловской области Денис Паслер.\n",
        "RU",
    )
    assert ("talks", frozenset({"Раджеш Кумар", "Денис Паслер"})) in meetings(a)


def test_a_state_paired_with_a_city_does_not_vote_for_the_outlet(extractor):
    a = extract(
        extractor,
        "Губернатор встретился с консулом. Важно развивать связи между городами Вьетнама и Владивостоком.\n",
    )
    assert infer_from_sources(a, extractor.gazetteer) is None
    b = extract(extractor, "Министры обсудили отношения между Казахстаном и Вьетнамом.\n")
    assert infer_from_sources(b, extractor.gazetteer) == "KZ"


def test_a_daughters_particle_keeps_the_whole_arabic_name(extractor):
    a = extract(
        extractor,
        "Соглашение подписали министр культуры ОАЭ Нура бинт Мохаммед Аль Кааби и министр культуры Казахстана "
        "Аида Балаева.",
    )
    assert "Нура бинт Мохаммед Аль Кааби" in {p.name for p in a.persons.values()}


def test_a_place_named_with_a_common_noun_is_no_person(extractor, monkeypatch):
    # the tagger may take "Плато Устюрт" for a person's name in some sentences: the span is refused
    text = "Министры обсудили охрану животного мира Плато Устюрт и Ерлан Нысанбаев выступил."
    a = extract(extractor, text)
    start = text.index("Плато")
    spans = [RawName(start, start + len("Плато Устюрт"), ["Плато", "Устюрт"])]
    monkeypatch.setattr(entities, "find_name_spans", lambda article, ner: spans)
    a.persons, a.mentions = {}, []
    entities.find_persons(a, extractor.models)
    assert a.persons == {}


def test_signers_between_whom_a_document_was_signed_are_not_its_name(extractor):
    a = extract(
        extractor,
        "В Ташкенте состоялось подписание Меморандума о сотрудничестве в области охраны сайгаков между министром "
        "экологии Узбекистана Азизом Абдухакимовым и министром экологии Казахстана Ерланом Нысанбаевым.\n",
    )
    titles = [d.title for m in a.meetings for d in m.documents]
    assert titles == ["меморандум о сотрудничестве в области охраны сайгаков"]
