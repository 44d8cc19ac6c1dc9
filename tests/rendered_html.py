"""Helpers for the render tests: read rendered HTML back, and build records by hand."""

from __future__ import annotations

import hashlib
import html
from collections import defaultdict
from html.parser import HTMLParser
from typing import Any

from newsfacts.models import ArticleRecord
from newsfacts.render.interactive import REPORT_SCRIPT

VOID_TAGS = {"meta", "br", "img", "input", "link", "hr"}
HOSTILE = "<script>alert(1)</script> and <img src=x onerror=alert(1)>"


class MarkReader(HTMLParser):
    """Collects the text under each highlight (pieces of one span joined) and every tag
    and attribute seen, to check both the spans and that nothing active got through."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.stack: list[tuple[str, tuple[str, int, int] | None]] = []
        self.spans: dict[tuple[str, int, int], str] = defaultdict(str)
        self.tags: list[tuple[str, dict[str, str | None]]] = []
        self.edges: list[dict[str, str | None]] = []
        self.section = ""
        self.by_section: dict[str, dict[tuple[str, int, int], str]] = defaultdict(
            lambda: defaultdict(str)
        )

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        attributes = dict(attrs)
        self.tags.append((tag, attributes))
        if tag == "div" and attributes.get("class") == "newsfacts-record":
            self.section = str(attributes["id"])
        if tag == "g" and attributes.get("class") == "nf-edge":
            self.edges.append(attributes)
        if tag in VOID_TAGS:
            return
        key = None
        if tag == "mark" and "data-kind" in attributes:
            kind, start, end = (attributes[a] for a in ("data-kind", "data-start", "data-end"))
            key = (str(kind), int(str(start)), int(str(end)))
            self.spans[key] += ""
            self.by_section[self.section][key] += ""
        self.stack.append((tag, key))

    def handle_endtag(self, tag: str) -> None:
        assert self.stack and self.stack[-1][0] == tag, f"</{tag}> closes {self.stack[-1:]}"
        self.stack.pop()

    def handle_data(self, data: str) -> None:
        for _, key in self.stack:
            if key is not None:
                self.spans[key] += data
                self.by_section[self.section][key] += data


def read_marks(markup: str) -> MarkReader:
    reader = MarkReader()
    reader.feed(markup)
    reader.close()
    assert not reader.stack, f"unclosed tags: {reader.stack}"
    return reader


def evidence(text: str, phrase: str, occurrence: int = 0) -> dict[str, Any]:
    """The evidence dict of the `occurrence`-th `phrase` in `text`."""
    start = -1
    for _ in range(occurrence + 1):
        start = text.index(phrase, start + 1)
    return {"start": start, "end": start + len(phrase), "text": phrase, "sentence": 0}


def actor(
    text: str, id: str, name: str, type: str, phrases: list[str], aliases: list[str] | None = None
) -> dict[str, Any]:
    return {
        "id": id,
        "name": name,
        "type": type,
        "aliases": aliases or [],
        "mentions": [evidence(text, p) for p in phrases],
        "salience": 0.5,
    }


def stance(
    text: str, holder: str, polarity: str, target: str, cue: str, **ids: str
) -> dict[str, Any]:
    return {
        "holder": holder,
        "polarity": polarity,
        "target": target,
        "cue": cue,
        "evidence": [evidence(text, cue)],
        "confidence": 0.8,
        **ids,
    }


def make_record(id: str, text: str, **facts: Any) -> ArticleRecord:
    """A record built by hand, validated like any other."""
    return ArticleRecord.model_validate(
        {
            "id": id,
            "text": text,
            "text_sha256": hashlib.sha256(text.encode()).hexdigest(),
            "extractor": {"version": "0", "model": "hand", "model_version": "0"},
            **facts,
        }
    )


def record_spans(record: ArticleRecord) -> set[tuple[str, int, int]]:
    spans = {("actor", m.start, m.end) for a in record.actors for m in a.mentions}
    spans |= {("amount", a.start, a.end) for a in record.amounts}
    spans |= {("date", d.start, d.end) for d in record.dates}
    return spans | {("quote", q.start, q.end) for q in record.quotes}


def assert_inert(markup: str) -> None:
    """No script or image element (but the report's own script), no event-handler
    attribute; the payload shows as text."""
    markup = markup.replace(f"<script>{REPORT_SCRIPT}</script>", "")
    reader = read_marks(markup)
    assert "<script" not in markup.casefold()
    assert not [tag for tag, _ in reader.tags if tag in {"script", "img", "iframe", "object"}]
    handlers = [name for _, attrs in reader.tags for name in attrs if name.startswith("on")]
    assert not handlers
    assert "alert(1)" in html.unescape(markup)


def hand_built_records() -> list[ArticleRecord]:
    """Two articles whose stances are known exactly; "ICE" is named two ways."""
    first = (
        "Mayor Ana Ruiz opposes the contract with U.S. Immigration and Customs Enforcement. "
        "Tom Reed supports the contract."
    )
    second = "ICE defended the contract. Ana Ruiz opposes the contract."
    ice_long = "U.S. Immigration and Customs Enforcement"
    return [
        make_record(
            "first",
            first,
            actors=[
                actor(first, "a1", "Ana Ruiz", "PERSON", ["Ana Ruiz"]),
                actor(first, "a2", ice_long, "ORG", [ice_long]),
                actor(first, "a3", "Tom Reed", "PERSON", ["Tom Reed"]),
            ],
            stances=[
                stance(first, "Ana Ruiz", "oppose", "the contract", "opposes", holder_id="a1"),
                stance(first, "Tom Reed", "support", "the contract", "supports", holder_id="a3"),
            ],
        ),
        make_record(
            "second",
            second,
            actors=[
                actor(second, "a1", "ICE", "ORG", ["ICE"]),
                actor(second, "a2", "Ana Ruiz", "PERSON", ["Ana Ruiz"]),
            ],
            stances=[
                stance(second, "ICE", "support", "the contract", "defended", holder_id="a1"),
                stance(second, "Ana Ruiz", "oppose", "ICE", "opposes", holder_id="a2"),
                stance(second, "Ana Ruiz", "oppose", "the contract", "opposes", holder_id="a2"),
            ],
        ),
    ]
