"""What a stance is toward: the target phrase a token names.

A target is an act ("firing Michael Hanson"), an actor, or a short noun phrase without its
relative clauses and asides but with the clause that says what its decision, plan or claim
is ("the decision to close the clinic"), actors written in their shortest form; a reversal
noun ("an end to the agreement") turns the stance onto what it would end. Targets that only
point back ("it", "the motion") are marked so the candidate builder can resolve them.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from newsfacts.extract.stances.context import StanceContext, Target
from newsfacts.extract.stances.cues import flip, gerund
from newsfacts.extract.syntax import is_nominal, noun_conjuncts, prep_objects
from newsfacts.models.records import Polarity
from newsfacts.pipeline.doc import PEOPLE_WORD

# Dependents left out of a target phrase: clauses and asides describe the target, they are
# not its name ("the agreement that can put immigrants at risk" -> "the agreement").
PHRASE_SKIP_DEPS = {
    "relcl", "acl", "appos", "advcl", "cc", "conj", "parataxis", "dep", "ccomp", "punct", "mark",
}  # fmt: skip


PHRASE_PREPOSITIONS = {"of", "to", "with", "on", "for", "over", "about", "against"}


PHRASE_LIMIT = 12


# The dependents of a target noun that name the actor it belongs to: "Kaepernick's
# decision", and, for a person or an organisation, "his Democratic colleagues", "the GOP
# filibuster"; a place before a noun names its subject as often ("the Russia inquiry").
OWNER_DEPS = {"poss", "compound", "amod"}
OWNING_TYPES = {"PERSON", "ORG", "GROUP"}


HYPHENS = {"-", "–"}


BRACKETS = "[]()“”\"‘’'"


def reverse_through(
    obj: Token, polarity: Polarity, context: StanceContext
) -> tuple[Polarity, Token, list[Token]]:
    """ "an end to the agreement", "a veto on the proposal": a reversal noun turns the
    stance onto what it would end, with the opposite polarity."""
    if obj.lemma_.casefold() in context.cues.reversal_nouns:
        for prep in obj.children:
            if prep.dep_ == "prep" and prep.lower_ in {"to", "of", "on"}:
                objects = prep_objects(prep)
                if objects:
                    return flip(polarity), objects[0], [obj, prep]
    return polarity, obj, []


def target_of(token: Token, context: StanceContext) -> Target:
    """The target a token names: an act ("canceling the contract"), an actor, or a phrase."""
    if token.pos_ in {"VERB", "AUX"}:
        return act_target(token, context) or Target(phrase(token, context))
    mention = context.mention_of.get(token.i)
    if mention is not None and token.pos_ != "PRON":
        return Target(phrase(token, context), mention.kb_id_)
    named = _named_in_apposition(token, context)
    if named is not None:
        return target_of(named, context)
    anaphoric = is_anaphoric(token, context)
    referred = None if anaphoric else referred_actor(token, context)
    if referred is not None:
        return Target(phrase(token, context), referred, referred=True)
    spelled = spelled_out(token)
    if spelled:
        return Target(phrase(token, context).replace(token.text, spelled, 1))
    owner = _named_owner(token, context)
    if owner is None and not anaphoric:
        referred_owner = _referred_owner(token, context)
        if referred_owner is not None:
            return Target(phrase(token, context), referred_owner, referred=True)
    if anaphoric and owner is None:
        return Target(
            phrase(token, context), anaphoric=True, named=named_antecedent(token, context)
        )
    return Target(phrase(token, context), owner)


# Lower-case words an initialism skips: "Deferred Action for Childhood Arrivals" is DACA.
INITIALISM_SKIPS = {"of", "for", "and", "the", "on", "to", "in"}


def spelled_out(token: Token) -> str:
    """The name an initialism stands for where the article wrote it out before: "the ACA"
    after "the Affordable Care Act" is the Affordable Care Act; "" for any other word."""
    letters = token.text
    if token.pos_ not in {"PROPN", "NOUN"} or len(letters) < 2:
        return ""
    if not letters.isupper() or not letters.isalpha():
        return ""
    doc = token.doc
    for start in range(token.i - 1, -1, -1):
        if doc[start].text[:1] != letters[0] or doc[start].is_stop:
            continue
        initials, end = "", start
        while end < token.i and len(initials) < len(letters):
            word = doc[end]
            if word.text[:1].isupper() and word.is_alpha:
                initials += word.text[0]
            elif word.lower_ not in INITIALISM_SKIPS or not initials:
                break
            end += 1
        if initials == letters and end - start > 1:
            return doc[start:end].text
    return ""


def named_antecedent(token: Token, context: StanceContext) -> str:
    """What the article called the thing a bare "the bill" or "the plan" points back to: the
    last noun of the same word before it that says which one it is ("a bill to expand
    Medicaid", "the governor's housing plan") or, for a statute, the last statute it named
    ("the law" after "the Clean Water Act"); nothing when the article never said."""
    lemma = token.lemma_.casefold()
    if token.pos_ != "NOUN" or lemma not in context.cues.anaphoric_heads:
        return ""
    statute = lemma in context.cues.statute_nouns
    for index in range(token.i - 1, -1, -1):
        earlier = token.doc[index]
        if statute and _names_a_statute(earlier, context):
            return phrase(earlier, context)
        if (
            earlier.lemma_ == token.lemma_
            and earlier.pos_ == "NOUN"
            and not is_anaphoric(earlier, context)
        ):
            return phrase(earlier, context)
    return ""


def _names_a_statute(token: Token, context: StanceContext) -> bool:
    """A statute's name: a capitalised statute noun closing a name ("the Clean Water Act",
    "the Pay Our Military Act")."""
    return (
        token.pos_ == "PROPN"
        and token.lemma_.casefold() in context.cues.statute_nouns
        and any(child.dep_ == "compound" for child in token.children)
    )


def _named_owner(token: Token, context: StanceContext) -> str | None:
    """The actor named as the owner of a target ("slammed Kaepernick's decision", "backed
    the GOP filibuster"): opposing what an actor decided or did is a stance toward that
    actor, as acting on its object is ("firing Michael Hanson")."""
    return next(
        (
            context.mention_of[child.i].kb_id_
            for child in token.children
            if child.dep_ in OWNER_DEPS
            and child.i in context.mention_of
            and child.pos_ != "PRON"
            and _owns(child, context)
        ),
        None,
    )


def _referred_owner(token: Token, context: StanceContext) -> str | None:
    """The actor a possessive refers to without naming it ("criticised the senator's new
    role", "said his statements were inappropriate"), as the shared resolver reads the
    possessive: what an actor said or did stands for the actor, as a named owner does."""
    for child in token.children:
        if child.dep_ == "poss" and child.i not in context.mention_of:
            reference = context.resolver.resolve(child)
            if reference.kind in TARGET_LINKS and reference.actor_id is not None:
                return reference.actor_id
    return None


def _owns(modifier: Token, context: StanceContext) -> bool:
    """A possessive names an owner; a name before a noun does when it is no place."""
    actor_type = context.actor_type(context.mention_of[modifier.i].kb_id_)
    return modifier.dep_ == "poss" or actor_type in OWNING_TYPES


def _named_in_apposition(token: Token, context: StanceContext) -> Token | None:
    """The actor a description is set beside: "blamed the candidate, Jon Ossoff" blames
    Ossoff, "praised the regulator, the FCA" praises the FCA."""
    return next(
        (
            child
            for child in token.children
            if child.dep_ == "appos"
            and child.i in context.mention_of
            and child.pos_ != "PRON"
            and not noun_conjuncts(child)
        ),
        None,
    )


def listed_after(token: Token) -> list[Token]:
    """The items of a list the parse hangs as an apposition with conjuncts of its own:
    "accused the agency, the governor and the mayor" reads "the governor" as set beside
    "the agency" and "the mayor" as joined to the governor, but all three are accused."""
    for child in token.children:
        if child.dep_ == "appos" and is_nominal(child) and noun_conjuncts(child):
            return [child, *noun_conjuncts(child)]
    return []


# How a target word may be linked to an actor it does not name: a personal pronoun, or a
# description the article has used for that actor ("praised the vice president").
TARGET_LINKS = {"pronoun", "speaker", "description"}


def referred_actor(token: Token, context: StanceContext) -> str | None:
    """The actor a target word refers to without naming it: "criticised him", "praised the
    vice president", "accused the company", as the shared reference resolver decides; a
    possessive ("his plan") is the plan, not the person."""
    if token.dep_ == "poss" or token.lower_ in context.cues.pointing_words:
        return None
    reference = context.resolver.resolve(token)
    return reference.actor_id if reference.kind in TARGET_LINKS else None


def subject_target(subjects: list[Token], context: StanceContext) -> Target:
    """The target of a judged subject; "[the non-renewal]" comes parsed as several subjects."""
    if len(subjects) == 1:
        return target_of(subjects[0], context)
    doc = subjects[0].doc
    text = _clean(doc[subjects[0].left_edge.i : subjects[-1].i + 1].text)
    return Target(text)


def act_target(verb: Token, context: StanceContext) -> Target | None:
    """ "voting to fire Superintendent Michael Hanson" -> "firing Michael Hanson"."""
    if verb.lemma_.casefold() in context.cues.neutral or verb.lemma_ in {"be", "have", "do"}:
        return None
    objects = [c for c in verb.children if c.dep_ in {"dobj", "nsubjpass"}]
    particles = " ".join(c.lower_ for c in verb.children if c.dep_ == "prt")
    words = [gerund_of(verb), particles, *(phrase(o, context) for o in objects[:1])]
    if not objects:
        objects = _prepositional_objects(verb)[:1]
        words += [objects[0].head.lower_, phrase(objects[0], context)] if objects else []
    actor = context.mention_of.get(objects[0].i) if objects else None
    return Target(
        " ".join(w for w in words if w),
        actor.kb_id_ if actor is not None else None,
        anaphoric=bool(objects) and is_anaphoric(objects[0], context),
    )


def _prepositional_objects(verb: Token) -> list[Token]:
    """What an act without an object is done to or for: the objects of its prepositions
    ("paying for the new roads", "siding with the union")."""
    return [
        obj
        for prep in verb.children
        if prep.dep_ == "prep" and prep.lower_ in PHRASE_PREPOSITIONS
        for obj in prep_objects(prep)
    ]


def clause_target(clause: Token, context: StanceContext) -> Target:
    """A reported clause as a target, its first words without the "that" before them:
    "denied that the overspend was on target" -> "the overspend was on target"."""
    indices = [t.i for t in clause.subtree if not (t.dep_ == "mark" and t.head.i == clause.i)]
    return Target(_render(indices[:PHRASE_LIMIT], clause.doc, context))


def gerund_of(verb: Token) -> str:
    """The -ing form of a verb as an act in a target ("firing" of "fire")."""
    return verb.lower_ if verb.tag_ == "VBG" else gerund(verb.lemma_)


def is_anaphoric(token: Token, context: StanceContext) -> bool:
    """A target that only points back: "it", "this legislation", "the motion"."""
    if token.lower_ in context.cues.pointing_words:
        return True
    determiners = {c.lower_ for c in token.children if c.dep_ in {"det", "predet", "amod"}}
    if determiners & context.cues.demonstratives:
        return True
    determiners = {c.lower_ for c in token.children if c.dep_ == "det"}
    modifiers = [c for c in token.children if c.dep_ not in {"det", "punct"}]
    return (
        token.lemma_.casefold() in context.cues.anaphoric_heads
        and determiners <= {"the"}
        and not modifiers
    )


def phrase(token: Token, context: StanceContext) -> str:
    """A short name for the thing `token` heads: its noun phrase without relative clauses or
    asides, actors written in their shortest form ("the city's contract with ICE")."""
    keep: set[int] = set()

    def visit(node: Token, depth: int) -> None:
        keep.add(node.i)
        for child in node.children:
            if (
                child.dep_ in PHRASE_SKIP_DEPS
                and child.text not in HYPHENS
                and not is_noun_complement(child, context)
            ):
                continue
            if (
                child.dep_ == "prep"
                and child.pos_ == "ADP"
                and (depth >= 2 or child.lower_ not in PHRASE_PREPOSITIONS)
            ):
                continue
            visit(child, depth + (child.dep_ == "prep"))

    visit(token, 0)
    purpose = measure_purpose(token, context)
    if purpose is not None:
        visit(purpose, 1)
    return _render(sorted(keep)[:PHRASE_LIMIT], token.doc, context)


def measure_purpose(noun: Token, context: StanceContext) -> Token | None:
    """The infinitive that says what a measure does where the parse hangs it elsewhere: on
    a participle describing the measure ("a bill passed by Congress to end the aid") or on
    the verb right after it ("voted against the bill to expand Medicaid")."""
    if noun.lemma_.casefold() not in context.cues.anaphoric_heads:
        return None
    hosts = [child for child in noun.children if child.dep_ == "acl" and child.tag_ == "VBN"]
    if noun.dep_ in {"dobj", "pobj"}:
        hosts.append(noun.head.head if noun.dep_ == "pobj" else noun.head)
    for host in hosts:
        for clause in host.children:
            if (
                clause.dep_ in {"advcl", "xcomp"}
                and clause.i > noun.i
                and clause.left_edge.tag_ == "TO"
                and clause.left_edge.i <= noun.right_edge.i + 1
                and not any(c.dep_ in {"nsubj", "nsubjpass"} for c in clause.children)
            ):
                return clause
    return None


def is_noun_complement(clause: Token, context: StanceContext) -> bool:
    """ "the decision to delete the records", "his plan to extend protections", "the notion
    that the tax is fair", "a law banning plastic bags": a clause that says what a noun's
    decision, plan, claim or statute is, part of the target; a participle or relative
    clause only describes anything else ("a letter condemning the bill", "the deal that
    passed")."""
    if clause.dep_ != "acl" or clause.pos_ not in {"VERB", "AUX"}:
        return False
    if clause.tag_ == "VBG" and clause.head.lemma_.casefold() in context.cues.statute_nouns:
        return True
    return any(
        child.tag_ == "TO" or (child.dep_ == "mark" and child.lower_ == "that")
        for child in clause.children
    )


def _render(indices: list[int], doc: Doc, context: StanceContext) -> str:
    """The words at `indices`, each actor mention replaced once by the actor's short name
    (a people's word stays as written: "Israeli strikes", not "Israel strikes")."""
    parts: list[str] = []
    done: set[int] = set()
    for position, index in enumerate(indices):
        if index in done:
            continue
        mention = context.mention_of.get(index)
        if mention is not None and doc[index].pos_ != "PRON" and mention.label_ != PEOPLE_WORD:
            text = context.short_names[mention.kb_id_]
            done.update(range(mention.start, mention.end))
            last = mention.end - 1
        else:
            text, last = doc[index].text, index
        parts.append(text)
        # the next word written, past the rest of a mention just written out
        following = next((i for i in indices[position + 1 :] if i > last), None)
        if following is not None and (following > last + 1 or doc[last].whitespace_):
            parts.append(" ")
    return _clean("".join(parts))


def _clean(text: str) -> str:
    """A target phrase without brackets, quote marks and stray commas at its ends."""
    return " ".join(text.replace("[", " ").replace("]", " ").split()).strip(BRACKETS + " ,")
