"""Split a long article into pieces the model can parse, at the most natural boundary.

spaCy's parser and NER look at a few sentences at a time, so parsing an article in pieces
loses nothing when the cut falls between paragraphs; the pieces are joined back into one
Doc (`Doc.from_docs`) before the newsfacts stages run, so actor resolution still sees the
whole article and every offset still points into the original text.
"""

from __future__ import annotations

import re

# Preferred cut points, best first: a blank line, a line break, a sentence end, a space.
BOUNDARIES = (re.compile(r"\n\s*\n"), re.compile(r"\n"), re.compile(r"[.!?]\s"), re.compile(r"\s"))


def chunk_ranges(text: str, limit: int) -> list[tuple[int, int]]:
    """Consecutive (start, end) ranges covering `text`, each at most `limit` characters,
    cut after the best boundary found in the second half of each window."""
    if limit < 2:
        raise ValueError(f"chunk limit must be at least 2 characters, got {limit}")
    ranges = []
    start = 0
    while len(text) - start > limit:
        end = _cut(text, start, start + limit)
        ranges.append((start, end))
        start = end
    ranges.append((start, len(text)))
    return ranges


def _cut(text: str, start: int, stop: int) -> int:
    """The end of the last boundary in text[start:stop]'s second half, or a hard cut."""
    floor = start + (stop - start) // 2
    for boundary in BOUNDARIES:
        last = None
        for match in boundary.finditer(text, floor, stop):
            last = match
        if last is not None:
            return last.end()
    return stop
