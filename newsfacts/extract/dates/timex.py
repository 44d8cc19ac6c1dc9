"""Dates as TIMEX3 values: the records and the pure calendar arithmetic of the dates stage.

A `Timex` is a normalised temporal expression (TimeML type, TIMEX3 value, granularity); the
functions here move dates by units, choose the year of a yearless date from the direction
of its sentence, and read and write TIMEX3 point values ("2018-Q3", "2018-W29"). The rules
that read English expressions are in `newsfacts.extract.dates.rules`.
"""

from __future__ import annotations

import calendar
import datetime as dt
import re
from collections.abc import Callable
from dataclasses import dataclass
from decimal import Decimal
from typing import Annotated, Literal

from pydantic import BeforeValidator

from newsfacts.resources.lexicon import Lexicon, PatternsIgnoringCase, WordMap, Words, fold

Direction = Literal["past", "future"] | None
Period = tuple[dt.date, dt.date]

YEARS = range(1000, 3000)
GRANULARITY_ORDER = {"day": 1, "week": 2, "month": 3, "quarter": 4, "half": 5, "year": 6}
SMALLER_UNITS = {"Y": ("M", 12), "M": ("D", 30), "W": ("D", 7), "D": ("H", 24), "H": ("M", 60)}


@dataclass(frozen=True)
class Timex:
    """A normalised temporal expression: TimeML type, TIMEX3 value and granularity.

    `anaphoric` marks a value read from the last date named ("a year earlier"): such a
    value must not become the reference of the next one, or "a year earlier" said twice
    of the same quarter would walk back two years. An aside ("a flat second quarter") is
    marked so too: it is no period the text goes on to speak of.
    """

    type: str
    value: str | None
    granularity: str | None = None
    anaphoric: bool = False


@dataclass(frozen=True)
class Context:
    """What an expression is read against.

    `anchor` is the publication date; `direction` is "future" when the sentence looks
    forward ("is set to expire Aug. 31") and "past" when it reports; `reference` is the
    last point the text named, for "30 days later"; `fiscal` the last quarter or half it
    named, which earnings reports compare with "a year earlier" and "the year-ago period".
    """

    anchor: dt.date | None = None
    direction: Direction = None
    reference: str | None = None
    fiscal: str | None = None


def _phrase_values(table: dict[str, list[str]]) -> dict[str, str]:
    """{"PRESENT_REF": ["now", ...]} as {"now": "PRESENT_REF", ...}."""
    return {fold(phrase): value for value, phrases in table.items() for phrase in phrases}


class TimexLexicon(Lexicon):
    """Word lists of the dates stage (resource `dates.json`)."""

    shipped = "dates.json"

    months: WordMap[int]
    weekdays: WordMap[int]
    day_parts: WordMap[str]
    # parts of the day a weekday keeps in its value ("Thursday evening": TEV)
    timed_day_parts: Words
    clock_words: WordMap[str]
    seasons: WordMap[str]
    season_months: dict[str, tuple[int, int]]
    fixed_holidays: WordMap[str]
    # month, ISO weekday, nth (-1: last), and days after it (Election Day: the Tuesday
    # after the first Monday of November, which is no first Tuesday when November opens on one)
    weekday_holidays: WordMap[tuple[int, int, int] | tuple[int, int, int, int]]
    references: Annotated[dict[str, str], BeforeValidator(_phrase_values)]
    extra_candidates: tuple[str, ...]
    units: WordMap[str]
    set_adverbs: WordMap[str]
    adjectival_sets: Words
    vague_quantities: Words
    future_verbs: Words
    future_words: Words
    future_auxiliaries: Words
    future_cues_before: tuple[str, ...]
    open_prepositions: Words
    forward_prepositions: Words
    backward_prepositions: Words
    range_words: Words
    # words after a year that leave it open ("1994 or later"), inside its extent
    open_ends: Words
    # words before an expression, outside its extent ("only five hours", "since")
    outside_extent: Words
    age_patterns: PatternsIgnoringCase
    not_temporal: Words
    indefinite_days: Words
    anchoring_words: Words

    def unit_code(self, word: str | None) -> str | None:
        """The unit code of a unit word, singular or plural ("centuries" -> 100Y)."""
        if word is None:
            return None
        return self.units.get(word) or next(
            (code for singular, code in self.units.items() if plural(singular) == word), None
        )


# ------------------------------------------------------------------ calendar arithmetic


def add_months(day: dt.date, months: int) -> dt.date:
    """`day` moved by whole months, clamped to the end of a shorter month."""
    year, month = divmod(day.year * 12 + day.month - 1 + months, 12)
    return dt.date(year, month + 1, min(day.day, calendar.monthrange(year, month + 1)[1]))


def valid_date(year: int, month: int, day: int) -> dt.date | None:
    """The date, or None for "Feb 30", "Aug. 32" and years out of range."""
    if year not in YEARS or not 1 <= month <= 12:
        return None
    if not 1 <= day <= calendar.monthrange(year, month)[1]:
        return None
    return dt.date(year, month, day)


def month_period(year: int, month: int) -> Period:
    return dt.date(year, month, 1), dt.date(year, month, calendar.monthrange(year, month)[1])


def quarter_period(year: int, quarter: int) -> Period:
    return month_period(year, 3 * quarter - 2)[0], month_period(year, 3 * quarter)[1]


def quarter_of(day: dt.date) -> int:
    return (day.month - 1) // 3 + 1


def shift(day: dt.date, amount: int, unit: str) -> dt.date | None:
    """`day` moved by `amount` units (Y, M, W, D, Q, 10Y...); None when out of range."""
    match = re.fullmatch(r"(\d*)(Y|M|W|D|Q|WE|H|MIN|S)", unit)
    if match is None:
        return None
    factor, code = int(match.group(1) or 1) * amount, match.group(2)
    months = {"Y": 12, "Q": 3, "M": 1}.get(code)
    days = {"W": 7, "WE": 7, "D": 1}.get(code, 0)
    try:
        return add_months(day, months * factor) if months else day + dt.timedelta(days * factor)
    except (ValueError, OverflowError):
        return None


def weekday_on(anchor: dt.date, weekday: int, mode: str) -> dt.date:
    """The date of an ISO weekday near the anchor: "past" = on or before, "last" = before,
    "future" = on or after, "next" = after."""
    back = (anchor.isoweekday() - weekday) % 7
    ahead = (weekday - anchor.isoweekday()) % 7
    offsets = {"past": -back, "last": -(back or 7), "future": ahead, "next": ahead or 7}
    return anchor + dt.timedelta(days=offsets[mode])


def nth_weekday(year: int, month: int, weekday: int, nth: int) -> dt.date:
    """The nth ISO weekday of a month, nth = -1 for the last (US holidays)."""
    last = calendar.monthrange(year, month)[1]
    days = [d for d in range(1, last + 1) if dt.date(year, month, d).isoweekday() == weekday]
    return dt.date(year, month, days[nth - 1] if nth > 0 else days[nth])


def choose_year(
    anchor: dt.date, direction: Direction, period: Callable[[int], Period | None]
) -> int | None:
    """The year that puts a yearless period ("Aug. 31", "late June") where the sentence
    points: the latest one begun by the anchor in a past sentence, the first one not over
    in a future sentence, otherwise the nearest."""
    options = [
        (year, bounds)
        for year in (anchor.year - 1, anchor.year, anchor.year + 1)
        if year in YEARS and (bounds := period(year)) is not None
    ]
    if direction == "past":
        begun = [year for year, (start, _) in options if start <= anchor]
        return begun[-1] if begun else None
    if direction == "future":
        open_ = [year for year, (_, end) in options if end >= anchor]
        return open_[0] if open_ else None
    nearest = sorted(
        options, key=lambda option: (_distance(anchor, option[1]), option[0] != anchor.year)
    )
    return nearest[0][0] if nearest else None


def _distance(anchor: dt.date, period: Period) -> float:
    """Days between the anchor and a period; news looks back more often than ahead, so a
    future period counts a fifth further away."""
    start, end = period
    if start <= anchor <= end:
        return 0
    if end < anchor:
        return (anchor - end).days
    return (start - anchor).days * 1.2


# ------------------------------------------------------------------ TIMEX3 values


def point_start(value: str | None) -> tuple[str, dt.date] | None:
    """The granularity and first day of a TIMEX3 point ("2018-Q3" -> quarter, 2018-07-01)."""
    shapes: list[tuple[str, str, Callable[[list[int]], dt.date]]] = [
        ("day", r"(\d{4})-(\d{2})-(\d{2})", lambda g: dt.date(g[0], g[1], g[2])),
        ("week", r"(\d{4})-W(\d{2})", lambda g: dt.date.fromisocalendar(g[0], g[1], 1)),
        ("month", r"(\d{4})-(\d{2})", lambda g: dt.date(g[0], g[1], 1)),
        ("quarter", r"(\d{4})-Q([1-4])", lambda g: dt.date(g[0], 3 * g[1] - 2, 1)),
        ("half", r"(\d{4})-H([12])", lambda g: dt.date(g[0], 6 * g[1] - 5, 1)),
        ("year", r"(\d{4})", lambda g: dt.date(g[0], 1, 1)),
    ]
    for granularity, shape, build in shapes:
        match = re.fullmatch(shape, value or "")
        if match:
            try:
                return granularity, build([int(x) for x in match.groups()])
            except ValueError:
                return None
    return None


def format_point(granularity: str, day: dt.date) -> str:
    """The TIMEX3 value of the period of `granularity` holding `day`."""
    if granularity == "day":
        return day.isoformat()
    if granularity == "week":
        year, week, _ = day.isocalendar()
        return f"{year:04d}-W{week:02d}"
    if granularity == "month":
        return f"{day.year:04d}-{day.month:02d}"
    if granularity == "quarter":
        return f"{day.year:04d}-Q{quarter_of(day)}"
    if granularity == "half":
        return f"{day.year:04d}-H{1 if day.month <= 6 else 2}"
    return f"{day.year:04d}"


def point(granularity: str, day: dt.date, anaphoric: bool = False) -> Timex:
    """A DATE at `granularity` holding `day` (halves are recorded with year granularity)."""
    recorded = "year" if granularity == "half" else granularity
    return Timex("DATE", format_point(granularity, day), recorded, anaphoric)


def unit_granularity(unit: str) -> str:
    """The granularity of a point named by a unit ("10 years ago" is a year)."""
    code = re.sub(r"^\d+", "", unit)
    return {"Y": "year", "M": "month", "W": "week", "WE": "week", "Q": "quarter"}.get(code, "day")


def duration_value(amount: Decimal | None, unit: str) -> str:
    """A TIMEX3 duration: P3M, PT5H, P2Y6M ("two and a half years"), PXW ("weeks")."""
    match = re.fullmatch(r"(\d*)(Y|M|W|D|Q|WE|H|MIN|S)", unit)
    if match is None:
        return "PX"
    factor, code = int(match.group(1) or 1), match.group(2)
    if code == "WE":
        code, factor = "D", factor * 2
    letter = "M" if code == "MIN" else code
    prefix = "PT" if code in ("H", "MIN", "S") else "P"
    if amount is None:
        return f"{prefix}X{letter}"
    total = amount * factor
    whole = int(total)
    if total == whole:
        return f"{prefix}{whole}{letter}"
    if code not in SMALLER_UNITS:
        return f"{prefix}{total.normalize()}{letter}"
    small, per = SMALLER_UNITS[code]
    rest = int((total - whole) * per)
    if code == "D":
        return f"P{whole}DT{rest}H" if whole else f"PT{rest}H"
    return f"{prefix}{f'{whole}{letter}' if whole else ''}{rest}{small}"


def granularity_of(value: str | None) -> str | None:
    """The granularity of a TIMEX3 value, as the record states it."""
    if value and re.match(r"\d{4}-\d{2}-\d{2}T", value):
        return "time"
    found = point_start(value)
    if found is None:
        return None
    return "year" if found[0] == "half" else found[0]


def quarter_year(anchor: dt.date, quarter: int, direction: Direction) -> int:
    """The year of a yearless quarter: the latest one begun by the anchor, since reports
    speak of quarters just ended even in the future tense ("will report third-quarter
    results"); the next year's only when that quarter ended more than a quarter ago."""
    year = anchor.year if quarter_period(anchor.year, quarter)[0] <= anchor else anchor.year - 1
    if direction == "future" and quarter_period(year, quarter)[1] < anchor - dt.timedelta(days=92):
        return year + 1
    return year


def plural(word: str) -> str:
    """The plural of a unit word: "century" -> "centuries", "millennium" -> "millennia"."""
    if word.endswith("y") and not word.endswith("day"):
        return word[:-1] + "ies"
    if word.endswith("ium"):
        return word[:-3] + "ia"
    return word + "s"
