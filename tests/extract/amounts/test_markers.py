"""The country markers an article writes, found in one search: exactly what a substring
test of each form and a whole-word `findall` of each currency's markers find."""

from __future__ import annotations

import re

from hypothesis import given
from hypothesis import strategies as st

from newsfacts.extract.amounts.grammar import Substrings, _alternation, _count_markers

FORMS = ["US", "U.S.", "USA", "United", "New", "Newfoundland", "Hong", "S$", "A$", "NZ$"]
MARKERS = ("United States", "U.S.", "US", "New Zealand", "Hong Kong", "USA")

pieces = st.sampled_from([*FORMS, *MARKERS, " ", "x", "_", "(", "'s", "\u00a0", "\n", "Zealand"])
texts = st.lists(pieces, max_size=30).map("".join)


@given(texts)
def test_markers_present_are_the_forms_a_substring_test_finds(text: str) -> None:
    assert Substrings(FORMS).present(text) == {form for form in FORMS if form in text}


@given(texts)
def test_markers_counted_as_a_whole_word_findall_counts_them(text: str) -> None:
    whole_words = re.compile(rf"(?<!\w)(?:{_alternation(MARKERS, ignore_case=False)})(?!\w)")
    first_words = Substrings(marker.split()[0] for marker in MARKERS).present(text)
    assert _count_markers(text, MARKERS, first_words) == len(whole_words.findall(text))


def test_markers_a_form_inside_another_and_overlapping_ones_are_each_found() -> None:
    text = "USSolomon and Newfoundland's U.S.A"
    assert Substrings(["US", "USSolomon", "Solomon", "New", "Newfoundland", "U.S."]).present(
        text
    ) == {"US", "USSolomon", "Solomon", "New", "Newfoundland", "U.S."}
