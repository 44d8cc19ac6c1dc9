"""Judgments: naming verbs, and evaluative words inside quotes held by the quote's speaker.

"called the plan a disaster", "The use of it was immoral", "this harmful legislation",
"will only hurt", "a step in the right direction". Outside quotes judging words are the
reporter's, and no actor's stance.
"""

from __future__ import annotations

from spacy.tokens import Token

from newsfacts.extract.stances.context import Reading, StanceContext, Target
from newsfacts.extract.stances.cues import flip
from newsfacts.extract.stances.modality import negates_clause
from newsfacts.extract.stances.targets import clause_target, subject_target, target_of
from newsfacts.extract.stances.tree import cue_modifiers
from newsfacts.extract.syntax import DIRECT_OBJECTS, objects_of_prepositions, prep_objects
from newsfacts.models.records import Polarity

WH_TAGS = {"WP", "WDT", "WRB"}  # "what", "who", "which", "how", "why"


def naming_readings(token: Token, context: StanceContext) -> list[Reading]:
    """ "called the plan a disaster", "calling it a mistake": the subject judges the object."""
    if token.pos_ != "VERB" or token.lemma_.casefold() not in context.cues.naming_verbs:
        return []
    objects = [child for child in token.children if child.dep_ in DIRECT_OBJECTS]
    if not objects:
        return []
    complements = [
        child
        for child in token.children
        if child.dep_ in {"oprd", "xcomp", "ccomp", "attr", "advcl"}
        # "labeling Hammond “a bigot”": the parse may make the name a second object
        or (child.dep_ == "dobj" and child.i > objects[0].i)
    ]
    for child in [*complements, *_named_as(token, objects[0])]:
        polarity = _judgment(child, context) or _evaluative_phrase(child, context)
        judging = [child]
        if polarity is None:
            polarity, judging = _judged_by_modifiers(child, context)
        if polarity:
            named = child if _is_free_relative(objects[0], context) else objects[0]
            return [
                Reading(
                    polarity,
                    target_of(named, context),
                    [token, *cue_modifiers(token, context), *judging],
                    clause=token,
                    kind="evaluation",
                )
            ]
    return []


def _is_free_relative(word: Token, context: StanceContext) -> bool:
    """ "what she called radical terrorism": "what" stands for the thing named, so the name
    given is the target ("who", "which" and "that" point at a noun the resolver reads)."""
    return word.tag_ == "WP" and word.lower_ not in context.resolver.words.relative_pronouns


def _named_as(verb: Token, named: Token) -> list[Token]:
    """The words a naming gives through "as", below the verb or its object: "described the
    plan as a betrayal", "branded the proposals as unfair", "described the claim as
    baseless" (the parse makes the adjective a modifier of "as")."""
    return [
        word
        for prep in (*verb.children, *named.children)
        if prep.dep_ == "prep" and prep.lower_ == "as"
        for word in prep.children
        if word.dep_ in {"pobj", "amod", "acomp"}
    ][:1]


def _judged_by_modifiers(
    noun: Token, context: StanceContext
) -> tuple[Polarity | None, list[Token]]:
    """The judgment a naming complement makes through its adjectives and its "of" object
    when its head word judges nothing ("called the shooting a senseless act of evil",
    "called him a man of great courage"; every judging word must agree), and the words
    that make it, in text order."""
    if noun.pos_ != "NOUN":
        return None, []
    words = [child for child in noun.children if child.dep_ == "amod"]
    words += objects_of_prepositions(noun, {"of"})
    judged = [(word, _judgment(word, context)) for word in words]
    found = {polarity for _, polarity in judged if polarity}
    if len(found) != 1:
        return None, []
    return found.pop(), sorted([noun, *(word for word, polarity in judged if polarity)])


def _judgment(token: Token, context: StanceContext) -> Polarity | None:
    """The polarity of an evaluative word, by its form or its lemma: the hand-written
    judgments first, then, for adjectives and nouns, the polarity lexicon ("lazy",
    "a betrayal")."""
    table = context.cues.evaluative
    lemma = token.lemma_.casefold()
    judged = table.get(token.lower_) or table.get(lemma)
    if judged is None and token.pos_ in {"ADJ", "NOUN"}:
        return context.polarity.of(token.lower_, lemma)
    return judged


def evaluation_readings(token: Token, context: StanceContext) -> list[Reading]:
    """Judging words inside a quote, held by its speaker: "The use of it was immoral",
    "these bills are bad", "this harmful legislation", "will only hurt", "a step in the
    right direction". Outside quotes they are the reporter's words, and no actor's stance."""
    if context.speaker_at(token) is None:
        return []
    cues = context.cues
    words = {token.lower_, token.lemma_.casefold()}
    modifier = next(
        (cues.evaluative_modifiers[w] for w in words if w in cues.evaluative_modifiers), None
    )
    if modifier and token.dep_ == "amod" and token.head.pos_ in {"NOUN", "PROPN"}:
        return [_evaluation(modifier, target_of(token.head, context), [token], token.head)]
    judged = _judgment(token, context) if token.dep_ in {"acomp", "attr"} else None
    if judged:
        return _predicate_evaluation(token, judged, token.head, context)
    phrase = _phrase_match(token, context) if token.dep_ in {"attr", "prep", "acomp"} else None
    if phrase:
        return _predicate_evaluation(token, phrase[0], token.head, context, phrase[1])
    verb_polarity = _evaluative_verb(token, context)
    if verb_polarity:
        return _verb_evaluation(token, verb_polarity, context)
    return []


def _evaluation(polarity: Polarity, target: Target, cue: list[Token], clause: Token) -> Reading:
    """A judgment held by the speaker of the quote it stands in."""
    return Reading(polarity, target, cue, clause=clause, kind="evaluation", speaker_holds=True)


def _evaluative_phrase(token: Token, context: StanceContext) -> Polarity | None:
    """ "a step in the right direction", "in the best interest of": phrases in a predicate."""
    found = _phrase_match(token, context)
    return found[0] if found else None


def _phrase_match(token: Token, context: StanceContext) -> tuple[Polarity, list[Token]] | None:
    """The polarity of the evaluative phrase in `token`'s subtree, and the words from `token`
    to the phrase's end ("step in the right direction")."""
    words = list(token.subtree)
    lowered = [t.lower_ for t in words]
    for key, polarity in context.cues.evaluative_phrases.items():
        parts = key.split()
        for start in range(len(words) - len(parts) + 1):
            if lowered[start : start + len(parts)] == parts:
                last = words[start + len(parts) - 1]
                first = min(token.i, words[start].i)
                return polarity, list(token.doc[first : last.i + 1])
    return None


def _predicate_evaluation(
    token: Token,
    polarity: Polarity,
    copula: Token,
    context: StanceContext,
    words: list[Token] | None = None,
) -> list[Reading]:
    """The subject of "X is immoral" is the target; a non- subject flips it ("the
    non-renewal is a step in the right direction" supports ending the renewal)."""
    about = objects_of_prepositions(token, {"about"})
    subjects = [child for child in copula.children if child.dep_ in {"nsubj", "csubj"}]
    felt = _felt_about(token, copula, subjects, context)
    if about:
        target = target_of(about[0], context)
    elif felt is not None:
        target = felt
    elif not subjects or subjects[0].tag_ in WH_TAGS or _is_extraposed(subjects[0], copula):
        return []
    else:
        target = subject_target(subjects, context)
    if target.text.casefold().startswith(("non-", "the non-", "non ")):
        # "the non-renewal" points back at the decision the story is about
        polarity = flip(polarity)
        text = target.text.split("non", 1)[1].lstrip("- ")
        target = Target(text, anaphoric=target.text.casefold().startswith("the "))
    cue = words or [*[c for c in token.children if c.dep_ in {"advmod", "amod"}], token]
    return [_evaluation(polarity, target, cue, copula)]


def _felt_about(
    adjective: Token, copula: Token, subjects: list[Token], context: StanceContext
) -> Target | None:
    """What a speaker's own state of mind is about: "I'm hopeful we can pass a bill", "I am
    confident in the plan's odds". A speaker who says how they feel takes a stance toward
    what the feeling is about, not toward themselves; of anyone else the same words judge
    ("they were wrong in certain areas")."""
    if not subjects or subjects[0].lower_ not in context.resolver.words.first_person_pronouns:
        return None
    for child in adjective.children:
        if child.dep_ == "prep" and child.lower_ in context.cues.experiencer_prepositions:
            objects = prep_objects(child)
            if objects:
                return target_of(objects[0], context)
    clause = next(
        (
            child
            for child in (*adjective.children, *copula.children)
            if child.dep_ == "ccomp" and child.i > adjective.i
        ),
        None,
    )
    return clause_target(clause, context) if clause is not None else None


def _is_extraposed(subject: Token, copula: Token) -> bool:
    """ "It's ridiculous how much plastic is on the beach": "it" stands for a clause."""
    return subject.lower_ == "it" and any(
        child.dep_ in {"ccomp", "xcomp", "csubj"} for child in copula.subtree if child != copula
    )


def _evaluative_verb(token: Token, context: StanceContext) -> Polarity | None:
    """The polarity of a judging verb, with its particle when it has one ("shut out")."""
    if token.pos_ != "VERB":
        return None
    table = context.cues.evaluative_verbs
    # "shut the public out of": the particle is often parsed as a preposition
    particles = [child.lower_ for child in token.children if child.dep_ in {"prt", "prep"}]
    keys = [f"{token.lemma_.casefold()} {p}" for p in particles] + [token.lemma_.casefold()]
    return next((table[key] for key in keys if key in table), None)


def _verb_evaluation(token: Token, polarity: Polarity, context: StanceContext) -> list[Reading]:
    """ "these dangerous pieces of legislation will only hurt ...": the doer is judged."""
    clause = token
    for _ in range(2):
        subjects = [c for c in clause.children if c.dep_ == "nsubj"]
        if subjects:
            break
        if clause.dep_ not in {"xcomp", "conj", "pcomp"} or clause.head.lemma_ == "be":
            return []
        clause = clause.head.head if clause.dep_ == "pcomp" else clause.head
    else:
        return []
    # "difficult for our police department to solve crimes" judges nothing the police do
    if clause.dep_ in {"advcl", "relcl", "amod", "csubj"} or clause.head.pos_ == "ADJ":
        return []
    subject = subjects[0]
    if subject.lower_ in context.resolver.words.first_person_pronouns or subject.tag_ in WH_TAGS:
        return []
    if _is_extraposed(subject, clause):
        return []
    cue = [*[c for c in token.children if c.dep_ in {"prt", "neg"}], token]
    cue += [
        c
        for c in token.children
        if c.dep_ == "prep" and f"{token.lemma_} {c.lower_}" in context.cues.evaluative_verbs
    ]
    reading = _evaluation(polarity, subject_target(subjects, context), cue, clause)
    reading.negations = int(negates_clause(token, context))
    return [reading]
