"""The corpus report: one self-contained HTML page over the records of a batch run.

No external script, style, font or image: the page opens from a file with no network. Its
one inline script (sorting and filtering, `interactive`) is allowed by its hash in a
Content-Security-Policy that forbids any other script, should some ever slip in. Every
piece of article text is escaped by the builders in `markup`.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from newsfacts.models.records import ArticleRecord, ErrorEntry
from newsfacts.render.amounts import (
    AmountRow,
    amount_rows,
    main_currency,
    totals_by_article,
    totals_by_pair,
)
from newsfacts.render.corpus import Corpus, Speaker, StanceGraph, quoted_speakers, stance_graph
from newsfacts.render.interactive import REPORT_SCRIPT, REPORT_SCRIPT_CSS, script_source_hash
from newsfacts.render.markup import Cell, Html, element, join, link, shorten, table
from newsfacts.render.record import format_value, qualifiers, record_section
from newsfacts.render.style import RECORD_CSS, REPORT_CSS
from newsfacts.render.svg import bar_chart_svg, network_key, network_svg

CONTENT_POLICY = (
    f"default-src 'none'; script-src {script_source_hash()}; style-src 'unsafe-inline'; "
    "img-src data:"
)
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
            element("style", Html(REPORT_CSS + RECORD_CSS + REPORT_SCRIPT_CSS)),
        ]
    )
    script = f"<script>{REPORT_SCRIPT}</script>"
    return (
        f'<!DOCTYPE html>\n<html lang="en">\n<head>{head}</head>\n'
        f"<body>{body}{script}</body>\n</html>\n"
    )


def _section(anchor: str, heading: str, parts: Sequence[Html]) -> Html:
    return element("section", join([element("h2", heading), *parts]), id=anchor)


def _navigation() -> Html:
    return element("nav", join(link(name, anchor) for anchor, name in SECTIONS))


def _summary(corpus: Corpus, errors: Sequence[ErrorEntry]) -> str:
    count = lambda kind: sum(len(getattr(r, kind)) for r in corpus.records)  # noqa: E731
    return (
        f"{len(corpus.records)} articles ({len(errors)} could not be extracted) · "
        f"{len(corpus.actors)} actors after merging · {len(amount_rows(corpus))} amounts · "
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
    """The network drawing (its most connected nodes), its key, and every stance as a
    table."""
    graph = stance_graph(corpus)
    if not graph.edges:
        return [element("p", "No stances found.", class_="nf-empty")]
    rows: list[list[Cell]] = [
        [s.holder, s.polarity, s.target, s.cue, link(record.id, corpus.prefixes[record.id])]
        for record in corpus.records
        for s in record.stances
    ]
    return [
        network_svg(graph.nodes, graph.edges, title="Who supports or opposes what"),
        network_key(),
        element("p", _network_note(graph), class_="nf-summary"),
        table(["Holder", "Polarity", "Target", "Cue", "Article"], rows, empty=""),
    ]


def _network_note(graph: StanceGraph) -> str:
    shown = f"{len(graph.nodes)} actors and targets, {len(graph.edges)} links"
    if len(graph.nodes) < graph.all_nodes:
        shown += f" (the most connected of {graph.all_nodes} and {graph.all_edges})"
    return (
        f"Drawn: {shown}. Left: who holds stances; middle: who holds stances and is a "
        "target; right: what is only a target. The table below lists every stance."
    )


def amount_parts(corpus: Corpus) -> list[Html]:
    """Totals between payers and payees, totals per article, then every distinct amount by
    publication date; an amount an article repeats is one amount, and nothing is added up
    across articles that do not follow the same money."""
    rows = amount_rows(corpus)
    if not rows:
        return [element("p", "No amounts found.", class_="nf-empty")]
    return [
        element("h3", "Between payers and payees"),
        *_by_pair(rows),
        element("h3", "Per article"),
        _by_article(rows, corpus),
        element("h3", "Every amount"),
        _every_amount(rows, corpus),
    ]


def _by_pair(rows: Sequence[AmountRow]) -> list[Html]:
    totals = totals_by_pair(rows)
    currency = main_currency(rows)
    bars = [(t.label, float(t.total)) for t in totals if t.currency == currency]
    table_rows: list[list[Cell]] = [
        [
            t.payer.name if t.payer else None,
            t.payee.name if t.payee else None,
            t.currency,
            f"{t.total:,}",
            t.count,
            ", ".join(t.articles),
        ]
        for t in totals
    ]
    headers = ["Payer", "Payee", "Currency", "Total", "Amounts", "Articles"]
    parts = [table(headers, table_rows, empty="No amount names who pays or who is paid.")]
    if bars:
        title = f"Amounts in {currency} from payer to payee"
        parts.insert(0, bar_chart_svg(bars[:CHART_BARS], title=title, unit=currency or ""))
    return parts


def _by_article(rows: Sequence[AmountRow], corpus: Corpus) -> Html:
    table_rows: list[list[Cell]] = [
        [
            link(t.record.title or t.record.id, corpus.prefixes[t.record.id]) if t.record else None,
            str(t.record.published or "") if t.record else None,
            t.currency,
            f"{t.total:,}",
            t.count,
        ]
        for t in totals_by_article(rows)
    ]
    headers = ["Article", "Published", "Currency", "Total of its distinct amounts", "Amounts"]
    return table(headers, table_rows, empty="")


def _every_amount(rows: Sequence[AmountRow], corpus: Corpus) -> Html:
    table_rows: list[list[Cell]] = [
        [
            str(row.record.published or ""),
            link(row.amount.text, f"{corpus.prefixes[row.record.id]}-amount-{row.index}"),
            format_value(row.amount),
            row.amount.currency,
            qualifiers(row.amount),
            row.times,
            row.payer.name if row.payer else None,
            row.payee.name if row.payee else None,
            row.amount.purpose,
            row.record.id,
        ]
        for row in rows
    ]
    headers = ["Published", "Amount", "Value", "Currency", "Qualifiers", "Times stated"]
    return table([*headers, "Payer", "Payee", "Purpose", "Article"], table_rows, empty="")


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
