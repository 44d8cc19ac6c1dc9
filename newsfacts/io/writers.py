"""Write results: records as JSONL, JSON, CSV or Parquet, error entries beside them, or
everything into a store (`open_output` chooses by the target: `.db`/`.sqlite` files and
postgresql:// addresses are stores, see `newsfacts.io.store`).

A file output is written to `OUT.part` in the same folder and moved over OUT with
`os.replace` only when the run succeeds, so OUT is never half-written and an existing OUT
is replaced in one step (CSV and Parquet: a folder OUT of tables, `newsfacts.io.tidy`).
JSONL records are written (and flushed) one by one, so the `.part` file of a killed run
keeps every finished record and `--resume` continues from it.
Error entries go to `OUT.errors.jsonl` (standard error without an output file).
"""

from __future__ import annotations

import hashlib
import json
import os
import sys
from collections.abc import Callable
from enum import StrEnum
from pathlib import Path
from types import TracebackType
from typing import BinaryIO, Protocol, TextIO

from newsfacts.errors import Errors, UsageError
from newsfacts.io.finishing import FinishesOnExit
from newsfacts.io.tidy_files import TablesWriter, import_pyarrow, move_into_place, remove
from newsfacts.models import ArticleRecord, ErrorEntry, Item

PART_SUFFIX = ".part"
ERRORS_SUFFIX = ".errors.jsonl"
PARTIAL_WARNING = "W004"
BATCH_ARTICLES = 50  # articles per store transaction


class OutputFormat(StrEnum):
    """The output formats: JSONL streams one record a line; CSV and Parquet are a folder of
    tidy tables, one per kind of fact."""

    JSONL = "jsonl"
    JSON = "json"
    CSV = "csv"
    PARQUET = "parquet"
    SQLITE = "sqlite"

    @classmethod
    def from_path(cls, path: Path | None) -> OutputFormat:
        """The format an output file's suffix names (out.csv is CSV, facts.db a store);
        JSONL for standard output or a name without a suffix. Raises `UsageError` E320 for
        a suffix that names no format (out.xml), rather than write JSONL under that name."""
        from newsfacts.io.store import is_store

        if path is not None and is_store(str(path)):
            return cls.SQLITE
        suffix = path.suffix.lower().lstrip(".") if path else ""
        if not suffix:
            return cls.JSONL
        if suffix not in cls._value2member_map_ or suffix == cls.SQLITE:
            raise UsageError(
                Errors.E320.format(
                    path=path,
                    suffix=f".{suffix}",
                    formats="|".join(fmt.value for fmt in cls),
                    suffixes=", ".join(f".{fmt.value}" for fmt in FILE_FORMATS) + " or .db",
                )
            )
        return cls(suffix)


FILE_FORMATS = (OutputFormat.JSONL, OutputFormat.JSON, OutputFormat.CSV, OutputFormat.PARQUET)
RESUMABLE_FORMATS = (OutputFormat.JSONL,)
"""The formats `--resume` continues: only JSONL keeps each finished record as it goes."""


class ResultSink(Protocol):
    """Where a run's results go: a file (`Output`) or a store (`StoreOutput`)."""

    records: int
    errors: int
    partial: int

    @property
    def errors_location(self) -> str: ...

    def is_done(self, item: Item) -> bool: ...

    def write(self, result: ArticleRecord | ErrorEntry) -> None: ...

    def __enter__(self) -> ResultSink: ...

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        traceback: TracebackType | None,
    ) -> None: ...


def open_output(
    target: str | None,
    fmt: OutputFormat | None = None,
    *,
    force: bool = False,
    resume: bool = False,
    inputs: list[str] | None = None,
    aliases: Path | None = None,
    commit_every: int = BATCH_ARTICLES,
) -> ResultSink:
    """The sink for `target`: a store for a postgresql:// address, a `.db`/`.sqlite` file
    or `--format sqlite` (it grows: running again adds only what is new, so --resume is
    implied); a file `Output` otherwise (standard output when `target` is None)."""
    from newsfacts.io.store import StoreOutput, is_postgres

    if resume and force:
        raise UsageError(Errors.E319.format())
    path = Path(target) if target is not None else None
    chosen = OutputFormat.SQLITE if target and is_postgres(target) else fmt
    chosen = chosen or OutputFormat.from_path(path)
    if chosen is OutputFormat.SQLITE:
        if target is None:
            raise UsageError(Errors.E307.format(format=chosen.value))
        return StoreOutput(
            target, inputs=inputs, aliases=aliases, force=force, commit_every=commit_every
        )
    if aliases is not None:
        raise UsageError(Errors.E317.format())
    return Output(path, chosen, force=force, resume=resume, can_resume=True)


def part_path(out: Path) -> Path:
    """Where the output is written until the run succeeds."""
    return out.with_name(out.name + PART_SUFFIX)


def errors_path(out: Path) -> Path:
    """Where the error entries of a run writing `out` go: out.jsonl -> out.errors.jsonl."""
    return out.with_name(out.stem + ERRORS_SUFFIX)


class RecordWriter(Protocol):
    """Writes records in one format to a binary stream; `close` finishes the format."""

    def write(self, record: ArticleRecord) -> None: ...

    def close(self) -> None: ...


class JsonlWriter:
    """One record per line, flushed at once: readers downstream see it as it comes."""

    def __init__(self, stream: BinaryIO) -> None:
        self.stream = stream

    def write(self, record: ArticleRecord) -> None:
        self.stream.write(record.model_dump_json().encode("utf-8") + b"\n")
        self.stream.flush()

    def close(self) -> None:
        self.stream.flush()


class JsonArrayWriter:
    """One JSON array of records, written element by element (never held in memory)."""

    def __init__(self, stream: BinaryIO) -> None:
        self.stream = stream
        self.count = 0

    def write(self, record: ArticleRecord) -> None:
        self.stream.write(b",\n" if self.count else b"[\n")
        self.stream.write(record.model_dump_json().encode("utf-8"))
        self.count += 1

    def close(self) -> None:
        self.stream.write(b"\n]\n" if self.count else b"[]\n")
        self.stream.flush()


WRITERS: dict[OutputFormat, Callable[[BinaryIO], RecordWriter]] = {
    OutputFormat.JSONL: JsonlWriter,
    OutputFormat.JSON: JsonArrayWriter,
}
TABLE_FORMATS = (OutputFormat.CSV, OutputFormat.PARQUET)
"""The formats written as a folder of tables (`newsfacts.io.tidy_files`), never a stream."""


def check_output(
    out: Path | None,
    fmt: OutputFormat,
    *,
    force: bool,
    resume: bool,
    can_resume: bool = False,
) -> None:
    """Refuse, before any work, an output that cannot or must not be written (E302, E305,
    E306, E307, E321). `can_resume` says whether the command offers --resume (extract
    does, export does not), so E302 suggests it only where it would work."""
    if resume and (out is None or fmt not in RESUMABLE_FORMATS):
        raise UsageError(Errors.E306.format())
    if out is None and fmt in TABLE_FORMATS:
        raise UsageError(Errors.E307.format(format=fmt.value))
    if fmt is OutputFormat.PARQUET:
        import_pyarrow()
    if out is None:
        return
    check_writable(out)
    if not force and not resume:
        resumable = can_resume and fmt in RESUMABLE_FORMATS
        for existing in (out, part_path(out)):
            if existing.exists():
                raise UsageError(Errors.E302.format(path=existing, resume=resume_advice(resumable)))


def resume_advice(resumable: bool) -> str:
    """The end of E302: --resume is offered only where it continues the output."""
    return ", or --resume to continue it" if resumable else ""


def check_writable(out: Path) -> None:
    """Raise `UsageError` E321 when `out` cannot be created: its nearest existing folder
    is a file, or cannot be written (a read-only location)."""
    folder = out.parent
    while not folder.exists() and folder != folder.parent:
        folder = folder.parent
    if not folder.is_dir():
        raise UsageError(Errors.E321.format(path=out, detail=f"{folder} is not a folder"))
    if not os.access(folder, os.W_OK | os.X_OK):
        raise UsageError(Errors.E321.format(path=out, detail=f"{folder} is not writable"))


def unwritable(out: Path, error: OSError) -> UsageError:
    """The E321 error for an output that failed to open or write (read-only file system,
    no space left)."""
    return UsageError(Errors.E321.format(path=out, detail=error.strerror or error))


def recover_for_resume(out: Path) -> dict[str, set[str | None]]:
    """Make `OUT.part` hold the finished records of the run to continue; return the text
    hashes (`text_sha256`) written for each id.

    The run to continue is the one a `.part` file is left from (a killed run), else the
    finished OUT. Only whole lines that parse as a JSON object with an id are kept: the
    half-written last line of a killed run never counts.
    """
    part = part_path(out)
    source = part if part.exists() else out
    if not source.exists():
        return {}
    hashes: dict[str, set[str | None]] = {}

    def finished(line: bytes) -> bool:
        found = finished_record(line)
        if found is not None:
            hashes.setdefault(found[0], set()).add(found[1])
        return found is not None

    copy_lines(source, part, finished)
    return hashes


def drop_stale_records(part: Path, current: dict[str, set[str]]) -> None:
    """Remove from `part` the records of articles whose text has changed since they were
    written: a line whose id is in `current` but whose text hash is not among the hashes
    this run read for that id (its new record is further down)."""

    def still_current(line: bytes) -> bool:
        found = finished_record(line)
        return found is None or found[0] not in current or found[1] in current[found[0]]

    copy_lines(part, part, still_current)


def copy_lines(source: Path, target: Path, keep: Callable[[bytes], bool]) -> None:
    """Write the lines of `source` that `keep` accepts to `target`, through a synced
    temporary file moved into place (so `source` may be `target`)."""
    copy_path = target.with_name(target.name + ".tmp")
    try:
        with copy_path.open("wb") as copy, source.open("rb") as lines:
            copy.writelines(line for line in lines if keep(line))
            _sync(copy)
        os.replace(copy_path, target)
    except BaseException:
        copy_path.unlink(missing_ok=True)
        raise


def finished_record(line: bytes) -> tuple[str, str | None] | None:
    """The id and text hash of one whole JSONL record line; None for a half-written line
    or junk."""
    if not line.endswith(b"\n"):
        return None
    try:
        value = json.loads(line)
    except (ValueError, RecursionError):
        return None
    if not isinstance(value, dict) or not isinstance(value.get("id"), str):
        return None
    digest = value.get("text_sha256")
    return value["id"], digest if isinstance(digest, str) else None


def stage_failures(record: ArticleRecord) -> list[ErrorEntry]:
    """The E201 entries of a partial record: one per stage that failed on it (W004)."""
    failures = [w for w in record.warnings if w.startswith(PARTIAL_WARNING)]
    details = record.failure_details
    return [
        ErrorEntry.from_message(
            record.id,
            record.source,
            Errors.E201.format(reason=warning.removeprefix(PARTIAL_WARNING).strip()),
            details[index] if index < len(details) else None,
        )
        for index, warning in enumerate(failures)
    ]


class Output(FinishesOnExit):
    """Where one run's results go: records to OUT (or standard output) in `fmt`, error
    entries to `OUT.errors.jsonl` (or standard error). Use it as a context manager: the
    files are moved into place only when the block ends without an exception.
    """

    def __init__(
        self,
        out: Path | None,
        fmt: OutputFormat = OutputFormat.JSONL,
        *,
        force: bool = False,
        resume: bool = False,
        stdout: BinaryIO | None = None,
        stderr: TextIO | None = None,
        can_resume: bool = False,
    ) -> None:
        check_output(out, fmt, force=force, resume=resume, can_resume=can_resume)
        self.out = out
        self.format = fmt
        self.resume = resume
        self.stdout = stdout
        self.stderr = stderr
        self.written: dict[str, set[str | None]] = {}
        """With --resume: the text hashes already written, by article id."""
        self.changed: dict[str, set[str]] = {}
        """With --resume: the text hashes read this run of articles whose text changed."""
        self.records = 0
        self.errors = 0
        self.partial = 0
        self._stream: BinaryIO | None = None
        self._writer: RecordWriter | None = None
        self._error_stream: BinaryIO | None = None

    def __enter__(self) -> Output:
        if self.out is None:
            self._writer = WRITERS[self.format](self.stdout or sys.stdout.buffer)
            return self
        try:
            self.out.parent.mkdir(parents=True, exist_ok=True)
            if self.format in TABLE_FORMATS:
                self._writer = TablesWriter(part_path(self.out), self.format.value)
                return self
            if self.resume:
                self.written = recover_for_resume(self.out)
            part = part_path(self.out)
            self._stream = part.open("ab") if self.resume else part.open("wb")
        except OSError as error:
            raise unwritable(self.out, error) from error
        self._writer = WRITERS[self.format](self._stream)
        return self

    def is_done(self, item: Item) -> bool:
        """Whether --resume found this article's record already written, from the same
        text: an article whose text changed since is extracted again (and its old record
        dropped when the run ends)."""
        hashes = self.written.get(item.id)
        if not hashes:
            return False
        if isinstance(item, ErrorEntry):
            return True
        digest = hashlib.sha256(item.text.encode("utf-8")).hexdigest()
        if hashes != {digest}:  # changed, or changed and re-extracted by a killed run
            self.changed.setdefault(item.id, set()).add(digest)
        return digest in hashes

    def write(self, result: ArticleRecord | ErrorEntry) -> None:
        """Write a record to the output, or an error entry to the errors file or stream. A
        record a stage failed on (W004) is written, and its failure listed among the errors
        too (E201), so a partial record is never silent."""
        if isinstance(result, ErrorEntry):
            self._write_error(result)
            self.errors += 1
            return
        assert self._writer is not None, "write() is called inside `with Output(...)`"
        try:
            self._writer.write(result)
        except OSError as error:
            raise unwritable(self.out or Path("standard output"), error) from error
        self.records += 1
        failures = stage_failures(result)
        for entry in failures:
            self._write_error(entry)
        self.partial += bool(failures)

    @property
    def errors_location(self) -> str:
        """Where error entries went, for messages."""
        return str(errors_path(self.out)) if self.out else "standard error"

    def finish(self, ok: bool) -> None:
        """Move the finished output into place, or throw the part files away."""
        if ok:
            self._commit()
        else:
            self._abort()

    def _write_error(self, entry: ErrorEntry) -> None:
        line = entry.model_dump_json() + "\n"
        if self.out is None:
            (self.stderr or sys.stderr).write(line)
            return
        try:
            if self._error_stream is None:
                self._error_stream = part_path(errors_path(self.out)).open("wb")
            self._error_stream.write(line.encode("utf-8"))
            self._error_stream.flush()
        except OSError as error:
            raise unwritable(errors_path(self.out), error) from error

    def _commit(self) -> None:
        assert self._writer is not None
        self._writer.close()
        if self.out is None:
            return
        if self._stream is None:
            move_into_place(part_path(self.out), self.out)
            _sync_folder(self.out.parent)
        else:
            if self.changed:
                self._stream.flush()
                drop_stale_records(part_path(self.out), self.changed)
            _finish_file(self._stream, self.out)
        errors = errors_path(self.out)
        if self._error_stream is not None:
            _finish_file(self._error_stream, errors)
        else:
            errors.unlink(missing_ok=True)  # it described the output just replaced

    def _abort(self) -> None:
        """Close what is open; keep a JSONL `.part` for --resume, drop anything else."""
        if self.out is None:
            return
        if self._stream is not None:
            self._stream.close()
        if self.format is not OutputFormat.JSONL:
            remove(part_path(self.out))
        if self._error_stream is not None:
            self._error_stream.close()
            part_path(errors_path(self.out)).unlink(missing_ok=True)


def _finish_file(stream: BinaryIO, target: Path) -> None:
    """Sync the `.part` file behind `stream` and move it over `target` in one step."""
    _sync(stream)
    stream.close()
    os.replace(part_path(target), target)
    _sync_folder(target.parent)


def _sync(stream: BinaryIO) -> None:
    stream.flush()
    os.fsync(stream.fileno())


def _sync_folder(folder: Path) -> None:
    """Make the rename itself durable (POSIX: sync the folder entry)."""
    if not hasattr(os, "O_DIRECTORY"):
        return
    handle = os.open(folder, os.O_RDONLY | os.O_DIRECTORY)
    try:
        os.fsync(handle)
    finally:
        os.close(handle)
