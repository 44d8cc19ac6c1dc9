"""Which quoted spans of a Doc are quotes, and their facts: the direct quotes with their
attributions (`attribution`), joined with reported speech (`reported`), each with its
speaker linked by the shared resolver and a confidence (the attribution form's times the
speaker link's). The quotes stage (`component`) writes what these find."""

from __future__ import annotations

from bisect import bisect_left

from spacy.tokens import Doc, Span, Token

from newsfacts.extract.quotes.attribution import (
    Attribution,
    AttributionFinder,
    Reported,
    inside_clause,
)
from newsfacts.extract.quotes.frames import Paragraphs
from newsfacts.extract.quotes.marks import (
    DASH_CHARS,
    QuotedSpan,
    title_cased,
    trimmed,
    without_marks,
)
from newsfacts.extract.reference import (
    NO_ONE,
    LinkKind,
    ReferenceResolver,
    mention_phrase,
)
from newsfacts.models.facts import OffsetFact, QuoteFact, as_quote_kind
from newsfacts.pipeline.doc import in_boilerplate
from newsfacts.pipeline.intervals import RangeIndex

# How sure each attribution form is. A trailing "X said" is the surest form; the subject of
# the sentence around a partial quote and the speaker of the sentence before are guesses.
FORM_CONFIDENCE = {
    "label": 0.95,
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
    "acting": 0.5,
    "none": 0.3,
}
# How sure the speaker link is: a name the actors stage marked, a resolved pronoun or
# description, an unnamed speaker left unlinked, or a speaker no rule could place.
LINK_CONFIDENCE: dict[LinkKind, float] = {
    "named": 1.0,
    "speaker": 0.9,
    "pronoun": 0.9,
    "description": 0.85,
    "group": 0.8,
    "unnamed": 0.9,
    "unknown": 0.7,
}
MODIFIER_DEPS = {"compound", "amod", "nmod"}
MIN_UNATTRIBUTED_WORDS = 4
TITLE_MAX_WORDS = 6


def quotable_spans(
    doc: Doc, text: str, spans: tuple[QuotedSpan, ...], paragraphs: Paragraphs
) -> list[QuotedSpan]:
    """Top-level quotes outside boilerplate, plus a quote inside a quote that opens its
    own paragraph or follows a colon (a statement the speaker reads out). The value of a
    markup attribute left in the text (`<tweet author="@roe">`) is no quote."""
    kept = []
    for span in spans:
        if in_boilerplate(doc, span.start, span.end) or is_attribute_value(text, span):
            continue
        before = text[paragraphs.start(span.open_at) : span.open_at].strip()
        if span.depth == 0 or not before or before.endswith(":"):
            kept.append(span)
    return kept


def is_attribute_value(text: str, span: QuotedSpan) -> bool:
    """A quote opened right after "=": a markup attribute's value (`id="6721"`)."""
    return text[: span.open_at].rstrip(" ").endswith("=")


def direct_quotes(
    doc: Doc,
    text: str,
    spans: list[QuotedSpan],
    finder: AttributionFinder,
    paragraphs: Paragraphs,
) -> list[Reported]:
    """The quotes worth reporting, each with its kind, direct or partial; a quote over
    several paragraphs gives one a paragraph, except a paragraph that is wholly a quote
    inside it (a statement it reads out, attributed on its own)."""
    kept: list[Reported] = []
    nested = RangeIndex((span.start, span.end) for span in spans if span.depth > 0)
    for span, found in zip(spans, finder.find_all(), strict=True):
        partial = found.form != "leading" and inside_clause(
            text, span, paragraphs.start(span.open_at)
        )
        if keeps_quote(text, span, found, partial) and not names_a_thing(doc, span):
            kind = "partial" if partial else "direct"
            pieces = [
                (start, end)
                for start, end in paragraph_pieces(text, span, paragraphs)
                if span.paragraphs < 2 or not nested.contains(start, end)
            ]
            kept.extend(_turn_by_turn(pieces, kind, found, finder))
    return kept


def _turn_by_turn(
    pieces: list[tuple[int, int]], kind: str, found: Attribution, finder: AttributionFinder
) -> list[Reported]:
    """The paragraphs of one quote with their attribution: a transcript quoted whole
    changes speaker at each paragraph that opens with a label ("PENCE: ..."), and a
    paragraph without one stays with the last speaker."""
    speech = []
    for start, end in pieces:
        found = finder.label_at(start) or found
        speech.append(Reported(start, end, kind, found))
    return speech


def paragraph_pieces(text: str, span: QuotedSpan, paragraphs: Paragraphs) -> list[tuple[int, int]]:
    """A quote running over several paragraphs as one piece a paragraph, each with the
    quote's attribution: news prints each paragraph as a quote of its own (opening with a
    mark, the closing one left out until the last), and a reader cites them one by one."""
    if span.paragraphs < 2:
        return [(span.start, span.end)]
    first, last = paragraphs.index(span.start), paragraphs.index(max(span.end - 1, span.start))
    pieces = []
    for start, end in paragraphs.ranges[first : last + 1]:
        piece = without_marks(text, max(start, span.start), min(end, span.end))
        piece = trimmed(text, *piece)
        if piece[1] > piece[0]:
            pieces.append(piece)
    return pieces or [(span.start, span.end)]


def mixed_speech(direct: list[Reported], reported: list[Reported]) -> list[Reported]:
    """Reported speech that holds partial quotes becomes one mixed fact for the clause
    (said it was “a mistake” to ...), and its partial quotes are not counted again; a
    direct quote and the rest of the reported speech stay as they are. One sorted sweep."""
    partials = sorted((item for item in direct if item.kind == "partial"), key=_start)
    starts = [item.start for item in partials]
    absorbed: set[int] = set()
    speech = []
    for item in reported:
        first = bisect_left(starts, item.start)
        inside = range(first, bisect_left(starts, item.end))
        if inside:
            absorbed.update(id(partials[i]) for i in inside)
            end = max(item.end, *(partials[i].end for i in inside))
            speech.append(Reported(item.start, end, "mixed", item.attribution))
        else:
            speech.append(item)
    return [*(item for item in direct if id(item) not in absorbed), *speech]


def _start(item: Reported) -> int:
    return item.start


def is_title(text: str) -> bool:
    """A short quoted name of a show, event or work (“Face the Nation,”), not speech."""
    return len(text.split()) <= TITLE_MAX_WORDS and title_cased(text)


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
    noun = _word_after(doc, quote.end, span.outer_end)
    if noun is None or noun.pos_ not in {"NOUN", "PROPN"}:
        return False
    attached = [t for t in quote if not quote.start <= t.head.i < quote.end]
    return bool(attached) and all(t.head == noun and t.dep_ in MODIFIER_DEPS for t in attached)


def _word_after(doc: Doc, start: int, offset: int) -> Token | None:
    """The first word from token `start` on that begins at or after character `offset`.

    A loop that stops at it: compiled by mypyc, a generator expression kept in a variable
    is read to its end at once, which here was the rest of the Doc for every quote."""
    for i in range(start, len(doc)):
        token = doc[i]
        if token.idx >= offset and not token.is_space:
            return token
    return None


def build_facts(items: list[Reported], linker: ReferenceResolver) -> list[QuoteFact]:
    """Quote facts in text order, speakers linked in the order they are read so that a
    later description ("the official") can refer back to an earlier speaker."""
    return [_fact(item, linker) for item in sorted(items, key=lambda item: item.start)]


def _fact(item: Reported, linker: ReferenceResolver) -> QuoteFact:
    found = item.attribution
    link = NO_ONE
    mention: OffsetFact | None = None
    if found.speaker is not None:
        phrase = mention_phrase(found.speaker)
        link = linker.resolve(found.speaker, phrase, remember=True)
        mention = _mention_offsets(phrase)
    return {
        "start": item.start,
        "end": item.end,
        "kind": as_quote_kind(item.kind),
        "verb": found.verb.text if found.verb is not None else None,
        "speaker": link.name,
        "speaker_id": link.actor_id,
        "speaker_mention": mention,
        "confidence": round(FORM_CONFIDENCE[found.form] * LINK_CONFIDENCE[link.kind], 3),
    }


def _mention_offsets(phrase: Span) -> OffsetFact:
    """The speaker phrase's offsets without quote marks or a credit's dash glued to it
    ('"Hanson', '”― Jane Roe')."""
    text = phrase.text
    start, end = without_marks(text, 0, len(text))
    while start < end and (text[start] in DASH_CHARS or text[start].isspace()):
        start, end = without_marks(text, start + 1, end)
    return {"start": phrase.start_char + start, "end": phrase.start_char + end}
