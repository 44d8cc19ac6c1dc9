"""The writers: formats, formula escaping, atomic replacement, refusal and resume."""

from __future__ import annotations

import hashlib
import io
import json
from pathlib import Path
from typing import Any

import pytest

from newsfacts.errors import UsageError
from newsfacts.io.tidy_files import csv_cell
from newsfacts.io.writers import (
    Output,
    OutputFormat,
    errors_path,
    finished_record,
    part_path,
)
from newsfacts.models import Article, ArticleRecord, ErrorEntry

TEXT = "“Our budgets are reflective of our values,” said Serna."


def make_record(record_id: str, speaker: str = "Serna") -> ArticleRecord:
    """A small valid record with one actor and one quote, built without the model."""
    mention = {"start": 49, "end": 54, "text": "Serna", "sentence": 0}
    return ArticleRecord.model_validate(
        {
            "id": record_id,
            "text_sha256": hashlib.sha256(TEXT.encode()).hexdigest(),
            "extractor": {"version": "0", "model": "en_test", "model_version": "0"},
            "text": TEXT,
            "actors": [
                {"id": "a1", "name": speaker, "type": "PERSON", "salience": 1.0},
            ],
            "quotes": [
                {
                    "start": 0,
                    "end": 43,
                    "text": TEXT[:43],
                    "sentence": 0,
                    "kind": "direct",
                    "verb": "said",
                    "speaker": speaker,
                    "speaker_id": "a1",
                    "speaker_mention": mention,
                    "confidence": 0.9,
                }
            ],
        }
    )


def failure(entry_id: str) -> ErrorEntry:
    return ErrorEntry(id=entry_id, code="E102", reason="empty")


def write_all(out: Path, results: list[Any], **options: Any) -> Output:
    with Output(out, OutputFormat.from_path(out), **options) as output:
        for result in results:
            output.write(result)
    return output


def test_writers_jsonl_records_and_errors_file(tmp_path: Path) -> None:
    out = tmp_path / "out.jsonl"
    output = write_all(out, [make_record("a"), failure("b"), make_record("c")])
    assert (output.records, output.errors) == (2, 1)
    lines = out.read_text().splitlines()
    assert [ArticleRecord.model_validate_json(line).id for line in lines] == ["a", "c"]
    errors = errors_path(out).read_text().splitlines()
    assert [ErrorEntry.model_validate_json(line).id for line in errors] == ["b"]
    assert errors_path(out).name == "out.errors.jsonl"
    assert not part_path(out).exists()


def test_writers_stdout_and_stderr_without_output_file() -> None:
    stdout, stderr = io.BytesIO(), io.StringIO()
    with Output(None, stdout=stdout, stderr=stderr) as output:
        output.write(make_record("a"))
        output.write(failure("b"))
    assert json.loads(stdout.getvalue())["id"] == "a"
    assert json.loads(stderr.getvalue())["code"] == "E102"


def test_writers_json_array(tmp_path: Path) -> None:
    out = tmp_path / "out.json"
    write_all(out, [make_record("a"), make_record("b")])
    assert [record["id"] for record in json.loads(out.read_text())] == ["a", "b"]
    empty = tmp_path / "empty.json"
    write_all(empty, [])
    assert json.loads(empty.read_text()) == []


@pytest.mark.parametrize(
    ("value", "cell"),
    [
        ("=1+2", "'=1+2"),
        ("+cmd", "'+cmd"),
        ("-2+3", "'-2+3"),
        ("@SUM(A1)", "'@SUM(A1)"),
        ("-5", "-5"),
        ("-5.25", "-5.25"),
        ("plain", "plain"),
        ("'quoted", "''quoted"),
        (["Kenney", "Jim Kenney"], "Kenney|Jim Kenney"),
        (None, ""),
        (True, "true"),
        (0.5, "0.5"),
    ],
)
def test_writers_csv_cell(value: Any, cell: str) -> None:
    assert csv_cell(value) == cell


def test_writers_refuse_to_overwrite_without_force(tmp_path: Path) -> None:
    out = tmp_path / "out.jsonl"
    out.write_text("keep\n")
    with pytest.raises(UsageError, match="E302"):
        Output(out)
    assert out.read_text() == "keep\n"
    write_all(out, [make_record("a")], force=True)
    assert json.loads(out.read_text())["id"] == "a"


def test_writers_output_untouched_when_the_run_fails(tmp_path: Path) -> None:
    for name in ("out.csv", "out.json"):
        out = tmp_path / name
        out.write_text("old\n")
        with (
            pytest.raises(RuntimeError),
            Output(out, OutputFormat.from_path(out), force=True) as output,
        ):
            output.write(make_record("a"))
            raise RuntimeError("killed")
        assert out.read_text() == "old\n"
        assert not part_path(out).exists()


def test_writers_killed_jsonl_run_leaves_a_part_file_that_blocks_a_fresh_run(
    tmp_path: Path,
) -> None:
    out = tmp_path / "out.jsonl"
    with pytest.raises(KeyboardInterrupt), Output(out) as output:
        output.write(make_record("a"))
        raise KeyboardInterrupt
    assert not out.exists()
    assert part_path(out).exists()
    with pytest.raises(UsageError, match=r"E302 .*out\.jsonl\.part"):
        Output(out)


def test_writers_resume_ignores_a_half_written_line(tmp_path: Path) -> None:
    out = tmp_path / "out.jsonl"
    whole = make_record("a").model_dump_json() + "\n"
    half = make_record("b").model_dump_json()[:40]
    part_path(out).write_text(whole + half)
    with Output(out, resume=True) as output:
        assert set(output.written) == {"a"}
        output.write(make_record("b"))
    ids = [json.loads(line)["id"] for line in out.read_text().splitlines()]
    assert ids == ["a", "b"]


def test_writers_resume_continues_a_finished_output(tmp_path: Path) -> None:
    out = tmp_path / "out.jsonl"
    write_all(out, [make_record("a")])
    with Output(out, resume=True) as output:
        assert set(output.written) == {"a"}
        output.write(make_record("b"))
    assert [json.loads(line)["id"] for line in out.read_text().splitlines()] == ["a", "b"]


def test_writers_resume_only_for_jsonl_files(tmp_path: Path) -> None:
    with pytest.raises(UsageError, match="E306"):
        Output(tmp_path / "out.csv", OutputFormat.CSV, resume=True)
    with pytest.raises(UsageError, match="E306"):
        Output(None, resume=True)
    with pytest.raises(UsageError, match="E307"):
        Output(None, OutputFormat.PARQUET)


@pytest.mark.parametrize(
    ("line", "found"),
    [
        (b'{"id": "a", "x": 1}\n', ("a", None)),
        (b'{"id": "a", "text_sha256": "ab"}\n', ("a", "ab")),
        (b'{"id": "a", "x": 1}', None),
        (b'{"id": "a", "x"\n', None),
        (b'["a"]\n', None),
        (b'{"id": 5}\n', None),
    ],
)
def test_writers_finished_record(line: bytes, found: tuple[str, str | None] | None) -> None:
    assert finished_record(line) == found


def test_writers_resume_drops_the_record_of_a_changed_text(tmp_path: Path) -> None:
    """A killed run that had re-extracted a changed article left its old and new records;
    resuming keeps only the new one."""
    out = tmp_path / "out.jsonl"
    old = make_record("a").model_dump_json()
    new = json.loads(old) | {"text_sha256": hashlib.sha256(b"changed").hexdigest()}
    part_path(out).write_text(old + "\n" + json.dumps(new) + "\n")
    with Output(out, resume=True) as output:
        assert output.is_done(Article(id="a", text="changed"))
    (line,) = out.read_text().splitlines()
    assert json.loads(line)["text_sha256"] == new["text_sha256"]
