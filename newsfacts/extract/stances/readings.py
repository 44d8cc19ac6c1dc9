"""Every reading anchored on a token, from each kind of cue.

Experiencer readings live here with the dispatch because they compose with all the others:
"I'm glad the council didn't move forward with this legislation" takes the stance of the
clause it is glad about, read by every reader.
"""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Token

from newsfacts.extract.stances.context import Reading, StanceContext
from newsfacts.extract.stances.cues import flip
from newsfacts.extract.stances.judgments import evaluation_readings, naming_readings
from newsfacts.extract.stances.modality import apply_negations, negates_clause
from newsfacts.extract.stances.nouns import noun_readings, role_readings
from newsfacts.extract.stances.targets import target_of
from newsfacts.extract.stances.tone import quoted_tone_readings, tone_readings
from newsfacts.extract.stances.verbs import (
    demand_readings,
    enabling_readings,
    lexicon_verb_readings,
    preposition_readings,
    verb_readings,
)
from newsfacts.extract.syntax import is_passive, prep_objects
from newsfacts.models.records import Polarity

# The parts of speech the last-resort tone readings read (a clause's verb or copula): the
# other words are spared two calls each.
TONE_POS = frozenset({"VERB", "AUX"})


def readings_at(token: Token, context: StanceContext) -> list[Reading]:
    """All readings anchored on `token`, from each kind of cue that can read its part of
    speech."""
    readers = _READERS_BY_POS.get(token.pos_, _ANY_POS_READERS)
    readings = [reading for reader in readers for reading in reader(token, context)]
    if readings or token.pos_ not in TONE_POS:
        return readings
    return tone_readings(token, context) or quoted_tone_readings(token, context)


def experiencer_readings(token: Token, context: StanceContext) -> list[Reading]:
    """ "ICE officials wrote that they are "deeply disappointed" with the city's decision";
    "I'm glad the council didn't move forward with this legislation" takes the stance of the
    clause it is glad about."""
    polarity = context.cues.experiencer.get(token.lower_)
    if polarity is None or token.pos_ not in {"ADJ", "VERB"}:
        return []
    if token.pos_ == "VERB" and not is_passive(token) and token.dep_ != "acomp":
        return []
    clause = token.head if token.dep_ == "acomp" else token
    cue = [*[c for c in token.children if c.dep_ == "advmod"], token]
    readings = []
    for child in token.children:
        if child.dep_ == "prep" and child.lower_ in context.cues.experiencer_prepositions:
            readings += [
                Reading(
                    polarity,
                    target_of(obj, context),
                    [*cue, child],
                    clause=clause,
                    kind="experiencer",
                )
                for obj in prep_objects(child)[:1]
            ]
        elif child.dep_ == "ccomp":
            readings += _glad_about(child, polarity, cue, clause, context)
    return readings


def _glad_about(
    complement: Token, polarity: Polarity, cue: list[Token], clause: Token, context: StanceContext
) -> list[Reading]:
    """The experiencer's stance toward what the clause it feels about takes a stance on."""
    composed = []
    for inner in readings_at(complement, context):
        inner.negations += int(negates_clause(inner.clause, context))
        inner_polarity = apply_negations(inner)
        if inner_polarity is None:
            continue
        composed.append(
            Reading(
                inner_polarity if polarity == "support" else flip(inner_polarity),
                inner.target,
                [*cue, *inner.cue],
                clause=clause,
                kind="experiencer",
            )
        )
    return composed


Reader = Callable[[Token, StanceContext], list[Reading]]

# Each reader in the order its readings are listed, with the parts of speech it reads
# (None: any). Most readers want a verb or a noun: dispatching on the part of speech
# spares the other nine a call on every token they would turn away.
_READERS: tuple[tuple[Reader, frozenset[str] | None], ...] = (
    (verb_readings, frozenset({"VERB"})),
    (lexicon_verb_readings, frozenset({"VERB"})),
    (enabling_readings, None),
    (preposition_readings, frozenset({"VERB"})),
    (demand_readings, frozenset({"VERB"})),
    (role_readings, frozenset({"NOUN"})),
    (noun_readings, frozenset({"NOUN", "PROPN"})),
    (experiencer_readings, frozenset({"ADJ", "VERB"})),
    (naming_readings, frozenset({"VERB"})),
    (evaluation_readings, None),
)
_ANY_POS_READERS = tuple(reader for reader, pos in _READERS if pos is None)
_READERS_BY_POS = {
    part: tuple(reader for reader, pos in _READERS if pos is None or part in pos)
    for part in set().union(*(pos for _, pos in _READERS if pos is not None))
}
