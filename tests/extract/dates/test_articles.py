"""The dates stage with the real model on the WHYY article and real dev-corpus sentences:
tense deciding the direction, boilerplate times, no publication date, malformed dates."""

from __future__ import annotations

import pytest

from newsfacts.errors import Warnings
from newsfacts.extract.dates.expressions import distinct
from newsfacts.models import ArticleRecord, TimeExpression
from newsfacts.models.facts import DateFact
from newsfacts.pipeline.extractor import Extractor


def dates_of(record: ArticleRecord) -> dict[str, TimeExpression]:
    return {d.text: d for d in record.dates}


def values(extractor: Extractor, text: str, published: str | None) -> dict[str, str | None]:
    return {d.text: d.value for d in extractor.extract(text, published=published).dates}


def test_dates_articles_whyy(whyy_record: ArticleRecord) -> None:
    dates = dates_of(whyy_record)
    calendar = {text: d.value for text, d in dates.items() if d.type == "DATE"}
    assert calendar["Aug. 31"] == "2018-08-31"  # "is set to expire Aug. 31": forward
    assert calendar["Friday"] == "2018-07-27"
    assert calendar["Thursday"] == "2018-07-26"
    assert calendar["Last month"] == "2018-06"
    assert calendar["10 years ago"] == "2008"
    assert (dates["weeks"].type, dates["weeks"].value) == ("DURATION", "PXW")
    assert (dates["this afternoon"].type, dates["this afternoon"].granularity) == ("TIME", "time")
    assert dates["Aug. 31"].granularity == "day" and dates["Last month"].granularity == "month"


def test_dates_articles_boilerplate_times_are_not_facts(whyy_record: ArticleRecord) -> None:
    texts = {d.text for d in whyy_record.dates}
    assert "3:35 p.m." not in texts  # "Updated 3:35 p.m."
    assert not any("2:33" in text for text in texts)  # "Listen 2:33"
    assert "today" not in texts and "weekly" not in texts  # the donation and newsletter pitch


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        (  # dev-08: a weekday in a forward-looking sentence is the next one
            "The proposed budget must pass through the committees before a full City Council "
            "vote, which could come as soon as Friday.",
            "2024-12-10",
            {"Friday": "2024-12-13"},
        ),
        (  # dev-11: "was going to resign in August" looks forward from a past sentence
            "In late December, Hanson announced he was going to resign in August.",
            "2017-01-31",
            {"late December": "2016-12", "August": "2017-08"},
        ),
        (  # dev-07: "30 days later" counts from the date named before it
            "The measure will go to the council for a final vote on April 3. The restrictions "
            "will go into effect 30 days later.",
            "2023-03-21",
            {"April 3": "2023-04-03", "30 days later": "2023-05-03"},
        ),
        (  # dev-07: "would begin" puts Nov. 3 ahead, not eight months back
            "The city would begin enforcing the ban on Nov. 3.",
            "2023-03-21",
            {"Nov. 3": "2023-11-03"},
        ),
        (  # dev-05
            "The bills were passed by the City Council in late June, by 40-11 and 34-17 votes, "
            "respectively.",
            "2013-07-23",
            {"late June": "2013-06"},
        ),
        (  # dev-08
            "The city must pass an approved budget by the end of the year.",
            "2024-12-10",
            {"the end of the year": "2024-12-31"},
        ),
        (  # dev-10: the model tags "late Monday night" TIME; news reports the day
            "Colorado Springs District Court Judge Eric Bentley ruled late Monday night.",
            "2018-03-20",
            {"late Monday night": "2018-03-19"},
        ),
        (  # dev-11
            "Hanson's termination is effective February 1st and the district will pay over "
            "$300,000 to buyout his contract.",
            "2017-01-31",
            {"February 1st": "2017-02-01"},
        ),
        (  # dev-02
            "The vote was 9-to-1 with three council members absent from the Thursday, "
            "September 20, 2019 meeting.",
            "2019-09-20",
            {"the Thursday, September 20, 2019": "2019-09-20"},
        ),
    ],
)
def test_dates_articles_dev_sentences(
    extractor: Extractor, text: str, published: str, expected: dict[str, str]
) -> None:
    found = values(extractor, text, published)
    for expression, value in expected.items():
        assert found.get(expression) == value, found


def test_dates_articles_tuesday_night_is_one_day(extractor: Extractor) -> None:
    # dev-03: the model tags "Tuesday" DATE and "night" TIME; they are one expression
    record = extractor.extract(
        "In a narrow vote Tuesday night, the Sacramento County Board of Supervisors canceled a "
        "contract with the Department of Homeland Security.",
        published="2018-06-06",
    )
    (date,) = [d for d in record.dates if "Tuesday" in d.text]
    assert (date.text, date.type, date.value) == ("Tuesday night", "DATE", "2018-06-05")


def test_dates_articles_rate_is_a_set(extractor: Extractor) -> None:
    record = extractor.extract(
        "The contract provided millions of federal dollars to the Sheriff's Department each year.",
        published="2018-06-06",
    )
    assert [(d.text, d.type, d.value) for d in record.dates] == [("each year", "SET", "P1Y")]


def test_dates_articles_every_mention_listed(extractor: Extractor) -> None:
    # TimeML annotates each mention, and the held-out TempEval split is scored that way
    text = "The bills were passed in late June. He issued a statement after the votes in late June."
    record = extractor.extract(text, published="2013-07-23")
    assert [(d.text, d.start) for d in record.dates] == [
        ("late June", text.index("late June")),
        ("late June", text.rindex("late June")),
    ]


def test_dates_articles_distinct_lists_a_repeat_once() -> None:
    text = "in late June ... in late June ... on Friday"
    facts: list[DateFact] = [
        {
            "start": start,
            "end": start + len(words),
            "type": "DATE",
            "value": value,
            "granularity": None,
        }
        for words, start, value in [
            ("late June", 3, "2013-06"),
            ("late June", 20, "2013-06"),
            ("Friday", 37, "2013-07-19"),
        ]
    ]
    assert [f["start"] for f in distinct(facts, text)] == [3, 37]


def test_dates_articles_without_publication_date(extractor: Extractor) -> None:
    record = extractor.extract(
        "On Friday, Kenney said the contract, signed in 2008, is set to expire Aug. 31. Last "
        "month, a federal judge ruled in favor of the city.",
        published=None,
    )
    found = {d.text: d for d in record.dates}
    assert found["Friday"].value is None and found["Friday"].type == "DATE"
    assert found["Aug. 31"].value is None
    assert found["Last month"].value is None
    assert found["2008"].value == "2008"  # explicit: needs no publication date
    assert Warnings.W001 in record.warnings


def test_dates_articles_with_publication_date_no_warning(extractor: Extractor) -> None:
    record = extractor.extract("Last month, a judge ruled.", published="2018-07-27")
    assert Warnings.W001 not in record.warnings


@pytest.mark.parametrize(
    "text",
    [
        "The hearing is set for Aug. 32.",
        "The law took effect Feb 30.",
        "Case number 2882015 was filed.",
        "It costs $ and $ million.",
        "Meet me on 31/31/2031 at 25:99 p.m.",
        "Friday Friday Friday " * 40,
        "Aug. " * 200,
    ],
)
def test_dates_articles_malformed_never_crash(extractor: Extractor, text: str) -> None:
    record = extractor.extract(text, published="2020-01-15")
    for date in record.dates:
        assert 0 <= date.start <= date.end <= len(text)
        assert date.text not in ("Aug. 32", "Feb 30", "2882015") or date.value is None


def test_dates_articles_valueless_candidates_are_left_out(extractor: Extractor) -> None:
    # "future" as an adjective is no TIMEX3; every date kept has a value
    record = extractor.extract(
        "The board will discuss future plans on Friday, the chairman said.",
        published="2018-07-27",
    )
    assert [d.text for d in record.dates] == ["Friday"]
    assert record.dates[0].value is not None


def test_dates_articles_commitments_look_forward(extractor: Extractor) -> None:
    # published on a Saturday: the Monday both sides agreed to is the coming one
    record = extractor.extract(
        "Both sides have agreed to attend the tribunal on Monday.", published="2024-06-29"
    )
    assert [(d.text, d.value) for d in record.dates] == [("Monday", "2024-07-01")]


def test_dates_articles_a_holiday_naming_a_kind_of_thing_is_no_date(
    extractor: Extractor,
) -> None:
    kind = extractor.extract("Most Christmas deliveries have arrived.", published="2022-12-09")
    assert kind.dates == []
    day = extractor.extract("The shop will close on Christmas.", published="2022-12-09")
    assert [(d.text, d.value) for d in day.dates] == [("Christmas", "2022-12-25")]


def test_dates_articles_a_deictic_word_the_model_left_out_joins_its_unit(
    extractor: Extractor,
) -> None:
    # the model tags only "year" before a possessive; "this" decides which year
    found = values(extractor, "The update shows a change in this year's position.", "2016-12-19")
    assert found == {"this year": "2016"}


def test_dates_articles_a_full_date_wins_over_the_year_the_model_tagged_alone(
    extractor: Extractor,
) -> None:
    # the model reads "Financial Year to March 31," as an EVENT and tags "2020" alone
    text = "He agreed to stay for the remainder of Financial Year to March 31, 2020."
    assert values(extractor, text, "2019-11-01") == {"March 31, 2020": "2020-03-31"}


def test_dates_articles_a_publication_stamp_is_no_story_date(extractor: Extractor) -> None:
    text = "(Published 06 May 2020, 21:20 IST)\n\nThe minister spoke on Tuesday."
    assert values(extractor, text, "2020-05-06") == {"Tuesday": "2020-05-05"}


def test_dates_articles_a_holiday_the_model_calls_an_event(extractor: Extractor) -> None:
    text = "He was plucked from the Atlantic on Thanksgiving Day and brought ashore."
    assert values(extractor, text, "2000-01-06") == {"Thanksgiving Day": "1999-11-25"}
