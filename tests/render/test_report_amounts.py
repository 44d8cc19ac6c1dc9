"""The report's amounts: one amount per article however often it is stated, and totals only
per article, per currency and per payer and payee, never across unrelated articles."""

from __future__ import annotations

from decimal import Decimal
from typing import Any

from rendered_html import actor, evidence, make_record, read_marks

from newsfacts.models import ArticleRecord
from newsfacts.render import build_report
from newsfacts.render.amounts import amount_rows, totals_by_article, totals_by_pair
from newsfacts.render.corpus import Corpus

PARKS = (
    "Council approves $59M for parks\n\n"
    "The Springfield council approved $59 million for new parks on Monday. "
    "The city will pay around $59 million to Green Builders over two years. "
    "A separate grant of 2 million euros came from Brussels."
)
FINE = "A court fined Acme Corp $59 million on Tuesday for polluting the river."


def money(text: str, phrase: str, value: int, currency: str = "USD", **more: Any) -> dict:
    return {**evidence(text, phrase), "value": value, "currency": currency, **more}


def records() -> list[ArticleRecord]:
    parks = make_record(
        "parks",
        PARKS,
        title="Council approves $59M for parks",
        published="2020-01-13",
        actors=[
            actor(PARKS, "a1", "Springfield", "GPE", ["Springfield"]),
            actor(PARKS, "a2", "Green Builders", "ORG", ["Green Builders"]),
        ],
        amounts=[
            money(PARKS, "$59M", 59_000_000),
            money(PARKS, "$59 million", 59_000_000),
            money(
                PARKS,
                "around $59 million",
                59_000_000,
                approximate=True,
                payer_id="a1",
                payee_id="a2",
            ),
            money(PARKS, "2 million euros", 2_000_000, "EUR"),
        ],
    )
    fine = make_record(
        "fine",
        FINE,
        title="Acme fined",
        published="2020-01-14",
        actors=[actor(FINE, "a1", "Acme Corp", "ORG", ["Acme Corp"])],
        amounts=[money(FINE, "$59 million", 59_000_000, payer_id="a1")],
    )
    return [parks, fine]


def test_render_amounts_a_repeated_amount_is_one_amount() -> None:
    rows = amount_rows(Corpus.of(records()))
    parks = [row for row in rows if row.record.id == "parks"]
    assert [(row.amount.value, row.amount.currency, row.times) for row in parks] == [
        (Decimal(59_000_000), "USD", 3),
        (Decimal(2_000_000), "EUR", 1),
    ]
    first = parks[0]
    assert first.index == 0 and first.amount.text == "$59M"
    assert (first.payer and first.payer.name, first.payee and first.payee.name) == (
        "Springfield",
        "Green Builders",
    )


def test_render_amounts_totals_are_per_article_and_currency() -> None:
    totals = totals_by_article(amount_rows(Corpus.of(records())))
    found = {(t.record.id if t.record else None, t.currency): t.total for t in totals}
    assert found == {
        ("parks", "USD"): Decimal(59_000_000),
        ("parks", "EUR"): Decimal(2_000_000),
        ("fine", "USD"): Decimal(59_000_000),
    }


def test_render_amounts_totals_between_payer_and_payee() -> None:
    totals = totals_by_pair(amount_rows(Corpus.of(records())))
    assert {(t.label, t.currency, t.total) for t in totals} == {
        ("Springfield → Green Builders", "USD", Decimal(59_000_000)),
        ("Acme Corp → (unknown)", "USD", Decimal(59_000_000)),
    }


def test_render_amounts_the_report_adds_nothing_up_across_articles() -> None:
    report = build_report(records())
    for wrong in ("118,000,000", "177,000,000", "236,000,000"):
        assert wrong not in report
    assert "by month" not in report
    assert "· 3 amounts ·" in report
    read_marks(report)  # well formed
