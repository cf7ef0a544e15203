"""Cross-outlet identity: is one real person, body or meeting one node when several outlets report it?

Usage: python eval/crossoutlet.py FOLDER [--events eval/crossoutlet/events.yml] [-v]

FOLDER holds the rebuilt excerpts of ``eval/crossoutlet`` (xoNN.txt + xoNN.yaml), or any folder of
NAME.txt + NAME.yaml pairs (the whole real corpus: a meeting that ``events.yml`` does not list is an
event of its own, which measures wrong merges across unrelated articles). All of them are
ingested into one fresh store, as an analyst would ingest a day's news. The gold says which items are
the same: a person or a document party is the same across excerpts when the annotators wrote the same
canonical name (they were asked to), a meeting when ``events.yml`` lists it under the same event.

Each gold item is matched to the node the store made for it in that excerpt's article graph (persons
by name, meetings by participants as the shared scorer aligns them, parties by name); an item with no
node is a cluster of its own. B-cubed precision, recall and F1 over the gold items then say how well the
store's nodes group them: a split (one event, three meeting nodes) costs recall, a wrong merge precision.
"""

from __future__ import annotations

import argparse
import difflib
import importlib.util
import subprocess
import sys
import tempfile
from collections import defaultdict
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parents[1]
SCORER = ROOT.parent / "shared" / "eval" / "score.py"
DIP = "https://w3id.org/igkg/ontology#"
RDFS_LABEL = "http://www.w3.org/2000/01/rdf-schema#label"
SKOS_NOTATION = "http://www.w3.org/2004/02/skos/core#notation"


def _scorer():
    spec = importlib.util.spec_from_file_location("score", SCORER)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _norm(text: str) -> str:
    return " ".join(str(text).lower().replace("ё", "е").split())


def _close(a: str, b: str) -> float:
    return difflib.SequenceMatcher(None, _norm(a), _norm(b)).ratio()


def ingest_all(folder: Path, store: Path) -> None:
    run = subprocess.run(
        [sys.executable, "-m", "kg.cli", "ingest", str(folder), "--store", str(store), "--skip-errors"],
        capture_output=True,
        text=True,
    )
    if run.returncode not in (0, 1):
        raise SystemExit(f"ingest failed: {run.stderr.strip()[-400:]}")


def article_nodes(store, article: str) -> dict:
    """The person, meeting and party nodes of one article graph, with labels and participants."""

    def rows(query: str):
        return [tuple(str(x) for x in r) for r in store.query(query).rows]

    persons = dict(
        rows(f"SELECT ?p ?l WHERE {{ GRAPH <{article}> {{ ?p a <{DIP}Person> ; <{RDFS_LABEL}> ?l }} }}")
    )
    meetings: dict[str, list[str]] = defaultdict(list)
    for m, p in rows(
        f"SELECT ?m ?p WHERE {{ GRAPH <{article}> {{ ?m a <{DIP}Meeting> ; <{DIP}participant> ?p }} }}"
    ):
        meetings[m].append(persons.get(p, p))
    # kind and date break ties between meetings of the same people, as in the shared scorer: without
    # them a report's one node went to whichever gold meeting of those people came last
    attrs = {
        m: {"kind": kind, "date": None if date == "None" else date}
        for m, kind, date in rows(
            f"SELECT ?m ?k ?d WHERE {{ GRAPH <{article}> {{ ?m a <{DIP}Meeting> ; <{DIP}kind>/<{SKOS_NOTATION}> ?k . "
            f"OPTIONAL {{ ?m <{DIP}date> ?d }} }} }}"
        )
    }
    parties = dict(
        rows(f"SELECT ?o ?l WHERE {{ GRAPH <{article}> {{ ?d <{DIP}party> ?o . ?o <{RDFS_LABEL}> ?l }} }}")
    )
    return {"persons": persons, "meetings": dict(meetings), "attrs": attrs, "parties": parties}


def _by_name(name: str, nodes: dict[str, str], floor: float) -> str | None:
    exact = [iri for iri, label in nodes.items() if _norm(label) == _norm(name)]
    if exact:
        return exact[0]
    best = max(nodes.items(), key=lambda kv: _close(name, kv[1]), default=None)
    return best[0] if best is not None and _close(name, best[1]) >= floor else None


def clusters(folder: Path, events: list[dict], store) -> dict[str, tuple[dict, dict]]:
    """Per kind: gold cluster and predicted node of every gold item."""
    from kg.identity import article_id_for_file
    from kg.rdf.ontology import article_iri

    score = _scorer()
    event_of = {(x, i): e["event"] for e in events for x, i in e["reports"]}
    gold: dict[str, dict] = {"person": {}, "meeting": {}, "body": {}}
    pred: dict[str, dict] = {"person": {}, "meeting": {}, "body": {}}
    for txt in sorted(folder.glob("*.txt")):
        if not txt.with_suffix(".yaml").is_file():
            continue
        name = txt.stem
        doc = yaml.safe_load(txt.with_suffix(".yaml").read_text(encoding="utf-8"))
        nodes = article_nodes(store, str(article_iri(article_id_for_file(txt))))
        for person in doc.get("persons") or []:
            item = (name, _norm(person["name"]))
            gold["person"][item] = _norm(person["name"])
            pred["person"][item] = _by_name(person["name"], nodes["persons"], 0.85) or f"missed:{item}"
        meetings = doc.get("meetings") or []
        predicted = [
            {"participants": p, "iri": iri, **nodes["attrs"].get(iri, {})}
            for iri, p in nodes["meetings"].items()
        ]
        aligned = {gi: pi for pi, gi in score.align(meetings, predicted, score.meeting_pairing).items()}
        for i, meeting in enumerate(meetings):
            item = (name, i)
            gold["meeting"][item] = event_of.get(item, f"{name}#{i}")
            pred["meeting"][item] = predicted[aligned[i]]["iri"] if i in aligned else f"missed:{item}"
            for document in meeting.get("documents") or []:
                for party in document.get("parties") or []:
                    item = (name, _norm(party["name"]))
                    gold["body"][item] = _norm(party["name"])
                    pred["body"][item] = _by_name(party["name"], nodes["parties"], 0.75) or f"missed:{item}"
    return {kind: (gold[kind], pred[kind]) for kind in gold}


def bcubed(gold: dict, pred: dict) -> tuple[float, float, float]:
    members_g: dict[str, set] = defaultdict(set)
    members_p: dict[str, set] = defaultdict(set)
    for item, c in gold.items():
        members_g[c].add(item)
    for item, c in pred.items():
        members_p[c].add(item)
    if not gold:
        return 1.0, 1.0, 1.0
    p = sum(len(members_g[gold[i]] & members_p[pred[i]]) / len(members_p[pred[i]]) for i in gold) / len(gold)
    r = sum(len(members_g[gold[i]] & members_p[pred[i]]) / len(members_g[gold[i]]) for i in gold) / len(gold)
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def splits(gold: dict, pred: dict) -> list[tuple[str, list[str]]]:
    """Gold clusters that the store keeps as several nodes (the remaining duplicates)."""
    nodes: dict[str, set] = defaultdict(set)
    for item, c in gold.items():
        nodes[c].add(pred[item])
    return sorted((c, sorted(n)) for c, n in nodes.items() if len(n) > 1)


def merges(gold: dict, pred: dict) -> list[tuple[str, list[str]]]:
    """Store nodes that hold items of several gold clusters (wrong merges)."""
    clusters: dict[str, set] = defaultdict(set)
    for item, node in pred.items():
        clusters[node].add(gold[item])
    return sorted((n, sorted(c)) for n, c in clusters.items() if len(c) > 1)


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("folder", type=Path)
    ap.add_argument("--events", type=Path, default=ROOT / "eval" / "crossoutlet" / "events.yml")
    ap.add_argument(
        "-v",
        "--verbose",
        action="store_true",
        help="list every gold cluster kept as several nodes, and every node holding several",
    )
    args = ap.parse_args()
    from kg.store import open_store

    events = yaml.safe_load(args.events.read_text(encoding="utf-8"))
    with tempfile.TemporaryDirectory(prefix="igkg-xo-") as tmp:
        ingest_all(args.folder, Path(tmp) / "store")
        store = open_store(Path(tmp) / "store", create=False)
        try:
            result = clusters(args.folder, events, store)
        finally:
            store.close()
    print(f"{'kind':<9}{'B3 P':>7}{'B3 R':>7}{'B3 F1':>7}{'items':>7}{'gold':>6}{'nodes':>7}")
    for kind, (gold, pred) in result.items():
        p, r, f = bcubed(gold, pred)
        print(
            f"{kind:<9}{p:7.3f}{r:7.3f}{f:7.3f}{len(gold):7d}{len(set(gold.values())):6d}{len(set(pred.values())):7d}"
        )
    if args.verbose:
        for kind, (gold, pred) in result.items():
            for cluster, nodes in splits(gold, pred):
                print(
                    f"  split {kind}: {cluster} -> {len(nodes)} nodes: {', '.join(n.rsplit('/', 1)[-1] for n in nodes)}"
                )
            for node, held in merges(gold, pred):
                print(f"  merged {kind}: {node.rsplit('/', 1)[-1]} holds {', '.join(map(str, held))}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
