"""Rules that read the temporal expressions of news text as TIMEX3 values.

`TimexNormaliser.normalise(text, context)` reads one expression ("Aug. 31", "last month",
"10 years ago", "the past three months", "annually") against the publication date and
returns its TimeML type (DATE, TIME, DURATION, SET) and value (ISO 8601, or a TIMEX3 form
such as "2018-Q3", "P3M", "PRESENT_REF"). Rules cover the forms news text uses most;
dateparser reads the calendar dates no rule knows, with explicit settings and a cache,
since one call costs about a millisecond.

This module holds the rule table (the patterns, in the order they are tried), clock times
and the dateparser fallback; the handlers live by expression family in `calendar` (days,
months, seasons), `periods` (quarters, halves, decades, years), `relative` (shifts and
relative units) and `durations` (durations and sets).

Nothing here resolves against today's date: without a publication date, expressions that
need one get a null value.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable
from functools import lru_cache
from typing import Any

from dateparser.date import DateDataParser

from newsfacts.extract.dates.calendar import (
    read_day_part,
    read_end_of,
    read_holiday,
    read_month_alone,
    read_month_day,
    read_month_year,
    read_numeric_date,
    read_relative_day,
    read_season,
    read_weekday,
    read_weekday_set,
)
from newsfacts.extract.dates.durations import read_duration, read_recurrence
from newsfacts.extract.dates.periods import (
    DECADE_WORDS,
    QUARTER_WORDS,
    read_century,
    read_decade,
    read_fiscal_period,
    read_half,
    read_quarter,
    read_spoken_year,
    read_year,
)
from newsfacts.extract.dates.relative import (
    read_anaphoric,
    read_anaphoric_day_part,
    read_anaphoric_weekday,
    read_reference,
    read_relative_unit,
    read_shift,
    read_these_days,
)
from newsfacts.extract.dates.timex import (
    Context,
    Direction,
    Timex,
    TimexLexicon,
    granularity_of,
    plural,
    point,
    point_start,
)
from newsfacts.extract.numbers import ORDINAL_UNITS, TENS

# A rule's handler: the matched words, what they are read against, and the word lists.
Handler = Callable[[re.Match[str], Context, TimexLexicon], "Timex | None"]

MODIFIERS = (
    r"(?:early|late|mid-|mid|pre-|post-|earlier|later|the end of|end of|the beginning of|"
    r"beginning of|"
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
    r"past|last|next|first|all|the entire|the whole|an entire|a whole|those|these|"
    r"year-earlier|year-ago|prior-year)"
)
NUMBER = r"(?:\d+(?:\.\d+)?(?:\s+\d/\d)?|[a-z]+(?:[\s-][a-z]+)*?|a couple of|couple of)"
CLOCK = (
    r"(?:(?P<h>\d{1,2})(?:[:.](?P<mi>\d{2}))?\s*(?P<ampm>a\.?m\.?|p\.?m\.?)"
    r"|(?P<cw>noon|midnight|midday)|(?P<h24>\d{1,2}):(?P<mi24>\d{2}))"
    r"(?:\s+(?:e[sd]t|c[sd]t|m[sd]t|p[sd]t|gmt|utc|et|ct|pt|local time))?"
)
LEADING_WORDS = re.compile(
    r"^(?:both|between|from|since|until|till|through|just|only|even|as early as|as late as|"
    r"as soon as(?! possible)|as long as|the the|around|circa)\s+"
)
HYPHENED_MODIFIER = re.compile(r"\b(early|late)-(?=\w)")
SPACES = re.compile(r"\s+")
CLOCK_SUFFIX = re.compile(r"[ap]\.m\.$")
FINAL_PERIOD = re.compile(r"(?<=[a-z])\.$")
POSSESSIVE = re.compile(r"(?<=[a-z0-9])'s?$")
# "a" or "an" before a number or a month and a number ("a 1998 report", "an april 3 vote")
LEADING_ARTICLE = re.compile(
    r"^an?\s+(?=\d|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+\d)"
)
# expressions cleaned are few and repeat (every "Monday", "last year" of a batch)
CACHED_EXPRESSIONS = 1 << 14


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
        # what dateparser can read at all: a month's name or a numeric date
        self._calendar_words = re.compile(rf"\b{_alternation(lexicon.months)}\b|\d+/\d+")

    def normalise(self, text: str, context: Context) -> Timex | None:
        """The type and value of one expression, or None when it is not one the rules know."""
        cleaned = clean_expression(text)
        if not cleaned:
            return None
        for pattern, handler in self.rules:
            match = pattern.fullmatch(cleaned)
            if match is not None and (found := handler(match, context, self.lexicon)) is not None:
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
        every_part = r"(?P<part>mornings|afternoons|evenings|nights)"  # "Tuesday nights"
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
            (r"(?P<y>\d{4})-(?P<m>\d{1,2})-(?P<d>\d{1,2})", read_numeric_date),
            (r"(?P<m>\d{1,2})/(?P<d>\d{1,2})/(?P<y>\d{2}|\d{4})", read_numeric_date),
            (
                r"(?:(?:at|around|about|approximately|shortly after|shortly before|just after|"
                rf"just before|after|before|by)\s+)?{CLOCK}(?:,?\s+(?:on\s+)?(?P<rest>.+))?",
                self._clock,
            ),
            (rf"(?P<rest>.+?),?\s+(?:at\s+|around\s+)?{CLOCK}", self._clock),
            (r"the week of (?P<rest>.+)", self._week_of),
            (
                rf"(?P<rel>the previous|the preceding|the following)\s+{weekday}",
                read_anaphoric_weekday,
            ),
            (
                rf"{on_weekday}?(?:the\s+)?{month}\s+(?:the\s+)?{day}(?:,?\s+{year})?",
                read_month_day,
            ),
            (
                rf"{on_weekday}?(?:the\s+)?{day}\s+(?:of\s+)?{month}(?:,?\s+{year})?",
                read_month_day,
            ),
            (rf"(?:{MODIFIERS}\s*)?{month},?\s+(?:of\s+)?(?:{year}|{rel_year})", read_month_year),
            (
                rf"(?:(?P<mod>{MODIFIERS})\s*)?(?:(?P<rel>last|this|next|this past|this coming|"
                rf"the coming|the past)\s+)?{month}",
                read_month_alone,
            ),
            (
                rf"(?:(?P<rel>last|this|next|this past)\s+)?{holiday}(?:\s+(?P<y>\d{{4}}))?",
                read_holiday,
            ),
            (
                rf"(?:(?:every|each|on)\s+)?{weekdays}(?:\s+{every_part})?",
                read_weekday_set,
            ),
            (
                rf"(?:(?:every|each|on)\s+)?{weekday}\s+{every_part}",
                read_weekday_set,
            ),
            (rf"(?:every|each)\s+{weekday}(?:\s+(?P<part>{part}))?", read_weekday_set),
            (
                r"(?:(?:early|late|earlier|later)\s+)?(?:(?P<rel>last|this|next|this past|"
                rf"this coming|on|the)\s+)?{weekday}(?:\s+(?P<part>{part}))?",
                read_weekday,
            ),
            (
                rf"(?:{part}\s+)?(?:(?:early|late|earlier|later)\s+)?(?P<day>today|yesterday|tomorrow|"
                rf"the day before yesterday|the day after tomorrow)(?:\s+{part})?",
                read_relative_day,
            ),
            (
                rf"(?:(?:early|late|later|earlier)\s+)?(?:(?P<tonight>tonight|overnight)|"
                rf"(?P<rel>this|last)\s+(?P<part>{part}))",
                read_day_part,
            ),
            (
                r"(?:the\s+)?(?:end|close)\s+of\s+(?:(?:the|this)\s+|(?P<rel>last|next|this)\s+)?"
                r"(?P<unit>year|month)|(?:the\s+)?(?:end|close)\s+of\s+(?P<y>\d{4})"
                r"|(?:around\s+)?year[- ]end|the year's end",
                read_end_of,
            ),
            (rf"(?:{MODIFIERS}\s*)?(?P<y>\d{{4}})\s+{season}", read_season),
            (rf"(?:{MODIFIERS}\s*)?(?:the\s+)?{season}\s+(?:of\s+)?{year}", read_season),
            (
                rf"(?:the\s+)?(?:{MODIFIERS}\s*)?(?:(?P<rel>last|this|next|this past|the past|"
                rf"the coming|this coming|the|that|early|late)\s+)?{season}",
                read_season,
            ),
            (
                rf"(?:(?:{QUANTIFIERS})\s+)?(?P<n>{NUMBER})\s*[-\s]?{unit}(?:\s+or\s+so)?\s+"
                r"(?P<dir>ago|earlier|later|before|after|afterwards?|from now|hence|back|prior|"
                r"previously)",
                read_shift,
            ),
            (
                r"(?P<rel>the following|the next(?= day)|the previous|the prior|the preceding|that|"
                r"the same|later that|earlier that|later in the|earlier in the|that same)\s+"
                r"(?P<unit>day|week|month|year|quarter|weekend)",
                read_anaphoric,
            ),
            (
                rf"(?:the next|the following)\s+(?P<part>{part})",
                read_anaphoric_day_part,
            ),
            (self._quarter_pattern(), read_quarter),
            (
                r"(?:the\s+|its\s+)?(?:(?P<y>\d{4})\s+|(?P<rel>latest|current|recent|same|"
                r"comparable|corresponding|most recent|this|last|previous|prior|fiscal)\s+)?"
                r"(?:(?P<ago>year-ago|year-earlier|year earlier|year ago|comparable year-ago|"
                r"last year's|previous year's|prior-year|prior year|year-before)\s+)?"
                r"(?P<unit>quarter|period)(?:\s+(?P<ago2>a year (?:earlier|ago)|last year))?",
                read_fiscal_period,
            ),
            (r"(?:the\s+)?(?P<ago>year-ago|year-earlier|year earlier)", read_fiscal_period),
            (
                rf"(?:the\s+)?(?P<h>first|second|last|1st|2nd)\s+half(?:\s+of\s+(?:(?P<y>\d{{4}})|"
                rf"(?:the|this)\s+year|{rel_year}))?",
                read_half,
            ),
            (
                rf"(?:{MODIFIERS}\s*)?(?P<rel>last|this|next|this past|the past|the last|"
                r"the previous|the coming|the current|the next|the latest|the most recent|"
                r"the recent|this coming|the prior|the preceding|the full|the whole|the entire|"
                r"the)\s+"
                r"(?:fiscal\s+|calendar\s+|school\s+)?"
                r"(?P<unit>week|month|year|decade|century|weekend)(?:'s)?(?:\s+or\s+so)?",
                read_relative_unit,
            ),
            (self._set_pattern(), read_recurrence),
            (_alternation(lex.references), read_reference),
            (
                rf"(?:(?:{QUANTIFIERS})\s+)*(?P<n>{NUMBER})?(?:\s+more|\s+additional)?\s*[-\s]?"
                rf"{unit}(?:[-\s]long)?"
                r"(?P<tail>\s+or\s+so|\s+or\s+more|\s+and\s+a\s+half)?"
                r"(?:\s+of\s+(?:the\s+year|this\s+year|last\s+year|\d{4}))?",
                read_duration,
            ),
            (
                r"(?:the\s+)?(?:(?:early|late|mid-|mid)\s*)?(?:(?P<dec>1\d|20)(?P<d>\d)0|"
                r"'(?P<d2>\d)0)'?s",
                read_decade,
            ),
            (
                rf"(?:the\s+)?(?:(?:early|late|mid-|mid)\s*)?(?P<word>{'|'.join(DECADE_WORDS)})",
                read_decade,
            ),
            (
                r"(?:the\s+)?(?:(?:early|late|mid-|mid)\s*)?(?P<c>\d{1,2})(?:st|nd|rd|th)"
                r"[\s-]century|(?P<this>this|the current|the last|the next|the past) century",
                read_century,
            ),
            (
                rf"(?:(?P<mod>{MODIFIERS})\s*)?(?:(?:fiscal|calendar|the year|fy|the|model year)"
                r"\s*)?(?:(?P<y>\d{4})|'(?P<yy>\d{2}))(?:\s+(?:and beyond|or later|or so))?",
                read_year,
            ),
            (r"(?:the year\s+)?(?P<spoken>[a-z]+(?:[\s-][a-z]+){1,4})", read_spoken_year),
            (r"these days", read_these_days),
        ]

    def _quarter_pattern(self) -> str:
        ordinal = rf"(?P<ord>{'|'.join(QUARTER_WORDS)})"
        return (
            r"(?:the\s+|its\s+|(?P<indefinite>an?)\s+(?:(?:flat|strong|weak|disappointing|"
            r"difficult)\s+)?)?"
            r"(?:(?P<y1>\d{4})\s+|(?P<rel1>this|last|next) year's\s+|fiscal\s+(?P<fy>\d{4})\s+"
            r"|(?P<ago>year-earlier|year-ago|year earlier|year ago)\s+)?"
            rf"(?:fiscal[\s-]+)?(?:{ordinal}[\s-]+(?:fiscal[\s-]+)?quarter|q(?P<qn>[1-4]))"
            r"(?:\s+(?:of\s+)?(?:(?:fiscal\s+)?(?P<y2>\d{4})|(?P<rel2>this|last|next) year|"
            r"the year))?"
        )

    def _set_pattern(self) -> str:
        adverbs = _alternation(self.lexicon.set_adverbs, "adv")
        return rf"{adverbs}|(?:every|each)\s+{_alternation(self.lexicon.months, 'mon')}"

    # ---------------------------------------------------------------- clock times

    def _clock(self, match: re.Match[str], context: Context, lexicon: TimexLexicon) -> Timex | None:
        """ "9 a.m.", "noon", "7:30 p.m. Tuesday": a clock time on the day the rest names (the
        rest is read by the whole rule table, so this handler needs the normaliser)."""
        clock = _clock_value(match, lexicon)
        if clock is None:
            return None
        day: str | None = context.anchor.isoformat() if context.anchor else None
        if match.group("rest"):
            found = self.normalise(match.group("rest"), context)
            if found is None:
                return None
            day = found.value if granularity_of(found.value) == "day" else None
        return Timex("TIME", f"{day}T{clock}" if day else None, "time")

    def _week_of(
        self, match: re.Match[str], context: Context, lexicon: TimexLexicon
    ) -> Timex | None:
        """ "the week of March 6": the ISO week holding the day named (read by the whole
        rule table)."""
        found = self.normalise(match.group("rest"), context)
        day = point_start(found.value) if found is not None else None
        if day is None or day[0] != "day":
            return None
        return point("week", day[1])

    # ---------------------------------------------------------------- dates no rule knows

    def _dateparser(self, cleaned: str, context: Context) -> Timex | None:
        """Calendar dates no rule knows ("3 March", "March 3rd of 2019"), read by dateparser
        and kept only when every number in the text is the value's day, month or year."""
        if not self._calendar_words.search(cleaned):
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


# ------------------------------------------------------------------ module helpers


@lru_cache(maxsize=CACHED_EXPRESSIONS)
def clean_expression(text: str) -> str:
    """The expression as the rules read it: casefolded, straight apostrophes, single
    spaces, without surrounding punctuation, a possessive or a leading "between"."""
    cleaned = text.casefold().replace("’", "'").replace("‘", "'")
    cleaned = cleaned.replace("–", "-").replace("—", "-")
    cleaned = SPACES.sub(" ", cleaned).strip(' ,;:!?"()[]')
    if not CLOCK_SUFFIX.search(cleaned):
        cleaned = FINAL_PERIOD.sub("", cleaned)
    cleaned = POSSESSIVE.sub("", cleaned).strip()
    cleaned = LEADING_WORDS.sub("", cleaned)
    if "-" in cleaned:  # "early-1989", "late-november"
        cleaned = HYPHENED_MODIFIER.sub(r"\1 ", cleaned)
    return LEADING_ARTICLE.sub("", cleaned)


def _alternation(table: dict[str, Any] | frozenset[str], name: str | None = None) -> str:
    """An alternation of a word table's keys, longest first, as a named group when `name`
    is given: (?P<wd>wednesday|monday|...)."""
    alternation = "|".join(re.escape(key) for key in sorted(table, key=len, reverse=True))
    return f"(?P<{name}>{alternation})" if name else f"(?:{alternation})"


def _ordinal_words() -> str:
    units = "|".join(sorted(ORDINAL_UNITS, key=len, reverse=True))
    return rf"(?:(?:{'|'.join(TENS)})[\s-](?:{units})|{units})"


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
