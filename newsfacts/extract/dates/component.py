"""Dates: every temporal expression, typed as in TimeML and normalised against the
publication date (`doc._.newsfacts_published`).

The model's DATE and TIME entities are the candidates, repaired where en_core_web_sm is
weak in news text: ages ("52 years old") and bare numbers are dropped, "Tuesday" + "night"
become one expression, and the words it never tags ("now", "recently", "the future") and
month-day dates it misses are added. Each expression is read by `TimexNormaliser` with the
direction of its sentence ("is set to expire Aug. 31" looks forward) and the last date
named before it ("30 days later"). Without a publication date, relative expressions keep
a null value and the record says why (W001).
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterator

from spacy.tokens import Doc, Span, Token

from newsfacts.errors import Warnings
from newsfacts.extract.dates.rules import TimexNormaliser, clean_expression
from newsfacts.extract.dates.timex import Context, Direction, Timex, TimexLexicon, point_start
from newsfacts.extract.syntax import governing_verb, verb_chain
from newsfacts.pipeline.doc import Fact, add_warning, get_facts, in_boilerplate, set_facts
from newsfacts.pipeline.stage import Stage

TIMEX_LABELS = {"DATE", "TIME"}
RATE_STARTS = ("a ", "an ", "per ", "each ", "every ")


class Dates(Stage):
    """Writes `doc._.newsfacts_dates`: one dict per expression, shaped like `TimeExpression`.

    With `distinct`, an expression repeated with the same value ("late June" twice) is
    written once, as the gold records list dates; `time_expressions` gives every mention.
    """

    def __init__(
        self, name: str, lexicon_resource: str, use_dateparser: bool, distinct: bool
    ) -> None:
        self.use_dateparser = use_dateparser
        self.distinct = distinct
        super().__init__(name, lexicon=lexicon_resource)

    def load_resources(self, resources: dict[str, str]) -> None:
        self.lexicon = TimexLexicon.load(resources["lexicon"])
        self.normaliser = TimexNormaliser(self.lexicon, use_dateparser=self.use_dateparser)
        self.extra = _extra_pattern(self.lexicon)

    def process(self, doc: Doc) -> None:
        expressions = self.time_expressions(doc)
        if published_date(doc) is None and any(fact["value"] is None for fact in expressions):
            add_warning(doc, Warnings.W001)
        set_facts(doc, "dates", distinct(expressions, doc.text) if self.distinct else expressions)

    def time_expressions(self, doc: Doc) -> list[Fact]:
        """Every temporal expression outside boilerplate, in text order, normalised."""
        anchor = published_date(doc)
        amounts = [(a["start"], a["end"]) for a in get_facts(doc, "amounts")]
        reference: str | None = None
        fiscal: str | None = None
        facts = []
        for span in self.candidates(doc):
            if in_boilerplate(doc, span.start_char, span.end_char):
                continue
            context = Context(anchor, self.direction(span), reference, fiscal)
            timex = self.normaliser.normalise(span.text, context) or Timex(span.label_, None)
            timex = as_period_ended(span, as_rate(span, timex, amounts))
            facts.append(
                {
                    "start": span.start_char,
                    "end": span.end_char,
                    "type": timex.type,
                    "value": timex.value,
                    "granularity": timex.granularity,
                }
            )
            named = point_start(timex.value) if timex.type == "DATE" else None
            if named is not None and not timex.anaphoric:
                reference = timex.value
                fiscal = timex.value if named[0] in ("quarter", "half") else fiscal
        return facts

    def candidates(self, doc: Doc) -> list[Span]:
        """The model's DATE and TIME entities, repaired, plus the expressions it misses."""
        entities = merge_adjacent(trimmed(ent) for ent in doc.ents if ent.label_ in TIMEX_LABELS)
        spans = [
            part
            for span in entities
            for part in split_range(span, self.lexicon)
            if not self.is_noise(part)
        ]
        taken = [(span.start_char, span.end_char) for span in spans]
        for match in self.extra.finditer(doc.text):
            if any(start < match.end() and match.start() < end for start, end in taken):
                continue
            span = doc.char_span(match.start(), match.end(), label="DATE")
            if span is not None:
                spans.append(span)
        return sorted(spans, key=lambda span: span.start_char)

    def is_noise(self, span: Span) -> bool:
        """Ages, bare numbers and words that are not time expressions on their own."""
        cleaned = clean_expression(span.text)
        return (
            self.normaliser.is_age_or_count(span.text)
            or cleaned in self.lexicon.not_temporal
            or _is_adjectival_set(span, self.lexicon)
        )

    def direction(self, span: Span) -> Direction:
        """ "future" when the sentence looks forward, "past" when it reports, else None.

        Forward: a cue before the expression ("as soon as Friday"), a word on its way up to
        the verb ("payable Dec. 15", "is set to expire Aug. 31"), or the verb's auxiliaries
        ("will", "would"). A past verb does not pull an open-ended phrase ("extended to
        Nov. 20", "through January") into the past."""
        lexicon = self.lexicon
        # a window of tokens, not doc.text: Doc.text joins every token on each call
        window = span.doc[max(span.sent.start, span.start - 8) : span.start]
        before = window.text_with_ws[-30:] if len(window) else ""
        folded = before.casefold().rstrip()
        if any(folded.endswith(cue) for cue in lexicon.future_cues_before):
            return "future"
        verb = governing_verb(span.root)
        if any(_looks_forward(token, lexicon) for token in _path_to(span.root, verb)):
            return "future"
        if verb is None:
            return None
        tense = verb_direction(verb, lexicon)
        opening = span.root.head.lower_ if span.root.dep_ == "pobj" else ""
        if opening in lexicon.forward_prepositions:
            return "future"
        if tense == "past" and opening in lexicon.open_prepositions:
            return None
        return tense


def published_date(doc: Doc) -> dt.date | None:
    """The publication date the pipeline put on the Doc, or None."""
    published = doc._.newsfacts_published
    if not published:
        return None
    try:
        return dt.date.fromisoformat(str(published)[:10])
    except ValueError:
        return None


def verb_direction(verb: Token, lexicon: TimexLexicon) -> Direction:
    """The time a clause points to, from its auxiliaries and verbs: "will", "would", "is
    set to", "going to" look forward; a past tense or "has/had" looks back."""
    chain = verb_chain(verb)
    for token in chain:
        auxiliaries = [c for c in token.children if c.dep_ in ("aux", "auxpass")]
        if any(a.lower_ in lexicon.future_auxiliaries for a in auxiliaries):
            return "future"
        complements = any(c.dep_ == "xcomp" for c in token.children)
        if complements and token.lemma_ in lexicon.future_verbs:
            return "future"
        if complements and token.lemma_ == "go" and token.tag_ == "VBG":
            return "future"
    head = chain[0]
    auxiliaries = [c for c in head.children if c.dep_ in ("aux", "auxpass")]
    if head.tag_ == "VBD" or any(a.tag_ == "VBD" or a.lemma_ == "have" for a in auxiliaries):
        return "past"
    if head.tag_ == "VBN" and not auxiliaries:
        return "past"
    return None


def _path_to(token: Token, verb: Token | None) -> list[Token]:
    """The heads from `token` up to and including `verb` (or the root of the sentence)."""
    path: list[Token] = []
    while token.head.i != token.i and len(path) < 6:
        token = token.head
        path.append(token)
        if verb is not None and token.i == verb.i:
            break
    return path


def _looks_forward(token: Token, lexicon: TimexLexicon) -> bool:
    """ "payable", "deadline", "scheduled", "to expire": words of things still to come (a
    past-tense verb such as "began" is not one)."""
    if token.tag_ == "VBD":
        return False
    return token.lemma_.casefold() in lexicon.future_words or token.lower_ in lexicon.future_words


def split_range(span: Span, lexicon: TimexLexicon) -> list[Span]:
    """ "the quarter ended Sept. 30", "1991 to 1997", "Aug. 26 to Oct. 20" as two
    expressions, as TimeML annotates them; "two to three weeks" stays one."""
    for index in range(1, len(span) - 1):
        token, following = span[index], span[index + 1]
        if token.lower_ in lexicon.range_words and _starts_point(following, lexicon):
            left = Span(span.doc, span.start, span.start + index, label=span.label_)
            right = Span(span.doc, span.start + index + 1, span.end, label=span.label_)
            return [left, *split_range(right, lexicon)]
    return [span]


def _starts_point(token: Token, lexicon: TimexLexicon) -> bool:
    word = token.lower_.rstrip(".")
    return (
        token.text.isdigit()
        or word in lexicon.months
        or word in lexicon.weekdays
        or word in ("the", "today", "yesterday", "tomorrow", "last", "next", "this")
    )


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


def as_rate(span: Span, timex: Timex, amounts: list[tuple[int, int]]) -> Timex:
    """ "a year" in "$5,500 a year" is a rate (SET), not a duration."""
    inside = any(start <= span.start_char and span.end_char <= end for start, end in amounts)
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


def distinct(facts: list[Fact], text: str) -> list[Fact]:
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


def _is_adjectival_set(span: Span, lexicon: TimexLexicon) -> bool:
    """ "quarterly earnings", "annual report": adjectives the TimeML corpora leave out."""
    return len(span) == 1 and span[0].lower_ in lexicon.adjectival_sets and span[0].dep_ == "amod"


def _extra_pattern(lexicon: TimexLexicon) -> re.Pattern[str]:
    """Words the model does not tag as dates ("now", "recently") and capitalised month-day
    dates and weekdays it sometimes misses."""
    words = "|".join(re.escape(w) for w in sorted(lexicon.extra_candidates, key=len, reverse=True))
    months = "|".join(
        re.escape(m.capitalize())
        for m in sorted(lexicon.months, key=len, reverse=True)
        if len(m) > 2
    )
    weekdays = "|".join(w.capitalize() for w in lexicon.weekdays if len(w) > 5)
    return re.compile(
        rf"\b(?:(?i:{words})|(?:{months})\.?\s+\d{{1,2}}(?:st|nd|rd|th)?(?:,\s+\d{{4}})?"
        rf"|(?:{weekdays}))\b(?![-'’]\w)"
    )
