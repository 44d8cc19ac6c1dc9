"""Every failure a user can cause is one coded line with the right exit code, and its
advice is true for the format and command at hand."""

from __future__ import annotations

import json
import os
import shlex
from pathlib import Path

import pytest
from typer.testing import CliRunner

from newsfacts.cli import app
from newsfacts.io.writers import Output

runner = CliRunner()
SAMPLES = Path(__file__).resolve().parents[2] / "samples"
ARTICLES = [str(SAMPLES / name) for name in ("dev-05.txt", "dev-06.txt", "dev-07.txt")]


def one_line(stderr: str, code: str) -> str:
    """The only line of `stderr`, which starts with `code` (no traceback)."""
    (line,) = stderr.splitlines()
    assert line.startswith(code), line
    return line


def records_in(path: Path) -> list[dict[str, object]]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]


def test_cli_errors_output_inside_a_file(tmp_path: Path) -> None:
    blocker = tmp_path / "report.txt"
    blocker.write_text("not a folder")
    result = runner.invoke(app, ["extract", ARTICLES[0], "-o", str(blocker / "out.jsonl")])
    assert result.exit_code == 2
    assert "is not a folder" in one_line(result.stderr, "E321")


@pytest.mark.skipif(os.geteuid() == 0, reason="root writes into a read-only folder")
def test_cli_errors_read_only_output_folder(tmp_path: Path) -> None:
    folder = tmp_path / "locked"
    folder.mkdir()
    folder.chmod(0o500)
    try:
        result = runner.invoke(app, ["extract", ARTICLES[0], "-o", str(folder / "out.jsonl")])
    finally:
        folder.chmod(0o700)
    assert result.exit_code == 2
    assert "not writable" in one_line(result.stderr, "E321")


def test_cli_errors_output_that_fails_to_open(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A location that passes the early check but refuses the file (a read-only mount)."""

    def refuse(self: Path, *args: object, **kwargs: object) -> None:
        raise OSError(30, "Read-only file system")

    monkeypatch.setattr(Path, "mkdir", refuse)
    result = runner.invoke(app, ["extract", ARTICLES[0], "-o", str(tmp_path / "new" / "o.jsonl")])
    assert result.exit_code == 2
    assert "Read-only file system" in one_line(result.stderr, "E321")


@pytest.mark.parametrize(
    "command", ["evaluate-timex", "evaluate-quotes", "evaluate-actors", "evaluate-stances"]
)
def test_cli_errors_evaluate_a_missing_file(tmp_path: Path, command: str) -> None:
    result = runner.invoke(app, [command, str(tmp_path / "gold.jsonl")])
    assert result.exit_code == 2
    assert "No such file" in one_line(result.stderr, "E101")


@pytest.mark.parametrize("name", ["out.jsonl", "out.csv", "facts.db"])
def test_cli_errors_report_on_a_missing_output(tmp_path: Path, name: str) -> None:
    """A mistyped output name is said not to exist, with no Python error text, no advice to
    run validate, and no empty store created in its place."""
    missing = tmp_path / name
    result = runner.invoke(app, ["report", str(missing), "-o", str(tmp_path / "r.html")])
    assert result.exit_code == 2
    line = one_line(result.stderr, "E325")
    assert f"{missing} does not exist" in line and "Errno" not in line and "validate" not in line
    assert not missing.exists() and not (tmp_path / "r.html").exists()


def test_cli_errors_evaluate_a_line_that_is_not_json(tmp_path: Path) -> None:
    gold = tmp_path / "gold.jsonl"
    gold.write_text("{not json\n")
    result = runner.invoke(app, ["evaluate-actors", str(gold)])
    assert result.exit_code == 2
    assert "line 1" in one_line(result.stderr, "E104")


def test_cli_errors_input_path_that_does_not_exist(tmp_path: Path) -> None:
    missing = tmp_path / "articels"
    result = runner.invoke(app, ["extract", str(missing)])
    assert result.exit_code == 2
    assert f"{missing} does not exist" in one_line(result.stderr, "E304")


@pytest.mark.parametrize(
    ("name", "arguments", "offers_resume"),
    [
        ("out.jsonl", ["extract", ARTICLES[0]], True),
        ("out.csv", ["extract", ARTICLES[0]], False),
        ("out.json", ["extract", ARTICLES[0]], False),
        ("report.html", ["report", "records.jsonl"], False),
    ],
)
def test_cli_errors_existing_output_advice_fits_the_format(
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    name: str,
    arguments: list[str],
    offers_resume: bool,
) -> None:
    monkeypatch.chdir(tmp_path)
    Path("records.jsonl").write_text("")  # the report's input exists: only its output clashes
    existing = tmp_path / name
    existing.write_text("kept\n")
    result = runner.invoke(app, [*arguments, "-o", str(existing)])
    assert result.exit_code == 2
    line = one_line(result.stderr, "E302")
    assert "--force" in line
    assert ("--resume" in line) is offers_resume
    assert existing.read_text() == "kept\n"


def test_cli_errors_resume_with_force(tmp_path: Path) -> None:
    out = tmp_path / "out.jsonl"
    result = runner.invoke(app, ["extract", ARTICLES[0], "-o", str(out), "--resume", "--force"])
    assert result.exit_code == 2
    one_line(result.stderr, "E319")
    assert not out.exists()


def test_cli_errors_unknown_output_suffix(tmp_path: Path) -> None:
    out = tmp_path / "out.xml"
    result = runner.invoke(app, ["extract", ARTICLES[0], "-o", str(out)])
    assert result.exit_code == 2
    line = one_line(result.stderr, "E320")
    assert "'.xml'" in line and "jsonl|json|csv|parquet" in line
    assert not out.exists()
    chosen = runner.invoke(app, ["extract", ARTICLES[0], "-o", str(out), "--format", "jsonl"])
    assert chosen.exit_code == 0, chosen.stderr
    assert [r["id"] for r in records_in(out)] == ["dev-05"]


def interrupt_after(records: int, monkeypatch: pytest.MonkeyPatch) -> None:
    """Ctrl-C, as the user presses it once `records` records are written."""
    write = Output.write

    def write_then_interrupt(self: Output, result: object) -> None:
        if self.records == records:
            raise KeyboardInterrupt
        write(self, result)  # type: ignore[arg-type]

    monkeypatch.setattr(Output, "write", write_then_interrupt)


def test_cli_errors_ctrl_c_says_what_was_kept_and_how_to_resume(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    out = tmp_path / "out.jsonl"
    interrupt_after(1, monkeypatch)
    stopped = runner.invoke(app, ["extract", *ARTICLES, "-o", str(out), "--batch-size", "1"])
    assert stopped.exit_code == 130
    line = one_line(stopped.stderr, "newsfacts: interrupted")
    assert f"after writing 1 record (kept in {out}.part)" in line
    command = line.split("to continue, run: ", 1)[1]
    words = shlex.split(command)
    assert words[:2] == ["newsfacts", "extract"] and words[-1] == "--resume"
    monkeypatch.undo()
    resumed = runner.invoke(app, words[1:])
    assert resumed.exit_code == 0, resumed.stderr
    assert "1 skipped as already done" in resumed.stderr
    assert [r["id"] for r in records_in(out)] == ["dev-05", "dev-06", "dev-07"]


def test_cli_errors_ctrl_c_with_a_csv_output_says_nothing_was_kept(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    interrupt_after(1, monkeypatch)
    out = tmp_path / "out.csv"
    stopped = runner.invoke(app, ["extract", *ARTICLES, "-o", str(out)])
    assert stopped.exit_code == 130
    line = one_line(stopped.stderr, "newsfacts: interrupted")
    assert "nothing was kept" in line and "--resume" not in line
    assert not out.exists()


def test_cli_errors_resume_extracts_a_changed_article_again(tmp_path: Path) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    for source in ARTICLES[:2]:
        (folder / Path(source).name).write_text(Path(source).read_text(encoding="utf-8"))
    out = tmp_path / "out.jsonl"
    assert runner.invoke(app, ["extract", str(folder), "-o", str(out)]).exit_code == 0
    edited = folder / "dev-06.txt"
    edited.write_text(edited.read_text(encoding="utf-8") + "\nCorrection: a name was misspelt.\n")
    resumed = runner.invoke(app, ["extract", str(folder), "-o", str(out), "--resume"])
    assert resumed.exit_code == 0, resumed.stderr
    assert "1 skipped as already done" in resumed.stderr
    records = {r["id"]: r for r in records_in(out)}
    assert sorted(records) == ["dev-05", "dev-06"]  # the old record of dev-06 is gone
    assert "Correction: a name was misspelt." in str(records["dev-06"]["text"])


def test_cli_errors_show_of_a_path_that_does_not_exist(tmp_path: Path) -> None:
    missing = tmp_path / "nothere.jsonl"
    result = runner.invoke(app, ["show", str(missing)])
    assert result.exit_code == 2
    assert result.stderr.startswith("E326")
    assert "E304" not in result.stderr
    assert f"{missing} does not exist" in one_line(result.stderr, "E326")


def test_cli_errors_report_names_a_missing_input_before_an_existing_output(
    tmp_path: Path,
) -> None:
    output = tmp_path / "report.html"
    output.write_text("an earlier report")
    missing = tmp_path / "nothere.jsonl"
    result = runner.invoke(app, ["report", str(missing), "-o", str(output)])
    assert result.exit_code == 2
    assert f"{missing} does not exist" in one_line(result.stderr, "E325")
    assert output.read_text() == "an earlier report"
