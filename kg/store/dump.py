"""``kg load``: fill a new store from an N-Quads or TriG dump (``kg export -f nq|trig``), fast.

Oxigraph's bulk loader is several times faster than transactional writes but is
not a transaction, so the dump is read through once first: a syntax error is
reported with its line before anything is written. A dump cut at a line boundary
is still valid syntax, so ``kg export`` ends every dump with an end mark (a
comment giving the number of lines before it); ``kg load`` refuses a dump whose
mark is missing or whose line count differs, as its last article would be
incomplete. The merged default graph is rebuilt from the named graphs as they load.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from kg.errors import InputError, StoreError
from kg.rdf.rdfio import one_line
from kg.store.compact import OptimizeReport, optimize

DUMP_SUFFIXES = {".nq": "N_QUADS", ".nquads": "N_QUADS", ".trig": "TRIG"}


@dataclass
class LoadReport:
    quads: int
    graphs: int
    compaction: OptimizeReport | None = None


END_MARK = b"# igkg dump end: "


class MarkedWriter:
    """Counts the lines written through it, so that ``end_mark`` can close the dump."""

    def __init__(self, out) -> None:
        self.out, self.lines = out, 0

    def write(self, data: bytes) -> int:
        self.lines += data.count(b"\n")
        return self.out.write(data)

    def flush(self) -> None:
        self.out.flush()

    def end_mark(self) -> None:
        self.out.write(END_MARK + b"%d lines\n" % self.lines)


def check_end_mark(path: Path) -> None:
    """The dump ends with the mark ``kg export`` writes, and has as many lines as it says."""
    try:
        with path.open("rb") as fh:
            fh.seek(0, 2)
            size = fh.tell()
            fh.seek(max(0, size - 200))
            tail = fh.read().rstrip(b"\n").rsplit(b"\n", 1)[-1]
            if not tail.startswith(END_MARK):
                raise InputError(
                    f"{path}: the dump has no end mark, so it may be cut short (kg export writes one); "
                    "nothing was loaded (--unmarked loads a dump of another tool)"
                )
            expected = int(tail[len(END_MARK) :].split()[0])
            fh.seek(0)
            lines = sum(chunk.count(b"\n") for chunk in iter(lambda: fh.read(1 << 20), b"")) - 1
    except (OSError, ValueError, IndexError) as e:
        raise InputError(f"{path}: cannot read its end mark ({one_line(e)})") from None
    if lines != expected:
        raise InputError(
            f"{path}: the dump has {lines} lines where its end mark says {expected}: it is incomplete; "
            "nothing was loaded"
        )


def dump_format(path: Path):
    import pyoxigraph as ox

    name = DUMP_SUFFIXES.get(path.suffix.lower())
    if name is None:
        raise InputError(
            f"{path}: kg load reads N-Quads (.nq) or TriG (.trig) dumps, as kg export -f nq|trig writes"
        )
    return getattr(ox.RdfFormat, name)


def check_dump(path: Path) -> LoadReport:
    """Read the whole dump once: its size, or the first syntax error as an InputError."""
    import pyoxigraph as ox

    fmt = dump_format(path)
    if not path.is_file():
        raise InputError(f"{path}: no such file" if not path.exists() else f"{path}: not a regular file")
    quads, graphs = 0, set()
    try:
        for q in ox.parse(path=str(path), format=fmt):
            quads += 1
            if not isinstance(q.graph_name, ox.DefaultGraph):
                graphs.add(q.graph_name)
    except SyntaxError as e:
        raise InputError(f"{path}: not a valid dump ({one_line(e)}); nothing was loaded") from None
    except (OSError, ValueError) as e:
        raise InputError(f"{path}: cannot read ({one_line(e)})") from None
    return LoadReport(quads, len(graphs))


def verify_dump(path: Path, unmarked: bool = False) -> LoadReport:
    """The dump's syntax and, unless ``unmarked``, its end mark: before any store is opened or made."""
    report = check_dump(Path(path))
    if not unmarked:
        check_end_mark(Path(path))
    return report


def load_dump(
    path: Path, store, unmarked: bool = False, verified: LoadReport | None = None, compact: bool = True
) -> LoadReport:
    """Check (unless ``verified``), then bulk-load ``path`` into an Oxigraph store that holds no articles yet,
    and compact it: the bulk loader leaves many overlapping files that slow every query down (kg/store/compact.py)."""
    from kg.store.oxigraph import OxigraphStore

    path = Path(path)
    if not isinstance(store, OxigraphStore) or store.path is None:
        raise StoreError("kg load fills a local Oxigraph store (a SPARQL server has its own loader)")
    held = store.query("SELECT (COUNT(*) AS ?n) WHERE { ?a a dip:Article }").rows[0][0]
    if int(held):
        raise StoreError(
            f"{store.path}: the store already holds {int(held)} article(s); kg load fills a new store "
            "(kg ingest adds articles to this one)"
        )
    report = verified or verify_dump(path, unmarked)
    try:
        store.bulk_load(path, dump_format(path))
    except (OSError, SyntaxError, ValueError, RuntimeError) as e:
        raise StoreError(
            f"{store.path}: loading {path} failed part way ({one_line(e)}); "
            "delete the store folder and load again"
        ) from None
    if compact:
        report.compaction = optimize(store)
    return report
