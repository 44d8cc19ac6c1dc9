"""Read back what newsfacts wrote: records from a JSONL or JSON file or a store, and the
lines that fail."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

from pydantic import TypeAdapter, ValidationError

from newsfacts.errors import Errors, UsageError
from newsfacts.io.tidy_files import read_tables, tables_location
from newsfacts.io.writers import Output, OutputFormat, errors_path, part_path
from newsfacts.models import ArticleRecord, ErrorEntry


def invalid_lines(path: Path) -> Iterator[tuple[int, str]]:
    """(line number, reason) for each non-blank line of a records JSONL file that is not a
    valid `ArticleRecord`. Raises OSError when the file cannot be read."""
    with path.open("rb") as lines:
        for number, line in enumerate(lines, 1):
            if line.strip():
                reason = _why_invalid(line)
                if reason is not None:
                    yield number, reason


def invalid_records(path: Path) -> tuple[int, list[tuple[str, str]]]:
    """How many records an output holds, and (where, reason) for each one that is not a
    valid `ArticleRecord`: a JSONL file line by line (where: the line number), a JSON array
    item by item (`[3]`), a folder of CSV or Parquet tables as a whole (`tables`: then the
    count is 0). Raises OSError when the file cannot be read."""
    tables = tables_location(path)
    if tables is not None:
        try:
            return len(read_tables(*tables)), []
        except UsageError as error:
            return 0, [("tables", str(error).removeprefix("E309 "))]
    if path.suffix.lower() == ".json":
        return _invalid_items(path)
    return count_records(path), [(str(number), reason) for number, reason in invalid_lines(path)]


def _invalid_items(path: Path) -> tuple[int, list[tuple[str, str]]]:
    try:
        items = JSON_LIST.validate_json(path.read_bytes())
    except ValidationError as error:
        return 0, [("json", _first_problem(error))]
    problems = []
    for index, item in enumerate(items):
        try:
            ArticleRecord.model_validate(item)
        except ValidationError as error:
            problems.append((f"[{index}]", _first_problem(error)))
    return len(items), problems


def read_results(path: Path) -> Iterator[ArticleRecord | ErrorEntry]:
    """The records of a records JSONL file, then the error entries of its errors file
    (`OUT.errors.jsonl`) when there is one. Raises ValidationError on a bad line: run
    `newsfacts validate` to see them all."""
    with path.open("rb") as lines:
        yield from (ArticleRecord.model_validate_json(line) for line in lines if line.strip())
    yield from _error_entries(path)


def _error_entries(path: Path) -> Iterator[ErrorEntry]:
    """The error entries written beside the records file `path` (none without a file)."""
    errors = errors_path(path)
    if errors.is_file() and errors != path:
        with errors.open("rb") as lines:
            yield from (ErrorEntry.model_validate_json(line) for line in lines if line.strip())


RECORD_LIST = TypeAdapter(list[ArticleRecord])
JSON_LIST = TypeAdapter(list[dict[str, Any]])


def require_records(target: str | Path) -> None:
    """Raise `UsageError` E325 when `target` is neither a store address nor a path that
    exists: checked before anything is read or written."""
    from newsfacts.io.store.database import is_postgres

    if not is_postgres(str(target)) and not Path(target).exists():
        raise UsageError(Errors.E325.format(path=target))


def read_records(target: str | Path, *, errors: bool = True) -> list[ArticleRecord | ErrorEntry]:
    """The records of an output `newsfacts extract` wrote (JSONL; JSON: one array; the
    folder of CSV or Parquet tables, or one of its files) or of a store (facts.db,
    postgresql://...), then, with `errors`, the error entries of the run (OUT.errors.jsonl
    beside a file or folder). For a notebook: `to_dataframes(read_records(path))`.

    The tables hold everything but a record's `metadata`, which comes back empty.

    Raises `UsageError` E325 when `target` names nothing, E309 when it cannot be read or
    holds something else.
    """
    require_records(target)
    try:
        results = read_any_results(str(target))
    except (OSError, ValidationError) as error:
        detail = error.strerror if isinstance(error, OSError) and error.strerror else error
        raise UsageError(Errors.E309.format(path=target, detail=detail)) from error
    return results if errors else [r for r in results if isinstance(r, ArticleRecord)]


def read_any_results(target: str) -> list[ArticleRecord | ErrorEntry]:
    """The records and error entries of a store (facts.db, postgresql://...), of a folder
    of CSV or Parquet tables, or of a records JSONL or JSON file."""
    from newsfacts.io.store import Store, is_store

    if is_store(target):
        with Store(target) as store:
            return list(store.results())
    path = Path(target)
    tables = tables_location(path)
    if tables is not None:
        folder, fmt = tables
        return [*read_tables(folder, fmt), *_error_entries(folder)]
    if path.suffix.lower() == ".json":
        return [*RECORD_LIST.validate_json(path.read_bytes()), *_error_entries(path)]
    return list(read_results(path))


def export_store(target: str, out: Path | None, fmt: OutputFormat, *, force: bool) -> str:
    """Write a store's results to `out` (standard output when None) in `fmt`; returns the
    closing line for standard error."""
    from newsfacts.io.store import Store, is_store

    if not is_store(target):
        raise UsageError(Errors.E316.format(target=target))
    if fmt is OutputFormat.SQLITE:
        raise UsageError(Errors.E316.format(target=out))
    with Store(target) as store, Output(out, fmt, force=force) as output:
        for result in store.results():
            output.write(result)
    where = out or "standard output"
    return f"newsfacts: exported {output.records} records and {output.errors} errors to {where}"


def write_text_atomically(target: Path, text: str) -> None:
    """Write `text` beside `target` and move it into place, so a reader never sees half."""
    part = part_path(target)
    part.write_text(text, encoding="utf-8")
    part.replace(target)


def count_records(path: Path) -> int:
    """The number of non-blank lines in a records file."""
    with path.open("rb") as lines:
        return sum(1 for line in lines if line.strip())


def _why_invalid(line: bytes) -> str | None:
    try:
        ArticleRecord.model_validate_json(line)
    except ValidationError as error:
        return _first_problem(error)
    return None


def _first_problem(error: ValidationError) -> str:
    """Where the first problem of a record is, what it is, and how many more there are."""
    first = error.errors()[0]
    where = ".".join(str(part) for part in first["loc"]) or "record"
    more = f" (and {error.error_count() - 1} more)" if error.error_count() > 1 else ""
    return f"{where}: {first['msg']}{more}"
