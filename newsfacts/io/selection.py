"""Which record `newsfacts show` shows: a records file (or an article file) read, and one
of its items chosen by id or by position."""

from __future__ import annotations

import json
from collections.abc import Sequence
from pathlib import Path
from typing import Protocol, TypeVar

from newsfacts.errors import Errors, UsageError
from newsfacts.models import ArticleRecord

RECORDS_ONLY_SUFFIXES = (".csv", ".parquet", ".db", ".sqlite")
"""Suffixes only a records file (or store) has: newsfacts reads no article from them."""
KNOWN_IDS_SHOWN = 5
PEEK_BYTES = 64 * 1024


def holds_records(path: Path) -> bool:
    """Whether `path` is something newsfacts wrote (records) rather than an article to
    extract: a CSV, Parquet or store file, a JSONL file whose first line is a record, or a
    JSON file holding an array (an article .json is one object)."""
    suffix = path.suffix.lower()
    if suffix in RECORDS_ONLY_SUFFIXES:
        return True
    if suffix not in (".jsonl", ".json") or not path.is_file():
        return False
    with path.open("rb") as stream:
        if suffix == ".json":
            return stream.read(PEEK_BYTES).lstrip().startswith(b"[")
        first_line = next((line for line in stream if line.strip()), b"")
    try:
        first = json.loads(first_line)
    except ValueError:
        return False
    return isinstance(first, dict) and "text_sha256" in first


def records_to_show(path: Path) -> list[ArticleRecord]:
    """The records of a records file; `UsageError` E309 when it cannot be read, E324 when
    it holds only error entries."""
    from newsfacts.io.records import read_records

    records = [r for r in read_records(path, errors=False) if isinstance(r, ArticleRecord)]
    if not records:
        raise UsageError(Errors.E324.format(path=path))
    return records


class HasId(Protocol):
    """A record, an article or an error entry: anything `show` can choose by id."""

    @property
    def id(self) -> str: ...


T = TypeVar("T", bound=HasId)


def choose(
    items: Sequence[T], path: Path, *, record_id: str | None, index: int | None, noun: str
) -> T:
    """The item with id `record_id`, else the `index`-th (from 1), else the first.
    Raises `UsageError` E323 when both are given, E322 when none matches."""
    if record_id is not None and index is not None:
        raise UsageError(Errors.E323.format())
    if record_id is not None:
        for item in items:
            if item.id == record_id:
                return item
        raise _not_found(items, path, f"{noun} with id '{record_id}'", noun)
    position = 1 if index is None else index
    if not 1 <= position <= len(items):
        raise _not_found(items, path, f"{noun} number {position} (--index counts from 1)", noun)
    return items[position - 1]


def _not_found(items: Sequence[T], path: Path, which: str, noun: str) -> UsageError:
    ids = [item.id for item in items[:KNOWN_IDS_SHOWN]]
    more = ", …" if len(items) > KNOWN_IDS_SHOWN else ""
    known = f" (ids: {', '.join(ids)}{more})" if ids else ""
    count = len(items)
    nouns = noun if count == 1 else noun + "s"
    return UsageError(
        Errors.E322.format(path=path, which=which, count=count, noun=nouns, known=known)
    )
