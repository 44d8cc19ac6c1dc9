"""The money grammar on every amount form of issue 3, and the amounts stage on real sentences
from the seed and dev articles."""

from __future__ import annotations

from decimal import Decimal

import pytest
from money_grammar import only

from newsfacts.extract.amounts.grammar import MoneyGrammar, find_money
from newsfacts.models import Amount, ArticleRecord
from newsfacts.pipeline.extractor import Extractor


def amount_in(extractor: Extractor, text: str, published: str = "2020-01-15") -> Amount:
    record = extractor.extract(text, published=published)
    assert len(record.amounts) == 1, f"{text!r}: {record.amounts}"
    return record.amounts[0]


@pytest.mark.parametrize(
    ("text", "value", "currency"),
    [
        ("The startup raised $25m from investors.", "25000000", "USD"),
        ("It sold the unit for $1.25bn last year.", "1250000000", "USD"),
        ("The city will get two million dollars from the state.", "2000000", "USD"),
        ("Exports reached US$4.7 billion in March.", "4700000000", "USD"),
        ("The regulator fined the bank €3.2 billion.", "3200000000", "EUR"),
        ("He was paid £400,000 by the club.", "400000", "GBP"),
        ("She paid 5,500 dollars for the car.", "5500", "USD"),
        ("The bridge will cost Rs 20 crore.", "200000000", "INR"),
        ("The fund holds ¥500 billion in bonds.", "500000000000", "JPY"),
        ("Toronto will spend C$12 million on parks.", "12000000", "CAD"),
        ("The mine is worth A$3 billion.", "3000000000", "AUD"),
        ("The ruling cost the firm CHF 2.5 million.", "2500000", "CHF"),
        ("Prices climbed to 30 yuan.", "30", "CNY"),
        ("Bags will cost 10 cents each.", "0.1", "USD"),
        ("He spent half a million dollars on lawyers.", "500000", "USD"),
    ],
)
def test_amounts_forms_value_and_currency(
    text: str, value: str, currency: str, grammar: MoneyGrammar
) -> None:
    money = only(text, grammar)
    assert money.value == Decimal(value)
    assert money.currency == currency


def test_amounts_forms_dev_corpus_spellings(grammar: MoneyGrammar) -> None:
    # dev-08: a slash typed for the decimal point, a hyphenated scale, cents in figures
    assert only("includes a $68/5 million property tax hike", grammar).value == Decimal("68500000")
    assert only("which included a $300-million property tax hike", grammar).value == Decimal(
        "300000000"
    )
    assert only("the price of checkout bags to $0.10.", grammar).value == Decimal("0.10")
    # dev-09 title
    assert only("Cops in NJ would get $59M to spend on body cameras", grammar).value == Decimal(
        "59000000"
    )


def test_amounts_forms_ranges(grammar: MoneyGrammar) -> None:
    money = only("The plan costs $2 million to $3 million.", grammar)
    assert (money.value, money.value_max) == (Decimal(2000000), Decimal(3000000))
    money = only("Officials expect between $5 and $10 billion in damages.", grammar)
    assert (money.value, money.value_max) == (Decimal(5 * 10**9), Decimal(10 * 10**9))
    # dev-04: the range carries its rate
    money = only("The deputies make between $28 and $33 an hour.", grammar)
    assert (money.value, money.value_max, money.per) == (Decimal(28), Decimal(33), "hour")


def test_amounts_forms_a_change_is_two_amounts_not_a_range(grammar: MoneyGrammar) -> None:
    found = find_money("The fee rose from $2 to $3 last year.", grammar)
    assert [m.value for m in found] == [Decimal(2), Decimal(3)]
    assert all(m.value_max is None for m in found)


@pytest.mark.parametrize(
    ("text", "approximate", "bound"),
    [
        ("ICE pays the city about $5,500 a year", True, None),
        ("spending around $59 million to equip every cop", True, None),
        ("costs roughly $4 million", True, None),
        ("lost nearly $2 billion", True, None),
        ("provides more than $6 million a year", False, "lower"),
        ("raised at least $300,000", False, "lower"),
        ("the district will pay over $300,000 to buyout his contract", False, "lower"),
        ("Violations could bring fines up to $500.", False, "upper"),
        ("could face up to a $500 fine", False, "upper"),
        ("cost under $1,000", False, "upper"),
        ("less than $50 a month", False, "upper"),
    ],
)
def test_amounts_forms_qualifiers(
    text: str, approximate: bool, bound: str | None, grammar: MoneyGrammar
) -> None:
    money = only(text, grammar)
    assert (money.approximate, money.bound) == (approximate, bound)
    assert text[money.start].isalpha()  # the evidence starts at the qualifier


@pytest.mark.parametrize(
    ("text", "per"),
    [
        ("ICE pays the city about $5,500 a year to access the database.", "year"),
        ("gives qualifying households $500 a month for a year", "month"),
        ("Rates rose to $3.20 per month.", "month"),
        ("Salaries range from $40,000 to $60,000 annually.", "year"),
        ("He earns $15 an hour.", "hour"),
        ("It costs $10 weekly.", "week"),
        ("Nurses earn $300 a day.", "day"),
        ("He draws an annual salary of $150,000.", "year"),
        ("The company earned $1 million a year ago.", None),
        ("wants to withhold $1.5 million in law enforcement grants", None),
    ],
)
def test_amounts_forms_rate_period(text: str, per: str | None, grammar: MoneyGrammar) -> None:
    assert only(text, grammar).per == per


def test_amounts_forms_foreign_dollar_article(grammar: MoneyGrammar) -> None:
    text = "Ottawa pledged C$2 billion. The province added $500 million."
    assert [m.currency for m in find_money(text, grammar)] == ["CAD", "CAD"]
    # a conversion in brackets stays in US dollars
    text = "Ottawa pledged C$1.2 billion ($900 million) for housing."
    assert [m.currency for m in find_money(text, grammar)] == ["CAD", "USD"]


def test_amounts_forms_percentages_and_counts_are_not_money(grammar: MoneyGrammar) -> None:
    text = (
        "Together we can reach 100% of the goal. The vote was 9-to-1, and 74,000 students "
        "attend. Hotels are only thirty percent full. It happened in 2020 dollars terms."
    )
    assert find_money(text, grammar) == []


def test_amounts_forms_whyy_amounts(whyy_record: ArticleRecord) -> None:
    amounts = {a.text: a for a in whyy_record.amounts}
    assert set(amounts) == {"about $5,500 a year", "$1.5 million"}
    rate = amounts["about $5,500 a year"]
    assert (rate.value, rate.currency, rate.per, rate.approximate) == (
        Decimal(5500),
        "USD",
        "year",
        True,
    )
    grants = amounts["$1.5 million"]
    assert grants.value == Decimal(1500000) and grants.per is None


def test_amounts_forms_pipeline_on_dev_sentences(extractor: Extractor) -> None:
    amount = amount_in(
        extractor,
        "District 4 Supervisor Sue Frost voted against canceling the contract which provides "
        "more than $6 million a year to the Sacramento County Sheriff’s Department to help run "
        "the jail.",
        published="2018-06-06",
    )
    assert (amount.value, amount.bound, amount.per) == (Decimal(6000000), "lower", "year")
    amount = amount_in(
        extractor,
        "This latest proposed budget also calls for some programs like the guaranteed basic "
        "income program that gives qualifying households $500 a month for a year to be "
        "eliminated.",
        published="2024-12-10",
    )
    assert (amount.value, amount.per) == (Decimal(500), "month")


def test_amounts_forms_pounds_only_where_the_model_sees_money(extractor: Extractor) -> None:
    paid = extractor.extract("The club paid 50 pounds for the ticket, officials said.")
    assert [(a.value, a.currency) for a in paid.amounts] == [(Decimal(50), "GBP")]
    weight = extractor.extract("The fish weighed 50 pounds, officials said.")
    assert weight.amounts == []
