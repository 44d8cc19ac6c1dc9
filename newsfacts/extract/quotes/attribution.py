"""The syntax of attribution: reporting verbs, their subjects, and what they report.

Shared by the direct-quote finder (`quotes`) and the reported-speech finder (`reported`).
Every function reads the parse the model already made; none re-parses.
"""

from __future__ import annotations

from bisect import bisect_right
from dataclasses import dataclass

from spacy.tokens import Doc, Token

from newsfacts.extract.quotes.marks import paragraph_ranges
from newsfacts.resources.lexicon import Lexicon, Words

SUBJECT_DEPS = {"nsubj"}
# Dependencies through which a verb reaches its subject when it has none of its own: "on
# Monday night said" (conj of "has retained"), "saying its refusal ..." (advcl of "ruled").
SUBJECT_CLIMB_DEPS = {"conj", "xcomp", "advcl", "pcomp"}
# Ways words may hang from a reporting verb without being what it reports: its subject, a
# prepositional phrase ("said on “Face the Nation”"), an adverb.
BLOCKED_PATH_DEPS = {"nsubj", "nsubjpass", "csubj", "prep", "agent", "npadvmod", "advmod"}
ADDRESSEE_DEPS = {"dobj", "dative", "iobj"}
NOT_SPEAKERS = {"it", "this", "there", "which", "what"}
MAX_CLIMB = 4


class ReportingLexicon(Lexicon):
    """Reporting verbs and the words around them (see `reporting_verbs.json`)."""

    shipped = "reporting_verbs.json"

    verbs: Words
    naming_verbs: Words
    addressee_verbs: Words
    statement_verbs: Words
    statement_nouns: Words
    speech_nouns: Words

    def is_reporting(self, token: Token) -> bool:
        """A verb of saying ("said", "warned", "tweeted")."""
        return token.tag_.startswith("VB") and token.lemma_.lower() in self.verbs

    def is_naming(self, token: Token) -> bool:
        """A verb that quotes its object's words ("called it a “huge win”")."""
        return token.tag_.startswith("VB") and token.lemma_.lower() in self.naming_verbs

    def speaks(self, token: Token) -> bool:
        """A reporting or naming verb that is not negated."""
        said = self.is_reporting(token) or self.is_naming(token)
        return said and not is_negated(token)

    def states(self, token: Token) -> bool:
        """A verb of saying, or one whose object is a statement ("issued the following
        statement", "put out a statement"), not negated."""
        if is_negated(token):
            return False
        if self.is_reporting(token):
            return True
        return token.lemma_.lower() in self.statement_verbs and any(
            child.dep_ == "dobj" and child.lemma_.lower() in self.statement_nouns
            for child in token.children
        )

    def speech_owner(self, token: Token) -> Token | None:
        """X in "X’s claim that ...", "X’s statement"."""
        if token.pos_ != "NOUN" or token.lemma_.lower() not in self.speech_nouns:
            return None
        return next((child for child in token.children if child.dep_ == "poss"), None)

    def reports_through(self, verb: Token, child: Token) -> bool:
        """True when words hanging from `verb` through `child` are what the verb reports,
        not its subject, a prepositional phrase or the person spoken to ("told MSNBC’s")."""
        if child.dep_ in BLOCKED_PATH_DEPS:
            return False
        addressee = verb.lemma_.lower() in self.addressee_verbs and child.dep_ in ADDRESSEE_DEPS
        return not addressee


@dataclass(frozen=True)
class Attribution:
    """How a stretch of speech was attributed: the form that matched (see FORM_CONFIDENCE
    in `quotes`), the reporting verb, and the head of the speaker phrase as written."""

    form: str
    verb: Token | None = None
    speaker: Token | None = None


@dataclass(frozen=True)
class Reported:
    """Speech found in the text: the offsets of its words, its kind and its attribution."""

    start: int
    end: int
    kind: str
    attribution: Attribution


def subject_of(verb: Token) -> Token | None:
    """The speaker subject of a verb, as written ("who" in "McConnell, who in 2010 said"),
    climbing from a verb that has none to the verb it hangs from. A subject in another
    paragraph is a misparse (a headline run into the first sentence), not a speaker."""
    if verb.tag_ == "VBG" and not any(c.dep_ in SUBJECT_DEPS for c in verb.children):
        named = name_before(verb)
        if named is not None:
            return named
    node = verb
    for _ in range(MAX_CLIMB):
        subject = next((c for c in node.children if c.dep_ in SUBJECT_DEPS), None)
        if subject is not None:
            speaks = subject.lower_ not in NOT_SPEAKERS and same_paragraph(subject, verb)
            return subject if speaks else None
        if node.dep_ not in SUBJECT_CLIMB_DEPS or node.head is node:
            return name_before(verb)
        node = node.head
    return None


def name_before(verb: Token) -> Token | None:
    """A name right before a verb the parser left without a subject ("Baltimore County
    Executive Kevin Kamenetz issued the following statement", parsed as an appositive;
    "footage of Hillary Clinton asking, “...”")."""
    sentence_start = verb.sent.start
    index = verb.i - 1
    while index > sentence_start and verb.doc[index].pos_ in {"ADV", "AUX", "PART"}:
        index -= 1
    if index < sentence_start:
        return None
    previous = verb.doc[index]
    return previous if previous.pos_ == "PROPN" else None


def same_paragraph(first: Token, second: Token) -> bool:
    """True when no line break lies between the two tokens."""
    start, end = sorted((first.i, second.i))
    return not any("\n" in token.text_with_ws for token in first.doc[start:end])


def is_negated(verb: Token) -> bool:
    """True for "did not rule on ...": a negated verb reports nothing that was said."""
    return any(child.dep_ == "neg" for child in verb.children)


def phrase_head(token: Token, frame: list[Token]) -> Token:
    """The head noun of the phrase `token` belongs to ("Sen." -> "Cryan"), within the frame."""
    inside = {t.i for t in frame}
    while token.dep_ in {"compound", "flat", "amod", "det", "poss"} and token.head.i in inside:
        token = token.head
    return token


def according_source(token: Token) -> Token | None:
    """X in "according to X"."""
    for child in token.children:
        if child.lower_ == "to":
            return next((c for c in child.children if c.dep_ == "pobj"), None)
    return None


def sentence_numbers(doc: Doc) -> list[int]:
    """The sentence number of every token, computed once: `Token.sent` builds a Span on
    each call, which is slow when asked for every token of a frame."""
    numbers = [0] * len(doc)
    for number, sentence in enumerate(doc.sents):
        numbers[sentence.start : sentence.end] = [number] * len(sentence)
    return numbers


class Paragraphs:
    """Paragraph ranges of a text, and which paragraph an offset falls in."""

    def __init__(self, text: str) -> None:
        self.ranges = paragraph_ranges(text) or [(0, len(text))]
        self._starts = [start for start, _ in self.ranges]

    def index(self, char: int) -> int:
        return max(bisect_right(self._starts, char) - 1, 0)

    def bounds(self, char: int) -> tuple[int, int]:
        return self.ranges[self.index(char)]

    def start(self, char: int) -> int:
        return self.bounds(char)[0]
