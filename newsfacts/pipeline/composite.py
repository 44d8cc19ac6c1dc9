"""`nlp.add_pipe("newsfacts")`: every newsfacts stage as one component, for users who want
the facts on `doc._` of a pipeline of their own without adding the stages one by one."""

from __future__ import annotations

from collections.abc import Callable, Iterable

from spacy.language import Language
from spacy.tokens import Doc

from newsfacts.pipeline.stage import ErrorHandler, Stage


class Newsfacts:
    """Runs the newsfacts stages in order on each Doc."""

    def __init__(self, stages: Iterable[Callable[[Doc], Doc]]) -> None:
        self.stages = list(stages)

    def __call__(self, doc: Doc) -> Doc:
        for stage in self.stages:
            doc = stage(doc)
        return doc

    def set_error_handler(self, error_handler: ErrorHandler) -> None:
        """Hand spaCy's error handler (`nlp.set_error_handler`) on to every stage."""
        for stage in self.stages:
            if isinstance(stage, Stage):
                stage.set_error_handler(error_handler)


def build(nlp: Language, stage_names: Iterable[str]) -> Newsfacts:
    """The composite of the named stage factories, created but not added to `nlp`."""
    return Newsfacts(nlp.create_pipe(name, name=name) for name in stage_names)
