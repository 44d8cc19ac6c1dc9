"""A run into a store killed with SIGKILL leaves a consistent store, and running again
with --resume ends with exactly the rows of an uninterrupted run."""

from __future__ import annotations

import os
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

from article_files import make_corpus
from store_targets import row_counts

from newsfacts.engines import choose_engine
from newsfacts.errors import UsageError
from newsfacts.io.batch import run_extraction
from newsfacts.io.readers import read_articles
from newsfacts.io.writers import open_output
from newsfacts.pipeline.extractor import Extractor


def extract(folder: Path, target: str, *extra: str) -> subprocess.Popen[bytes]:
    command = [sys.executable, "-m", "newsfacts", "extract", str(folder), "-o", target]
    options = ["--batch-size", "1", "--commit-every", "2", *extra]
    return subprocess.Popen([*command, *options], stderr=subprocess.DEVNULL)


def stored_articles(target: str) -> int:
    try:
        return row_counts(target)["articles"]
    except NOT_YET_STORED:  # the store or its schema is not there yet: nothing stored
        return 0


def _not_yet_stored() -> tuple[type[BaseException], ...]:
    """What reading a store raises before the run has made it: no file, no table yet."""
    try:
        import psycopg
    except ImportError:
        return (sqlite3.Error, UsageError)
    return (sqlite3.Error, UsageError, psycopg.Error)


NOT_YET_STORED = _not_yet_stored()


def without_runs(counts: dict[str, int]) -> dict[str, int]:
    return {table: count for table, count in counts.items() if table != "runs"}


def test_a_killed_run_resumes_to_the_rows_of_an_uninterrupted_run(
    tmp_path: Path, store_target: str, extractor: Extractor
) -> None:
    folder = tmp_path / "corpus"
    total = make_corpus(folder, copies=1)
    full = str(tmp_path / "full.db")
    engine = choose_engine("local", extractor)
    run_extraction(read_articles([str(folder)]), open_output(full, inputs=[str(folder)]), engine)

    run = extract(folder, store_target)
    deadline = time.monotonic() + 300
    while stored_articles(store_target) < 3 and run.poll() is None:
        assert time.monotonic() < deadline
        time.sleep(0.1)
    os.kill(run.pid, signal.SIGKILL)
    run.wait()
    assert 0 < stored_articles(store_target) < total
    if not store_target.startswith("postgresql://"):
        with sqlite3.connect(store_target) as connection:
            assert connection.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
            assert connection.execute("PRAGMA foreign_key_check").fetchall() == []

    assert extract(folder, store_target, "--resume").wait(timeout=600) == 0
    assert without_runs(row_counts(store_target)) == without_runs(row_counts(full))
    assert row_counts(full)["articles"] == total
