"""The layout of kg/: packages along the data's way, none importing one above it, no import cycle."""

from pathlib import Path

from kg.architecture import LAYERS, import_graph, import_violations, layer_of, module_names
from tests.paths import ROOT


def test_no_package_imports_one_above_it_and_no_cycle():
    assert import_violations(ROOT) == []


def test_every_module_has_a_layer():
    for name in module_names(ROOT):
        assert 0 <= layer_of(name) < len(LAYERS)


def test_the_graph_sees_relative_absolute_and_lazy_imports():
    graph = import_graph(ROOT)
    assert "kg.store.base" in graph["kg.store.oxigraph"]  # absolute, at the top
    assert "kg.store.oxigraph" in graph["kg.store.factory"]  # inside a function
    assert "kg.extract.countries" in graph["kg.extract"]  # "from kg.extract import countries"


def _package(tmp_path: Path, files: dict[str, str]) -> Path:
    for name, text in files.items():
        path = tmp_path / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text)
    return tmp_path


def test_an_upward_import_is_reported(tmp_path):
    root = _package(
        tmp_path,
        {
            "kg/__init__.py": "",
            "kg/extract/__init__.py": "def f():\n    from kg.store.base import Store\n",
            "kg/store/__init__.py": "",
            "kg/store/base.py": "Store = object\n",
        },
    )
    (problem,) = import_violations(root)
    assert problem.startswith("kg.extract (extract) imports kg.store.base (store)")


def test_a_cycle_is_reported_even_through_relative_imports(tmp_path):
    root = _package(
        tmp_path,
        {
            "kg/__init__.py": "",
            "kg/store/__init__.py": "",
            "kg/store/base.py": "from .factory import open_store\n",
            "kg/store/factory.py": "def open_store():\n    from . import base\n",
        },
    )
    assert import_violations(root) == ["import cycle: kg.store.base -> kg.store.factory"]


def test_reading_the_summary_does_not_import_the_extractor():
    """`kg query`, `kg stats` and `kg viz` ask whether the summary is fresh: that must not load the
    ingest runner and the extractor behind it (0.4–0.7 s), and ``kg.ingest.ingest`` still resolves."""
    import subprocess
    import sys

    code = (
        "import sys, kg.ingest.summary, kg.web.viz\n"
        "assert 'kg.ingest.runner' not in sys.modules and 'kg.extract.morph' not in sys.modules\n"
        "import kg.ingest\n"
        "assert kg.ingest.ingest.__module__ == 'kg.ingest.runner' and 'kg.ingest.runner' in sys.modules\n"
    )
    subprocess.run([sys.executable, "-c", code], check=True, cwd=Path(__file__).resolve().parent.parent)
