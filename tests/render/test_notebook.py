"""examples/quickstart.ipynb runs top to bottom in a real Python kernel, so it cannot rot."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

nbclient = pytest.importorskip("nbclient", reason="the notebook test needs the test extra")
nbformat = pytest.importorskip("nbformat", reason="the notebook test needs the test extra")

ROOT = Path(__file__).resolve().parents[2]
NOTEBOOK = ROOT / "examples" / "quickstart.ipynb"
CELL_TIMEOUT = 300


def test_render_notebook_quickstart_runs_top_to_bottom(monkeypatch: pytest.MonkeyPatch) -> None:
    # This environment's kernel spec first, before any in the user's home: the kernel must
    # run the Python (and the newsfacts) under test.
    monkeypatch.setenv("JUPYTER_PATH", str(Path(sys.prefix) / "share" / "jupyter"))
    notebook = nbformat.read(NOTEBOOK, as_version=4)
    client = nbclient.NotebookClient(
        notebook,
        timeout=CELL_TIMEOUT,
        kernel_name="python3",
        resources={"metadata": {"path": str(ROOT)}},
    )
    client.execute()  # raises CellExecutionError, with the cell and traceback, on failure
    outputs = [out for cell in notebook.cells for out in cell.get("outputs", [])]
    html = [out["data"]["text/html"] for out in outputs if "text/html" in out.get("data", {})]
    assert any('class="newsfacts-record"' in part for part in html)
    assert any("<svg" in part for part in html)
