"""Attribution: which reporting verb and speaker each quote of a Doc is tied to.

`AttributionFinder` tries the forms of news text in turn, from the surest to the weakest
(trailing, leading, in the clause, continuation, preceding; see `quotes.component`);
`ReportingLexicon` (`reporting`) knows the reporting verbs and what they report, and is shared
with the reported-speech finder (`reported`). Every rule reads the parse the model already
made; none re-parses. The helpers both finders use are in `frames`.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

from spacy.tokens import Doc, Span, Token

from newsfacts.extract.quotes.frames import (
    MAX_CLIMB,
    SUBJECT_CLIMB_DEPS,
    TIME_ENTITIES,
    Paragraphs,
    phrase_head,
    sentence_numbers,
    subject_of,
)
from newsfacts.extract.quotes.marks import (
    DASH_CHARS,
    QuotedSpan,
    SpanIndex,
    expects_attribution_after,
    title_cased,
)
from newsfacts.extract.quotes.reporting import ReportingLexicon
from newsfacts.extract.syntax import (
    ACTIVE_SUBJECT,
    NOMINAL_SUBJECTS,
    RELATIVE_TAGS,
    VERB_POS,
    agent_of,
    same_paragraph,
)

# "a letter from Doe", "a piece by Doe": a text that names its author.
AUTHOR_PREPOSITIONS = {"from", "by"}
# A participle that describes a noun ("in a written statement") utters nothing.
ADJECTIVAL = "amod"
RELATIVE_CLAUSE = "relcl"
NOMINAL_POS = {"PROPN", "NOUN", "PRON"}
DASHES = {*DASH_CHARS, "--"}
# What ends a clause of the narration right before the quote it introduces (`acting`).
ACT_ENDINGS = (",", *DASH_CHARS)
MAX_PATH = 8
LABEL_MAX_WORDS = 8
CREDIT_LINE_MAX_WORDS = 10
NOT_LABEL_OPENINGS = {"ADP", "ADV", "CCONJ", "SCONJ", "PRON"}
OPENING_BRACKETS = {"(", "["}
CLOSING_BRACKETS = {")", "]"}
TRANSCRIPT_LABEL = re.compile(r"([A-Z][A-Z'.-]{2,}(?: [A-Z][A-Z'.-]+){0,2}):\s")
CLAUSE_BREAKS = ":,;.!?—–-([“\"‘'"


@dataclass(frozen=True)
class Attribution:
    """How a stretch of speech was attributed: the form that matched (see FORM_CONFIDENCE
    in `quotes.quotations`), the reporting verb, and the head of the speaker phrase as written."""

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


def inside_clause(text: str, span: QuotedSpan, paragraph_start: int) -> bool:
    """True when the quote sits inside a sentence of the reporter's (are “deeply
    disappointed”), rather than standing as a statement of its own."""
    before = text[paragraph_start : span.open_at].rstrip()
    if not before or before[-1] in CLAUSE_BREAKS:
        return bool(before) and text[span.start : span.start + 1].islower()
    return True


class AttributionFinder:
    """Finds the attribution of each quote of one Doc, in text order (a continuation needs
    the attribution of the quote before it)."""

    def __init__(
        self,
        doc: Doc,
        text: str,
        lexicon: ReportingLexicon,
        spans: list[QuotedSpan],
        paragraphs: Paragraphs,
    ) -> None:
        self.doc = doc
        self.text = text
        self.lexicon = lexicon
        self.spans = spans
        self.index = SpanIndex(spans)
        self.paragraphs = paragraphs
        self.sentence = sentence_numbers(doc)
        self.found: list[Attribution] = []

    def find_all(self) -> list[Attribution]:
        for index in range(len(self.spans)):
            self.found.append(self.find(index))
        return self.found

    def find(self, index: int) -> Attribution:
        """The first attribution form that fits, from the surest to the weakest; a speaker
        found inside another quote is quoted speech, not the speaker."""
        forms: tuple[Callable[[int], Attribution | None], ...] = (
            self.labelled,
            self.trailing,
            self.leading,
            self.in_clause,
            self.continuation,
            self.preceding,
            self.acting,
        )
        for form in forms:
            found = form(index)
            if found is not None and not self._speaker_quoted(found, self.spans[index]):
                return found
        return Attribution("none")

    # -- tokens and neighbours ------------------------------------------------------------

    def tokens(self, start: int, end: int) -> list[Token]:
        """Tokens with a letter or digit inside [start, end): in text without spaces around
        the marks a token can hold a mark and a word ('"Hanson')."""
        span = self.doc.char_span(start, end, alignment_mode="expand") if end > start else None
        return [t for t in span if _has_word_inside(t, start, end)] if span is not None else []

    def same_sentence(self, frame: list[Token], anchor: Token) -> list[Token]:
        return [t for t in frame if self.sentence[t.i] == self.sentence[anchor.i]]

    def neighbour(self, index: int, step: int) -> QuotedSpan | None:
        """The previous (step -1) or next (+1) quote of the same depth in the same paragraph."""
        span = self.spans[index]
        paragraph = self.paragraphs.index(span.open_at if step < 0 else span.close_at)
        other = index + step
        while 0 <= other < len(self.spans):
            candidate = self.spans[other]
            contains = candidate.open_at < span.open_at and candidate.close_at > span.close_at
            if candidate.depth == span.depth and not contains:
                at = candidate.close_at if step < 0 else candidate.open_at
                return candidate if self.paragraphs.index(at) == paragraph else None
            other += step
        return None

    def _in_other_quote(self, token: Token, span: QuotedSpan) -> bool:
        return any(
            other is not span and not (other.start <= span.start and span.end <= other.end)
            for other in self.index.holding(token.idx)
        )

    def _speaker_quoted(self, found: Attribution, span: QuotedSpan) -> bool:
        return found.speaker is not None and self._in_other_quote(found.speaker, span)

    # -- 0. a transcript's turn ----------------------------------------------------------

    def labelled(self, index: int) -> Attribution | None:
        """ "PENCE: Well, look, ..." - a transcript turn names its speaker in capitals
        before a colon, inside the quote marks or right before them."""
        span = self.spans[index]
        inside = self.label_at(span.start)
        if inside is not None:
            return inside
        before = TRANSCRIPT_LABEL.match(self.text, self.paragraphs.start(span.open_at))
        if before is None or self.text[before.end() : span.open_at].strip():
            return None
        return self.label_at(before.start())

    def label_at(self, start: int) -> Attribution | None:
        """The speaker a transcript turn's label names at `start` ("PENCE: ..."): also
        for each paragraph of a transcript quoted whole, turn by turn."""
        match = TRANSCRIPT_LABEL.match(self.text, start)
        named = self.tokens(match.start(1), match.end(1)) if match else []
        return Attribution("label", None, named[-1]) if named else None

    # -- 1. trailing ----------------------------------------------------------------------

    def trailing(self, index: int) -> Attribution | None:
        """“...,” Kenney said in the release. / “...?” said X. / “...” — X"""
        span = self.spans[index]
        if not expects_attribution_after(self.text, span):
            return self._credit_line_after(span)
        following = self.neighbour(index, 1)
        limit = following.open_at if following else self.paragraphs.bounds(span.close_at)[1]
        frame = self.tokens(span.outer_end, limit)
        if not frame:
            return None
        frame = self.same_sentence(frame, frame[0])
        if self._dash_follows(span, limit) and not self._runs_on(frame):
            named = next((t for t in frame if t.pos_ in {"PROPN", "NOUN"}), None)
            return Attribution("dash", None, phrase_head(named, frame)) if named else None
        for token in frame:
            if self.lexicon.credits_after(token) and not _reports_own_clause(token, frame):
                if following is not None and self._answered(index, frame, following):
                    return None
                return Attribution("trailing", token, self._speaker_in(token, frame, True))
        return None

    def _answered(self, index: int, frame: list[Token], following: QuotedSpan) -> bool:
        """True when the frame after a quote introduces the next one and a frame of
        saying before the quote introduces this one: in "Roe responded, “...?” Doe then
        wrote back, “...”" the first quote is Roe's, the second Doe's."""
        words = [t for t in frame if not t.is_punct]
        last = words[-1] if words else frame[-1]
        if self.text[last.idx + len(last) : following.open_at].strip() not in {",", ":"}:
            return False
        leading = self.leading(index)
        return leading is not None and leading.speaker is not None

    def _credit_line_after(self, span: QuotedSpan) -> Attribution | None:
        """A quote that is a paragraph of its own, credited on the next line by a dash and
        a name ("- Jane Roe.", "—Sen. Roe, on the floor."), as lists of quotes print them;
        a line that credits the wire ends a paragraph of the reporter's, not a quote."""
        paragraph = self.paragraphs.index(span.close_at)
        start, end = self.paragraphs.ranges[paragraph]
        alone = not self.text[start : span.open_at].strip()
        if not alone or self.text[span.outer_end : end].strip():
            return None
        if paragraph + 1 >= len(self.paragraphs.ranges):
            return None
        start, line_end = self.paragraphs.ranges[paragraph + 1]
        line = self.text[start:line_end].strip()
        if not line.startswith(tuple(DASHES)) or len(line.split()) > CREDIT_LINE_MAX_WORDS:
            return None
        frame = [t for t in self.tokens(start, line_end) if not t.is_punct]
        named = frame[0] if frame and frame[0].pos_ == "PROPN" else None
        return Attribution("dash", None, phrase_head(named, frame)) if named else None

    def _runs_on(self, frame: list[Token]) -> bool:
        """Whether the words after a dash go on with the sentence rather than credit the
        quote: they open with a verb ("- increasing his lead") or their first noun is the
        subject of a verb that credits nothing ("— the balloons cascaded down")."""
        words = [t for t in frame if not t.is_punct]
        if not words:
            return False
        if words[0].pos_ in VERB_POS:
            return True
        named = next((t for t in words if t.pos_ in NOMINAL_POS), None)
        if named is None or named.dep_ not in NOMINAL_SUBJECTS:
            return False
        verb = named.head
        return verb.pos_ in VERB_POS and verb in frame and not self.lexicon.credits_after(verb)

    def _dash_follows(self, span: QuotedSpan, limit: int) -> bool:
        """A dash after the closing mark, with or without a space (plain or no-break):
        “...”― Jane Roe credits the quote to the name after it."""
        after = self.text[span.outer_end : limit].lstrip(" \t\u00a0")
        return after.startswith(tuple(DASHES))

    def _speaker_in(self, verb: Token, frame: list[Token], after_quote: bool) -> Token | None:
        """The verb's subject if the frame holds it; else, after a quote, the first noun
        after a frame-initial verb ("said Adams") or the first noun of the frame ("Flynn, a
        top Trump surrogate, said"); before a quote, the last noun before the verb. A frame
        with no noun at all (“...,” adding, “...”) takes the subject of the sentence's
        reporting verb ("X told Y that Z “...,” adding, “...”": X, not Z, whose clause the
        parser may hang "adding" from)."""
        subject = self._speaker_of(verb)
        if subject is not None and (
            subject in frame
            or (
                self._narrated_before(subject, verb)
                and not (after_quote and _names_someone(frame, verb))
            )
        ):
            return subject
        if not after_quote:
            adjunct = _participle_subject(verb, frame)
            if adjunct is not None:
                return adjunct
        nouns = [t for t in frame if t.pos_ in NOMINAL_POS and t.ent_type_ not in TIME_ENTITIES]
        if not nouns:
            return self._reporter_of_sentence(verb)
        after = [t for t in nouns if t.i > verb.i]
        before = [t for t in nouns if t.i < verb.i]
        if after_quote:
            verb_first = all(t.is_punct for t in frame if t.i < verb.i)
            ordered = [*after, *before] if verb_first else [*before, *after]
        else:
            ordered = [*reversed(_outside_asides(before, frame, verb)), *after]
        return phrase_head(ordered[0], frame)

    def _speaker_of(self, verb: Token) -> Token | None:
        """The subject of a verb of saying; for one without a subject of its own that the
        parser hung inside another's reported clause ("Roe said Doe will have to choose,
        adding, “...”", "Roe said it was too early to tell but added, “...”"), the outer
        reporter's: Doe's clause is what Roe said, and the verb goes on with Roe's words;
        for one that describes a text, who issued it (see `_issuer`)."""
        outer = self._outer_reporter(verb)
        if outer is not None:
            return outer
        carried = _carrier_of(verb)
        issuer = self._issuer(*carried) if carried is not None else None
        if issuer is not None:
            return issuer
        subject = subject_of(verb)
        sender = self._sender(subject) if subject is not None else None
        return sender if sender is not None else subject

    def _sender(self, subject: Token) -> Token | None:
        """X of a statement that speaks and names who sent it ("an email sent out by X
        warned", "a letter signed by X says"): X speaks through it."""
        if not self.lexicon.states_in(subject):
            return None
        for child in subject.children:
            if child.dep_ == "acl" and child.tag_ == "VBN":
                agent = agent_of(child)
                if agent is not None:
                    return agent
        return None

    def _issuer(self, carrier: Token, relative: bool) -> Token | None:
        """Who speaks through the noun a verb of saying describes: the subject of the verb
        whose object is a text with a relative clause ("Roe ran an ad that urges ...") or
        a statement with a participle ("issued a statement saying ..."), unless the text
        names its author ("a letter from Doe that said"); and the sender of what a
        participle's addressee received ("sent an email to supporters saying ...")."""
        if self.lexicon.carries_words(carrier) if relative else self.lexicon.states_in(carrier):
            by_other = any(
                c.dep_ == "prep" and c.lower_ in AUTHOR_PREPOSITIONS for c in carrier.children
            )
            if by_other or carrier.dep_ != "dobj" or carrier.head.pos_ not in VERB_POS:
                return None
            return subject_of(carrier.head)
        if relative or carrier.dep_ != "pobj" or carrier.head.lower_ != "to":
            return None
        holder = carrier.head.head
        if holder.pos_ in VERB_POS:
            return subject_of(holder)
        if self.lexicon.states_in(holder) and holder.dep_ == "dobj":
            return subject_of(holder.head)
        return None

    def _outer_reporter(self, verb: Token) -> Token | None:
        """The subject of the verb of saying whose reported clause (ccomp) `verb` hangs in,
        climbing only the ways a subjectless verb takes its subject (`SUBJECT_CLIMB_DEPS`);
        None when `verb` has a subject of its own."""
        if any(child.dep_ in NOMINAL_SUBJECTS for child in verb.children):
            return None
        node = verb
        for _ in range(MAX_CLIMB):
            if node.dep_ not in SUBJECT_CLIMB_DEPS or node.head.i == node.i:
                return None
            node = node.head
            if node.dep_ == "ccomp" and self.lexicon.states(node.head):
                return subject_of(node.head)
        return None

    def _narrated_before(self, subject: Token, verb: Token) -> bool:
        """A subject earlier in the verb's sentence, in the narration: a quoted name or
        title before the verb ("Roe shared “Perception” online, writing “...”") cuts the
        frame, not the sentence."""
        if subject.i > verb.i or self.sentence[subject.i] != self.sentence[verb.i]:
            return False
        return not self.index.holding(subject.idx)

    def _reporter_of_sentence(self, verb: Token) -> Token | None:
        """The subject of the reporting verb at the root of the verb's sentence, when it
        is the narration's (not a word of a quote)."""
        root = verb.sent.root
        if root is verb or not self.lexicon.states(root):
            return None
        subject = subject_of(root)
        quoted = subject is not None and bool(self.index.holding(subject.idx))
        return None if quoted else subject

    # -- 2. leading -----------------------------------------------------------------------

    def leading(self, index: int) -> Attribution | None:
        """Frost said, “...” / Marks said in a statement: “...” / From Chairwoman X: “...”"""
        span = self.spans[index]
        previous = self.neighbour(index, -1)
        begin = previous.outer_end if previous else self.paragraphs.start(span.open_at)
        before = self.text[begin : span.open_at].rstrip()
        frame = self.tokens(begin, begin + len(before))
        if not frame:
            return self._colon_paragraph_before(span) if previous is None else None
        frame = self.same_sentence(frame, frame[-1])
        if before.endswith(":"):
            return self._colon(frame)
        verbs = [t for t in frame if t.pos_ == "VERB" and t.dep_ != ADJECTIVAL]
        if not verbs or not self._introduces(verbs[-1]):
            return None
        if before.endswith(",") or frame[-1] == verbs[-1]:
            verb = self._uttering(verbs)
            return Attribution("leading", verb, self._speaker_in(verb, frame, False))
        return None

    def _colon_paragraph_before(self, span: QuotedSpan) -> Attribution | None:
        """A quote opening its paragraph after one that ends in a colon ("Roe continued:",
        "Roe called them on it:") is what that colon introduces, as on one line."""
        paragraph = self.paragraphs.index(span.open_at)
        if paragraph == 0:
            return None
        start, end = self.paragraphs.ranges[paragraph - 1]
        before = self.text[start:end].rstrip()
        if not before.endswith(":") or self.index.holding(start + len(before) - 1):
            return None
        frame = self.tokens(start, start + len(before))
        return self._colon(self.same_sentence(frame, frame[-1])) if frame else None

    def _introduces(self, verb: Token) -> bool:
        """A verb that introduces the quote after it: a verb of saying, or one with its
        particle ("Roe shot back, “...”", "as Roe put it, “...”")."""
        return self.lexicon.is_reporting(verb) or self.lexicon.says_with_particle(verb)

    def _uttering(self, verbs: list[Token]) -> Token:
        """The verb that utters a leading quote: the last one, unless it is a verb of
        belief after a verb of saying ("Roe said, a majority have come to believe “...”")."""
        if not self.lexicon.believes(verbs[-1]):
            return verbs[-1]
        speaking = [
            v for v in verbs[:-1] if self.lexicon.is_reporting(v) and not self.lexicon.believes(v)
        ]
        return speaking[-1] if speaking else verbs[-1]

    def _colon(self, frame: list[Token]) -> Attribution | None:
        """A sentence ending in a colon introduces the quote: its statement verb's subject
        speaks ("X issued the following statement:"); "From X:" names the speaker, and so
        does a name after the dash that ends a digest item's headline, whatever verbs the
        headline holds ("POLLS AGREE - Jane Roe:")."""
        credited = _label_after_dash(frame)
        if credited is not None:
            return credited
        acts = [t for t in frame if self.lexicon.states(t) or self.lexicon.says_with_particle(t)]
        spoken = [t for t in acts if subject_of(t) is not None]
        if spoken:
            return Attribution("colon", spoken[-1], self._speaker_of(spoken[-1]))
        inverted = self._inverted_speaker(frame)
        if inverted is not None:
            return inverted
        if frame[0].lower_ == "from":
            source = next((c for c in frame[0].children if c.dep_ == "pobj"), None)
            return Attribution("colon", None, source) if source is not None else None
        if acts:  # "A spokeswoman for X, which ..., said:" with its subject misparsed
            return Attribution("colon", acts[-1], self._speaker_in(acts[-1], frame, False))
        verbs = [t for t in frame if t.pos_ == "VERB" and subject_of(t) is not None]
        if verbs:
            return Attribution("colon", verbs[-1], subject_of(verbs[-1]))
        return _name_label(frame)

    def _inverted_speaker(self, frame: list[Token]) -> Attribution | None:
        """ "Said Ellis:", "Continued Roe:": a frame that opens with its reporting verb names
        the speaker right after it."""
        words = [t for t in frame if not t.is_punct]
        if len(words) < 2 or not self.lexicon.is_reporting(words[0]):
            return None
        named = next((t for t in words[1:] if t.pos_ == "PROPN"), None)
        return Attribution("colon", words[0], phrase_head(named, frame)) if named else None

    # -- 3. in the clause -----------------------------------------------------------------

    def in_clause(self, index: int) -> Attribution | None:
        """A reporting verb the quoted words hang from ("wrote that they are “deeply
        disappointed”"), the owner of a speech noun ("Trump’s claim that there have been
        “thousands of shootings”"), "according to X" in the same sentence, or, weakest and
        for partial quotes only, the subject of the sentence that uses the words."""
        span = self.spans[index]
        quote = self.doc.char_span(span.start, span.end, alignment_mode="expand")
        if quote is None:
            return None
        attached = [t for t in quote if not quote.start <= t.head.i < quote.end]
        for token in attached:
            found = self._reporting_ancestor(token, quote)
            if found is not None:
                return found
        aside = self._parenthetical(quote)
        if aside is not None:
            return aside
        according = self._according(quote)
        if according is not None or not attached:
            return according
        if inside_clause(self.text, span, self.paragraphs.start(span.open_at)):
            return self._sentence_subject(attached[0], quote)
        return None

    def _reporting_ancestor(self, token: Token, quote: Span) -> Attribution | None:
        """The reporting verb (a verb with its particle too, "pointed out that"; or a speech
        noun) the quoted words hang from, climbing at most
        MAX_PATH steps and never over a line break: a parse that runs a quote's last
        paragraph into the next one ("... a tax cut." / "X says the council ...") hangs
        the quote from a verb that reports something else. A verb of belief or finding
        inside another's speech ("Roe said a majority have come to believe “...”", "Roe
        wrote that the text showed it to be “...”") did not utter the words: the speaker
        further up did."""
        child, node = token, token.head
        believed: Attribution | None = None
        for _ in range(MAX_PATH):
            if quote.start <= node.i < quote.end or not same_paragraph(token, node):
                return believed
            if self.lexicon.speaks(node) or self.lexicon.says_with_particle(node):
                if not self.lexicon.reports_through(node, child):
                    return believed
                subject = self._speaker_of(node)
                if subject is not None and not quote.start <= subject.i < quote.end:
                    found = Attribution("clause", node, subject)
                    if not self.lexicon.believes(node):
                        return found
                    believed = believed or found
            owner = self.lexicon.speech_owner(node)
            if owner is not None:
                return Attribution("clause", None, owner)
            if node.head.i == node.i:  # the root
                return believed
            child, node = node, node.head
        return believed

    def _parenthetical(self, quote: Span) -> Attribution | None:
        """A speaker set off by commas in the quote's sentence ("South Carolina, he said,
        was “where we have a chance”"): the words are that speaker's, not the subject's."""
        sentence = quote[0].sent
        for verb in sentence:
            if quote.start <= verb.i < quote.end or not self.lexicon.speaks(verb):
                continue
            subject = verb.doc[verb.i - 1] if verb.i > sentence.start else None
            if subject is None or subject_of(verb) != subject or subject.i == sentence.start:
                continue
            before = verb.doc[subject.i - 1]
            after = verb.doc[verb.i + 1] if verb.i + 1 < sentence.end else None
            if before.text == "," and after is not None and after.text == ",":
                return Attribution("clause", verb, subject)
        return None

    def _according(self, quote: Span) -> Attribution | None:
        sentence = quote[0].sent
        for token in sentence:
            if token.lower_ == "according" and not quote.start <= token.i < quote.end:
                source = self.lexicon.according_speaker(token)
                if source is not None:
                    return Attribution("according", None, source)
        return None

    def _sentence_subject(self, token: Token, quote: Span) -> Attribution | None:
        """The subject of the clause that uses the words: of the nearest verb of saying
        or of a view above them ("Roe said that Doe was “...”": Roe; "Roe, who mused
        that Doe was “...”": who), else of the nearest verb with a subject above them and
        any verb of saying ("even if he reserved his passion for “...”": he; "Roe issued
        a statement saying that Doe was “...”": Roe), else of the sentence's root."""
        root = token.sent.root
        root_subject = self._clause_subject(root, quote)
        if root_subject is None:
            return None  # a sentence without a speaking subject uses words of no one's
        nearest: Attribution | None = None
        node = token.head
        for _ in range(MAX_PATH):
            subject = self._clause_subject(node, quote) if node.pos_ in VERB_POS else None
            said = self.lexicon.speaks(node) or self.lexicon.holds_view(node)
            if subject is not None and said:
                return Attribution("sentence", node, subject)
            if said:  # "a statement saying that Doe was “...”": Doe is what was said
                nearest = None
            elif subject is not None:
                nearest = nearest or Attribution("sentence", node, subject)
            if node.head.i == node.i:  # the root
                break
            node = node.head
        return nearest or Attribution("sentence", root, root_subject)

    def _clause_subject(self, verb: Token, quote: Span) -> Token | None:
        """The nominal subject of a word outside the quote, itself outside the quote."""
        if quote.start <= verb.i < quote.end:
            return None
        subject = subject_of(verb)
        if subject is None or quote.start <= subject.i < quote.end:
            return None
        return subject if subject.pos_ in NOMINAL_POS else None

    # -- 4. continuation ------------------------------------------------------------------

    def continuation(self, index: int) -> Attribution | None:
        """The next sentence or paragraph of an attributed quote, with nothing else
        reported in between, continues its speaker."""
        span = self.spans[index]
        previous_index = self._previous_top_level(index)
        if span.depth or previous_index is None:
            return None
        previous = self.spans[previous_index]
        earlier = self.found[previous_index]
        if earlier.speaker is None:
            return None
        between = self.tokens(previous.outer_end, span.open_at)
        gap = self.paragraphs.index(span.open_at) - self.paragraphs.index(previous.close_at)
        if gap == 0 and not self._reports_other(between, earlier):
            return Attribution("continuation", earlier.verb, earlier.speaker)
        opens_paragraph = not self.text[self.paragraphs.start(span.open_at) : span.open_at].strip()
        if gap == 1 and opens_paragraph and self._ends_its_paragraph(previous, between):
            return Attribution("continuation", earlier.verb, earlier.speaker)
        return None

    def _previous_top_level(self, index: int) -> int | None:
        return next((i for i in range(index - 1, -1, -1) if self.spans[i].depth == 0), None)

    def _reports_other(self, tokens: list[Token], earlier: Attribution) -> bool:
        """True when someone other than the earlier quote's attribution is reported between;
        a relative clause describes a speaker ("said Roe, who requested anonymity") and
        reports no one new."""
        return any(
            t != earlier.verb
            and t.dep_ != RELATIVE_CLAUSE
            and self.lexicon.states(t)
            and subject_of(t) is not None
            for t in tokens
        )

    def _ends_its_paragraph(self, previous: QuotedSpan, between: list[Token]) -> bool:
        """The previous quote closes its paragraph: at most its attribution follows it."""
        end = self.paragraphs.bounds(previous.close_at)[1]
        tail = [t for t in between if t.idx < end]
        return not tail or len(self.same_sentence(tail, tail[0])) == len(tail)

    # -- 5. preceding ---------------------------------------------------------------------

    def preceding(self, index: int) -> Attribution | None:
        """The speaker of the last sentence before the quote that reports someone saying
        something, in the quote's paragraph, or in the one before when the quote opens its
        own ('Kamenetz issued the following statement:' then ‘My Executive Order ...’)."""
        span = self.spans[index]
        tokens = self.tokens(self._preceding_start(index), span.open_at)
        for token in tokens[::-1]:
            if self._in_other_quote(token, span) or not self.lexicon.states(token):
                continue
            subject = subject_of(token)
            if subject is not None and not self._in_other_quote(subject, span):
                return Attribution("preceding", token, subject)
        return None

    def _preceding_start(self, index: int) -> int:
        span = self.spans[index]
        previous = self.neighbour(index, -1)
        if previous is not None:
            return previous.outer_end
        paragraph_start = self.paragraphs.start(span.open_at)
        if self.text[paragraph_start : span.open_at].strip():
            return paragraph_start
        paragraph = self.paragraphs.index(span.open_at)
        return self.paragraphs.ranges[max(paragraph - 1, 0)][0]

    # -- 6. the clause before ----------------------------------------------------------

    def acting(self, index: int) -> Attribution | None:
        """ "Roe reacted coolly to the deal, “...”": a quote that opens a sentence of its own
        right after a comma or dash that ends a clause of the narration, with no verb of saying,
        is the words of that clause's subject, when the clause's main verb is its last one (not
        "Roe circled as friends jeered, “...”") and the quote is no title ("his new book,
        “...”"); the weakest form: no verb says so."""
        span = self.spans[index]
        if (
            self.neighbour(index, -1) is not None
            or not self.text[span.start : span.start + 1].isupper()
        ):
            return None
        start = self.paragraphs.start(span.open_at)
        before = self.text[start : span.open_at].rstrip()
        frame = self.tokens(start, start + len(before)) if before.endswith(ACT_ENDINGS) else []
        if not frame:
            return None
        verbs = [t for t in frame if t.pos_ == "VERB"]
        main = verbs[-1] if verbs else None
        if main is None or (main.head.i != main.i and main.head in frame):
            return None
        if title_cased(self.text[span.start : span.end]):
            return None
        subject = subject_of(main)
        if subject is None or subject not in frame or subject.pos_ not in NOMINAL_POS:
            return None
        return Attribution("acting", main, subject)


def _has_word_inside(token: Token, start: int, end: int) -> bool:
    """Whether the part of `token` inside [start, end) holds a letter or digit, or the token is
    punctuation starting inside."""
    inside = token.text[max(start - token.idx, 0) : max(end - token.idx, 0)]
    return any(char.isalnum() for char in inside) or (token.is_punct and start <= token.idx < end)


def _name_label(frame: list[Token]) -> Attribution | None:
    """ "Clinton: “...”", "Rep. Jane Roe (R-S.C.):“...”", "- Jane Roe: “...”": a short
    frame of a name and no verb before the colon names the speaker, as a transcript's
    turn does in mixed case; a bracketed party tag or a date is no name, and a frame
    opening with a preposition or adverb is the end of a sentence ("... with Roe:",
    "Then, on CNN:"), not a label."""
    words = [t for t in frame if not t.is_punct]
    if not words or len(words) > LABEL_MAX_WORDS or any(t.pos_ in VERB_POS for t in words):
        return None
    if words[0].pos_ in NOT_LABEL_OPENINGS:
        return None
    names = [
        t
        for t in _outside_asides(words, frame, frame[-1])
        if t.pos_ == "PROPN" and t.ent_type_ not in TIME_ENTITIES
    ]
    if not names and len(words) == 1 and words[0].is_title:
        names = words  # a lone surname the tagger took for a noun ("Roe:")
    return Attribution("label", None, phrase_head(names[-1], frame)) if names else None


def _label_after_dash(frame: list[Token]) -> Attribution | None:
    """ "POLLS TOO EARLY - Jane Roe and Lou Marsh: “...”": a digest's item names its source
    after a dash that ends the item's headline, right before the colon."""
    dashes = [n for n, t in enumerate(frame) if _stands_apart(t) and t.text in DASHES]
    if not dashes or dashes[-1] + 1 >= len(frame):
        return None
    return _name_label(frame[dashes[-1] + 1 :])


def _carrier_of(verb: Token) -> tuple[Token, bool] | None:
    """The noun a verb of saying describes, and whether through a relative pronoun: "an
    ad that urges" (ad, True), "signs saying" (signs, False); None for a verb with a
    subject of its own."""
    own = next((c for c in verb.children if c.dep_ == ACTIVE_SUBJECT), None)
    if own is not None:
        relative = own.tag_ in RELATIVE_TAGS and verb.dep_ == RELATIVE_CLAUSE
        return (verb.head, True) if relative else None
    if verb.tag_ == "VBG" and verb.dep_ == "acl":
        return verb.head, False
    return None


def _names_someone(frame: list[Token], verb: Token) -> bool:
    """Whether a frame after a quote names a speaker of a finite verb of its own: a noun
    between the quote and the verb ("“...,” the senator said") or right after a verb that
    opens the frame ("..., said Jane Roe"). That speaker outranks a subject the parser
    found before the quote ("Nothing the mayor said “...,” the senator said": not
    "Nothing"); a participle ("..., promising to ...") has none of its own."""
    if verb.tag_ == "VBG":
        return False
    ahead = [t for t in frame if t.i < verb.i]
    named = [t for t in frame if t.pos_ in NOMINAL_POS and t.ent_type_ not in TIME_ENTITIES]
    if any(t.i < verb.i for t in named):
        return True
    return all(t.is_punct for t in ahead) and any(t.i > verb.i for t in named)


def _stands_apart(token: Token) -> bool:
    """A token with a space before it: a dash between words, not a hyphen inside one."""
    return token.i > 0 and bool(token.doc[token.i - 1].whitespace_)


def _outside_asides(before: list[Token], frame: list[Token], verb: Token) -> list[Token]:
    """The tokens of `before` outside the aside that separates a speaker from the verb
    ("Jane Roe, in an attempt to ..., wrote,"; "Sen. Roe (D-Ill.), noting ..., said"): a
    stretch set off by commas right before the verb, and anything in brackets. When the
    parse gives the verb no subject, the speaker is the noun before the aside, not the last
    noun inside it."""
    ahead = [t for t in frame if t.i < verb.i]
    aside: set[int] = set()
    depth = 0
    for token in ahead:
        depth += token.text in OPENING_BRACKETS
        if depth:
            aside.add(token.i)
        depth = max(depth - (token.text in CLOSING_BRACKETS), 0)
    commas = [t.i for t in ahead if t.text == "," and t.i not in aside]
    if len(commas) >= 2 and commas[-1] == ahead[-1].i:
        aside.update(range(commas[-2], commas[-1]))
    kept = [t for t in before if t.i not in aside]
    return kept or before


def _participle_subject(verb: Token, frame: list[Token]) -> Token | None:
    """The subject of the clause a participle of saying is an adjunct of ("Roe shared the
    news online, writing “...”", "..., and adding:"): a participle without a subject after
    a comma or "and" says what the main clause's subject says, not its object ("the news");
    the parser often hangs it from the quote, so the clause is read from the frame."""
    previous = verb.doc[verb.i - 1] if verb.i > 0 else None
    if verb.tag_ != "VBG" or previous is None or previous not in frame:
        return None
    if previous.text != "," and previous.dep_ != "cc":
        return None
    for token in [t for t in frame if t.i < previous.i][::-1]:
        subject = subject_of(token) if token.pos_ in VERB_POS else None
        if subject is not None and subject in frame and subject.i < token.i:
            return subject
    return None


def _reports_own_clause(verb: Token, frame: list[Token]) -> bool:
    """True when the verb introduces content of its own inside the frame ("On “Fox News
    Sunday,” Pence said the ..."): then the quote before it is not what it reports."""
    return any(child.dep_ == "ccomp" and child in frame for child in verb.children)
