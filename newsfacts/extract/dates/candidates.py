"""The spans the dates stage reads: the model's DATE and TIME entities, repaired.

en_core_web_sm is weak in news text: entities carry punctuation and possessives, "Tuesday"
and "night" come tagged apart, a range ("Aug. 26 to Oct. 20") comes as one entity, and some
words ("now", "recently") and month-day dates are never tagged. These functions repair the
entities and find what the model misses.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import cache

from spacy.tokens import Span, Token

from newsfacts.extract.alternation import alternation
from newsfacts.extract.dates.periods import QUARTER_WORDS
from newsfacts.extract.dates.timex import TimexLexicon
from newsfacts.extract.numbers import TENS, UNITS
from newsfacts.pipeline.doc import span_text


def trimmed(span: Span) -> Span | None:
    """The entity without surrounding punctuation or a possessive ending."""
    start, end = span.start, span.end
    while start < end and (span.doc[start].is_punct or span.doc[start].is_space):
        start += 1
    while end > start and (
        span.doc[end - 1].is_punct or span.doc[end - 1].is_space or span.doc[end - 1].tag_ == "POS"
    ):
        end -= 1
    return Span(span.doc, start, end, label=span.label_) if end > start else None


DEICTIC_WORDS = frozenset({"this", "last", "next"})
RECURRENCE_WORDS = frozenset({"every", "each"})


def with_deictic_word(span: Span, lexicon: TimexLexicon) -> Span:
    """ "this year" where the model tagged only "year" (as it does before a possessive:
    "this year's budget"): the determiner that fixes which unit is meant joins the span;
    so does "each" or "every" before a weekday or month ("departing each Thursday"), which
    makes the expression a recurrence (SET) rather than one day."""
    doc = span.doc
    before = doc[span.start - 1] if span.start > 0 else None
    first = span[0].lower_.rstrip(".")
    if before is None:
        return span
    deictic = before.lower_ in DEICTIC_WORDS and (
        lexicon.unit_code(first) or first in lexicon.months or first in lexicon.seasons
    )
    recurrent = before.lower_ in RECURRENCE_WORDS and (
        first in lexicon.weekdays or first in lexicon.months
    )
    if deictic or recurrent:
        return Span(doc, span.start - 1, span.end, label=span.label_)
    return span


def with_open_end(span: Span, lexicon: TimexLexicon) -> Span:
    """ "1994 or later", "1990 and beyond": the words that leave a year open join it, as
    TimeML annotates them (the value is the year); the model tags the year alone."""
    if len(span) != 1 or not span[0].is_digit or len(span[0]) != 4:
        return span
    doc = span.doc
    for words in lexicon.open_ends:
        count = len(words.split())
        following = doc[span.end : span.end + count]
        if len(following) == count and following.text.casefold() == words:
            return Span(doc, span.start, span.end + count, label=span.label_)
    return span


def merge_adjacent(spans: Iterator[Span | None]) -> list[Span]:
    """ "Tuesday" + "night" (the model tags them apart) as one expression."""
    merged: list[Span] = []
    for span in spans:
        if span is None:
            continue
        if merged and merged[-1].end == span.start and "TIME" in (merged[-1].label_, span.label_):
            last = merged.pop()
            label = "DATE" if "DATE" in (last.label_, span.label_) else "TIME"
            merged.append(Span(span.doc, last.start, span.end, label=label))
        else:
            merged.append(span)
    return merged


DAY_LABEL = "DAY"
LISTING_WORDS = frozenset({",", "and", "or", "&"})


def with_listed_days(span: Span, lexicon: TimexLexicon) -> list[Span]:
    """ "April 24 and 25", "June 3, 4 and 5": the date and the days listed after it, each
    its own expression as TimeML annotates them, in the month named before (a conjunction
    the model ran the date into, "May 5 and" of "May 5 and 6", is left out). The days
    carry `DAY_LABEL`, since a bare number is no date until the date before it is valued;
    a number before a noun or a month ("5 and 6 percent", "24 and 25 April") is none."""
    doc = span.doc
    end = span.end - 1 if len(span) > 2 and doc[span.end - 1].lower_ in LISTING_WORDS else span.end
    if not doc[end - 1].text.isdecimal() or not any(
        doc[i].lower_.rstrip(".") in lexicon.months for i in range(span.start, end - 1)
    ):
        return [span]
    days, index = [], end
    while index + 1 < len(doc) and doc[index].lower_ in LISTING_WORDS:
        number = doc[index + 1]
        after = doc[index + 2] if index + 2 < len(doc) else None
        if not (number.text.isdecimal() and 1 <= int(number.text) <= 31) or (
            after is not None and (after.pos_ in ("NOUN", "PROPN", "NUM") or after.text == "%")
        ):
            break
        days.append(Span(doc, index + 1, index + 2, label=DAY_LABEL))
        index += 2
    if not days:
        return [span]
    return [Span(doc, span.start, end, label=span.label_), *days]


def without_leading_words(span: Span, lexicon: TimexLexicon) -> Span:
    """ "only five hours", "almost two decades", "the night of Oct. 23", "between 1985": an
    adverb of degree before the expression, the part of the day of a date named after it,
    and a preposition or a cue that signals it ("since", "as early as") are outside its
    extent, as TimeML annotates them (the value is the same); "nearly" and "at least"
    stay, as the corpora annotate them."""
    for words in phrases_by_first_word(lexicon.outside_extent).get(span[0].lower_, ()):
        if len(span) > len(words) and all(
            span[i].lower_ == word for i, word in enumerate(words[1:], 1)
        ):
            return Span(span.doc, span.start + len(words), span.end, label=span.label_)
    return span


@cache
def phrases_by_first_word(phrases: frozenset[str]) -> dict[str, tuple[tuple[str, ...], ...]]:
    """The phrases as word tuples under their first word, longest first, so a span is
    checked only against the phrases its first word can open."""
    index: dict[str, list[tuple[str, ...]]] = {}
    for phrase in sorted(phrases, key=lambda p: -len(p.split())):
        words = tuple(phrase.split())
        index.setdefault(words[0], []).append(words)
    return {first: tuple(found) for first, found in index.items()}


def with_weekday_joined(spans: list[Span], lexicon: TimexLexicon) -> list[Span]:
    """ "Wednesday, 21 December" as one expression where the model tagged the weekday apart
    (in "the afternoon of Wednesday, 21 December"): a weekday and the date after its comma
    name one day, as TimeML annotates it, and the date fixes which."""
    joined: list[Span] = []
    for span in spans:
        last = joined[-1] if joined else None
        if (
            last is not None
            and len(last) == 1
            and last[0].lower_.rstrip(".") in lexicon.weekdays
            and span.start == last.end + 1
            and span.doc[last.end].text == ","
            and any(token.lower_.rstrip(".") in lexicon.months for token in span)
        ):
            joined[-1] = Span(span.doc, last.start, span.end, label=span.label_)
        else:
            joined.append(span)
    return joined


ARTICLES = frozenset({"a", "an", "the"})


def without_noun_article(span: Span) -> Span:
    """ "a fourth-quarter charge", "The year-ago results": a hyphened expression that
    modifies a noun after it leaves the article to that noun, as TimeML annotates it;
    "the year-ago period", whose noun is inside, keeps it."""
    first = span[0]
    noun = first.head
    if len(span) < 2 or first.lower_ not in ARTICLES or noun.i < span.end:
        return span
    if not any("-" in token.text for token in span[1:]):
        return span
    if span[-1].head.i != noun.i or noun.pos_ not in ("NOUN", "PROPN"):
        return span
    return Span(span.doc, span.start + 1, span.end, label=span.label_)


HYPHENED_MODIFIERS = frozenset({"early", "mid", "late"})


def split_range(span: Span, lexicon: TimexLexicon) -> list[Span]:
    """ "the quarter ended Sept. 30", "1991 to 1997", "Aug. 26 to Oct. 20" as two
    expressions, as TimeML annotates them; "two to three weeks" stays one, and so does
    "mid-November" (the tokenizer splits the hyphen off a modifier; it joins no range)."""
    for index in range(1, len(span) - 1):
        token, following = span[index], span[index + 1]
        if token.text == "-" and span[index - 1].lower_ in HYPHENED_MODIFIERS:
            continue
        if token.lower_ in lexicon.range_words and _starts_point(following, lexicon):
            left = Span(span.doc, span.start, span.start + index, label=span.label_)
            right = Span(span.doc, span.start + index + 1, span.end, label=span.label_)
            return [left, *split_range(right, lexicon)]
    return [span]


YEAR_AFTER_OF = re.compile(r"(?:\d{4}|(?:this|last|next) year)")


def split_year_of_duration(span: Span, lexicon: TimexLexicon) -> list[Span]:
    """ "the first nine months of 1997" as the duration and the year, as TimeML annotates
    them (a count of units of a named year is two expressions); the units are plural."""
    for index in range(1, len(span) - 1):
        unit = span[index - 1].lower_
        counted = unit not in lexicon.units and lexicon.unit_code(unit) is not None
        if span[index].lower_ != "of" or not counted:
            continue  # "the third quarter of 1984" is one point
        right = Span(span.doc, span.start + index + 1, span.end, label=span.label_)
        if YEAR_AFTER_OF.fullmatch(right.text.casefold()):
            left = Span(span.doc, span.start, span.start + index, label=span.label_)
            return [left, right]
    return [span]


def _starts_point(token: Token, lexicon: TimexLexicon) -> bool:
    word = token.lower_.rstrip(".")
    return (
        token.text.isdigit()
        or word in lexicon.months
        or word in lexicon.weekdays
        or word in ("the", "today", "yesterday", "tomorrow", "last", "next", "this")
    )


def is_adjectival_set(span: Span, lexicon: TimexLexicon) -> bool:
    """ "quarterly earnings", "annual report": adjectives the TimeML corpora leave out."""
    return len(span) == 1 and span[0].lower_ in lexicon.adjectival_sets and span[0].dep_ == "amod"


def is_holiday_modifier(span: Span, lexicon: TimexLexicon) -> bool:
    """ "Christmas deliveries", "Easter eggs": a holiday naming a kind of thing, not a day."""
    if len(span) != 1:
        return False
    token = span[0]
    holidays = {**lexicon.fixed_holidays, **lexicon.weekday_holidays}
    return token.lower_ in holidays and token.dep_ == "compound" and token.head.pos_ == "NOUN"


def is_title_word(span: Span, lexicon: TimexLexicon) -> bool:
    """ "USA Today", "Russia Today", "VOA Today": a capitalised "Today" after a proper
    name (no weekday or month) ends the name of a paper, channel or programme."""
    if len(span) != 1 or span[0].text != "Today" or span.start == 0:
        return False
    before = span.doc[span.start - 1]
    word = before.lower_.rstrip(".")
    return before.tag_ == "NNP" and word not in lexicon.weekdays and word not in lexicon.months


def is_indefinite_day(span: Span, lexicon: TimexLexicon) -> bool:
    """ "he hopes to one day lead the firm", "One day, he will return": "one day" ahead of
    the verb it modifies names no length and no day, just some time; after its verb ("had
    been in the post for one day") or before "later" or "after" it is a day's length."""
    if span_text(span).casefold() not in lexicon.indefinite_days:
        return False
    following = span.doc[span.end] if span.end < len(span.doc) else None
    if following is not None and following.lower_ in lexicon.anchoring_words:
        return False
    head = span.root.head
    return head.pos_ in ("VERB", "AUX") and head.i >= span.end


def extra_pattern(lexicon: TimexLexicon) -> re.Pattern[str]:
    """Words the model does not tag as dates ("now", "recently"), and capitalised month-day
    dates, weekdays and holidays it sometimes misses or tags as events ("Thanksgiving Day"),
    and a year behind "pre-" or "post-" ("the post-1945 order": the year, as TimeML
    values it)."""
    words = alternation(list(lexicon.extra_candidates), ignore_case=True)
    months = alternation([m.capitalize() for m in lexicon.months if len(m) > 2], ignore_case=False)
    weekdays = alternation(
        [w.capitalize() for w in lexicon.weekdays if len(w) > 5], ignore_case=False
    )
    holidays = alternation(
        [name.title() for name in {**lexicon.fixed_holidays, **lexicon.weekday_holidays}],
        ignore_case=False,
    )
    # `(?=\w)`: a word's end is a boundary too, and no expression starts there; ruling it
    # out at once halves the positions the alternatives are tried at
    return re.compile(
        rf"\b(?=\w)(?:(?i:{words})|(?:{months})\.?\s+\d{{1,2}}(?:st|nd|rd|th)?(?:,\s+\d{{4}})?"
        rf"|(?:{weekdays})|(?:{holidays})|{quarter_phrase()}|{duration_phrase()}"
        rf"|(?i:pre|post)-\d{{4}})\b(?![-'’]\w)"
    )


DURATION_UNITS = ("year", "month", "quarter", "week", "day", "hour", "minute", "decade")
DURATION_QUANTIFIERS = (
    "about", "nearly", "almost", "more than", "less than", "at least", "over", "under",
    "some", "up to", "only", "just", "roughly", "around",
)  # fmt: skip


def duration_phrase() -> str:
    """A count of time units the model tags as a number or a quantity, or not at all ("for
    at least 20 more years", "to last over a week", "about 5 1/2 hours"): TimeML
    annotates every length of time. "a" counts only after a quantifier ("over a week"),
    since "a year" alone is as often a rate; an age ("20 years old") is no length. A vague
    "several" counts too ("after several quarters of losses", PXQ), but takes no
    quantifier, since "over several years" is "over" the preposition; so does a unit made
    an adjective with "-long" ("a day-long meeting", P1D)."""
    # tries (`alternation`): tried at every word of an article, a plain alternation of
    # these words cost half the time of the whole candidate pattern
    words = alternation([*UNITS, *TENS], ignore_case=True)
    number = rf"(?:\d+(?:\.\d+)?(?:\s+\d/\d)?|(?:{words})(?:-(?:{words}))?)"
    quantifier = alternation(list(DURATION_QUANTIFIERS), ignore_case=True)
    units = alternation(list(DURATION_UNITS), ignore_case=True)
    return (
        rf"(?i:(?:(?:{quantifier})\s+(?:an?|{number})|{number}|several)\s+"
        rf"(?:more\s+|additional\s+)?(?:{units})s?(?![\s-]+old\b)|(?:{units})-long)"
    )


def quarter_phrase() -> str:
    """A quarter named by its ordinal, which the model often leaves untagged when a word
    comes between ("fiscal second-quarter", "a flat second quarter", "the year-earlier
    third quarter"); the article joins only before such a word, since "a third-quarter
    loss" is "third-quarter" in TimeML (the article belongs to "loss"). "quarterly" does
    not end in a word boundary after "quarter"."""
    ordinals = alternation(list(QUARTER_WORDS), ignore_case=True)
    return (
        r"(?i:(?:(?:the|its|an?)\s+(?:flat|strong|weak|year-earlier|year-ago)\s+)?"
        rf"(?:fiscal[-\s])?(?:{ordinals})[-\s](?:fiscal[-\s])?quarter)"
    )
