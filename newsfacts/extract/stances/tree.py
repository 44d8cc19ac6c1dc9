"""The words that make up a stance cue (its auxiliaries, negation and particles) and how
they are written. The general readings of the parse are in `newsfacts.extract.syntax`."""

from __future__ import annotations

from spacy.tokens import Token

from newsfacts.extract.stances.context import StanceContext


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
