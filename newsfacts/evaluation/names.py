"""When a predicted name and a gold name are the same actor, as `../shared/eval/spans.py`
`names_match` decides: one rule for every evaluator that matches by name."""

from __future__ import annotations

import re


def _name_words(name: str) -> list[str]:
    return re.sub(r"[^\w\s]", " ", name.replace("’", "'")).lower().split()


def names_match(a: str, b: str) -> bool:
    """The scorer's name match: equal words, the same last word, or one's words inside the
    other's ("Sanders" = "Bernie Sanders", "Republican Party" = "Party")."""
    words_a, words_b = _name_words(a), _name_words(b)
    if not words_a or not words_b:
        return False
    return (
        words_a == words_b
        or words_a[-1] == words_b[-1]
        or set(words_a) <= set(words_b)
        or set(words_b) <= set(words_a)
    )
