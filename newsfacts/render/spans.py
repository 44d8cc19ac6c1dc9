"""Highlight spans that may overlap, as well-formed nested HTML.

Facts overlap in real articles: a quote holds actor mentions and amounts, a partial quote
sits inside an indirect one, and two spans can cross. Marks are nested where spans nest;
where they cross, the inner mark is closed at the boundary and reopened after it, so the
HTML stays well formed and every piece still names its span's full offsets.
"""

from __future__ import annotations

import html
from collections.abc import Iterable
from dataclasses import dataclass
from itertools import pairwise

from newsfacts.render.markup import attributes_html

# Which mark goes outside when two spans start together and end together.
KIND_ORDER = ("quote", "amount", "date", "actor")


@dataclass(frozen=True)
class Highlight:
    """A span of the text to mark: its kind, offsets, hover text and optional anchor id."""

    kind: str
    start: int
    end: int
    title: str
    style: str
    anchor: str | None = None
    label: str | None = None


def valid_highlights(highlights: Iterable[Highlight], length: int) -> list[Highlight]:
    """The highlights that mark at least one character inside a text of `length`, one per
    kind and offsets, outermost first: earlier start, then later end, then the kind order."""
    kept: dict[tuple[str, int, int], Highlight] = {}
    for h in highlights:
        if 0 <= h.start < h.end <= length:
            kept.setdefault((h.kind, h.start, h.end), h)
    return sorted(kept.values(), key=lambda h: (h.start, -h.end, KIND_ORDER.index(h.kind)))


def render_highlighted(text: str, highlights: Iterable[Highlight]) -> str:
    """`text` escaped, with each highlight as a `<mark>` (pieces of one highlight share its
    `data-start`/`data-end`, and only the first piece carries its anchor id)."""
    spans = valid_highlights(highlights, len(text))
    starting: dict[int, list[Highlight]] = {}
    for span in spans:
        starting.setdefault(span.start, []).append(span)
    cuts = sorted({0, len(text)} | {s.start for s in spans} | {s.end for s in spans})
    anchored: set[Highlight] = set()
    opened: list[Highlight] = []
    out: list[str] = []
    for here, following in pairwise(cuts):
        reopen = _close_ending(opened, here, out)
        for span in reopen + starting.get(here, []):
            out.append(_open_tag(span, first=span not in anchored))
            anchored.add(span)
            opened.append(span)
        out.append(html.escape(text[here:following]))
    _close_ending(opened, len(text), out)
    return "".join(out)


def _close_ending(opened: list[Highlight], here: int, out: list[str]) -> list[Highlight]:
    """Close the marks ending at `here`, and those nested in them; returns the nested ones
    that go on past `here`, to be reopened in the same order."""
    ending = [i for i, span in enumerate(opened) if span.end <= here]
    if not ending:
        return []
    closed = opened[ending[0] :]
    del opened[ending[0] :]
    out.append("</mark>" * len(closed))
    return [span for span in closed if span.end > here]


def _open_tag(span: Highlight, *, first: bool) -> str:
    attributes = {
        "class": f"nf nf-{span.kind}",
        "data-kind": span.kind,
        "data-start": str(span.start),
        "data-end": str(span.end),
        "title": span.title,
        "style": span.style,
        "id": span.anchor if first else None,
        "data-label": span.label,
    }
    return f"<mark {attributes_html(attributes)}>"
