"""The TIMEX normaliser on each date form of issue 3, as pure functions over strings."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest

from newsfacts.extract.dates.rules import TimexNormaliser, parse_with_dateparser
from newsfacts.extract.dates.timex import Context, Direction, Timex, TimexLexicon, duration_value

WHYY = dt.date(2018, 7, 27)  # a Friday


@pytest.fixture(scope="module")
def normaliser() -> TimexNormaliser:
    return TimexNormaliser(TimexLexicon.load())


def read(
    normaliser: TimexNormaliser,
    text: str,
    anchor: dt.date | None = WHYY,
    direction: Direction = None,
    reference: str | None = None,
) -> Timex | None:
    return normaliser.normalise(text, Context(anchor, direction, reference))


def value(
    normaliser: TimexNormaliser,
    text: str,
    anchor: dt.date | None = WHYY,
    direction: Direction = None,
) -> str | None:
    found = read(normaliser, text, anchor, direction)
    assert found is not None, text
    return found.value


@pytest.mark.parametrize(
    ("text", "direction", "value", "granularity"),
    [
        ("Aug. 31", "future", "2018-08-31", "day"),  # "is set to expire Aug. 31"
        ("Friday", "past", "2018-07-27", "day"),  # the publication day itself
        ("Thursday", "past", "2018-07-26", "day"),
        ("Thursday", "future", "2018-08-02", "day"),
        ("Last month", "past", "2018-06", "month"),
        ("10 years ago", "past", "2008", "year"),
        ("this year", None, "2018", "year"),
        ("Last year", "past", "2017", "year"),
        ("late June", "past", "2018-06", "month"),
        ("August", "future", "2018-08", "month"),
        ("the end of the year", "future", "2018-12-31", "day"),
        ("January 10, 2020", None, "2020-01-10", "day"),
        ("the Thursday, September 20, 2019", None, "2019-09-20", "day"),
        ("2017", "past", "2017", "year"),
        ("Tuesday night", "past", "2018-07-24", "day"),
        ("late Monday night", "past", "2018-07-23", "day"),
        ("yesterday", None, "2018-07-26", "day"),
        ("last week", None, "2018-W29", "week"),
        ("the second quarter", "past", "2018-Q2", "quarter"),
        ("the 1990s", None, "199", None),
    ],
)
def test_dates_forms_calendar_values(
    normaliser: TimexNormaliser,
    text: str,
    direction: Direction,
    value: str,
    granularity: str | None,
) -> None:
    assert read(normaliser, text, direction=direction) == Timex("DATE", value, granularity)


def test_dates_forms_yearless_dates_follow_the_sentence(normaliser: TimexNormaliser) -> None:
    pub = dt.date(2017, 1, 31)  # dev-11
    assert value(normaliser, "late December", pub, "past") == "2016-12"
    assert value(normaliser, "August", pub, "future") == "2017-08"
    assert value(normaliser, "January second", pub, None) == "2017-01-02"
    assert value(normaliser, "February 1st", pub, None) == "2017-02-01"
    pub = dt.date(2023, 3, 21)  # dev-07: "would begin enforcing the ban on Nov. 3"
    assert value(normaliser, "Nov. 3", pub, "future") == "2023-11-03"
    pub = dt.date(2024, 12, 10)  # dev-08: "as soon as Friday"
    assert value(normaliser, "Friday", pub, "future") == "2024-12-13"
    assert value(normaliser, "Tuesday", pub, "past") == "2024-12-10"


def test_dates_forms_relative_to_the_last_date_named(normaliser: TimexNormaliser) -> None:
    pub = dt.date(2023, 3, 21)  # dev-07: "a final vote on April 3 ... 30 days later"
    later = read(normaliser, "30 days later", pub, "future", reference="2023-04-03")
    assert later == Timex("DATE", "2023-05-03", "day", anaphoric=True)
    # "a year earlier" after a quarter is that quarter a year before
    earlier = read(normaliser, "a year earlier", dt.date(1989, 10, 26), "past", "1989-Q3")
    assert earlier is not None and earlier.value == "1988-Q3"


@pytest.mark.parametrize(
    ("text", "kind", "value"),
    [
        ("weeks", "DURATION", "PXW"),
        ("for weeks", "DURATION", "PXW"),
        ("six months", "DURATION", "P6M"),
        ("the past three months", "DURATION", "P3M"),
        ("two and a half years", "DURATION", "P2Y6M"),
        ("about two years", "DURATION", "P2Y"),
        ("five hours", "DURATION", "PT5H"),
        ("a decade", "DURATION", "P10Y"),
        ("annually", "SET", "P1Y"),
        ("each year", "SET", "P1Y"),
        ("weekly", "SET", "P1W"),
        ("every Thursday", "SET", "XXXX-WXX-4"),
        ("now", "DATE", "PRESENT_REF"),
        ("recently", "DATE", "PAST_REF"),
        ("the future", "DATE", "FUTURE_REF"),
        ("3:35 p.m.", "TIME", "2018-07-27T15:35"),
        ("this afternoon", "TIME", "2018-07-27TAF"),
        ("tonight", "TIME", "2018-07-27TNI"),
        ("9 a.m. Tuesday", "TIME", "2018-07-24T09:00"),
    ],
)
def test_dates_forms_durations_sets_times(
    normaliser: TimexNormaliser, text: str, kind: str, value: str
) -> None:
    found = read(normaliser, text.removeprefix("for "), direction="past")
    assert found is not None and (found.type, found.value) == (kind, value)


def test_dates_forms_without_publication_date(normaliser: TimexNormaliser) -> None:
    # relative expressions keep their type but no value; explicit ones still resolve
    for text in ("Friday", "Last month", "10 years ago", "Aug. 31", "tonight", "this year"):
        found = read(normaliser, text, anchor=None)
        assert found is not None and found.value is None, text
    assert value(normaliser, "January 10, 2020", anchor=None) == "2020-01-10"
    assert value(normaliser, "weeks", anchor=None) == "PXW"


@pytest.mark.parametrize(
    "text",
    ["Aug. 32", "Feb 30", "Feb. 29, 2019", "2882015", "$", "$ million", "13/45/2020", "0735"],
)
def test_dates_forms_malformed_give_no_value(normaliser: TimexNormaliser, text: str) -> None:
    found = read(normaliser, text)
    assert found is None or found.value is None


def test_dates_forms_leap_day_is_a_date(normaliser: TimexNormaliser) -> None:
    assert value(normaliser, "Feb. 29, 2020") == "2020-02-29"


def test_dates_forms_dateparser_is_cached_and_explicit() -> None:
    parse_with_dateparser.cache_clear()
    first = parse_with_dateparser("3 March 2019", "2018-07-27", "past")
    second = parse_with_dateparser("3 March 2019", "2018-07-27", "past")
    assert first == second == ("2019-03-03", "day")
    assert parse_with_dateparser.cache_info().hits == 1


def test_dates_forms_duration_values() -> None:
    assert duration_value(Decimal("1.5"), "H") == "PT1H30M"
    assert duration_value(Decimal("0.5"), "D") == "PT12H"
    assert duration_value(None, "100Y") == "PXY"
    assert duration_value(Decimal(2), "WE") == "P4D"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("the full year", "2018"),
        ("the whole year", "2018"),
        ("around Aug. 31", "2017-08-31"),  # the latest Aug. 31 before a past sentence
    ],
)
def test_dates_forms_full_year_and_leading_around(
    normaliser: TimexNormaliser, text: str, expected: str
) -> None:
    assert value(normaliser, text, direction="past") == expected


@pytest.mark.parametrize(
    ("anchor", "value"),
    [
        (dt.date(2016, 9, 21), "2016-11-08"),  # November 2016 opens on a Tuesday
        (dt.date(2018, 9, 21), "2018-11-06"),
    ],
)
def test_dates_forms_election_day_follows_the_first_monday(
    normaliser: TimexNormaliser, anchor: dt.date, value: str
) -> None:
    """Election Day is the Tuesday after the first Monday of November, which is not the
    first Tuesday when November opens on one."""
    assert read(normaliser, "Election Day", anchor, "future") == Timex("DATE", value, "day")
