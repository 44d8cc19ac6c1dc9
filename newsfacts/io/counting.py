"""How many articles the inputs of a run hold, known before the run for its progress bar."""

from __future__ import annotations

import gzip
from pathlib import Path
from typing import BinaryIO

from newsfacts.io.sources import Source, find_sources

GZIP_ERRORS = (EOFError, OSError)


def count_articles(inputs: list[str], *, follow_symlinks: bool = False) -> int | None:
    """The number of items `read_articles(inputs)` will yield: one per file (or per input
    it refuses), one per non-blank line of a JSONL file. JSONL files are counted by a scan
    of their lines that parses no JSON; only they are read twice. None when standard
    input is among the inputs: its length is known only once it is read."""
    total = 0
    for source in find_sources(inputs, follow_symlinks=follow_symlinks):
        if source.kind == "stdin":
            return None
        total += _articles_in(source)
    return total


def _articles_in(source: Source) -> int:
    if source.problem or source.kind != "jsonl":
        return 1
    try:
        with _open(source.path, compressed=source.compressed) as lines:
            return max(1, sum(1 for line in lines if line.strip()))
    except GZIP_ERRORS:
        return 1  # the reader makes it one error entry


def _open(path: Path, *, compressed: bool) -> BinaryIO:
    return gzip.open(path, "rb") if compressed else path.open("rb")  # type: ignore[return-value]
