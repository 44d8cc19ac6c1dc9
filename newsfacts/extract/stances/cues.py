"""The pure core of the stances stage: the cue lexicon, polarity arithmetic and gerunds.

Nothing here knows about spaCy: the readers look cue words up in `StanceCues`, weigh
negation with `flip` and `negate`, and write refused acts as targets with `gerund`.
Candidates and their merging are in `merging`.
"""

from __future__ import annotations

from newsfacts.models.records import Polarity
from newsfacts.resources.lexicon import Lexicon, PolarityTable, WordMap, Words

VOWELS = "aeiou"


def flip(polarity: Polarity) -> Polarity:
    """The opposite polarity: opposing the end of something is supporting it."""
    return "oppose" if polarity == "support" else "support"


def negate(polarity: Polarity) -> Polarity | None:
    """What a negated cue still shows: not supporting is opposing, but not opposing
    something ("did not oppose") is no stance at all."""
    return "oppose" if polarity == "support" else None


class StanceCues(Lexicon):
    """The stance lexicon (see `resources/stance_cues.json`), read once per stage."""

    shipped = "stance_cues.json"

    verbs: PolarityTable
    attitude_verbs: Words
    beneficiary_verbs: Words
    enabling_verbs: Words
    phrasal: WordMap[Polarity]
    preposition_verbs: Words
    prepositions: WordMap[Polarity]
    favor_nouns: Words
    demand_verbs: Words
    object_demand_verbs: Words
    obligation_modals: Words
    affecting_verbs: PolarityTable
    clausal_demand_verbs: Words
    readiness_adjectives: PolarityTable
    flip_verbs: Words
    reversal_nouns: Words
    role_nouns: PolarityTable
    stance_nouns: PolarityTable
    expressing_verbs: Words
    receiving_verbs: Words
    vote_nouns: Words
    lawsuit_nouns: Words
    accusing_verbs: Words
    disputing_verbs: Words
    warning_verbs: Words
    claim_nouns: Words
    experiencer: PolarityTable
    concern_nouns: PolarityTable
    experiencer_prepositions: Words
    evaluative: PolarityTable
    evaluative_modifiers: PolarityTable
    evaluative_phrases: PolarityTable
    evaluative_verbs: PolarityTable
    negators: Words
    hedge_modals: Words
    conditional_marks: Words
    unasserted_marks: Words
    until_marks: Words
    neutral: Words
    denial_verbs: Words
    anaphoric_heads: Words
    statute_nouns: Words
    light_verbs: Words
    naming_verbs: Words
    suspicion_verbs: Words
    withholding_verbs: Words
    penalty_verbs: Words
    outcome_verbs: Words
    voice_nouns: Words
    intent_nouns: Words
    example_prepositions: Words
    pointing_words: Words
    demonstratives: Words


class PolarityLexicon(Lexicon):
    """Words of support and opposition from an established sentiment lexicon (see
    `resources/polarity_lexicon.json`: VADER's, MIT licence), read where `StanceCues` has
    no entry: "hammered Trump", "a betrayal"."""

    shipped = "polarity_lexicon.json"

    licence: str
    words: PolarityTable

    def of(self, form: str, lemma: str) -> Polarity | None:
        """The polarity of a word, by its lower-case form or else its lemma."""
        return self.words.get(form) or self.words.get(lemma)


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
