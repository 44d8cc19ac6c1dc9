"""Article objects' keys and the date formats of news metadata, and datelines in texts."""

from __future__ import annotations

import datetime as dt

import pytest

from newsfacts.io.metadata import FieldKeys, dateline_date, publication_date


@pytest.mark.parametrize(
    ("value", "day"),
    [
        ("2018-07-27", "2018-07-27"),
        ("2018-07-27T23:30:00-04:00", "2018-07-27"),
        ("2018-07-27T23:30:00Z", "2018-07-27"),
        ("Fri, 27 Jul 2018 14:02:00 -0400", "2018-07-27"),
        ("July 27, 2018", "2018-07-27"),
        ("Jul 27 2018", "2018-07-27"),
        ("27 July 2018", "2018-07-27"),
        ("July 27th, 2018", "2018-07-27"),
        ("27/07/2018", "2018-07-27"),
    ],
)
def test_metadata_publication_date_reads_news_formats(value: str, day: str) -> None:
    parsed = publication_date(value)
    assert parsed is not None and parsed.date == dt.date.fromisoformat(day)
    assert parsed.warning is None


def test_metadata_ambiguous_date_is_kept_with_a_warning() -> None:
    parsed = publication_date("03/04/2018")
    assert parsed is not None and parsed.date == dt.date(2018, 3, 4)
    assert parsed.warning is not None and parsed.warning.startswith("W005")


@pytest.mark.parametrize("value", ["soon", "2018-02-30", "31/31/2018", "July 2018"])
def test_metadata_publication_date_refuses_what_is_no_day(value: str) -> None:
    assert publication_date(value) is None


def test_metadata_field_keys_rename_and_fall_back_to_date_fields() -> None:
    keys = FieldKeys(text="body", id="guid", title="headline")
    fields = keys.canonical(
        {"guid": "g1", "body": "B", "headline": "H", "pubDate": "July 27, 2018", "x": 1}
    )
    assert fields == {"id": "g1", "text": "B", "title": "H", "published": "July 27, 2018", "x": 1}
    assert FieldKeys().canonical({"text": "t", "date": "2018-07-27"})["published"] == "2018-07-27"


@pytest.mark.parametrize(
    ("top", "day"),
    [
        ("Court rules\n\nJanuary 10, 2020 GMT\n\nBAKERSFIELD, Calif. (AP) — A judge", "2020-01-10"),
        ("IMF board approves\n\nPublished Jan 20, 2024 01:33 pm\n\nWashington -", "2024-01-20"),
    ],
)
def test_metadata_dateline_at_the_top_of_a_text(top: str, day: str) -> None:
    assert dateline_date(top) == dt.date.fromisoformat(day)


def test_metadata_no_dateline_in_a_sentence() -> None:
    assert dateline_date("Title\n\nOn January 10, 2020 the council met and voted.") is None
