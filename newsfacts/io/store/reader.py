"""Read a store back: the records as written, and its tables as DataFrames.

>>> store = newsfacts.Store("facts.db")
>>> store.quotes(speaker="Jim Kenney")       # every quote by him, in every article
>>> store.stances(holder="ACLU", target=...)  # who opposed what, and where

Each table method returns a pandas DataFrame when pandas is installed, else a list of
dicts; names are matched as the actors stage matches them (case and dots ignored).
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from typing import Any

from newsfacts.extract.actors.names import name_key
from newsfacts.io.finishing import FinishesOnExit
from newsfacts.io.store.database import Database
from newsfacts.io.store.rows import stored_record
from newsfacts.models import ArticleRecord, ErrorEntry

ActorFilter = str | int | None

ARTICLES = (
    "SELECT id AS article_id, title, published, source, url, language, text_sha256, "
    "run_id FROM articles ORDER BY position"
)
ACTORS = (
    "SELECT actors.id AS actor_id, actors.name, actors.type, "
    "COUNT(DISTINCT article_actors.article_id) AS articles, "
    "(SELECT COUNT(*) FROM mentions JOIN article_actors AS aa ON "
    "aa.article_id = mentions.article_id AND aa.local_id = mentions.local_actor_id "
    "WHERE aa.actor_id = actors.id) AS mentions "
    "FROM actors JOIN article_actors ON article_actors.actor_id = actors.id "
    "GROUP BY actors.id, actors.name, actors.type ORDER BY mentions DESC, actors.id"
)
QUOTES = (
    "SELECT q.article_id, q.idx, speaker.actor_id AS speaker_actor_id, q.speaker, q.kind, "
    'q.verb, q.text, q.start, q."end", q.sentence, q.confidence FROM quotes AS q '
    "LEFT JOIN article_actors AS speaker "
    "ON speaker.article_id = q.article_id AND speaker.local_id = q.speaker_id"
)
STANCES = (
    "SELECT s.article_id, s.idx, holder.actor_id AS holder_actor_id, s.holder, s.polarity, "
    "target.actor_id AS target_actor_id, s.target, s.cue, s.confidence FROM stances AS s "
    "LEFT JOIN article_actors AS holder "
    "ON holder.article_id = s.article_id AND holder.local_id = s.holder_id "
    "LEFT JOIN article_actors AS target "
    "ON target.article_id = s.article_id AND target.local_id = s.target_id"
)
AMOUNTS = (
    "SELECT m.article_id, m.idx, m.text, m.value, m.value_max, m.currency, m.approximate, "
    "m.bound, m.per, m.purpose, payer.actor_id AS payer_actor_id, "
    "payee.actor_id AS payee_actor_id, articles.published FROM amounts AS m "
    "JOIN articles ON articles.id = m.article_id "
    "LEFT JOIN article_actors AS payer "
    "ON payer.article_id = m.article_id AND payer.local_id = m.payer_id "
    "LEFT JOIN article_actors AS payee "
    "ON payee.article_id = m.article_id AND payee.local_id = m.payee_id"
)


class Store(FinishesOnExit):
    """A newsfacts store opened for reading (an SQLite file or a postgresql:// address)."""

    def __init__(self, target: str | Any) -> None:
        self.database = Database(str(target))

    def records(self) -> Iterator[ArticleRecord]:
        """Every stored record, exactly as written, in the order they were stored."""
        rows = self.database.execute("SELECT record, text FROM articles ORDER BY position")
        for record_json, text in rows:
            yield stored_record(record_json, text)

    def error_entries(self) -> list[ErrorEntry]:
        rows = self.database.rows(
            "SELECT article_id, source, code, reason, detail FROM errors ORDER BY position"
        )
        return [
            ErrorEntry(id=id_, source=source, code=code, reason=reason, detail=detail)
            for id_, source, code, reason, detail in rows
        ]

    def results(self) -> Iterator[ArticleRecord | ErrorEntry]:
        """The records, then the error entries: what `read_results` gives for a JSONL file."""
        yield from self.records()
        yield from self.error_entries()

    def articles(self) -> Any:
        return self._table(ARTICLES)

    def actors(self) -> Any:
        """One row per actor of the whole store, with how many articles name it."""
        return self._table(ACTORS)

    def quotes(self, speaker: ActorFilter = None) -> Any:
        """Quotes, of one speaker (an actor id or a name) when given."""
        where, parameters = self._actor_filter("speaker.actor_id", speaker)
        return self._table(f"{QUOTES}{where} ORDER BY q.article_id, q.idx", parameters)

    def stances(self, holder: ActorFilter = None, target: ActorFilter = None) -> Any:
        """Stances, of one holder and on one target when given (actor ids or names); a
        target that is not an actor matches the target text too."""
        clauses: list[str] = []
        parameters: list[Any] = []
        for column, value in (("holder.actor_id", holder), ("target.actor_id", target)):
            where, more = self._actor_filter(column, value)
            if where:
                clauses.append(where.removeprefix(" WHERE "))
                parameters.extend(more)
        if isinstance(target, str):
            clauses[-1] = f"({clauses[-1]} OR LOWER(s.target) = ?)"
            parameters.append(target.casefold())
        where = f" WHERE {' AND '.join(clauses)}" if clauses else ""
        return self._table(f"{STANCES}{where} ORDER BY s.article_id, s.idx", parameters)

    def amounts(
        self, currency: str | None = None, payer: ActorFilter = None, payee: ActorFilter = None
    ) -> Any:
        """Amounts, in one currency and of one payer or payee when given."""
        clauses: list[str] = []
        parameters: list[Any] = []
        if currency:
            clauses.append("m.currency = ?")
            parameters.append(currency.upper())
        for column, value in (("payer.actor_id", payer), ("payee.actor_id", payee)):
            where, more = self._actor_filter(column, value)
            if where:
                clauses.append(where.removeprefix(" WHERE "))
                parameters.extend(more)
        where = f" WHERE {' AND '.join(clauses)}" if clauses else ""
        return self._table(f"{AMOUNTS}{where} ORDER BY m.article_id, m.idx", parameters)

    def close(self) -> None:
        self.database.close()

    def __enter__(self) -> Store:
        return self

    def finish(self, ok: bool) -> None:
        """Close the store when a `with` block ends."""
        self.close()

    def _actor_filter(self, column: str, actor: ActorFilter) -> tuple[str, list[Any]]:
        """A WHERE clause keeping one actor: by id, or by any name it is known by."""
        if actor is None:
            return "", []
        if isinstance(actor, int):
            return f" WHERE {column} = ?", [actor]
        key = name_key(actor)
        keys = [f"name:P:{key}", f"name:O:{key}", f"short:{key.upper()}"]
        marks = ", ".join("?" for _ in keys)
        owners = (
            f"SELECT actor_id FROM actor_keys WHERE key IN ({marks}) "
            "UNION SELECT id FROM actors WHERE LOWER(name) = ?"
        )
        return f" WHERE {column} IN ({owners})", [*keys, actor.casefold()]

    def _table(self, sql: str, parameters: Sequence[Any] = ()) -> Any:
        cursor = self.database.execute(sql, parameters)
        columns = [column[0] for column in cursor.description]
        rows = [dict(zip(columns, row, strict=True)) for row in cursor.fetchall()]
        try:
            import pandas
        except ImportError:
            return rows
        return pandas.DataFrame(rows, columns=columns)
