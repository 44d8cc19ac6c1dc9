"""A check the amounts tests share, beside the `grammar` fixture of their conftest."""

from __future__ import annotations

from newsfacts.extract.amounts.grammar import Money, MoneyGrammar, find_money


def only(text: str, grammar: MoneyGrammar) -> Money:
    """The one amount the grammar finds in `text` (fails when there is none or several)."""
    found = find_money(text, grammar)
    assert len(found) == 1, f"{text!r}: {found}"
    return found[0]
