"""The base of every newsfacts stage: one bad article must never end a batch."""

from __future__ import annotations

from spacy.tokens import Doc

from newsfacts.errors import Errors
from newsfacts.pipeline.doc import add_failure, register_extensions


class Stage:
    """A spaCy component whose `process` reads earlier stages' results and adds its own.

    A failure inside `process` is recorded on the Doc rather than raised: the assembling
    pipeline turns it into an error entry for that article, and the batch goes on.
    """

    def __init__(self, name: str) -> None:
        register_extensions()
        self.name = name

    def __call__(self, doc: Doc) -> Doc:
        if doc._.newsfacts_failures:
            return doc
        try:
            self.process(doc)
        except Exception as exc:  # recorded, never hidden: it becomes the article's error entry
            add_failure(
                doc, Errors.E201.format(stage=self.name, detail=f"{type(exc).__name__}: {exc}")
            )
        return doc

    def process(self, doc: Doc) -> None:
        raise NotImplementedError
