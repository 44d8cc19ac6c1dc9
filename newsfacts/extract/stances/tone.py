"""Tone: the stance a clause's words take toward an actor no specific cue names.

"Mexico is watching with growing alarm as Homeland Security moves ahead", "Ryan said Obama
made a colossal mistake": when no verb, noun or judgment reader finds a stance at a verb
whose subject is an actor, and the rest of the clause names another actor, the clause's
judging words (the hand-written cues, then the polarity lexicon) decide the polarity if
they clearly lean one way. Inside an attributed quote the speaker holds the lean of a
clause toward the actor it names or its subject ("'The plan fails miserably,' said
Ryan"). It is the least sure reading, and the last one tried.
"""

from __future__ import annotations

from spacy.tokens import Token

from newsfacts.extract.stances.context import QuoteSpan, Reading, StanceContext
from newsfacts.extract.stances.cues import flip
from newsfacts.extract.stances.modality import negates_clause, obliged
from newsfacts.extract.stances.targets import target_of
from newsfacts.models.records import Polarity

# Nouns of the lexicon name events as often as judgments ("crisis", "death", "supporters"):
# its words count only as verbs, adjectives and adverbs.
LEXICON_POS = {"VERB", "ADJ", "ADV"}

# The parts of speech of an adverb or particle: "back" of "hit back" backs no one.
PARTICLE_POS = frozenset({"ADV", "ADP", "PART"})

# A clause's main verb: the quote's root, or a clause a reporting verb or a conjunction
# governs.
CLAUSE_DEPS = {"ROOT", "ccomp", "conj"}

# A quote's one judging word says little of another actor ("a trusted adviser", "the
# victory"): a quoted clause leans toward an actor only on two or more.
QUOTED_LEAN_WORDS = 2

# Clauses inside a clause, read at their own verbs.
NESTED_CLAUSE_DEPS = {"conj", "ccomp", "advcl", "parataxis", "relcl"}

# The words of a quoted clause that can be what it judges: its subject and its objects.
ARGUMENT_DEPS = {"nsubj", "nsubjpass", "dobj", "attr", "dative"}

# The dependents by which a name may modify a longer noun phrase: "Democratic" of
# "Democratic presidential nominee Hillary Clinton".
PHRASE_MODIFIER_DEPS = frozenset({"amod", "compound", "nmod"})

# Dependents that classify the noun they stand before rather than judge it.
CLASSIFYING_DEPS = {"amod", "compound"}

MODIFIERS = {"amod", "advmod", "acomp", "attr", "oprd", "dobj", "neg", "prt"}

# The verbs of tone's path whose negation turns their lean: those heading a clause.
NEGATED_CLAUSE_DEPS = {"ROOT", "ccomp", "xcomp", "conj", "advcl"}


def tone_readings(token: Token, context: StanceContext) -> list[Reading]:
    """The lean of the words between an actor subject and the first other actor its verb
    governs, held by the subject."""
    if token.pos_ != "VERB" or token.dep_ in {"amod", "compound", "relcl", "acl"}:
        return []
    if token.lemma_.casefold() in context.cues.verbs:
        return []  # its own reader found nothing it acts on: tone must not guess one
    subjects = [child for child in token.children if child.dep_ == "nsubj"]
    if not subjects or subjects[0].i not in context.mention_of:
        return []
    holder = context.mention_of[subjects[0].i].kb_id_
    subject_words = {t.i for t in subjects[0].subtree}
    target = next(
        (
            t
            for t in token.subtree
            if t.i in context.mention_of
            and t.i not in subject_words
            and context.mention_of[t.i].kb_id_ != holder
        ),
        None,
    )
    if target is None:
        return []
    if _is_asked_to_act(target, token, context):
        return []
    target = _named_head(target, context)
    between = _words_between(token, target)
    if _suspected_between(between, target, context):
        return []  # "targeting those suspected of supporting Gulen": the suspects' stance
    if any(_turns(word, context) for word in between):
        return []  # "declined to condemn", "denies ... accused": not a lean either way
    lean = _lean([word for word in between if not _of_the_target(word, target, context)], context)
    if lean is None:
        return []
    polarity, cue = lean
    return [_lean_reading(token, polarity, [token, *cue], target, context, kind="tone")]


def quoted_tone_readings(token: Token, context: StanceContext) -> list[Reading]:
    """ "'The plan fails miserably,' said Paul Ryan": the lean of a quoted clause's
    judging words, held by the quote's speaker, toward the first other actor the clause
    names, else toward its subject. Only the main verb of a clause inside the quote is
    read, and only when no specific reader found a stance there."""
    quote = context.speaker_at(token)
    if quote is None or token.pos_ not in {"VERB", "AUX"} or token.dep_ not in CLAUSE_DEPS:
        return []
    target = _quoted_target(
        token, _quoted_children(token, quote, context), quote.speaker_id, context
    )
    if target is None:
        return []
    inside = [t for t in _own_words(token) if context.speaker_at(t) is quote]
    if any(_turns(word, context) for word in inside):
        return []
    lean = _quoted_lean(inside, target, context)
    if lean is None:
        return []
    polarity, cue = lean
    return [_lean_reading(token, polarity, cue, target, context, "quoted tone", speaker_holds=True)]


def _lean_reading(
    clause: Token,
    polarity: Polarity,
    cue: list[Token],
    target: Token,
    context: StanceContext,
    kind: str,
    speaker_holds: bool = False,
) -> Reading:
    """The reading of a lean found in `clause` toward `target`, flipped when the clause
    is negated; the cue words in text order, each once."""
    negated = any(child.dep_ == "neg" for child in clause.children)
    return Reading(
        flip(polarity) if negated else polarity,
        target_of(target, context),
        sorted(set(cue), key=lambda t: t.i),
        clause=clause,
        kind=kind,
        speaker_holds=speaker_holds,
    )


def _is_asked_to_act(target: Token, verb: Token, context: StanceContext) -> bool:
    """ "said the Senate should pass legislation": a demand that an actor do something
    takes a side on the act, not on the actor asked to do it ("should be fired" is done to
    its subject, and judges it)."""
    clause = target.head
    return (
        target.dep_ == "nsubj"
        and clause != verb
        and verb in clause.ancestors
        and obliged(clause, context)
    )


def _named_head(word: Token, context: StanceContext) -> Token:
    """The actor a modifier's phrase names when it names one: "in support of Democratic
    presidential nominee Hillary Clinton" supports Clinton, not the party of "Democratic"
    ("the Trump administration" names no actor of its own, and stays Trump's)."""
    node = word
    while node.dep_ in PHRASE_MODIFIER_DEPS and node.head.pos_ in {"NOUN", "PROPN"}:
        node = node.head
        mention = context.mention_of.get(node.i)
        if mention is not None and mention.kb_id_ != context.mention_of[word.i].kb_id_:
            return node
    return word


def _quoted_lean(
    inside: list[Token], target: Token, context: StanceContext
) -> tuple[Polarity, list[Token]] | None:
    """The lean of a quoted clause's judging words, the target's own words left out. Nouns
    name events as often as they judge ("attack", "repeal") and an adjective before a noun
    classifies it as often ("criminal charges", "free cases"), so neither counts; toward
    an actor one judging word is not enough."""
    named = set(target.subtree)
    judging = [
        t for t in inside if t.pos_ != "NOUN" and t.dep_ not in CLASSIFYING_DEPS and t not in named
    ]
    lean = _lean(judging, context)
    if lean is None or (target.i in context.mention_of and len(lean[1]) < QUOTED_LEAN_WORDS):
        return None
    return lean


def _quoted_children(verb: Token, quote: QuoteSpan, context: StanceContext) -> set[int]:
    """The verb's children among its own words inside `quote` (those of `_own_words`: a
    child is outside them only when it is itself a nested clause), found without reading
    the whole clause: a clause whose target is no actor is read no further."""
    return {
        child.i
        for child in verb.children
        if not (child.dep_ in NESTED_CLAUSE_DEPS and child.pos_ in {"VERB", "AUX"})
        and context.speaker_at(child) is quote
    }


def _quoted_target(
    verb: Token, inside_at: set[int], speaker: str, context: StanceContext
) -> Token | None:
    """The clause's subject or object when it is an actor other than the speaker, else its
    subject when it is no pronoun (`inside_at`: the verb's children inside the quote). An
    actor deeper in the clause ("make our case to Council Members") is not what it judges."""
    arguments = [c for c in verb.children if c.dep_ in ARGUMENT_DEPS and c.i in inside_at]
    arguments += [
        o
        for c in verb.children
        if c.dep_ == "prep" and c.i in inside_at
        for o in c.children
        if o.dep_ == "pobj"
    ]
    named = next(
        (
            t
            for t in arguments
            if t.i in context.mention_of and context.mention_of[t.i].kb_id_ != speaker
        ),
        None,
    )
    if named is not None:
        return named
    # the speaker's own doings ("I", "we") are no stance toward anything
    subjects = [c for c in arguments if c.dep_ in {"nsubj", "nsubjpass"}]
    if not subjects or subjects[0].lower_ in context.resolver.words.first_person_pronouns:
        return None
    return subjects[0]


def _own_words(verb: Token) -> list[Token]:
    """A clause's words without the clauses it governs, which are read at their own verbs."""
    nested = {
        t.i
        for child in verb.children
        if child.dep_ in NESTED_CLAUSE_DEPS and child.pos_ in {"VERB", "AUX"}
        for t in child.subtree
    }
    return [t for t in verb.subtree if t.i not in nested]


def _words_between(verb: Token, target: Token) -> list[Token]:
    """The verb, the words on the parse path from it down to the target, and what modifies
    them ("made a colossal mistake"): the words that say something about the target."""
    path = [verb]
    below = target
    for ancestor in target.ancestors:
        if ancestor == verb:
            break
        if not _acts_on_its_own(ancestor, below):
            path.append(ancestor)
        below = ancestor
    # an adjective speaks of its own noun: only the target's and its head's count
    described = {target.i, target.head.i}
    words = path + [
        child
        for node in path
        for child in node.children
        if child.dep_ in MODIFIERS and (child.dep_ != "amod" or node.i in described)
    ]
    return words


def _suspected_between(between: list[Token], target: Token, context: StanceContext) -> bool:
    """Whether the path to the target passes a suspicion ("those suspected of supporting
    X", "accused of backing X"): what is suspected is the suspects' stance, not the
    subject's."""
    suspicions = context.cues.suspicion_verbs
    return any(
        word.tag_ == "VBN"
        and word.dep_ == "acl"
        and word.lemma_.casefold() in suspicions
        and word in target.ancestors
        for word in between
    )


def _of_the_target(word: Token, target: Token, context: StanceContext) -> bool:
    """Whether `word` says what the target does or feels, not what anyone thinks of it."""
    return _good_deed_of(word, target, context) or _feeling_of(word, target, context)


def _feeling_of(word: Token, target: Token, context: StanceContext) -> bool:
    """Whether `word` is the target's own feeling ("Australia will have been disappointed",
    "the family was extremely disappointed, said Roe"): the target feels it, and no one
    judges the target by it."""
    subject = _phrase_head(target)
    if word.lower_ not in context.cues.experiencer or subject.dep_ not in {"nsubj", "nsubjpass"}:
        return False
    return word == subject.head or (word.dep_ == "acomp" and word.head == subject.head)


def _phrase_head(word: Token) -> Token:
    """The head of the name a word is part of: "union" of "the Teamsters union"."""
    while word.dep_ in {"compound", "flat"} and word.head != word:
        word = word.head
    return word


def _good_deed_of(word: Token, target: Token, context: StanceContext) -> bool:
    """Whether `word` is a good thing the target does ("Congress approved the bill",
    "Birmingham improved"): reporting it is no support of the doer, where reporting a
    wrong it did ("said TCN had ignored warnings") is an accusation."""
    return word == _act_of(target) and _tone_of(word, context) == "support"


def _act_of(target: Token) -> Token | None:
    """The verb of which the target is the doer: its subject ("Congress approved the
    bill") or its agent ("investigated by the Justice Department")."""
    if target.dep_ == "nsubj":
        return target.head
    if target.dep_ == "pobj" and target.head.dep_ == "agent":
        return target.head.head
    return None


def _acts_on_its_own(node: Token, below: Token) -> bool:
    """Whether `node` is a first conjunct with an object of its own above the conjunct the
    path goes down through: "praising the union and criticizing Hammond", "defending
    himself ... and labeling Hammond" — each participle judges its own object, so the
    praise says nothing of Hammond."""
    return below.dep_ == "conj" and any(child.dep_ == "dobj" for child in node.children)


def _turns(word: Token, context: StanceContext) -> bool:
    """A refusal or a denial on the path, which the specific readers weigh and tone cannot."""
    lemma = word.lemma_.casefold()
    return lemma in context.cues.flip_verbs or lemma in context.cues.denial_verbs


def _lean(words: list[Token], context: StanceContext) -> tuple[Polarity, list[Token]] | None:
    """The polarity most of the judging words take (a negated verb takes the other side),
    and those words, when one side has at least twice the words of the other."""
    sides: dict[Polarity, list[Token]] = {"support": [], "oppose": []}
    for word in words:
        if word.i in context.mention_of or word.is_punct:
            continue
        polarity = _tone_of(word, context)
        if polarity is not None and _negated_clause(word, context):
            polarity = flip(polarity)  # "said he does not support Roe"
        if polarity is not None:
            sides[polarity].append(word)
    support, oppose = len(sides["support"]), len(sides["oppose"])
    if support >= 2 * oppose and support:
        return "support", sides["support"]
    if oppose >= 2 * support and oppose:
        return "oppose", sides["oppose"]
    return None


def _negated_clause(word: Token, context: StanceContext) -> bool:
    """Whether a verb heading a clause on tone's path is negated ("does not support"); a
    participle that describes a noun ("those not accused") judges no one either way."""
    heads_clause = word.pos_ == "VERB" and word.dep_ in NEGATED_CLAUSE_DEPS
    # "was not good", "would not be welcome": the copula's negation is its complement's
    completes = word.dep_ in {"acomp", "attr"}
    return (heads_clause or completes) and negates_clause(word, context)


def _tone_of(word: Token, context: StanceContext) -> Polarity | None:
    """A word's polarity: the hand-written stance verbs and judgments, then the lexicon."""
    cues = context.cues
    lemma = word.lemma_.casefold()
    if lemma in cues.neutral or lemma in cues.outcome_verbs:
        return None
    # a stance verb's word as an adverb or particle takes no side ("hit back", "went back")
    verb = word.pos_ not in PARTICLE_POS
    found = (
        (cues.verbs.get(lemma) if verb else None)
        or cues.evaluative_verbs.get(lemma)
        or cues.evaluative.get(word.lower_)
        or cues.evaluative.get(lemma)
    )
    if found or word.pos_ not in LEXICON_POS:
        return found
    return context.polarity.of(word.lower_, lemma)
