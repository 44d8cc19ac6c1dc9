"""A run killed with SIGKILL and started again with --resume ends with exactly the records
of an uninterrupted run: no duplicate, no missing id, no half line."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

from article_files import make_corpus


def extract(folder: Path, out: Path, *extra: str) -> subprocess.Popen[bytes]:
    command = [sys.executable, "-m", "newsfacts", "extract", str(folder), "-o", str(out)]
    return subprocess.Popen([*command, "--batch-size", "1", *extra], stderr=subprocess.DEVNULL)


def lines_in(path: Path) -> int:
    return path.read_bytes().count(b"\n") if path.exists() else 0


def test_cli_killed_run_resumes_to_the_same_records(tmp_path: Path) -> None:
    folder = tmp_path / "corpus"
    total = make_corpus(folder, copies=3)
    full, resumed = tmp_path / "full.jsonl", tmp_path / "resumed.jsonl"
    assert extract(folder, full).wait(timeout=600) == 0

    run = extract(folder, resumed)
    part = resumed.with_name(resumed.name + ".part")
    deadline = time.monotonic() + 300
    while lines_in(part) < 5 and run.poll() is None and time.monotonic() < deadline:
        time.sleep(0.05)
    os.kill(run.pid, signal.SIGKILL)
    run.wait()
    assert not resumed.exists()
    assert 0 < lines_in(part) < total

    assert extract(folder, resumed, "--resume").wait(timeout=600) == 0
    expected = full.read_text().splitlines()
    got = resumed.read_text().splitlines()
    ids = [json.loads(line)["id"] for line in got]
    assert len(ids) == len(set(ids)) == total
    assert sorted(got) == sorted(expected)
    assert not part.exists()
