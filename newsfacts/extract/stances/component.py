"""Stances: which actor supports or opposes what, with the words that show it.

Read from the parse, sentence by sentence, never re-parsing. Each cue gives a reading: a
polarity, a target and the clause whose subject holds the stance.

- actions and votes: "Kenney will not renew the city's contract", "vetoed Bill 1079",
  "voted against canceling the contract", "ruled in favor of the city";
- demands: "called for an end to PARS", "wants to withhold ... until", "voted to fire";
- roles and positions: "the main sponsor of the resolution", "expressed support for",
  "faced opposition from", "have concerns about", "deeply disappointed with";
- evaluative language inside a quote, held by the quote's speaker: "The use of it was immoral".

The holder is the clause's subject, found by climbing through control verbs ("chose not to
renew") and linked to an actor through the actor mentions, a speaking-for noun ("ICE
officials"), a pronoun or a definite description ("the judge"). Negation, refusal verbs,
conditionals, hedges, questions and denials flip or cancel a reading. The pure part (lexicon,
polarity arithmetic, merging) is in `stance_rules`.
"""

from __future__ import annotations

from bisect import bisect_left
from dataclasses import dataclass, field, replace
from itertools import pairwise
from typing import Any

from spacy.tokens import Doc, Span, Token

from newsfacts.extract.stances.cues import (
    Candidate,
    Polarity,
    StanceCues,
    flip,
    gerund,
    merge,
    negate,
    to_fact,
)
from newsfacts.pipeline.doc import ACTOR_MENTIONS, in_boilerplate, set_facts
from newsfacts.pipeline.stage import Stage

SUBJECT_DEPS = {"nsubj", "nsubjpass", "csubj"}
OBJECT_DEPS = {"dobj", "obj"}
CONTROL_DEPS = {"xcomp", "advcl", "ccomp"}
# Dependents left out of a target phrase: clauses and asides describe the target, they are
# not its name ("the agreement that can put immigrants at risk" -> "the agreement").
PHRASE_SKIP_DEPS = {
    "relcl", "acl", "appos", "advcl", "cc", "conj", "parataxis", "dep", "ccomp", "punct", "mark",
}  # fmt: skip
PHRASE_PREPOSITIONS = {"of", "to", "with", "on", "for", "over", "about", "against"}
PHRASE_LIMIT = 12
HYPHENS = {"-", "–"}
PERSON_PRONOUNS = {"he", "him", "his", "she", "her", "hers"}
GROUP_PRONOUNS = {"they", "them", "their", "theirs"}
BODY_PRONOUNS = {"it", "its"}
FIRST_PERSON = {"i", "me", "my", "we", "us", "our"}
ANAPHORIC_PRONOUNS = {"it", "this", "that", "these", "those", "them", "which"}
DEMONSTRATIVES = {"this", "that", "these", "those", "such"}
RELATIVE_PRONOUNS = {"who", "that", "which", "whom"}
WH_SUBJECTS = {"what", "who", "which", "how", "why"}
BRACKETS = "[]()“”\"‘’'"
JUDGING_KINDS = {"evaluation", "experiencer"}
ROLE_REACH = 12
# How sure each kind of reading is before the holder and target links are weighed in.
KIND_CONFIDENCE = {
    "act": 0.85,
    "attitude": 0.85,
    "preposition": 0.8,
    "demand": 0.75,
    "role": 0.75,
    "noun": 0.75,
    "experiencer": 0.8,
    "evaluation": 0.65,
}


@dataclass(frozen=True)
class Target:
    """What a stance is toward: a short phrase, the actor it names, and whether it is only a
    pointer back ("it", "the motion") to be read from the stances before it."""

    text: str
    actor_id: str | None = None
    anaphoric: bool = False
    act: str | None = None


@dataclass
class Reading:
    """One cue read at one place: a polarity toward a target, held by the subject of `clause`
    (or by `holders`, or by the quote's speaker when `speaker_holds`)."""

    polarity: Polarity
    target: Target
    cue: list[Token]
    clause: Token
    kind: str
    holders: list[Token] | None = None
    speaker_holds: bool = False
    siblings: int = -1
    negations: int = 0


@dataclass
class ActorLink:
    """An actor a token refers to, and how sure the link is."""

    actor_id: str
    confidence: float


@dataclass
class QuoteSpan:
    """A quote from the quotes stage whose speaker is an actor: who holds what it judges."""

    start: int
    end: int
    speaker_id: str
    confidence: float


@dataclass
class StanceContext:
    """What the stage reads off the Doc once: actor mentions by token, quotes, actor facts."""

    doc: Doc
    cues: StanceCues
    actors: dict[str, dict[str, Any]]
    mention_of: dict[int, Span]
    mention_starts: list[Span]
    quotes: list[QuoteSpan]
    short_names: dict[str, str] = field(default_factory=dict)
    quote_at: list[QuoteSpan | None] = field(default_factory=list)

    @classmethod
    def build(cls, doc: Doc, cues: StanceCues) -> StanceContext:
        actors = {actor["id"]: actor for actor in doc._.newsfacts_actors or []}
        mentions = sorted(
            (span for span in doc.spans.get(ACTOR_MENTIONS, []) if span.kb_id_ in actors),
            key=lambda span: span.start,
        )
        mention_of = {index: span for span in mentions for index in range(span.start, span.end)}
        quotes = [
            QuoteSpan(q["start"], q["end"], q["speaker_id"], float(q.get("confidence", 0.8)))
            for q in doc._.newsfacts_quotes or []
            if q.get("speaker_id") in actors
        ]
        quotes.sort(key=lambda q: q.end - q.start)
        short = {key: min([a["name"], *a.get("aliases", [])], key=len) for key, a in actors.items()}
        return cls(doc, cues, actors, mention_of, mentions, quotes, short, _quote_at(doc, quotes))

    def actor_type(self, actor_id: str) -> str:
        return str(self.actors[actor_id]["type"])

    def speaker_at(self, token: Token) -> QuoteSpan | None:
        """The innermost attributed quote holding `token`."""
        return self.quote_at[token.i]


def _quote_at(doc: Doc, quotes: list[QuoteSpan]) -> list[QuoteSpan | None]:
    """For each token, the innermost quote holding it: longer quotes are laid down first
    and shorter ones over them. One pass, where a search per token is quadratic."""
    starts = [token.idx for token in doc]
    owner: list[QuoteSpan | None] = [None] * len(doc)
    for quote in sorted(quotes, key=lambda q: q.end - q.start, reverse=True):
        first, stop = bisect_left(starts, quote.start), bisect_left(starts, quote.end)
        owner[first:stop] = [quote] * (stop - first)
    return owner


class Stances(Stage):
    """Finds stances and writes them as `doc._.newsfacts_stances`."""

    def __init__(self, name: str, cues_resource: str) -> None:
        super().__init__(name, cues=cues_resource)

    def load_resources(self, resources: dict[str, str]) -> None:
        self.cues = StanceCues.load(resources["cues"])

    def process(self, doc: Doc) -> None:
        context = StanceContext.build(doc, self.cues)
        candidates = resolve_anaphora(read_candidates(doc, context))
        kept = [c for c in candidates if c.holder_id and c.holder_id != c.target_id]
        # a stance toward a bare "it" that points at nothing it could be merged with says nothing
        merged = [c for c in merge(kept) if c.target.casefold() not in ANAPHORIC_PRONOUNS]
        set_facts(doc, "stances", [to_fact(candidate) for candidate in merged])


# Parts of speech that never carry a stance cue: skipping them halves the tokens to read.
NO_CUE_POS = frozenset({"PUNCT", "SPACE", "DET", "NUM", "CCONJ", "PRON", "SYM", "X", "PART"})


def read_candidates(doc: Doc, context: StanceContext) -> list[Candidate]:
    """Every reading of every sentence outside boilerplate, with its holders resolved (a
    reading whose holder is no actor is kept with an empty holder: it can still be the
    antecedent of a later "the motion")."""
    candidates: list[Candidate] = []
    for number, sentence in enumerate(doc.sents):
        # a question asks about a stance, it does not take one
        question = sentence.text.rstrip().rstrip("”\"’'").endswith("?")
        if question or in_boilerplate(doc, sentence.start_char, sentence.end_char):
            continue
        evidence = _trimmed(sentence)
        for token in sentence:
            if token.pos_ in NO_CUE_POS:
                continue
            for reading in readings_at(token, context):
                candidates.extend(candidates_of(reading, context, evidence, number))
    return candidates


def _trimmed(sentence: Span) -> tuple[int, int]:
    text = sentence.text
    start = sentence.start_char + len(text) - len(text.lstrip())
    return start, sentence.start_char + len(text.rstrip())


def readings_at(token: Token, context: StanceContext) -> list[Reading]:
    """All readings anchored on `token`, from each kind of cue."""
    readers = (
        verb_readings,
        enabling_readings,
        preposition_readings,
        demand_readings,
        role_readings,
        noun_readings,
        experiencer_readings,
        naming_readings,
        evaluation_readings,
    )
    return [reading for reader in readers for reading in reader(token, context)]


# --- cues --------------------------------------------------------------------------------


def verb_readings(token: Token, context: StanceContext) -> list[Reading]:
    """A stance verb and its object: "vetoed Bill 1079", "passed by the City Council"."""
    cues = context.cues
    polarity = cues.verbs.get(token.lemma_.casefold())
    if polarity is None or token.pos_ != "VERB" or token.dep_ in {"amod", "compound"}:
        return []
    kind = "attitude" if token.lemma_.casefold() in cues.attitude_verbs else "act"
    act = None if kind == "attitude" else _gerund_of(token)
    if is_passive(token):
        return _passive_readings(token, polarity, kind, act, context)
    if token.dep_ == "relcl":
        return []
    objects = _withheld_from(token, context) or _objects(token, context)
    return [
        _object_reading(token, obj, polarity, kind, act, context, siblings=token.i)
        for obj in objects
    ]


def _withheld_from(token: Token, context: StanceContext) -> list[Token]:
    """Who is denied what is withheld: "withhold $1.5 million in grants until the city
    agrees" opposes the city, not the money."""
    if token.lemma_.casefold() not in context.cues.withholding_verbs:
        return []
    held = [obj for prep in token.children if prep.lower_ == "from" for obj in _prep_objects(prep)]
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
            obj for prep in token.children if prep.lower_ == "to" for obj in _prep_objects(prep)
        ]
        if dative:
            return dative
    objects = [child for child in token.children if child.dep_ in OBJECT_DEPS]
    objects += [child for child in token.children if child.dep_ == "conj" and _is_nominal(child)]
    return [conj for obj in objects for conj in (obj, *_noun_conjuncts(obj))]


def _object_reading(
    verb: Token,
    obj: Token,
    polarity: Polarity,
    kind: str,
    act: str | None,
    context: StanceContext,
    siblings: int,
) -> Reading:
    polarity, target_token, cue = reverse_through(obj, polarity, context)
    return Reading(
        polarity=polarity,
        target=replace(target_of(target_token, context), act=act),
        cue=[verb, *cue_modifiers(verb, context), *cue],
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
        obj for child in token.children if child.dep_ == "agent" for obj in _prep_objects(child)
    ]
    if not agents:
        return []
    patients = [child for child in token.children if child.dep_ == "nsubjpass"]
    if token.dep_ == "relcl" or any(p.lower_ in RELATIVE_PRONOUNS for p in patients):
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
    if token.pos_ != "VERB" or token.dep_ in {"amod", "relcl"}:
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
                _prepositional_reading(token, head, polarity, cue_words, context, index)
            )
    return readings


def _preposition_polarity(
    verb: Token, prep: Token, context: StanceContext
) -> tuple[Polarity, list[Token], list[Token]] | None:
    cues = context.cues
    lemma = verb.lemma_.casefold()
    between = [
        child.lower_
        for child in verb.children
        if child.dep_ in {"prt", "advmod"} and verb.i < child.i < prep.i
    ]
    for key in (" ".join([lemma, *between, prep.lower_]), f"{lemma} {prep.lower_}"):
        if key in cues.phrasal:
            return cues.phrasal[key], _prep_objects(prep), [prep]
    if prep.lower_ in cues.prepositions and lemma in cues.preposition_verbs:
        return cues.prepositions[prep.lower_], _prep_objects(prep), [prep]
    favor = [obj for obj in prep.children if obj.dep_ == "pobj" and obj.lemma_ in cues.favor_nouns]
    if prep.lower_ == "in" and favor:
        of = [child for child in favor[0].children if child.dep_ == "prep" and child.lower_ == "of"]
        if of:
            return "support", _prep_objects(of[0]), [prep, favor[0], of[0]]
    return None


def _prepositional_reading(
    verb: Token,
    head: Token,
    polarity: Polarity,
    cue_words: list[Token],
    context: StanceContext,
    index: int,
) -> Reading:
    polarity, target_token, extra = reverse_through(head, polarity, context)
    return Reading(
        polarity=polarity,
        target=target_of(target_token, context),
        cue=[verb, *cue_modifiers(verb, context), *cue_words, *extra],
        clause=verb,
        kind="preposition",
        siblings=verb.i * 100 + index if index else verb.i * 100,
    )


def demand_readings(token: Token, context: StanceContext) -> list[Reading]:
    """A demand or a vote for an act that is no cue itself: "voted to issue the payment",
    "suggested the grace period be extended"; refusal verbs oppose it ("stopped paying")."""
    cues = context.cues
    lemma = token.lemma_.casefold()
    if token.pos_ != "VERB" or token.dep_ == "relcl":
        return []
    if lemma in cues.demand_verbs:
        polarity: Polarity = "support"
    elif lemma in cues.flip_verbs:
        polarity = "oppose"
    else:
        return []
    readings = []
    for act in _demanded_acts(token, context):
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
    return readings


def _demanded_acts(token: Token, context: StanceContext) -> list[Token]:
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
        if (controlled and not own_subject) or passive_clause:
            acts.append(child)
    return acts


def _infinitive(verb: Token) -> list[Token]:
    """ "to fire" of "voting to fire": the marker and the verb, for the cue."""
    return [*(c for c in verb.children if c.dep_ == "aux" and c.lower_ == "to"), verb]


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
    objects = [
        obj
        for prep in token.children
        if prep.dep_ == "prep" and prep.lower_ in {"of", "for"}
        for obj in _prep_objects(prep)
    ]
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
    return []


def _stance_noun_readings(
    token: Token, polarity: Polarity, context: StanceContext
) -> list[Reading]:
    cues = context.cues
    verb = token.head
    if token.dep_ not in OBJECT_DEPS or verb.pos_ != "VERB":
        return []
    verb_lemma = verb.lemma_.casefold()
    preps = [c for c in (*token.children, *verb.children) if c.dep_ == "prep"]
    cue = [verb, token, *cue_modifiers(verb, context)]
    if verb_lemma in cues.expressing_verbs:
        objects = [o for p in preps if p.lower_ in {"for", "to", "of"} for o in _prep_objects(p)]
        return [
            Reading(polarity, target_of(obj, context), cue, clause=verb, kind="noun")
            for obj in objects[:1]
        ]
    if verb_lemma in cues.receiving_verbs:
        sources = [o for p in preps if p.lower_ == "from" for o in _prep_objects(p)]
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


def _vote_noun_readings(token: Token, context: StanceContext) -> list[Reading]:
    if token.dep_ not in {"attr", "dobj"}:
        return []
    readings = []
    for prep in token.children:
        if prep.dep_ != "prep":
            continue
        polarity = context.cues.prepositions.get(prep.lower_)
        if polarity is None:
            continue
        for obj in _prep_objects(prep):
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
    if token.dep_ not in OBJECT_DEPS or token.head.pos_ != "VERB":
        return []
    objects = [
        obj
        for prep in token.children
        if prep.dep_ == "prep" and prep.lower_ in {"about", "over", "with", "regarding"}
        for obj in _prep_objects(prep)
    ]
    return [
        Reading(
            polarity, target_of(obj, context), [token.head, token], clause=token.head, kind="noun"
        )
        for obj in objects[:1]
    ]


def _lawsuit_readings(token: Token, context: StanceContext) -> list[Reading]:
    """A lawsuit filed against someone, or alleging that someone did wrong, opposes them."""
    verb = token.head
    if token.dep_ not in OBJECT_DEPS or verb.pos_ != "VERB":
        return []
    against = [o for p in token.children if p.lower_ == "against" for o in _prep_objects(p)]
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


def experiencer_readings(token: Token, context: StanceContext) -> list[Reading]:
    """ "ICE officials wrote that they are "deeply disappointed" with the city's decision";
    "I'm glad the council didn't move forward with this legislation" takes the stance of the
    clause it is glad about."""
    polarity = context.cues.experiencer.get(token.lower_)
    if polarity is None or token.pos_ not in {"ADJ", "VERB"}:
        return []
    if token.pos_ == "VERB" and not is_passive(token) and token.dep_ != "acomp":
        return []
    clause = token.head if token.dep_ == "acomp" else token
    cue = [*[c for c in token.children if c.dep_ == "advmod"], token]
    readings = []
    for child in token.children:
        if child.dep_ == "prep" and child.lower_ in context.cues.experiencer_prepositions:
            readings += [
                Reading(
                    polarity,
                    target_of(obj, context),
                    [*cue, child],
                    clause=clause,
                    kind="experiencer",
                )
                for obj in _prep_objects(child)[:1]
            ]
        elif child.dep_ == "ccomp":
            readings += _glad_about(child, polarity, cue, clause, context)
    return readings


def _glad_about(
    complement: Token, polarity: Polarity, cue: list[Token], clause: Token, context: StanceContext
) -> list[Reading]:
    """The experiencer's stance toward what the clause it feels about takes a stance on."""
    composed = []
    for inner in readings_at(complement, context):
        inner.negations += int(is_negated(inner.clause, context))
        inner_polarity = apply_negations(inner)
        if inner_polarity is None:
            continue
        composed.append(
            Reading(
                inner_polarity if polarity == "support" else flip(inner_polarity),
                inner.target,
                [*cue, *inner.cue],
                clause=clause,
                kind="experiencer",
            )
        )
    return composed


def naming_readings(token: Token, context: StanceContext) -> list[Reading]:
    """ "called the plan a disaster", "calling it a mistake": the subject judges the object."""
    if token.pos_ != "VERB" or token.lemma_.casefold() not in context.cues.naming_verbs:
        return []
    objects = [child for child in token.children if child.dep_ in OBJECT_DEPS]
    for child in token.children:
        if child.dep_ not in {"oprd", "xcomp", "ccomp", "attr", "advcl"} or not objects:
            continue
        polarity = _judgment(child, context) or _evaluative_phrase(child, context)
        if polarity:
            return [
                Reading(
                    polarity,
                    target_of(objects[0], context),
                    [token, *cue_modifiers(token, context), child],
                    clause=token,
                    kind="evaluation",
                )
            ]
    return []


def _judgment(token: Token, context: StanceContext) -> Polarity | None:
    table = context.cues.evaluative
    return table.get(token.lower_) or table.get(token.lemma_.casefold())


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
    judged = next((cues.evaluative[w] for w in words if w in cues.evaluative), None)
    if judged and token.dep_ in {"acomp", "attr"}:
        return _predicate_evaluation(token, judged, token.head, context)
    phrase = _phrase_match(token, context) if token.dep_ in {"attr", "prep", "acomp"} else None
    if phrase:
        return _predicate_evaluation(token, phrase[0], token.head, context, phrase[1])
    verb_polarity = _evaluative_verb(token, context)
    if verb_polarity:
        return _verb_evaluation(token, verb_polarity, context)
    return []


def _evaluation(polarity: Polarity, target: Target, cue: list[Token], clause: Token) -> Reading:
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
    about = [
        obj
        for prep in token.children
        if prep.dep_ == "prep" and prep.lower_ == "about"
        for obj in _prep_objects(prep)
    ]
    subjects = [child for child in copula.children if child.dep_ in {"nsubj", "csubj"}]
    if about:
        target = target_of(about[0], context)
    elif not subjects or subjects[0].lower_ in WH_SUBJECTS or _is_extraposed(subjects[0], copula):
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


def _is_extraposed(subject: Token, copula: Token) -> bool:
    """ "It's ridiculous how much plastic is on the beach": "it" stands for a clause."""
    return subject.lower_ == "it" and any(
        child.dep_ in {"ccomp", "xcomp", "csubj"} for child in copula.subtree if child != copula
    )


def _evaluative_verb(token: Token, context: StanceContext) -> Polarity | None:
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
    if subject.lower_ in FIRST_PERSON or subject.lower_ in WH_SUBJECTS:
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
    reading.negations = int(is_negated(token, context))
    return [reading]


# --- targets -----------------------------------------------------------------------------


def reverse_through(
    obj: Token, polarity: Polarity, context: StanceContext
) -> tuple[Polarity, Token, list[Token]]:
    """ "an end to the agreement", "a veto on the proposal": a reversal noun turns the
    stance onto what it would end, with the opposite polarity."""
    if obj.lemma_.casefold() in context.cues.reversal_nouns:
        for prep in obj.children:
            if prep.dep_ == "prep" and prep.lower_ in {"to", "of", "on"}:
                objects = _prep_objects(prep)
                if objects:
                    return flip(polarity), objects[0], [obj, prep]
    return polarity, obj, []


def target_of(token: Token, context: StanceContext) -> Target:
    """The target a token names: an act ("canceling the contract"), an actor, or a phrase."""
    if token.pos_ in {"VERB", "AUX"}:
        return act_target(token, context) or Target(phrase(token, context))
    mention = context.mention_of.get(token.i)
    actor_id = mention.kb_id_ if mention is not None and token.pos_ != "PRON" else None
    return Target(phrase(token, context), actor_id, anaphoric=is_anaphoric(token, context))


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
    words = [_gerund_of(verb), particles, *(phrase(o, context) for o in objects[:1])]
    actor = context.mention_of.get(objects[0].i) if objects else None
    return Target(
        " ".join(w for w in words if w),
        actor.kb_id_ if actor is not None else None,
        anaphoric=bool(objects) and is_anaphoric(objects[0], context),
    )


def _gerund_of(verb: Token) -> str:
    return verb.lower_ if verb.tag_ == "VBG" else gerund(verb.lemma_)


def is_anaphoric(token: Token, context: StanceContext) -> bool:
    """A target that only points back: "it", "this legislation", "the motion"."""
    if token.lower_ in ANAPHORIC_PRONOUNS:
        return True
    determiners = {c.lower_ for c in token.children if c.dep_ in {"det", "predet", "amod"}}
    if determiners & DEMONSTRATIVES:
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
            if child.dep_ in PHRASE_SKIP_DEPS and child.text not in HYPHENS:
                continue
            if (
                child.dep_ == "prep"
                and child.pos_ == "ADP"
                and (depth >= 2 or child.lower_ not in PHRASE_PREPOSITIONS)
            ):
                continue
            visit(child, depth + (child.dep_ == "prep"))

    visit(token, 0)
    return _render(sorted(keep)[:PHRASE_LIMIT], token.doc, context)


def _render(indices: list[int], doc: Doc, context: StanceContext) -> str:
    """The words at `indices`, each actor mention replaced once by the actor's short name."""
    parts: list[str] = []
    done: set[int] = set()
    for position, index in enumerate(indices):
        if index in done:
            continue
        mention = context.mention_of.get(index)
        if mention is not None and doc[index].pos_ != "PRON":
            text = context.short_names[mention.kb_id_]
            done.update(range(mention.start, mention.end))
            last = mention.end - 1
        else:
            text, last = doc[index].text, index
        parts.append(text)
        following = indices[position + 1] if position + 1 < len(indices) else None
        if following is not None and (following > last + 1 or doc[last].whitespace_):
            parts.append(" ")
    return _clean("".join(parts))


def _clean(text: str) -> str:
    return " ".join(text.replace("[", " ").replace("]", " ").split()).strip(BRACKETS + " ,")


# --- holders and modality ----------------------------------------------------------------


def candidates_of(
    reading: Reading, context: StanceContext, evidence: tuple[int, int], sentence: int
) -> list[Candidate]:
    """The candidates of one reading: one per holder, after negation and scope are weighed."""
    climbed = climb_to_subject(reading, context)
    if climbed is None:
        return []
    reading, subjects = climbed
    if cancelled(reading, context):
        return []
    polarity = apply_negations(reading)
    if polarity is None:
        return []
    target = reading.target
    if not target.anaphoric and not any(ch.isalpha() for ch in target.text):
        return []
    if polarity != reading.polarity and target.act and not target.text.startswith(target.act):
        target = replace(target, text=f"{target.act} {target.text}".strip())
    # a reading no actor holds is kept with an empty holder, as a possible antecedent
    links: list[ActorLink | None] = [*holder_links(reading, subjects, context)] or [None]
    confidence = KIND_CONFIDENCE[reading.kind] * (0.9 if reading.negations else 1.0)
    if target.anaphoric:
        confidence *= 0.9
    cue = reading.cue
    if reading.negations:
        negators = [c for c in reading.clause.children if c.dep_ == "neg"]
        copula = [reading.clause] if negators and reading.clause.pos_ == "AUX" else []
        cue = [*cue, *negators, *copula]
    return [
        Candidate(
            holder_id=link.actor_id if link else "",
            holder=str(context.actors[link.actor_id]["name"]) if link else "",
            polarity=polarity,
            target=target.text,
            cue=cue_text(cue),
            evidence=evidence,
            confidence=round(confidence * (link.confidence if link else 1.0), 3),
            target_id=target.actor_id,
            topic=reading.target.text,
            kind=reading.kind,
            sentence=sentence,
            siblings=reading.siblings,
            anaphoric=target.anaphoric or not target.text,
        )
        for link in links
    ]


def climb_to_subject(
    reading: Reading, context: StanceContext
) -> tuple[Reading, list[Token]] | None:
    """Climb from the cue's clause through control verbs ("chose not to renew", "wants to
    withhold", "in voting to fire") to the clause that has a subject, collecting negations
    and cancelling under neutral verbs ("to discuss")."""
    if reading.holders is not None or reading.speaker_holds:
        reading.negations += int(is_negated(reading.clause, context))
        return reading, reading.holders or []
    clause = reading.clause
    negations = int(is_negated(clause, context))
    cue = list(reading.cue)
    for _ in range(6):
        subjects = subjects_of(clause)
        if subjects:
            reading.clause, reading.negations, reading.cue = clause, negations, cue
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
        if controls and (lemma in context.cues.flip_verbs or is_negated(governor, context)):
            negations += 1
        if governor.pos_ == "VERB" and clause.dep_ in CONTROL_DEPS:
            cue = [governor, *cue_modifiers(governor, context), *cue]
        clause = governor
    return None


def _governor(clause: Token) -> Token | None:
    """The verb whose subject a subjectless clause shares."""
    if clause.dep_ in {"xcomp", "advcl", "conj", "ccomp"}:
        return clause.head
    if clause.dep_ == "pcomp":
        holder = clause.head.head
        return holder if holder.pos_ in {"VERB", "AUX"} else None
    if clause.dep_ == "acl" and clause.head.dep_ in OBJECT_DEPS:
        return clause.head.head
    return None


def subjects_of(clause: Token) -> list[Token]:
    subjects = [child for child in clause.children if child.dep_ in SUBJECT_DEPS]
    if clause.dep_ == "acomp" and not subjects:
        subjects = [child for child in clause.head.children if child.dep_ in SUBJECT_DEPS]
    return subjects


def is_negated(token: Token, context: StanceContext) -> bool:
    """ "will not renew", "weren't thorough", "never", "no longer"."""
    heads = [token]
    if token.dep_ in {"acomp", "attr"} or (token.head.lemma_ == "be" and token.dep_ == "prep"):
        heads.append(token.head)
    return any(
        child.dep_ == "neg" or (child.dep_ == "advmod" and child.lower_ in context.cues.negators)
        for head in heads
        for child in head.children
    )


def apply_negations(reading: Reading) -> Polarity | None:
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
        if index > 0 and node.pos_ == "VERB" and _denies(node, context):
            return True
    return False


def _denies(node: Token, context: StanceContext) -> bool:
    lemma = node.lemma_.casefold()
    return (
        lemma in context.cues.neutral
        or lemma in context.cues.denial_verbs
        or is_negated(node, context)
    )


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
    tokens = [subject, *_noun_conjuncts(subject)]
    named = [
        c for c in subject.children if c.dep_ in {"npadvmod", "appos"} and c.i in context.mention_of
    ]
    tokens += named
    if subject.i not in context.mention_of:
        tokens += [c for c in subject.children if c.dep_ == "appos" and c not in named]
    for token in list(tokens):
        for prep in token.children:
            if prep.lower_ == "including":
                for obj in _prep_objects(prep):
                    tokens += [obj, *_noun_conjuncts(obj)]
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
            candidates = _prep_objects(child)
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


# --- small helpers -----------------------------------------------------------------------


def cue_modifiers(verb: Token, context: StanceContext) -> list[Token]:
    """The words that shape a cue verb: auxiliaries, negation, particles, "to"."""
    return [
        child
        for child in verb.children
        if child.dep_ in {"aux", "neg", "prt", "auxpass"}
        or (child.dep_ == "advmod" and child.lower_ in context.cues.negators)
    ] + [
        mark
        for child in verb.children
        if child.dep_ == "advcl"
        for mark in child.children
        if mark.dep_ == "mark" and mark.lower_ in context.cues.until_marks
    ]


def cue_text(tokens: list[Token]) -> str:
    """The cue words in text order, with "..." where words between are left out
    ("wants to withhold ... until"); quote marks between cue words are dropped."""
    indices = {token.i for token in tokens}
    doc = tokens[0].doc
    parts: list[str] = []
    previous: int | None = None
    for index in sorted(indices):
        if previous is not None:
            between = doc[previous + 1 : index]
            if any(not token.is_punct for token in between):
                parts.append(" ... ")
            else:
                parts.append(" " if between else doc[previous].whitespace_)
        parts.append(doc[index].text)
        previous = index
    return "".join(parts)


def is_passive(token: Token) -> bool:
    return any(child.dep_ in {"auxpass", "nsubjpass"} for child in token.children) or (
        token.tag_ == "VBN" and any(child.dep_ == "agent" for child in token.children)
    )


def _prep_objects(prep: Token) -> list[Token]:
    """The objects of a preposition, with their conjuncts ("in favor of A and B")."""
    objects = [child for child in prep.children if child.dep_ in {"pobj", "pcomp"}]
    return [conj for obj in objects for conj in (obj, *_noun_conjuncts(obj))]


def _noun_conjuncts(token: Token) -> list[Token]:
    return [conj for conj in token.conjuncts if conj.i > token.i and _is_nominal(conj)]


def _is_nominal(token: Token) -> bool:
    return token.pos_ in {"NOUN", "PROPN"}


def resolve_anaphora(candidates: list[Candidate]) -> list[Candidate]:
    """Give each pointing target ("it", "the motion") the topic of the last thing acted on in
    the same or the sentence before, so merging can see they are the same; a bare pronoun
    takes the antecedent's text. A role with no object ("the lone dissenter") is about the
    last item an actor acted on, which may be a few sentences back. Judgments are not
    antecedents: "this legislation" after "Trump's divisive politics" is not the politics."""
    resolved: list[Candidate] = []
    last: Candidate | None = None
    last_acted: Candidate | None = None
    for candidate in sorted(candidates, key=lambda c: c.evidence):
        if not candidate.target:
            _take_target(candidate, last_acted, ROLE_REACH)
        elif candidate.anaphoric:
            _take_target(candidate, last, 1)
        if (
            candidate.kind not in JUDGING_KINDS
            and candidate.target.casefold() not in ANAPHORIC_PRONOUNS
        ):
            last = candidate
            last_acted = candidate if candidate.holder_id else last_acted
        if candidate.target:
            resolved.append(candidate)
    return resolved


def _take_target(candidate: Candidate, antecedent: Candidate | None, reach: int) -> None:
    if antecedent is None or candidate.sentence - antecedent.sentence > reach:
        return
    candidate.context = antecedent.context or antecedent.topic
    if candidate.target.casefold() in ANAPHORIC_PRONOUNS | {""}:
        candidate.target, candidate.target_id = antecedent.target, antecedent.target_id
        candidate.anaphoric = False
