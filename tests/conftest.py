"""Shared fixtures: the real pipeline with the real model, loaded once per test session."""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest
from store_targets import ADMIN_ADDRESS, postgres_admin

from newsfacts.models import ArticleRecord
from newsfacts.pipeline.extractor import Extractor

ROOT = Path(__file__).resolve().parent.parent
SAMPLES = ROOT / "samples"
SEED_TEXT = SAMPLES / "whyy-pars.txt"


@pytest.fixture(scope="session")
def extractor() -> Extractor:
    return Extractor()


@pytest.fixture(scope="session")
def whyy_record(extractor: Extractor) -> ArticleRecord:
    """The record of the article newsfacts was designed around (WHYY, 2018-07-27)."""
    return extractor.extract(
        SEED_TEXT.read_text(encoding="utf-8"), published="2018-07-27", id="whyy-pars"
    )


@pytest.fixture
def postgres_target() -> Iterator[str]:
    """The address of a new, empty database, dropped after the test."""
    admin = postgres_admin()
    name = f"newsfacts_test_{uuid.uuid4().hex[:12]}"
    admin.execute(f"CREATE DATABASE {name}")  # type: ignore[attr-defined]
    try:
        yield ADMIN_ADDRESS.rsplit("/", 1)[0] + "/" + name
    finally:
        admin.execute(f"DROP DATABASE {name} WITH (FORCE)")  # type: ignore[attr-defined]
        admin.close()  # type: ignore[attr-defined]


@pytest.fixture(params=["sqlite", "postgres"])
def store_target(request: pytest.FixtureRequest, tmp_path: Path) -> str:
    """Each test runs once on an SQLite file and once on PostgreSQL."""
    if request.param == "sqlite":
        return str(tmp_path / "facts.db")
    return str(request.getfixturevalue("postgres_target"))
