"""The tidy tables (`newsfacts.io.tidy`) as files: a folder OUT holding one file per table
(`articles.csv`, `actors.csv`, ... or `.parquet`), and records read back from it.

The folder is written as `OUT.part` and renamed to OUT when the run ends, so the tables of
one run appear together or not at all. CSV cells are text: a list of strings is joined with
`|`, a cell a spreadsheet would run as a formula gets a leading apostrophe (and so does a
text that starts with one, so that reading strips exactly one). Parquet columns are typed by
a declared schema: int64 offsets, float64 amounts, date32 days, booleans, lists of strings.
"""

from __future__ import annotations

import csv
import datetime as dt
import os
import re
import shutil
import sys
from collections.abc import Iterator
from decimal import Decimal
from pathlib import Path
from typing import IO, Any, Protocol

from newsfacts.errors import Errors, UsageError
from newsfacts.io.tidy import TABLES, Column, Row, Table, record_rows, records_from_rows
from newsfacts.models import ArticleRecord

SUFFIXES = {"csv": ".csv", "parquet": ".parquet"}
LIST_SEPARATOR = "|"
PARQUET_ROWS_PER_GROUP = 10_000
# A spreadsheet runs a cell starting with these as a formula (OWASP "CSV injection").
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
ESCAPE = "'"
PLAIN_NUMBER = re.compile(r"^[+-]?\d+(?:\.\d+)?(?:[eE][+-]?\d+)?$")
# An article's text is one cell: allow cells as long as the longest article newsfacts reads.
CSV_FIELD_LIMIT = 2**31 - 1


def import_pyarrow() -> tuple[Any, Any]:
    """pyarrow and pyarrow.parquet; raises `UsageError` E305 when the extra is missing."""
    try:
        import pyarrow
        import pyarrow.parquet
    except ImportError as error:
        raise UsageError(Errors.E305.format()) from error
    return pyarrow, pyarrow.parquet


def plain_value(column: Column, value: Any) -> Any:
    """A cell's value for a typed frame (Parquet, pandas): an exact decimal as a float."""
    if column.type == "decimal" and value is not None:
        return float(value)
    return value


def csv_cell(value: Any) -> str:
    """The text of one CSV cell. A string a spreadsheet would run as a formula, or one that
    starts with the apostrophe that marks those, gets a leading apostrophe (plain numbers
    such as -5 are left alone)."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, list):
        value = LIST_SEPARATOR.join(value)
    text = value.isoformat() if isinstance(value, dt.date) else str(value)
    starts_formula = text.startswith(FORMULA_STARTS) and not PLAIN_NUMBER.match(text)
    if starts_formula or text.startswith(ESCAPE):
        return ESCAPE + text
    return text


def csv_value(column: Column, cell: str) -> Any:
    """The value a CSV cell of `column` holds (the inverse of `csv_cell`); raises
    ValueError for a cell that is not of the column's type."""
    text = cell.removeprefix(ESCAPE)
    if column.type == "strings":
        return text.split(LIST_SEPARATOR) if text else []
    if cell == "":
        return None
    readers: dict[str, Any] = {
        "string": str,
        "int": int,
        "float": float,
        "decimal": Decimal,
        "date": dt.date.fromisoformat,
        "bool": _csv_bool,
    }
    return readers[column.type](text)


def _csv_bool(text: str) -> bool:
    if text not in ("true", "false"):
        raise ValueError(f"not true or false: {text!r}")
    return text == "true"


class TableFile(Protocol):
    """One table's file, written a record's rows at a time."""

    def write(self, rows: list[Row]) -> None: ...

    def close(self) -> None: ...


class CsvTableFile:
    """A CSV file with a header of the table's columns."""

    def __init__(self, path: Path, table: Table) -> None:
        self.table = table
        self.stream: IO[str] = path.open("w", encoding="utf-8", newline="")
        self.rows = csv.writer(self.stream)
        self.rows.writerow(table.names)

    def write(self, rows: list[Row]) -> None:
        self.rows.writerows([csv_cell(row[name]) for name in self.table.names] for row in rows)

    def close(self) -> None:
        _sync_and_close(self.stream)


class ParquetTableFile:
    """A Parquet file with the table's declared schema, written in row groups."""

    def __init__(self, path: Path, table: Table) -> None:
        pyarrow, parquet = import_pyarrow()
        self.pyarrow = pyarrow
        self.table = table
        self.schema = arrow_schema(table)
        self.stream: IO[bytes] = path.open("wb")
        self.writer = parquet.ParquetWriter(self.stream, self.schema)
        self.pending: list[Row] = []

    def write(self, rows: list[Row]) -> None:
        self.pending.extend(
            {column.name: plain_value(column, row[column.name]) for column in self.table.columns}
            for row in rows
        )
        if len(self.pending) >= PARQUET_ROWS_PER_GROUP:
            self._write_pending()

    def close(self) -> None:
        self._write_pending()
        self.writer.close()
        _sync_and_close(self.stream)

    def _write_pending(self) -> None:
        if self.pending:
            self.writer.write_table(self.pyarrow.Table.from_pylist(self.pending, self.schema))
            self.pending = []


def arrow_schema(table: Table) -> Any:
    """The declared Parquet schema of `table` (never inferred from the values)."""
    pyarrow, _ = import_pyarrow()
    types = {
        "string": pyarrow.string(),
        "int": pyarrow.int64(),
        "float": pyarrow.float64(),
        "decimal": pyarrow.float64(),
        "bool": pyarrow.bool_(),
        "date": pyarrow.date32(),
        "strings": pyarrow.list_(pyarrow.string()),
    }
    return pyarrow.schema([pyarrow.field(c.name, types[c.type]) for c in table.columns])


class TablesWriter:
    """Writes every record as the rows of the tables, one file per table in `folder`."""

    def __init__(self, folder: Path, fmt: str) -> None:
        remove(folder)  # a folder a killed run left (the output was checked before)
        folder.mkdir()
        self.folder = folder
        kind = CsvTableFile if fmt == "csv" else ParquetTableFile
        self.files: dict[str, TableFile] = {
            name: kind(folder / f"{name}{SUFFIXES[fmt]}", table) for name, table in TABLES.items()
        }

    def write(self, record: ArticleRecord) -> None:
        for name, rows in record_rows(record).items():
            self.files[name].write(rows)

    def close(self) -> None:
        for file in self.files.values():
            file.close()


def move_into_place(folder: Path, out: Path) -> None:
    """Replace `out` (a folder of tables, or a file an older newsfacts wrote) with the
    finished `folder`."""
    if out.is_dir() and not out.is_symlink():
        retired = out.with_name(out.name + ".old")
        remove(retired)
        os.replace(out, retired)
        os.replace(folder, out)
        shutil.rmtree(retired)
        return
    out.unlink(missing_ok=True)
    os.replace(folder, out)


def remove(path: Path) -> None:
    """Delete a file or a folder, if there is one."""
    if path.is_dir() and not path.is_symlink():
        shutil.rmtree(path)
    else:
        path.unlink(missing_ok=True)


def _sync_and_close(stream: IO[Any]) -> None:
    stream.flush()
    os.fsync(stream.fileno())
    stream.close()


def tables_location(path: Path) -> tuple[Path, str] | None:
    """The folder and format ("csv", "parquet") of the tables output that `path` names:
    the folder, or one of its table files; None when `path` is no such output."""
    if path.is_file() and path.stem in TABLES:
        path = path.parent
    for fmt, suffix in SUFFIXES.items():
        if (path / f"articles{suffix}").is_file():
            return path, fmt
    return None


def read_tables(folder: Path, fmt: str) -> list[ArticleRecord]:
    """The records of a tables folder that `extract --format csv|parquet` wrote. Raises
    `UsageError` E309 when a table is missing, malformed or does not make valid records."""
    try:
        rows = {name: list(_table_rows(folder, fmt, table)) for name, table in TABLES.items()}
        return records_from_rows(rows)
    except (KeyError, ValueError, csv.Error) as error:
        raise UsageError(Errors.E309.format(path=folder, detail=error)) from error


def _table_rows(folder: Path, fmt: str, table: Table) -> Iterator[Row]:
    path = folder / f"{table.name}{SUFFIXES[fmt]}"
    if fmt == "csv":
        yield from _csv_rows(path, table)
        return
    _, parquet = import_pyarrow()
    decimals = [column.name for column in table.columns if column.type == "decimal"]
    for row in parquet.read_table(path).to_pylist():
        for name in decimals:
            row[name] = exact_decimal(row[name])
        yield row


def _csv_rows(path: Path, table: Table) -> Iterator[Row]:
    csv.field_size_limit(min(CSV_FIELD_LIMIT, sys.maxsize))
    columns = {column.name: column for column in table.columns}
    with path.open(encoding="utf-8", newline="") as stream:
        for row in csv.DictReader(stream):
            yield {
                name: csv_value(columns[name], cell)
                for name, cell in row.items()
                if name in columns and cell is not None
            }


def exact_decimal(value: float | None) -> Decimal | None:
    """The decimal a float64 amount was written from: its shortest repr, without a ".0"
    (6000000.0 is 6000000)."""
    if value is None:
        return None
    return Decimal(int(value)) if value.is_integer() else Decimal(repr(value))
