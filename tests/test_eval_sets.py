"""The real-text sets of eval/: identity of each excerpt (never its text) and gold in the closed lists of GOLD.md."""

import re

import pytest
import yaml

from tests.paths import ROOT

ITEMS = [
    *sorted((ROOT / "eval" / "real").glob("*.yaml")),
    *sorted((ROOT / "eval" / "holdout").glob("*.yaml")),
    *sorted((ROOT / "eval" / "crossoutlet").glob("*.yaml")),
]
ROLES = set(
    "head_of_state head_of_government deputy_head_of_government foreign_minister minister deputy_minister "
    "ambassador parliament_speaker regional_head head_of_international_organization other_official".split()
)
KINDS = set("talks phone_call video_call summit session forum".split())
TOPICS = set(
    "trade investment industry agriculture digital ai transport logistics healthcare tourism energy education "
    "science culture interregional finance customs water ecology security defense migration sport space mining "
    "construction labor media".split()
)
DOCUMENTS = set(
    "roadmap agreement memorandum protocol program plan declaration joint_statement contract treaty".split()
)


def test_there_are_at_least_150_items_from_at_least_80_outlets():
    hosts = {
        re.sub(r"^www\.", "", yaml.safe_load(p.read_text(encoding="utf-8"))["url"].split("/")[2])
        for p in ITEMS
    }
    assert len(ITEMS) >= 150 and len(hosts) >= 80


@pytest.mark.parametrize("path", ITEMS, ids=lambda p: p.stem)
def test_an_item_stores_its_identity_and_gold_in_the_closed_lists(path):
    gold = yaml.safe_load(path.read_text(encoding="utf-8"))
    assert gold["id"] == path.stem
    assert {"query", "url", "sha256", "sha256_norm", "note"} <= set(gold)
    assert "text" not in gold  # the texts are not ours to copy
    assert re.fullmatch(r"[0-9a-f]{64}", gold["sha256"]) and re.fullmatch(
        r"[0-9a-f]{64}", gold["sha256_norm"]
    )
    names = {p["name"] for p in gold["persons"] or []}
    for person in gold["persons"] or []:
        for post in person.get("posts") or []:
            assert post["role"] in ROLES
    for meeting in gold["meetings"] or []:
        assert meeting["kind"] in KINDS
        assert set(meeting["participants"] or []) <= names
        assert set(meeting.get("topics") or []) <= TOPICS
        for document in meeting.get("documents") or []:
            assert document["type"] in DOCUMENTS
    for quote in gold["quotes"] or []:
        assert quote["speaker"] in names


def test_the_cross_outlet_events_name_existing_gold_meetings():
    events = yaml.safe_load((ROOT / "eval" / "crossoutlet" / "events.yml").read_text(encoding="utf-8"))
    assert len(events) >= 15
    for event in events:
        assert len({x for x, _ in event["reports"]}) >= 3, event["event"]
        for excerpt, index in event["reports"]:
            gold = yaml.safe_load(
                (ROOT / "eval" / "crossoutlet" / f"{excerpt}.yaml").read_text(encoding="utf-8")
            )
            assert 0 <= index < len(gold["meetings"]), (event["event"], excerpt)


def test_bcubed_counts_splits_against_recall_and_merges_against_precision():
    import importlib.util

    spec = importlib.util.spec_from_file_location("crossoutlet", ROOT / "eval" / "crossoutlet.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    gold = {"a": 1, "b": 1, "c": 2}
    assert module.bcubed(gold, {"a": "x", "b": "x", "c": "y"}) == (1.0, 1.0, 1.0)
    p, r, _ = module.bcubed(gold, {"a": "x", "b": "z", "c": "y"})  # one event split in two
    assert p == 1.0 and r < 1.0
    p, r, _ = module.bcubed(gold, {"a": "x", "b": "x", "c": "x"})  # two events merged
    assert p < 1.0 and r == 1.0


def test_a_rebuilt_text_is_stored_only_when_its_hashes_match(tmp_path):
    import importlib.util

    spec = importlib.util.spec_from_file_location("store_text", ROOT / "eval" / "store_text.py")
    store_text = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(store_text)
    text = "Министры  провели\nпереговоры. "
    item = tmp_path / "x01.yaml"
    item.write_text(
        f"sha256: {store_text.sha(text)}\nsha256_norm: {store_text.sha(store_text.normalized(text))}\n",
        encoding="utf-8",
    )
    copied = tmp_path / "copied.txt"
    copied.write_text(text + "\n", encoding="utf-8")  # as a heredoc writes it
    assert store_text.rebuild(item, tmp_path / "out", copied) == "EXACT"
    assert (tmp_path / "out" / "x01.txt").read_text(encoding="utf-8") == text
    copied.write_text("Министры провели переговоры.", encoding="utf-8")
    assert store_text.rebuild(item, tmp_path / "out2", copied) == "NORM"
    copied.write_text("Министры провели встречу.", encoding="utf-8")
    assert store_text.rebuild(item, tmp_path / "out3", copied) == "MISMATCH"
    assert not (tmp_path / "out3").exists()


def test_predictions_for_the_scorer_equal_the_clis_extraction(tmp_path, extractor):
    import importlib.util
    import shutil

    from rdflib import Graph
    from rdflib.compare import isomorphic

    from kg.ingest.extraction import extract_files

    spec = importlib.util.spec_from_file_location("predict", ROOT / "eval" / "predict.py")
    predict = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(predict)
    folder = tmp_path / "set"
    folder.mkdir()
    for name in ("dev01", "dev02"):
        shutil.copy(ROOT / "data" / "articles" / f"{name}.txt", folder)
        shutil.copy(ROOT / "data" / "articles" / f"{name}.yaml", folder)
    (folder / "lonely.txt").write_text("Текст без золота.", encoding="utf-8")  # no yaml: not predicted
    (folder / "empty.txt").write_text("", encoding="utf-8")
    (folder / "empty.yaml").write_text("id: empty\n", encoding="utf-8")  # a bad article: reported, left out
    failed = predict.predict(tmp_path / "out", [folder], extractor)
    assert sorted(p.name for p in (tmp_path / "out" / "set").iterdir()) == ["dev01.ttl", "dev02.ttl"]
    assert len(failed) == 1 and "empty.txt" in failed[0]
    out = tmp_path / "cli.ttl"
    with out.open("wb") as fh:
        extract_files([folder / "dev01.txt"], "turtle", fh, extractor=extractor)
    ours = Graph().parse(tmp_path / "out" / "set" / "dev01.ttl", format="turtle")
    assert isomorphic(ours, Graph().parse(out, format="turtle"))
