"""The README's Python for a library user (its "Library" and "In a notebook" sections) runs
as written, top to bottom in one namespace, as a notebook would run it."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from typer.testing import CliRunner

from newsfacts.cli import app

ROOT = Path(__file__).resolve().parents[1]
README = ROOT / "README.md"
SECTIONS = ("Library", "In a notebook")
PYTHON_BLOCK = re.compile(r"^```python\n(.*?)^```", re.MULTILINE | re.DOTALL)
# Blocks that need what a test cannot give: a Dask cluster's client, four processes, a
# user's own rule file. Each is named by a line it holds.
NEEDS_ELSEWHERE = (
    "DaskEngine(client=client)",
    'config={"rules": "house-boilerplate.json"}',
)


def readme_blocks(section: str) -> list[str]:
    """The python code blocks of the README section headed `## {section}`."""
    text = README.read_text(encoding="utf-8")
    body = text.split(f"\n## {section}\n", 1)[1].split("\n## ", 1)[0]
    return PYTHON_BLOCK.findall(body)


def test_readme_sections_have_python_blocks() -> None:
    for section in SECTIONS:
        assert readme_blocks(section), section


def test_readme_library_and_notebook_code_runs_as_written(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    pytest.importorskip("pandas", reason="the notebook section uses to_dataframes")
    (tmp_path / "samples").symlink_to(ROOT / "samples")
    monkeypatch.chdir(tmp_path)
    # what the quickstart's command leaves for the notebook section to read back
    inputs = ["samples/whyy-pars.txt", "samples/dev-01.txt"]
    written = CliRunner().invoke(app, ["extract", *inputs, "-o", "samples.jsonl"])
    assert written.exit_code == 0, written.output
    namespace: dict[str, object] = {}
    ran = 0
    for section in SECTIONS:
        for block in readme_blocks(section):
            if any(marker in block for marker in NEEDS_ELSEWHERE):
                continue
            exec(compile(block, f"README.md ({section})", "exec"), namespace)
            ran += 1
    assert ran >= 5
    results = namespace["results"]
    assert isinstance(results, list) and [type(r).__name__ for r in results] == [
        "ArticleRecord",
        "ArticleRecord",
        "ErrorEntry",
    ]
    assert results[0].title == "Council backs housing plan"
    frames = namespace["frames"]
    assert isinstance(frames, dict)
    assert len(frames["articles"]) == 2  # read back from samples.jsonl
    assert (tmp_path / "report.html").read_text(encoding="utf-8").startswith("<!DOCTYPE html>")
