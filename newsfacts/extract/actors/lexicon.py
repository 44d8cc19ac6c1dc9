"""The actors stage's word lists (`resources/actors.json`), read through the typed loader."""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING

from pydantic import Field

from newsfacts.extract.actors.names import name_key
from newsfacts.resources.lexicon import Lexicon as RuleFile
from newsfacts.resources.lexicon import PatternsIgnoringCase, Suffixes, WordMap, Words

if TYPE_CHECKING:  # the lexicon itself is spaCy-free: the corpus merge reads it too
    from spacy.tokens import Token


class Lexicon(RuleFile):
    """Role words, honorifics, organisation heads, street and platform words, places."""

    shipped = "actors.json"

    role_words: Words
    title_modifiers: Words
    honorifics: Words
    org_heads: Words
    group_patterns: PatternsIgnoringCase
    not_actor_suffixes: Words
    street_words: Words
    street_word_endings: Suffixes
    corporate_suffixes: Words
    people_nouns: Words
    platforms: Words
    place_anaphors: WordMap[str]
    states: tuple[str, ...]
    countries: tuple[str, ...]
    acronym_skip: Words = Field(alias="acronym_skip_words")

    @cached_property
    def regions(self) -> frozenset[str]:
        """The name keys of states and countries, which are places, never organisations."""
        return frozenset(name_key(name) for name in (*self.states, *self.countries))

    def is_title_token(self, token: Token) -> bool:
        word = token.text.casefold()
        return word in self.role_words or word in self.honorifics
