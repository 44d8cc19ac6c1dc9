"""Which way a sentence looks in time, so that a yearless date or a bare weekday can be read.

"is set to expire Aug. 31", "as soon as Friday", "payable Dec. 15" look forward; "began
Aug. 31", "has had" look back. The dates stage reads each expression with the direction of
its sentence (`Context.direction`).
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from newsfacts.extract.dates.timex import Direction, TimexLexicon
from newsfacts.extract.syntax import governing_verb, verb_chain
from newsfacts.pipeline.doc import doc_sent_starts, doc_text


def sentence_direction(span: Span, lexicon: TimexLexicon) -> Direction:
    """ "future" when the sentence looks forward, "past" when it reports, else None.

    Forward: a cue before the expression ("as soon as Friday"), a word on its way up to
    the verb ("payable Dec. 15", "is set to expire Aug. 31"), or the verb's auxiliaries
    ("will", "would"). A past verb does not pull an open-ended phrase ("extended to
    Nov. 20", "through January") into the past; "since" always points back ("the change
    is since year-end"), and so does a past perfect before a weekday ("had been due to
    close Friday")."""
    folded = _text_before(span)[-30:].casefold().rstrip()
    if any(folded.endswith(cue) for cue in lexicon.future_cues_before):
        return "future"
    verb = governing_verb(span.root)
    if verb is not None and names_weekday(span, lexicon) and is_pluperfect(verb):
        return "past"
    if any(_looks_forward(token, lexicon) for token in _path_to(span.root, verb)):
        return "future"
    if verb is None:
        return None
    tense = verb_direction(verb, lexicon)
    opening = span.root.head.lower_ if span.root.dep_ == "pobj" else ""
    if opening in lexicon.forward_prepositions:
        return "future"
    if opening in lexicon.backward_prepositions:
        return "past"
    if tense == "past" and opening in lexicon.open_prepositions:
        return None
    return tense


def _text_before(span: Span, words: int = 8) -> str:
    """The text of the words before `span` in its sentence, at most `words` of them, with
    their spaces: cut from the Doc's text, with no Span made of them."""
    starts = doc_sent_starts(span.doc)
    first, floor = span.start, max(span.start - words, 0)
    while first > floor and starts[first] != 1:
        first -= 1
    if first == span.start:
        return ""
    return doc_text(span.doc)[span.doc[first].idx : span.start_char]


def verb_direction(verb: Token, lexicon: TimexLexicon) -> Direction:
    """The time a clause points to, from its auxiliaries and verbs: "will", "would", "is
    set to", "going to" look forward; a past tense or "has/had" looks back. A bare
    participle clause ("..., with a third departing each Thursday from August 6") has no
    tense of its own and points where the verb it hangs on does."""
    chain = verb_chain(verb)
    for token in chain:
        auxiliaries = [c for c in token.children if c.dep_ in ("aux", "auxpass")]
        if any(a.lower_ in lexicon.future_auxiliaries for a in auxiliaries):
            return "future"
        complements = any(c.dep_ == "xcomp" for c in token.children)
        if complements and token.lemma_ in lexicon.future_verbs:
            return "future"
        if complements and token.lemma_ == "go" and token.tag_ == "VBG":
            return "future"
    head = chain[0]
    auxiliaries = [c for c in head.children if c.dep_ in ("aux", "auxpass")]
    if head.tag_ == "VBD" or any(a.tag_ == "VBD" or a.lemma_ == "have" for a in auxiliaries):
        return "past"
    if head.tag_ == "VBN" and not auxiliaries:
        return "past"
    if head.tag_ == "VBG" and not auxiliaries and head.dep_ in ("pcomp", "advcl"):
        outer = governing_verb(head.head) if head.head.i != head.i else None
        return verb_direction(outer, lexicon) if outer is not None and outer.i != head.i else None
    return None


def _path_to(token: Token, verb: Token | None) -> list[Token]:
    """The heads from `token` up to and including `verb` (or the root of the sentence)."""
    path: list[Token] = []
    while token.head.i != token.i and len(path) < 6:
        token = token.head
        path.append(token)
        if verb is not None and token.i == verb.i:
            break
    return path


def _looks_forward(token: Token, lexicon: TimexLexicon) -> bool:
    """ "payable", "deadline", "scheduled", "to expire": words of things still to come (a
    past-tense verb such as "began" is not one)."""
    if token.tag_ == "VBD" or is_done_participle(token):
        return False
    return token.lemma_.casefold() in lexicon.future_words or token.lower_ in lexicon.future_words


def is_done_participle(token: Token) -> bool:
    """ "its record high set on Aug. 6": a participle after its noun, with no "to" or "for"
    after it, tells what was done ("scheduled for Friday" and "set to expire" still look
    forward)."""
    if token.tag_ != "VBN" or token.dep_ != "acl":
        return False
    return not any(
        child.dep_ == "xcomp" or (child.dep_ == "prep" and child.lower_ == "for")
        for child in token.children
    )


def names_weekday(span: Span, lexicon: TimexLexicon) -> bool:
    """Whether the expression names a weekday ("Friday", "midnight Friday")."""
    return any(token.lower_.rstrip(".") in lexicon.weekdays for token in span)


def is_pluperfect(verb: Token) -> bool:
    """ "The vote had been due to close Friday", "the talks had stalled on Tuesday": a
    clause in the past perfect tells of a time before a past moment, so the weekday it
    names is the one gone by, even when it names a plan. A calendar date in such a plan
    ("had been set to close March 6", then extended) may still lie ahead, so only a
    weekday is read so."""
    return any(
        child.dep_ in ("aux", "auxpass") and child.lower_ == "had" and child.tag_ == "VBD"
        for token in tensed_chain(verb)
        for child in token.children
    )


def tensed_chain(verb: Token) -> list[Token]:
    """The verb chain, continued through an adjective the verb complements ("had been
    due to close", "was likely to end"): the tense is the verb's that the adjective
    completes."""
    chain = verb_chain(verb)
    last = chain[-1]
    adjective = last.head
    if last.dep_ == "xcomp" and adjective.pos_ == "ADJ" and adjective.dep_ == "acomp":
        return chain + verb_chain(adjective.head)
    return chain
