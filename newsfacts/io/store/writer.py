"""Write a run's results into a store, batch by batch, each batch one transaction.

An article already stored with the same text hash is skipped before extraction (running
again, or `--resume`, completes a killed run); one whose text changed is re-extracted and
its facts replaced in the transaction that writes the new ones. A killed run loses at most
the batch in progress: the store stays consistent.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import time
from pathlib import Path

from newsfacts import __version__
from newsfacts.io.finishing import FinishesOnExit
from newsfacts.io.store.database import Database
from newsfacts.io.store.identity import AliasesFile, Identities, save_alias_rules
from newsfacts.io.store.rows import INSERTS, article_row, fact_rows
from newsfacts.io.writers import BATCH_ARTICLES, stage_failures
from newsfacts.models import ArticleRecord, ErrorEntry, Item

BATCH_SECONDS = 2.0


class StoreOutput(FinishesOnExit):
    """The results of one run going into a store; the same calls as `writers.Output`."""

    def __init__(
        self,
        target: str,
        *,
        inputs: list[str] | None = None,
        aliases: Path | None = None,
        force: bool = False,
        commit_every: int = BATCH_ARTICLES,
    ) -> None:
        self.target = target
        self.commit_every = commit_every
        self.inputs = inputs or []
        self.aliases = AliasesFile.read(aliases) if aliases else None
        self.force = force
        self.records = 0
        self.errors = 0
        self.partial = 0
        self.replaced = 0
        self.database: Database | None = None
        self.known: dict[str, str] = {}
        self.run_id: int | None = None
        self.pending: list[ArticleRecord | ErrorEntry] = []
        self.last_commit = time.monotonic()

    @property
    def errors_location(self) -> str:
        return f"the errors table of {self.target}"

    def is_done(self, item: Item) -> bool:
        """Whether the store holds this article with this very text (never with --force)."""
        if self.force or isinstance(item, ErrorEntry):
            return False
        digest = self.known.get(item.id)
        return digest is not None and digest == _sha256(item.text)

    def __enter__(self) -> StoreOutput:
        self.database = Database(self.target)
        if self.aliases is not None:
            with self.database.transaction():
                save_alias_rules(self.database, self.aliases)
                Identities(self.database).apply_rules()
        self.known = dict(self.database.rows("SELECT id, text_sha256 FROM articles"))
        return self

    def write(self, result: ArticleRecord | ErrorEntry) -> None:
        """Queue a result; a full batch, or one older than a few seconds, is committed."""
        self.pending.append(result)
        if isinstance(result, ErrorEntry):
            self.errors += 1
        else:
            self.records += 1
            self.partial += bool(stage_failures(result))
        due = time.monotonic() - self.last_commit >= BATCH_SECONDS
        if len(self.pending) >= self.commit_every or due:
            self.commit()

    def commit(self) -> None:
        """Write the queued results in one transaction."""
        assert self.database is not None, "write() is called inside `with StoreOutput(...)`"
        database = self.database
        if self.pending:
            with database.transaction():
                identities = Identities(database)
                for result in self.pending:
                    if isinstance(result, ErrorEntry):
                        self._write_error(database, result)
                    else:
                        self._write_record(database, identities, result)
                        for failure in stage_failures(result):
                            self._write_error(database, failure)
                if self.run_id is not None:
                    identities.delete_orphans()
                    self._update_run(database, finished=False)
        self.pending = []
        self.last_commit = time.monotonic()

    def finish(self, ok: bool) -> None:
        """Commit what is pending and close the run (when the block ended normally), then
        close the database."""
        assert self.database is not None
        try:
            if ok:
                self.commit()
                if self.run_id is not None:
                    with self.database.transaction():
                        self._update_run(self.database, finished=True)
        finally:
            self.database.close()

    def _write_record(
        self, database: Database, identities: Identities, record: ArticleRecord
    ) -> None:
        stored = database.value("SELECT text_sha256 FROM articles WHERE id = ?", (record.id,))
        if stored == record.text_sha256 and not self.force:
            return  # stored already: by an earlier run, or by another writer meanwhile
        run_id = self._run_id(database, record)
        if stored is not None:
            database.execute("DELETE FROM articles WHERE id = ?", (record.id,))
            self.replaced += 1
        database.execute("DELETE FROM errors WHERE article_id = ?", (record.id,))
        position = _next_position(database, "articles")
        database.execute(INSERTS["articles"], article_row(record, run_id, position))
        database.executemany(
            INSERTS["article_actors"],
            [
                (
                    record.id,
                    actor.id,
                    identities.resolve(actor),
                    actor.name,
                    actor.type,
                    json.dumps(actor.aliases, ensure_ascii=False),
                    actor.title,
                    actor.affiliation,
                    actor.affiliation_id,
                    actor.salience,
                )
                for actor in record.actors
            ],
        )
        for table, rows in fact_rows(record).items():
            database.executemany(INSERTS[table], rows)
        self.known[record.id] = record.text_sha256

    def _run_id(self, database: Database, result: ArticleRecord | ErrorEntry) -> int:
        """This run's `runs` row, made when it first changes the store: a run that adds
        nothing leaves no trace."""
        if self.run_id is None:
            model = None
            if isinstance(result, ArticleRecord):
                model = f"{result.extractor.model} {result.extractor.model_version}"
            self.run_id = int(
                database.value(
                    "INSERT INTO runs (started, version, model, inputs) "
                    "VALUES (?, ?, ?, ?) RETURNING id",
                    (_now(), __version__, model, json.dumps(self.inputs, ensure_ascii=False)),
                )
            )
        return self.run_id

    def _write_error(self, database: Database, entry: ErrorEntry) -> None:
        """An article that failed: one row per article id, the latest failure (the same
        failure again changes nothing)."""
        stored = database.rows("SELECT code, reason FROM errors WHERE article_id = ?", (entry.id,))
        if stored == [(entry.code, entry.reason)]:
            return
        run_id = self._run_id(database, entry)
        database.execute("DELETE FROM errors WHERE article_id = ?", (entry.id,))
        database.execute(
            "INSERT INTO errors (article_id, position, run_id, source, code, reason, detail) "
            "VALUES (?, ?, ?, ?, ?, ?, ?)",
            (
                entry.id,
                _next_position(database, "errors"),
                run_id,
                entry.source,
                entry.code,
                entry.reason,
                entry.detail,
            ),
        )

    def _update_run(self, database: Database, *, finished: bool) -> None:
        database.execute(
            "UPDATE runs SET articles = ?, replaced = ?, errors = ?, finished = ? WHERE id = ?",
            (self.records, self.replaced, self.errors, _now() if finished else None, self.run_id),
        )


def _next_position(database: Database, table: str) -> int:
    """The next place in a table's order of writing (writers hold the write lock)."""
    return int(database.value(f"SELECT COALESCE(MAX(position), 0) + 1 FROM {table}"))


def _sha256(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def _now() -> str:
    return dt.datetime.now(dt.UTC).isoformat(timespec="seconds")
