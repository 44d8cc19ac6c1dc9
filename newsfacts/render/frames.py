"""Records as pandas DataFrames, one row per fact with its article's id, for `groupby`.

pandas is an optional extra (`pip install 'newsfacts[pandas]'`), imported only here.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from decimal import Decimal
from typing import TYPE_CHECKING, Any

from pydantic import BaseModel

from newsfacts.errors import Errors, UsageError
from newsfacts.models.records import (
    Actor,
    Amount,
    ArticleRecord,
    ErrorEntry,
    Quote,
    Stance,
    TimeExpression,
)

if TYPE_CHECKING:
    import pandas

FACT_TABLES = ("actors", "amounts", "dates", "quotes", "stances")
ERROR_COLUMNS = ["article_id", "source", "code", "reason", "detail"]


def to_dataframes(
    results: Iterable[ArticleRecord | ErrorEntry],
) -> dict[str, pandas.DataFrame]:
    """DataFrames "articles" (one row per record) and "actors", "amounts", "dates",
    "quotes", "stances" (one row per fact, with `article_id`), and "errors" (one row per
    error entry), from what `Extractor.pipe` or `read_records` gives.

    `published` is a datetime column (NaT without a date); money values are floats
    (pandas has no decimal type; the record keeps the exact value); ids that link to
    actors get a name column beside them (`payer`, `speaker`).
    """
    pandas = _import_pandas()
    rows: dict[str, list[dict[str, Any]]] = {
        name: [] for name in ("articles", *FACT_TABLES, "errors")
    }
    for result in results:
        if isinstance(result, ErrorEntry):
            rows["errors"].append(_error_row(result))
            continue
        rows["articles"].append(article_row(result))
        for name in FACT_TABLES:
            rows[name].extend(fact_rows(result, name))
    frames = {name: pandas.DataFrame(table, columns=_columns(name)) for name, table in rows.items()}
    frames["articles"]["published"] = pandas.to_datetime(frames["articles"]["published"])
    return frames


def _error_row(entry: ErrorEntry) -> dict[str, Any]:
    return {
        "article_id": entry.id,
        "source": entry.source,
        "code": entry.code,
        "reason": entry.reason,
        "detail": entry.detail,
    }


def _import_pandas() -> Any:
    try:
        import pandas
    except ImportError as error:
        raise UsageError(Errors.E308.format()) from error
    return pandas


def article_row(record: ArticleRecord) -> dict[str, Any]:
    """What describes the article itself, with its fact counts."""
    return {
        "article_id": record.id,
        "title": record.title,
        "published": record.published,
        "source": record.source,
        "language": record.language,
        **{name: len(getattr(record, name)) for name in FACT_TABLES},
    }


def fact_rows(record: ArticleRecord, table: str) -> list[dict[str, Any]]:
    """One flat row per fact of kind `table` in `record`."""
    names = {actor.id: actor.name for actor in record.actors}
    row_of = ROW_BUILDERS[table]
    return [{"article_id": record.id, **row_of(fact, names)} for fact in getattr(record, table)]


def _actor_row(actor: Actor, names: dict[str, str]) -> dict[str, Any]:
    return {
        **actor.model_dump(exclude={"mentions", "aliases"}),
        "aliases": "; ".join(actor.aliases),
        "mentions": len(actor.mentions),
    }


def _amount_row(amount: Amount, names: dict[str, str]) -> dict[str, Any]:
    values = {k: float(v) if isinstance(v, Decimal) else v for k, v in amount.model_dump().items()}
    return {
        **values,
        "payer": names.get(amount.payer_id or ""),
        "payee": names.get(amount.payee_id or ""),
    }


def _date_row(date: TimeExpression, names: dict[str, str]) -> dict[str, Any]:
    return date.model_dump()


def _quote_row(quote: Quote, names: dict[str, str]) -> dict[str, Any]:
    """A quote with its speaker's mention as three columns (empty when unknown)."""
    mention = quote.speaker_mention
    return {
        **quote.model_dump(exclude={"speaker_mention"}),
        "speaker_mention": mention.text if mention else None,
        "speaker_mention_start": mention.start if mention else None,
        "speaker_mention_end": mention.end if mention else None,
    }


def _stance_row(stance: Stance, names: dict[str, str]) -> dict[str, Any]:
    """A stance with its first piece of evidence as offsets and all of it as text."""
    return {
        **stance.model_dump(exclude={"evidence"}),
        "start": stance.evidence[0].start,
        "end": stance.evidence[0].end,
        "sentence": stance.evidence[0].sentence,
        "evidence": " … ".join(piece.text for piece in stance.evidence),
    }


ROW_BUILDERS: dict[str, Callable[[Any, dict[str, str]], dict[str, Any]]] = {
    "actors": _actor_row,
    "amounts": _amount_row,
    "dates": _date_row,
    "quotes": _quote_row,
    "stances": _stance_row,
}
FACT_MODELS: dict[str, type[BaseModel]] = {
    "actors": Actor,
    "amounts": Amount,
    "dates": TimeExpression,
    "quotes": Quote,
    "stances": Stance,
}
EXTRA_COLUMNS = {
    "amounts": ["payer", "payee"],
    "quotes": ["speaker_mention_start", "speaker_mention_end"],
    "stances": ["start", "end", "sentence"],
}


def _columns(table: str) -> list[str]:
    """The column order of `table`, fixed so that an empty table has its columns too."""
    if table == "articles":
        return ["article_id", "title", "published", "source", "language", *FACT_TABLES]
    if table == "errors":
        return ERROR_COLUMNS
    return ["article_id", *FACT_MODELS[table].model_fields, *EXTRA_COLUMNS.get(table, [])]
