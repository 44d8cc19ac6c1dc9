"""Who holds a stance: the actor a holder token refers to.

A token links to an actor through the actor mentions, a relative pronoun ("who"), a
pronoun ("I" in a quote is its speaker, "he" the reporting subject or the last person
named), a speaking-for noun ("ICE officials"), protesters in a story about one protest
group, or a definite description ("the judge"). All the reference decisions of the stage
are here, in one module, so that they can be replaced as one.
"""

from __future__ import annotations

from itertools import pairwise
from typing import Any

from spacy.tokens import Token

from newsfacts.extract.stances.context import ActorLink, Reading, StanceContext
from newsfacts.extract.syntax import noun_conjuncts, prep_objects

PERSON_PRONOUNS = {"he", "him", "his", "she", "her", "hers"}


GROUP_PRONOUNS = {"they", "them", "their", "theirs"}


BODY_PRONOUNS = {"it", "its"}


FIRST_PERSON = {"i", "me", "my", "we", "us", "our"}


RELATIVE_PRONOUNS = {"who", "that", "which", "whom"}


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
    tokens += named
    if subject.i not in context.mention_of:
        tokens += [c for c in subject.children if c.dep_ == "appos" and c not in named]
    for token in list(tokens):
        for prep in token.children:
            if prep.lower_ == "including":
                for obj in prep_objects(prep):
                    tokens += [obj, *noun_conjuncts(obj)]
    return tokens


def actor_of(token: Token, context: StanceContext) -> ActorLink | None:
    """The actor a holder token refers to, if any."""
    mention = context.mention_of.get(token.i)
    if mention is not None:
        return ActorLink(mention.kb_id_, 1.0)
    lower = token.lower_
    if token.pos_ == "PRON":
        if lower in RELATIVE_PRONOUNS and token.head.dep_ == "relcl":
            return actor_of(token.head.head, context)
        return pronoun_actor(token, context)
    if _is_partial(token, context):
        return None
    if lower in context.cues.speaks_for_nouns:
        return _spoken_for(token, context)
    if token.lemma_.casefold() in context.cues.protest_nouns:
        return _protest_group(context)
    return described_actor(token, context)


def _is_partial(token: Token, context: StanceContext) -> bool:
    """ "some City Council members", "three representatives": part of a body, not the body."""
    return any(
        (c.dep_ == "det" and c.lower_ in context.cues.partial_determiners) or c.dep_ == "nummod"
        for c in token.children
    )


def _spoken_for(token: Token, context: StanceContext) -> ActorLink | None:
    """ "ICE officials", "Trump's administration", "officials of the county"."""
    for child in token.children:
        candidates = [child] if child.dep_ in {"compound", "poss"} else []
        if child.dep_ == "prep" and child.lower_ in {"of", "from", "at", "for"}:
            candidates = prep_objects(child)
        for candidate in candidates:
            link = actor_of(candidate, context)
            if link:
                return ActorLink(link.actor_id, link.confidence * 0.95)
    return None


def _protest_group(context: StanceContext) -> ActorLink | None:
    """Protesters in a story about one protest group are that group."""
    groups = [key for key, actor in context.actors.items() if actor["type"] == "GROUP"]
    return ActorLink(groups[0], 0.7) if len(groups) == 1 else None


def pronoun_actor(token: Token, context: StanceContext) -> ActorLink | None:
    """ "I"/"we" in a quote is its speaker; "he"/"she" the reporting subject or the last
    person named; "they" the reporting subject or the last organisation or group named."""
    lower = token.lower_
    if lower in FIRST_PERSON:
        quote = context.speaker_at(token)
        return ActorLink(quote.speaker_id, 0.9 * quote.confidence) if quote else None
    if lower in PERSON_PRONOUNS:
        kinds = {"PERSON"}
    elif lower in GROUP_PRONOUNS | BODY_PRONOUNS:
        kinds = {"ORG", "GROUP"}
    else:
        return None
    reporter = _reporting_subject(token)
    if reporter is not None:
        link = None
        if reporter.pos_ != "PRON":
            links = (actor_of(t, context) for t in expand_holders(reporter, context))
            link = next((found for found in links if found), None)
        if link and context.actor_type(link.actor_id) in kinds:
            return ActorLink(link.actor_id, 0.9 * link.confidence)
        if reporter.pos_ != "PRON" and (lower in PERSON_PRONOUNS) == (
            reporter.tag_ in {"NN", "NNP"}
        ):
            return None
    # "it" names too many things to follow back; only "the union said it" is safe
    return None if lower in BODY_PRONOUNS else _last_mention(token, kinds, context)


def _reporting_subject(token: Token) -> Token | None:
    """The subject of the verb whose clause the pronoun opens: "Kenney said his ..."."""
    clause = token.head
    while clause.dep_ not in {"ccomp", "ROOT"} and clause.head != clause:
        clause = clause.head
    if clause.dep_ != "ccomp":
        return None
    subjects = [c for c in clause.head.children if c.dep_ == "nsubj"]
    return subjects[0] if subjects else None


def _last_mention(token: Token, kinds: set[str], context: StanceContext) -> ActorLink | None:
    """The last actor of a fitting type named before `token`, within the sentence before."""
    sentence_start = token.sent.start
    earliest = token.doc[sentence_start - 1].sent.start if sentence_start > 0 else 0
    for span in reversed(context.mention_starts):
        if span.start >= token.i:
            continue
        if span.start < earliest:
            return None
        if context.actor_type(span.kb_id_) in kinds:
            return ActorLink(span.kb_id_, 0.8)
    return None


def described_actor(token: Token, context: StanceContext) -> ActorLink | None:
    """ "the judge", "the appellate court": the last actor named before whose title or name
    ends in the head noun and whose words fit the modifiers."""
    if token.pos_ != "NOUN" or not any(c.lower_ == "the" for c in token.children):
        return None
    head = token.lower_
    modifiers = [c.lower_[:4] for c in token.children if c.dep_ in {"amod", "compound"}]
    for span in reversed(context.mention_starts):
        if span.start >= token.i:
            continue
        actor = context.actors[span.kb_id_]
        words = f"{actor['name']} {actor.get('title') or ''}".casefold().split()
        if head in _head_words(actor) and all(
            any(w.startswith(m) for w in words) for m in modifiers
        ):
            return ActorLink(span.kb_id_, 0.8)
    return None


def _head_words(actor: dict[str, Any]) -> set[str]:
    """The words a description can use for an actor: the head of its name ("Council" of
    "Wilmington City Council", "Court" of "Alabama Court of Civil Appeals") and of its title."""
    name = actor["name"].casefold().split()
    heads = {name[-1], *(word for word, after in pairwise(name) if after == "of")}
    title = (actor.get("title") or "").casefold().split()
    return heads | set(title[-1:])
