"""Small HTML building blocks that escape everything they are given.

Article text is untrusted input: every string goes through `html.escape` unless it is an
`Html` value, which only this package's own builders create.
"""

from __future__ import annotations

import html
from collections.abc import Iterable, Sequence


class Html(str):
    """A string that is already safe HTML (built here from escaped parts)."""

    __slots__ = ()


Cell = str | int | float | Html | None


def escape(value: Cell) -> Html:
    """`value` as safe HTML: `Html` kept as it is, None as empty, anything else escaped."""
    if isinstance(value, Html):
        return value
    return Html(html.escape("" if value is None else str(value), quote=True))


def attributes_html(attributes: dict[str, str | None]) -> str:
    """HTML attributes with every value escaped; None values are left out."""
    return " ".join(
        f'{name}="{escape(value)}"' for name, value in attributes.items() if value is not None
    )


def element(tag: str, content: Cell = None, **attributes: str | None) -> Html:
    """`<tag attributes>content</tag>`; a trailing underscore in a name is dropped
    (`class_` gives `class`)."""
    named = {name.rstrip("_").replace("_", "-"): value for name, value in attributes.items()}
    opening = f"{tag} {attributes_html(named)}".rstrip()
    return Html(f"<{opening}>{escape(content)}</{tag}>")


def link(content: Cell, anchor: str | None) -> Html:
    """`content` linked to the element with id `anchor` on the same page (plain without)."""
    return element("a", content, href=f"#{anchor}") if anchor else escape(content)


def join(parts: Iterable[Cell], separator: str = "") -> Html:
    return Html(escape(separator).join(escape(part) for part in parts))


def table(headers: Sequence[str], rows: Sequence[Sequence[Cell]], *, empty: str) -> Html:
    """A compact table, or the sentence `empty` when there are no rows."""
    if not rows:
        return element("p", empty, class_="nf-empty")
    head = join(element("th", header) for header in headers)
    body = join(element("tr", join(element("td", cell) for cell in row)) for row in rows)
    return element(
        "table",
        join([element("thead", element("tr", head)), element("tbody", body)]),
        class_="nf-table",
    )


def shorten(text: str, limit: int) -> str:
    """`text` cut to `limit` characters at a word boundary, with an ellipsis when cut."""
    text = " ".join(text.split())
    if len(text) <= limit:
        return text
    return text[:limit].rsplit(" ", 1)[0] + "…"
