"""examples/quickstart.ipynb runs top to bottom in a real Python kernel, so it cannot rot,
and is committed executed, reaching only public names, so a reader on GitHub sees what it
gives."""

from __future__ import annotations

import json
import re
import sys
from pathlib import Path

import pytest

import newsfacts

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


def committed_code_cells() -> list[dict[str, object]]:
    """The code cells of the notebook as committed (read as JSON: no kernel, no nbformat)."""
    cells = json.loads(NOTEBOOK.read_text(encoding="utf-8"))["cells"]
    return [cell for cell in cells if cell["cell_type"] == "code"]


def test_render_notebook_is_committed_executed() -> None:
    cells = committed_code_cells()
    assert len(cells) > 5
    unexecuted = ["".join(cell["source"])[:60] for cell in cells if not cell["outputs"]]
    assert not unexecuted, f"run and save the notebook; cells without outputs: {unexecuted}"
    counts = [cell["execution_count"] for cell in cells]
    assert counts == list(range(1, len(cells) + 1)), "run it top to bottom in one kernel"


def test_render_notebook_reaches_only_public_names() -> None:
    code = "\n".join("".join(cell["source"]) for cell in committed_code_cells())
    assert not re.search(r"^\s*(from|import) newsfacts\.", code, re.MULTILINE)
    reached = set(re.findall(r"\bnewsfacts\.(\w+)", code))
    assert reached and reached <= {*newsfacts.__all__, "io"}, reached
