"""One connection to a store, SQLite or PostgreSQL, behind the same few calls.

SQL is written with `?` placeholders and translated for psycopg. Writes happen in
`transaction()` blocks: SQLite takes its write lock at the start (BEGIN IMMEDIATE) and
PostgreSQL an advisory lock, so writers of one store take turns batch by batch and two
runs can never both create the same actor.
"""

from __future__ import annotations

import re
import sqlite3
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from newsfacts.errors import Errors, UsageError
from newsfacts.io.store.schema import MIGRATIONS, SCHEMA_VERSION, statements

POSTGRES_SCHEMES = ("postgresql://", "postgres://")
STORE_SUFFIXES = (".db", ".sqlite", ".sqlite3")
# Any fixed number: every newsfacts writer of one PostgreSQL database waits on this lock.
WRITE_LOCK = 7_236_001
BUSY_TIMEOUT_SECONDS = 60.0
MANY_VALUES = re.compile(r"VALUES (\([?, ]+\))(.*)$", re.DOTALL)
ROWS_PER_STATEMENT = 500

Row = tuple[Any, ...]


def is_postgres(target: str) -> bool:
    """Whether `target` names a PostgreSQL database rather than a file."""
    return target.startswith(POSTGRES_SCHEMES)


def is_store(target: str) -> bool:
    """Whether `target` names a store: a PostgreSQL address or an SQLite file by suffix."""
    return is_postgres(target) or Path(target).suffix.lower() in STORE_SUFFIXES


class Database:
    """A connection with the store's schema brought up to date."""

    def __init__(self, target: str, *, migrate_to: int = SCHEMA_VERSION) -> None:
        self.target = target
        self.postgres = is_postgres(target)
        self.connection: Any = _connect_postgres(target) if self.postgres else _connect(target)
        self.migrate(migrate_to)

    def execute(self, sql: str, parameters: Sequence[Any] = ()) -> Any:
        """Run one statement; returns the cursor."""
        return self.connection.execute(self._sql(sql), parameters)

    def executemany(self, sql: str, rows: Sequence[Sequence[Any]]) -> None:
        """Run an `INSERT ... VALUES (?, ...)` for every row (nothing when there are none).

        PostgreSQL gets one statement of many VALUES groups per chunk of rows: a statement
        per row would wait for the server once per row."""
        if not rows:
            return
        if not self.postgres:
            self.connection.executemany(sql, rows)
            return
        values = MANY_VALUES.search(sql)
        assert values is not None, f"executemany runs INSERT ... VALUES (...): {sql}"
        head, group, tail = sql[: values.start()], values.group(1), values.group(2)
        for first in range(0, len(rows), ROWS_PER_STATEMENT):
            chunk = rows[first : first + ROWS_PER_STATEMENT]
            statement = f"{head}VALUES {', '.join([group] * len(chunk))}{tail}"
            self.execute(statement, [value for row in chunk for value in row])

    def rows(self, sql: str, parameters: Sequence[Any] = ()) -> list[Row]:
        return [tuple(row) for row in self.execute(sql, parameters).fetchall()]

    def value(self, sql: str, parameters: Sequence[Any] = ()) -> Any:
        row = self.execute(sql, parameters).fetchone()
        return None if row is None else row[0]

    @contextmanager
    def transaction(self) -> Iterator[None]:
        """One write transaction, holding the store's write lock; rolled back on error."""
        if self.postgres:
            with self.connection.transaction():
                self.execute("SELECT pg_advisory_xact_lock(?)", (WRITE_LOCK,))
                yield
            return
        self.connection.execute("BEGIN IMMEDIATE")
        try:
            yield
        except BaseException:
            self.connection.rollback()
            raise
        self.connection.commit()

    @property
    def version(self) -> int:
        """The last migration applied (0 for an empty database)."""
        return int(self.value("SELECT COALESCE(MAX(version), 0) FROM schema_version"))

    def migrate(self, target_version: int) -> None:
        """Apply the migrations a store lacks, up to `target_version`, in one transaction."""
        with self.transaction():  # under the write lock: two writers never both migrate
            self.execute("CREATE TABLE IF NOT EXISTS schema_version (version INTEGER NOT NULL)")
            for number in range(self.version + 1, target_version + 1):
                for statement in self._migration(number):
                    self.execute(statement)
                self.execute("INSERT INTO schema_version (version) VALUES (?)", (number,))
        if self.version > SCHEMA_VERSION:
            raise UsageError(
                Errors.E312.format(target=self.target, found=self.version, known=SCHEMA_VERSION)
            )

    def close(self) -> None:
        self.connection.close()

    def _migration(self, number: int) -> list[str]:
        if self.postgres:
            return statements(MIGRATIONS[number], serial="BIGSERIAL", real="DOUBLE PRECISION")
        return statements(MIGRATIONS[number], serial="INTEGER", real="REAL")

    def _sql(self, sql: str) -> str:
        return sql.replace("?", "%s") if self.postgres else sql


def _connect(path: str) -> sqlite3.Connection:
    """An SQLite connection in autocommit mode (transactions are explicit), foreign keys
    on, write-ahead logging so readers never block the writer."""
    Path(path).parent.mkdir(parents=True, exist_ok=True)
    connection = sqlite3.connect(path, timeout=BUSY_TIMEOUT_SECONDS, isolation_level=None)
    connection.execute("PRAGMA foreign_keys = ON")
    connection.execute("PRAGMA journal_mode = WAL")
    connection.execute("PRAGMA synchronous = NORMAL")
    return connection


def _connect_postgres(address: str) -> Any:
    """A psycopg 3 connection in autocommit mode; E313 when the extra is missing, E314
    when the server cannot be reached."""
    try:
        import psycopg
    except ImportError as error:
        raise UsageError(Errors.E313.format()) from error
    try:
        return psycopg.connect(address, autocommit=True)
    except psycopg.OperationalError as error:
        raise UsageError(Errors.E314.format(target=address, detail=error)) from error
