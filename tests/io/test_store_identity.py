"""The store's acronym keys agree with the actors stage's `acronym_matches`, which the
report's cross-article merge uses: a key is found exactly when the rule says it fits."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from newsfacts.extract.actors.names import acronym_matches
from newsfacts.io.store.identity import shortened_forms
from newsfacts.render.merge import name_rules

WORDS = st.sampled_from(
    ["National", "Tenants", "Union", "of", "the", "Riverside", "Housing", "Coalition", "and"]
)
LETTERS = st.text(alphabet="NTURHCA", min_size=2, max_size=6)


@given(words=st.lists(WORDS, min_size=2, max_size=6), letters=LETTERS)
def test_an_acronym_key_is_found_exactly_when_acronym_matches_says_it_fits(
    words: list[str], letters: str
) -> None:
    name = " ".join(words)
    fits = acronym_matches(letters, name, name_rules().acronym_skip)
    assert (letters in shortened_forms(name)) == fits


def test_an_acronym_with_a_tail_keeps_the_tail_as_words() -> None:
    assert "ACLU of colorado" in shortened_forms("American Civil Liberties Union of Colorado")
    assert "ICE" in shortened_forms("U.S. Immigration and Customs Enforcement")
