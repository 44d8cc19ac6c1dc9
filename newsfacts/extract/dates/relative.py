"""Relative points: the handlers of the rules counted from the anchor or the last point named.

"10 years ago", "30 days later", "the following day", "later that year", "last month",
"this weekend", "now", "these days". A deictic shift counts from the publication date; an
anaphoric one from the last point the text named (`Context.reference`).
"""

from __future__ import annotations

import datetime as dt
import re

from newsfacts.extract.dates.durations import unit_count
from newsfacts.extract.dates.timex import (
    GRANULARITY_ORDER,
    YEARS,
    Context,
    Direction,
    Timex,
    TimexLexicon,
    duration_value,
    format_point,
    point,
    point_start,
    shift,
    unit_granularity,
    weekday_on,
)

BACKWARD = ("ago", "earlier", "before", "back", "prior", "previously")


DEICTIC = ("ago", "from now", "hence", "back")
CLOCK_UNITS = ("H", "MIN", "S")


def read_shift(match: re.Match[str], context: Context, lexicon: TimexLexicon) -> Timex | None:
    """ "10 years ago" (from the anchor), "30 days later" (from the last date named).
    "an hour later" counts from an event no date names to the hour, so it is read as the
    length it tells (PT1H), as TimeML annotates it, not as the day named last."""
    unit = lexicon.unit_code(match.group("unit"))
    amount = unit_count(match.group("n"), lexicon)
    direction = match.group("dir")
    if unit is None or (amount is None and not is_vague(match.group("n"), lexicon)):
        return None  # "the quarter a year ago": words that count nothing, for other rules
    if amount is None or amount != int(amount):
        return Timex("DATE", "PAST_REF" if direction in BACKWARD else "FUTURE_REF")
    if unit in CLOCK_UNITS and direction not in DEICTIC:
        return Timex("DURATION", duration_value(amount, unit))
    sign = -1 if direction in BACKWARD else 1
    return _shifted(context, int(amount) * sign, unit, deictic=direction in DEICTIC)


def is_vague(words: str, lexicon: TimexLexicon) -> bool:
    """Whether the count of a shift is a vague quantity ("a few", "several")."""
    return words.strip() in lexicon.vague_quantities


def _shifted(context: Context, amount: int, unit: str, deictic: bool) -> Timex:
    """A point `amount` units from the anchor (deictic) or from the last point named.

    From the anchor the result has the unit's granularity ("10 years ago" = 2008); from a
    named point it keeps that point's ("a year earlier" after "the third quarter" is the
    third quarter of the year before; after a quarter, so is "a year ago")."""
    reference = point_start(context.reference)
    fiscal = point_start(context.fiscal)
    if fiscal is not None and unit == "Y" and abs(amount) == 1:
        reference, deictic = fiscal, False
    if reference is not None and not deictic:
        granularity, start = reference
        moved = shift(start, amount, unit)
        if moved is not None and moved.year in YEARS:
            return point(granularity, moved, anaphoric=True)
    granularity = unit_granularity(unit)
    if context.anchor is None:
        return Timex("DATE", None, granularity)
    moved = shift(context.anchor, amount, unit)
    if moved is None or moved.year not in YEARS:
        return Timex("DATE", None, granularity)
    return point(granularity, moved)


def read_anaphoric(match: re.Match[str], context: Context, lexicon: TimexLexicon) -> Timex | None:
    """ "the following day", "that week", "later that year": from the last point named."""
    unit = lexicon.unit_code(match.group("unit"))
    if unit is None:
        return None
    steps = {
        "the following": 1,
        "the next": 1,
        "the previous": -1,
        "the prior": -1,
        "the preceding": -1,
    }
    granularity = unit_granularity(unit)
    reference = point_start(context.reference)
    if reference is None and context.anchor is not None:
        reference = ("day", context.anchor)
    if reference is None or GRANULARITY_ORDER[reference[0]] > GRANULARITY_ORDER[granularity]:
        return Timex("DATE", None, granularity)
    moved = shift(reference[1], steps.get(match.group("rel"), 0), unit)
    return point(granularity, moved, anaphoric=True) if moved else None


def read_anaphoric_weekday(
    match: re.Match[str], context: Context, lexicon: TimexLexicon
) -> Timex | None:
    """ "the previous Friday", "the following Monday": the weekday before or after the last
    day the text named (or the publication date)."""
    weekday = lexicon.weekdays[match.group("wd").rstrip(".")]
    reference = point_start(context.reference)
    day = reference[1] if reference is not None and reference[0] == "day" else context.anchor
    if day is None:
        return Timex("DATE", None, "day")
    mode = "next" if match.group("rel") == "the following" else "last"
    return point("day", weekday_on(day, weekday, mode), anaphoric=True)


def read_anaphoric_day_part(
    match: re.Match[str], context: Context, lexicon: TimexLexicon
) -> Timex | None:
    """ "the next morning", "the following night": the day after the last day the text
    named, as the corpora value it (news reports the day; an evening keeps its part, TEV,
    as "Thursday evening" does). After no day named it is no expression the text fixes."""
    reference = point_start(context.reference)
    if reference is None or reference[0] != "day":
        return None
    day = point("day", reference[1] + dt.timedelta(days=1), anaphoric=True)
    part = match.group("part")
    if part in lexicon.timed_day_parts and day.value is not None:
        return Timex("TIME", f"{day.value}T{lexicon.day_parts[part]}", "time", anaphoric=True)
    return day


def read_relative_unit(
    match: re.Match[str], context: Context, lexicon: TimexLexicon
) -> Timex | None:
    """ "last month", "this year", "earlier this week", "the past year", "this decade";
    "the full year" and "the whole year" are "the year"."""
    rel, unit = match.group("rel"), match.group("unit")
    rel = "the" if rel in ("the full", "the whole", "the entire") else rel
    if rel == "the" and unit == "year" and (reference := point_start(context.reference)):
        return Timex("DATE", f"{reference[1].year:04d}", "year", anaphoric=True)
    if context.anchor is None:
        return Timex("DATE", None, unit if unit in GRANULARITY_ORDER else None)
    anchor = context.anchor
    backward = {"last", "this past", "the past", "the last", "the previous", "the prior",
                "the preceding", "the latest", "the most recent", "the recent"}  # fmt: skip
    forward = {"next", "the coming", "the next", "this coming"}
    offset = -1 if rel in backward else 1 if rel in forward else 0
    if unit == "weekend":
        return _weekend(anchor, offset, context.direction)
    if unit == "decade":
        return Timex("DATE", f"{(anchor.year + 10 * offset) // 10:03d}")
    if unit == "century":
        return Timex("DATE", f"{(anchor.year + 100 * offset) // 100:02d}")
    moved = shift(anchor, offset, {"week": "W", "month": "M", "year": "Y"}[unit])
    return point(unit, moved) if moved else None


def _weekend(anchor: dt.date, offset: int, direction: Direction) -> Timex:
    """The weekend `offset` weekends from the anchor, as a TIMEX3 week value with -WE."""
    ahead = offset > 0 or (offset == 0 and direction == "future")
    mode = ("future" if offset == 0 else "next") if ahead else ("past" if offset == 0 else "last")
    saturday = weekday_on(anchor, 6, mode)
    return Timex("DATE", f"{format_point('week', saturday)}-WE", "week")


def read_reference(match: re.Match[str], context: Context, lexicon: TimexLexicon) -> Timex | None:
    """ "now", "recently", "the future": the TIMEX3 reference the lexicon gives them."""
    return Timex("DATE", lexicon.references[match.group(0)])


def read_these_days(match: re.Match[str], context: Context, lexicon: TimexLexicon) -> Timex | None:
    """ "these days": the present."""
    return Timex("DATE", "PRESENT_REF")
