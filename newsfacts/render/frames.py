"""Records as pandas DataFrames: the tidy tables of `newsfacts.io.tidy` (the ones
`--format csv|parquet` writes), one row per fact with its article's id, for `groupby`.

pandas is an optional extra (`pip install 'newsfacts[pandas]'`), imported only here.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING, Any

from newsfacts.errors import Errors, UsageError
from newsfacts.io.tidy import TABLES, Row, record_rows
from newsfacts.io.tidy_files import plain_value
from newsfacts.models.records import ArticleRecord, ErrorEntry

if TYPE_CHECKING:
    import pandas

FACT_TABLES = tuple(name for name in TABLES if name != "articles")
ERROR_COLUMNS = ["article_id", "source", "code", "reason", "detail"]


def to_dataframes(
    results: Iterable[ArticleRecord | ErrorEntry],
) -> dict[str, pandas.DataFrame]:
    """DataFrames "articles" (one row per record), one per table of facts ("actors",
    "mentions", "amounts", "dates", "quotes", "stances", "stance_evidence": one row per
    fact, with `article_id`, `article_title`, `article_published`, `article_url`) and
    "errors" (one row per error entry), from what `Extractor.pipe` or `read_records` gives.

    `article_published` is a datetime column (NaT without a date); money values are floats
    (pandas has no decimal type; the record keeps the exact value); ids that link to
    actors get a name column beside them (`payer`, `actor_name`); `aliases` and `warnings`
    hold lists.
    """
    pandas = _import_pandas()
    rows: dict[str, list[Row]] = {name: [] for name in (*TABLES, "errors")}
    for result in results:
        if isinstance(result, ErrorEntry):
            rows["errors"].append(_error_row(result))
            continue
        for name, table_rows in record_rows(result).items():
            rows[name].extend(table_rows)
    frames = {
        name: pandas.DataFrame(
            [{c.name: plain_value(c, row[c.name]) for c in table.columns} for row in rows[name]],
            columns=table.names,
        )
        for name, table in TABLES.items()
    }
    frames["errors"] = pandas.DataFrame(rows["errors"], columns=ERROR_COLUMNS)
    for frame in frames.values():
        if "article_published" in frame:
            frame["article_published"] = pandas.to_datetime(frame["article_published"])
    return frames


def _error_row(entry: ErrorEntry) -> Row:
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
