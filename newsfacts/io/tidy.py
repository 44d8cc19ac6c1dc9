"""Records as tidy tables: one table per kind of fact, one row per fact, and records
rebuilt from those rows.

This is the one definition of the tables that `--format csv|parquet` writes and that
`to_dataframes` gives. Every row carries its article's id, title, publication date and url
(`article_id`, `article_title`, `article_published`, `article_url`); lists of facts inside
facts have their own tables (`mentions` of actors, `stance_evidence` of stances), so no cell
holds JSON. The columns come from the pydantic models, so a field added to a record gets its
column without touching this module: nested models are flattened with underscores
(`speaker_mention_start`), a list of strings (`aliases`, `warnings`) is one list cell.

Columns with `path=None` are computed for reading (the article columns of a fact row, the
index of a fact, `payer` beside `payer_id`) and ignored when records are rebuilt. What the
tables cannot hold is the record's `metadata` (any JSON the input carried): read it from
JSONL or JSON.
"""

from __future__ import annotations

import datetime as dt
import types
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass
from decimal import Decimal
from typing import Any, Literal, Union, get_args, get_origin

from pydantic import BaseModel

from newsfacts.models import ArticleRecord
from newsfacts.models.records import Actor, Amount, Evidence, Mention, Quote, Stance, TimeExpression

ColumnType = Literal["string", "int", "float", "bool", "decimal", "date", "strings"]
Row = dict[str, Any]
FACT_KINDS = ("actors", "amounts", "dates", "quotes", "stances")
NOT_IN_TABLES = frozenset({"metadata"})  # arbitrary JSON: no column can hold it


@dataclass(frozen=True)
class Column:
    """One column: its name, its value type, and the field of the record or fact it holds
    (None: computed for reading, not read back)."""

    name: str
    type: ColumnType
    path: tuple[str, ...] | None = None


@dataclass(frozen=True)
class Table:
    """One table's name and columns, in order."""

    name: str
    columns: tuple[Column, ...]

    @property
    def names(self) -> list[str]:
        return [column.name for column in self.columns]


ARTICLE_KEY_FIELDS: dict[str, tuple[str, ColumnType]] = {
    "article_id": ("id", "string"),
    "article_title": ("title", "string"),
    "article_published": ("published", "date"),
    "article_url": ("url", "string"),
}
# In the articles table these columns hold the record's own fields; in a fact table they
# are copied from the article, for filtering without a join.
ARTICLE_KEYS = tuple(Column(name, kind) for name, (_, kind) in ARTICLE_KEY_FIELDS.items())


def _field_columns(
    model: type[BaseModel],
    *,
    exclude: Iterable[str] = (),
    renames: Mapping[str, str] | None = None,
    prefix: tuple[str, ...] = (),
) -> Iterator[Column]:
    """A column per field of `model` (nested models flattened), less `exclude`."""
    for name, info in model.model_fields.items():
        if name in exclude:
            continue
        path = (*prefix, name)
        annotation = _without_none(info.annotation)
        if isinstance(annotation, type) and issubclass(annotation, BaseModel):
            yield from _field_columns(annotation, renames=renames, prefix=path)
            continue
        flat = "_".join(path)
        yield Column((renames or {}).get(flat, flat), _column_type(annotation), path)


def _without_none(annotation: Any) -> Any:
    """`X` for `X | None`; anything else unchanged."""
    if get_origin(annotation) in (Union, types.UnionType):
        rest = [arg for arg in get_args(annotation) if arg is not type(None)]
        if len(rest) == 1:
            return rest[0]
    return annotation


def _column_type(annotation: Any) -> ColumnType:
    """The column type of a field: numbers, booleans, exact decimals and days keep their
    type, a list of strings is a list cell, the rest (str, Literal) is text."""
    simple: dict[Any, ColumnType] = {
        bool: "bool",
        int: "int",
        float: "float",
        Decimal: "decimal",
        dt.date: "date",
    }
    if annotation in simple:
        return simple[annotation]
    if get_origin(annotation) is list and get_args(annotation) == (str,):
        return "strings"
    if get_origin(annotation) in (list, dict):
        raise TypeError(f"no column type for {annotation}: give it its own table")
    return "string"


def _index(name: str) -> Column:
    return Column(name, "int")


def _link(name: str, kind: ColumnType = "string") -> Column:
    """A column that ties a row to its parent fact (read back by name, not by path)."""
    return Column(name, kind)


ARTICLES = Table(
    "articles",
    (
        *(Column(name, kind, (field,)) for name, (field, kind) in ARTICLE_KEY_FIELDS.items()),
        *_field_columns(
            ArticleRecord,
            exclude={*(field for field, _ in ARTICLE_KEY_FIELDS.values()), *FACT_KINDS}
            | NOT_IN_TABLES,
        ),
        *(_index(f"{kind.removesuffix('s')}_count") for kind in FACT_KINDS),
    ),
)
ACTORS = Table(
    "actors",
    (
        *ARTICLE_KEYS,
        *_field_columns(
            Actor, exclude={"mentions"}, renames={"id": "actor_id", "title": "actor_title"}
        ),
        _index("mention_count"),
    ),
)
MENTIONS = Table(
    "mentions",
    (
        *ARTICLE_KEYS,
        _link("actor_id"),
        Column("actor_name", "string"),
        _index("mention_index"),
        *_field_columns(Mention),
    ),
)
AMOUNTS = Table(
    "amounts",
    (
        *ARTICLE_KEYS,
        _index("amount_index"),
        *_field_columns(Amount),
        Column("payer", "string"),
        Column("payee", "string"),
    ),
)
DATES = Table("dates", (*ARTICLE_KEYS, _index("date_index"), *_field_columns(TimeExpression)))
QUOTES = Table("quotes", (*ARTICLE_KEYS, _index("quote_index"), *_field_columns(Quote)))
STANCES = Table(
    "stances",
    (
        *ARTICLE_KEYS,
        _link("stance_index", "int"),
        *_field_columns(Stance, exclude={"evidence"}),
        Column("evidence_text", "string"),
    ),
)
STANCE_EVIDENCE = Table(
    "stance_evidence",
    (
        *ARTICLE_KEYS,
        _link("stance_index", "int"),
        _index("evidence_index"),
        *_field_columns(Evidence),
    ),
)
TABLES: dict[str, Table] = {
    table.name: table
    for table in (ARTICLES, ACTORS, MENTIONS, AMOUNTS, DATES, QUOTES, STANCES, STANCE_EVIDENCE)
}
EVIDENCE_JOINER = " … "  # between the pieces of a stance's evidence in `evidence_text`


def record_rows(record: ArticleRecord) -> dict[str, list[Row]]:
    """The rows of every table for one record; each row has exactly its table's columns,
    with Python values (Decimal, date, list of strings)."""
    article = {name: getattr(record, field) for name, (field, _) in ARTICLE_KEY_FIELDS.items()}
    names = {actor.id: actor.name for actor in record.actors}
    counts = {f"{kind.removesuffix('s')}_count": len(getattr(record, kind)) for kind in FACT_KINDS}
    rows: dict[str, list[Row]] = {
        "articles": [_cells(ARTICLES, record.model_dump(), counts)],
        "actors": [
            _cells(ACTORS, actor.model_dump(), article, mention_count=len(actor.mentions))
            for actor in record.actors
        ],
        "mentions": [
            _cells(
                MENTIONS,
                mention.model_dump(),
                article,
                actor_id=actor.id,
                actor_name=actor.name,
                mention_index=index,
            )
            for actor in record.actors
            for index, mention in enumerate(actor.mentions)
        ],
        "amounts": [
            _cells(
                AMOUNTS,
                amount.model_dump(),
                article,
                amount_index=index,
                payer=names.get(amount.payer_id or ""),
                payee=names.get(amount.payee_id or ""),
            )
            for index, amount in enumerate(record.amounts)
        ],
        "dates": [
            _cells(DATES, date.model_dump(), article, date_index=index)
            for index, date in enumerate(record.dates)
        ],
        "quotes": [
            _cells(QUOTES, quote.model_dump(), article, quote_index=index)
            for index, quote in enumerate(record.quotes)
        ],
        "stances": [
            _cells(
                STANCES,
                stance.model_dump(),
                article,
                stance_index=index,
                evidence_text=EVIDENCE_JOINER.join(piece.text for piece in stance.evidence),
            )
            for index, stance in enumerate(record.stances)
        ],
        "stance_evidence": [
            _cells(
                STANCE_EVIDENCE,
                piece.model_dump(),
                article,
                stance_index=index,
                evidence_index=number,
            )
            for index, stance in enumerate(record.stances)
            for number, piece in enumerate(stance.evidence)
        ],
    }
    return rows


def _cells(table: Table, fact: Row, *computed: Mapping[str, Any], **more: Any) -> Row:
    """A row of `table`: each field column read from `fact`, the others from `computed`."""
    given = {key: value for mapping in (*computed, more) for key, value in mapping.items()}
    return {
        column.name: _at(fact, column.path) if column.path else given[column.name]
        for column in table.columns
    }


def _at(value: Any, path: tuple[str, ...]) -> Any:
    for key in path:
        if not isinstance(value, dict):
            return None
        value = value.get(key)
    return value


def records_from_rows(tables: Mapping[str, Iterable[Mapping[str, Any]]]) -> list[ArticleRecord]:
    """The records that the rows of `record_rows` (in file order) were made from.

    Raises ValidationError when the rows do not make a valid record, and KeyError when a
    fact's article (or a mention's actor, a piece of evidence's stance) has no row.
    """
    records: dict[str, Row] = {}
    for row in tables["articles"]:
        data = _fields_of(ARTICLES, row)
        records[data["id"]] = data | {kind: [] for kind in FACT_KINDS}
    _add_with_children(records, tables, ACTORS, MENTIONS, children="mentions", link="actor_id")
    for table in (AMOUNTS, DATES, QUOTES):
        for row in tables[table.name]:
            records[row["article_id"]][table.name].append(_fields_of(table, row))
    _add_with_children(
        records, tables, STANCES, STANCE_EVIDENCE, children="evidence", link="stance_index"
    )
    return [ArticleRecord.model_validate(data) for data in records.values()]


def _add_with_children(
    records: dict[str, Row],
    tables: Mapping[str, Iterable[Mapping[str, Any]]],
    parent: Table,
    child: Table,
    *,
    children: str,
    link: str,
) -> None:
    """Add each `parent` row to its record's facts and each `child` row to the `children`
    of its parent: the one of the same article with the same `link` column (an actor and
    its mentions share `actor_id`, a stance and its evidence `stance_index`)."""
    parents: dict[tuple[str, Any], Row] = {}
    for row in tables[parent.name]:
        fact = _fields_of(parent, row) | {children: []}
        records[row["article_id"]][parent.name].append(fact)
        parents[(row["article_id"], row[link])] = fact
    for row in tables[child.name]:
        parents[(row["article_id"], row[link])][children].append(_fields_of(child, row))


def _fields_of(table: Table, row: Mapping[str, Any]) -> Row:
    """The fields a row holds, nested again (a nested model whose columns are all empty is
    None: a quote without a speaker mention)."""
    data: Row = {}
    for column in table.columns:
        if column.path is None:
            continue
        *parents, last = column.path
        place = data
        for parent in parents:
            place = place.setdefault(parent, {})
        place[last] = row.get(column.name)
    return {
        key: None if isinstance(value, dict) and all(v is None for v in value.values()) else value
        for key, value in data.items()
    }
