"""Records read back from what `newsfacts extract` wrote, for a notebook."""

from __future__ import annotations

from pathlib import Path

import pytest
from typer.testing import CliRunner

import newsfacts
from newsfacts.cli import app
from newsfacts.errors import UsageError
from newsfacts.models import ArticleRecord, ErrorEntry


@pytest.mark.parametrize("suffix", ["jsonl", "json"])
def test_records_read_back_every_format_with_its_errors(tmp_path: Path, suffix: str) -> None:
    (tmp_path / "a.txt").write_text("Mayor Jim Kenney said the city will spend $5 million.\n")
    (tmp_path / "b.txt").write_bytes(b"\x00\x01\x02binary")
    out = tmp_path / f"out.{suffix}"
    result = CliRunner().invoke(app, ["extract", str(tmp_path), "-o", str(out)])
    assert result.exit_code == 1, result.output
    results = newsfacts.read_records(out)
    assert [type(r) for r in results] == [ArticleRecord, ErrorEntry]
    assert results[0].id == "a" and results[1].id == "b"
    assert [r.id for r in newsfacts.read_records(out, errors=False)] == ["a"]


def test_records_read_a_file_that_is_not_records(tmp_path: Path) -> None:
    (tmp_path / "x.jsonl").write_text('{"id": "x", "text": "an article, not a record"}\n')
    with pytest.raises(UsageError, match=r"^E309"):
        newsfacts.read_records(tmp_path / "x.jsonl")
    with pytest.raises(UsageError, match=r"^E325 .*missing.jsonl does not exist"):
        newsfacts.read_records(tmp_path / "missing.jsonl")
