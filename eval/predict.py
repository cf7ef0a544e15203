"""Extract every NAME.txt of one or more set folders in one process, for the shared scorer's ``--pred-dir``.

``kg extract`` of one file costs the models' loading each time; a set of 300 excerpts scored file by file takes
minutes. This writes OUT/<folder name>/NAME.ttl for each NAME.txt that has a NAME.yaml beside it, with the same
article identity the CLI gives, so that

    python eval/predict.py /tmp/pred .scratch/real-dev
    python ../shared/eval/score.py --corpus .scratch/real-dev --pred-dir /tmp/pred/real-dev -v

scores exactly what ``score.py --kg .venv/bin/kg`` would. A file that fails is reported on stderr and left out (the
scorer then counts it as failed).
"""

from __future__ import annotations

import sys
from pathlib import Path

from kg.errors import KgError
from kg.extract import Extractor
from kg.identity import article_id, content_hash
from kg.ingest.runner import read_file
from kg.ingest.workers import extract_article

MAX_BYTES = 5 * 1024 * 1024


def predict(out: Path, folders: list[Path], extractor: Extractor | None = None) -> list[str]:
    """Write the predictions; return the files that failed."""
    extractor = extractor or Extractor()
    failed = []
    for folder in folders:
        target = out / folder.name
        target.mkdir(parents=True, exist_ok=True)
        for txt in sorted(folder.glob("*.txt")):
            if not txt.with_suffix(".yaml").exists():
                continue
            try:
                raw = read_file(txt, MAX_BYTES)
                _, graph = extract_article(extractor, txt, None, article_id(txt.stem, content_hash(raw)))
            except KgError as e:
                failed.append(f"{txt}: {e}")
                continue
            (target / f"{txt.stem}.ttl").write_text(graph.serialize(format="turtle"), encoding="utf-8")
    return failed


def main(argv: list[str]) -> int:
    if len(argv) < 2:
        print(__doc__, file=sys.stderr)
        return 2
    failed = predict(Path(argv[0]), [Path(a) for a in argv[1:]])
    for line in failed:
        print(f"failed     {line}", file=sys.stderr)
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
