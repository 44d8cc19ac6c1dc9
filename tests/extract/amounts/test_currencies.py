"""Every current ISO 4217 currency CLDR knows, by name and by code, and the news forms that
need the article to say which currency they mean."""

from __future__ import annotations

from decimal import Decimal

import babel
import pytest
from babel import numbers
from money_grammar import only

from newsfacts.extract.amounts.currencies import CurrencyTable, build_from_cldr, cldr_currencies
from newsfacts.extract.amounts.grammar import MoneyGrammar, find_money

CODES = sorted(cldr_currencies().codes)


def test_amounts_currencies_cover_the_current_iso_codes() -> None:
    assert len(CODES) > 140
    assert {"USD", "EUR", "GBP", "RON", "NGN", "KES", "ZAR", "PLN", "MYR", "INR"} <= set(CODES)
    assert "ROL" not in CODES  # the Romanian leu of 1952-2006 is no current currency


def test_amounts_currencies_snapshot_is_what_its_babel_gives() -> None:
    snapshot = CurrencyTable.load()
    if snapshot.babel != babel.__version__:
        pytest.skip(
            f"the snapshot is of Babel {snapshot.babel}, {babel.__version__} is installed "
            "(the table is built from Babel): run scripts/build_cldr_currencies.py"
        )
    assert snapshot == build_from_cldr()
    assert cldr_currencies() == snapshot


@pytest.mark.parametrize("code", CODES)
def test_amounts_currencies_every_plural_name(code: str, grammar: MoneyGrammar) -> None:
    name = numbers.get_currency_name(code, count=2, locale="en")
    money = only(f"The ministry set aside 12.5 million {name} for the scheme.", grammar)
    assert (money.value, money.currency) == (Decimal(12_500_000), code)


@pytest.mark.parametrize("code", CODES)
def test_amounts_currencies_every_code_before_the_figure(code: str, grammar: MoneyGrammar) -> None:
    money = only(f"The fund raised {code} 12.5m last year.", grammar)
    assert (money.value, money.currency) == (Decimal(12_500_000), code)


@pytest.mark.parametrize(
    ("text", "value", "currency"),
    [
        ("Nurses in Romania earn 4,000 lei a month.", "4000", "RON"),
        ("The bank lent the Nigerian state ₦5 billion.", "5000000000", "NGN"),
        ("The Polish shop sold it for 12,50 zł.", "12.50", "PLN"),
        ("The car was listed at 1.234.567,89 € in Munich.", "1234567.89", "EUR"),
        ("Malaysia will spend RM2 billion on rail.", "2000000000", "MYR"),
        ("The Kenyan firm reported KSh 3 billion in profit.", "3000000000", "KES"),
        ("The village got Rs 1,00,000 from the fund.", "100000", "INR"),
        ("Kenya's treasury raised Ksh.6.5 billion and then Sh35.7 billion.", None, "KES"),
        ("Pretoria's grant of R250 000 a month to South Africa's clubs.", "250000", "ZAR"),
        ("Critics said the N5bn contracts were never awarded.", "5000000000", "NGN"),
        ("A 130-billion-euro bailout was agreed.", "130000000000", "EUR"),
        ("Each call cost 17p.", "0.17", "GBP"),
    ],
)
def test_amounts_currencies_forms_of_the_world(
    text: str, value: str | None, currency: str, grammar: MoneyGrammar
) -> None:
    found = find_money(text, grammar)
    assert found and all(money.currency == currency for money in found), found
    if value is not None:
        assert only(text, grammar).value == Decimal(value)


def test_amounts_currencies_code_words_need_a_scale(grammar: MoneyGrammar) -> None:
    assert find_money("ALL 70 of us signed the letter.", grammar) == []
    assert find_money("He wants to TRY 50 different recipes.", grammar) == []
    assert only("Tirana budgets ALL 70m for roads.", grammar).currency == "ALL"


def test_amounts_currencies_weak_signs_need_their_country(grammar: MoneyGrammar) -> None:
    # one-letter signs without a scale are initials, models or quarters, not money
    text = "Staff wore N95 masks in Q3, and the R2 road was closed."
    assert find_money(text, grammar) == []
    assert only("South Africa's clubs share R250 000.", grammar).currency == "ZAR"
    assert find_money("The clubs share R250 000.", grammar) == []


def test_amounts_currencies_a_dollar_is_the_articles_dollar(grammar: MoneyGrammar) -> None:
    text = "Australia's deficit grew. The Australian treasurer expects $11 billion more."
    assert only(text, grammar).currency == "AUD"
    text = "Hong Kong dollars are pegged. The tycoon paid HK$2 billion, then $3 billion more."
    assert [m.currency for m in find_money(text, grammar)] == ["HKD", "HKD"]
    # one mention of Canada does not make a US story's dollar Canadian
    assert only("The firm, which also sells in Canada, paid $5 million.", grammar).currency == (
        "USD"
    )


def test_amounts_currencies_shared_forms_default_or_follow_the_country(
    grammar: MoneyGrammar,
) -> None:
    assert only("The fine was £5 million.", grammar).currency == "GBP"
    assert only("Exporters paid 300 million Egyptian pounds.", grammar).currency == "EGP"
    assert find_money("Exporters paid 300 million pounds.", grammar) == []  # weight, maybe
    assert only("Pakistan's Pakistani budget adds Rs 500 crore.", grammar).currency == "PKR"
    assert only("The Indian budget adds Rs 500 crore.", grammar).currency == "INR"
    assert only("Moldova's Moldovan pensions rose 200 lei.", grammar).currency == "MDL"
    assert only("Rents reached 2,500 lei.", grammar).currency == "RON"


def test_amounts_currencies_cents_follow_the_main_currency(grammar: MoneyGrammar) -> None:
    text = "Dublin bills rise €5 a month, or 84c a day."
    assert [(m.currency, m.per) for m in find_money(text, grammar)] == [
        ("EUR", "month"),
        ("EUR", "day"),
    ]
    assert only("Bags will cost 10 cents each.", grammar).currency == "USD"


def test_amounts_currencies_exchange_rate_notes_are_no_amounts(grammar: MoneyGrammar) -> None:
    text = "The miner earned C$40 million.\n($1 = 1.2655 Canadian dollars)"
    assert [m.value for m in find_money(text, grammar)] == [Decimal(40_000_000)]
