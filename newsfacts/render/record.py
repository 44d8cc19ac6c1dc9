"""One `ArticleRecord` as HTML: the highlighted text, then compact tables of its facts.

Used by `ArticleRecord._repr_html_` in notebooks and for each article of the corpus report.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from decimal import Decimal

from newsfacts.models.records import (
    Actor,
    Amount,
    ArticleRecord,
    Evidence,
    Quote,
    TimeExpression,
)
from newsfacts.render.markup import Cell, Html, element, join, link, shorten, table
from newsfacts.render.spans import Highlight, render_highlighted
from newsfacts.render.style import ACTOR_COLOURS, RECORD_CSS, mark_style

QUOTE_CELL_CHARS = 160
LEGEND = (
    *((t, "actor") for t in ACTOR_COLOURS),
    ("amount", "amount"),
    ("date", "date"),
    ("quote", "quote"),
)


def render_record_html(record: ArticleRecord) -> str:
    """The record as a self-contained HTML fragment (with its own scoped `<style>`)."""
    return element("style", Html(RECORD_CSS)) + record_section(record, anchor_prefix(record))


def anchor_prefix(record: ArticleRecord) -> str:
    """A prefix for the ids of one record's anchors, distinct for each record shown on a
    page (a notebook can show several)."""
    digest = hashlib.sha256(f"{record.id}\0{record.text_sha256}".encode()).hexdigest()
    return f"nf-{digest[:10]}"


def record_section(record: ArticleRecord, prefix: str) -> Html:
    """The record's HTML without the style block; its anchors all start with `prefix`."""
    anchors = Anchors(prefix, has_text=record.text is not None)
    parts = [
        element("h3", record.title or record.id),
        element("p", _meta_line(record), class_="nf-meta"),
        _legend(),
        _text_block(record, prefix),
        _warnings(record),
        element("h4", "Actors"),
        actors_table(record, anchors),
        element("h4", "Amounts"),
        amounts_table(record, anchors),
        element("h4", "Dates"),
        dates_table(record, anchors),
        element("h4", "Quotes"),
        quotes_table(record, anchors),
        element("h4", "Stances"),
        stances_table(record),
    ]
    return element("div", join(parts), class_="newsfacts-record", id=prefix)


@dataclass(frozen=True)
class Anchors:
    """Where the table rows of a record point: to the marks in its text, or, when the text
    was not kept, the rows themselves carry the anchors (so links from a report still land)."""

    prefix: str
    has_text: bool

    def cell(self, content: Cell, kind: str, key: str | int, *, marked: bool = True) -> Html:
        """A table cell linked to the fact's mark; `marked` is False for a fact with no
        place in the text (an actor without mentions)."""
        anchor = f"{self.prefix}-{kind}-{key}"
        if not self.has_text:
            return element("span", content, id=anchor)
        return link(content, anchor if marked else None)


def highlights(record: ArticleRecord, prefix: str) -> list[Highlight]:
    """Every span to mark in the record's text: actor mentions, amounts, dates, quotes."""
    marks = [
        _mention_highlight(actor, index, mention.start, mention.end, prefix)
        for actor in record.actors
        for index, mention in enumerate(actor.mentions)
    ]
    names = _actor_names(record)
    marks += [_amount_highlight(a, i, names, prefix) for i, a in enumerate(record.amounts)]
    marks += [_date_highlight(d, i, prefix) for i, d in enumerate(record.dates)]
    marks += [_quote_highlight(q, i, prefix) for i, q in enumerate(record.quotes)]
    return marks


def _mention_highlight(actor: Actor, index: int, start: int, end: int, prefix: str) -> Highlight:
    described = ", ".join(part for part in (actor.type, actor.title, actor.affiliation) if part)
    return Highlight(
        kind="actor",
        start=start,
        end=end,
        title=f"{actor.name} ({described})",
        style=mark_style("actor", actor.type),
        anchor=f"{prefix}-actor-{actor.id}" if index == 0 else None,
        label=actor.type,
    )


def _amount_highlight(amount: Amount, index: int, names: dict[str, str], prefix: str) -> Highlight:
    parties = [
        f"{role} {names.get(actor_id, actor_id)}"
        for role, actor_id in (("paid by", amount.payer_id), ("paid to", amount.payee_id))
        if actor_id
    ]
    details = [f"{format_value(amount)} {amount.currency}", *parties, amount.purpose]
    return _fact_highlight("amount", amount, index, prefix, " · ".join(p for p in details if p))


def _date_highlight(date: TimeExpression, index: int, prefix: str) -> Highlight:
    return _fact_highlight(
        "date", date, index, prefix, f"{date.type} {date.value or '(unresolved)'}"
    )


def _quote_highlight(quote: Quote, index: int, prefix: str) -> Highlight:
    verb = f" ({quote.verb})" if quote.verb else ""
    title = f"{quote.kind} quote: {quote.speaker or 'speaker unknown'}{verb}"
    return _fact_highlight("quote", quote, index, prefix, title)


def _fact_highlight(kind: str, fact: Evidence, index: int, prefix: str, title: str) -> Highlight:
    """The mark of the `index`-th fact of a kind, with its own anchor for the table's link."""
    return Highlight(
        kind=kind,
        start=fact.start,
        end=fact.end,
        title=title,
        style=mark_style(kind),
        anchor=f"{prefix}-{kind}-{index}",
    )


def format_value(amount: Amount) -> str:
    """The amount's value as a readable number, a range when it has a maximum."""
    low = _number(amount.value)
    return f"{low}–{_number(amount.value_max)}" if amount.value_max is not None else low


def _number(value: Decimal) -> str:
    return f"{value:,.2f}".removesuffix(".00")


def _actor_names(record: ArticleRecord) -> dict[str, str]:
    return {actor.id: actor.name for actor in record.actors}


def _meta_line(record: ArticleRecord) -> str:
    counts = (
        f"{len(record.actors)} actors, {len(record.amounts)} amounts, {len(record.dates)} dates, "
        f"{len(record.quotes)} quotes, {len(record.stances)} stances"
    )
    known = [
        f"id {record.id}",
        f"by {record.author}" if record.author else None,
        record.site_name,
        f"published {record.published}" if record.published else "no publication date",
        record.source,
        record.url,
        counts,
    ]
    return " · ".join(part for part in known if part)


def _legend() -> Html:
    samples = (
        element("mark", name, style=mark_style(kind, name), class_="nf-key")
        for name, kind in LEGEND
    )
    return element("p", join(samples, " "), class_="nf-legend")


def _text_block(record: ArticleRecord, prefix: str) -> Html:
    if record.text is None:
        return element(
            "p", "The article text was not kept: nothing to highlight.", class_="nf-empty"
        )
    marked = Html(render_highlighted(record.text, highlights(record, prefix)))
    return element("div", marked, class_="nf-text")


def _warnings(record: ArticleRecord) -> Html:
    if not record.warnings:
        return Html("")
    return element("ul", join(element("li", w) for w in record.warnings), class_="nf-warnings")


def actors_table(record: ArticleRecord, anchors: Anchors) -> Html:
    rows: list[list[Cell]] = [
        [
            anchors.cell(actor.name, "actor", actor.id, marked=bool(actor.mentions)),
            actor.type,
            ", ".join(actor.aliases),
            actor.title,
            actor.affiliation,
            len(actor.mentions),
            f"{actor.salience:.2f}",
        ]
        for actor in record.actors
    ]
    headers = ["Actor", "Type", "Aliases", "Title", "Affiliation", "Mentions", "Salience"]
    return table(headers, rows, empty="No actors found.")


def amounts_table(record: ArticleRecord, anchors: Anchors) -> Html:
    names = _actor_names(record)
    rows: list[list[Cell]] = [
        [
            anchors.cell(amount.text, "amount", index),
            format_value(amount),
            amount.currency,
            qualifiers(amount),
            names.get(amount.payer_id or "", amount.payer_id),
            names.get(amount.payee_id or "", amount.payee_id),
            amount.purpose,
        ]
        for index, amount in enumerate(record.amounts)
    ]
    headers = ["Amount", "Value", "Currency", "Qualifiers", "Payer", "Payee", "Purpose"]
    return table(headers, rows, empty="No amounts found.")


def qualifiers(amount: Amount) -> str:
    """What qualifies an amount, in words: "approximate, lower bound, per year"."""
    words = [
        "approximate" if amount.approximate else None,
        f"{amount.bound} bound" if amount.bound else None,
        f"per {amount.per}" if amount.per else None,
    ]
    return ", ".join(word for word in words if word)


def dates_table(record: ArticleRecord, anchors: Anchors) -> Html:
    rows: list[list[Cell]] = [
        [anchors.cell(date.text, "date", index), date.type, date.value, date.granularity]
        for index, date in enumerate(record.dates)
    ]
    return table(["Date", "Type", "Value", "Granularity"], rows, empty="No dates found.")


def quotes_table(record: ArticleRecord, anchors: Anchors) -> Html:
    rows: list[list[Cell]] = [
        [
            anchors.cell(shorten(quote.text, QUOTE_CELL_CHARS), "quote", index),
            quote.kind,
            quote.speaker,
            quote.verb,
            f"{quote.confidence:.2f}",
        ]
        for index, quote in enumerate(record.quotes)
    ]
    headers = ["Quote", "Kind", "Speaker", "Verb", "Confidence"]
    return table(headers, rows, empty="No quotes found.")


def stances_table(record: ArticleRecord) -> Html:
    rows: list[list[Cell]] = [
        [
            stance.holder,
            stance.polarity,
            stance.target,
            stance.cue,
            shorten(" … ".join(e.text for e in stance.evidence), QUOTE_CELL_CHARS),
            f"{stance.confidence:.2f}",
        ]
        for stance in record.stances
    ]
    headers = ["Holder", "Polarity", "Target", "Cue", "Evidence", "Confidence"]
    return table(headers, rows, empty="No stances found.")
