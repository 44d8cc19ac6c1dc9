"""The actors stage's word lists: one frozen dataclass, read once from a resource file."""

from __future__ import annotations

import re
from dataclasses import dataclass

from spacy.tokens import Token

from newsfacts.extract.actors.names import name_key
from newsfacts.resources import load_resource


@dataclass(frozen=True)
class Lexicon:
    """The actors stage's word lists, read once from a resource file."""

    role_words: frozenset[str]
    title_modifiers: frozenset[str]
    honorifics: frozenset[str]
    org_heads: frozenset[str]
    group_patterns: tuple[re.Pattern[str], ...]
    not_actor_suffixes: frozenset[str]
    street_words: frozenset[str]
    street_word_endings: tuple[str, ...]
    corporate_suffixes: frozenset[str]
    people_nouns: frozenset[str]
    platforms: frozenset[str]
    place_anaphors: dict[str, str]
    regions: frozenset[str]
    acronym_skip: frozenset[str]
    action_nouns: frozenset[str]
    action_verbs: frozenset[str]
    contest_verbs: frozenset[str]
    agencies: frozenset[str]
    credit_cues: frozenset[str]
    parties: dict[str, str]
    collective_nouns: frozenset[str]
    political_collectives: frozenset[str]
    full_names: dict[str, str]
    government_nouns: frozenset[str]
    name_particles: frozenset[str]

    @classmethod
    def load(cls, resource: str) -> Lexicon:
        data = load_resource(resource)
        lower = lambda key: frozenset(w.casefold() for w in data[key])  # noqa: E731
        return cls(
            role_words=lower("role_words"),
            title_modifiers=lower("title_modifiers"),
            honorifics=lower("honorifics"),
            org_heads=lower("org_heads"),
            group_patterns=tuple(re.compile(p, re.I) for p in data["group_patterns"]),
            not_actor_suffixes=lower("not_actor_suffixes"),
            street_words=lower("street_words"),
            street_word_endings=tuple(lower("street_word_endings")),
            corporate_suffixes=lower("corporate_suffixes"),
            people_nouns=lower("people_nouns"),
            platforms=lower("platforms"),
            place_anaphors=dict(data["place_anaphors"]),
            regions=frozenset(name_key(n) for n in data["states"] + data["countries"]),
            acronym_skip=lower("acronym_skip_words"),
            action_nouns=lower("action_nouns"),
            action_verbs=lower("action_verbs"),
            contest_verbs=lower("contest_verbs"),
            agencies=lower("agencies"),
            credit_cues=lower("credit_cues"),
            parties={
                form: party for party, forms in data["parties"].items() for form in [party, *forms]
            },
            collective_nouns=lower("collective_nouns"),
            political_collectives=lower("political_collectives"),
            full_names={
                name_key(form): full
                for full, forms in data["full_names"].items()
                for form in [full, *forms]
            },
            government_nouns=lower("government_nouns"),
            name_particles=lower("name_particles"),
        )

    @property
    def party_names(self) -> frozenset[str]:
        """The full names parties resolve to."""
        return frozenset(self.parties.values())

    def is_title_token(self, token: Token) -> bool:
        word = token.text.casefold()
        return word in self.role_words or word in self.honorifics
