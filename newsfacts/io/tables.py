"""A record as rich tables, for reading in a terminal (`newsfacts show`).

Article text is never read as rich markup: every cell and heading is a `Text` built from
the plain string, so a journalist's "[the non-renewal]" or a quoted "<b>" prints as it is.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from typing import Any

from rich.console import Group, RenderableType
from rich.table import Table
from rich.text import Text

from newsfacts.models import ArticleRecord

QUOTE_PREVIEW_CHARS = 90

Cell = Callable[[Any], str]


def _plain(name: str) -> Cell:
    return lambda fact: _text(getattr(fact, name))


def _text(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, float):
        return f"{value:.2f}"
    return str(value)


def _shortened(name: str, limit: int) -> Cell:
    def cell(fact: Any) -> str:
        text = _text(getattr(fact, name))
        return text if len(text) <= limit else text[: limit - 1] + "…"

    return cell


# Per kind of fact: the columns worth reading, as (header, how to get the cell).
COLUMNS: dict[str, list[tuple[str, Cell]]] = {
    "actors": [
        ("id", _plain("id")),
        ("name", _plain("name")),
        ("type", _plain("type")),
        ("title", _plain("title")),
        ("affiliation", _plain("affiliation")),
        ("mentions", lambda actor: str(len(actor.mentions))),
        ("salience", _plain("salience")),
    ],
    "amounts": [
        ("text", _plain("text")),
        ("value", _plain("value")),
        ("up to", _plain("value_max")),
        ("currency", _plain("currency")),
        ("per", _plain("per")),
        ("approx.", lambda amount: "yes" if amount.approximate else ""),
        ("purpose", _plain("purpose")),
    ],
    "dates": [
        ("text", _plain("text")),
        ("type", _plain("type")),
        ("value", _plain("value")),
        ("granularity", _plain("granularity")),
    ],
    "quotes": [
        ("speaker", _plain("speaker")),
        ("verb", _plain("verb")),
        ("kind", _plain("kind")),
        ("quote", _shortened("text", QUOTE_PREVIEW_CHARS)),
        ("conf.", _plain("confidence")),
    ],
    "stances": [
        ("holder", _plain("holder")),
        ("polarity", _plain("polarity")),
        ("target", _plain("target")),
        ("cue", _plain("cue")),
        ("conf.", _plain("confidence")),
    ],
}


def record_view(record: ArticleRecord) -> RenderableType:
    """A heading with what the record is about, then one table per kind of fact."""
    return Group(_heading(record), *_tables(record))


def _heading(record: ArticleRecord) -> Text:
    heading = Text()
    heading.append(record.title or record.id, style="bold")
    heading.append(f"\nid {record.id}")
    if record.published:
        heading.append(f" · published {record.published} ({record.published_source})")
    if record.source:
        heading.append(f" · {record.source}")
    for warning in record.warnings:
        heading.append(f"\n{warning}", style="yellow")
    return heading


def _tables(record: ArticleRecord) -> Iterator[Table]:
    """One table per kind of fact the record has; a kind with none is left out."""
    for kind, columns in COLUMNS.items():
        facts = getattr(record, kind)
        if not facts:
            continue
        title = Text(f"{kind} ({len(facts)})")
        table = Table(title=title, title_justify="left", expand=False)
        for header, _ in columns:
            table.add_column(header, overflow="fold")
        for fact in facts:
            table.add_row(*(Text(cell(fact)) for _, cell in columns))
        yield table
