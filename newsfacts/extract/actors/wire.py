"""Wire copy: datelines, agency credits and bylines, and lines set in capitals.

News agency text opens with "LONDON 1996-08-30" or "KARACHI (Reuters) -", credits "(AFP)",
"By DPA" or "Reporting by Jane Roe; Editing by John Doe", and sets headlines in capitals
("CRICKET - LEICESTERSHIRE TAKE OVER AT TOP"), where the model's tags are guesses. None of
these names an actor; a capitalised name that the body also uses is kept.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass

from spacy.tokens import Doc, Span

from newsfacts.extract.actors.lexicon import Lexicon
from newsfacts.pipeline.doc import doc_text

WIRE_DATE = re.compile(r"\d{4}-\d{2}-\d{2}|\d{1,2}/\d{1,2}(?:/\d{2,4})?")
MIN_SHOUTED_LETTERS = 8
SHOUTED_SHARE = 0.8
CREDIT_ZONE = 400
CREDIT_LINE_TOKENS = 5
_WITHOUT_ASCII_LOWER = str.maketrans("", "", "abcdefghijklmnopqrstuvwxyz")


@dataclass(frozen=True)
class Lines:
    """The article's lines: where each starts and whether it is set in capitals."""

    starts: list[int]
    shouted: list[bool]

    @classmethod
    def of(cls, doc: Doc) -> Lines:
        text = doc_text(doc)
        starts = [0, *(m.end() for m in re.finditer(r"\n", text))]
        ends = [*(s - 1 for s in starts[1:]), len(text)]
        return cls(starts, [is_shouted(text[a:b]) for a, b in zip(starts, ends, strict=True)])

    def index(self, offset: int) -> int:
        return bisect_right(self.starts, offset) - 1

    def is_shouted(self, span: Span) -> bool:
        return self.shouted[self.index(span.start_char)]


def is_shouted(line: str) -> bool:
    """A line whose letters are (nearly) all capitals: a wire headline or table heading.

    A line with more lower-case ASCII letters than the capitals' share allows of all its
    characters is not, and most lines of prose are turned away by that one count.
    """
    lower = len(line) - len(line.translate(_WITHOUT_ASCII_LOWER))
    if lower > (1 - SHOUTED_SHARE) * len(line):
        return False
    letters = [c for c in line if c.isalpha()]
    if len(letters) < MIN_SHOUTED_LETTERS:
        return False
    return sum(c.isupper() for c in letters) >= SHOUTED_SHARE * len(letters)


def opens_line(span: Span) -> bool:
    doc = span.doc
    if span.start == 0:
        return True
    before = doc[span.start - 1]
    return before.is_space or "\n" in before.whitespace_ or before.text in {"(", "--"}


def is_wire_dateline(span: Span) -> bool:
    """ "LONDON 1996-08-30" on a line of its own: the place the story was filed from."""
    if not opens_line(span):
        return False
    doc = span.doc
    rest = []
    for token in doc[span.end : min(span.end + 8, len(doc))]:
        if token.is_space:
            break
        rest.append(token.text_with_ws)
        if "\n" in token.whitespace_:
            break
    return WIRE_DATE.fullmatch("".join(rest).strip()) is not None


def is_agency_credit(span: Span, lexicon: Lexicon) -> bool:
    """An agency named as the source of the copy: "(AFP)", "By DPA", "-- Reuters", "AAP"
    alone on its line, or any agency right after a dateline's comma ("PARIS, AFP -")."""
    if span.text.casefold() not in lexicon.agencies:
        return False
    doc = span.doc
    before = doc[span.start - 1] if span.start > 0 else None
    after = doc[span.end] if span.end < len(doc) else None
    in_brackets = before is not None and before.text == "(" and after is not None
    credited = before is not None and before.lower_ in {"by", "--", "-", "—", ","}
    alone = opens_line(span) and (after is None or after.is_space or after.is_punct)
    return in_brackets or credited or alone


def is_byline(span: Span, lexicon: Lexicon) -> bool:
    """A name in a writer's credit: "By Jane Roe" opening a line, "Reporting by Jane Roe",
    "Editing by John Doe", "With reporting from Jane Roe". (The wire's contact line, "--
    Jane Roe, London newsroom", names a reporter too, but CoNLL counts it as a person.)"""
    doc = span.doc
    before = doc[span.start - 1] if span.start > 0 else None
    if before is None or before.lower_ not in {"by", "from"}:
        return False
    cue = doc[before.i - 1].lower_ if before.i > 0 else ""
    by_line = before.lower_ == "by" and opens_line(doc[before.i : span.end])
    return cue in lexicon.credit_cues or by_line


def without_dateline(span: Span) -> Span:
    """The name after a dateline the model glued to it: "Jane Roe" of "KARACHI Jane Roe"
    opening a paragraph (a run of capitalised words, then a name in title case)."""
    if not opens_line(span):
        return span
    cut = span.start
    while cut < span.end - 1 and span.doc[cut].is_upper and len(span.doc[cut]) >= 3:
        cut += 1
    if cut == span.start or not all(token.is_title for token in span.doc[cut : span.end]):
        return span
    return Span(span.doc, cut, span.end, label=span.label_)


def on_credit_line(span: Span, lines: Lines) -> bool:
    """A name on a short line of its own near the top or the foot of the story, with no
    verb and no figure: a byline or desk credit ("Jane Roe Political Editor", "DHNS",
    "Jane Roe soccer"), not a headline (the first line) or a results row."""
    line = lines.index(span.start_char)
    if line == 0:
        return False
    doc = span.doc
    start = lines.starts[line]
    length = len(doc_text(doc))
    end = lines.starts[line + 1] - 1 if line + 1 < len(lines.starts) else length
    near_edge = start < CREDIT_ZONE or length - end < CREDIT_ZONE
    words = doc.char_span(start, end, alignment_mode="expand")
    if not near_edge or words is None or not 0 < len(words) <= CREDIT_LINE_TOKENS:
        return False
    return not any(t.pos_ in {"VERB", "AUX"} or t.like_num or t.is_digit for t in words)
