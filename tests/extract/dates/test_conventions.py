"""TimeML conventions of the TempEval-3 data (issue 14), each on an invented sentence of the
shape news gives it, run through the real pipeline: years with a modifier, fiscal periods
and references the model never tags, recurrences, seasons with a modifier."""

from __future__ import annotations

import pytest

from newsfacts.pipeline.extractor import Extractor


def typed_values(extractor: Extractor, text: str, published: str) -> dict[str, tuple[str, str]]:
    record = extractor.extract(text, published=published)
    return {d.text: (d.type, d.value) for d in record.dates if d.value is not None}


@pytest.mark.parametrize(
    ("text", "published", "expression", "expected"),
    [
        (  # the end of a year named in figures is that year (its end is a modifier)
            "The company said it would halve its research costs by the end of 1990.",
            "1989-10-30",
            "the end of 1990",
            ("DATE", "1990"),
        ),
        (  # an earnings report's "latest period" is the quarter it named
            "Net income rose 12% in the third quarter. The latest period included a gain on "
            "the sale of a unit.",
            "1989-10-26",
            "The latest period",
            ("DATE", "1989-Q3"),
        ),
        (
            "Analysts expect the shares to stay weak in the near term.",
            "1989-10-30",
            "the near term",
            ("DATE", "FUTURE_REF"),
        ),
        (
            "Prices of the watches have risen sharply in the recent past.",
            "1989-10-30",
            "the recent past",
            ("DATE", "PAST_REF"),
        ),
        (
            "The board wants to sell the printer unit as soon as possible.",
            "1989-10-30",
            "as soon as possible",
            ("DATE", "FUTURE_REF"),
        ),
        (  # a figure and "years" is a length of time, not an age
            "For the island's youth the ruling is what 40 years of sanctions were for their "
            "parents.",
            "2000-01-15",
            "40 years",
            ("DURATION", "P40Y"),
        ),
        (  # "each" joins the weekday the model tagged: a recurrence
            "Two new flights will leave on Monday, with a third departing each Thursday from "
            "August 6.",
            "1998-02-13",
            "each Thursday",
            ("SET", "XXXX-WXX-4"),
        ),
        (
            "Crowds of supporters return to the square every day.",
            "2000-01-28",
            "every day",
            ("SET", "P1D"),
        ),
        (
            "The airline said the new flights would leave Bombay on Tuesday nights.",
            "1998-02-13",
            "Tuesday nights",
            ("SET", "XXXX-WXX-2TNI"),
        ),
        (
            "Steel shipments have increased from the low levels of the early summer.",
            "1989-10-26",
            "the early summer",
            ("DATE", "1989-SU"),
        ),
        (
            "The battery plant will be closed over the next year or so, a spokesman said.",
            "1989-11-02",
            "the next year or so",
            ("DATE", "1990"),
        ),
        (  # the ISO week holding the day named
            "The dispute may be settled at a court hearing the week of March 6, his lawyer said.",
            "2000-02-24",
            "the week of March 6",
            ("DATE", "2000-W10"),
        ),
        (  # counted from the last day named, not from the publication date
            "The index closed at 2082.1 on Monday, down 4.5% from the previous Friday.",
            "1989-10-31",
            "the previous Friday",
            ("DATE", "1989-10-27"),
        ),
        (  # a participle after its noun tells what was done: the Aug. 6 before, not after
            "The industrial average closed within 70 points of its record high set on Aug. 6.",
            "1998-02-06",
            "Aug. 6",
            ("DATE", "1997-08-06"),
        ),
        (  # a participle clause ("with a third departing ...") looks where its verb does
            "The airline will add two flights on Monday, with a third departing each Thursday "
            "from August 6.",
            "1998-02-13",
            "August 6",
            ("DATE", "1998-08-06"),
        ),
        (  # "scheduled for" still looks forward
            "The shareholders will meet at a hearing scheduled for Aug. 6.",
            "1998-02-06",
            "Aug. 6",
            ("DATE", "1998-08-06"),
        ),
        (  # a day word the model leaves untagged before a place
            "Several relatives planned to apply for visas today at the consulate in the capital.",
            "2000-04-03",
            "today",
            ("DATE", "2000-04-03"),
        ),
        (  # and at the head of a quoted sentence
            "``Today, I'm here to ask for your help,'' the governor told reporters.",
            "1999-05-07",
            "Today",
            ("DATE", "1999-05-07"),
        ),
    ],
)
def test_conventions_timeml_values(
    extractor: Extractor, text: str, published: str, expression: str, expected: tuple[str, str]
) -> None:
    found = typed_values(extractor, text, published)
    assert found.get(expression) == expected, found


@pytest.mark.parametrize(
    ("text", "expression", "expected"),
    [
        (  # the model tags "a fourth-quarter"; the article is the charge's
            "The company said the strike last month will result in a fourth-quarter pre-tax "
            "charge of about $5 million.",
            "fourth-quarter",
            ("DATE", "1989-Q4"),
        ),
        (  # untagged by the model when "fiscal" comes between
            "The steelmaker posted net income for the fiscal second-quarter of $8.6 million.",
            "fiscal second-quarter",
            ("DATE", "1989-Q2"),
        ),
        (  # no count of years: the fiscal-period rule reads it, not the shift rule
            "The utility earned $40 million in the third quarter. For the quarter a year ago, "
            "it reported earnings of $31 million.",
            "the quarter a year ago",
            ("DATE", "1988-Q3"),
        ),
        (
            "In the year-earlier third quarter, the bank had net income of $1.2 million.",
            "the year-earlier third quarter",
            ("DATE", "1988-Q3"),
        ),
    ],
)
def test_conventions_quarters_the_model_misses(
    extractor: Extractor, text: str, expression: str, expected: tuple[str, str]
) -> None:
    found = typed_values(extractor, text, "1989-11-02")
    assert found.get(expression) == expected, found


def test_conventions_indefinite_quarter_is_no_reference(extractor: Extractor) -> None:
    """ "a flat second quarter" is an aside: the latest period is still the third quarter."""
    found = typed_values(
        extractor,
        "Net income rose 12% in the third quarter. After a flat second quarter, newsprint "
        "sales picked up. The latest period included a gain on the sale of a unit.",
        "1989-10-26",
    )
    assert found.get("a flat second quarter") == ("DATE", "1989-Q2"), found
    assert found.get("The latest period") == ("DATE", "1989-Q3"), found


@pytest.mark.parametrize(
    ("text", "expression", "expected"),
    [
        (  # the model tags "at least 20" a number; "more" sits between count and unit
            "Russia will keep its fleet at the base for at least 20 more years.",
            "at least 20 more years",
            ("DURATION", "P20Y"),
        ),
        (  # untagged: "a" counts after a quantifier
            "The inspectors began a tour likely to last over a week.",
            "over a week",
            ("DURATION", "P1W"),
        ),
        (  # tagged QUANTITY by the model; "about" is outside the extent
            "She will spend about 5 1/2 hours in Nairobi later in the day.",
            "5 1/2 hours",
            ("DURATION", "PT5H30M"),
        ),
        (  # tagged, but "year-earlier" hid the count: the length, as "the first nine months"
            "Profit for the year-earlier nine months included a $4 million charge.",
            "the year-earlier nine months",
            ("DURATION", "P9M"),
        ),
        (  # a unit made an adjective, untagged
            "Union leaders left a second day-long session with the mediators.",
            "day-long",
            ("DURATION", "P1D"),
        ),
        (  # a vague count of quarters, tagged a number
            "The chain closed stores after several quarters of losses.",
            "several quarters",
            ("DURATION", "PXQ"),
        ),
    ],
)
def test_conventions_durations_the_model_misses(
    extractor: Extractor, text: str, expression: str, expected: tuple[str, str]
) -> None:
    found = typed_values(extractor, text, "1998-03-06")
    assert found.get(expression) == expected, found


def test_conventions_age_is_no_duration(extractor: Extractor) -> None:
    found = typed_values(
        extractor, "The attack was carried out by a man of 52 years old.", "1998-03-06"
    )
    assert not any(value[0] == "DURATION" for value in found.values()), found


def test_conventions_counted_units_of_a_year_are_two_expressions(extractor: Extractor) -> None:
    """TimeML annotates the duration and the year it lies in apart; a quarter of a year is
    one point."""
    found = typed_values(
        extractor,
        "Payrolls grew by an average of 242,000 in the first nine months of 1997. Profit fell "
        "in the third quarter of 1984.",
        "1998-02-06",
    )
    assert found.get("the first nine months") == ("DURATION", "P9M"), found
    assert found.get("1997") == ("DATE", "1997"), found
    assert found.get("the third quarter of 1984") == ("DATE", "1984-Q3"), found


def test_conventions_counted_season_is_no_calendar_season(extractor: Extractor) -> None:
    """A season counted ("a season ago", "two seasons ago") is a sports or broadcast season
    of no fixed length, not three months: no value is right, so no date is recorded; a
    named season still is one."""
    found = typed_values(
        extractor,
        "The two clubs got a sponsorship of R60-million each a season ago. The striker scored "
        "20 goals two seasons ago. The last frost came in late spring.",
        "2001-03-23",
    )
    assert "a season ago" not in found, found
    assert "two seasons ago" not in found, found
    assert found.get("late spring") == ("DATE", "2001-SP"), found


def test_conventions_hyphened_modifier_keeps_its_month(extractor: Extractor) -> None:
    """The tokenizer splits "mid-November" at the hyphen, which is no range between "mid"
    and "November": the expression stays whole; "early-1989" is read as "early 1989"."""
    found = typed_values(
        extractor,
        "The regulator gave the bidder until mid-November to answer. Sales recovered in "
        "early-1989, the company said.",
        "1989-10-30",
    )
    assert found.get("mid-November") == ("DATE", "1989-11"), found
    assert found.get("early-1989") == ("DATE", "1989"), found


def test_conventions_forecast_quarter_is_no_reported_period(extractor: Extractor) -> None:
    """A quarter still to come, named in a forecast, is no period an earnings report
    compares with: "the year-ago period" counts back from the quarter reported."""
    found = typed_values(
        extractor,
        "Acme Steel posted a 54% drop in third-quarter profit. Analysts expect losses "
        "through the third quarter of 1990. In the year-ago period, Acme earned $101.4 "
        "million.",
        "1989-10-26",
    )
    assert found.get("the third quarter of 1990") == ("DATE", "1990-Q3"), found
    assert found.get("the year-ago period") == ("DATE", "1988-Q3"), found


def test_conventions_what_it_is_today_is_the_present(extractor: Extractor) -> None:
    """ "what it is today" describes something by what it now is: the present
    (PRESENT_REF), not the publication day; "today" in a main clause stays that day."""
    found = typed_values(
        extractor,
        "Its founders made the club what it is today. Today is the club's centenary.",
        "2001-03-23",
    )
    assert found.get("today") == ("DATE", "PRESENT_REF"), found
    assert found.get("Today") == ("DATE", "2001-03-23"), found


def test_conventions_today_ending_a_name_is_no_date(extractor: Extractor) -> None:
    """A capitalised "Today" after a proper name is the name of a paper, channel or
    programme ("USA Today", "Russia Today"), no day; "Today," opening a sentence is one."""
    text = (
        "A reporter for USA Today asked about the plan. Russia Today, the network, aired it. "
        "Today, the minister answered."
    )
    dates = extractor.extract(text, published="2016-09-08").dates
    assert [(d.start, d.value) for d in dates] == [(text.rindex("Today"), "2016-09-08")], dates


def test_conventions_year_end_already_past_is_last_years(extractor: Extractor) -> None:
    """A year's end in a sentence that looks back ("since year-end", "year-end net was")
    has passed, so it is the last year's December 31; one still to come ("by year-end")
    is this year's."""
    found = typed_values(
        extractor,
        "The index has risen 12% since year-end. The bank plans to cut 600 jobs by year end.",
        "1989-10-30",
    )
    assert found.get("year-end") == ("DATE", "1988-12-31"), found
    assert found.get("year end") == ("DATE", "1989-12-31"), found


def test_conventions_one_day_ahead_of_its_verb_is_no_length(extractor: Extractor) -> None:
    """ "he hopes he one day flies": "one day" ahead of its verb is some time, no length;
    after its verb ("in the post for one day") it is one day's length."""
    text = (
        "The young pilot hopes he one day flies for the national team. The coach had "
        "been in the post for one day."
    )
    dates = extractor.extract(text, published="1998-04-18").dates
    assert [(d.start, d.value) for d in dates] == [(text.rindex("one day"), "P1D")], dates


def test_conventions_last_month_named_just_after_it_is_a_year_back(extractor: Extractor) -> None:
    """ "last February" on March 1 is not the February just ended (that is "last month")
    but the one a year before; "last May" is the latest May."""
    found = typed_values(
        extractor,
        "A bridge collapsed last February. The repairs began last May.",
        "1998-03-01",
    )
    assert found.get("last February") == ("DATE", "1997-02"), found
    assert found.get("last May") == ("DATE", "1997-05"), found


def test_conventions_hours_later_is_a_length(extractor: Extractor) -> None:
    """ "Just over an hour later" counts from an event no date names to the hour: TimeML
    reads the length (PT1H), not the day named last."""
    found = typed_values(
        extractor,
        "The fire started at the depot on Oct. 23. Just over an hour later, crews had it "
        "under control.",
        "1998-10-25",
    )
    assert found.get("over an hour later") == ("DURATION", "PT1H"), found


def test_conventions_every_quarter_recurs_by_the_quarter(extractor: Extractor) -> None:
    """ "every quarter" recurs in quarters (P1Q), the unit "a quarter" and "two quarters"
    are counted in, not in three-month steps."""
    found = typed_values(
        extractor,
        "The city must repay about $20 million of its loan every quarter.",
        "1989-10-30",
    )
    assert found.get("every quarter") == ("SET", "P1Q"), found


def test_conventions_weekday_in_the_past_perfect_has_gone_by(extractor: Extractor) -> None:
    """A weekday in a past-perfect clause, even one naming a plan ("had been scheduled to
    expire"), lies before the moment told of, so it is the one gone by; the same plan in
    the future tense is the coming one."""
    found = typed_values(
        extractor,
        "The ballot had been scheduled to close at midnight Friday. A second ballot will "
        "close on Thursday.",
        "1989-10-30",
    )
    assert found.get("midnight Friday") == ("TIME", "1989-10-27T24:00"), found
    assert found.get("Thursday") == ("DATE", "1989-11-02"), found


def test_conventions_year_behind_pre_or_post_is_the_year(extractor: Extractor) -> None:
    """ "the post-1945 order", "the pre-1990 borders": the year, its "pre-" or "post-" a
    modifier, as TimeML values it; the model tags the one and misses the other."""
    found = typed_values(
        extractor,
        "The post-1945 order shaped the region. The pre-1990 borders still hold.",
        "2000-02-24",
    )
    assert found.get("post-1945") == ("DATE", "1945"), found
    assert found.get("pre-1990") == ("DATE", "1990"), found


def test_conventions_weekday_evening_is_a_time_of_that_day(extractor: Extractor) -> None:
    """ "Thursday evening" is the evening of that Thursday, a TIME with its part (TEV), as
    TimeML writes it; "Tuesday night" stays the day, as news reports it."""
    found = typed_values(
        extractor,
        "Police said the driver was stopped Thursday evening. The council voted Tuesday night.",
        "1998-03-11",
    )
    assert found.get("Thursday evening") == ("TIME", "1998-03-05TEV"), found
    assert found.get("Tuesday night") == ("DATE", "1998-03-10"), found


def test_conventions_next_morning_is_the_day_after_the_day_named(extractor: Extractor) -> None:
    """ "the next morning" is the day after the last day the text named, as the corpora
    value it; with no day named before it, it is no expression the text fixes."""
    found = typed_values(
        extractor,
        "The plant closed on March 2, 1990. The next morning, workers gathered outside.",
        "1998-03-11",
    )
    assert found.get("The next morning") == ("DATE", "1990-03-03"), found
    alone = typed_values(extractor, "The next morning, workers gathered outside.", "1998-03-11")
    assert "The next morning" not in alone, alone


def test_conventions_days_listed_after_a_date_are_days_of_its_month(extractor: Extractor) -> None:
    """ "April 24 and 25": each day listed is its own expression, in the month named before
    it; a number before a noun ("5 and 6 percent") is none."""
    found = typed_values(
        extractor,
        "The summit will be held on April 24 and 25 in the capital. Rates were cut on May 5 "
        "and 6 percent of loans were repaid.",
        "1998-03-11",
    )
    assert found.get("April 24") == ("DATE", "1998-04-24"), found
    assert found.get("25") == ("DATE", "1998-04-25"), found
    assert "6" not in found, found


def test_conventions_adverb_of_degree_is_outside_the_extent(extractor: Extractor) -> None:
    """ "only five hours", "almost two decades", "the night of Friday, Oct. 23": the adverb
    and the part of the day are left out of the extent, as the TimeML corpora annotate
    them, and the value is the same; "nearly" stays in."""
    record = extractor.extract(
        "The hearing lasted only five hours. Unemployment hit its lowest level in almost two "
        "decades. The plant stood idle for nearly two months. Police said the man was shot "
        "on the night of Friday, Oct. 23, at his home.",
        published="1998-10-25",
    )
    found = {d.text: d.value for d in record.dates}
    assert found.get("five hours") == "PT5H", found
    assert found.get("two decades") == "P20Y", found
    assert found.get("nearly two months") == "P2M", found
    assert found.get("Friday, Oct. 23") == "1998-10-23", found


def test_conventions_open_end_joins_its_year(extractor: Extractor) -> None:
    """ "1994 or later", "1990 and beyond": the words that leave the year open are inside
    its extent, and the value is the year; "1994 or 1995" stays two years."""
    record = extractor.extract(
        "The company expects the plant to open in 1994 or later. It is confident about 1990 "
        "and beyond. The firm was founded in 1994 or 1995.",
        published="1989-10-30",
    )
    found = [(d.text, d.value) for d in record.dates]
    assert ("1994 or later", "1994") in found, found
    assert ("1990 and beyond", "1990") in found, found
    assert ("1995", "1995") in found, found


def test_conventions_past_perfect_through_an_adjective(extractor: Extractor) -> None:
    """ "had been due to expire Friday evening": the past perfect reaches the weekday
    through the adjective the verb completes, so it is the Friday gone by."""
    found = typed_values(
        extractor,
        "The offer had been due to expire Friday evening. It was extended to next month.",
        "1998-03-11",
    )
    assert found.get("Friday evening") == ("TIME", "1998-03-06TEV"), found


def test_conventions_weekday_joined_to_a_recurrence_recurs(extractor: Extractor) -> None:
    """ "on Monday and Tuesday nights": the first weekday shares the recurrence of the
    second (SET, with its part of the day); "on Monday and again on Tuesday" are days."""
    found = typed_values(
        extractor,
        "Two new flights will leave the capital on Monday and Tuesday nights from March 30. "
        "The council met on Monday and again on Tuesday.",
        "1998-03-11",
    )
    record = extractor.extract(
        "Two new flights will leave the capital on Monday and Tuesday nights from March 30.",
        published="1998-03-11",
    )
    assert [(d.text, d.value) for d in record.dates][:2] == [
        ("Monday", "XXXX-WXX-1TNI"),
        ("Tuesday nights", "XXXX-WXX-2TNI"),
    ], record.dates
    assert found.get("Tuesday") == ("DATE", "1998-03-10"), found


def test_conventions_signal_words_are_outside_the_extent(extractor: Extractor) -> None:
    """ "between 1985 and 1988", "as early as next year's first quarter": the preposition
    or cue that signals an expression is outside its extent, as TimeML annotates it."""
    record = extractor.extract(
        "Revenue doubled between 1985 and 1988. The plant could open as early as next "
        "year's first quarter.",
        published="1989-10-30",
    )
    found = {d.text: d.value for d in record.dates}
    assert found.get("1985") == "1985", found
    assert found.get("next year's first quarter") == "1990-Q1", found


def test_conventions_article_of_the_modified_noun_is_outside(extractor: Extractor) -> None:
    """ "a fourth-quarter pretax charge", "The year-ago results": the article belongs to the
    noun the hyphened expression modifies, as TimeML annotates it; "the year-ago period",
    whose noun is inside the expression, keeps it."""
    record = extractor.extract(
        "The firm said it would take a fourth-quarter pretax charge of $30 million. Net fell "
        "5%. The year-ago results included a $4 million gain. In the year-ago period, it lost "
        "money.",
        published="1989-11-02",
    )
    texts = [d.text for d in record.dates]
    assert "fourth-quarter" in texts, texts
    assert "year-ago" in texts, texts
    assert "the year-ago period" in texts, texts


def test_conventions_weekday_and_the_date_after_its_comma_are_one(extractor: Extractor) -> None:
    """ "the morning of Tuesday, 13 June": the model tags the weekday and the date apart;
    they name one day, one expression valued by the date (alone, "Tuesday" would be the
    one before the publication date)."""
    record = extractor.extract(
        "Staff will walk out from the morning of Tuesday, 13 June, the organisers said.",
        published="2023-06-01",
    )
    assert [(d.text, d.value) for d in record.dates] == [("Tuesday, 13 June", "2023-06-13")], (
        record.dates
    )
