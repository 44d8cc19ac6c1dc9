"""The trie alternation matches exactly what the plain longest-first alternation matches, and
joined searches find a match exactly when one of the patterns they join does."""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from newsfacts.extract.alternation import alternation, searches_of

# few letters, so that forms share prefixes and texts hold them often
LETTERS = st.sampled_from(list("abAB $."))
FORMS = st.lists(st.text(LETTERS, min_size=1, max_size=5), min_size=1, max_size=12)
TEXTS = st.text(st.sampled_from(list("abAB $.\u00a0x")), max_size=60)


def plain(forms: list[str], space: str | None) -> str:
    """The alternation the trie replaces: each form escaped, longest first."""
    escaped = (re.escape(form) for form in sorted(forms, key=len, reverse=True))
    return "|".join(e.replace(r"\ ", space) if space else e for e in escaped)


def matches(pattern: str, text: str, flags: int) -> list[tuple[int, int]]:
    # a word boundary after the group makes the first form that matches matter
    return [m.span() for m in re.finditer(rf"(?:{pattern})(?![ab])", text, flags)]


@settings(max_examples=300, deadline=None)
@given(FORMS, TEXTS, st.booleans(), st.sampled_from([None, r"\s+"]))
def test_the_trie_matches_what_the_longest_first_alternation_matches(
    forms: list[str], text: str, ignore_case: bool, space: str | None
) -> None:
    flags = re.IGNORECASE if ignore_case else 0
    trie = alternation(forms, ignore_case=ignore_case, space=space)
    assert matches(trie, text, flags) == matches(plain(forms, space), text, flags)


def test_forms_sharing_a_prefix_become_one_branch() -> None:
    assert alternation(["USD", "US", "UAH"], ignore_case=False) == "U(?:SD?|AH)"
    assert alternation(["usd", "USD"], ignore_case=True) == "usd"


# patterns of the shapes rule files write: anchored or not, case-blind or not, with groups
PATTERNS = st.lists(
    st.tuples(
        st.sampled_from(["", "(?i)"]),
        st.sampled_from(["", "^", r"\b"]),
        st.text(LETTERS, min_size=1, max_size=4).map(re.escape),
        st.sampled_from(["", "$", r"(a|b)?", r"(a)\1"]),
    ).map("".join),
    min_size=1,
    max_size=8,
)


@settings(max_examples=300, deadline=None)
@given(PATTERNS, TEXTS)
def test_joined_searches_match_when_one_of_the_patterns_does(sources: list[str], text: str) -> None:
    patterns = tuple(re.compile(source) for source in sources)
    joined = searches_of(patterns)
    assert len(joined) <= len(patterns)
    found = any(pattern.search(text) for pattern in patterns)
    assert any(pattern.search(text) for pattern in joined) == found


def test_unanchored_patterns_of_the_same_flags_become_one_search() -> None:
    patterns = tuple(re.compile(s) for s in [r"(?i)\bsign up", r"(?i)\bclick here", "^By "])
    assert [p.pattern for p in searches_of(patterns)] == [
        "^By ",
        r"\b(?:(?:sign up)|(?:click here))",
    ]
