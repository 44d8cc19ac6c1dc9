"""The tidy tables of `--format csv|parquet`: one table per kind of fact, typed Parquet, and
records read back equal to the JSONL ones."""

from __future__ import annotations

import csv
from pathlib import Path
from typing import Any

import pytest
from conftest import SAMPLES
from hypothesis import given
from hypothesis import strategies as st
from typer.testing import CliRunner

import newsfacts
from newsfacts.cli import app
from newsfacts.io.readers import read_articles
from newsfacts.io.tidy import ARTICLE_KEY_FIELDS, TABLES, Column, record_rows
from newsfacts.io.tidy_files import FORMULA_STARTS, PLAIN_NUMBER, csv_cell, csv_value
from newsfacts.io.writers import Output, OutputFormat, open_output
from newsfacts.models import ArticleRecord
from newsfacts.pipeline.extractor import Extractor

FORMATS = ["csv", "parquet"]
runner = CliRunner()


@pytest.fixture(scope="module")
def sample_records(extractor: Extractor) -> list[ArticleRecord]:
    """Every article in samples/, extracted by the session's pipeline."""
    results = list(extractor.pipe(read_articles([str(SAMPLES)])))
    records = [result for result in results if isinstance(result, ArticleRecord)]
    assert len(records) == len(results) > 10
    return records


def write_tables(out: Path, fmt: str, records: list[ArticleRecord]) -> Path:
    if fmt == "parquet":
        pytest.importorskip("pyarrow")
    with Output(out, OutputFormat(fmt)) as output:
        for record in records:
            output.write(record)
    return out


def hostile(record: ArticleRecord) -> ArticleRecord:
    """`record` with what a spreadsheet would run as a formula, leading apostrophes, a
    separator-free list of aliases, a warning and metadata (which tables do not hold)."""
    data: dict[str, Any] = record.model_dump()
    data["title"] = "=HYPERLINK(1)"
    data["actors"][0]["aliases"] = ["-Kenney", "'Jim'"]
    data["warnings"] = ["W003 2 unbalanced quote mark(s) ignored", "W001 no publication date"]
    data["metadata"] = {"section": "city"}
    return ArticleRecord.model_validate(data)


@pytest.mark.parametrize("fmt", FORMATS)
def test_tidy_round_trip_gives_the_records_back(
    tmp_path: Path, fmt: str, sample_records: list[ArticleRecord]
) -> None:
    records = [hostile(sample_records[0]), *sample_records[1:]]
    out = write_tables(tmp_path / f"facts.{fmt}", fmt, records)
    back = newsfacts.read_records(out)
    expected = [record.model_copy(update={"metadata": {}}) for record in records]
    assert back == expected
    assert [r.model_dump_json() for r in back] == [r.model_dump_json() for r in expected]
    assert newsfacts.read_records(out / f"quotes.{fmt}") == expected  # one of its files


def test_tidy_csv_neutralises_formulas_and_joins_lists(
    tmp_path: Path, sample_records: list[ArticleRecord]
) -> None:
    out = write_tables(tmp_path / "facts.csv", "csv", [hostile(sample_records[0])])
    with (out / "actors.csv").open(encoding="utf-8", newline="") as stream:
        first = next(csv.DictReader(stream))
    assert first["article_title"] == "'=HYPERLINK(1)"
    assert first["aliases"] == "'-Kenney|'Jim'"
    assert "{" not in (out / "stances.csv").read_text(encoding="utf-8")


def test_tidy_every_row_has_its_tables_columns(sample_records: list[ArticleRecord]) -> None:
    record = sample_records[0]
    rows = record_rows(record)
    assert set(rows) == set(TABLES)
    for name, table in TABLES.items():
        assert len(set(table.names)) == len(table.names), name
        assert table.names[:4] == list(ARTICLE_KEY_FIELDS), name
        assert all(list(row) == table.names for row in rows[name]), name
        assert all(row["article_title"] == record.title for row in rows[name]), name
    assert len(rows["mentions"]) == sum(len(actor.mentions) for actor in record.actors)
    assert "actor_title" in TABLES["actors"].names and "title" not in TABLES["actors"].names


def test_tidy_parquet_schema_is_typed_even_without_rows(tmp_path: Path) -> None:
    parquet = pytest.importorskip("pyarrow.parquet")
    pyarrow = pytest.importorskip("pyarrow")
    out = write_tables(tmp_path / "empty.parquet", "parquet", [])
    schema = {name: parquet.read_schema(out / f"{name}.parquet") for name in TABLES}
    expected = {
        ("articles", "article_published"): pyarrow.date32(),
        ("articles", "warnings"): pyarrow.list_(pyarrow.string()),
        ("actors", "aliases"): pyarrow.list_(pyarrow.string()),
        ("actors", "salience"): pyarrow.float64(),
        ("mentions", "start"): pyarrow.int64(),
        ("amounts", "value"): pyarrow.float64(),
        ("amounts", "value_max"): pyarrow.float64(),
        ("amounts", "approximate"): pyarrow.bool_(),
        ("amounts", "end"): pyarrow.int64(),
        ("quotes", "speaker_mention_start"): pyarrow.int64(),
        ("quotes", "confidence"): pyarrow.float64(),
        ("stance_evidence", "sentence"): pyarrow.int64(),
        ("dates", "article_published"): pyarrow.date32(),
    }
    for (table, column), kind in expected.items():
        assert schema[table].field(column).type == kind, (table, column)


def test_tidy_parquet_values_are_numbers(
    tmp_path: Path, sample_records: list[ArticleRecord]
) -> None:
    parquet = pytest.importorskip("pyarrow.parquet")
    out = write_tables(tmp_path / "facts.parquet", "parquet", sample_records)
    amounts = parquet.read_table(out / "amounts.parquet").to_pylist()
    expected = [float(a.value) for r in sample_records for a in r.amounts]
    assert [row["value"] for row in amounts] == expected and expected
    articles = parquet.read_table(out / "articles.parquet").to_pylist()
    assert [row["article_published"] for row in articles] == [r.published for r in sample_records]


def test_tidy_a_broken_table_is_one_coded_error(
    tmp_path: Path, sample_records: list[ArticleRecord]
) -> None:
    out = write_tables(tmp_path / "facts.csv", "csv", sample_records[:1])
    (out / "mentions.csv").write_text("article_id,start\nnowhere,x\n", encoding="utf-8")
    result = runner.invoke(app, ["validate", str(out)])
    assert result.exit_code == 1
    assert result.stdout.startswith(f"{out}:tables: cannot read records from")
    assert result.stderr.strip() == "0 of 0 records valid"
    with pytest.raises(newsfacts.errors.UsageError, match=r"^E309"):
        newsfacts.read_records(out)


@pytest.fixture(params=FORMATS)
def tables_output(
    request: pytest.FixtureRequest, tmp_path: Path, sample_records: list[ArticleRecord]
) -> tuple[Path, list[ArticleRecord]]:
    """A CSV or Parquet output of three sample records."""
    records = sample_records[:3]
    out = write_tables(tmp_path / f"facts.{request.param}", request.param, records)
    return out, records


def test_tidy_validate_reads_tables(tables_output: tuple[Path, list[ArticleRecord]]) -> None:
    out, records = tables_output
    result = runner.invoke(app, ["validate", str(out)])
    assert result.exit_code == 0, result.output
    assert result.stderr.strip() == f"{len(records)} of {len(records)} records valid"


def test_tidy_show_reads_tables(tables_output: tuple[Path, list[ArticleRecord]]) -> None:
    out, records = tables_output
    result = runner.invoke(app, ["show", str(out)])
    assert result.exit_code == 0, result.output
    assert f"id {records[0].id}" in result.stdout
    assert str(records[0].title) in result.stdout


def test_tidy_report_reads_tables(
    tables_output: tuple[Path, list[ArticleRecord]], tmp_path: Path
) -> None:
    out, records = tables_output
    page = tmp_path / "report.html"
    result = runner.invoke(app, ["report", str(out), "-o", str(page)])
    assert result.exit_code == 0, result.output
    html = page.read_text(encoding="utf-8")
    assert all(f'id="article-{n}"' in html for n in range(1, len(records) + 1))
    assert all(str(record.title) in html for record in records)


@pytest.mark.parametrize("fmt", FORMATS)
def test_tidy_export_of_a_store_reads_back_as_the_store(
    tmp_path: Path, fmt: str, sample_records: list[ArticleRecord]
) -> None:
    if fmt == "parquet":
        pytest.importorskip("pyarrow")
    store = tmp_path / "facts.db"
    with open_output(str(store)) as sink:
        for record in sample_records[:3]:
            sink.write(record)
    out = tmp_path / f"exported.{fmt}"
    result = runner.invoke(app, ["export", str(store), "-o", str(out)])
    assert result.exit_code == 0, result.output
    assert newsfacts.read_records(out) == newsfacts.read_records(store)


@given(st.text(min_size=1))
def test_tidy_csv_cell_reads_back_as_written(text: str) -> None:
    column = Column("text", "string")
    assert csv_value(column, csv_cell(text)) == text
    cell = csv_cell(text)
    assert not cell.startswith(FORMULA_STARTS) or PLAIN_NUMBER.match(cell)
