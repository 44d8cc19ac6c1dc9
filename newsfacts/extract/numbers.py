"""Numbers written in words or figures, as news text writes them: pure functions over strings.

Amounts ("two million dollars", "a hundred thirty million dollars") and dates ("January
second", "the past three months", "nineteen ninety-six") both need them, so they live here
rather than in either stage. English number words are language constants, like spaCy's own
`lang/en/lex_attrs.py`, not rule data, so they are code.
"""

from __future__ import annotations

import re
from decimal import Decimal, InvalidOperation

UNITS = {
    "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13,
    "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18,
    "nineteen": 19,
}  # fmt: skip
TENS = {
    "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70,
    "eighty": 80, "ninety": 90,
}  # fmt: skip
SCALES = {"hundred": 100, "thousand": 1000, "million": 10**6, "billion": 10**9, "trillion": 10**12}
ORDINAL_UNITS = {
    "first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7,
    "eighth": 8, "ninth": 9, "tenth": 10, "eleventh": 11, "twelfth": 12, "thirteenth": 13,
    "fourteenth": 14, "fifteenth": 15, "sixteenth": 16, "seventeenth": 17, "eighteenth": 18,
    "nineteenth": 19, "twentieth": 20, "thirtieth": 30,
}  # fmt: skip
NUMBER_WORDS = frozenset(UNITS) | frozenset(TENS) | frozenset(SCALES)
ORDINAL_WORDS = frozenset(ORDINAL_UNITS)

_FIGURE = re.compile(r"^\d{1,3}(?:,\d{3})+(?:\.\d+)?$|^\d*\.?\d+$")
_ORDINAL_FIGURE = re.compile(r"^(\d{1,2})(?:st|nd|rd|th)$")
_WORD_SPLIT = re.compile(r"[\s-]+")


def parse_figure(text: str) -> Decimal | None:
    """The value of a number written in figures ("5,500", "1.25", ".5"), or None."""
    cleaned = text.strip()
    if not _FIGURE.match(cleaned):
        return None
    try:
        return Decimal(cleaned.replace(",", ""))
    except InvalidOperation:
        return None


def parse_number_words(text: str) -> Decimal | None:
    """The value of a cardinal number in words ("a hundred thirty million", "twenty-six",
    "two and a half"), or None when any word is not part of a number."""
    words = [w for w in _WORD_SPLIT.split(text.casefold().strip()) if w]
    if not words:
        return None
    half = words[-3:] == ["and", "a", "half"]
    if half:
        words = words[:-3]
    value = _words_value(words)
    if value is None:
        return None
    return value + Decimal("0.5") if half else value


def _words_value(words: list[str]) -> Decimal | None:
    """Sum of scale groups: "a hundred thirty million" = (1 * 100 + 30) * 10**6."""
    total, group, seen = 0, 0, False
    for index, word in enumerate(words):
        previous = words[index - 1] if index else ""
        if word in ("a", "an") and index == 0:
            group, seen = 1, True
        elif word == "and" and previous in SCALES:
            continue
        elif word in UNITS:
            group += UNITS[word]
            seen = True
        elif word in TENS:
            group += TENS[word]
            seen = True
        elif word == "hundred":
            group = max(group, 1) * 100
            seen = True
        elif word in SCALES:
            total += max(group, 1) * SCALES[word]
            group, seen = 0, True
        else:
            return None
    return Decimal(total + group) if seen else None


def parse_number(text: str) -> Decimal | None:
    """A cardinal in figures or words ("3", "1.5", "three", "a couple of" -> 2), or None."""
    cleaned = text.casefold().strip()
    if cleaned in ("a couple of", "a couple", "couple of", "a pair of"):
        return Decimal(2)
    if cleaned[:1].isdigit() or cleaned.startswith("."):
        return parse_figure(cleaned)
    return parse_number_words(cleaned)


def parse_ordinal(text: str) -> int | None:
    """An ordinal day or position ("2nd", "second", "twenty-first", "thirty first"), or None."""
    cleaned = text.casefold().strip()
    if match := _ORDINAL_FIGURE.match(cleaned):
        return int(match.group(1))
    words = [w for w in _WORD_SPLIT.split(cleaned) if w]
    if len(words) == 1:
        return ORDINAL_UNITS.get(words[0])
    if len(words) == 2 and words[0] in TENS and words[1] in ORDINAL_UNITS:
        return TENS[words[0]] + ORDINAL_UNITS[words[1]]
    return None


def parse_spoken_year(text: str) -> int | None:
    """A year said aloud in broadcast transcripts ("nineteen ninety-six", "two thousand",
    "the year two thousand one"), or None."""
    words = [w for w in _WORD_SPLIT.split(text.casefold().strip()) if w]
    if len(words) >= 2 and words[0] in UNITS and 10 <= UNITS[words[0]] <= 20:
        rest = _words_value(words[1:])
        if rest is not None and 10 <= rest < 100:
            return UNITS[words[0]] * 100 + int(rest)
    if words[:2] == ["two", "thousand"]:
        rest = _words_value(words[2:]) if len(words) > 2 else Decimal(0)
        return 2000 + int(rest) if rest is not None and rest < 100 else None
    return None
