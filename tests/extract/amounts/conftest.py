"""What the amounts tests share: the money grammar over the shipped lexicons."""

from __future__ import annotations

import pytest

from newsfacts.extract.amounts.grammar import MoneyGrammar
from newsfacts.extract.amounts.lexicon import MoneyLexicon


@pytest.fixture(scope="module")
def grammar() -> MoneyGrammar:
    return MoneyGrammar(MoneyLexicon.load())
