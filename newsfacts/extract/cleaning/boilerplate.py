"""Which lines of an article are boilerplate: captions with credits, "Listen 2:33",
"Updated 3:35 p.m.", donation and newsletter pitches, copyright notices, wire credits, and
a paragraph a page repeats verbatim (a standfirst set again above the story)."""

from __future__ import annotations

import re
from functools import cached_property

from newsfacts.extract.alternation import searches_of
from newsfacts.resources.lexicon import Lexicon, Patterns

# Longer than any paragraph news text sets on one line: a text whose line breaks were lost.
MAX_PARAGRAPH_CHARS = 1_000
SENTENCE_ENDS = (". ", "! ", "? ")
# A repeated line this short may be a legitimate refrain ("He said no."); a standfirst
# repeated by the page's template is a full sentence.
MIN_REPEATED_WORDS = 6
# A template sets the standfirst again at the top of the story; further down, a repeated
# paragraph is the writer's own (or a text pasted twice) and is left alone.
TOP_LINES = 6


class BoilerplateRules(Lexicon):
    """Boilerplate patterns (`resources/boilerplate.json`): whole-line shapes and pitch phrases."""

    shipped = "boilerplate.json"

    whole_paragraph: Patterns
    pitch: Patterns

    @cached_property
    def _line_searches(self) -> tuple[re.Pattern[str], ...]:
        return searches_of((*self.whole_paragraph, *self.pitch))

    def matches(self, line: str) -> bool:
        """Whether `line` is boilerplate: a whole-line shape or a pitch phrase matches."""
        text = line.strip()
        return any(pattern.search(text) for pattern in self._line_searches)

    def pitches_in(self, text: str) -> list[tuple[int, int]]:
        """Where pitch phrases ("Sign up for our newsletter") match inside `text`."""
        return [match.span() for pattern in self.pitch for match in pattern.finditer(text)]


def boilerplate_ranges(text: str, rules: BoilerplateRules) -> list[tuple[int, int]]:
    """The lines of `text` that are boilerplate, as character ranges without outer spaces.

    The unit is the line: news text puts one paragraph on a line, and a caption or a pitch
    is often glued to the story by a single line break. A line longer than a paragraph is a
    text that lost its line breaks (a whole story on one line): there a pitch marks only the
    sentences it stands in, never the story around it. A line among the first few that
    repeats an earlier one word for word (a standfirst set twice) is boilerplate too: its
    facts are already counted where it first stood.
    """
    found = []
    seen: set[str] = set()
    lines = (match for match in re.finditer(r"[^\n]+", text) if match.group().strip())
    for number, match in enumerate(lines):
        line = match.group()
        if number < TOP_LINES and _is_repeat(line, seen):
            lead = len(line) - len(line.lstrip())
            found.append((match.start() + lead, match.start() + len(line.rstrip())))
        elif len(line) > MAX_PARAGRAPH_CHARS:
            found += [
                (match.start() + s, match.start() + e) for s, e in _pitch_sentences(line, rules)
            ]
        elif rules.matches(line):
            lead = len(line) - len(line.lstrip())
            found.append((match.start() + lead, match.start() + len(line.rstrip())))
    return found


def _is_repeat(line: str, seen: set[str]) -> bool:
    """Whether `line` (of a sentence's length) was seen before; remembers it."""
    key = " ".join(line.split())
    if len(key.split()) < MIN_REPEATED_WORDS:
        return False
    if key in seen:
        return True
    seen.add(key)
    return False


def _pitch_sentences(line: str, rules: BoilerplateRules) -> list[tuple[int, int]]:
    """The sentences of a long line that hold a pitch phrase, as ranges into the line."""
    ranges = []
    for start, end in rules.pitches_in(line):
        before = max(line.rfind(mark, 0, start) for mark in SENTENCE_ENDS)
        after = [i for i in (line.find(mark, end) for mark in SENTENCE_ENDS) if i != -1]
        first = before + 2 if before != -1 else 0
        last = min(after) + 1 if after else len(line)
        ranges.append((first, last))
    return sorted(set(ranges))
