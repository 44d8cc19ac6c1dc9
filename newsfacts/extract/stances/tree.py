"""Small readings of the dependency tree that every kind of stance reader uses.

The objects of a preposition with their conjuncts, whether a verb is passive, and the words
that make up a cue (its auxiliaries, negation and particles) and how they are written.
"""

from __future__ import annotations

from spacy.tokens import Token

from newsfacts.extract.stances.context import StanceContext

OBJECT_DEPS = {"dobj", "obj"}


def cue_modifiers(verb: Token, context: StanceContext) -> list[Token]:
    """The words that shape a cue verb: auxiliaries, negation, particles, "to"."""
    return [
        child
        for child in verb.children
        if child.dep_ in {"aux", "neg", "prt", "auxpass"}
        or (child.dep_ == "advmod" and child.lower_ in context.cues.negators)
    ] + [
        mark
        for child in verb.children
        if child.dep_ == "advcl"
        for mark in child.children
        if mark.dep_ == "mark" and mark.lower_ in context.cues.until_marks
    ]


def cue_text(tokens: list[Token]) -> str:
    """The cue words in text order, with "..." where words between are left out
    ("wants to withhold ... until"); quote marks between cue words are dropped."""
    indices = {token.i for token in tokens}
    doc = tokens[0].doc
    parts: list[str] = []
    previous: int | None = None
    for index in sorted(indices):
        if previous is not None:
            between = doc[previous + 1 : index]
            if any(not token.is_punct for token in between):
                parts.append(" ... ")
            else:
                parts.append(" " if between else doc[previous].whitespace_)
        parts.append(doc[index].text)
        previous = index
    return "".join(parts)


def is_passive(token: Token) -> bool:
    """Whether a verb is passive: a passive auxiliary or subject, or a participle with an agent."""
    return any(child.dep_ in {"auxpass", "nsubjpass"} for child in token.children) or (
        token.tag_ == "VBN" and any(child.dep_ == "agent" for child in token.children)
    )


def prep_objects(prep: Token) -> list[Token]:
    """The objects of a preposition, with their conjuncts ("in favor of A and B")."""
    objects = [child for child in prep.children if child.dep_ in {"pobj", "pcomp"}]
    return [conj for obj in objects for conj in (obj, *noun_conjuncts(obj))]


def objects_of_prepositions(token: Token, prepositions: set[str]) -> list[Token]:
    """The objects of `token`'s prepositions among `prepositions` ("a sponsor of A and B"),
    with their conjuncts, in order."""
    return [
        obj
        for prep in token.children
        if prep.dep_ == "prep" and prep.lower_ in prepositions
        for obj in prep_objects(prep)
    ]


def noun_conjuncts(token: Token) -> list[Token]:
    """The nouns conjoined after `token` ("A, B and C" for A)."""
    return [conj for conj in token.conjuncts if conj.i > token.i and is_nominal(conj)]


def is_nominal(token: Token) -> bool:
    """Whether a token is a noun or a proper noun."""
    return token.pos_ in {"NOUN", "PROPN"}
