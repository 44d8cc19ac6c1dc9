"""The corpus report: one self-contained HTML page over the records of a batch run.

No script, no external style, font or image: the page opens from a file with no network,
and a Content-Security-Policy forbids any script should some ever slip in. Every piece of
article text is escaped by the builders in `markup`.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from newsfacts.models.records import ArticleRecord, ErrorEntry
from newsfacts.render.corpus import (
    AmountRow,
    Corpus,
    Speaker,
    amount_rows,
    amounts_by_actor,
    main_currency,
    quoted_speakers,
    stance_graph,
    totals_by_month,
)
from newsfacts.render.markup import Cell, Html, element, join, link, shorten, table
from newsfacts.render.record import format_value, qualifiers, record_section
from newsfacts.render.style import RECORD_CSS, REPORT_CSS
from newsfacts.render.svg import bar_chart_svg, network_key, network_svg

CONTENT_POLICY = "default-src 'none'; style-src 'unsafe-inline'; img-src data:"
CHART_BARS = 15
QUOTE_CHARS = 140
SECTIONS = (
    ("articles", "Articles"),
    ("actors", "Actors"),
    ("stances", "Stance network"),
    ("amounts", "Amounts"),
    ("speakers", "Most quoted"),
    ("texts", "Article texts"),
)


def build_report(
    records: Iterable[ArticleRecord | ErrorEntry], *, title: str = "newsfacts report"
) -> str:
    """The HTML page of a corpus: actors merged across articles, the stance network,
    amounts by actor and over time, the most quoted speakers, and each article's
    highlighted text, linked from the tables. Error entries are listed, not dropped."""
    items = list(records)
    corpus = Corpus.of([item for item in items if isinstance(item, ArticleRecord)])
    errors = [item for item in items if isinstance(item, ErrorEntry)]
    body = [
        element("h1", title),
        element("p", _summary(corpus, errors), class_="nf-summary"),
        _navigation(),
        _section("articles", "Articles", [articles_table(corpus), errors_table(errors)]),
        _section("actors", "Actors across articles", [actors_table(corpus)]),
        _section("stances", "Stance network", stance_parts(corpus)),
        _section("amounts", "Amounts", amount_parts(corpus)),
        _section("speakers", "Most quoted speakers", speaker_parts(corpus)),
        _section("texts", "Article texts", article_texts(corpus)),
    ]
    return _page(title, join(body))


def _page(title: str, body: Html) -> str:
    head = join(
        [
            Html('<meta charset="utf-8">'),
            Html(f'<meta http-equiv="Content-Security-Policy" content="{CONTENT_POLICY}">'),
            Html('<meta name="viewport" content="width=device-width, initial-scale=1">'),
            element("title", title),
            element("style", Html(REPORT_CSS + RECORD_CSS)),
        ]
    )
    return f'<!DOCTYPE html>\n<html lang="en">\n<head>{head}</head>\n<body>{body}</body>\n</html>\n'


def _section(anchor: str, heading: str, parts: Sequence[Html]) -> Html:
    return element("section", join([element("h2", heading), *parts]), id=anchor)


def _navigation() -> Html:
    return element("nav", join(link(name, anchor) for anchor, name in SECTIONS))


def _summary(corpus: Corpus, errors: Sequence[ErrorEntry]) -> str:
    count = lambda kind: sum(len(getattr(r, kind)) for r in corpus.records)  # noqa: E731
    return (
        f"{len(corpus.records)} articles ({len(errors)} could not be extracted) · "
        f"{len(corpus.actors)} actors after merging · {count('amounts')} amounts · "
        f"{count('dates')} dates · {count('quotes')} quotes · {count('stances')} stances"
    )


def articles_table(corpus: Corpus) -> Html:
    rows: list[list[Cell]] = [
        [
            link(record.title or record.id, corpus.prefixes[record.id]),
            record.id,
            str(record.published or ""),
            *(len(getattr(record, kind)) for kind in ("actors", "amounts", "dates", "quotes")),
            len(record.stances),
        ]
        for record in corpus.records
    ]
    headers = ["Article", "Id", "Published", "Actors", "Amounts", "Dates", "Quotes", "Stances"]
    return table(headers, rows, empty="No records.")


def errors_table(errors: Sequence[ErrorEntry]) -> Html:
    if not errors:
        return Html("")
    rows: list[list[Cell]] = [[e.id, e.source, e.code, e.reason] for e in errors]
    return join(
        [element("h3", "Not extracted"), table(["Id", "Source", "Code", "Reason"], rows, empty="")]
    )


def actors_table(corpus: Corpus) -> Html:
    rows: list[list[Cell]] = [
        [
            link(actor.name, corpus.mention_anchor(actor.articles[0], actor)),
            actor.type,
            shorten(", ".join(actor.aliases), 120),
            actor.mentions,
            len(actor.articles),
            join((link(a, corpus.mention_anchor(a, actor)) for a in actor.articles), ", "),
        ]
        for actor in corpus.actors
    ]
    headers = ["Actor", "Type", "Also named", "Mentions", "Articles", "In"]
    return table(headers, rows, empty="No actors found.")


def stance_parts(corpus: Corpus) -> list[Html]:
    """The network drawing, its key, and the stances as a table."""
    nodes, edges = stance_graph(corpus)
    if not edges:
        return [element("p", "No stances found.", class_="nf-empty")]
    rows: list[list[Cell]] = [
        [s.holder, s.polarity, s.target, s.cue, link(record.id, corpus.prefixes[record.id])]
        for record in corpus.records
        for s in record.stances
    ]
    return [
        network_svg(nodes, edges, title="Who supports or opposes what"),
        network_key(),
        table(["Holder", "Polarity", "Target", "Cue", "Article"], rows, empty=""),
    ]


def amount_parts(corpus: Corpus) -> list[Html]:
    """Totals by actor (chart and table), then every amount by publication date."""
    rows = amount_rows(corpus)
    if not rows:
        return [element("p", "No amounts found.", class_="nf-empty")]
    return [
        element("h3", "By actor"),
        *_by_actor(rows),
        element("h3", "Over time"),
        *_over_time(rows, corpus),
    ]


def _by_actor(rows: Sequence[AmountRow]) -> list[Html]:
    tallies = amounts_by_actor(rows)
    currency = main_currency(rows)
    bars = [
        (f"{t.actor.name} ({t.role})", float(t.total)) for t in tallies if t.currency == currency
    ]
    table_rows: list[list[Cell]] = [
        [t.actor.name, t.role, t.currency, f"{t.total:,}", t.count, ", ".join(t.articles)]
        for t in tallies
    ]
    headers = ["Actor", "Role", "Currency", "Total", "Amounts", "Articles"]
    parts = [table(headers, table_rows, empty="No amount names who pays or who is paid.")]
    if bars:
        title = f"Amounts in {currency} by actor"
        parts.insert(0, bar_chart_svg(bars[:CHART_BARS], title=title, unit=currency or ""))
    return parts


def _over_time(rows: Sequence[AmountRow], corpus: Corpus) -> list[Html]:
    currency = main_currency(rows) or ""
    months = totals_by_month(rows, currency)
    table_rows: list[list[Cell]] = [
        [
            str(row.record.published or ""),
            link(row.amount.text, f"{corpus.prefixes[row.record.id]}-amount-{row.index}"),
            format_value(row.amount),
            row.amount.currency,
            qualifiers(row.amount),
            row.payer.name if row.payer else None,
            row.payee.name if row.payee else None,
            row.amount.purpose,
            row.record.id,
        ]
        for row in rows
    ]
    headers = ["Published", "Amount", "Value", "Currency", "Qualifiers", "Payer", "Payee"]
    parts = [table([*headers, "Purpose", "Article"], table_rows, empty="")]
    if months:
        bars = [(month, float(total)) for month, total in months]
        title = f"Amounts in {currency} by month of publication"
        parts.insert(0, bar_chart_svg(bars, title=title, unit=currency))
    return parts


def speaker_parts(corpus: Corpus) -> list[Html]:
    """The most quoted speakers as a chart, then a table with each one's first quote."""
    speakers = quoted_speakers(corpus)
    if not speakers:
        return [element("p", "No attributed quotes found.", class_="nf-empty")]
    bars = [(speaker.name, float(len(speaker.quotes))) for speaker in speakers[:CHART_BARS]]
    rows = [_speaker_row(speaker, corpus) for speaker in speakers]
    headers = ["Speaker", "Quotes", "Direct", "Articles", "First quote"]
    return [
        bar_chart_svg(bars, title="Quotes per speaker", unit="quotes"),
        table(headers, rows, empty=""),
    ]


def _speaker_row(speaker: Speaker, corpus: Corpus) -> list[Cell]:
    record, index, quote = speaker.quotes[0]
    anchor = f"{corpus.prefixes[record.id]}-quote-{index}"
    return [
        speaker.name,
        len(speaker.quotes),
        speaker.direct,
        join((link(a, corpus.prefixes.get(a)) for a in speaker.articles), ", "),
        link(shorten(quote.text, QUOTE_CHARS), anchor),
    ]


def article_texts(corpus: Corpus) -> list[Html]:
    """Each record's highlighted text and tables, anchored for the links above."""
    return [
        element("div", record_section(record, corpus.prefixes[record.id]), class_="nf-article")
        for record in corpus.records
    ]
