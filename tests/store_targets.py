"""Stores to test against: an SQLite file, and a fresh database on a PostgreSQL server.

The server is the one `NEWSFACTS_TEST_POSTGRES` names (default: the local server `.ci/run`
starts). Without one the PostgreSQL tests skip and say why, except in CI (CI=true),
where a missing server is a failure.
"""

from __future__ import annotations

import os

import pytest

from newsfacts.io.store.database import Database

ADMIN_ADDRESS = os.environ.get(
    "NEWSFACTS_TEST_POSTGRES", "postgresql://newsfacts:newsfacts@localhost/postgres"
)
TABLES = (
    "articles",
    "actors",
    "actor_keys",
    "article_actors",
    "mentions",
    "amounts",
    "dates",
    "quotes",
    "stances",
    "errors",
    "runs",
)


def postgres_admin() -> object:
    """An autocommit connection to the test server; skips (or fails in CI) without one."""
    psycopg = pytest.importorskip("psycopg", reason="psycopg is not installed")
    try:
        return psycopg.connect(ADMIN_ADDRESS, autocommit=True, connect_timeout=5)
    except psycopg.OperationalError as error:
        reason = f"no PostgreSQL server at {ADMIN_ADDRESS} ({error}); .ci/run starts one"
        if os.environ.get("CI") == "true":
            pytest.fail(reason)
        pytest.skip(reason)


def row_counts(target: str) -> dict[str, int]:
    """The number of rows in each table of a store."""
    database = Database(target)
    try:
        return {table: int(database.value(f"SELECT COUNT(*) FROM {table}")) for table in TABLES}
    finally:
        database.close()
