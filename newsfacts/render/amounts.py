"""The report's amounts: each counted once per article, added only where a sum means
something. No HTML here.

An article states its key figure several times: the headline's "$59M", the standfirst's
"$59 million", the body's "around $59 million". Those are one amount, not 177 million.
And two articles' amounts are two stories' figures (a budget, a fine, a salary): a total
across unrelated articles is no quantity anyone spent, so totals are per article and
currency, and per payer and payee, where the same money is being followed.
"""

from __future__ import annotations

import datetime as dt
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field
from decimal import Decimal

from newsfacts.models.corpus import CorpusActor
from newsfacts.models.records import Amount, ArticleRecord
from newsfacts.render.corpus import Corpus

AmountKey = tuple[str, Decimal, Decimal | None, str | None]


@dataclass(frozen=True)
class AmountRow:
    """One distinct amount of one article: where it is first stated (`index` into the
    record's amounts), how many times the article states it, and its parties as corpus
    actors (from whichever statement names them)."""

    record: ArticleRecord
    index: int
    amount: Amount
    times: int
    payer: CorpusActor | None
    payee: CorpusActor | None


def amount_key(amount: Amount) -> AmountKey:
    """What makes two statements one amount: the same value (or range) in the same
    currency over the same period; "around" and "about" do not make it another."""
    return (amount.currency, amount.value, amount.value_max, amount.per)


def distinct_amounts(record: ArticleRecord, corpus: Corpus) -> list[AmountRow]:
    """The record's amounts, each once, in the order of their first statement."""
    groups: dict[AmountKey, list[int]] = {}
    for index, amount in enumerate(record.amounts):
        groups.setdefault(amount_key(amount), []).append(index)
    rows = []
    for indexes in groups.values():
        statements = [record.amounts[index] for index in indexes]
        payer_id = next((a.payer_id for a in statements if a.payer_id), None)
        payee_id = next((a.payee_id for a in statements if a.payee_id), None)
        rows.append(
            AmountRow(
                record=record,
                index=indexes[0],
                amount=statements[0],
                times=len(indexes),
                payer=corpus.actor(record.id, payer_id, None),
                payee=corpus.actor(record.id, payee_id, None),
            )
        )
    return rows


def amount_rows(corpus: Corpus) -> list[AmountRow]:
    """Every distinct amount of the corpus, by publication date (undated last), then
    article order."""
    rows = [row for record in corpus.records for row in distinct_amounts(record, corpus)]
    # sorted() is stable: amounts of one date stay in article and text order
    return sorted(rows, key=lambda row: row.record.published or dt.date.max)


@dataclass
class Total:
    """The sum of distinct amounts in one currency that belong together; ranges count at
    their lower value, amounts stated per period are added as stated."""

    currency: str
    total: Decimal = Decimal(0)
    count: int = 0
    articles: list[str] = field(default_factory=list)

    def add(self, row: AmountRow) -> None:
        self.total += row.amount.value
        self.count += 1
        if row.record.id not in self.articles:
            self.articles.append(row.record.id)


@dataclass
class ArticleTotal(Total):
    """An article's distinct amounts in one currency."""

    record: ArticleRecord | None = None


@dataclass
class PairTotal(Total):
    """What one payer pays one payee in one currency, over every article naming both (one
    side may be unknown)."""

    payer: CorpusActor | None = None
    payee: CorpusActor | None = None

    @property
    def label(self) -> str:
        payer = self.payer.name if self.payer else "(unknown)"
        payee = self.payee.name if self.payee else "(unknown)"
        return f"{payer} → {payee}"


def totals_by_article(rows: Sequence[AmountRow]) -> list[ArticleTotal]:
    """Per article and currency, in the order of `rows`."""
    totals: dict[tuple[str, str], ArticleTotal] = {}
    for row in rows:
        key = (row.record.id, row.amount.currency)
        totals.setdefault(key, ArticleTotal(row.amount.currency, record=row.record)).add(row)
    return list(totals.values())


def totals_by_pair(rows: Sequence[AmountRow]) -> list[PairTotal]:
    """Per (payer, payee, currency) for amounts that name at least one of them, largest
    first within each currency."""
    totals: dict[tuple[str, str, str], PairTotal] = {}
    for row in rows:
        if row.payer is None and row.payee is None:
            continue
        key = (_id(row.payer), _id(row.payee), row.amount.currency)
        total = totals.setdefault(
            key, PairTotal(row.amount.currency, payer=row.payer, payee=row.payee)
        )
        total.add(row)
    return sorted(totals.values(), key=lambda t: (t.currency, -t.total, t.label))


def main_currency(rows: Sequence[AmountRow]) -> str | None:
    """The currency most amounts are in (a chart shows one currency only)."""
    counts = Counter(row.amount.currency for row in rows)
    return counts.most_common(1)[0][0] if counts else None


def _id(actor: CorpusActor | None) -> str:
    return actor.id if actor else ""
