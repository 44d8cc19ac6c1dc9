"""Who pays and receives an amount, and what it is for, read from the parse.

The payer and payee are the actors that the subject and objects of the verb governing the
amount refer to (as the shared reference resolver decides), as the `Roles` verbs say ("ICE
pays the city", "will receive $1 million from the city", "the bank fined the firm"). The
purpose is the article's own words after the amount ("in law enforcement grants") or after
the verb ("to access the database", "for the car").
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from newsfacts.extract.amounts.lexicon import Roles
from newsfacts.extract.reference import ReferenceResolver
from newsfacts.extract.syntax import (
    RECIPIENT_OBJECTS,
    agent_of,
    infinitive_marker,
    preposition_object,
    subject_of,
)

NOT_PURPOSE_LABELS = {"DATE", "TIME", "GPE", "LOC", "PERCENT", "CARDINAL", "MONEY"}


def parties(
    verb: Token, amount: Span, roles: Roles, resolver: ReferenceResolver
) -> tuple[str | None, str | None]:
    """(payer id, payee id) from the verb's subject and objects, where they refer to actors."""

    def actor_of(token: Token | None) -> str | None:
        return resolver.resolve(token).actor_id if token is not None else None

    lemma = verb.lemma_.casefold()
    subject = actor_of(subject_of(verb))
    passive = any(child.dep_ == "nsubjpass" for child in verb.children)
    if lemma in roles.payer_verbs:
        if passive:
            return actor_of(agent_of(verb)), subject
        return subject, actor_of(_recipient(verb, amount))
    if lemma in roles.payee_verbs:
        return actor_of(preposition_object(verb, "from")), subject
    if lemma in roles.charge_verbs:
        return actor_of(_recipient(verb, amount)), subject
    return None, None


def _recipient(verb: Token, amount: Span) -> Token | None:
    """The one paid: an indirect object, an object that is not the amount, or "to X"."""
    for child in verb.children:
        if child.dep_ in RECIPIENT_OBJECTS and not (amount.start <= child.i < amount.end):
            return child
    return preposition_object(verb, "to")


def purpose(amount: Span, verb: Token | None, roles: Roles) -> str | None:
    """What the money is for, in the article's words: "in law enforcement grants" after
    the amount, or the verb's "to access the database" / "for the car" after it."""
    for child in amount.root.children:
        if child.i >= amount.end and _is_purpose_preposition(child, roles):
            return _phrase(child, roles)
    if verb is None:
        return None
    for child in verb.children:
        if child.i < amount.end:
            continue
        if child.dep_ in ("xcomp", "advcl") and infinitive_marker(child) is not None:
            return _phrase(child, roles, start=infinitive_marker(child))
        if _is_purpose_preposition(child, roles) and child.lower_ == "for":
            return _phrase(child, roles)
    return None


def _is_purpose_preposition(token: Token, roles: Roles) -> bool:
    """A purpose preposition ("in", "for") whose object is no date, place or number."""
    if token.dep_ != "prep" or token.lower_ not in roles.purpose_prepositions:
        return False
    objects = [child for child in token.children if child.dep_ == "pobj"]
    return bool(objects) and objects[0].ent_type_ not in NOT_PURPOSE_LABELS


def _phrase(head: Token, roles: Roles, start: Token | None = None) -> str | None:
    """The words of `head`'s subtree from `start`, cut at a clause break and a length cap."""
    first = (start or head).i
    tokens = []
    for token in head.doc[first : head.right_edge.i + 1]:
        if (token.is_punct and token.text not in ("-", "'", "’")) or token.dep_ == "mark":
            break
        tokens.append(token)
        if len(tokens) >= roles.purpose_max_tokens:
            break
    return "".join(t.text_with_ws for t in tokens).strip() or None
