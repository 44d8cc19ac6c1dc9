"""Where a quote's words stand and who the subject of a reporting verb is.

The helpers both attribution finders read the parse with: the speaker subject of a verb
("who" in "McConnell, who in 2010 said"), a name the parser left without a verb, the head
of a speaker phrase within a frame, the source of "according to", whether a verb is negated,
and the sentence and paragraph a token or an offset falls in. None of them re-parses.
"""

from __future__ import annotations

from bisect import bisect_right

from spacy.tokens import Doc, Token

from newsfacts.extract.quotes.marks import DASH_CHARS, paragraph_ranges
from newsfacts.extract.syntax import ACTIVE_SUBJECT, same_paragraph

# Dependencies through which a verb reaches its subject when it has none of its own: "on
# Monday night said" (conj of "has retained"), "saying its refusal ..." (advcl of "ruled"),
# "was quick to say" (the infinitive of "quick", the complement of "was").
PASSIVE_SUBJECT = "nsubjpass"
SUBJECT_CLIMB_DEPS = {"conj", "xcomp", "advcl", "pcomp", "prep", "acomp"}
NOT_SPEAKERS = {"it", "this", "there", "which", "what"}
MAX_CLIMB = 4
TIME_ENTITIES = {"DATE", "TIME"}


def subject_of(verb: Token) -> Token | None:
    """The speaker subject of a verb, as written ("who" in "McConnell, who in 2010 said"),
    climbing from a verb that has none to the verb it hangs from. A subject in another
    paragraph is a misparse (a headline run into the first sentence), not a speaker; when
    the parser gives the verb a second subject from the paragraph before ("9:30 p.m." over
    a blank line before "Roe says ..."), the one in the verb's own paragraph speaks (see
    `_likeliest_subject` for two there)."""
    if verb.tag_ == "VBG" and not any(c.dep_ == ACTIVE_SUBJECT for c in verb.children):
        named = name_before(verb)
        if named is not None:
            return named
    quoted = quoted_as_saying(verb)
    if quoted is not None:
        return quoted
    node = verb
    for _ in range(MAX_CLIMB):
        subjects = [c for c in node.children if c.dep_ == ACTIVE_SUBJECT]
        if subjects:
            subject = _likeliest_subject([c for c in subjects if same_paragraph(c, verb)], node)
            speaks = subject is not None and subject.lower_ not in NOT_SPEAKERS
            return subject if speaks else None
        passive = _passive_subject_shared(verb, node)
        if passive is not None:
            return passive
        climbs = node.dep_ in SUBJECT_CLIMB_DEPS or (node is verb and _coordinated(verb))
        if not climbs or node.head is node:
            return name_before(verb)
        node = node.head
    return None


def _passive_subject_shared(verb: Token, node: Token) -> Token | None:
    """The passive subject a conjoined verb without a subject of its own shares with the
    main verb of its sentence ("Roe was joined on stage by Doe and joked, “...”": Roe)."""
    if node is verb or verb.dep_ != "conj" or node.dep_ != "ROOT":
        return None
    if any(c.dep_ in {ACTIVE_SUBJECT, PASSIVE_SUBJECT} for c in verb.children):
        return None
    passive = next((c for c in node.children if c.dep_ == PASSIVE_SUBJECT), None)
    return passive if passive is not None and passive.lower_ not in NOT_SPEAKERS else None


def _likeliest_subject(subjects: list[Token], verb: Token) -> Token | None:
    """Of the subjects a parse gives one verb, the one that speaks: one after the verb
    ("..., said Jane Roe", where the parser also took a noun before the quote), else the
    first before it that is no dateline ("LONDON (Reuters) - Jane Roe said": Roe)."""
    after = [s for s in subjects if s.i > verb.i]
    if after:
        return after[0]
    named = [s for s in subjects if not _opens_dateline(s)] or subjects
    return named[0] if named else None


def _opens_dateline(token: Token) -> bool:
    """A place followed by a bracketed agency or a dash, as a wire dateline is ("LONDON
    (Reuters) -", "Washington (AFP) –")."""
    after = token.doc[token.i + 1] if token.i + 1 < len(token.doc) else None
    return token.ent_type_ == "GPE" and after is not None and after.text in {"(", *DASH_CHARS}


def _coordinated(verb: Token) -> bool:
    """ "X said ... but said “...”", "and added": a verb right after "and" or "but" that the
    parser hung from the first verb as its complement, not as a second verb of X's."""
    before = verb.doc[verb.i - 1] if verb.i > verb.sent.start else None
    return before is not None and before.dep_ == "cc" and verb.dep_ == "ccomp"


def quoted_as_saying(verb: Token) -> Token | None:
    """X in "X is quoted in the Mirror as saying", "X was reported as saying": the passive
    subject of the verb that "as saying" hangs from, never the paper named beside it."""
    marker = verb.head
    if verb.dep_ != "pcomp" or marker.lower_ != "as" or marker.dep_ != "prep":
        return None
    return next((c for c in marker.head.children if c.dep_ == "nsubjpass"), None)


def name_before(verb: Token) -> Token | None:
    """A name right before a verb the parser left without a subject ("Baltimore County
    Executive Kevin Kamenetz issued the following statement", parsed as an appositive;
    "footage of Hillary Clinton asking, “...”"); never a day's name ("tweets early Friday
    saying")."""
    sentence_start = verb.sent.start
    index = verb.i - 1
    while index > sentence_start and verb.doc[index].pos_ in {"ADV", "AUX", "PART"}:
        index -= 1
    if index < sentence_start:
        return None
    previous = verb.doc[index]
    named = previous.pos_ == "PROPN" and previous.ent_type_ not in TIME_ENTITIES
    return previous if named else None


def phrase_head(token: Token, frame: list[Token]) -> Token:
    """The head noun of the phrase `token` belongs to ("Sen." -> "Cryan"), within the frame;
    the object of a noun's preposition belongs to that noun ("Acme" -> "spokeswoman" in "a
    spokeswoman for Acme"), so the resolver sees who speaks, not only whom for."""
    inside = {t.i for t in frame}
    while token.head.i in inside and token.head is not token:
        governs = token.head
        if token.dep_ == "pobj" and governs.dep_ == "prep" and governs.head.i in inside:
            if governs.head.pos_ != "NOUN":
                break
            token = governs.head
        elif token.dep_ in {"compound", "flat", "amod", "det", "poss"}:
            token = governs
        else:
            break
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
