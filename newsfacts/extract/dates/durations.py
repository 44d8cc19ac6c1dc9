"""Durations and recurrences: the handlers of the rules for lengths of time and sets.

"three months", "the past two weeks", "a two-year", "several years" are DURATIONs;
"annually", "every month" are SETs. `unit_count` reads the count both durations and shifts use.
"""

from __future__ import annotations

import re
from decimal import Decimal

from newsfacts.extract.dates.timex import Context, Timex, TimexLexicon, duration_value
from newsfacts.extract.numbers import parse_number

# A unit without a number is a duration only after these ("another year"); "last day" is not.
WHOLE_UNIT = (
    "another", "an additional", "an extra", "a full", "an entire", "a whole", "the entire",
    "the whole", "a further",
)  # fmt: skip


def read_duration(match: re.Match[str], context: Context, lexicon: TimexLexicon) -> Timex | None:
    """ "three months", "the past two weeks", "a two-year", "weeks", "several years", "a
    day-long meeting" (one unit)."""
    word, number = match.group("unit"), match.group("n")
    unit = lexicon.unit_code(word)
    if unit is None:
        return None
    if number is None:
        is_plural = word not in lexicon.units
        whole = match.group(0).startswith(WHOLE_UNIT) or match.group(0).endswith("-long")
        if not is_plural and not whole:
            return None
        amount = None if is_plural else Decimal(1)
    else:
        amount = unit_count(number, lexicon)
        if amount is None and number.strip() not in lexicon.vague_quantities:
            return None
        if amount is not None and amount >= 1000 and number.isdigit():
            return None  # "the 1988 quarter" is a year, not 1,988 quarters
    if (match.group("tail") or "").endswith("half") and amount is not None:
        amount += Decimal("0.5")
    return Timex("DURATION", duration_value(amount, unit))


def read_recurrence(match: re.Match[str], context: Context, lexicon: TimexLexicon) -> Timex | None:
    """ "annually", "every month": a recurring time (SET)."""
    if match.group("mon"):
        return Timex("SET", f"XXXX-{lexicon.months[match.group('mon')]:02d}")
    return Timex("SET", lexicon.set_adverbs[match.group("adv")])


def unit_count(text: str | None, lexicon: TimexLexicon) -> Decimal | None:
    """The count in a duration or shift: 3, "three", "a", "1 1/2"; None when vague."""
    if text is None or text.strip() in lexicon.vague_quantities:
        return None
    fraction = re.fullmatch(r"(\d+)\s+(\d)/(\d)", text.strip())
    if fraction:
        whole, top, bottom = (Decimal(x) for x in fraction.groups())
        return whole + top / bottom if bottom else None
    return parse_number(text)
