"""Quoted spans in plain text: which marks open and close, and where each quotation runs.

Pure functions over strings and character offsets; nothing here knows about spaCy, so the
pairing rules are tested on strings alone. News text mixes curly and straight marks (“...",
in the same quote), drops spaces around them ('said,"I reserve'), runs a quote over several
paragraphs (an opening mark with no closing one at the end of a paragraph), and nests quotes
('‘...'”). A mark that cannot be paired is dropped and counted, never raised on.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass
from typing import Literal

Role = Literal["open", "close", "either"]
Width = Literal["double", "single"]

DOUBLE_OPENERS = "“„«"
DOUBLE_CLOSERS = "”»"
SINGLE_OPENERS = "‘‚‹"
SINGLE_CLOSERS = "’›"
STRAIGHT_DOUBLE = '"'
STRAIGHT_SINGLE = "'"
QUOTE_CHARS = DOUBLE_OPENERS + DOUBLE_CLOSERS + SINGLE_OPENERS + SINGLE_CLOSERS + "\"'"
DOUBLE_MARKS = DOUBLE_OPENERS + DOUBLE_CLOSERS + STRAIGHT_DOUBLE
# Where a mark may stand: a quote character, or a backtick (two, ``...'', open a quote)
_MARK_CHAR = re.compile(f"[{re.escape(QUOTE_CHARS + '`')}]")

# What may stand right before an opening mark and right after a closing one.
OPEN_CONTEXT = "([{—–-/" + QUOTE_CHARS
CLOSE_CONTEXT = ".,;:!?)]}—–-…" + QUOTE_CHARS
# The quoted words end where the attribution's comma starts: “...,” X said.
TRAILING_TRIM = " \t\n,"
DASH_CHARS = ("—", "–", "―", "-")
TITLE_SMALL_WORDS = {"a", "an", "the", "of", "and", "in", "on", "for", "to", "with", "at", "by"}
SENTENCE_ENDINGS = (".", "!", "?", "…")
ATTRIBUTION_ENDINGS = (",", "?", "!", "…", "...", *DASH_CHARS)
# The marks that close a quote inside a quote, right before the outer closing mark.
NESTED_CLOSERS = SINGLE_CLOSERS + STRAIGHT_SINGLE + STRAIGHT_DOUBLE
# An attribution written into the last sentence of a quote whose closing mark is missing:
# "..., said Jane Roe, ..." or "..., Jane Roe said." (a capitalised name; "said hello" is
# quoted words).
INLINE_ATTRIBUTION = re.compile(
    r",\s+(?:(?:said|says|added|adds)\s+[A-Z]|(?:[A-Z][\w'’.-]*\s+){1,4}(?:said|says|added)\.$)"
)


@dataclass(frozen=True)
class Mark:
    """One quote mark: where it is, double or single, and what its context allows.
    `length` is 2 for the doubled apostrophes some newswire uses as a double mark ('')."""

    at: int
    width: Width
    role: Role
    length: int = 1


@dataclass(frozen=True)
class QuotedSpan:
    """A quotation: `start`/`end` bound the quoted words, marks and the attribution comma
    excluded; `open_at`/`close_at` are the offsets of its marks."""

    start: int
    end: int
    open_at: int
    close_at: int
    depth: int = 0
    paragraphs: int = 1
    close_length: int = 1

    @property
    def outer_end(self) -> int:
        """One past the closing mark."""
        return self.close_at + self.close_length


@dataclass(frozen=True)
class QuoteScan:
    """Every quotation found in a text, and how many marks could not be paired."""

    spans: tuple[QuotedSpan, ...]
    unbalanced: int


@dataclass
class _Open:
    """A mark waiting for its partner while the text is scanned."""

    mark: Mark
    paragraphs: int = 1


def paragraph_ranges(text: str) -> list[tuple[int, int]]:
    """Character ranges of the paragraphs of `text`, blank ones left out.

    News text puts one paragraph on a line; but a text that separates its paragraphs by
    blank lines is hard-wrapped, and then a single line break stays inside its paragraph.
    """
    separator = r"\n[^\S\n]*\n\s*" if re.search(r"\n[^\S\n]*\n", text) else r"\n"
    ranges = []
    start = 0
    for match in re.finditer(separator, text):
        ranges.append((start, match.start()))
        start = match.end()
    ranges.append((start, len(text)))
    return [(s, e) for s, e in ranges if text[s:e].strip()]


def mark_role(text: str, at: int, start: int, end: int, length: int = 1) -> Role | None:
    """The role the quote mark of `length` characters at `at` can play inside the
    paragraph [start, end), or None when the character is an apostrophe, not a quote mark."""
    char = text[at]
    before = text[at - 1] if at > start else " "
    after = text[at + length] if at + length < end else " "
    may_open = before.isspace() or before in OPEN_CONTEXT
    may_close = after.isspace() or after in CLOSE_CONTEXT
    if char in DOUBLE_OPENERS:
        return "close" if may_close and not may_open else "open"
    if char in DOUBLE_CLOSERS:
        return "open" if may_open and not may_close else "close"
    if char == STRAIGHT_DOUBLE or length == 2:
        return _straight_role(may_open, may_close)
    return _single_role(char, before, after, may_open, may_close)


def _straight_role(may_open: bool, may_close: bool) -> Role:
    if may_open and not may_close:
        return "open"
    if may_close and not may_open:
        return "close"
    return "either"


def _single_role(
    char: str, before: str, after: str, may_open: bool, may_close: bool
) -> Role | None:
    """Single marks are mostly apostrophes (don’t, the officers’ union, ’90s): a single
    mark is a quote mark only where a word starts right after it or ends right before it."""
    if (char in SINGLE_OPENERS or char == STRAIGHT_SINGLE) and may_open and after.isalpha():
        return "open"
    if (char in SINGLE_CLOSERS or char == STRAIGHT_SINGLE) and may_close and not before.isspace():
        return "close"
    return None


def marks_in(text: str, start: int, end: int) -> list[Mark]:
    """The quote marks of the paragraph [start, end), in order, apostrophes left out.
    Two apostrophes or two backticks in a row are one double mark (''...'', ``...'')."""
    marks = []
    at = start
    while (found := _MARK_CHAR.search(text, at, end)) is not None:
        at = found.start()
        char = text[at]
        doubled = at + 1 < end and text[at + 1] == char and _doubles(text, at, char)
        if char == "`" and not doubled:
            at += 1  # a lone backtick is no mark
            continue
        length = 2 if doubled else 1
        role = "open" if char == "`" else mark_role(text, at, start, end, length)
        width: Width = "double" if char in DOUBLE_MARKS or doubled else "single"
        if role is not None:
            marks.append(Mark(at, width, role, length))
        at += length
    return marks


def _doubles(text: str, at: int, char: str) -> bool:
    """Two apostrophes or backticks in a row are one double mark; two straight double marks
    are one only before a word (a typo, ':""We accept'), never as an empty quote."""
    return char in "'`" or (char == STRAIGHT_DOUBLE and text[at + 2 : at + 3].isalnum())


def trimmed(text: str, start: int, end: int) -> tuple[int, int]:
    """[start, end) without outer spaces and without the comma that ends a quote before its
    attribution (“We want them to trust us,” said ...)."""
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1] in TRAILING_TRIM:
        end -= 1
    return start, end


def without_marks(text: str, start: int, end: int) -> tuple[int, int]:
    """[start, end) without quote marks glued to its ends ('"Ashjian said' in text that drops
    the space after a closing mark)."""
    while start < end and text[start] in QUOTE_CHARS:
        start += 1
    while end > start and text[end - 1] in QUOTE_CHARS:
        end -= 1
    return start, end


def expects_attribution_after(text: str, span: QuotedSpan) -> bool:
    """True when the quote ends the way a quote followed by its attribution does: with a
    comma, question or exclamation mark, dash or ellipsis inside or right after the marks;
    inside, a quote it ends with may hold that mark (“... asked, ‘What can I do?’” X said)."""
    inside = text[span.start : span.close_at].rstrip().rstrip(NESTED_CLOSERS).rstrip()
    after = text[span.outer_end : span.outer_end + 2].lstrip(" ")
    return inside.endswith(ATTRIBUTION_ENDINGS) or after.startswith((",", *DASH_CHARS))


class _Scanner:
    """Pairs marks paragraph by paragraph, carrying a quote left open into the next one."""

    def __init__(self, text: str) -> None:
        self.text = text
        self.stack: list[_Open] = []
        self.spans: list[QuotedSpan] = []
        self.unbalanced = 0

    def scan(self) -> QuoteScan:
        paragraphs = paragraph_ranges(self.text)
        for index, (start, end) in enumerate(paragraphs):
            marks = marks_in(self.text, start, end)
            if self.stack:
                marks = self._continue_into(marks, start)
            for mark in marks:
                self._take(mark)
            following = paragraphs[index + 1] if index + 1 < len(paragraphs) else None
            self._end_paragraph(start, end, following)
        self._drop_open()
        spans = sorted(self.spans, key=lambda span: (span.start, span.depth))
        return QuoteScan(spans=tuple(spans), unbalanced=self.unbalanced)

    def _continue_into(self, marks: list[Mark], start: int) -> list[Mark]:
        """A quote carried over from the last paragraph: a mark that reopens it at the start
        of this one is consumed rather than opening a new quote."""
        for entry in self.stack:
            entry.paragraphs += 1
        first = marks[0] if marks else None
        reopens = first is not None and first.width == "double" and first.role != "close"
        if reopens and first is not None and not self.text[start : first.at].strip():
            return marks[1:]
        return marks

    def _take(self, mark: Mark) -> None:
        if mark.width == "double":
            self._take_double(mark)
        else:
            self._take_single(mark)

    def _take_double(self, mark: Mark) -> None:
        open_double = any(entry.mark.width == "double" for entry in self.stack)
        if mark.role == "open" or (mark.role == "either" and not open_double):
            self.stack.append(_Open(mark))
        elif open_double:
            while self.stack[-1].mark.width != "double":
                self.stack.pop()  # a single left open inside was an apostrophe after all
            self._close(self.stack.pop(), mark)
        else:
            self.unbalanced += 1

    def _take_single(self, mark: Mark) -> None:
        if mark.role == "open":
            self.stack.append(_Open(mark))
        elif self.stack and self.stack[-1].mark.width == "single":
            self._close(self.stack.pop(), mark)

    def _close(self, entry: _Open, mark: Mark) -> None:
        start, end = trimmed(self.text, entry.mark.at + entry.mark.length, mark.at)
        if any(char.isalnum() for char in self.text[start:end]):
            depth = sum(1 for other in self.stack if other.mark.width == "double")
            self.spans.append(
                QuotedSpan(start, end, entry.mark.at, mark.at, depth, entry.paragraphs, mark.length)
            )

    def _end_paragraph(self, start: int, end: int, following: tuple[int, int] | None) -> None:
        """At a paragraph's end, singles still open were apostrophes; a double still open
        runs on if the next paragraph reopens it or closes it. Else a statement that opens
        its paragraph (or follows a colon) and ends it with a full stop ends there: British
        and wire copy often drop that closing mark. Any other open mark is dropped."""
        while self.stack and self.stack[-1].mark.width == "single":
            self.stack.pop()
        if not self.stack or (following and self._runs_into(*following)):
            return
        if len(self.stack) == 1 and self._opens_statement(self.stack[0], start, end):
            self._close_at_paragraph_end(self.stack.pop(), end)
        self._drop_open()

    def _opens_statement(self, entry: _Open, start: int, end: int) -> bool:
        before = self.text[start : entry.mark.at].strip()
        opens = entry.paragraphs > 1 or not before or before.endswith(":")
        return opens and self.text[start:end].rstrip().endswith(SENTENCE_ENDINGS)

    def _close_at_paragraph_end(self, entry: _Open, end: int) -> None:
        """Close a quote whose closing mark is missing: at the paragraph's end, or before
        the attribution its last sentence ends with ("... the tribunal, said Jane Roe, the
        commissioner.": the mark left out before the comma)."""
        start, stop = trimmed(self.text, entry.mark.at + entry.mark.length, end)
        close = _inline_attribution(self.text, start, stop)
        if close is not None:
            stop = trimmed(self.text, start, close)[1]
        if any(char.isalnum() for char in self.text[start:stop]):
            at = stop if close is None else close
            self.spans.append(
                QuotedSpan(start, stop, entry.mark.at, at, 0, entry.paragraphs, close_length=0)
            )

    def _runs_into(self, start: int, end: int) -> bool:
        marks = [mark for mark in marks_in(self.text, start, end) if mark.width == "double"]
        if not marks:
            return False
        first = marks[0]
        return first.role == "close" or not self.text[start : first.at].strip()

    def _drop_open(self) -> None:
        self.unbalanced += sum(1 for entry in self.stack if entry.mark.width == "double")
        self.stack.clear()


def _inline_attribution(text: str, start: int, stop: int) -> int | None:
    """One past the comma that opens an attribution ending the last sentence of [start,
    stop) (", said Jane Roe, ...", ", Jane Roe said."), or None."""
    last = max(text.rfind(f"{ending} ", start, stop) for ending in SENTENCE_ENDINGS)
    match = INLINE_ATTRIBUTION.search(text, max(last, start), stop)
    return match.start() + 1 if match else None


def find_quoted_spans(text: str) -> QuoteScan:
    """Every quotation in `text`, nested ones included (with `depth` 1), and the number of
    double quote marks that could not be paired. Never raises on odd punctuation."""
    return _Scanner(text).scan()


class SpanIndex:
    """The quotes of a text indexed by offset, so that "which quotes hold this offset" and
    "how many quoted characters lie in this range" cost a bisection and the few spans
    found, not a scan of every quote (the quote stage stays linear in a long article).

    Quotes of depth 0 never overlap one another, and a nested quote lies inside one of them;
    both queries rest on that."""

    def __init__(self, spans: list[QuotedSpan]) -> None:
        self.spans = sorted(spans, key=lambda span: (span.open_at, span.depth))
        self._opens = [span.open_at for span in self.spans]
        self.outer = [span for span in self.spans if span.depth == 0]
        self._outer_ends = [span.end for span in self.outer]

    def holding(self, char: int) -> list[QuotedSpan]:
        """The quotes whose words hold the offset `char`, outermost first."""
        found = []
        for index in range(bisect_right(self._opens, char) - 1, -1, -1):
            span = self.spans[index]
            if span.start <= char < span.end:
                found.append(span)
            if span.depth == 0:
                break
        return found[::-1]

    def quoted_chars(self, start: int, end: int) -> int:
        """How many characters of [start, end) lie inside the words of a depth-0 quote."""
        total = 0
        for index in range(bisect_right(self._outer_ends, start), len(self.outer)):
            span = self.outer[index]
            if span.start >= end:
                break
            total += max(0, min(span.end, end) - max(span.start, start))
        return total


def title_cased(text: str) -> bool:
    """Whether every word of `text` but the small ones opens with a capital, as the name
    of a show, a book or an event does ("Lost Tycoon: The Many Lives of Jane Roe")."""
    words = [word for word in (w.strip(",.?!:;") for w in text.split()) if word]
    return bool(words) and all(
        word[0].isupper() or word.lower() in TITLE_SMALL_WORDS for word in words
    )
