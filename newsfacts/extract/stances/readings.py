"""Every reading anchored on a token, from each kind of cue.

Experiencer readings live here with the dispatch because they compose with all the others:
"I'm glad the council didn't move forward with this legislation" takes the stance of the
clause it is glad about, read by every reader.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import cache

from spacy.parts_of_speech import IDS
from spacy.tokens import Token

from newsfacts.extract.stances.context import Reading, StanceContext
from newsfacts.extract.stances.cues import flip
from newsfacts.extract.stances.gates import ANY_CUE, Cue
from newsfacts.extract.stances.judgments import evaluation_readings, naming_readings
from newsfacts.extract.stances.modality import apply_negations, negates_clause
from newsfacts.extract.stances.nouns import noun_readings, role_readings
from newsfacts.extract.stances.targets import target_of
from newsfacts.extract.stances.tone import quoted_tone_readings, tone_readings
from newsfacts.extract.stances.verbs import (
    affected_readings,
    alleging_readings,
    demand_readings,
    disputing_readings,
    enabling_readings,
    lexicon_verb_readings,
    preposition_readings,
    readiness_readings,
    verb_readings,
    warning_readings,
)
from newsfacts.extract.syntax import is_passive, prep_objects
from newsfacts.models.records import Polarity

# The parts of speech the last-resort tone readings read (a clause's verb or copula): the
# other words are spared two calls each.
TONE_POS = frozenset({"VERB", "AUX"})


def readings_at(token: Token, context: StanceContext, could: int = ANY_CUE) -> list[Reading]:
    """All readings anchored on `token`, from each kind of cue that can read its part of
    speech and, of those, the ones `could` (the token's `gates.Cue` bits) leaves in."""
    readers = _readers(token.pos_, could)
    readings = [reading for reader in readers for reading in reader(token, context)]
    if readings or token.pos_ not in TONE_POS:
        return readings
    tone = tone_readings(token, context) if could & Cue.ACTOR_SUBJECT else []
    return tone or (quoted_tone_readings(token, context) if could & Cue.QUOTED else [])


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
# (None: any) and the `gates.Cue` bits of which it needs one. Most readers want a verb or a
# noun of their word lists: dispatching on both spares the others a call on every token
# they would turn away.
_READERS: tuple[tuple[Reader, frozenset[str] | None, int], ...] = (
    (verb_readings, frozenset({"VERB"}), Cue.VERB),
    (affected_readings, frozenset({"VERB"}), Cue.VERB),
    (lexicon_verb_readings, frozenset({"VERB"}), Cue.RATED),
    (enabling_readings, None, Cue.ENABLING),
    (preposition_readings, frozenset({"VERB"}), Cue.PREPOSITION | Cue.IN_PREPOSITION),
    (demand_readings, frozenset({"VERB"}), Cue.DEMAND),
    (readiness_readings, frozenset({"ADJ"}), Cue.DEMAND),
    (disputing_readings, frozenset({"VERB"}), Cue.DISPUTING),
    (warning_readings, frozenset({"VERB"}), Cue.WARNING),
    (alleging_readings, frozenset({"VERB"}), Cue.ALLEGING),
    (role_readings, frozenset({"NOUN"}), Cue.ROLE),
    (noun_readings, frozenset({"NOUN", "PROPN"}), Cue.NOUN),
    (experiencer_readings, frozenset({"ADJ", "VERB"}), Cue.EXPERIENCER),
    (naming_readings, frozenset({"VERB"}), Cue.NAMING),
    (evaluation_readings, None, Cue.EVALUATION),
)


def readable(parts: list[int], could: list[int]) -> list[bool]:
    """For each token (of part-of-speech id `parts[i]` and cue bits `could[i]`), whether a
    reader of its part of speech needs one of its bits: where none does, `readings_at`
    would find nothing."""
    needs, any_part = _NEEDS_BY_POS, _NEEDS_OF_ANY_POS
    return [bool(bits & needs.get(part, any_part)) for part, bits in zip(parts, could, strict=True)]


@cache
def _readers(part: str, could: int) -> tuple[Reader, ...]:
    """The readers, in order, of a token of part of speech `part` and cue bits `could`."""
    return tuple(
        reader
        for reader, parts, needs in _READERS
        if (parts is None or part in parts) and could & needs
    )


def _needs_of(part: str | None) -> int:
    """The cue bits the readers of part of speech `part` (None: of every part) need."""
    bits = Cue.ACTOR_SUBJECT | Cue.QUOTED if part in TONE_POS else 0
    for _, parts, needs in _READERS:
        if parts is None or (part is not None and part in parts):
            bits |= needs
    return bits


_NEEDS_OF_ANY_POS = _needs_of(None)
_NEEDS_BY_POS = {
    int(IDS[part]): _needs_of(part)
    for part in TONE_POS.union(*(parts for _, parts, _ in _READERS if parts))
}
