"""Named periods: the handlers of the rules for quarters, halves, decades, centuries and years.

"the third quarter", "Q3 2019", "the year-ago period", "the first half of 2019", "the
1990s", "the nineties", "the 21st century", "2018", "'98", "nineteen ninety-seven". An
earnings report's "the quarter" is the fiscal period it named last.
"""

from __future__ import annotations

import datetime as dt
import re

from newsfacts.extract.dates.timex import (
    YEARS,
    Context,
    Timex,
    TimexLexicon,
    add_months,
    month_period,
    point,
    point_start,
    quarter_of,
    quarter_year,
)
from newsfacts.extract.numbers import parse_spoken_year

QUARTER_WORDS = {
    "first": 1, "1st": 1, "second": 2, "2nd": 2, "third": 3, "3rd": 3, "fourth": 4, "4th": 4,
    "final": 4,
}  # fmt: skip


DECADE_WORDS = {
    "twenties": 2, "thirties": 3, "forties": 4, "fifties": 5, "sixties": 6, "seventies": 7,
    "eighties": 8, "nineties": 9,
}  # fmt: skip


def read_quarter(match: re.Match[str], context: Context, lexicon: TimexLexicon) -> Timex | None:
    """ "the third quarter", "a fourth-quarter", "Q3 2019", "next year's first quarter";
    "the year-earlier third quarter" is that quarter a year before. A quarter named with
    "a" ("a flat second quarter", "a fourth-quarter charge") is an aside, not the period
    the report is about, so "the latest period" and "a year ago" are not read from it."""
    quarter = QUARTER_WORDS.get(match.group("ord") or "") or int(match.group("qn"))
    explicit = match.group("y1") or match.group("y2") or match.group("fy")
    rel = match.group("rel1") or match.group("rel2")
    if explicit:
        year = int(explicit)
    elif context.anchor is None:
        return Timex("DATE", None, "quarter")
    elif rel:
        year = context.anchor.year + {"last": -1, "this": 0, "next": 1}[rel]
    else:
        year = quarter_year(context.anchor, quarter, context.direction)
        year -= 1 if match.group("ago") else 0
    if year not in YEARS:
        return None
    return Timex(
        "DATE", f"{year:04d}-Q{quarter}", "quarter", anaphoric=bool(match.group("indefinite"))
    )


def read_fiscal_period(
    match: re.Match[str], context: Context, lexicon: TimexLexicon
) -> Timex | None:
    """ "the quarter", "the latest period", "the year-ago quarter", "the 1988 period":
    the fiscal period the report is about (the last one named), or the last one ended."""
    groups = match.groupdict()
    ago = bool(groups.get("ago") or groups.get("ago2"))
    rel = groups.get("rel") or ""
    reference = point_start(context.fiscal)
    if groups.get("y"):
        year = int(groups["y"])
        if reference is not None and reference[0] in ("quarter", "half"):
            return point(reference[0], reference[1].replace(year=year), anaphoric=True)
        return Timex("DATE", f"{year:04d}", "year", anaphoric=True)
    if reference is not None and (
        ago or rel not in ("this", "current", "last", "previous", "prior")
    ):
        granularity, start = reference
        return point(granularity, add_months(start, -12) if ago else start, anaphoric=True)
    if context.anchor is None:
        return Timex("DATE", None, "quarter")
    if groups.get("unit") is None:  # a bare "year-ago": the year before
        return Timex("DATE", f"{context.anchor.year - 1:04d}", "year")
    start = month_period(context.anchor.year, 3 * quarter_of(context.anchor) - 2)[0]
    if rel not in ("this", "current"):
        start = add_months(start, -3)
    return point("quarter", add_months(start, -12) if ago else start)


def read_half(match: re.Match[str], context: Context, lexicon: TimexLexicon) -> Timex | None:
    """ "the first half of 2019", "the second half": a half of a named or the anchor's year."""
    half = 1 if match.group("h") in ("first", "1st") else 2
    if match.group("y"):
        return Timex("DATE", f"{int(match.group('y')):04d}-H{half}", "year")
    if context.anchor is None:
        return Timex("DATE", None, "year")
    offset = {"last": -1, "next": 1}.get(match.group("ry") or "", 0)
    return Timex("DATE", f"{context.anchor.year + offset:04d}-H{half}", "year")


def read_decade(match: re.Match[str], context: Context, lexicon: TimexLexicon) -> Timex | None:
    """ "the 1990s", "the '90s", "the nineties": a decade; one named without its century is
    in the latest century in which it has begun."""
    groups = match.groupdict()
    if groups.get("word") or groups.get("d2"):
        digit = DECADE_WORDS[groups["word"]] if groups.get("word") else int(groups["d2"])
        return Timex("DATE", f"{_century_for(digit, context.anchor)}{digit}")
    return Timex("DATE", f"{groups['dec']}{groups['d']}")


def read_century(match: re.Match[str], context: Context, lexicon: TimexLexicon) -> Timex | None:
    """ "the 21st century", "this century": a century as its first two digits."""
    if match.group("c"):
        number = int(match.group("c"))
        return Timex("DATE", f"{number - 1:02d}") if 1 <= number <= 30 else None
    if context.anchor is None:
        return Timex("DATE", None)
    offset = {"the last": -1, "the past": -1, "the next": 1}.get(match.group("this"), 0)
    return Timex("DATE", f"{context.anchor.year // 100 + offset:02d}")


def read_year(match: re.Match[str], context: Context, lexicon: TimexLexicon) -> Timex | None:
    """ "2018", "'98", "fiscal 2019", "the end of 2018" (the year, its end a modifier)."""
    if match.group("yy"):
        short = int(match.group("yy"))
        year = short + (1900 if short > 30 else 2000)
    else:
        year = int(match.group("y"))
    if year not in YEARS:
        return None
    return Timex("DATE", f"{year:04d}", "year")


def read_spoken_year(match: re.Match[str], context: Context, lexicon: TimexLexicon) -> Timex | None:
    """ "nineteen ninety-seven": a year said in words."""
    year = parse_spoken_year(match.group("spoken"))
    return Timex("DATE", f"{year:04d}", "year") if year in YEARS else None


def _century_for(digit: int, anchor: dt.date | None) -> str:
    """The century of "the nineties": the latest one in which that decade has begun."""
    year = anchor.year if anchor else 2000
    century = year // 100
    return f"{century if century * 100 + digit * 10 <= year else century - 1:02d}"
