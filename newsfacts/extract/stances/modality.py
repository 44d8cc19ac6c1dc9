"""Whether a reading still stands: its subject, negation and scope.

From the cue's clause the reading climbs through control verbs ("chose not to renew") to the
clause that has a subject, counting negations and refusal verbs on the way; hedges,
conditionals, unasserted clauses, neutral verbs and denials cancel it.
"""

from __future__ import annotations

from collections.abc import Collection

from spacy.tokens import Token

from newsfacts.extract.stances.context import Reading, StanceContext
from newsfacts.extract.stances.cues import negate
from newsfacts.extract.stances.tree import cue_modifiers
from newsfacts.extract.syntax import DIRECT_OBJECTS, SUBJECTS, has_negation
from newsfacts.models.records import Polarity

CONTROL_DEPS = {"xcomp", "advcl", "ccomp"}

# The readings of what a clause's subject does (votes, acts, demands, the lean of its verb
# toward another actor), not of what the one reporting it judges.
ACT_KINDS = {"act", "attitude", "preposition", "demand", "tone"}


def climb_to_subject(
    reading: Reading, context: StanceContext
) -> tuple[Reading, list[Token]] | None:
    """Climb from the cue's clause through control verbs ("chose not to renew", "wants to
    withhold", "in voting to fire") to the clause that has a subject, collecting negations
    and cancelling under neutral verbs ("to discuss")."""
    if reading.holders is not None or reading.speaker_holds:
        reading.negations += int(negates_clause(reading.clause, context))
        return reading, reading.holders or []
    clause = reading.clause
    negations = int(negates_clause(clause, context))
    cue = list(reading.cue)
    for _ in range(6):
        subjects = (
            subjects_of(clause) or _owner_of_intent(clause, context) or _suspects(clause, context)
        )
        if subjects:
            reading.clause, reading.negations, reading.cue = clause, negations, cue
            if obliged(clause, context) and context.speaker_at(clause) is not None:
                # "'The government should accept the deal,' Roe said" is Roe's support
                reading.speaker_holds = True
                return reading, []
            return reading, subjects
        if clause.dep_ == "pcomp" and clause.head.lower_ in context.cues.prepositions:
            return None  # "voted against canceling": read by the preposition, not the verb
        governor = _governor(clause)
        if governor is None:
            return None
        lemma = governor.lemma_.casefold()
        # "refused to sign" flips the signing; "refused to sign ... and urged" does not
        controls = clause.dep_ in CONTROL_DEPS or clause.dep_ == "pcomp"
        if controls and lemma in context.cues.neutral:
            return None
        if controls and (lemma in context.cues.flip_verbs or negates_clause(governor, context)):
            negations += 1
        if governor.pos_ == "VERB" and clause.dep_ in CONTROL_DEPS:
            cue = [governor, *cue_modifiers(governor, context), *cue]
        clause = governor
    return None


def obliged(clause: Token, context: StanceContext) -> bool:
    """ "The government should accept the deal": a clause of obligation says what someone
    wants its subject to do, not what the subject does. Inside a quote that someone is the
    speaker; outside one the subject is kept (news copy writes "Roe should have backed it"
    for Roe's own stance as often as for the writer's)."""
    modals = context.cues.obligation_modals
    return any(child.dep_ == "aux" and child.lower_ in modals for child in clause.children)


def _governor(clause: Token) -> Token | None:
    """The verb whose subject a subjectless clause shares."""
    if clause.dep_ in {"xcomp", "advcl", "conj", "ccomp"}:
        return clause.head
    if clause.dep_ == "pcomp":
        holder = clause.head.head
        return holder if holder.pos_ in {"VERB", "AUX"} else None
    if clause.dep_ == "acl" and clause.head.dep_ in DIRECT_OBJECTS:
        return clause.head.head
    return None


def _owner_of_intent(clause: Token, context: StanceContext) -> list[Token]:
    """ "Roe's attempt to praise Poe", "his decision to fire Poe": the owner of a noun of
    intent whose infinitive clause this is does what the clause says (not the subject of a
    verb above it: "criticized Roe's decision to fire Poe" is Roe firing Poe). A refusal
    is no intent ("the city's refusal to honor" honors nothing)."""
    if clause.dep_ != "acl" or clause.head.lemma_.casefold() not in context.cues.intent_nouns:
        return []
    if not any(c.dep_ == "aux" and c.tag_ == "TO" for c in clause.children):
        return []
    return [child for child in clause.head.children if child.dep_ == "poss"][:1]


def _suspects(clause: Token, context: StanceContext) -> list[Token]:
    """ "those suspected of supporting Poe", "a man accused of backing the coup": what
    they are suspected of is the suspects' doing, not that of the verb above them."""
    # the participle of one suspected, not of one accusing ("a report accusing Roe of ...")
    if clause.tag_ != "VBN" or clause.dep_ != "acl":
        return []
    if clause.lemma_.casefold() not in context.cues.suspicion_verbs:
        return []
    return [clause.head]


def subjects_of(clause: Token) -> list[Token]:
    """The subjects of a clause; an adjective complement ("are glad") takes its verb's."""
    subjects = [child for child in clause.children if child.dep_ in SUBJECTS]
    if clause.dep_ == "acomp" and not subjects:
        subjects = [child for child in clause.head.children if child.dep_ in SUBJECTS]
    return subjects


def negates_clause(token: Token, context: StanceContext) -> bool:
    """ "will not renew", "weren't thorough", "never", "no longer"."""
    heads = [token]
    if token.dep_ in {"acomp", "attr"} or (token.head.lemma_ == "be" and token.dep_ == "prep"):
        heads.append(token.head)
    negators = context.cues.negators
    return any(has_negation(head, negators) or _lapsed(head, negators) for head in heads)


def _lapsed(token: Token, negators: Collection[str]) -> bool:
    """ "is no longer supporting": an adverb the parse negates on its own ("no" below
    "longer"), which negates the verb only where the two words are a negator together
    ("no matter what" negates nothing)."""
    return any(
        child.dep_ == "advmod"
        and any(
            f"{neg.lower_} {child.lower_}" in negators
            for neg in child.children
            if neg.dep_ == "neg"
        )
        for child in token.children
    )


def apply_negations(reading: Reading) -> Polarity | None:
    """The polarity left after each negation of the reading; None once it says nothing."""
    polarity: Polarity | None = reading.polarity
    for _ in range(reading.negations):
        polarity = negate(polarity) if polarity else None
    return polarity


def cancelled(reading: Reading, context: StanceContext) -> bool:
    """Whether the stance is only considered, hedged, conditional or denied: "could",
    "would support it only if", "whether", "to discuss", "denied that", "did not say"."""
    cues = context.cues
    clause = reading.clause
    chain = [clause, *clause.ancestors]
    for index, node in enumerate(chain):
        children = list(node.children)
        if any(c.dep_ == "aux" and c.lower_ in cues.hedge_modals for c in children):
            return True
        if any(c.dep_ == "mark" and c.lower_ in cues.unasserted_marks for c in children):
            return True
        if index == 0 and any(
            c.dep_ == "advcl"
            and any(m.dep_ == "mark" and m.lower_ in cues.conditional_marks for m in c.children)
            for c in children
        ):
            return True
        # "questioned their motives and accused them": a verb beside, not above, the cue
        coordinated = index > 0 and chain[index - 1].dep_ == "conj"
        if index > 0 and node.pos_ == "VERB" and not coordinated and _denies(node, context):
            return True
        if index > 0 and reading.kind in ACT_KINDS and _alleges(node, chain[index - 1], context):
            return True
    return False


def _alleges(node: Token, below: Token, context: StanceContext) -> bool:
    """Whether a verb above an act only alleges it, through the clause `below` it: "a
    lawsuit alleging that the sheriff had imprisoned them" is the plaintiffs' charge, not a
    stance the text gives the sheriff (the judgment of the one alleging, "alleged the police
    are guilty", is theirs and stands, and so is an act beside the allegation: "when she
    subpoenaed the firm, she alleged ...")."""
    return (
        below.dep_ == "ccomp"
        and node.pos_ == "VERB"
        and node.lemma_.casefold() in context.cues.accusing_verbs
    )


def _denies(node: Token, context: StanceContext) -> bool:
    """Whether a verb above a reading leaves what it governs unasserted: weighed ("to
    discuss"), denied ("denied that") or negated ("did not say")."""
    lemma = node.lemma_.casefold()
    return (
        lemma in context.cues.neutral
        or lemma in context.cues.denial_verbs
        or negates_clause(node, context)
    )
