"""Calendar dates and days: the handlers of the rules that name a day, month or season.

"2019-08-31", "Aug. 31", "Thursday, September 20, 2019", "June 2018", "late June",
"Thanksgiving", "Friday", "every Tuesday", "yesterday", "tonight", "the end of the year",
"summer 2018". Without a year the year is the one the sentence points to (`choose_year`);
without a publication date what needs one gets a null value.
"""

from __future__ import annotations

import datetime as dt
import re

from newsfacts.extract.dates.timex import (
    YEARS,
    Context,
    Direction,
    Period,
    Timex,
    TimexLexicon,
    add_months,
    choose_year,
    month_period,
    nth_weekday,
    point,
    valid_date,
    weekday_on,
)
from newsfacts.extract.numbers import parse_ordinal, parse_spoken_year


def read_numeric_date(
    match: re.Match[str], context: Context, lexicon: TimexLexicon
) -> Timex | None:
    """ "2019-08-31", "8/31/19": a two-digit year is read in the latest century that does not
    put it after next year."""
    year = int(match.group("y"))
    if year < 100:
        latest = context.anchor.year + 1 if context.anchor else 2030
        year = 2000 + year if 2000 + year <= latest else 1900 + year
    day = valid_date(year, int(match.group("m")), int(match.group("d")))
    return point("day", day) if day else None


def read_month_day(match: re.Match[str], context: Context, lexicon: TimexLexicon) -> Timex | None:
    """ "Aug. 31", "January second", "Thursday, September 20, 2019"; without a year, the
    year the sentence points to (and the one the weekday fits, when one is given)."""
    month, number = _month_number(match.group("mon"), lexicon), _day_number(match.group("d"))
    if month is None or number is None or valid_date(2000, month, number) is None:
        return None  # 2000 is a leap year, so only impossible days ("Aug. 32") stop here
    year = _explicit_year(match)
    if year is not None:
        day = valid_date(year, month, number)
        return point("day", day) if day else None
    if context.anchor is None:
        return Timex("DATE", None, "day")
    weekday = lexicon.weekdays.get((match.group("wd") or "").rstrip("."))

    def period(y: int) -> Period | None:
        day = valid_date(y, month, number)
        if day is None or (weekday and day.isoweekday() != weekday):
            return None
        return day, day

    found = choose_year(context.anchor, context.direction, period)
    if found is None and weekday:
        found = choose_year(context.anchor, None, period)
    day = valid_date(found, month, number) if found else None
    return point("day", day) if day else Timex("DATE", None, "day")


def read_month_year(match: re.Match[str], context: Context, lexicon: TimexLexicon) -> Timex | None:
    """ "June 2018", "August of last year": a month of a named or relative year."""
    month = _month_number(match.group("mon"), lexicon)
    year = _explicit_year(match)
    if month is None:
        return None
    if year is None and match.group("ry"):
        if context.anchor is None:
            return Timex("DATE", None, "month")
        year = context.anchor.year + {"last": -1, "this": 0, "next": 1}[match.group("ry")]
    if year is None or year not in YEARS:
        return None
    return Timex("DATE", f"{year:04d}-{month:02d}", "month")


def read_month_alone(match: re.Match[str], context: Context, lexicon: TimexLexicon) -> Timex | None:
    """ "August", "late June", "last November", "this September". "last February" on
    March 1 is a year before the February just ended, which would be "last month"."""
    month = _month_number(match.group("mon"), lexicon)
    if month is None:
        return None
    if context.anchor is None:
        return Timex("DATE", None, "month")
    anchor, rel = context.anchor, match.group("rel")
    if rel in ("last", "this past", "the past"):
        year = anchor.year if month < anchor.month else anchor.year - 1
        if rel == "last" and month == add_months(anchor.replace(day=1), -1).month:
            year -= 1
    elif rel in ("next", "this coming", "the coming"):
        year = anchor.year if month > anchor.month else anchor.year + 1
    elif rel == "this":
        year = anchor.year
    else:
        found = choose_year(anchor, context.direction, lambda y: month_period(y, month))
        if found is None:
            return Timex("DATE", None, "month")
        year = found
    return Timex("DATE", f"{year:04d}-{month:02d}", "month")


def read_holiday(match: re.Match[str], context: Context, lexicon: TimexLexicon) -> Timex | None:
    """ "Thanksgiving", "last Christmas", "Labor Day 2019": fixed-date and nth-weekday holidays."""
    name = match.group("hol")

    def on(year: int) -> dt.date | None:
        if year not in YEARS:
            return None
        if name in lexicon.fixed_holidays:
            month, day = (int(x) for x in lexicon.fixed_holidays[name].split("-"))
            return valid_date(year, month, day)
        month, weekday, nth, *after = lexicon.weekday_holidays[name]
        return nth_weekday(year, month, weekday, nth) + dt.timedelta(days=sum(after))

    if match.group("y"):
        day = on(int(match.group("y")))
        return point("day", day) if day else None
    if context.anchor is None:
        return Timex("DATE", None, "day")
    directions: dict[str, Direction] = {"last": "past", "this past": "past", "next": "future"}
    direction = directions.get(match.group("rel") or "", context.direction)
    found = choose_year(context.anchor, direction, lambda y: (d, d) if (d := on(y)) else None)
    day = on(found) if found else None
    return point("day", day) if day else Timex("DATE", None, "day")


def read_weekday(match: re.Match[str], context: Context, lexicon: TimexLexicon) -> Timex | None:
    """ "Friday" in a report is the latest Friday on or before the publication date;
    in a sentence that looks forward ("as soon as Friday") it is the next one. With a
    part of the day ("Tuesday night") it is still that day: news reports the day; an
    evening ("Thursday evening") is the time TimeML writes with its part (TEV), as the
    corpora annotate it (`timed_day_parts`)."""
    weekday = lexicon.weekdays[match.group("wd").rstrip(".")]
    part = match.group("part")
    timed = part is not None and part in lexicon.timed_day_parts
    if context.anchor is None:
        return Timex("TIME", None, "time") if timed else Timex("DATE", None, "day")
    default = "future" if context.direction == "future" else "past"
    modes = {"last": "last", "this past": "last", "next": "next", "this coming": "future"}
    mode = modes.get(match.group("rel") or "", default)
    day = point("day", weekday_on(context.anchor, weekday, mode))
    if timed and day.value is not None:
        return Timex("TIME", f"{day.value}T{lexicon.day_parts[part]}", "time")
    return day


def read_weekday_set(match: re.Match[str], context: Context, lexicon: TimexLexicon) -> Timex | None:
    """ "Tuesdays", "every Friday", "Sunday mornings": a weekday that recurs (SET)."""
    name = match.group("wd").rstrip(".")
    weekday = lexicon.weekdays.get(name) or lexicon.weekdays.get(name[:-1])
    if weekday is None:
        return None
    code = lexicon.day_parts.get((match.group("part") or "").rstrip("s"), "")
    return Timex("SET", f"XXXX-WXX-{weekday}" + (f"T{code}" if code else ""))


def read_relative_day(
    match: re.Match[str], context: Context, lexicon: TimexLexicon
) -> Timex | None:
    """ "today", "yesterday", "the day after tomorrow": a day counted from the anchor."""
    if context.anchor is None:
        return Timex("DATE", None, "day")
    offsets = {
        "today": 0, "yesterday": -1, "tomorrow": 1, "the day before yesterday": -2,
        "the day after tomorrow": 2,
    }  # fmt: skip
    return point("day", context.anchor + dt.timedelta(days=offsets[match.group("day")]))


def read_day_part(match: re.Match[str], context: Context, lexicon: TimexLexicon) -> Timex | None:
    """ "tonight", "this morning", "last night": parts of a day named from the anchor."""
    if match.group("tonight"):
        code, offset = "NI", 0
    else:
        code = lexicon.day_parts[match.group("part")]
        offset = -1 if match.group("rel") == "last" else 0
    if context.anchor is None:
        return Timex("TIME", None, "time")
    day = context.anchor + dt.timedelta(days=offset)
    return Timex("TIME", f"{day.isoformat()}T{code}", "time")


def read_end_of(match: re.Match[str], context: Context, lexicon: TimexLexicon) -> Timex | None:
    """ "the end of the year" is December 31 of the year meant, as the gold reads it; "the
    end of 1990", a year named in figures, is that year, as TimeML values it (TBAQ folds
    0-1: three of three), the end being a modifier of the year. In a sentence that looks
    back ("up 12% since year-end") this year's end has not come yet, so it is last year's."""
    if match.group("y"):
        year = int(match.group("y"))
        return Timex("DATE", f"{year:04d}", "year") if year in YEARS else None
    if context.anchor is None:
        return Timex("DATE", None, "day")
    offset = {"last": -1, "next": 1}.get(match.group("rel") or "", 0)
    if match.group("unit") == "month":
        start = add_months(context.anchor.replace(day=1), offset)
        return point("day", month_period(start.year, start.month)[1])
    year = context.anchor.year + offset
    if match.group("rel") is None and context.direction == "past" and context.anchor.month < 12:
        year -= 1
    return Timex("DATE", f"{year:04d}-12-31", "day")


def read_season(match: re.Match[str], context: Context, lexicon: TimexLexicon) -> Timex | None:
    """ "summer 2018", "last winter", "this fall": a season of a named or the meant year."""
    code = lexicon.seasons[match.group("season")]
    year = _explicit_year(match)
    if year is not None:
        return Timex("DATE", f"{year:04d}-{code}") if year in YEARS else None
    if context.anchor is None:
        return Timex("DATE", None)
    first, last = lexicon.season_months[code]

    def period(y: int) -> Period:
        return dt.date(y, first, 1), month_period(y + 1 if last < first else y, last)[1]

    rel = match.groupdict().get("rel") or ""
    if rel in ("last", "this past", "the past"):
        ended = [
            y
            for y in (context.anchor.year - 1, context.anchor.year)
            if period(y)[1] < context.anchor
        ]
        found = ended[-1] if ended else None
    else:
        ahead = rel in ("next", "the coming", "this coming")
        found = choose_year(context.anchor, "future" if ahead else context.direction, period)
    return Timex("DATE", f"{found:04d}-{code}" if found else None)


def _month_number(name: str | None, lexicon: TimexLexicon) -> int | None:
    """The number of a month name or abbreviation ("Aug." -> 8), if it is one."""
    return lexicon.months.get((name or "").rstrip("."))


def _day_number(text: str | None) -> int | None:
    """The day of the month in figures or words ("31st", "second")."""
    if text is None:
        return None
    return int(text) if text.isdigit() else parse_ordinal(text)


def _explicit_year(match: re.Match[str]) -> int | None:
    """The year a match names in figures or aloud ("nineteen ninety-seven"), if any."""
    groups = match.groupdict()
    if groups.get("y"):
        return int(groups["y"])
    if groups.get("spoken"):
        return parse_spoken_year(groups["spoken"])
    return None
