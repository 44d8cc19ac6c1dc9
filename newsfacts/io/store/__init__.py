"""The fact store: every run's records in one SQLite file or PostgreSQL database, with one
identity per actor across articles and runs. See the README's "A fact store" section."""

from __future__ import annotations

from newsfacts.io.store.database import is_postgres, is_store
from newsfacts.io.store.reader import Store
from newsfacts.io.store.writer import StoreOutput

__all__ = ["Store", "StoreOutput", "is_postgres", "is_store"]
