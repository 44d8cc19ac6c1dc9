"""The pure core of the stances stage: the cue lexicon, polarity arithmetic and gerunds.

Nothing here knows about spaCy: the readers look cue words up in `StanceCues`, weigh
negation with `flip` and `negate`, and write refused acts as targets with `gerund`.
Candidates and their merging are in `merging`.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from typing import Literal

from newsfacts.resources import load_resource

Polarity = Literal["support", "oppose"]

VOWELS = "aeiou"


def flip(polarity: Polarity) -> Polarity:
    """The opposite polarity: opposing the end of something is supporting it."""
    return "oppose" if polarity == "support" else "support"


def negate(polarity: Polarity) -> Polarity | None:
    """What a negated cue still shows: not supporting is opposing, but not opposing
    something ("did not oppose") is no stance at all."""
    return "oppose" if polarity == "support" else None


def _lower_set(values: Iterable[str]) -> frozenset[str]:
    return frozenset(value.casefold() for value in values)


def _by_polarity(data: dict[str, list[str]]) -> dict[str, Polarity]:
    table: dict[str, Polarity] = {}
    polarities: tuple[Polarity, ...] = ("support", "oppose")
    for polarity in polarities:
        for word in data.get(polarity, []):
            table[word.casefold()] = polarity
    return table


@dataclass(frozen=True)
class StanceCues:
    """The stance lexicon (see `resources/stance_cues.json`), read once per stage."""

    verbs: dict[str, Polarity]
    attitude_verbs: frozenset[str]
    beneficiary_verbs: frozenset[str]
    enabling_verbs: frozenset[str]
    phrasal: dict[str, Polarity]
    preposition_verbs: frozenset[str]
    prepositions: dict[str, Polarity]
    favor_nouns: frozenset[str]
    demand_verbs: frozenset[str]
    clausal_demand_verbs: frozenset[str]
    flip_verbs: frozenset[str]
    reversal_nouns: frozenset[str]
    role_nouns: dict[str, Polarity]
    stance_nouns: dict[str, Polarity]
    expressing_verbs: frozenset[str]
    receiving_verbs: frozenset[str]
    vote_nouns: frozenset[str]
    lawsuit_nouns: frozenset[str]
    accusing_verbs: frozenset[str]
    experiencer: dict[str, Polarity]
    concern_nouns: dict[str, Polarity]
    experiencer_prepositions: frozenset[str]
    evaluative: dict[str, Polarity]
    evaluative_modifiers: dict[str, Polarity]
    evaluative_phrases: dict[str, Polarity]
    evaluative_verbs: dict[str, Polarity]
    negators: frozenset[str]
    hedge_modals: frozenset[str]
    conditional_marks: frozenset[str]
    unasserted_marks: frozenset[str]
    until_marks: frozenset[str]
    neutral: frozenset[str]
    denial_verbs: frozenset[str]
    speaks_for_nouns: frozenset[str]
    protest_nouns: frozenset[str]
    partial_determiners: frozenset[str]
    anaphoric_heads: frozenset[str]
    light_verbs: frozenset[str]
    naming_verbs: frozenset[str]
    withholding_verbs: frozenset[str]

    @classmethod
    def load(cls, resource: str) -> StanceCues:
        data = load_resource(resource)
        tables = {
            "verbs",
            "phrasal",
            "prepositions",
            "role_nouns",
            "stance_nouns",
            "experiencer",
            "concern_nouns",
            "evaluative",
            "evaluative_modifiers",
            "evaluative_phrases",
            "evaluative_verbs",
        }
        values: dict[str, object] = {}
        for name in cls.__dataclass_fields__:
            raw = data[name]
            if name in ("phrasal", "prepositions"):
                values[name] = {key.casefold(): value for key, value in raw.items()}
            elif name in tables:
                values[name] = _by_polarity(raw)
            else:
                values[name] = _lower_set(raw)
        return cls(**values)  # type: ignore[arg-type]


def gerund(lemma: str) -> str:
    """The -ing form of a verb lemma, for targets that are acts ("renewing the contract")."""
    word = lemma.casefold()
    if word.endswith("ie"):
        return word[:-2] + "ying"
    if word.endswith("e") and not word.endswith(("ee", "ye", "oe")) and len(word) > 2:
        return word[:-1] + "ing"
    if (
        len(word) <= 4
        and len(word) >= 3
        and word[-1] not in VOWELS + "wxy"
        and word[-2] in VOWELS
        and word[-3] not in VOWELS
    ):
        return word + word[-1] + "ing"
    return word + "ing"
