"""No stage raises on Unicode spacing or punctuation: every space separator (Zs), every dash
(Pd) and the quote marks, around numbers, currencies and scale words (a no-break space
before "billion" once lost a whole article to a KeyError)."""

from __future__ import annotations

import sys
import unicodedata
from decimal import Decimal

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from newsfacts.extract.amounts.grammar import MoneyGrammar, find_money
from newsfacts.extract.amounts.lexicon import MoneyLexicon
from newsfacts.pipeline.extractor import Extractor


def _characters(category: str) -> list[str]:
    return [
        chr(point)
        for point in range(sys.maxunicode + 1)
        if unicodedata.category(chr(point)) == category
    ]


SPACES = _characters("Zs")
DASHES = _characters("Pd")
QUOTES = [*_characters("Pi"), *_characters("Pf"), '"', "'", "«", "»", "„", "‚"]
PIECES = ["$", "£", "€", "₦", "Rs", "USD", "lei", "euros", "5", "1,234", "2.5", "12,50"]
SCALES = ["billion", "bn", "m", "million", "crore", "k", "bln"]

GRAMMAR = MoneyGrammar(MoneyLexicon.load())

separators = st.sampled_from([*SPACES, *DASHES, *QUOTES, ""])
words = st.sampled_from([*PIECES, *SCALES, "about", "between", "and", "to", "a year", "Friday"])
texts = st.lists(st.tuples(words, separators), min_size=1, max_size=12).map(
    lambda parts: "".join(word + separator for word, separator in parts)
)


def test_amounts_unicode_categories_are_not_empty() -> None:
    assert len(SPACES) >= 17 and "\u00a0" in SPACES and "\u202f" in SPACES
    assert "–" in DASHES and "\u2011" in DASHES


@pytest.mark.parametrize("space", SPACES)
def test_amounts_unicode_every_space_before_a_scale(space: str) -> None:
    found = find_money(f"The state paid $5{space}billion and €2{space}bn.", GRAMMAR)
    assert [money.value for money in found] == [Decimal(5 * 10**9), Decimal(2 * 10**9)]


@pytest.mark.parametrize("dash", ["-", "\u2010", "\u2011", "\u2012", "–", "—", "\u2212"])
def test_amounts_unicode_dashes_join_ranges_and_adjectives(dash: str) -> None:
    found = find_money(f"a 130{dash}billion{dash}euro bailout and £5m{dash}£6m", GRAMMAR)
    assert [(m.value, m.value_max) for m in found] == [
        (Decimal(130 * 10**9), None),
        (Decimal(5 * 10**6), Decimal(6 * 10**6)),
    ]


@settings(max_examples=300, deadline=None)
@given(texts)
def test_amounts_unicode_grammar_never_raises(text: str) -> None:
    for money in find_money(text, GRAMMAR):
        assert 0 <= money.start <= money.amount_start < money.end <= len(text)
        assert money.value >= 0


@settings(max_examples=40, deadline=None)
@given(texts)
def test_amounts_unicode_no_stage_raises(extractor: Extractor, text: str) -> None:
    """A stage that fails leaves a W004 warning on the record (or `extract` raises)."""
    record = extractor.extract(f"The council said: {text}", published="2020-01-15")
    assert not [warning for warning in record.warnings if warning.startswith("W004")]
    assert all(len(amount.currency) == 3 for amount in record.amounts)
    assert all(date.value is not None for date in record.dates)
