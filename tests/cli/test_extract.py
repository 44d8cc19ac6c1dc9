"""`newsfacts extract` end to end, with the real model (loaded once per test process)."""

from __future__ import annotations

import csv
import json
from pathlib import Path

import pytest
from article_files import LEAD, MIXED_EXPECTED, PLAIN, TITLE, write_mixed_folder
from typer.testing import CliRunner

from newsfacts.cli import app
from newsfacts.io.tidy import TABLES

runner = CliRunner()


def ids_in(path: Path) -> list[str]:
    return [json.loads(line)["id"] for line in path.read_text().splitlines()]


@pytest.fixture
def two_articles(tmp_path: Path) -> Path:
    folder = tmp_path / "two"
    folder.mkdir()
    (folder / "one.txt").write_text(f"{TITLE}\n\n{LEAD}\n")
    (folder / "two.txt").write_text(f"{PLAIN}\n")
    return folder


def test_cli_extract_mixed_folder_accounts_for_every_input(tmp_path: Path) -> None:
    folder = write_mixed_folder(tmp_path / "in")
    out = tmp_path / "out.jsonl"
    result = runner.invoke(
        app, ["extract", str(folder), "-o", str(out), "--published", "2020-01-10"]
    )
    assert result.exit_code == 1, result.stderr
    assert result.stdout == ""
    good = sorted(item for item, code in MIXED_EXPECTED.items() if code is None)
    failed = {item: code for item, code in MIXED_EXPECTED.items() if code}
    assert sorted(ids_in(out)) == good
    errors = [json.loads(line) for line in (tmp_path / "out.errors.jsonl").read_text().splitlines()]
    assert {entry["id"]: entry["code"] for entry in errors} == failed
    summary = result.stderr.strip()
    assert f"read {len(MIXED_EXPECTED)} articles" in summary
    assert f"wrote {len(good)} records" in summary
    assert f"{len(failed)} failed" in summary
    validated = runner.invoke(app, ["validate", str(out)])
    assert validated.exit_code == 0, validated.stdout


def test_cli_extract_to_stdout(two_articles: Path) -> None:
    result = runner.invoke(app, ["extract", str(two_articles / "one.txt"), "--no-text"])
    assert result.exit_code == 0, result.stderr
    (line,) = result.stdout.splitlines()
    record = json.loads(line)
    assert record["id"] == "one" and record["title"] == TITLE and record["text"] is None
    assert result.stderr.startswith("newsfacts: read 1 article,")


def test_cli_extract_refuses_to_overwrite_then_resumes_and_forces(
    two_articles: Path, tmp_path: Path
) -> None:
    out = tmp_path / "out.jsonl"
    first = runner.invoke(app, ["extract", str(two_articles / "one.txt"), "-o", str(out)])
    assert first.exit_code == 0, first.stderr
    before = out.read_text()

    refused = runner.invoke(app, ["extract", str(two_articles), "-o", str(out)])
    assert refused.exit_code == 2
    assert refused.stderr.strip().startswith("E302") and len(refused.stderr.splitlines()) == 1
    assert out.read_text() == before

    resumed = runner.invoke(app, ["extract", str(two_articles), "-o", str(out), "--resume"])
    assert resumed.exit_code == 0, resumed.stderr
    assert "1 skipped" in resumed.stderr
    assert ids_in(out) == ["one", "two"]
    assert out.read_text().startswith(before)

    forced = runner.invoke(
        app, ["extract", str(two_articles / "two.txt"), "-o", str(out), "--force"]
    )
    assert forced.exit_code == 0, forced.stderr
    assert ids_in(out) == ["two"]


def test_cli_extract_csv_and_parquet_write_a_folder_of_tables(
    two_articles: Path, tmp_path: Path
) -> None:
    csv_out = tmp_path / "facts.csv"
    result = runner.invoke(app, ["extract", str(two_articles), "-o", str(csv_out)])
    assert result.exit_code == 0, result.stderr
    assert sorted(path.name for path in csv_out.iterdir()) == sorted(
        f"{name}.csv" for name in TABLES
    )
    header = (csv_out / "quotes.csv").read_text().splitlines()[0]
    assert header.startswith("article_id,article_title,article_published,article_url,")
    pytest.importorskip("pyarrow")
    parquet_out = tmp_path / "facts.parquet"
    result = runner.invoke(app, ["extract", str(two_articles), "-o", str(parquet_out)])
    assert result.exit_code == 0, result.stderr
    assert (parquet_out / "actors.parquet").read_bytes().startswith(b"PAR1")
    assert not (tmp_path / "facts.parquet.part").exists()


def test_cli_extract_tables_refused_resumed_and_forced(two_articles: Path, tmp_path: Path) -> None:
    out = tmp_path / "facts.csv"
    first = runner.invoke(app, ["extract", str(two_articles / "one.txt"), "-o", str(out)])
    assert first.exit_code == 0, first.stderr
    refused = runner.invoke(app, ["extract", str(two_articles), "-o", str(out)])
    assert refused.exit_code == 2 and refused.stderr.startswith("E302")
    resumed = runner.invoke(app, ["extract", str(two_articles), "-o", str(out), "--resume"])
    assert resumed.exit_code == 2 and resumed.stderr.startswith("E306")
    forced = runner.invoke(app, ["extract", str(two_articles), "-o", str(out), "--force"])
    assert forced.exit_code == 0, forced.stderr
    with (out / "articles.csv").open(encoding="utf-8", newline="") as stream:
        assert [row["article_id"] for row in csv.DictReader(stream)] == ["one", "two"]
    assert sorted(path.name for path in tmp_path.iterdir()) == ["facts.csv", "two"]


@pytest.mark.parametrize(
    ("arguments", "code"),
    [
        (["--published", "2020-02-30"], "E303"),
        (["--published", "yesterday"], "E303"),
        (["--model", "no_such_model_installed"], "E301"),
        (["--resume"], "E306"),
        (["--format", "parquet"], "E307"),
        (["--format", "csv"], "E307"),
    ],
)
def test_cli_extract_usage_errors_are_one_line(
    two_articles: Path, arguments: list[str], code: str
) -> None:
    result = runner.invoke(app, ["extract", str(two_articles), *arguments])
    assert result.exit_code == 2
    assert result.stdout == ""
    (line,) = result.stderr.splitlines()
    assert line.startswith(code)


def test_cli_extract_no_inputs(tmp_path: Path) -> None:
    result = runner.invoke(app, ["extract", str(tmp_path / "nothing-*.txt")])
    assert result.exit_code == 2
    assert result.stderr.startswith("E304")
