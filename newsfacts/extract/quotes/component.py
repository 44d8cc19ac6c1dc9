"""Quotes: direct, partial and reported speech, each tied to the actor who said it.

The marks are paired by the pure core in `quotemarks`. For each quotation this stage tries
the attribution forms of news text in turn, from the surest to the weakest:

1. trailing: “...,” Kenney said in the release. / “...?” said Assemblyman X. / “...” — X
2. leading: Frost said, “...” / Marks said in a statement: “...” / From Chairwoman X: “...”
3. in the clause: ICE officials wrote that they are “deeply disappointed”; Trump’s claim
   that there were “thousands of shootings”; according to X; the subject of the sentence
   that uses the words (Clinton called half of his supporters “deplorables”)
4. continuation: a quote with no attribution of its own continues the previous speaker
   (the next sentence, or the next paragraph of the same statement)
5. preceding: the speaker of the sentence just before ('Hanson said the board had not been
   communicating with him."Through ...').

Reported speech comes from `reported`, speaker linking from `speakers`. Every fact carries
a confidence: the form's, times the speaker link's.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from spacy.tokens import Doc, Span, Token

from newsfacts.errors import Warnings
from newsfacts.extract.quotes.attribution import (
    Attribution,
    Paragraphs,
    Reported,
    ReportingLexicon,
    according_source,
    phrase_head,
    sentence_numbers,
    subject_of,
)
from newsfacts.extract.quotes.marks import (
    DASH_CHARS,
    QuotedSpan,
    expects_attribution_after,
    find_quoted_spans,
    without_marks,
)
from newsfacts.extract.quotes.reported import reported_speech
from newsfacts.extract.reference import (
    Reference,
    ReferenceResolver,
    ReferenceWords,
    mention_phrase,
)
from newsfacts.pipeline.doc import Fact, add_warning, in_boilerplate, set_facts
from newsfacts.pipeline.stage import Stage

# How sure each attribution form is. A trailing "X said" is the surest form; the subject of
# the sentence around a partial quote and the speaker of the sentence before are guesses.
FORM_CONFIDENCE = {
    "trailing": 0.95,
    "leading": 0.9,
    "colon": 0.9,
    "dash": 0.85,
    "clause": 0.85,
    "according": 0.85,
    "indirect": 0.8,
    "continuation": 0.8,
    "preceding": 0.6,
    "sentence": 0.5,
    "none": 0.3,
}
# How sure the speaker link is: a name the actors stage marked, a resolved pronoun or
# description, an unnamed speaker left unlinked, or a speaker no rule could place.
LINK_CONFIDENCE = {
    "named": 1.0,
    "pronoun": 0.9,
    "description": 0.85,
    "unnamed": 0.9,
    "unknown": 0.7,
}
NOMINAL_POS = {"PROPN", "NOUN", "PRON"}
TIME_ENTITIES = {"DATE", "TIME"}
MODIFIER_DEPS = {"compound", "amod", "nmod"}
DASHES = {*DASH_CHARS, "--"}
MAX_PATH = 8
MIN_UNATTRIBUTED_WORDS = 4
TITLE_MAX_WORDS = 6
TITLE_SMALL_WORDS = {"a", "an", "the", "of", "and", "in", "on", "for", "to", "with", "at", "by"}
CLAUSE_BREAKS = ":,;.!?—–-([“\"‘'"


class Quotes(Stage):
    """Writes direct, partial and indirect quotes with their speakers as "quotes" facts."""

    def __init__(self, name: str, verbs_resource: str, references_resource: str) -> None:
        super().__init__(name, verbs=verbs_resource, references=references_resource)

    def load_resources(self, resources: dict[str, str]) -> None:
        self.lexicon = ReportingLexicon.load(resources["verbs"])
        self.references = ReferenceWords.load(resources["references"])

    def process(self, doc: Doc) -> None:
        text = doc.text
        scan = find_quoted_spans(text)
        if scan.unbalanced:
            add_warning(doc, Warnings.W003.format(count=scan.unbalanced))
        paragraphs = Paragraphs(text)
        spans = quotable_spans(doc, text, scan.spans, paragraphs)
        finder = AttributionFinder(doc, text, self.lexicon, spans, paragraphs)
        direct = direct_quotes(doc, text, spans, finder.find_all(), paragraphs)
        reported = reported_speech(doc, self.lexicon, spans)
        set_facts(
            doc,
            "quotes",
            build_facts([*direct, *reported], ReferenceResolver(doc, self.references)),
        )


def quotable_spans(
    doc: Doc, text: str, spans: tuple[QuotedSpan, ...], paragraphs: Paragraphs
) -> list[QuotedSpan]:
    """Top-level quotes outside boilerplate, plus a quote inside a quote that opens its
    own paragraph or follows a colon (a statement the speaker reads out)."""
    kept = []
    for span in spans:
        if in_boilerplate(doc, span.start, span.end):
            continue
        before = text[paragraphs.start(span.open_at) : span.open_at].strip()
        if span.depth == 0 or not before or before.endswith(":"):
            kept.append(span)
    return kept


def direct_quotes(
    doc: Doc,
    text: str,
    spans: list[QuotedSpan],
    attributions: list[Attribution],
    paragraphs: Paragraphs,
) -> list[Reported]:
    """The quotes worth reporting, each with its kind, direct or partial."""
    kept = []
    for span, found in zip(spans, attributions, strict=True):
        partial = found.form != "leading" and inside_clause(
            text, span, paragraphs.start(span.open_at)
        )
        if keeps_quote(text, span, found, partial) and not names_a_thing(doc, span):
            kept.append(Reported(span.start, span.end, "partial" if partial else "direct", found))
    return kept


def inside_clause(text: str, span: QuotedSpan, paragraph_start: int) -> bool:
    """True when the quote sits inside a sentence of the reporter's (are “deeply
    disappointed”), rather than standing as a statement of its own."""
    before = text[paragraph_start : span.open_at].rstrip()
    if not before or before[-1] in CLAUSE_BREAKS:
        return bool(before) and text[span.start : span.start + 1].islower()
    return True


def is_title(text: str) -> bool:
    """A short quoted name of a show, event or work (“Face the Nation,”), not speech."""
    words = [word for word in (w.strip(",.?!:;") for w in text.split()) if word]
    if not words or len(words) > TITLE_MAX_WORDS:
        return False
    return all(word[0].isupper() or word.lower() in TITLE_SMALL_WORDS for word in words)


def keeps_quote(text: str, span: QuotedSpan, found: Attribution, partial: bool) -> bool:
    """Titles are never speech. A quote no attribution was found for is kept only when it
    stands as a statement of its own and is long enough to be speech; inside a sentence of
    the reporter's it is a scare quote or a borrowed phrase."""
    words = text[span.start : span.end]
    if is_title(words):
        return False
    return found.form != "none" or (not partial and len(words.split()) >= MIN_UNATTRIBUTED_WORDS)


def names_a_thing(doc: Doc, span: QuotedSpan) -> bool:
    """A quote that modifies the noun right after it names that thing rather than reporting
    words: the “executive exemption” section, a "Commander-In-Chief" forum."""
    quote = doc.char_span(span.start, span.end, alignment_mode="expand")
    if quote is None:
        return False
    following = (t for t in doc[quote.end :] if t.idx >= span.outer_end and not t.is_space)
    noun = next(following, None)
    if noun is None or noun.pos_ not in {"NOUN", "PROPN"}:
        return False
    attached = [t for t in quote if not quote.start <= t.head.i < quote.end]
    return bool(attached) and all(t.head == noun and t.dep_ in MODIFIER_DEPS for t in attached)


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
            self.trailing,
            self.leading,
            self.in_clause,
            self.continuation,
            self.preceding,
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
            other is not span
            and other.start <= token.idx < other.end
            and not (other.start <= span.start and span.end <= other.end)
            for other in self.spans
        )

    def _speaker_quoted(self, found: Attribution, span: QuotedSpan) -> bool:
        return found.speaker is not None and self._in_other_quote(found.speaker, span)

    # -- 1. trailing ----------------------------------------------------------------------

    def trailing(self, index: int) -> Attribution | None:
        """“...,” Kenney said in the release. / “...?” said X. / “...” — X"""
        span = self.spans[index]
        if not expects_attribution_after(self.text, span):
            return None
        following = self.neighbour(index, 1)
        limit = following.open_at if following else self.paragraphs.bounds(span.close_at)[1]
        frame = self.tokens(span.outer_end, limit)
        if not frame:
            return None
        frame = self.same_sentence(frame, frame[0])
        if frame[0].text in DASHES:
            named = next((t for t in frame[1:] if t.pos_ in {"PROPN", "NOUN"}), None)
            return Attribution("dash", None, phrase_head(named, frame)) if named else None
        for token in frame:
            if self.lexicon.is_reporting(token) and not _reports_own_clause(token, frame):
                return Attribution("trailing", token, self._speaker_in(token, frame, True))
        return None

    def _speaker_in(self, verb: Token, frame: list[Token], after_quote: bool) -> Token | None:
        """The verb's subject if the frame holds it; else, after a quote, the first noun
        after a frame-initial verb ("said Adams") or the first noun of the frame ("Flynn, a
        top Trump surrogate, said"); before a quote, the last noun before the verb."""
        subject = subject_of(verb)
        if subject is not None and subject in frame:
            return subject
        nouns = [t for t in frame if t.pos_ in NOMINAL_POS and t.ent_type_ not in TIME_ENTITIES]
        after = [t for t in nouns if t.i > verb.i]
        before = [t for t in nouns if t.i < verb.i]
        if after_quote:
            verb_first = all(t.is_punct for t in frame if t.i < verb.i)
            ordered = [*after, *before] if verb_first else [*before, *after]
        else:
            ordered = [*reversed(before), *after]
        return phrase_head(ordered[0], frame) if ordered else None

    # -- 2. leading -----------------------------------------------------------------------

    def leading(self, index: int) -> Attribution | None:
        """Frost said, “...” / Marks said in a statement: “...” / From Chairwoman X: “...”"""
        span = self.spans[index]
        previous = self.neighbour(index, -1)
        begin = previous.outer_end if previous else self.paragraphs.start(span.open_at)
        before = self.text[begin : span.open_at].rstrip()
        frame = self.tokens(begin, begin + len(before))
        if not frame:
            return None
        frame = self.same_sentence(frame, frame[-1])
        if before.endswith(":"):
            return self._colon(frame)
        verbs = [t for t in frame if t.pos_ == "VERB"]
        if not verbs or not self.lexicon.is_reporting(verbs[-1]):
            return None
        if before.endswith(",") or frame[-1] == verbs[-1]:
            return Attribution("leading", verbs[-1], self._speaker_in(verbs[-1], frame, False))
        return None

    def _colon(self, frame: list[Token]) -> Attribution | None:
        """A sentence ending in a colon introduces the quote: its statement verb's subject
        speaks ("X issued the following statement:"); "From X:" names the speaker."""
        acts = [t for t in frame if self.lexicon.states(t) and subject_of(t) is not None]
        if acts:
            return Attribution("colon", acts[-1], subject_of(acts[-1]))
        if frame[0].lower_ == "from":
            source = next((c for c in frame[0].children if c.dep_ == "pobj"), None)
            return Attribution("colon", None, source) if source is not None else None
        verbs = [t for t in frame if t.pos_ == "VERB" and subject_of(t) is not None]
        return Attribution("colon", verbs[-1], subject_of(verbs[-1])) if verbs else None

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
        according = self._according(quote)
        if according is not None or not attached:
            return according
        if inside_clause(self.text, span, self.paragraphs.start(span.open_at)):
            return self._sentence_subject(attached[0], quote)
        return None

    def _reporting_ancestor(self, token: Token, quote: Span) -> Attribution | None:
        child, node = token, token.head
        for _ in range(MAX_PATH):
            if quote.start <= node.i < quote.end:
                return None
            if self.lexicon.speaks(node):
                if not self.lexicon.reports_through(node, child):
                    return None
                subject = subject_of(node)
                if subject is not None and not quote.start <= subject.i < quote.end:
                    return Attribution("clause", node, subject)
            owner = self.lexicon.speech_owner(node)
            if owner is not None:
                return Attribution("clause", None, owner)
            if node.head is node:
                return None
            child, node = node, node.head
        return None

    def _according(self, quote: Span) -> Attribution | None:
        sentence = quote[0].sent
        for token in sentence:
            if token.lower_ == "according" and not quote.start <= token.i < quote.end:
                source = according_source(token)
                if source is not None:
                    return Attribution("according", None, source)
        return None

    def _sentence_subject(self, token: Token, quote: Span) -> Attribution | None:
        root = token.sent.root
        if quote.start <= root.i < quote.end:
            return None
        subject = subject_of(root)
        if subject is None or quote.start <= subject.i < quote.end:
            return None
        return Attribution("sentence", root, subject) if subject.pos_ in NOMINAL_POS else None

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
        """True when someone other than the earlier quote's attribution is reported between."""
        return any(
            t != earlier.verb and self.lexicon.states(t) and subject_of(t) is not None
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
        for token in reversed(tokens):
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


def _has_word_inside(token: Token, start: int, end: int) -> bool:
    inside = token.text[max(start - token.idx, 0) : max(end - token.idx, 0)]
    return any(char.isalnum() for char in inside) or (token.is_punct and start <= token.idx < end)


def _reports_own_clause(verb: Token, frame: list[Token]) -> bool:
    """True when the verb introduces content of its own inside the frame ("On “Fox News
    Sunday,” Pence said the ..."): then the quote before it is not what it reports."""
    return any(child.dep_ == "ccomp" and child in frame for child in verb.children)


def build_facts(items: list[Reported], linker: ReferenceResolver) -> list[Fact]:
    """Quote facts in text order, speakers linked in the order they are read so that a
    later description ("the official") can refer back to an earlier speaker."""
    return [_fact(item, linker) for item in sorted(items, key=lambda item: item.start)]


def _fact(item: Reported, linker: ReferenceResolver) -> Fact:
    found = item.attribution
    fact: dict[str, Any] = {"start": item.start, "end": item.end, "kind": item.kind}
    fact["verb"] = found.verb.text if found.verb is not None else None
    link = Reference(None, None, "unknown")
    fact["speaker_mention"] = None
    if found.speaker is not None:
        phrase = mention_phrase(found.speaker)
        link = linker.resolve(found.speaker, phrase)
        fact["speaker_mention"] = _mention_offsets(phrase)
    fact["speaker"] = link.name
    fact["speaker_id"] = link.actor_id
    fact["confidence"] = round(FORM_CONFIDENCE[found.form] * LINK_CONFIDENCE[link.kind], 3)
    return fact


def _mention_offsets(phrase: Span) -> dict[str, int]:
    """The speaker phrase's offsets without quote marks glued to it ('"Hanson')."""
    start, end = without_marks(phrase.text, 0, len(phrase.text))
    return {"start": phrase.start_char + start, "end": phrase.start_char + end}
