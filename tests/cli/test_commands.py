"""`newsfacts --version`, `schema`, `validate` and `show`."""

from __future__ import annotations

import json
from pathlib import Path

from typer.testing import CliRunner

from newsfacts import __version__
from newsfacts.cli import app
from newsfacts.models import ArticleRecord

runner = CliRunner()
SAMPLES = Path(__file__).resolve().parents[2] / "samples"


def test_cli_version() -> None:
    result = runner.invoke(app, ["--version"])
    assert result.exit_code == 0
    assert result.stdout.strip() == f"newsfacts {__version__}"


def test_cli_schema_is_the_record_schema() -> None:
    result = runner.invoke(app, ["schema"])
    assert result.exit_code == 0
    assert json.loads(result.stdout) == ArticleRecord.model_json_schema()


def test_cli_validate_names_the_failing_lines(tmp_path: Path, whyy_record: ArticleRecord) -> None:
    good = whyy_record.model_dump_json()
    records = tmp_path / "records.jsonl"
    records.write_text(f'{good}\n{{"id": "x"}}\n{good}\nnot json\n')
    result = runner.invoke(app, ["validate", str(records)])
    assert result.exit_code == 1
    failing = [line.split(":")[1] for line in result.stdout.splitlines()]
    assert failing == ["2", "4"]
    assert "2 of 4 records valid" in result.stderr


def test_cli_validate_missing_file(tmp_path: Path) -> None:
    result = runner.invoke(app, ["validate", str(tmp_path / "none.jsonl")])
    assert result.exit_code == 2
    assert result.stderr.startswith("E101")


def test_cli_show_an_article_file() -> None:
    result = runner.invoke(app, ["show", str(SAMPLES / "dev-05.txt")])
    assert result.exit_code == 0, result.stderr
    assert "Mayor Bloomberg Vetoes 2 NYPD Oversight Bills" in result.stdout
    assert "published 2013-07-23 (metadata)" in result.stdout
    for kind in ("actors", "dates", "quotes", "stances"):
        assert f"{kind} (" in result.stdout
    assert "amounts (" not in result.stdout  # the article names no money: no empty table
    assert "Bloomberg" in result.stdout


def test_cli_show_a_records_file(tmp_path: Path, whyy_record: ArticleRecord) -> None:
    records = tmp_path / "records.jsonl"
    records.write_text(whyy_record.model_dump_json() + "\n")
    result = runner.invoke(app, ["show", str(records)])
    assert result.exit_code == 0, result.stderr
    assert "id whyy-pars" in result.stdout
