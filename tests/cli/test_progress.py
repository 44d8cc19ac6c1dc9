"""Progress on a terminal: a bar toward the number of input articles, the percentage,
articles per second and the time left; nothing when standard error is piped."""

from __future__ import annotations

import io
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest
from rich.console import Console
from rich.progress import (
    BarColumn,
    MofNCompleteColumn,
    SpinnerColumn,
    TaskProgressColumn,
    TimeRemainingColumn,
)
from typer.testing import CliRunner

from newsfacts.cli import app
from newsfacts.io.counting import count_articles
from newsfacts.render import progress
from newsfacts.render.progress import RateColumn, build_progress, progress_columns

runner = CliRunner()
SAMPLES = Path(__file__).resolve().parents[2] / "samples"


def kinds(columns: list[object]) -> list[type]:
    return [type(column) for column in columns]


def test_progress_columns_with_a_total() -> None:
    assert kinds(progress_columns(12)) == [
        progress.TextColumn,
        BarColumn,
        TaskProgressColumn,
        MofNCompleteColumn,
        RateColumn,
        TimeRemainingColumn,
    ]


def test_progress_columns_without_a_total_count_and_rate() -> None:
    assert kinds(progress_columns(None)) == [SpinnerColumn, progress.TextColumn, RateColumn]


def test_progress_task_has_the_total() -> None:
    console = Console(file=io.StringIO(), force_terminal=True)
    bar, task = build_progress(12, console)
    assert bar.tasks[0].id == task and bar.tasks[0].total == 12


def test_progress_counts_articles_before_reading_them(tmp_path: Path) -> None:
    (tmp_path / "lines.jsonl").write_text('{"text": "a"}\n\n{"text": "b"}\n{"text": "c"}\n')
    (tmp_path / "one.txt").write_text("One article.\n")
    (tmp_path / "notes.md").write_text("not an article\n")
    assert count_articles([str(tmp_path)]) == 4
    assert count_articles([str(tmp_path / "one.txt"), str(tmp_path / "missing.txt")]) == 2
    assert count_articles([str(tmp_path), "-"]) is None


@pytest.fixture
def shown(monkeypatch: pytest.MonkeyPatch) -> dict[str, object]:
    """What `extract` asked the progress display for, and how often it advanced it."""
    asked: dict[str, object] = {"advanced": 0}

    @contextmanager
    def recording(total: int | None, *, enabled: bool) -> Iterator[Callable[[], None]]:
        asked.update(total=total, enabled=enabled)

        def advance() -> None:
            asked["advanced"] = int(str(asked["advanced"])) + 1

        yield advance

    monkeypatch.setattr(progress, "extraction_progress", recording)
    return asked


def test_progress_extract_counts_toward_every_input(
    tmp_path: Path, shown: dict[str, object]
) -> None:
    inputs = [str(SAMPLES / "dev-05.txt"), str(SAMPLES / "dev-06.txt")]
    out = tmp_path / "out.jsonl"
    result = runner.invoke(app, ["extract", inputs[0], "-o", str(out)])
    assert result.exit_code == 0, result.stderr
    shown["advanced"] = 0
    resumed = runner.invoke(app, ["extract", *inputs, "-o", str(out), "--resume"])
    assert resumed.exit_code == 0, resumed.stderr
    assert shown == {"total": 2, "enabled": False, "advanced": 2}  # one skipped, one written


def test_progress_is_quiet_when_stderr_is_piped(tmp_path: Path) -> None:
    result = runner.invoke(
        app, ["extract", str(SAMPLES / "dev-05.txt"), "-o", str(tmp_path / "o.jsonl")]
    )
    assert result.exit_code == 0, result.stderr
    (line,) = result.stderr.splitlines()
    assert line.startswith("newsfacts: read 1 article")
