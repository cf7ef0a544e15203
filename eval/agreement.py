"""Inter-annotator agreement: facts both annotators wrote / facts either wrote, per fact kind.

Usage: python eval/agreement.py FIRST_DIR SECOND_DIR
Each folder holds NAME.yaml gold files (the format of ../shared/corpus/GOLD.md); the items both folders
have are compared with the shared scorer's own fact alignment (../shared/eval/score.py), the second
annotator's gold standing where the extractor's output would.
"""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

import yaml

SCORER = Path(__file__).resolve().parents[1].parent / "shared" / "eval" / "score.py"


def _scorer():
    spec = importlib.util.spec_from_file_location("score", SCORER)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def agreement(first: Path, second: Path) -> tuple[dict[str, tuple[int, int, int]], list[str]]:
    score = _scorer()
    totals = {kind: [0, 0, 0] for kind in score.KINDS}
    names = sorted(p.stem for p in second.glob("*.yaml") if (first / p.name).exists())
    for name in names:
        gold_a = yaml.safe_load((first / f"{name}.yaml").read_text(encoding="utf-8"))
        gold_b = yaml.safe_load((second / f"{name}.yaml").read_text(encoding="utf-8"))
        for kind, (tp, fp, fn, *_) in score.score_article(gold_a, gold_b).items():
            totals[kind][0] += tp
            totals[kind][1] += fp
            totals[kind][2] += fn
    return {k: tuple(v) for k, v in totals.items()}, names


def main(argv: list[str]) -> int:
    if len(argv) != 2:
        print(__doc__.strip().splitlines()[2], file=sys.stderr)
        return 2
    totals, names = agreement(Path(argv[0]), Path(argv[1]))
    print(f"{len(names)} items annotated twice")
    print(f"{'kind':14} {'both':>6} {'either':>7} {'agreement':>10}")
    both = either = 0
    for kind, (tp, fp, fn) in totals.items():
        union = tp + fp + fn
        both, either = both + tp, either + union
        print(f"{kind:14} {tp:6d} {union:7d} {tp / union if union else 1.0:10.3f}")
    print(f"{'all facts':14} {both:6d} {either:7d} {both / either if either else 1.0:10.3f}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
