"""Reading a gold-annotation JSONL file for the `evaluate-*` commands."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from newsfacts.errors import Errors, UsageError


def jsonl_rows(path: str | Path) -> Iterator[dict[str, Any]]:
    """The objects of a JSONL file, one per non-blank line. Raises `UsageError` E101 when
    the file cannot be read (missing, a folder, unreadable) and E104 on a line that is not
    JSON, so a user's mistake is one line, not a traceback."""
    try:
        with Path(path).open(encoding="utf-8") as lines:
            for number, line in enumerate(lines, 1):
                if line.strip():
                    yield _parsed(line, path, number)
    except (OSError, UnicodeDecodeError) as error:
        detail = getattr(error, "strerror", None) or error
        raise UsageError(Errors.E101.format(path=path, detail=detail)) from error


def _parsed(line: str, path: str | Path, number: int) -> dict[str, Any]:
    try:
        row = json.loads(line)
    except ValueError as error:
        raise UsageError(Errors.E104.format(path=path, line=number, detail=error)) from error
    if not isinstance(row, dict):
        detail = f"a line must be a JSON object, got {type(row).__name__}"
        raise UsageError(Errors.E104.format(path=path, line=number, detail=detail))
    return row
