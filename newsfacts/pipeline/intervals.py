"""Character ranges indexed once so "does any range overlap / contain this one?" costs a
bisection instead of a scan: stages ask it once per candidate, and a scan per candidate is
quadratic on a long article."""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Iterable
from itertools import accumulate


class RangeIndex:
    """Ranges sorted by start, with the furthest end reached by any range starting at or
    before each one (so overlapping and nested ranges are handled)."""

    def __init__(self, ranges: Iterable[tuple[int, int]]) -> None:
        ordered = sorted(ranges)
        self._starts = [start for start, _ in ordered]
        self._reach = list(accumulate((end for _, end in ordered), max))

    def __len__(self) -> int:
        return len(self._starts)

    def entered_from_before(self, start: int) -> bool:
        """True when a range starting before `start` runs past it."""
        return self.overlaps(start, start)

    def starting_within(self, start: int, end: int) -> range:
        """The positions, in the index's order (by start, then end), of the ranges that
        start in [start, end)."""
        return range(bisect_left(self._starts, start), bisect_left(self._starts, end))

    def overlaps(self, start: int, end: int) -> bool:
        """True when some range shares a character with [start, end)."""
        before = bisect_left(self._starts, end) - 1
        return before >= 0 and self._reach[before] > start

    def contains(self, start: int, end: int) -> bool:
        """True when some range covers [start, end) whole."""
        before = bisect_right(self._starts, start) - 1
        return before >= 0 and self._reach[before] >= end
