"""Who holds a stance: the subjects of its reading (with their conjuncts, appositions and
"including X"), or the speaker of the quote it stands in, each mapped onto an actor by the
shared reference resolver (`newsfacts.extract.reference`)."""

from __future__ import annotations

from collections.abc import Collection

from spacy.tokens import Token

from newsfacts.extract.stances.context import ActorLink, Reading, StanceContext
from newsfacts.extract.syntax import noun_conjuncts, prep_objects

# The prepositions of a holder's own phrase below which its examples may hang: "the
# majority of executives, such as Roe", "Republicans with those views, like Roe".
PHRASE_PREPOSITIONS = frozenset({"of", "with"})


def holder_links(
    reading: Reading, subjects: list[Token], context: StanceContext
) -> list[ActorLink]:
    """The actors holding a reading: its subjects (with their conjuncts and "including X"),
    or the speaker of the quote it stands in."""
    if reading.speaker_holds:
        quote = context.speaker_at(reading.cue[-1])
        return [ActorLink(quote.speaker_id, quote.confidence)] if quote else []
    links: list[ActorLink] = []
    for subject in subjects:
        for token in expand_holders(subject, context):
            link = actor_of(token, context)
            if link and all(link.actor_id != kept.actor_id for kept in links):
                links.append(link)
    return links


def expand_holders(subject: Token, context: StanceContext) -> list[Token]:
    """ "Serna, Kennedy, and Nottoli", "the council's Democrats, including Vicki Almond"."""
    tokens = [subject, *noun_conjuncts(subject)]
    named = [
        c for c in subject.children if c.dep_ in {"npadvmod", "appos"} and c.i in context.mention_of
    ]
    # a list of names is often parsed as appositions with conjuncts of their own ("A, B, C
    # and D voted": B an apposition of A, C and D conjuncts of B)
    tokens += [token for name in named for token in (name, *noun_conjuncts(name))]
    if subject.i not in context.mention_of:
        tokens += [c for c in subject.children if c.dep_ == "appos" and c not in named]
    for token in list(tokens):
        for prep in _example_preps(token, context):
            for obj in prep_objects(prep):
                tokens += [obj, *noun_conjuncts(obj)]
    return tokens


def _example_preps(token: Token, context: StanceContext) -> list[Token]:
    """The prepositions that give examples of what a holder names ("senators, including
    Roe", "executives such as Roe", "Republicans with his leanings, like Roe"), below the
    holder or the nouns of its own "of" and "with" phrases (not of a clause inside it)."""
    examples = context.cues.example_prepositions
    found = []
    stack = [token]
    while stack:
        noun = stack.pop()
        for child in noun.children:
            if _gives_examples(child, examples):
                found.append(child)
            elif child.dep_ == "prep" and child.lower_ in PHRASE_PREPOSITIONS:
                stack += [obj for obj in prep_objects(child) if obj.pos_ in {"NOUN", "PROPN"}]
    return found


def _gives_examples(word: Token, examples: Collection[str]) -> bool:
    """ "including", "like", or "as" with its "such" ("such as")."""
    return word.lower_ in examples or any(
        f"{child.lower_} {word.lower_}" in examples for child in word.children
    )


# How much less sure a stance is when its holder is the owner of what acted.
VOICE_CONFIDENCE = 0.9


def actor_of(token: Token, context: StanceContext) -> ActorLink | None:
    """The actor a holder token refers to, as the shared reference resolver decides, or
    the actor whose voice it is ("Roe's statement", "the Roe campaign")."""
    reference = context.resolver.resolve(token)
    if reference.actor_id is None:
        return _voice_of(token, context)
    return ActorLink(reference.actor_id, reference.confidence)


def _voice_of(token: Token, context: StanceContext) -> ActorLink | None:
    """The owner of a noun that speaks or acts for it: what "Roe's statement", "the Roe
    campaign" or "Roe's lawyers" criticize, Roe criticizes; "the Roe campaign staff" goes
    through both nouns."""
    if token.lemma_.casefold() not in context.cues.voice_nouns:
        return None
    for owner in token.children:
        if owner.dep_ in {"poss", "compound"}:
            link = actor_of(owner, context)
            if link is not None:
                return ActorLink(link.actor_id, round(link.confidence * VOICE_CONFIDENCE, 3))
    return None
