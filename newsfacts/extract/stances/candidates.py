"""From readings to candidates: each sentence read, holders linked, pointing targets resolved.

A reading becomes one `StanceCandidate` per holder once its negations and scope are weighed; a
reading no actor holds is kept with an empty holder, as a possible antecedent of a later
"the motion". Pointing targets then take the topic of what was last acted on.
"""

from __future__ import annotations

from dataclasses import replace
from itertools import pairwise

from spacy.tokens import Doc, Span

from newsfacts.extract.stances.context import ActorLink, Reading, StanceContext, Target
from newsfacts.extract.stances.cues import StanceCues
from newsfacts.extract.stances.holders import holder_links
from newsfacts.extract.stances.merging import StanceCandidate
from newsfacts.extract.stances.modality import apply_negations, cancelled, climb_to_subject
from newsfacts.extract.stances.readings import readable, readings_at
from newsfacts.extract.stances.tree import cue_text
from newsfacts.pipeline.doc import doc_pos, doc_words, in_boilerplate, span_text

# How sure each kind of reading is before the holder and target links are weighed in.
KIND_CONFIDENCE = {
    "act": 0.85,
    "attitude": 0.85,
    "preposition": 0.8,
    "demand": 0.75,
    "role": 0.75,
    "noun": 0.75,
    "experiencer": 0.8,
    "denial": 0.8,
    "evaluation": 0.65,
    "tone": 0.5,
    "quoted tone": 0.5,
}


# Readings that judge what they are about: none is the antecedent of a later "it" (nor is a
# clause denied, "denied that the overspend was on target": no thing was acted on).
JUDGING_KINDS = {"evaluation", "experiencer", "tone", "quoted tone", "denial"}


ROLE_REACH = 12


def read_candidates(doc: Doc, context: StanceContext) -> list[StanceCandidate]:
    """Every reading of every sentence outside boilerplate, with its holders resolved (a
    reading whose holder is no actor is kept with an empty holder: it can still be the
    antecedent of a later "the motion")."""
    candidates: list[StanceCandidate] = []
    can_read = readable(doc_pos(doc), context.word_cues)
    for number, sentence in enumerate(doc.sents):
        text = span_text(sentence)
        # a question asks about a stance, it does not take one
        question = text.rstrip().rstrip("”\"’'").endswith("?")
        if question or in_boilerplate(doc, sentence.start_char, sentence.end_char):
            continue
        asked = _asked(sentence, text)
        pieces = _paragraphs(sentence, text)
        found = []
        for piece in pieces:
            piece_text = span_text(piece)
            evidence = _trimmed(piece, piece_text)
            lowered = piece_text.casefold()
            found += [
                candidate
                for i in range(piece.start, piece.end)
                if can_read[i] and i not in asked
                for reading in readings_at(doc[i], context, context.word_cues[i])
                if len(pieces) == 1 or _within(reading, piece, lowered)
                for candidate in candidates_of(reading, context, evidence, number)
            ]
        candidates.extend(_without_overruled(found))
    return candidates


def _paragraphs(sentence: Span, text: str) -> list[Span]:
    """A sentence (of text `text`) cut at its blank lines: the parser glues a headline, a
    dateline, a byline or the next paragraph onto a sentence ("Bank board approves
    loan\n\nPublished Mar 3\n\nAbidjan - The board said ..."), and each part is read on
    its own."""
    if text.count("\n") < 2:
        return [sentence]
    doc = sentence.doc
    words = doc_words(doc)
    breaks = [
        i
        for i in range(sentence.start, sentence.end)
        if words[i].isspace() and words[i].count("\n") >= 2  # `Token.is_space` is `isspace`
    ]
    if not breaks:
        return [sentence]
    edges = [sentence.start, *(i + 1 for i in breaks), sentence.end + 1]
    return [doc[start : end - 1] for start, end in pairwise(edges)]


def _within(reading: Reading, paragraph: Span, text: str) -> bool:
    """Whether a reading stays in its paragraph: its cue words in it, and a target with a
    word of it there (a headline's verb whose parse reaches into the dateline does not
    take the dateline's city for its target)."""
    if not all(paragraph.start <= token.i < paragraph.end for token in reading.cue):
        return False
    words = [word for word in reading.target.text.casefold().split() if len(word) > 2]
    return not words or any(word in text for word in words)


def _asked(sentence: Span, text: str) -> set[int]:
    """The tokens of a question inside a sentence (of text `text`: "'who signed these
    contracts?' he asked"): those whose next end mark is a question mark. A question asks
    about a stance; it does not take one."""
    asked: set[int] = set()
    if "?" not in text:
        return asked
    words = doc_words(sentence.doc)
    in_question = False
    for i in reversed(range(sentence.start, sentence.end)):
        if words[i] in {".", "!"}:
            in_question = False
        elif words[i] == "?":
            in_question = True
        elif in_question:
            asked.add(i)
    return asked


def _without_overruled(found: list[StanceCandidate]) -> list[StanceCandidate]:
    """A sentence's candidates without the lean of a quote whose speaker a specific reader
    already gives a stance in it: "[the non-renewal] is a step in the right direction to
    making Philadelphia safe" is read by its evaluative phrase, not by "safe"."""
    specific = {c.holder_id for c in found if c.kind != "quoted tone" and c.holder_id}
    return [c for c in found if c.kind != "quoted tone" or c.holder_id not in specific]


def _trimmed(sentence: Span, text: str) -> tuple[int, int]:
    """The character offsets of a sentence (whose text is `text`) without its surrounding
    whitespace."""
    start = sentence.start_char + len(text) - len(text.lstrip())
    return start, sentence.start_char + len(text.rstrip())


def candidates_of(
    reading: Reading, context: StanceContext, evidence: tuple[int, int], sentence: int
) -> list[StanceCandidate]:
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
        StanceCandidate(
            holder_id=link.actor_id if link else "",
            holder=str(context.actors[link.actor_id]["name"]) if link else "",
            polarity=polarity,
            target=target.text,
            cue=cue_text(cue),
            evidence=evidence,
            confidence=round(confidence * (link.confidence if link else 1.0), 3),
            target_id=_target_id(target, link),
            topic=reading.target.text,
            kind=reading.kind,
            sentence=sentence,
            siblings=reading.siblings,
            anaphoric=target.anaphoric or not target.text,
            context=target.named,
        )
        for link in links
    ]


def _target_id(target: Target, link: ActorLink | None) -> str | None:
    """The target's actor, unless a pronoun or description was linked to the holder itself
    ("he said he was proud of him"): then the target stays the words as written."""
    if target.referred and link is not None and link.actor_id == target.actor_id:
        return None
    return target.actor_id


def resolve_anaphora(candidates: list[StanceCandidate], cues: StanceCues) -> list[StanceCandidate]:
    """Give each pointing target ("it", "the motion") the topic of the last thing acted on in
    the same or the sentence before, so merging can see they are the same; a bare pronoun
    takes the antecedent's text. A role with no object ("the lone dissenter") is about the
    last item an actor acted on, which may be a few sentences back. Judgments are not
    antecedents: "this legislation" after "Trump's divisive politics" is not the politics."""
    resolved: list[StanceCandidate] = []
    last: StanceCandidate | None = None
    last_acted: StanceCandidate | None = None
    for candidate in sorted(candidates, key=lambda c: c.evidence):
        if not candidate.target:
            _take_target(candidate, last_acted, ROLE_REACH, cues)
        elif candidate.anaphoric:
            _take_target(candidate, last, 1, cues)
        if (
            candidate.kind not in JUDGING_KINDS
            and candidate.target.casefold() not in cues.pointing_words
        ):
            last = candidate
            last_acted = candidate if candidate.holder_id else last_acted
        if candidate.target:
            resolved.append(candidate)
    return resolved


def _take_target(
    candidate: StanceCandidate, antecedent: StanceCandidate | None, reach: int, cues: StanceCues
) -> None:
    """Give `candidate` the antecedent's topic as context (unless the article already named
    what it points to), and the antecedent's target when the candidate's is a bare pronoun
    or missing, if the antecedent is within `reach` sentences."""
    if antecedent is None or candidate.sentence - antecedent.sentence > reach:
        return
    candidate.context = candidate.context or antecedent.context or antecedent.topic
    if candidate.target.casefold() in cues.pointing_words | {""}:
        candidate.target, candidate.target_id = antecedent.target, antecedent.target_id
        candidate.anaphoric = False
