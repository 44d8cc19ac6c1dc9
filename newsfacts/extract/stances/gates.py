"""Which readers can read a word, decided from the Doc's arrays before any Token is made.

Most words carry no cue, yet every reader of a word's part of speech would be called on it
and turn it away, each after making a Token and reading its lemma: that dispatch was most of
the stage's time. Every reader's first test is a word-list lookup of the word's lemma or
form, or a shape the arrays show (a preposition "in" below the verb, an actor as its
subject, a quote around the word). Those tests are run here once per distinct word and per
Doc, and a word that passes none is never made a Token.

A test is only a necessary condition of its reader ("could fire"), never a decision: the
reader still decides, so the stances found are exactly those the full dispatch finds.
"""

from __future__ import annotations

from collections.abc import Collection, Iterable, Sequence
from dataclasses import dataclass, field
from itertools import accumulate
from typing import Final

from spacy.attrs import DEP, HEAD, LEMMA, LOWER, POS, SENT_START
from spacy.symbols import CCONJ, DET, NUM, PART, PRON, PUNCT, SPACE, SYM, X
from spacy.tokens import Doc

from newsfacts.extract.stances.cues import PolarityLexicon, StanceCues

# Parts of speech that never carry a stance cue: skipping them halves the tokens to read.
NO_CUE_POS = frozenset({PUNCT, SPACE, DET, NUM, CCONJ, PRON, SYM, X, PART})


class Cue:
    """What a word could be a cue of: one bit per reader's test, combined with `|` (plain
    ints: an enum's `|` costs more than the tests it stands for)."""

    VERB: Final = 1  # verb_readings: a stance verb, or the -ed form of one the model cut short
    RATED: Final = 2  # lexicon_verb_readings: a word the polarity lexicon rates
    ENABLING: Final = 4  # enabling_readings
    PREPOSITION: Final = 8  # preposition_readings: a verb of a phrasal cue or of a cue preposition
    DEMAND: Final = 16  # demand_readings, readiness_readings: demand and refusal verbs, "willing"
    ROLE: Final = 32  # role_readings
    NOUN: Final = 64  # noun_readings: stance, vote, concern and lawsuit nouns
    EXPERIENCER: Final = 128  # experiencer_readings, by the word's form
    NAMING: Final = 256  # naming_readings
    QUOTED: Final = 512  # quoted_tone_readings: inside an attributed quote with a judging word
    ACTOR_SUBJECT: Final = 1024  # tone_readings: a verb with an actor as its subject
    IN_PREPOSITION: Final = 2048  # preposition_readings: "ruled in favor of", any verb with "in"
    EVALUATION: Final = 4096  # evaluation_readings: a judging word or phrase slot inside a quote
    JUDGING: Final = 8192  # a judging word or verb, which `EVALUATION` needs (with a quote)
    DISPUTING: Final = 16384  # disputing_readings: "denied the claims", "dismissed claims that"
    WARNING: Final = 32768  # warning_readings: "warned that the plan could fail"
    ALLEGING: Final = 65536  # alleging_readings: "alleged that Apple infringed its patents"


ANY_CUE = (1 << 17) - 1
"""Every bit: a token read without its gates, by every reader of its part of speech."""

# The bits of a word the tone readers may count as judging: a stance verb, a judging word or
# verb, a word the polarity lexicon rates.
TONE_WORDS = Cue.VERB | Cue.RATED | Cue.JUDGING

# The dependencies in which `evaluation_readings` looks for an evaluative phrase below a word.
PHRASE_SLOTS = ("attr", "prep", "acomp")


@dataclass
class CueWords:
    """The word-list tests of the readers, answered once per distinct lemma and form (the
    answers hold for the stage's lifetime, as its lexicons do)."""

    cues: StanceCues
    polarity: PolarityLexicon
    _by_lemma: dict[int, int] = field(default_factory=dict)
    _by_form: dict[int, int] = field(default_factory=dict)
    _phrasal_starts: frozenset[str] = frozenset()
    _judging_verb_starts: frozenset[str] = frozenset()
    phrase_words: tuple[frozenset[str], ...] = ()
    """The words of each evaluative phrase ("right direction")."""

    def __post_init__(self) -> None:
        # "move forward with" is looked up as lemma, particles, preposition, and "shut out"
        # as lemma and particle: the verb's lemma is a word-boundary prefix of the key
        self._phrasal_starts = _word_prefixes(self.cues.phrasal, whole=False)
        self._judging_verb_starts = _word_prefixes(self.cues.evaluative_verbs, whole=True)
        self.phrase_words = tuple(frozenset(key.split()) for key in self.cues.evaluative_phrases)

    @property
    def known_lemmas(self) -> dict[int, int]:
        """The bits of every lemma asked about so far, by its id."""
        return self._by_lemma

    @property
    def known_forms(self) -> dict[int, int]:
        """The bits of every lower-case form asked about so far, by its id."""
        return self._by_form

    def of_lemma(self, lemma_id: int, doc: Doc) -> int:
        """The bits the readers' tests of a lemma give (by its id in `doc`'s strings)."""
        found = self._by_lemma.get(lemma_id)
        if found is None:
            found = self._by_lemma[lemma_id] = self._lemma_cues(doc.vocab.strings[lemma_id])
        return found

    def of_form(self, lower_id: int, doc: Doc) -> int:
        """The bits the readers' tests of a lower-case form give."""
        found = self._by_form.get(lower_id)
        if found is None:
            found = self._by_form[lower_id] = self._form_cues(doc.vocab.strings[lower_id])
        return found

    def _lemma_cues(self, lemma: str) -> int:
        cues, lemma = self.cues, lemma.casefold()
        judging = (
            lemma in cues.evaluative
            or lemma in cues.evaluative_modifiers
            or lemma in self._judging_verb_starts
        )
        tests = (
            # a verb of feeling caused is read by `affected_readings`, beside the stance verbs
            (Cue.VERB, lemma in cues.verbs or lemma in cues.affecting_verbs),
            (Cue.RATED, lemma in self.polarity.words),
            (Cue.ENABLING, lemma in cues.enabling_verbs),
            (Cue.PREPOSITION, lemma in self._phrasal_starts or lemma in cues.preposition_verbs),
            (
                Cue.DEMAND,
                lemma in cues.demand_verbs
                or lemma in cues.flip_verbs
                or lemma in cues.object_demand_verbs
                or lemma in cues.readiness_adjectives,
            ),
            (Cue.ROLE, lemma in cues.role_nouns),
            (
                Cue.NOUN,
                lemma in cues.stance_nouns
                or lemma in cues.vote_nouns
                or lemma in cues.concern_nouns
                or lemma in cues.lawsuit_nouns
                or lemma in cues.intent_nouns,
            ),
            (Cue.NAMING, lemma in cues.naming_verbs),
            (Cue.DISPUTING, lemma in cues.disputing_verbs),
            (Cue.WARNING, lemma in cues.warning_verbs),
            (Cue.ALLEGING, lemma in cues.accusing_verbs),
            (Cue.JUDGING, judging),
        )
        return _flags(tests)

    def _form_cues(self, lower: str) -> int:
        cues = self.cues
        stem = lower[:-1] if lower.endswith("ed") else ""
        tests = (
            (Cue.VERB, stem in cues.verbs),
            (Cue.RATED, lower in self.polarity.words),
            (Cue.EXPERIENCER, lower in cues.experiencer),
            (Cue.JUDGING, lower in cues.evaluative or lower in cues.evaluative_modifiers),
        )
        return _flags(tests)


def _word_prefixes(keys: Iterable[str], *, whole: bool) -> frozenset[str]:
    """The leading words of each key ("move", "move forward" of "move forward with"), with
    the whole key too when `whole`."""
    found: set[str] = set()
    for key in keys:
        parts = key.split(" ")
        found.update(" ".join(parts[:n]) for n in range(1, len(parts) + int(whole)))
    return frozenset(found)


def _flags(tests: tuple[tuple[int, bool], ...]) -> int:
    return sum(flag for flag, passed in tests if passed)


def word_cues(
    doc: Doc, words: CueWords, mentions: Collection[int], quote_at: Sequence[object | None]
) -> list[int]:
    """For each token, what it could be a cue of (0: no reader can read it).

    `mentions` are the tokens of actor mentions, `quote_at[i]` the attributed quote holding
    token i (None outside quotes). The tone readers weigh the judging words of a clause: a
    verb is their cue only where its sentence (for an actor subject) or its quote has one.
    """
    pos, lemmas, forms, deps, starts = doc.to_array([POS, LEMMA, LOWER, DEP, SENT_START]).T.tolist()
    # heads are offsets, negative ones wrapped round in the array's unsigned integers
    offsets = doc.to_array(HEAD).astype("int64").tolist()
    by_lemma, by_form = words.known_lemmas, words.known_forms  # most words: asked before
    lexical = [
        (by_lemma[lemma] if lemma in by_lemma else words.of_lemma(lemma, doc))
        | (by_form[form] if form in by_form else words.of_form(form, doc))
        for lemma, form in zip(lemmas, forms, strict=True)
    ]
    sentence_of = list(accumulate(int(start == 1) for start in starts))
    toned = [i for i, flags in enumerate(lexical) if flags & TONE_WORDS]
    toned_sentences = {sentence_of[i] for i in toned}
    toned_quotes = {id(quote_at[i]) for i in toned if quote_at[i] is not None}
    shapes = _shapes(doc, mentions, forms, deps, offsets)
    slots = _phrase_slots(doc, words, forms)
    found = []
    for i, part in enumerate(pos):
        if part in NO_CUE_POS:
            found.append(0)
            continue
        flags = lexical[i] | shapes[i]
        if sentence_of[i] not in toned_sentences:
            flags &= ~Cue.ACTOR_SUBJECT
        quote = quote_at[i]
        if quote is not None:
            if id(quote) in toned_quotes:
                flags |= Cue.QUOTED
            if flags & (Cue.JUDGING | Cue.RATED) or deps[i] in slots:
                flags |= Cue.EVALUATION
        found.append(flags)
    return found


def _shapes(
    doc: Doc, mentions: Collection[int], forms: list[int], deps: list[int], offsets: list[int]
) -> list[int]:
    """The bits of what stands below each word: an actor as its subject, a preposition "in"."""
    strings = doc.vocab.strings
    nsubj, prep, word_in = strings["nsubj"], strings["prep"], strings["in"]
    shapes = [0] * len(doc)
    for i, (dep, offset) in enumerate(zip(deps, offsets, strict=True)):
        if dep == nsubj and i in mentions:
            shapes[i + offset] |= Cue.ACTOR_SUBJECT
        elif dep == prep and forms[i] == word_in:
            shapes[i + offset] |= Cue.IN_PREPOSITION
    return shapes


def _phrase_slots(doc: Doc, words: CueWords, forms: list[int]) -> frozenset[int]:
    """The dependency ids under which an evaluative phrase may be found, when the Doc has
    every word of one (a phrase below a word is made of the Doc's words); else none."""
    strings = doc.vocab.strings
    present = set(forms)
    if not any(all(strings[w] in present for w in phrase) for phrase in words.phrase_words):
        return frozenset()
    return frozenset(strings[dep] for dep in PHRASE_SLOTS)
