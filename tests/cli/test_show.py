"""`newsfacts show`: article text printed as it is (never read as markup), one record of a
records file chosen by --id or --index, empty sections left out, a pager only on a
terminal."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from rich.pager import SystemPager
from typer.testing import CliRunner

from newsfacts.cli import app
from newsfacts.models import ArticleRecord
from newsfacts.pipeline.extractor import Extractor

runner = CliRunner()
WIDE = {"COLUMNS": "300"}  # no cell wraps, so each string can be found whole
# Brackets are how journalists mark an editorial insertion; angle brackets and rich tags
# are text like any other. None may be read as markup.
BRACKETED_TITLE = "Council [sic] backs <i>housing</i> plan"
BRACKETED_QUOTE = "The vote of [the non-renewal] is a step <b>x</b> for [bold]y[/bold] tenants"
BRACKETED_ARTICLE = f"""{BRACKETED_TITLE}

The city council approved the housing plan on Tuesday.

"{BRACKETED_QUOTE}," said Mayor Jim Kenney.

Kenney said the plan would cost $5 million [bold]over[/bold] two years.
"""
LITERAL = (
    BRACKETED_TITLE,
    BRACKETED_QUOTE,
    "[the non-renewal]",
    "<b>x</b>",
    "[bold]y[/bold]",
    "[bold]over[/bold]",
)


@pytest.fixture(scope="module")
def bracketed_record(extractor: Extractor) -> ArticleRecord:
    return extractor.extract(BRACKETED_ARTICLE, id="bracketed")


@pytest.fixture
def records_file(
    tmp_path: Path, whyy_record: ArticleRecord, bracketed_record: ArticleRecord
) -> Path:
    path = tmp_path / "records.jsonl"
    lines = [whyy_record.model_dump_json(), bracketed_record.model_dump_json()]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def test_cli_show_prints_article_text_literally(tmp_path: Path) -> None:
    article = tmp_path / "bracketed.txt"
    article.write_text(BRACKETED_ARTICLE, encoding="utf-8")
    result = runner.invoke(app, ["show", str(article)], env=WIDE)
    assert result.exit_code == 0, result.stderr
    for text in LITERAL:
        assert text in result.stdout


def test_cli_show_a_record_by_id_and_by_index(records_file: Path) -> None:
    by_id = runner.invoke(app, ["show", str(records_file), "--id", "bracketed"], env=WIDE)
    assert by_id.exit_code == 0, by_id.stderr
    assert "id bracketed" in by_id.stdout
    for text in LITERAL:
        assert text in by_id.stdout
    assert "stances (" not in by_id.stdout  # no stance in it: no empty table
    assert "quotes (" in by_id.stdout
    by_index = runner.invoke(app, ["show", str(records_file), "--index", "2"], env=WIDE)
    assert by_index.stdout == by_id.stdout
    first = runner.invoke(app, ["show", str(records_file)], env=WIDE)
    assert "id whyy-pars" in first.stdout


def test_cli_show_reads_a_json_records_file(
    tmp_path: Path, whyy_record: ArticleRecord, bracketed_record: ArticleRecord
) -> None:
    path = tmp_path / "records.json"
    records = [json.loads(r.model_dump_json()) for r in (whyy_record, bracketed_record)]
    path.write_text(json.dumps(records), encoding="utf-8")
    result = runner.invoke(app, ["show", str(path), "--id", "bracketed"], env=WIDE)
    assert result.exit_code == 0, result.stderr
    assert "[the non-renewal]" in result.stdout


@pytest.mark.parametrize(
    ("arguments", "code", "says"),
    [
        (["--id", "nobody"], "E322", "no record with id 'nobody'"),
        (["--index", "3"], "E322", "no record number 3"),
        (["--index", "0"], "E322", "no record number 0"),
        (["--id", "bracketed", "--index", "1"], "E323", "--id and --index"),
    ],
)
def test_cli_show_an_unknown_record_is_a_usage_error(
    records_file: Path, arguments: list[str], code: str, says: str
) -> None:
    result = runner.invoke(app, ["show", str(records_file), *arguments])
    assert result.exit_code == 2
    assert result.stdout == ""
    (line,) = result.stderr.splitlines()
    assert line.startswith(code) and says in line


def test_cli_show_never_pages_when_piped(
    records_file: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    paged: list[str] = []
    monkeypatch.setattr(SystemPager, "show", lambda self, content: paged.append(content))
    result = runner.invoke(app, ["show", str(records_file)], env={"LINES": "5"})
    assert result.exit_code == 0, result.stderr
    assert paged == []
    assert "actors (" in result.stdout
