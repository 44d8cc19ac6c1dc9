"""The actors stage's word lists (`resources/actors.json`), read through the typed loader."""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING

from babel import Locale
from pydantic import Field

from newsfacts.extract.actors.names import name_key
from newsfacts.resources.lexicon import Lexicon as RuleFile
from newsfacts.resources.lexicon import PatternsIgnoringCase, Suffixes, WordMap, Words

# nationality words whose plural noun is the adjective itself ("the Chinese", "the French")
UNCOUNTED_ENDINGS = ("ese", "sh", "ch", "ss")

if TYPE_CHECKING:  # the lexicon itself is spaCy-free: the corpus merge reads it too
    from spacy.tokens import Token


class Lexicon(RuleFile):
    """Role words, honorifics, organisation heads, street and platform words, places;
    dealings and contests, agencies and credits, parties, collectives and full names."""

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
    action_nouns: Words
    action_verbs: Words
    contest_verbs: Words
    agencies: Words
    credit_cues: Words
    collective_nouns: Words
    described_people: Words
    political_collectives: Words
    government_nouns: Words
    institutions: Words
    name_particles: Words
    party_forms: dict[str, tuple[str, ...]] = Field(alias="parties")
    full_name_forms: dict[str, tuple[str, ...]] = Field(alias="full_names")
    demonyms: dict[str, str]
    country_names: dict[str, str]

    @cached_property
    def regions(self) -> frozenset[str]:
        """The name keys of states and countries, which are places, never organisations."""
        return frozenset(name_key(name) for name in (*self.states, *self.countries))

    @cached_property
    def parties(self) -> dict[str, str]:
        """Each way a party is written, as written ("GOP", "Republicans"), -> its full name."""
        return {
            form: party for party, forms in self.party_forms.items() for form in [party, *forms]
        }

    @cached_property
    def party_names(self) -> frozenset[str]:
        """The full names parties resolve to."""
        return frozenset(self.party_forms)

    @cached_property
    def full_names(self) -> dict[str, str]:
        """The name key of each well-known short form ("us", "fbi") -> the full name."""
        return {
            name_key(form): full
            for full, forms in self.full_name_forms.items()
            for form in [full, *forms]
        }

    @cached_property
    def peoples(self) -> dict[str, str]:
        """Each nationality word as written ("Israeli", "Israelis", "North Korean") -> the
        country it stands for ("Israel", "North Korea")."""
        table = {form: self.country_of(code) for form, code in self.demonyms.items()}
        plurals = {
            f"{form}s": country  # "Israelis", "North Koreans"
            for form, country in table.items()
            if not form.endswith(UNCOUNTED_ENDINGS)
        }
        return table | plurals

    @cached_property
    def people_first_words(self) -> frozenset[str]:
        """The first word of each nationality word, as written."""
        return frozenset(form.split()[0] for form in self.peoples)

    @cached_property
    def longest_people_word(self) -> int:
        """The most words a nationality takes ("North Korean")."""
        return max(len(form.split()) for form in self.peoples)

    def country_of(self, code: str) -> str:
        """The English name of the country with ISO 3166 code `code`, as news writes it: the
        actors' full name where they have one ("United States"), else CLDR's."""
        name = self.country_names.get(code) or Locale("en").territories[code]
        return self.full_names.get(name_key(name), name)

    def is_title_token(self, token: Token) -> bool:
        word = token.text.casefold()
        return word in self.role_words or word in self.honorifics
