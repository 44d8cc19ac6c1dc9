"""What the stance tests read off a parsed Doc: its stances as (holder, polarity, target)."""

from __future__ import annotations

from newsfacts.pipeline.extractor import Extractor


def held(extractor: Extractor, text: str) -> set[tuple[str, str, str]]:
    """The stances of `text`, after checking that no stage failed and the stances stage ran."""
    doc = extractor.nlp(text)
    assert not doc._.newsfacts_failures, doc._.newsfacts_failures
    assert doc._.newsfacts_stances is not None, "the stances stage did not run"
    return {(s["holder"], s["polarity"], s["target"]) for s in doc._.newsfacts_stances or []}
