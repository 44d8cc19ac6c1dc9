"""Facts as flat rows, one per fact, for spreadsheets (CSV) and data frames (Parquet).

The columns are derived from the pydantic fact models, so a field added to a model gets
its column without touching the writers. Nested models are flattened with underscores
(`speaker_mention_start`); lists (mentions, aliases, stance evidence) are kept whole as
JSON text, so no row loses information.
"""

from __future__ import annotations

import json
import types
from collections.abc import Iterator
from dataclasses import dataclass
from functools import cache
from typing import Any, Literal, Union, get_args, get_origin

from pydantic import BaseModel

from newsfacts.models import ArticleRecord

FACT_KINDS = ("actors", "amounts", "dates", "quotes", "stances")
ColumnType = Literal["string", "json", "int", "float", "bool"]


@dataclass(frozen=True)
class Column:
    """One output column: its name, its value type and where the value is in a fact."""

    name: str
    type: ColumnType
    path: tuple[str, ...]


# Named apart from fact fields: quotes have their own `kind`, actors their own `id`.
KEY_COLUMNS = (
    Column("article_id", "string", ()),
    Column("fact_kind", "string", ()),
    Column("fact_index", "int", ()),
)


@cache
def fact_columns() -> tuple[Column, ...]:
    """The key columns, then every fact field of every kind in order of first appearance.

    A name two kinds share with different types becomes a string column.
    """
    merged: dict[str, Column] = {}
    for kind in FACT_KINDS:
        for column in _columns_of(fact_model(kind)):
            earlier = merged.get(column.name)
            if earlier is not None and earlier.type != column.type:
                column = Column(column.name, "string", column.path)
            merged[column.name] = column
    return (*KEY_COLUMNS, *merged.values())


def fact_model(kind: str) -> type[BaseModel]:
    """The pydantic model of one kind of fact, read from `ArticleRecord`'s list field."""
    (model,) = get_args(ArticleRecord.model_fields[kind].annotation)
    return model


def fact_rows(record: ArticleRecord) -> Iterator[dict[str, Any]]:
    """One row per fact of `record`, with every column of `fact_columns()` present."""
    data = record.model_dump(mode="json")
    columns = fact_columns()[len(KEY_COLUMNS) :]
    for kind in FACT_KINDS:
        for index, fact in enumerate(data[kind]):
            row: dict[str, Any] = {"article_id": record.id, "fact_kind": kind, "fact_index": index}
            row.update({column.name: _cell(fact, column) for column in columns})
            yield row


def _columns_of(model: type[BaseModel], prefix: tuple[str, ...] = ()) -> Iterator[Column]:
    for name, info in model.model_fields.items():
        path = (*prefix, name)
        annotation = _without_none(info.annotation)
        if isinstance(annotation, type) and issubclass(annotation, BaseModel):
            yield from _columns_of(annotation, path)
        else:
            yield Column("_".join(path), _column_type(annotation), path)


def _without_none(annotation: Any) -> Any:
    """`X` for `X | None`; anything else unchanged."""
    if get_origin(annotation) in (Union, types.UnionType):
        rest = [arg for arg in get_args(annotation) if arg is not type(None)]
        if len(rest) == 1:
            return rest[0]
    return annotation


def _column_type(annotation: Any) -> ColumnType:
    """bool, int and float keep their type; lists and dicts are JSON; the rest (str,
    Literal, Decimal kept exact) is text."""
    if annotation is bool:
        return "bool"
    if annotation is int:
        return "int"
    if annotation is float:
        return "float"
    if get_origin(annotation) in (list, dict):
        return "json"
    return "string"


def _cell(fact: dict[str, Any], column: Column) -> Any:
    value: Any = fact
    for key in column.path:
        if not isinstance(value, dict):
            return None
        value = value.get(key)
    if value is None:
        return None
    if column.type == "json" or (column.type == "string" and not isinstance(value, str)):
        return json.dumps(value, ensure_ascii=False)
    return value
