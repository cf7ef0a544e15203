"""The notebook runs top to bottom on the project's own files, draws its figures and warns about nothing."""

import nbformat
import pytest
from nbclient import NotebookClient

from tests.paths import ROOT


def _text(output) -> str:
    return output.get("text", "") + "".join(
        str(v) for k, v in output.get("data", {}).items() if k.startswith("text/")
    )


@pytest.mark.slow
def test_explore_notebook_runs_without_warnings():
    import matplotlib.font_manager  # noqa: F401 - builds matplotlib's font cache here, not in a cell (it logs)

    path = ROOT / "notebooks" / "explore.ipynb"
    nb = nbformat.read(path, as_version=4)
    NotebookClient(
        nb, timeout=300, kernel_name="python3", resources={"metadata": {"path": str(ROOT / "notebooks")}}
    ).execute()
    outputs = [
        (i, o) for i, cell in enumerate(nb.cells) if cell.cell_type == "code" for o in cell.get("outputs", [])
    ]
    assert not [o for _, o in outputs if o.output_type == "error"]
    noisy = [
        (i, _text(o)[:300])
        for i, o in outputs
        if (o.output_type == "stream" and o.get("name") == "stderr") or "warning" in _text(o).lower()
    ]
    assert not noisy, f"cells wrote warnings or to stderr: {noisy}"
    text = "".join(_text(o) for _, o in outputs)
    assert "who-met-whom" in text and "Олжас Бектенов" in text
    assert "<table" in text and "dataframe" in text  # tables are pandas DataFrames
    figures = [o for _, o in outputs if "image/png" in o.get("data", {})]
    assert len(figures) == 2  # who met whom, meetings per month
