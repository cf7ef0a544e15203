"""Store a real excerpt's text in the scratch folder and check it against its hashes.

The texts are not ours to copy (eval/README.md): a session rebuilds them from the `search`
look-up. Whoever copies an excerpt from the look-up's answer writes it to a file (a quoted
heredoc adds one final newline; both forms are tried), then:

    python eval/store_text.py rebuild eval/holdout/ho01.yaml .scratch/holdout /tmp/ho01.txt
        -> writes .scratch/holdout/ho01.txt and the yaml beside it; prints EXACT, NORM or MISMATCH
    python eval/store_text.py new .scratch/real-own/own400.txt /tmp/new.txt
        -> writes the text and prints the sha256 and sha256_norm lines for a new yaml
"""

from __future__ import annotations

import hashlib
import re
import shutil
import sys
import unicodedata
from pathlib import Path

import yaml


def normalized(text: str) -> str:
    """NFC, every whitespace run one space, ends stripped (the yamls' ``sha256_norm``)."""
    return re.sub(r"\s+", " ", unicodedata.normalize("NFC", text)).strip()


def sha(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def _candidates(raw: str) -> list[str]:
    return [raw, raw[:-1]] if raw.endswith("\n") else [raw]


def rebuild(yaml_path: Path, folder: Path, copied: Path) -> str:
    meta = yaml.safe_load(yaml_path.read_text(encoding="utf-8"))
    raw = copied.read_bytes().decode("utf-8")
    for verdict, matches in (
        ("EXACT", lambda c: sha(c) == meta.get("sha256")),
        ("NORM", lambda c: sha(normalized(c)) == meta.get("sha256_norm")),
    ):
        for text in _candidates(raw):
            if matches(text):
                folder.mkdir(parents=True, exist_ok=True)
                (folder / f"{yaml_path.stem}.txt").write_bytes(text.encode("utf-8"))
                shutil.copy(yaml_path, folder / yaml_path.name)
                return verdict
    return "MISMATCH"


def store_new(destination: Path, copied: Path) -> tuple[str, str]:
    text = _candidates(copied.read_bytes().decode("utf-8"))[-1]
    destination.parent.mkdir(parents=True, exist_ok=True)
    destination.write_bytes(text.encode("utf-8"))
    return sha(text), sha(normalized(text))


def main(argv: list[str]) -> int:
    if len(argv) == 4 and argv[0] == "rebuild":
        verdict = rebuild(Path(argv[1]), Path(argv[2]), Path(argv[3]))
        print(verdict, Path(argv[1]).stem)
        return 0 if verdict != "MISMATCH" else 1
    if len(argv) == 3 and argv[0] == "new":
        exact, norm = store_new(Path(argv[1]), Path(argv[2]))
        print(f"sha256: {exact}\nsha256_norm: {norm}")
        return 0
    print(__doc__, file=sys.stderr)
    return 2


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
