"""The readers' gates are necessary conditions only: on real articles, every word a gate
turns away is one on which the full dispatch finds no reading, and a gated word gets the
same readings as with every reader (the parts of speech no reader reads are left out, as
they always were)."""

from __future__ import annotations

from pathlib import Path

import pytest
from spacy.tokens import Doc, Token

from newsfacts.extract.stances.context import Reading, StanceContext
from newsfacts.extract.stances.gates import NO_CUE_POS
from newsfacts.extract.stances.readings import _READERS, TONE_POS, readable, readings_at
from newsfacts.extract.stances.tone import quoted_tone_readings, tone_readings
from newsfacts.pipeline.doc import doc_pos
from newsfacts.pipeline.extractor import Extractor

SAMPLES = Path(__file__).resolve().parents[3] / "samples"
# the seed article and two more of US local news, with many quotes and stances
ARTICLES = ["whyy-pars.txt", "dev-03.txt", "dev-07.txt"]


def every_reader(token: Token, context: StanceContext) -> list[Reading]:
    """The dispatch without gates: every reader of the token's part of speech, then the
    tone readers when they found nothing."""
    readings = [
        reading
        for reader, parts, _ in _READERS
        if parts is None or token.pos_ in parts
        for reading in reader(token, context)
    ]
    if readings or token.pos_ not in TONE_POS:
        return readings
    return tone_readings(token, context) or quoted_tone_readings(token, context)


def summary(readings: list[Reading]) -> list[tuple[str, str, list[int], str]]:
    return [(r.polarity, r.target.text, [t.i for t in r.cue], r.kind) for r in readings]


@pytest.fixture(scope="module", params=ARTICLES)
def parsed(request: pytest.FixtureRequest, extractor: Extractor) -> tuple[Doc, StanceContext]:
    doc = extractor.nlp((SAMPLES / request.param).read_text(encoding="utf-8"))
    stage = extractor.nlp.get_pipe("newsfacts_stances")
    return doc, StanceContext.build(doc, stage.cue_words, stage.references)


def test_gated_words_get_the_readings_of_the_full_dispatch(
    parsed: tuple[Doc, StanceContext],
) -> None:
    doc, context = parsed
    pos = doc_pos(doc)
    can_read = readable(pos, context.word_cues)
    read = 0
    for token in doc:
        if pos[token.i] in NO_CUE_POS:
            continue
        full = summary(every_reader(token, context))
        could = context.word_cues[token.i]
        if not can_read[token.i]:
            assert full == [], (token.text, token.i)
            continue
        read += bool(full)
        assert summary(readings_at(token, context, could)) == full, (token.text, token.i)
    assert read, "the article gives readings, so the comparison compared something"


def test_most_words_are_turned_away(parsed: tuple[Doc, StanceContext]) -> None:
    doc, context = parsed
    kept = sum(readable(doc_pos(doc), context.word_cues))
    assert kept < len(doc) / 4, (kept, len(doc))
