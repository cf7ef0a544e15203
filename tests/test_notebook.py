"""The notebook runs top to bottom on the project's own files."""

import nbformat
import pytest
from nbclient import NotebookClient

from tests.paths import ROOT


@pytest.mark.slow
def test_explore_notebook_runs():
    path = ROOT / "notebooks" / "explore.ipynb"
    nb = nbformat.read(path, as_version=4)
    NotebookClient(nb, timeout=300, kernel_name="python3", resources={"metadata": {"path": str(ROOT / "notebooks")}}).execute()
    outputs = [o for cell in nb.cells if cell.cell_type == "code" for o in cell.get("outputs", [])]
    assert not [o for o in outputs if o.output_type == "error"]
    text = "".join(o.get("text", "") for o in outputs) + "".join(str(o.get("data", {})) for o in outputs)
    assert "who-met-whom" in text and "Олжас Бектенов" in text and "<iframe" in text
