"""What an article object's fields mean: which keys hold the article, and its date.

Feeds differ: one names the text `body`, another the date `pubDate` and writes it as
"Fri, 27 Jul 2018 14:02:00 -0400" or "July 27, 2018". `FieldKeys` maps a feed's keys onto
the article's fields (as `--text-key` and its siblings do); `publication_date` reads the
date formats news metadata uses, keeping an ambiguous one with a warning.
"""

from __future__ import annotations

import datetime as dt
import email.utils
import re
from dataclasses import dataclass
from typing import Any

from newsfacts.errors import Warnings

ISO_DATE = re.compile(r"^(\d{4}-\d{2}-\d{2})(?:[T ].*)?$")
# 03/04/2018, 3.4.2018, 03-04-2018: day or month first, which the text alone cannot say
NUMERIC_DATE = re.compile(r"^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$")
# the date fields feeds use besides `published`, tried in this order when it is absent
DATE_FALLBACK_KEYS = ("date", "pubDate", "pub_date", "published_at", "datePublished")
NAMED_MONTH_FORMATS = (
    "%B %d, %Y",
    "%B %d %Y",
    "%b %d, %Y",
    "%b %d %Y",
    "%b. %d, %Y",
    "%d %B %Y",
    "%d %b %Y",
    "%d %B, %Y",
    "%A, %B %d, %Y",
    "%a, %b %d, %Y",
)
YEAR_AT_END = re.compile(r"\d{4}$")


@dataclass(frozen=True)
class FieldKeys:
    """The keys of an article object that hold its text, id, date and title."""

    text: str = "text"
    id: str = "id"
    published: str = "published"
    title: str = "title"

    def canonical(self, fields: dict[str, Any]) -> dict[str, Any]:
        """`fields` with these keys renamed to the article's field names, and a `date` or
        `pubDate` field taken as `published` when the object has no date under its key."""
        renames = {self.text: "text", self.id: "id", self.published: "published"}
        renames[self.title] = "title"
        result = {key: value for key, value in fields.items() if key not in renames}
        result.update({renames[key]: value for key, value in fields.items() if key in renames})
        if result.get("published") is None:
            for key in DATE_FALLBACK_KEYS:
                if key not in renames and fields.get(key) is not None:
                    result["published"] = result.pop(key)
                    break
        return result


@dataclass(frozen=True)
class ParsedDate:
    """A publication date read from metadata; `warning` says when it was a guess."""

    date: dt.date
    warning: str | None = None


def publication_date(value: str) -> ParsedDate | None:
    """The day `value` names, in the formats news metadata uses: ISO 8601 (with or without
    a time and zone: the day as written, not moved to UTC), RFC 2822 ("Fri, 27 Jul 2018
    14:02:00 -0400"), a month by name ("July 27, 2018", "27 Jul 2018"), and a numeric
    day and month ("03/04/2018", read month first, with a warning when either could be
    the month). None when `value` is none of these."""
    text = " ".join(value.split())
    return _iso(text) or _rfc2822(text) or _named_month(text) or _numeric(text)


def _iso(text: str) -> ParsedDate | None:
    match = ISO_DATE.match(text)
    if match is None:
        return None
    try:
        return ParsedDate(dt.date.fromisoformat(match.group(1)))
    except ValueError:
        return None


def _rfc2822(text: str) -> ParsedDate | None:
    try:
        moment = email.utils.parsedate_to_datetime(text)
    except (TypeError, ValueError, IndexError):
        return None
    return ParsedDate(moment.date())


def _named_month(text: str) -> ParsedDate | None:
    cleaned = re.sub(r"(\d)(st|nd|rd|th)\b", r"\1", text)
    if YEAR_AT_END.search(cleaned) is None:
        return None  # every format ends in a year: spare the failing `strptime` calls
    for pattern in NAMED_MONTH_FORMATS:
        try:
            return ParsedDate(dt.datetime.strptime(cleaned, pattern).date())
        except ValueError:
            continue
    return None


def _numeric(text: str) -> ParsedDate | None:
    match = NUMERIC_DATE.match(text)
    if match is None:
        return None
    first, second, year = (int(part) for part in match.groups())
    month, day = (second, first) if first > 12 else (first, second)
    try:
        date = dt.date(year, month, day)
    except ValueError:
        return None
    ambiguous = first <= 12 and second <= 12 and first != second
    warning = Warnings.W005.format(value=text, date=date.isoformat()) if ambiguous else None
    return ParsedDate(date, warning)


# a dateline line: "January 10, 2020 GMT", "Published Jan 20, 2024 01:33 pm"
DATELINE_PREFIX = re.compile(r"^(?:published|updated|posted)(?:\s+on)?:?\s+", re.IGNORECASE)
DATELINE_ZONE = re.compile(r"\s+(?:GMT|UTC|[ECMP][SD]?T)$")
DATELINE_TIME = re.compile(r",?\s+(?:at\s+)?\d{1,2}:\d{2}(?::\d{2})?(?:\s*[ap]\.?m\.?)?$", re.I)
DATELINE_MAX_CHARS = 60
DATELINE_LINES = 3


def dateline_date(text: str) -> dt.date | None:
    """The date of a dateline among the first lines of a plain-text article ("January 10,
    2020 GMT" under the headline): a short line that is nothing but a date, with perhaps
    "Published", a time and a zone. None when the top of the text has none."""
    lines = [line.strip() for line in text.split("\n") if line.strip()][:DATELINE_LINES]
    for line in lines:
        if len(line) > DATELINE_MAX_CHARS:
            continue
        bare = DATELINE_TIME.sub("", DATELINE_ZONE.sub("", DATELINE_PREFIX.sub("", line)))
        parsed = _iso(bare) or _named_month(bare)
        if parsed is not None:
            return parsed.date
    return None
