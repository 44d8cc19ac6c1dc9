"""Stance verbs: actions, passives, enabling verbs, verb-preposition pairs and demands.

"vetoed Bill 1079", "were passed by the City Council", "cannot allow the agreement to
continue", "voted against canceling", "ruled in favor of", "voted to fire", "stopped paying".
"""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Token

from newsfacts.extract.stances.context import Reading, StanceContext
from newsfacts.extract.stances.targets import (
    act_target,
    clause_target,
    gerund_of,
    listed_after,
    measure_purpose,
    reverse_through,
    target_of,
)
from newsfacts.extract.stances.tree import cue_modifiers
from newsfacts.extract.syntax import (
    DIRECT_OBJECTS,
    NOMINAL_SUBJECTS,
    infinitive_marker,
    is_nominal,
    is_passive,
    noun_conjuncts,
    prep_objects,
)
from newsfacts.models.records import Polarity

# The dependents by which a clause hangs below a demand verb or its object: a thing asked
# for with one of them is read through that clause.
CLAUSE_DEPS = frozenset({"xcomp", "ccomp", "oprd", "advcl", "acl"})


def verb_readings(token: Token, context: StanceContext) -> list[Reading]:
    """A stance verb and its object: "vetoed Bill 1079", "passed by the City Council"."""
    cues = context.cues
    lemma = _verb_lemma(token, context)
    polarity = cues.verbs.get(lemma)
    if polarity is None or token.pos_ != "VERB" or token.dep_ in {"amod", "compound"}:
        return []
    kind = "attitude" if lemma in cues.attitude_verbs else "act"
    act = None if kind == "attitude" else gerund_of(token)
    if is_passive(token):
        return _passive_readings(token, polarity, kind, act, context)
    if token.dep_ == "relcl" and _acts_on_relative_pronoun(token, context):
        return [_acted_on_reading(token, token.head, polarity, kind, context, token.i, act)]
    if not _reads_as_clause(token, context):
        return []
    objects = _withheld_from(token, context) or _objects(token, context)
    if lemma in cues.penalty_verbs:
        # the sum is what a fine costs, not what it opposes: "EE fined £2.7 million" (a
        # headline's passive) takes no stance, "fined the bank $5m" opposes the bank
        objects = [obj for obj in objects if obj.ent_type_ != "MONEY"]
        objects += [child for child in token.children if child.dep_ == "dative"]
    return [_acted_on_reading(token, obj, polarity, kind, context, token.i, act) for obj in objects]


def disputing_readings(token: Token, context: StanceContext) -> list[Reading]:
    """A claim disputed is opposed: "dismissed claims that the minister awarded the
    contracts", "denied the allegations", "denied that the overspend was on target". Only a
    claim noun or a reported clause is read: "dismissed the manager" is no dispute."""
    cues = context.cues
    if (
        token.pos_ != "VERB"
        or token.lemma_.casefold() not in cues.disputing_verbs
        or token.dep_ in {"amod", "compound"}
        or is_passive(token)
        or not _reads_as_clause(token, context)
    ):
        return []
    # a claim of an actor's is read by the polarity lexicon where it rates the verb
    rated = context.polarity.of(token.lower_, token.lemma_.casefold()) is not None
    claims = [
        obj
        for obj in _objects(token, context)
        if obj.lemma_.casefold() in cues.claim_nouns and not (rated and _of_an_actor(obj, context))
    ]
    readings = [
        _acted_on_reading(token, claim, "oppose", "attitude", context, token.i) for claim in claims
    ]
    if not claims and token.lemma_.casefold() in cues.denial_verbs:
        readings += [
            Reading(
                polarity="oppose",
                target=clause_target(clause, context),
                cue=[token, *cue_modifiers(token, context)],
                clause=token,
                kind="denial",
            )
            for clause in token.children
            if clause.dep_ == "ccomp" and _reported_with_that(clause)
        ][:1]
    return readings


def _reported_with_that(clause: Token) -> bool:
    """Whether a clause is reported with "that" ("denied that the meeting took place"), not
    a quote or a clause the parse hangs below the verb, and is about a thing: denying what
    a pronoun did ("denied that it had backed the freeze") says what the denier did not
    do, not what it opposes."""
    marked = any(child.dep_ == "mark" and child.lower_ == "that" for child in clause.children)
    subjects = [child for child in clause.children if child.dep_ in NOMINAL_SUBJECTS]
    return marked and bool(subjects) and subjects[0].pos_ != "PRON"


def warning_readings(token: Token, context: StanceContext) -> list[Reading]:
    """What a warning is against is opposed: the thing said to be about to do harm ("warned
    that the plan could be blown over", "cautioned that doubling the threshold would be
    excessive"), and the actor warned not to act or against acting ("warned the White House
    not to count on", "warned Trump against using the memo")."""
    if token.pos_ != "VERB" or not _reports_against(token, context.cues.warning_verbs, context):
        return []
    about = [_warned_about(clause) for clause in token.children if clause.dep_ == "ccomp"]
    warned = [thing for thing in about if thing is not None]
    warned += [obj for obj in token.children if _warned_off(token, obj, context)]
    return _opposing_the_first(token, warned, context)


def alleging_readings(token: Token, context: StanceContext) -> list[Reading]:
    """An actor alleged to have done something is opposed by the one who alleges it:
    "Core Wireless alleged Apple infringed its patents", "officials charged that Russia had
    interfered". Only a reported clause whose subject is a named actor is read."""
    if not _reports_against(token, context.cues.accusing_verbs, context):
        return []
    alleged = [
        subject
        for clause in token.children
        if clause.dep_ == "ccomp"
        for subject in clause.children
        if subject.dep_ == "nsubj" and subject.i in context.mention_of and subject.pos_ != "PRON"
    ]
    return _opposing_the_first(token, alleged, context)


def _reports_against(token: Token, lemmas: frozenset[str], context: StanceContext) -> bool:
    """Whether `token` is an active verb of `lemmas` (a warning, an allegation) that heads a
    clause of its own, not a modifier of a noun ("a warning sign")."""
    return (
        token.lemma_.casefold() in lemmas
        and token.dep_ not in {"amod", "compound"}
        and not is_passive(token)
        and _reads_as_clause(token, context)
    )


def _opposing_the_first(token: Token, things: list[Token], context: StanceContext) -> list[Reading]:
    """The opposing attitude `token` shows toward the first of `things`, if any."""
    return [
        Reading(
            polarity="oppose",
            target=target_of(thing, context),
            cue=[token, *cue_modifiers(token, context)],
            clause=token,
            kind="attitude",
        )
        for thing in things[:1]
    ]


def _warned_about(clause: Token) -> Token | None:
    """The subject a warning's clause says could or would do something ("the plan" of "the
    plan could fail"): a thing, not a pronoun, and only where a modal says it is to come."""
    subjects = [c for c in clause.children if c.dep_ in {"nsubj", "nsubjpass", "csubj"}]
    modal = any(c.dep_ == "aux" and c.tag_ == "MD" for c in clause.children)
    if not subjects or not modal or subjects[0].pos_ == "PRON":
        return None
    return subjects[0]


def _warned_off(verb: Token, obj: Token, context: StanceContext) -> bool:
    """Whether `obj` is an actor warned not to act ("warned Roe not to run") or against
    acting ("warned Roe against running")."""
    if obj.dep_ not in DIRECT_OBJECTS or obj.i not in context.mention_of or obj.pos_ == "PRON":
        return False
    return any(
        (c.dep_ == "xcomp" and any(n.dep_ == "neg" for n in c.children))
        or (c.dep_ == "prep" and c.lower_ == "against")
        for c in verb.children
    )


def affected_readings(token: Token, context: StanceContext) -> list[Reading]:
    """A verb of feeling caused: "the ruling angered the union", "the plan has delighted
    Roe" are the stance of the one who feels (the object, or the subject of the passive,
    "Roe was angered by the decision") toward what made them feel so."""
    polarity = context.cues.affecting_verbs.get(token.lemma_.casefold())
    if polarity is None or token.dep_ in {"amod", "compound"}:
        return []
    if is_passive(token):
        feeling = [c for c in token.children if c.dep_ == "nsubjpass"]
        causes = [o for c in token.children if c.dep_ == "agent" for o in prep_objects(c)]
    else:
        feeling = [c for c in token.children if c.dep_ == "dobj"]
        causes = [c for c in token.children if c.dep_ in {"nsubj", "csubj"}]
    if not feeling or not causes or causes[0].lower_ in context.resolver.words.relative_pronouns:
        return []
    return [
        Reading(
            polarity,
            target_of(causes[0], context),
            [token, *cue_modifiers(token, context)],
            clause=token,
            kind="experiencer",
            holders=feeling[:1],
        )
    ]


def _verb_lemma(token: Token, context: StanceContext) -> str:
    """The verb's lemma, or the stem of its -ed form where the model cut the lemma short
    ("fined" lemmatised as "fin")."""
    lemma = token.lemma_.casefold()
    if lemma in context.cues.verbs or token.tag_ not in {"VBD", "VBN"}:
        return lemma
    stem = token.lower_[:-1] if token.lower_.endswith("ed") else lemma
    return stem if stem in context.cues.verbs else lemma


def _acts_on_relative_pronoun(token: Token, context: StanceContext) -> bool:
    """True when a relative clause's verb takes its relative pronoun as its object: "the
    banks that the city has sued", "the plan which the union rejected" act on the noun
    described."""
    if token.head.pos_ not in {"NOUN", "PROPN"}:
        return False
    pronouns = context.resolver.words.relative_pronouns
    return any(c.dep_ == "dobj" and c.lower_ in pronouns for c in token.children)


def _reads_as_clause(token: Token, context: StanceContext) -> bool:
    """Whether a verb is read with its own subject: any verb but one of a relative clause
    whose subject is not its relative pronoun. "Republicans who oppose the bill" oppose
    it, held by the noun described (the resolver reads "who")."""
    if token.dep_ != "relcl":
        return True
    pronouns = context.resolver.words.relative_pronouns
    return any(c.dep_ == "nsubj" and c.lower_ in pronouns for c in token.children)


def lexicon_verb_readings(token: Token, context: StanceContext) -> list[Reading]:
    """A verb the polarity lexicon rates, acting on an actor or on what an actor did:
    "Ted Cruz hammered Trump", "Greenwood ridiculed Clinton's jab". How such a verb feels
    says which side its subject is on only when its object is an actor's, so other
    objects are left to the hand-written verbs."""
    lemma = token.lemma_.casefold()
    cues = context.cues
    if (
        token.pos_ != "VERB"
        or lemma in cues.verbs
        or lemma in cues.neutral
        or lemma in cues.affecting_verbs
        or token.dep_ in {"amod", "compound"}
        or is_passive(token)
        or not _reads_as_clause(token, context)
    ):
        return []
    polarity = context.polarity.of(token.lower_, lemma)
    if polarity is None:
        return []
    objects = [obj for obj in _objects(token, context) if _of_an_actor(obj, context)]
    return [
        _acted_on_reading(token, obj, polarity, "attitude", context, token.i) for obj in objects
    ]


def _of_an_actor(token: Token, context: StanceContext) -> bool:
    """The token names an actor, or something an actor owns or did ("Clinton's jab")."""
    return token.i in context.mention_of or any(
        child.dep_ == "poss" and child.i in context.mention_of for child in token.children
    )


def _withheld_from(token: Token, context: StanceContext) -> list[Token]:
    """Who is denied what is withheld: "withhold $1.5 million in grants until the city
    agrees" opposes the city, not the money."""
    if token.lemma_.casefold() not in context.cues.withholding_verbs:
        return []
    held = [obj for prep in token.children if prep.lower_ == "from" for obj in prep_objects(prep)]
    held += [
        subject
        for clause in token.children
        if clause.dep_ == "advcl"
        and any(m.dep_ == "mark" and m.lower_ in context.cues.until_marks for m in clause.children)
        for subject in clause.children
        if subject.dep_ == "nsubj"
    ]
    return [token for token in held if token.i in context.mention_of][:1]


def _objects(token: Token, context: StanceContext) -> list[Token]:
    """The things a stance verb acts on: its direct objects and their conjuncts, or the
    beneficiary of "granting summary judgment to four deputies"."""
    if token.lemma_.casefold() in context.cues.beneficiary_verbs:
        dative = [
            obj for prep in token.children if prep.lower_ == "to" for obj in prep_objects(prep)
        ]
        if dative:
            return dative
    objects = [child for child in token.children if child.dep_ in DIRECT_OBJECTS]
    objects += [child for child in token.children if child.dep_ == "conj" and is_nominal(child)]
    return [conj for obj in objects for conj in (obj, *noun_conjuncts(obj), *listed_after(obj))]


def _acted_on_reading(
    verb: Token,
    head: Token,
    polarity: Polarity,
    kind: str,
    context: StanceContext,
    siblings: int,
    act: str | None = None,
    cue_words: tuple[Token, ...] = (),
) -> Reading:
    """The reading of a verb toward what it acts on: its object ("vetoed Bill 1079") or the
    object of its preposition ("voted against canceling"), turned through a reversal noun
    ("an end to the agreement")."""
    polarity, target_token, extra = reverse_through(head, polarity, context)
    return Reading(
        polarity=polarity,
        target=replace(target_of(target_token, context), act=act),
        cue=[verb, *cue_modifiers(verb, context), *cue_words, *extra],
        clause=verb,
        kind=kind,
        siblings=siblings,
    )


def _passive_readings(
    token: Token, polarity: Polarity, kind: str, act: str | None, context: StanceContext
) -> list[Reading]:
    """ "The bills were passed by the City Council": the agent holds, the subject is the
    target (or the noun a passive relative clause describes)."""
    agents = [
        obj for child in token.children if child.dep_ == "agent" for obj in prep_objects(child)
    ]
    if not agents:
        return []
    patients = [child for child in token.children if child.dep_ == "nsubjpass"]
    if token.dep_ == "relcl" or any(
        p.lower_ in context.resolver.words.relative_pronouns for p in patients
    ):
        # an actor is not what a council passes: such a clause is attached to the wrong noun
        patients = [] if token.head.i in context.mention_of else [token.head]
    return [
        Reading(
            polarity=polarity,
            target=replace(target_of(patient, context), act=act),
            cue=[token, *cue_modifiers(token, context)],
            clause=token,
            kind=kind,
            holders=agents,
        )
        for patient in patients
    ]


def enabling_readings(token: Token, context: StanceContext) -> list[Reading]:
    """ "I cannot allow the agreement to continue": support for the thing let go on."""
    if token.lemma_.casefold() not in context.cues.enabling_verbs or token.dep_ == "relcl":
        return []
    readings = []
    for clause in token.children:
        if clause.dep_ not in {"ccomp", "xcomp"}:
            continue
        subjects = [child for child in clause.children if child.dep_ == "nsubj"]
        if not subjects or subjects[0].pos_ == "PRON":
            continue
        readings.append(
            Reading(
                polarity="support",
                target=replace(target_of(subjects[0], context), act=None),
                cue=[token, *cue_modifiers(token, context)],
                clause=token,
                kind="act",
            )
        )
    return readings


def preposition_readings(token: Token, context: StanceContext) -> list[Reading]:
    """ "voted against canceling", "calling for an end to", "ruled in favor of", "agreed with",
    "move forward with"."""
    if token.pos_ != "VERB" or token.dep_ == "amod" or not _reads_as_clause(token, context):
        return []
    readings = []
    for prep in token.children:
        if prep.dep_ != "prep":
            continue
        found = _preposition_polarity(token, prep, context)
        if found is None:
            continue
        polarity, heads, cue_words = found
        for index, head in enumerate(heads):
            readings.append(
                _acted_on_reading(
                    token,
                    head,
                    polarity,
                    "preposition",
                    context,
                    token.i * 100 + index,
                    cue_words=tuple(cue_words),
                )
            )
    return readings


def _preposition_polarity(
    verb: Token, prep: Token, context: StanceContext
) -> tuple[Polarity, list[Token], list[Token]] | None:
    """The polarity, objects and cue words of a verb-preposition pair ("voted against",
    "ruled in favor of"), or None when the pair is no cue."""
    cues = context.cues
    lemma = verb.lemma_.casefold()
    between = [
        child.lower_
        for child in verb.children
        if child.dep_ in {"prt", "advmod"} and verb.i < child.i < prep.i
    ]
    for key in (" ".join([lemma, *between, prep.lower_]), f"{lemma} {prep.lower_}"):
        if key in cues.phrasal:
            return cues.phrasal[key], prep_objects(prep), [prep]
    if prep.lower_ in cues.prepositions and lemma in cues.preposition_verbs:
        return cues.prepositions[prep.lower_], prep_objects(prep), [prep]
    favor = [obj for obj in prep.children if obj.dep_ == "pobj" and obj.lemma_ in cues.favor_nouns]
    if prep.lower_ == "in" and favor:
        of = [child for child in favor[0].children if child.dep_ == "prep" and child.lower_ == "of"]
        if of:
            return "support", prep_objects(of[0]), [prep, favor[0], of[0]]
    return None


def demand_readings(token: Token, context: StanceContext) -> list[Reading]:
    """A demand or a vote for an act that is no cue itself: "voted to issue the payment",
    "suggested the grace period be extended"; refusal verbs oppose it ("stopped paying")."""
    cues = context.cues
    lemma = token.lemma_.casefold()
    if token.pos_ != "VERB" or not _reads_as_clause(token, context):
        return []
    if lemma in cues.demand_verbs or lemma in cues.clausal_demand_verbs:
        # "requested the minister to announce X" asks for the act, as "urged ... to" does
        polarity: Polarity = "support"
    elif lemma in cues.flip_verbs:
        polarity = "oppose"
    elif lemma in cues.object_demand_verbs:
        return _demanded_things(token, context)
    else:
        return []
    readings = []
    # "was requested to attend": whoever requests it is not the subject, who is asked
    asked = is_passive(token) and lemma not in cues.demand_verbs
    acts = [] if asked else _demanded_acts(token, context)
    for act in acts:
        target = act_target(act, context)
        if target is not None:
            readings.append(
                Reading(
                    polarity=polarity,
                    target=target,
                    cue=[token, *cue_modifiers(token, context), *_infinitive(act)],
                    clause=token,
                    kind="demand",
                )
            )
    if not readings and lemma in cues.object_demand_verbs:
        readings = _demanded_things(token, context)
    return readings


def readiness_readings(token: Token, context: StanceContext) -> list[Reading]:
    """ "it is willing to offer pay increases", "ready to talk", "reluctant to raise prices":
    an adjective of readiness supports (of reluctance opposes) the act its infinitive names,
    held by the subject it describes; an act that is a cue itself ("ready to sign") is read
    at its own verb, and one with no object ("ready to act") says toward what of nothing."""
    polarity = context.cues.readiness_adjectives.get(token.lemma_.casefold())
    if polarity is None or token.pos_ != "ADJ" or token.dep_ != "acomp":
        return []
    readings = []
    for act in token.children:
        if act.dep_ != "xcomp" or act.pos_ != "VERB" or infinitive_marker(act) is None:
            continue
        if act.lemma_.casefold() in context.cues.light_verbs or is_cue_verb(act, context):
            continue
        if not any(child.dep_ in DIRECT_OBJECTS for child in act.children):
            continue  # "ready to act", "ready to appear": an act toward nothing named
        target = act_target(act, context)
        if target is not None:
            cue = [token, *_infinitive(act)]
            readings.append(Reading(polarity, target, cue, clause=token, kind="demand"))
    return readings


def _demanded_things(token: Token, context: StanceContext) -> list[Reading]:
    """What a demand verb with a subject of its own asks for by name: "the union is
    seeking a pay rise of 5%", "he demanded an apology", "it will require extra funding"
    support the thing. An actor or a pronoun as the object is whom the demand is made of
    ("urged the council"); an object with a clause of its own ("wants the board to
    resign", "needed a day to approve") is read through that clause; an infinitive's
    demand ("offered amendments to require an audit") is a means, not the stance; not
    seeking a thing ("is not seeking a prosecution") is no stance toward it."""
    children = list(token.children)
    if not any(child.dep_ == "nsubj" for child in children) or any(
        child.dep_ in CLAUSE_DEPS or child.dep_ == "neg" for child in children
    ):
        return []
    return [
        _acted_on_reading(token, obj, "support", "demand", context, token.i)
        for obj in _objects(token, context)
        if obj.dep_ == "dobj"
        and obj.pos_ == "NOUN"
        and obj.i not in context.mention_of
        and not any(child.dep_ in CLAUSE_DEPS for child in obj.children)
    ]


def _demanded_acts(token: Token, context: StanceContext) -> list[Token]:
    """The acts a demand or refusal verb governs: a controlled clause ("voted to fire") or, for
    clausal demands, a passive one ("suggested the period be extended")."""
    cues = context.cues
    acts = []
    for child in token.children:
        if child.pos_ != "VERB" or child.lemma_.casefold() in cues.light_verbs:
            continue
        if is_cue_verb(child, context) and not is_passive(child):
            continue
        controlled = child.dep_ == "xcomp" or (
            child.dep_ == "advcl" and any(aux.lower_ == "to" for aux in child.children)
        )
        passive_clause = (
            child.dep_ == "ccomp"
            and token.lemma_.casefold() in cues.clausal_demand_verbs
            and any(sub.dep_ == "nsubjpass" for sub in child.children)
        )
        own_subject = any(sub.dep_ in {"nsubj", "nsubjpass"} for sub in child.children)
        if _says_what_an_object_does(token, child, context):
            continue
        if (controlled and not own_subject) or passive_clause:
            acts.append(child)
    return acts


def _says_what_an_object_does(verb: Token, clause: Token, context: StanceContext) -> bool:
    """Whether an infinitive under `verb` says what the measure it acts on does ("voted
    against the bill to expand Medicaid"): read with the bill, it is no act demanded."""
    objects = [child for child in verb.children if child.dep_ in DIRECT_OBJECTS]
    objects += [obj for prep in verb.children if prep.dep_ == "prep" for obj in prep_objects(prep)]
    return any(measure_purpose(obj, context) == clause for obj in objects)


def _infinitive(verb: Token) -> list[Token]:
    """ "to fire" of "voting to fire": the marker and the verb, for the cue."""
    marker = infinitive_marker(verb)
    return [marker, verb] if marker is not None else [verb]


def is_cue_verb(token: Token, context: StanceContext) -> bool:
    """Whether a verb carries a stance of its own, so that a demand for it is read through
    it ("wants to withhold" is read at "withhold")."""
    cues = context.cues
    lemma = token.lemma_.casefold()
    return (
        lemma in cues.verbs
        or lemma in cues.demand_verbs
        or lemma in cues.flip_verbs
        or lemma in cues.enabling_verbs
        or lemma in cues.neutral
        or any(
            prep.dep_ == "prep" and _preposition_polarity(token, prep, context)
            for prep in token.children
        )
    )
