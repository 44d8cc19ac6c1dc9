"""What the stages leave on a spaCy Doc, and the small helpers they share.

Stages keep spans in `doc.spans["newsfacts_*"]` and plain JSON-able values in
`doc._.newsfacts_*`, never pydantic objects, Span objects or lambdas: plain values survive
`Doc.to_bytes()`, which `nlp.pipe(n_process>1)` and DocBin rely on.
"""

from __future__ import annotations

from bisect import bisect_right
from typing import Any

from spacy.tokens import Doc

FACT_KINDS = ("actors", "amounts", "dates", "quotes", "stances")
BOILERPLATE = "newsfacts_boilerplate"
ACTOR_MENTIONS = "newsfacts_actor_mentions"

Fact = dict[str, Any]


def register_extensions() -> None:
    """Declare the Doc attributes the stages read and write (idempotent)."""
    names = ["published", "language", "failures", "warnings", *FACT_KINDS]
    for name in names:
        if not Doc.has_extension(f"newsfacts_{name}"):
            Doc.set_extension(f"newsfacts_{name}", default=None)


def get_facts(doc: Doc, kind: str) -> list[Fact]:
    """The facts one stage left on the Doc (an empty list before it ran)."""
    return list(getattr(doc._, f"newsfacts_{kind}") or [])


def set_facts(doc: Doc, kind: str, facts: list[Fact]) -> None:
    setattr(doc._, f"newsfacts_{kind}", facts)


def add_warning(doc: Doc, message: str) -> None:
    warnings = list(doc._.newsfacts_warnings or [])
    if message not in warnings:
        warnings.append(message)
    doc._.newsfacts_warnings = warnings


def add_failure(doc: Doc, message: str) -> None:
    doc._.newsfacts_failures = [*(doc._.newsfacts_failures or []), message]


def in_boilerplate(doc: Doc, start: int, end: int) -> bool:
    """True when the character range lies inside text the cleaning stage marked as boilerplate."""
    group = doc.spans.get(BOILERPLATE, [])
    return any(span.start_char <= start and end <= span.end_char for span in group)


class SentenceIndex:
    """Maps character offsets to sentence numbers, for the evidence of each fact."""

    def __init__(self, doc: Doc) -> None:
        self._starts = (
            [sent.start_char for sent in doc.sents] if doc.has_annotation("SENT_START") else [0]
        )

    def __call__(self, char: int) -> int:
        return max(bisect_right(self._starts, char) - 1, 0)
