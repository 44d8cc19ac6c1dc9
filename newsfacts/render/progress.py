"""The progress display of `newsfacts extract` on a terminal: a bar toward the number of
input articles, the share done, articles per second and the time left."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager

from rich.console import Console
from rich.progress import (
    BarColumn,
    MofNCompleteColumn,
    Progress,
    ProgressColumn,
    SpinnerColumn,
    Task,
    TaskID,
    TaskProgressColumn,
    TextColumn,
    TimeRemainingColumn,
)
from rich.text import Text

DESCRIPTION = "extract"


class RateColumn(ProgressColumn):
    """Articles per second so far."""

    def render(self, task: Task) -> Text:
        elapsed = task.elapsed or 0.0
        rate = task.completed / elapsed if elapsed else 0.0
        return Text(f"{rate:.1f} articles/s")


def progress_columns(total: int | None) -> list[ProgressColumn]:
    """The columns to show: with a known `total`, a bar, the percentage, done of total,
    the rate and the time left; without one (standard input), a spinner, the count and
    the rate."""
    if total is None:
        return [SpinnerColumn(), TextColumn("{task.completed} articles"), RateColumn()]
    return [
        TextColumn("{task.description}"),
        BarColumn(),
        TaskProgressColumn(),
        MofNCompleteColumn(),
        RateColumn(),
        TimeRemainingColumn(),
    ]


def build_progress(total: int | None, console: Console) -> tuple[Progress, TaskID]:
    """A transient `Progress` on `console` with one task toward `total` articles, and that
    task's id."""
    progress = Progress(*progress_columns(total), console=console, transient=True)
    return progress, progress.add_task(DESCRIPTION, total=total)


@contextmanager
def extraction_progress(
    total: int | None, *, enabled: bool, console: Console | None = None
) -> Iterator[Callable[[], None] | None]:
    """A progress display on standard error while the block runs, yielding the function
    that counts one article done; yields None (and shows nothing) when not `enabled`,
    e.g. when standard error is piped to a file."""
    if not enabled:
        yield None
        return
    progress, task = build_progress(total, console or Console(stderr=True))
    with progress:
        yield lambda: progress.advance(task)
