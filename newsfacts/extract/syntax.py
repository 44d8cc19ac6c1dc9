"""Readings of the dependency parse that several stages share, in one place.

Subjects, objects, prepositional objects, conjuncts, negation, passives, infinitive
markers, the verb a phrase hangs from. Each stage asks these questions of the parse spaCy
already made; none of them re-parses. What only one stage means by a word (a quote's
speaker subject, a stance's negated clause) is built on these in that stage's room.
"""

from __future__ import annotations

from collections.abc import Collection

from spacy.tokens import Token

from newsfacts.pipeline.doc import breaks_between

VERB_POS = ("VERB", "AUX")
NOMINAL_POS = ("NOUN", "PROPN")
ACTIVE_SUBJECT = "nsubj"
NOMINAL_SUBJECTS = frozenset({"nsubj", "nsubjpass"})
SUBJECTS = NOMINAL_SUBJECTS | {"csubj"}
DIRECT_OBJECTS = frozenset({"dobj", "obj"})
RECIPIENT_OBJECTS = frozenset({"dobj", "dative", "iobj"})
RELATIVE_TAGS = frozenset({"WDT", "WP", "WP$"})  # "which", "that", "who", "whom", "whose"


def same_paragraph(first: Token, second: Token) -> bool:
    """True when no line break lies between the two tokens: a parse across one is a
    headline or a previous paragraph run into the sentence, not one clause."""
    start, end = sorted((first.i, second.i))
    return not breaks_between(first.doc, start, end)


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


def subject_of(verb: Token) -> Token | None:
    """The verb's nominal subject (active or passive); for "the contract which provides",
    the noun the relative clause is on; a controlled or conjoined verb ("agreed to pay",
    "met and approved") shares the subject of the verb it hangs from."""
    for child in verb.children:
        if child.dep_ in NOMINAL_SUBJECTS:
            if child.tag_ in RELATIVE_TAGS and verb.dep_ == "relcl":
                return verb.head
            return child
    if verb.dep_ in ("xcomp", "conj") and verb.head.pos_ in VERB_POS:
        return subject_of(verb.head)
    return None


def agent_of(verb: Token) -> Token | None:
    """X of a passive "paid by X"."""
    agent = next((child for child in verb.children if child.dep_ == "agent"), None)
    if agent is None:
        return None
    return next((child for child in agent.children if child.dep_ == "pobj"), None)


def preposition_object(head: Token, preposition: str) -> Token | None:
    """The object of `head`'s preposition `preposition` ("from the city")."""
    for child in head.children:
        if child.dep_ in ("prep", "dative") and child.lower_ == preposition:
            return next((obj for obj in child.children if obj.dep_ == "pobj"), None)
    return None


def prep_objects(prep: Token) -> list[Token]:
    """The objects of a preposition, with their conjuncts ("in favor of A and B")."""
    objects = [child for child in prep.children if child.dep_ in {"pobj", "pcomp"}]
    return [conj for obj in objects for conj in (obj, *noun_conjuncts(obj))]


def objects_of_prepositions(token: Token, prepositions: Collection[str]) -> list[Token]:
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
    return token.pos_ in NOMINAL_POS


def is_passive(token: Token) -> bool:
    """Whether a verb is passive: a passive auxiliary or subject, or a participle with an agent."""
    return any(child.dep_ in {"auxpass", "nsubjpass"} for child in token.children) or (
        token.tag_ == "VBN" and any(child.dep_ == "agent" for child in token.children)
    )


def has_negation(token: Token, negators: Collection[str] = ()) -> bool:
    """Whether the token itself is negated: a "not"/"n't" dependent, or an adverb among
    `negators` ("never", "no longer")."""
    return any(
        child.dep_ == "neg" or (child.dep_ == "advmod" and child.lower_ in negators)
        for child in token.children
    )


def infinitive_marker(verb: Token) -> Token | None:
    """The "to" before an infinitive verb ("to fire" of "voting to fire"), if it has one."""
    marker = next((c for c in verb.children if c.dep_ == "aux" and c.lower_ == "to"), None)
    return marker if marker is not None and marker.i < verb.i else None
