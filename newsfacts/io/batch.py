"""One extraction run: read items, skip those already done, extract, write, count."""

from __future__ import annotations

import time
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from typing import TYPE_CHECKING

from newsfacts.io.writers import ResultSink
from newsfacts.models import Item

if TYPE_CHECKING:  # the io package itself never needs spaCy or an engine loaded
    from newsfacts.engines import Engine


@dataclass(frozen=True)
class RunSummary:
    """What a run did, for the closing line and the exit code."""

    records: int
    failures: int
    skipped: int
    partial: int
    seconds: float
    errors_location: str

    @property
    def read(self) -> int:
        return self.records + self.failures + self.skipped

    def line(self) -> str:
        """One line for standard error, e.g. "read 14 articles, wrote 12 records, ..."."""
        wrote = f"wrote {_count(self.records, 'record')}"
        if self.partial:
            wrote += f" ({self.partial} partial: a stage failed on them)"
        parts = [f"read {_count(self.read, 'article')}", wrote]
        failed = f"{self.failures} failed"
        if self.failures or self.partial:
            failed += f" (see {self.errors_location})"
        parts.append(failed)
        if self.skipped:
            parts.append(f"{self.skipped} skipped as already done")
        return f"newsfacts: {', '.join(parts)} in {self.seconds:.1f} s"


def run_extraction(
    items: Iterable[Item],
    output: ResultSink,
    engine: Engine,
    *,
    keep_text: bool = True,
    on_result: Callable[[], None] | None = None,
) -> RunSummary:
    """Extract every item not already in the output (--resume, or a store holding it)
    and write each result as it comes. `on_result` is called after each one written or
    skipped (a progress bar counting toward every input article)."""
    started = time.perf_counter()
    skipped = 0

    def not_done(items: Iterable[Item]) -> Iterator[Item]:
        nonlocal skipped
        for item in items:
            if output.is_done(item):
                skipped += 1
                if on_result:
                    on_result()
            else:
                yield item

    with output:
        for result in engine.pipe(not_done(items), keep_text=keep_text):
            output.write(result)
            if on_result:
                on_result()
    return RunSummary(
        records=output.records,
        failures=output.errors,
        partial=output.partial,
        skipped=skipped,
        seconds=time.perf_counter() - started,
        errors_location=output.errors_location,
    )


def interrupted_line(output: ResultSink, resume_command: str) -> str:
    """What a run stopped by Ctrl-C kept, and how to continue it, for standard error."""
    from newsfacts.io.writers import RESUMABLE_FORMATS, Output, part_path

    written = _count(output.records, "record")
    if not isinstance(output, Output):
        return (
            f"newsfacts: interrupted: the store keeps every committed transaction; "
            f"to continue, run: {resume_command}"
        )
    if output.out is None:
        return f"newsfacts: interrupted after writing {written} to standard output"
    if output.format not in RESUMABLE_FORMATS:
        return (
            f"newsfacts: interrupted after {written}; {output.format.value} output is written "
            f"only when a run ends, so nothing was kept: run the command again"
        )
    part = part_path(output.out)
    if not part.exists():
        return "newsfacts: interrupted before any record was written: run the command again"
    return (
        f"newsfacts: interrupted after writing {written} (kept in {part}); "
        f"to continue, run: {resume_command}"
    )


def _count(number: int, noun: str) -> str:
    return f"{number} {noun}" if number == 1 else f"{number} {noun}s"
