"""Small readings of the dependency parse shared by the amounts and dates stages."""

from __future__ import annotations

from spacy.tokens import Token

VERB_POS = ("VERB", "AUX")


def governing_verb(token: Token, max_steps: int = 5) -> Token | None:
    """The verb a phrase is an argument or adjunct of: "provides" for "$6 million" in
    "which provides more than $6 million", "go" for "April 3" in "will go to the council
    for a final vote on April 3"."""
    for _ in range(max_steps):
        if token.pos_ in VERB_POS:
            return token
        if token.dep_ == "ROOT" or token.head.i == token.i:
            return None
        token = token.head
    return None


def verb_chain(verb: Token, max_steps: int = 3) -> list[Token]:
    """The verb and the verbs it complements ("expire" <- "set" in "is set to expire"),
    which carry its tense and modality. Reported speech (ccomp) is not climbed: in "said it
    would vote Friday", the tense of "said" says nothing about the vote."""
    chain = [verb]
    while verb.dep_ in ("xcomp", "conj", "pcomp") and len(chain) <= max_steps:
        verb = verb.head
        if verb.pos_ not in VERB_POS:
            break
        chain.append(verb)
    return chain
