"""The README's Python for a library user (its "Library" and "In a notebook" sections) runs
as written, top to bottom in one namespace, as a notebook would run it."""

from __future__ import annotations

import re
import shlex
from pathlib import Path

import pytest
from typer.testing import CliRunner

from newsfacts.cli import app

ROOT = Path(__file__).resolve().parents[1]
README = ROOT / "README.md"
SECTIONS = ("Library", "In a notebook")
PYTHON_BLOCK = re.compile(r"^```python\n(.*?)^```", re.MULTILINE | re.DOTALL)
BASH_BLOCK = re.compile(r"^```bash\n(.*?)^```", re.MULTILINE | re.DOTALL)
# Blocks that need what a test cannot give: a Dask cluster's client, four processes, a
# user's own rule file. Each is named by a line it holds.
NEEDS_ELSEWHERE = (
    "DaskEngine(client=client)",
    'config={"rules": "house-boilerplate.json"}',
)


def readme_blocks(section: str, block: re.Pattern[str] = PYTHON_BLOCK) -> list[str]:
    """The code blocks (python unless `block` says) of the README section `## {section}`."""
    text = README.read_text(encoding="utf-8")
    body = text.split(f"\n## {section}\n", 1)[1].split("\n## ", 1)[0]
    return block.findall(body)


def shell_commands(section: str) -> list[list[str]]:
    """The commands of the section's first bash block, one per line or per `&&`, as words;
    the quickstart's `.venv/bin/` prefix dropped, its virtualenv and install left out (the
    test runs in the environment under test)."""
    commands = []
    for part in re.split(r"&&|\n", readme_blocks(section, BASH_BLOCK)[0]):
        words = shlex.split(part.strip().removeprefix(".venv/bin/"), comments=True)
        if words[:1] == ["newsfacts"] or words[:2] == ["python3", "-c"]:
            commands.append(words)
    return commands


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
    assert 'class="newsfacts-record"' in str(namespace["html"])
    frames = namespace["frames"]
    assert isinstance(frames, dict)
    assert len(frames["articles"]) == 2  # read back from samples.jsonl
    assert (tmp_path / "report.html").read_text(encoding="utf-8").startswith("<!DOCTYPE html>")


def test_readme_quickstart_and_tables_commands_run_as_written(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """The quickstart's extract and show, then the Tables section's Parquet run and the
    pandas line that reads it: what a new user types first."""
    pytest.importorskip("pyarrow", reason="the Tables section writes Parquet")
    pytest.importorskip("pandas", reason="the Tables section reads Parquet with pandas")
    (tmp_path / "samples").symlink_to(ROOT / "samples")
    monkeypatch.chdir(tmp_path)
    commands = shell_commands("Quickstart") + shell_commands("Tables (CSV and Parquet)")
    assert [words[:2] for words in commands] == [
        ["newsfacts", "extract"],
        ["newsfacts", "show"],
        ["newsfacts", "extract"],
        ["python3", "-c"],
    ]
    outputs = []
    for program, *arguments in commands:
        if program == "python3":
            exec(compile(arguments[1], "README.md (Tables)", "exec"), {})
            outputs.append(capsys.readouterr().out)
            continue
        result = CliRunner().invoke(app, arguments)
        assert result.exit_code == 0, (arguments, result.output)
        outputs.append(result.stdout)
    assert outputs[1].startswith("Court rules Bakersfield")  # the first record, dev-01
    assert "article_id" in outputs[3] and "dev-01" in outputs[3]
    assert (tmp_path / "facts.parquet" / "quotes.parquet").is_file()
