"""The temporal expressions of a parsed Doc, typed and valued as TimeML does: the model's
DATE and TIME entities repaired and completed (`candidates`), each read by the normaliser
(`rules`) with its sentence's direction and the last date named before it. The dates stage
(`component`) writes what `TimeExpressions.of` finds."""

from __future__ import annotations

import datetime as dt
import re

from spacy.tokens import Doc, Span

from newsfacts.extract.dates.candidates import (
    DAY_LABEL,
    extra_pattern,
    is_adjectival_set,
    is_holiday_modifier,
    is_indefinite_day,
    is_title_word,
    merge_adjacent,
    split_range,
    split_year_of_duration,
    trimmed,
    with_deictic_word,
    with_listed_days,
    with_open_end,
    with_weekday_joined,
    without_leading_words,
    without_noun_article,
)
from newsfacts.extract.dates.direction import sentence_direction
from newsfacts.extract.dates.rules import TimexNormaliser, clean_expression
from newsfacts.extract.dates.timex import (
    Context,
    Direction,
    Timex,
    TimexLexicon,
    add_months,
    point,
    point_start,
    valid_date,
)
from newsfacts.models.facts import DateFact, as_date_type, as_granularity
from newsfacts.pipeline.doc import (
    doc_text,
    get_facts,
    in_boilerplate,
    span_text,
)
from newsfacts.pipeline.intervals import RangeIndex

TIMEX_LABELS = {"DATE", "TIME"}
RATE_STARTS = ("a ", "an ", "per ", "each ", "every ")


class TimeExpressions:
    """Finds and values the temporal expressions of a Doc with one rule set."""

    def __init__(self, lexicon: TimexLexicon, normaliser: TimexNormaliser) -> None:
        self.lexicon = lexicon
        self.normaliser = normaliser
        self.extra = extra_pattern(lexicon)

    def of(self, doc: Doc) -> list[DateFact]:
        """Every temporal expression outside boilerplate, in text order, normalised."""
        anchor = published_date(doc)
        amounts = RangeIndex((a["start"], a["end"]) for a in get_facts(doc, "amounts"))
        reference: str | None = None
        fiscal: str | None = None
        facts: list[DateFact] = []
        for span in self.candidates(doc):
            if in_boilerplate(doc, span.start_char, span.end_char):
                continue
            direction = None if span.label_ == DAY_LABEL else sentence_direction(span, self.lexicon)
            if span.label_ == DAY_LABEL:
                timex = listed_day(span, facts)
            else:
                context = Context(anchor, direction, reference, fiscal)
                text = span_text(span)
                timex = self.normaliser.normalise(text, context) or Timex(span.label_, None)
            timex = as_present(span, as_period_ended(span, as_rate(span, timex, amounts)))
            if timex.value is None and anchor is not None:
                continue  # words the rules cannot value even with a date are no expression
            facts.append(
                {
                    "start": span.start_char,
                    "end": span.end_char,
                    "type": as_date_type(timex.type),
                    "value": timex.value,
                    "granularity": as_granularity(timex.granularity),
                }
            )
            named = point_start(timex.value) if timex.type == "DATE" else None
            if named is not None and not timex.anaphoric:
                reference = timex.value
                reported = is_reported_period(named, anchor, direction)
                fiscal = timex.value if reported else fiscal
        return with_shared_recurrence(facts, doc_text(doc), self.lexicon)

    def candidates(self, doc: Doc) -> list[Span]:
        """The model's DATE and TIME entities, repaired, plus the expressions it misses."""
        entities = merge_adjacent(
            with_open_end(with_deictic_word(span, self.lexicon), self.lexicon)
            for span in (trimmed(ent) for ent in doc.ents if ent.label_ in TIMEX_LABELS)
            if span is not None
        )
        spans = [
            listed
            for span in entities
            for whole in split_range(span, self.lexicon)
            for part in split_year_of_duration(whole, self.lexicon)
            for listed in with_listed_days(part, self.lexicon)
            if listed.label_ == DAY_LABEL or not self.is_noise(listed)
        ]
        found = [
            span
            for match in self.extra.finditer(doc_text(doc))
            if (span := doc.char_span(match.start(), match.end(), label="DATE")) is not None
            and not self.is_noise(span)
        ]
        return with_weekday_joined(
            [
                without_noun_article(without_leading_words(span, self.lexicon))
                for span in widened(spans, found)
            ],
            self.lexicon,
        )

    def is_noise(self, span: Span) -> bool:
        """Ages, bare numbers and words that are not time expressions on their own."""
        text = span_text(span)
        cleaned = clean_expression(text)
        return (
            self.normaliser.is_age_or_count(text)
            or cleaned in self.lexicon.not_temporal
            or is_adjectival_set(span, self.lexicon)
            or is_holiday_modifier(span, self.lexicon)
            or is_title_word(span, self.lexicon)
            or is_indefinite_day(span, self.lexicon)
        )


def widened(spans: list[Span], found: list[Span]) -> list[Span]:
    """`spans` with the expressions the model missed (`found`) added, and each found one in
    place of the spans it covers when it covers them whole and is longer ("March 31, 2020",
    where the model tagged "2020" alone and read the rest into another entity); one that
    cuts across a span is left out. Bisection over the spans sorted by start keeps this
    linear in a long article's length."""
    ordered = sorted(spans, key=lambda span: (span.start_char, span.end_char))
    index = RangeIndex((span.start_char, span.end_char) for span in ordered)
    replaced: set[int] = set()
    added: list[Span] = []
    for span in found:
        if index.entered_from_before(span.start_char):
            continue  # a span starting earlier runs into this one
        inside = index.starting_within(span.start_char, span.end_char)
        if any(
            ordered[i].end_char > span.end_char
            or ordered[i].end_char - ordered[i].start_char >= span.end_char - span.start_char
            for i in inside
        ):
            continue
        replaced.update(inside)
        added.append(span)
    kept = [span for i, span in enumerate(ordered) if i not in replaced]
    return sorted(kept + added, key=lambda span: span.start_char)


def listed_day(span: Span, facts: list[DateFact]) -> Timex:
    """The day a listed number names ("25" of "April 24 and 25"): the day of the month of
    the date listed just before it; no value when that one has none to the day."""
    before = facts[-1]["value"] if facts and facts[-1]["end"] < span.start_char else None
    start = point_start(before)
    if start is None or start[0] != "day":
        return Timex("DATE", None)
    day = valid_date(start[1].year, start[1].month, int(span.text))
    return point("day", day, anaphoric=True) if day is not None else Timex("DATE", None)


WEEKDAY_SET = re.compile(r"XXXX-WXX-\d(?P<part>T[A-Z]{2})?")


def with_shared_recurrence(
    facts: list[DateFact], text: str, lexicon: TimexLexicon
) -> list[DateFact]:
    """ "on Monday and Tuesday nights": a weekday joined by "and" or "or" to a recurring
    weekday shares its recurrence (SET, with its part of the day), as TimeML reads it;
    alone, "Monday" would be one day."""
    shared = list(facts)
    for index in range(len(shared) - 1, 0, -1):
        first, second = shared[index - 1], shared[index]
        recurring = (
            WEEKDAY_SET.fullmatch(second["value"] or "") if second["type"] == "SET" else None
        )
        weekday = lexicon.weekdays.get(text[first["start"] : first["end"]].casefold().rstrip("."))
        joined = text[first["end"] : second["start"]].strip().casefold() in ("and", "or")
        if recurring is None or weekday is None or not joined:
            continue
        value = f"XXXX-WXX-{weekday}{recurring.group('part') or ''}"
        shared[index - 1] = {**first, "type": "SET", "value": value, "granularity": None}
    return shared


def published_date(doc: Doc) -> dt.date | None:
    """The publication date the pipeline put on the Doc, or None."""
    published = doc._.newsfacts_published
    if not published:
        return None
    try:
        return dt.date.fromisoformat(str(published)[:10])
    except ValueError:
        return None


def is_reported_period(
    named: tuple[str, dt.date], anchor: dt.date | None, direction: Direction
) -> bool:
    """Whether a quarter or half named can be the period a report is about: one told of in
    the past tense (a fiscal "fourth quarter ended Aug. 26" may lie in a later calendar
    quarter) or one that has ended by the publication date. "losses through the third
    quarter of 1990", forecast in 1989, is no period "the year-ago period" counts back from."""
    granularity, start = named
    if granularity not in ("quarter", "half"):
        return False
    months = 3 if granularity == "quarter" else 6
    return direction == "past" or anchor is None or add_months(start, months) <= anchor


def as_present(span: Span, timex: Timex) -> Timex:
    """ "what it is today", "the club it is today", "smaller than it is today": "today"
    beside a present "be" in a clause that tells what something now is (a free relative
    with "what", a relative or a comparative clause) is the present, PRESENT_REF in
    TimeML, not the publication day; in a main clause ("Today is a sad day", "the boy
    today is a symbol") it stays that day."""
    if len(span) != 1 or span[0].lower_ != "today" or span[0].dep_ != "npadvmod":
        return timex
    head = span[0].head
    if head.lemma_ != "be" or head.tag_ not in ("VBZ", "VBP"):
        return timex
    describing = head.dep_ in ("relcl", "advcl") or any(c.lower_ == "what" for c in head.children)
    return Timex("DATE", "PRESENT_REF") if describing else timex


def as_rate(span: Span, timex: Timex, amounts: RangeIndex) -> Timex:
    """ "a year" in "$5,500 a year" is a rate (SET), not a duration."""
    inside = amounts.contains(span.start_char, span.end_char)
    if timex.type == "DURATION" and inside and span.text.casefold().startswith(RATE_STARTS):
        return Timex("SET", timex.value)
    return timex


def as_period_ended(span: Span, timex: Timex) -> Timex:
    """ "the year ended June 30" is a twelve-month period, not the calendar year."""
    following = span.doc[span.end] if span.end < len(span.doc) else None
    ended = following is not None and following.lower_ in ("ended", "ending")
    if ended and timex.granularity == "year" and span.text.casefold().startswith("the"):
        return Timex("DURATION", "P1Y")
    return timex


def distinct(facts: list[DateFact], text: str) -> list[DateFact]:
    """The first mention of each expression with each value (gold records list a repeated
    "late June" once, but "January 10, 2020" and "Friday" both)."""
    seen: set[tuple[str, str, str | None]] = set()
    kept = []
    for fact in facts:
        key = (text[fact["start"] : fact["end"]].casefold(), fact["type"], fact["value"])
        if key in seen:
            continue
        seen.add(key)
        kept.append(fact)
    return kept
