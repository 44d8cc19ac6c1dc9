"""Reported (indirect) speech: what a speaker said, in the reporter's words.

"Kenney said his decision was based on months of conversations" is read from the clausal
complement of a reporting verb whose subject is the speaker; "According to X, ..." from
the clause the phrase is attached to. Speech that is mostly a direct quote already found is
not repeated; a clause that holds a partial quote is kept (the quote is reported apart).
"""

from __future__ import annotations

from bisect import bisect_right

from spacy.tokens import Doc, Token

from newsfacts.extract.quotes.attribution import Attribution, Reported, ReportingLexicon
from newsfacts.extract.quotes.frames import according_source, subject_of
from newsfacts.extract.quotes.marks import QuotedSpan, SpanIndex
from newsfacts.extract.syntax import has_negation
from newsfacts.pipeline.doc import in_boilerplate

MIN_REPORTED_WORDS = 3


class QuotedChars:
    """Answers "is this offset inside a top-level quote, marks included?" by bisection."""

    def __init__(self, spans: list[QuotedSpan]) -> None:
        outer = sorted((span.open_at, span.outer_end) for span in spans if span.depth == 0)
        self._starts = [start for start, _ in outer]
        self._ends = [end for _, end in outer]

    def holds(self, char: int) -> bool:
        index = bisect_right(self._starts, char) - 1
        return index >= 0 and char < self._ends[index]


def reported_speech(doc: Doc, lexicon: ReportingLexicon, spans: list[QuotedSpan]) -> list[Reported]:
    """Every stretch of reported speech outside the quotes `spans`, in text order."""
    quoted = QuotedChars(spans)
    index = SpanIndex(spans)
    found = []
    for token in doc:
        if quoted.holds(token.idx):
            continue
        if lexicon.is_reporting(token):
            reported = complement_of(token)
        elif token.lower_ == "according":
            reported = according_content(token)
        else:
            continue
        if reported is not None and is_new_content(doc, reported, index):
            found.append(reported)
    return found


def complement_of(verb: Token) -> Reported | None:
    """The clause a reporting verb with a speaker subject reports, without its "that"."""
    content = next((child for child in verb.children if child.dep_ == "ccomp"), None)
    if content is None or has_negation(verb):
        return None
    subject = subject_of(verb)
    if subject is None:
        return None
    words = [t for t in content.subtree if not (t.dep_ == "mark" and t.head == content)]
    return _reported(words, Attribution("indirect", verb, subject))


def according_content(token: Token) -> Reported | None:
    """The clause "according to X" is attached to: what follows a leading phrase ("According
    to X, ..."), what precedes a trailing one ("..., according to X.")."""
    source = according_source(token)
    if source is None:
        return None
    phrase = {t.i for t in token.subtree}
    sentence = token.sent
    leads = token.i == sentence.start
    side = [t for t in sentence if t.i not in phrase and (t.i > token.i) == leads]
    return _reported(side, Attribution("according", None, source))


def _reported(tokens: list[Token], attribution: Attribution) -> Reported | None:
    words = [t for t in tokens if not t.is_punct and not t.is_space]
    if len(words) < MIN_REPORTED_WORDS:
        return None
    start = min(t.idx for t in words)
    end = max(t.idx + len(t) for t in words)
    return Reported(start, end, "indirect", attribution)


def is_new_content(doc: Doc, reported: Reported, index: SpanIndex) -> bool:
    """False for speech in boilerplate, and for speech that is mostly a direct quote."""
    if in_boilerplate(doc, reported.start, reported.end):
        return False
    length = reported.end - reported.start
    return index.quoted_chars(reported.start, reported.end) * 2 < length
