"""Stance nouns: roles, reported positions, votes, concerns and lawsuits.

"the main sponsor of the resolution", "expressed support for", "faced opposition from",
"the only vote against", "have concerns about", "filed a lawsuit against".
"""

from __future__ import annotations

from spacy.tokens import Token

from newsfacts.extract.stances.context import Reading, StanceContext, Target
from newsfacts.extract.stances.targets import act_target, reverse_through, target_of
from newsfacts.extract.stances.tree import cue_modifiers
from newsfacts.extract.stances.verbs import is_cue_verb
from newsfacts.extract.syntax import (
    DIRECT_OBJECTS,
    infinitive_marker,
    objects_of_prepositions,
    prep_objects,
)
from newsfacts.models.records import Polarity

# What a stance noun is aimed at: "support for", "an attack on", "criticism of", "a case
# against", "an objection to", "threw its support behind"; a feeling's object: "frustration
# with", "anger at", "outrage over", "confidence in", "hostility toward".
AIMED_PREPOSITIONS = {
    "for", "to", "of", "on", "against", "behind", "with", "at", "over", "in", "toward", "towards",
}  # fmt: skip

# The prepositions by which a stance noun names what it is aimed at: "criticism of",
# "support for", "an attack on", "opposition to", "a campaign against".
AIMED_AT = frozenset({"of", "for", "to", "against", "on"})


def role_readings(token: Token, context: StanceContext) -> list[Reading]:
    """ "McCoy, the main sponsor of the resolution", "Perez, the lone dissenter"."""
    polarity = context.cues.role_nouns.get(token.lemma_.casefold())
    if polarity is None or token.pos_ != "NOUN":
        return []
    if token.dep_ in {"appos", "conj"}:
        holders = [token.head]
    elif token.dep_ == "attr":
        holders = [child for child in token.head.children if child.dep_ == "nsubj"]
    else:
        return []
    objects = objects_of_prepositions(token, {"of", "for"}) or _named_before(token, context)
    target = target_of(objects[0], context) if objects else Target("", anaphoric=True)
    return [
        Reading(
            polarity=polarity,
            target=target,
            cue=[token, *[c for c in token.children if c.dep_ == "amod"]],
            clause=token,
            kind="role",
            holders=holders,
        )
    ]


def _named_before(role: Token, context: StanceContext) -> list[Token]:
    """The actor a role noun names before it, where no "of" or "for" names one: "Roe, a
    Labour supporter", "Roe has been a prominent Trump critic"."""
    return [
        child
        for child in role.children
        if child.dep_ == "compound" and child.i in context.mention_of
    ][:1]


def noun_readings(token: Token, context: StanceContext) -> list[Reading]:
    """Stance nouns: "expressed support for", "faced opposition from", "the only vote
    against", "have concerns about", "filed a lawsuit ... alleging that Elder ..."."""
    if token.pos_ not in {"NOUN", "PROPN"}:
        return []
    cues = context.cues
    lemma = token.lemma_.casefold()
    if lemma in cues.stance_nouns:
        return _stance_noun_readings(token, cues.stance_nouns[lemma], context)
    if lemma in cues.vote_nouns:
        return _vote_noun_readings(token, context)
    if lemma in cues.concern_nouns:
        return _concern_readings(token, cues.concern_nouns[lemma], context)
    if lemma in cues.lawsuit_nouns:
        return _lawsuit_readings(token, context)
    if lemma in cues.intent_nouns:
        return _had_intent_readings(token, context)
    return []


def _had_intent_readings(token: Token, context: StanceContext) -> list[Reading]:
    """ "has plans to expand the airport", "has no intention of closing the hospital", "I
    don't have any intention to cut back": an intent one has is a demand for its act, one
    one has "no" of opposes it (a negated "have" is weighed as any negation). An act that is
    a cue itself ("no plans to veto") is read at its own verb."""
    verb = token.head
    if token.dep_ != "dobj" or verb.lemma_.casefold() != "have":
        return []
    acts = [
        act
        for act in (*token.children, *objects_of_prepositions(token, {"of"}))
        if act.pos_ == "VERB"
        and (act.dep_ == "pcomp" or (act.dep_ == "acl" and infinitive_marker(act) is not None))
        and not is_cue_verb(act, context)
    ]
    polarity: Polarity = (
        "oppose"
        if any(c.dep_ == "det" and c.lower_ in context.cues.negators for c in token.children)
        else "support"
    )
    readings = []
    for act in acts[:1]:
        target = act_target(act, context)
        if target is not None:
            cue = [verb, token, act]
            readings.append(Reading(polarity, target, cue, clause=verb, kind="demand"))
    return readings


def _stance_noun_readings(
    token: Token, polarity: Polarity, context: StanceContext
) -> list[Reading]:
    """ "expressed support for X" (the subject holds); "faced opposition from X" (X holds);
    "Smith's criticism of X" (the owner holds)."""
    cues = context.cues
    owned = _owned_stance(token, polarity, context)
    if owned:
        return owned
    verb = token.head
    if token.dep_ not in DIRECT_OBJECTS or verb.pos_ != "VERB":
        return []
    verb_lemma = verb.lemma_.casefold()
    # "lent her backing to X" parses "to" as the verb's dative
    preps = [c for c in (*token.children, *verb.children) if c.dep_ in {"prep", "dative"}]
    cue = [verb, token, *cue_modifiers(verb, context)]
    if verb_lemma in cues.expressing_verbs:
        objects = [o for p in preps if p.lower_ in AIMED_PREPOSITIONS for o in prep_objects(p)]
        return [
            Reading(polarity, target_of(obj, context), cue, clause=verb, kind="noun")
            for obj in objects[:1]
        ]
    if verb_lemma in cues.receiving_verbs:
        sources = [o for p in preps if p.lower_ == "from" for o in prep_objects(p)]
        subjects = [c for c in verb.children if c.dep_ in {"nsubj", "nsubjpass"}]
        if not sources or not subjects:
            return []
        return [
            Reading(
                polarity,
                target_of(subjects[0], context),
                cue,
                clause=verb,
                kind="noun",
                holders=sources,
            )
        ]
    return []


def _owned_stance(token: Token, polarity: Polarity, context: StanceContext) -> list[Reading]:
    """ "Smith's criticism of the plan", "Germany's support for Kyiv", "repeated her
    criticism of the pipeline": the owner of the stance noun (a pronoun one as the shared
    reference resolver links it) holds it toward the object of its preposition."""
    owners = _owners(token)
    if not owners:
        return []
    objects = objects_of_prepositions(token, AIMED_AT)
    return [
        Reading(
            polarity,
            target_of(obj, context),
            [token],
            clause=token,
            kind="noun",
            holders=owners[:1],
        )
        for obj in objects[:1]
    ]


def _owners(token: Token) -> list[Token]:
    """Who a stance noun is of: its possessor ("Smith's criticism"), the object of its "by"
    or "from" ("attacks by Smith on the plan", "criticism from Smith of the plan"), or the
    subject of a copula it completes ("Smith's speech was an attack on the plan")."""
    owners = [child for child in token.children if child.dep_ == "poss"]
    if owners:
        return owners[:1]
    owners = objects_of_prepositions(token, {"by", "from"})
    if owners:
        return owners[:1]
    if token.dep_ == "attr" and token.head.lemma_ == "be":
        return [child for child in token.head.children if child.dep_ == "nsubj"][:1]
    return []


def _vote_noun_readings(token: Token, context: StanceContext) -> list[Reading]:
    """ "the only vote against the motion", "cast votes for": a vote noun and its preposition."""
    if token.dep_ not in {"attr", "dobj"}:
        return []
    readings = []
    for prep in token.children:
        if prep.dep_ != "prep":
            continue
        polarity = context.cues.prepositions.get(prep.lower_)
        if polarity is None:
            continue
        for obj in prep_objects(prep):
            polarity_through, target_token, extra = reverse_through(obj, polarity, context)
            readings.append(
                Reading(
                    polarity_through,
                    target_of(target_token, context),
                    [token, prep, *extra],
                    clause=token.head,
                    kind="noun",
                )
            )
    return readings


def _concern_readings(token: Token, polarity: Polarity, context: StanceContext) -> list[Reading]:
    """ "have concerns about": a concern noun's polarity toward the object of its preposition."""
    if token.dep_ not in DIRECT_OBJECTS or token.head.pos_ != "VERB":
        return []
    objects = objects_of_prepositions(token, {"about", "over", "with", "regarding"})
    return [
        Reading(
            polarity, target_of(obj, context), [token.head, token], clause=token.head, kind="noun"
        )
        for obj in objects[:1]
    ]


def _lawsuit_readings(token: Token, context: StanceContext) -> list[Reading]:
    """A lawsuit filed against someone, or alleging that someone did wrong, opposes them."""
    verb = token.head
    if token.dep_ not in DIRECT_OBJECTS or verb.pos_ != "VERB":
        return []
    against = [o for p in token.children if p.lower_ == "against" for o in prep_objects(p)]
    accused = [
        subject
        for clause in (*token.children, *verb.children)
        if clause.lemma_.casefold() in context.cues.accusing_verbs
        for complement in clause.children
        if complement.dep_ == "ccomp"
        for subject in complement.children
        if subject.dep_ == "nsubj" and subject.i in context.mention_of
    ]
    return [
        Reading("oppose", target_of(target, context), [verb, token], clause=verb, kind="noun")
        for target in (against or accused)[:1]
    ]
