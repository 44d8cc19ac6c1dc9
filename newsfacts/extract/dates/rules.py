"""Rules that read the temporal expressions of news text as TIMEX3 values.

`TimexNormaliser.normalise(text, context)` reads one expression ("Aug. 31", "last month",
"10 years ago", "the past three months", "annually") against the publication date and
returns its TimeML type (DATE, TIME, DURATION, SET) and value (ISO 8601, or a TIMEX3 form
such as "2018-Q3", "P3M", "PRESENT_REF"). Rules cover the forms news text uses most;
dateparser reads the calendar dates no rule knows, with explicit settings and a cache,
since one call costs about a millisecond.

Nothing here resolves against today's date: without a publication date, expressions that
need one get a null value.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable
from decimal import Decimal
from functools import lru_cache
from typing import Any

from dateparser.date import DateDataParser

from newsfacts.extract.dates.timex import (
    GRANULARITY_ORDER,
    YEARS,
    Context,
    Direction,
    Period,
    Timex,
    TimexLexicon,
    add_months,
    choose_year,
    duration_value,
    format_point,
    granularity_of,
    month_period,
    nth_weekday,
    plural,
    point,
    point_start,
    quarter_of,
    quarter_year,
    shift,
    unit_granularity,
    valid_date,
    weekday_on,
)
from newsfacts.extract.numbers import (
    ORDINAL_UNITS,
    TENS,
    parse_number,
    parse_ordinal,
    parse_spoken_year,
)

Handler = Callable[[re.Match[str], Context], "Timex | None"]

QUARTER_WORDS = {
    "first": 1, "1st": 1, "second": 2, "2nd": 2, "third": 3, "3rd": 3, "fourth": 4, "4th": 4,
    "final": 4,
}  # fmt: skip
DECADE_WORDS = {
    "twenties": 2, "thirties": 3, "forties": 4, "fifties": 5, "sixties": 6, "seventies": 7,
    "eighties": 8, "nineties": 9,
}  # fmt: skip
BACKWARD = ("ago", "earlier", "before", "back", "prior", "previously")
DEICTIC = ("ago", "from now", "hence", "back")
# A unit without a number is a duration only after these ("another year"); "last day" is not.
WHOLE_UNIT = (
    "another", "an additional", "an extra", "a full", "an entire", "a whole", "the entire",
    "the whole", "a further",
)  # fmt: skip
MODIFIERS = (
    r"(?:early|late|mid-|mid|earlier|later|the end of|end of|the beginning of|beginning of|"
    r"the start of|start of|the middle of|the first half of|the second half of|the rest of|"
    r"the remainder of|the close of|the first week of|the last week of|the first days of|"
    r"the last days of|sometime|some time|the same)"
)
QUANTIFIERS = (
    r"(?:about|nearly|almost|more than|less than|fewer than|some|roughly|around|over|just|"
    r"only|at least|at most|approximately|barely|exactly|a full|up to|well over|no more than|"
    r"no less than|close to|within|under|another|an additional|an extra|the first|the last|"
    r"the past|the next|the coming|the previous|the final|the remaining|the following|"
    r"the latest|the first full|the|each of the past|each of the last|the same|a further|"
    r"past|last|next|first|all|the entire|the whole|an entire|a whole|those|these)"
)
NUMBER = r"(?:\d+(?:\.\d+)?(?:\s+\d/\d)?|[a-z]+(?:[\s-][a-z]+)*?|a couple of|couple of)"
CLOCK = (
    r"(?:(?P<h>\d{1,2})(?:[:.](?P<mi>\d{2}))?\s*(?P<ampm>a\.?m\.?|p\.?m\.?)"
    r"|(?P<cw>noon|midnight|midday)|(?P<h24>\d{1,2}):(?P<mi24>\d{2}))"
    r"(?:\s+(?:e[sd]t|c[sd]t|m[sd]t|p[sd]t|gmt|utc|et|ct|pt|local time))?"
)
LEADING_WORDS = re.compile(
    r"^(?:both|between|from|since|until|till|through|just|only|even|as early as|as late as|"
    r"as soon as|as long as|the the)\s+"
)


class TimexNormaliser:
    """Rules for the temporal expressions of news text, tried in order on a cleaned form.

    A rule's handler returns None when its words do not make a time after all ("Aug. 32"),
    and the next rule is tried; it returns a Timex with a null value when the expression
    is temporal but cannot be resolved (no publication date).
    """

    def __init__(self, lexicon: TimexLexicon, use_dateparser: bool = True) -> None:
        self.lexicon = lexicon
        self.use_dateparser = use_dateparser
        self.rules = [(re.compile(pattern), handler) for pattern, handler in self._table()]

    def normalise(self, text: str, context: Context) -> Timex | None:
        """The type and value of one expression, or None when it is not one the rules know."""
        cleaned = clean_expression(text)
        if not cleaned:
            return None
        for pattern, handler in self.rules:
            match = pattern.fullmatch(cleaned)
            if match is not None and (found := handler(match, context)) is not None:
                return found
        return self._dateparser(cleaned, context) if self.use_dateparser else None

    def is_age_or_count(self, text: str) -> bool:
        """Ages ("52 years old", "6-year-old") and bare numbers that the model tags DATE."""
        cleaned = clean_expression(text)
        if re.fullmatch(r"\d{1,3}|\d{5,}|\d+\.\d+", cleaned):
            return True
        return any(pattern.search(cleaned) for pattern in self.lexicon.age_patterns)

    # ---------------------------------------------------------------- the rule table

    def _table(self) -> list[tuple[str, Handler]]:
        lex = self.lexicon
        month = _alternation(lex.months, "mon") + r"\.?"
        weekday = _alternation(lex.weekdays, "wd") + r"\.?"
        weekdays = _alternation({f"{w}s": n for w, n in lex.weekdays.items() if len(w) > 4}, "wd")
        part = _alternation(lex.day_parts)
        season = _alternation(lex.seasons, "season")
        holiday = _alternation({**lex.fixed_holidays, **lex.weekday_holidays}, "hol")
        unit = _alternation(
            {**lex.units, **{plural(word): code for word, code in lex.units.items()}}, "unit"
        )
        day = rf"(?P<d>\d{{1,2}}(?:st|nd|rd|th)?|{_ordinal_words()})"
        year = r"(?:(?P<y>\d{4})|(?P<spoken>(?:nineteen|twenty|two thousand)[a-z\s-]*))"
        rel_year = r"(?P<ry>last|this|next) year"
        on_weekday = rf"(?:(?:the\s+|this coming\s+|this\s+|next\s+|last\s+|on\s+)?{weekday},?\s+)"
        return [
            (r"(?P<y>\d{4})-(?P<m>\d{1,2})-(?P<d>\d{1,2})", self._numeric_date),
            (r"(?P<m>\d{1,2})/(?P<d>\d{1,2})/(?P<y>\d{2}|\d{4})", self._numeric_date),
            (
                r"(?:(?:at|around|about|approximately|shortly after|shortly before|just after|"
                rf"just before|after|before|by)\s+)?{CLOCK}(?:,?\s+(?:on\s+)?(?P<rest>.+))?",
                self._clock,
            ),
            (rf"(?P<rest>.+?),?\s+(?:at\s+|around\s+)?{CLOCK}", self._clock),
            (
                rf"{on_weekday}?(?:the\s+)?{month}\s+(?:the\s+)?{day}(?:,?\s+{year})?",
                self._month_day,
            ),
            (
                rf"{on_weekday}?(?:the\s+)?{day}\s+(?:of\s+)?{month}(?:,?\s+{year})?",
                self._month_day,
            ),
            (rf"(?:{MODIFIERS}\s*)?{month},?\s+(?:of\s+)?(?:{year}|{rel_year})", self._month_year),
            (
                rf"(?:(?P<mod>{MODIFIERS})\s*)?(?:(?P<rel>last|this|next|this past|this coming|"
                rf"the coming|the past)\s+)?{month}",
                self._month_alone,
            ),
            (
                rf"(?:(?P<rel>last|this|next|this past)\s+)?{holiday}(?:\s+(?P<y>\d{{4}}))?",
                self._holiday,
            ),
            (
                rf"(?:(?:every|each|on)\s+)?{weekdays}"
                r"(?:\s+(?P<part>mornings|afternoons|evenings|nights))?",
                self._weekday_set,
            ),
            (rf"(?:every|each)\s+{weekday}(?:\s+(?P<part>{part}))?", self._weekday_set),
            (
                r"(?:(?:early|late|earlier|later)\s+)?(?:(?P<rel>last|this|next|this past|"
                rf"this coming|on|the)\s+)?{weekday}(?:\s+{part})?",
                self._weekday,
            ),
            (
                rf"(?:{part}\s+)?(?:(?:early|late|earlier|later)\s+)?(?P<day>today|yesterday|tomorrow|"
                rf"the day before yesterday|the day after tomorrow)(?:\s+{part})?",
                self._relative_day,
            ),
            (
                rf"(?:(?:early|late|later|earlier)\s+)?(?:(?P<tonight>tonight|overnight)|"
                rf"(?P<rel>this|last)\s+(?P<part>{part}))",
                self._day_part,
            ),
            (
                r"(?:the\s+)?(?:end|close)\s+of\s+(?:(?:the|this)\s+|(?P<rel>last|next|this)\s+)?"
                r"(?P<unit>year|month)|(?:the\s+)?(?:end|close)\s+of\s+(?P<y>\d{4})"
                r"|(?:around\s+)?year[- ]end|the year's end",
                self._end_of,
            ),
            (rf"(?:{MODIFIERS}\s*)?(?P<y>\d{{4}})\s+{season}", self._season),
            (rf"(?:{MODIFIERS}\s*)?(?:the\s+)?{season}\s+(?:of\s+)?{year}", self._season),
            (
                rf"(?:{MODIFIERS}\s*)?(?:(?P<rel>last|this|next|this past|the past|the coming|"
                rf"this coming|the|that|early|late)\s+)?{season}",
                self._season,
            ),
            (
                rf"(?:(?:{QUANTIFIERS})\s+)?(?P<n>{NUMBER})\s*[-\s]?{unit}(?:\s+or\s+so)?\s+"
                r"(?P<dir>ago|earlier|later|before|after|afterwards?|from now|hence|back|prior|"
                r"previously)",
                self._shift,
            ),
            (
                r"(?P<rel>the following|the next(?= day)|the previous|the prior|the preceding|that|"
                r"the same|later that|earlier that|later in the|earlier in the|that same)\s+"
                r"(?P<unit>day|week|month|year|quarter|weekend)",
                self._anaphoric,
            ),
            (self._quarter_pattern(), self._quarter),
            (
                r"(?:the\s+|its\s+)?(?:(?P<y>\d{4})\s+|(?P<rel>latest|current|recent|same|"
                r"comparable|corresponding|most recent|this|last|previous|prior|fiscal)\s+)?"
                r"(?:(?P<ago>year-ago|year-earlier|year earlier|year ago|comparable year-ago|"
                r"last year's|previous year's|prior-year|prior year|year-before)\s+)?"
                r"(?P<unit>quarter|period)(?:\s+(?P<ago2>a year (?:earlier|ago)|last year))?",
                self._fiscal_period,
            ),
            (r"(?:the\s+)?(?P<ago>year-ago|year-earlier|year earlier)", self._fiscal_period),
            (
                rf"(?:the\s+)?(?P<h>first|second|last|1st|2nd)\s+half(?:\s+of\s+(?:(?P<y>\d{{4}})|"
                rf"(?:the|this)\s+year|{rel_year}))?",
                self._half,
            ),
            (
                rf"(?:{MODIFIERS}\s*)?(?P<rel>last|this|next|this past|the past|the last|"
                r"the previous|the coming|the current|the next|the latest|the most recent|"
                r"the recent|this coming|the prior|the preceding|the)\s+"
                r"(?:fiscal\s+|calendar\s+|school\s+)?"
                r"(?P<unit>week|month|year|decade|century|weekend)(?:'s)?",
                self._relative_unit,
            ),
            (self._set_pattern(), self._set),
            (_alternation(lex.references), self._reference),
            (
                rf"(?:(?:{QUANTIFIERS})\s+)*(?P<n>{NUMBER})?\s*[-\s]?{unit}(?:[-\s]long)?"
                r"(?P<tail>\s+or\s+so|\s+or\s+more|\s+and\s+a\s+half)?"
                r"(?:\s+of\s+(?:the\s+year|this\s+year|last\s+year|\d{4}))?",
                self._duration,
            ),
            (
                r"(?:the\s+)?(?:(?:early|late|mid-|mid)\s*)?(?:(?P<dec>1\d|20)(?P<d>\d)0|"
                r"'(?P<d2>\d)0)'?s",
                self._decade,
            ),
            (
                rf"(?:the\s+)?(?:(?:early|late|mid-|mid)\s*)?(?P<word>{'|'.join(DECADE_WORDS)})",
                self._decade,
            ),
            (
                r"(?:the\s+)?(?:(?:early|late|mid-|mid)\s*)?(?P<c>\d{1,2})(?:st|nd|rd|th)"
                r"[\s-]century|(?P<this>this|the current|the last|the next|the past) century",
                self._century,
            ),
            (
                rf"(?:(?P<mod>{MODIFIERS})\s*)?(?:(?:fiscal|calendar|the year|fy|the|model year)"
                r"\s*)?(?:(?P<y>\d{4})|'(?P<yy>\d{2}))(?:\s+(?:and beyond|or later|or so))?",
                self._year,
            ),
            (r"(?:the year\s+)?(?P<spoken>[a-z]+(?:[\s-][a-z]+){1,4})", self._spoken_year),
            (r"these days", self._these_days),
        ]

    def _quarter_pattern(self) -> str:
        ordinal = rf"(?P<ord>{'|'.join(QUARTER_WORDS)})"
        return (
            r"(?:the\s+|its\s+|an?\s+(?:flat|strong|weak|disappointing|difficult)\s+)?"
            r"(?:(?P<y1>\d{4})\s+|(?P<rel1>this|last|next) year's\s+|fiscal\s+(?P<fy>\d{4})\s+)?"
            rf"(?:fiscal[\s-]+)?(?:{ordinal}[\s-]+(?:fiscal[\s-]+)?quarter|q(?P<qn>[1-4]))"
            r"(?:\s+(?:of\s+)?(?:(?:fiscal\s+)?(?P<y2>\d{4})|(?P<rel2>this|last|next) year|"
            r"the year))?"
        )

    def _set_pattern(self) -> str:
        adverbs = _alternation(self.lexicon.set_adverbs, "adv")
        return rf"{adverbs}|(?:every|each)\s+{_alternation(self.lexicon.months, 'mon')}"

    # ---------------------------------------------------------------- calendar dates

    def _numeric_date(self, match: re.Match[str], context: Context) -> Timex | None:
        year = int(match.group("y"))
        if year < 100:
            latest = context.anchor.year + 1 if context.anchor else 2030
            year = 2000 + year if 2000 + year <= latest else 1900 + year
        day = valid_date(year, int(match.group("m")), int(match.group("d")))
        return point("day", day) if day else None

    def _month_day(self, match: re.Match[str], context: Context) -> Timex | None:
        """ "Aug. 31", "January second", "Thursday, September 20, 2019"; without a year, the
        year the sentence points to (and the one the weekday fits, when one is given)."""
        month, number = self._month(match.group("mon")), _day_number(match.group("d"))
        if month is None or number is None or valid_date(2000, month, number) is None:
            return None  # 2000 is a leap year, so only impossible days ("Aug. 32") stop here
        year = _explicit_year(match)
        if year is not None:
            day = valid_date(year, month, number)
            return point("day", day) if day else None
        if context.anchor is None:
            return Timex("DATE", None, "day")
        weekday = self.lexicon.weekdays.get((match.group("wd") or "").rstrip("."))

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

    def _month_year(self, match: re.Match[str], context: Context) -> Timex | None:
        month = self._month(match.group("mon"))
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

    def _month_alone(self, match: re.Match[str], context: Context) -> Timex | None:
        """ "August", "late June", "last November", "this September"."""
        month = self._month(match.group("mon"))
        if month is None:
            return None
        if context.anchor is None:
            return Timex("DATE", None, "month")
        anchor, rel = context.anchor, match.group("rel")
        if rel in ("last", "this past", "the past"):
            year = anchor.year if month < anchor.month else anchor.year - 1
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

    def _holiday(self, match: re.Match[str], context: Context) -> Timex | None:
        name = match.group("hol")

        def on(year: int) -> dt.date | None:
            if year not in YEARS:
                return None
            if name in self.lexicon.fixed_holidays:
                month, day = (int(x) for x in self.lexicon.fixed_holidays[name].split("-"))
                return valid_date(year, month, day)
            month, weekday, nth = self.lexicon.weekday_holidays[name]
            return nth_weekday(year, month, weekday, nth)

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

    def _weekday(self, match: re.Match[str], context: Context) -> Timex | None:
        """ "Friday" in a report is the latest Friday on or before the publication date;
        in a sentence that looks forward ("as soon as Friday") it is the next one. With a
        part of the day ("Tuesday night") it is still that day: news reports the day."""
        weekday = self.lexicon.weekdays[match.group("wd").rstrip(".")]
        if context.anchor is None:
            return Timex("DATE", None, "day")
        default = "future" if context.direction == "future" else "past"
        modes = {"last": "last", "this past": "last", "next": "next", "this coming": "future"}
        mode = modes.get(match.group("rel") or "", default)
        return point("day", weekday_on(context.anchor, weekday, mode))

    def _weekday_set(self, match: re.Match[str], context: Context) -> Timex | None:
        name = match.group("wd").rstrip(".")
        weekday = self.lexicon.weekdays.get(name) or self.lexicon.weekdays.get(name[:-1])
        if weekday is None:
            return None
        code = self.lexicon.day_parts.get((match.group("part") or "").rstrip("s"), "")
        return Timex("SET", f"XXXX-WXX-{weekday}" + (f"T{code}" if code else ""))

    def _relative_day(self, match: re.Match[str], context: Context) -> Timex | None:
        if context.anchor is None:
            return Timex("DATE", None, "day")
        offsets = {
            "today": 0, "yesterday": -1, "tomorrow": 1, "the day before yesterday": -2,
            "the day after tomorrow": 2,
        }  # fmt: skip
        return point("day", context.anchor + dt.timedelta(days=offsets[match.group("day")]))

    def _day_part(self, match: re.Match[str], context: Context) -> Timex | None:
        """ "tonight", "this morning", "last night": parts of a day named from the anchor."""
        if match.group("tonight"):
            code, offset = "NI", 0
        else:
            code = self.lexicon.day_parts[match.group("part")]
            offset = -1 if match.group("rel") == "last" else 0
        if context.anchor is None:
            return Timex("TIME", None, "time")
        day = context.anchor + dt.timedelta(days=offset)
        return Timex("TIME", f"{day.isoformat()}T{code}", "time")

    def _clock(self, match: re.Match[str], context: Context) -> Timex | None:
        clock = _clock_value(match, self.lexicon)
        if clock is None:
            return None
        day: str | None = context.anchor.isoformat() if context.anchor else None
        if match.group("rest"):
            found = self.normalise(match.group("rest"), context)
            if found is None:
                return None
            day = found.value if granularity_of(found.value) == "day" else None
        return Timex("TIME", f"{day}T{clock}" if day else None, "time")

    def _end_of(self, match: re.Match[str], context: Context) -> Timex | None:
        """ "the end of the year" is December 31 of the year meant, as the gold reads it."""
        if match.group("y"):
            return Timex("DATE", f"{int(match.group('y')):04d}-12-31", "day")
        if context.anchor is None:
            return Timex("DATE", None, "day")
        offset = {"last": -1, "next": 1}.get(match.group("rel") or "", 0)
        if match.group("unit") == "month":
            start = add_months(context.anchor.replace(day=1), offset)
            return point("day", month_period(start.year, start.month)[1])
        return Timex("DATE", f"{context.anchor.year + offset:04d}-12-31", "day")

    def _season(self, match: re.Match[str], context: Context) -> Timex | None:
        code = self.lexicon.seasons[match.group("season")]
        year = _explicit_year(match)
        if year is not None:
            return Timex("DATE", f"{year:04d}-{code}") if year in YEARS else None
        if context.anchor is None:
            return Timex("DATE", None)
        first, last = self.lexicon.season_months[code]

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

    # ---------------------------------------------------------------- relative points

    def _shift(self, match: re.Match[str], context: Context) -> Timex | None:
        """ "10 years ago" (from the anchor), "30 days later" (from the last date named)."""
        unit = self.lexicon.unit_code(match.group("unit"))
        amount = _amount(match.group("n"), self.lexicon)
        direction = match.group("dir")
        if unit is None:
            return None
        if amount is None or amount != int(amount):
            return Timex("DATE", "PAST_REF" if direction in BACKWARD else "FUTURE_REF")
        sign = -1 if direction in BACKWARD else 1
        return self._shifted(context, int(amount) * sign, unit, deictic=direction in DEICTIC)

    def _shifted(self, context: Context, amount: int, unit: str, deictic: bool) -> Timex:
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

    def _anaphoric(self, match: re.Match[str], context: Context) -> Timex | None:
        """ "the following day", "that week", "later that year": from the last point named."""
        unit = self.lexicon.unit_code(match.group("unit"))
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

    def _quarter(self, match: re.Match[str], context: Context) -> Timex | None:
        """ "the third quarter", "fourth-quarter", "Q3 2019", "next year's first quarter"."""
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
        return Timex("DATE", f"{year:04d}-Q{quarter}", "quarter") if year in YEARS else None

    def _fiscal_period(self, match: re.Match[str], context: Context) -> Timex | None:
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

    def _half(self, match: re.Match[str], context: Context) -> Timex | None:
        half = 1 if match.group("h") in ("first", "1st") else 2
        if match.group("y"):
            return Timex("DATE", f"{int(match.group('y')):04d}-H{half}", "year")
        if context.anchor is None:
            return Timex("DATE", None, "year")
        offset = {"last": -1, "next": 1}.get(match.group("ry") or "", 0)
        return Timex("DATE", f"{context.anchor.year + offset:04d}-H{half}", "year")

    def _relative_unit(self, match: re.Match[str], context: Context) -> Timex | None:
        """ "last month", "this year", "earlier this week", "the past year", "this decade"."""
        rel, unit = match.group("rel"), match.group("unit")
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
            return self._weekend(anchor, offset, context.direction)
        if unit == "decade":
            return Timex("DATE", f"{(anchor.year + 10 * offset) // 10:03d}")
        if unit == "century":
            return Timex("DATE", f"{(anchor.year + 100 * offset) // 100:02d}")
        moved = shift(anchor, offset, {"week": "W", "month": "M", "year": "Y"}[unit])
        return point(unit, moved) if moved else None

    def _weekend(self, anchor: dt.date, offset: int, direction: Direction) -> Timex:
        ahead = offset > 0 or (offset == 0 and direction == "future")
        mode = (
            ("future" if offset == 0 else "next") if ahead else ("past" if offset == 0 else "last")
        )
        saturday = weekday_on(anchor, 6, mode)
        return Timex("DATE", f"{format_point('week', saturday)}-WE", "week")

    # ---------------------------------------------------------------- everything else

    def _set(self, match: re.Match[str], context: Context) -> Timex | None:
        if match.group("mon"):
            return Timex("SET", f"XXXX-{self.lexicon.months[match.group('mon')]:02d}")
        return Timex("SET", self.lexicon.set_adverbs[match.group("adv")])

    def _reference(self, match: re.Match[str], context: Context) -> Timex | None:
        return Timex("DATE", self.lexicon.references[match.group(0)])

    def _duration(self, match: re.Match[str], context: Context) -> Timex | None:
        """ "three months", "the past two weeks", "a two-year", "weeks", "several years"."""
        word, number = match.group("unit"), match.group("n")
        unit = self.lexicon.unit_code(word)
        if unit is None:
            return None
        if number is None:
            is_plural = word not in self.lexicon.units
            if not is_plural and not match.group(0).startswith(WHOLE_UNIT):
                return None
            amount = None if is_plural else Decimal(1)
        else:
            amount = _amount(number, self.lexicon)
            if amount is None and number.strip() not in self.lexicon.vague_quantities:
                return None
            if amount is not None and amount >= 1000 and number.isdigit():
                return None  # "the 1988 quarter" is a year, not 1,988 quarters
        if (match.group("tail") or "").endswith("half") and amount is not None:
            amount += Decimal("0.5")
        return Timex("DURATION", duration_value(amount, unit))

    def _decade(self, match: re.Match[str], context: Context) -> Timex | None:
        groups = match.groupdict()
        if groups.get("word") or groups.get("d2"):
            digit = DECADE_WORDS[groups["word"]] if groups.get("word") else int(groups["d2"])
            return Timex("DATE", f"{_century_for(digit, context.anchor)}{digit}")
        return Timex("DATE", f"{groups['dec']}{groups['d']}")

    def _century(self, match: re.Match[str], context: Context) -> Timex | None:
        if match.group("c"):
            number = int(match.group("c"))
            return Timex("DATE", f"{number - 1:02d}") if 1 <= number <= 30 else None
        if context.anchor is None:
            return Timex("DATE", None)
        offset = {"the last": -1, "the past": -1, "the next": 1}.get(match.group("this"), 0)
        return Timex("DATE", f"{context.anchor.year // 100 + offset:02d}")

    def _year(self, match: re.Match[str], context: Context) -> Timex | None:
        if match.group("yy"):
            short = int(match.group("yy"))
            year = short + (1900 if short > 30 else 2000)
        else:
            year = int(match.group("y"))
        if year not in YEARS:
            return None
        if re.match(r"(?:the\s+)?(?:end|close)\s+of", match.group("mod") or ""):
            return Timex("DATE", f"{year:04d}-12-31", "day")
        return Timex("DATE", f"{year:04d}", "year")

    def _spoken_year(self, match: re.Match[str], context: Context) -> Timex | None:
        year = parse_spoken_year(match.group("spoken"))
        return Timex("DATE", f"{year:04d}", "year") if year in YEARS else None

    def _these_days(self, match: re.Match[str], context: Context) -> Timex | None:
        return Timex("DATE", "PRESENT_REF")

    def _dateparser(self, cleaned: str, context: Context) -> Timex | None:
        """Calendar dates no rule knows ("3 March", "March 3rd of 2019"), read by dateparser
        and kept only when every number in the text is the value's day, month or year."""
        if not re.search(rf"\b{_alternation(self.lexicon.months)}\b|\d+/\d+", cleaned):
            return None
        if context.anchor is None and not re.search(r"\b\d{4}\b", cleaned):
            return Timex("DATE", None)
        anchor = context.anchor.isoformat() if context.anchor else None
        parsed = parse_with_dateparser(cleaned, anchor, context.direction)
        if parsed is None or not _numbers_accounted_for(cleaned, parsed[0]):
            return None
        value, period = parsed
        if period == "year":
            return Timex("DATE", value[:4], "year")
        if period == "month":
            return Timex("DATE", value[:7], "month")
        return Timex("DATE", value, "day")

    def _month(self, name: str | None) -> int | None:
        return self.lexicon.months.get((name or "").rstrip("."))


# ------------------------------------------------------------------ module helpers


def clean_expression(text: str) -> str:
    """The expression as the rules read it: casefolded, straight apostrophes, single
    spaces, without surrounding punctuation, a possessive or a leading "between"."""
    cleaned = text.casefold().replace("’", "'").replace("‘", "'")
    cleaned = cleaned.replace("–", "-").replace("—", "-")
    cleaned = re.sub(r"\s+", " ", cleaned).strip(' ,;:!?"()[]')
    if not re.search(r"[ap]\.m\.$", cleaned):
        cleaned = re.sub(r"(?<=[a-z])\.$", "", cleaned)
    cleaned = re.sub(r"(?<=[a-z0-9])'s?$", "", cleaned).strip()
    cleaned = LEADING_WORDS.sub("", cleaned)
    months = r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+\d"
    return re.sub(rf"^an?\s+(?=\d|{months})", "", cleaned)


def _alternation(table: dict[str, Any] | frozenset[str], name: str | None = None) -> str:
    """An alternation of a word table's keys, longest first, as a named group when `name`
    is given: (?P<wd>wednesday|monday|...)."""
    alternation = "|".join(re.escape(key) for key in sorted(table, key=len, reverse=True))
    return f"(?P<{name}>{alternation})" if name else f"(?:{alternation})"


def _ordinal_words() -> str:
    units = "|".join(sorted(ORDINAL_UNITS, key=len, reverse=True))
    return rf"(?:(?:{'|'.join(TENS)})[\s-](?:{units})|{units})"


def _day_number(text: str | None) -> int | None:
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


def _amount(text: str | None, lexicon: TimexLexicon) -> Decimal | None:
    """The count in a duration or shift: 3, "three", "a", "1 1/2"; None when vague."""
    if text is None or text.strip() in lexicon.vague_quantities:
        return None
    fraction = re.fullmatch(r"(\d+)\s+(\d)/(\d)", text.strip())
    if fraction:
        whole, top, bottom = (Decimal(x) for x in fraction.groups())
        return whole + top / bottom if bottom else None
    return parse_number(text)


def _century_for(digit: int, anchor: dt.date | None) -> str:
    """The century of "the nineties": the latest one in which that decade has begun."""
    year = anchor.year if anchor else 2000
    century = year // 100
    return f"{century if century * 100 + digit * 10 <= year else century - 1:02d}"


def _clock_value(match: re.Match[str], lexicon: TimexLexicon) -> str | None:
    groups = match.groupdict()
    if groups.get("cw"):
        return lexicon.clock_words[groups["cw"]]
    if groups.get("h24") is not None:
        hour, minute = int(groups["h24"]), int(groups["mi24"])
    else:
        hour, minute = int(groups["h"]), int(groups["mi"] or 0)
        if not 1 <= hour <= 12:
            return None
        hour = hour % 12 + (12 if groups["ampm"].startswith("p") else 0)
    return f"{hour:02d}:{minute:02d}" if hour <= 24 and minute <= 59 else None


def _numbers_accounted_for(text: str, value: str) -> bool:
    """True when each number in `text` is the day, month or year of `value`: dateparser
    reads "Aug. 32" as August 1932, which must not pass."""
    year, month, day = value[:4], int(value[5:7]), int(value[8:10])
    for number in re.findall(r"\d+", text):
        if not (number == year or (len(number) <= 2 and int(number) in (month, day))):
            return False
    return True


@lru_cache(maxsize=4096)
def parse_with_dateparser(
    text: str, anchor: str | None, direction: Direction
) -> tuple[str, str] | None:
    """dateparser's reading of one expression as (ISO date, period), cached on the text,
    the anchor and the direction. Settings are explicit, so no result depends on today."""
    settings: dict[str, Any] = {
        "PREFER_DATES_FROM": {"past": "past", "future": "future"}.get(
            direction or "", "current_period"
        ),
        "PREFER_DAY_OF_MONTH": "first",
        "RETURN_AS_TIMEZONE_AWARE": False,
    }
    if anchor is not None:
        settings["RELATIVE_BASE"] = dt.datetime.fromisoformat(anchor)
    data = _parser(anchor, direction, tuple(settings.items())).get_date_data(text)
    if data.date_obj is None:
        return None
    return data.date_obj.date().isoformat(), data.period or "day"


@lru_cache(maxsize=256)
def _parser(
    anchor: str | None, direction: Direction, settings: tuple[tuple[str, Any], ...]
) -> DateDataParser:
    """One dateparser instance per anchor and direction (building one costs more than
    parsing with it)."""
    return DateDataParser(languages=["en"], settings=dict(settings))
