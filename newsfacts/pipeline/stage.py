"""The base of every newsfacts stage, and what happens when one fails.

A stage follows spaCy's error-handler protocol (`set_error_handler`/`get_error_handler`,
as `TrainablePipe` does): in a user's own pipeline a failure raises by default, like any
spaCy component, and `nlp.set_error_handler(...)` changes that. The `Extractor` installs
`record_failure` instead, which keeps the failure (with its traceback) on the Doc and
leaves the failed stage's facts empty: the stages after it still run, and the article's
record keeps everything else, with a W004 warning naming the stage and the error.
"""

from __future__ import annotations

import logging
import traceback
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Self, TypeVar

import srsly
from spacy.tokens import Doc
from spacy.util import raise_error

from newsfacts.errors import Errors
from newsfacts.pipeline.doc import ACTOR_MENTIONS, add_failure, register_extensions
from newsfacts.resources import load_resource

logger = logging.getLogger("newsfacts")

ErrorHandler = Callable[[str, Callable[[Doc], Doc], list[Doc], Exception], None]


class Stage:
    """A spaCy component whose `process` reads earlier stages' results and adds its own.

    `needs` names the fact kinds earlier stages must have left on the Doc ("actors"): a
    pipeline without them fails loudly (E310) instead of quietly finding nothing.

    `resources` names the stage's rule files by config key ({"lexicon": "actors.json"}):
    `load_resources` reads them, and `to_disk`/`from_disk` carry them with a saved pipeline,
    so a pipeline built with a lexicon of the user's own loads with that lexicon elsewhere.
    """

    def __init__(self, name: str, **resources: str) -> None:
        register_extensions()
        self.name = name
        self.needs: tuple[str, ...] = ()
        self.produces: str | None = None
        self._error_handler: ErrorHandler = raise_error
        self.resources = resources
        self.load_resources(resources)

    def load_resources(self, resources: dict[str, str]) -> None:
        """Read the rule files (a stage without any has nothing to do)."""

    def __call__(self, doc: Doc) -> Doc:
        try:
            self._check_needs(doc)
            self.process(doc)
        except Exception as exc:  # handed to the error handler: raised or recorded, never lost
            self._error_handler(self.name, self, [doc], exc)
        return doc

    def process(self, doc: Doc) -> None:
        raise NotImplementedError

    def _check_needs(self, doc: Doc) -> None:
        for kind in self.needs:
            if getattr(doc._, f"newsfacts_{kind}") is None:
                raise MissingStageError(Errors.E310.format(stage=self.name, kind=kind))

    def to_disk(self, path: str | Path, *, exclude: Iterable[str] = ()) -> None:
        """Write each rule file as `PATH/KEY.json` (spaCy calls this from `nlp.to_disk`)."""
        folder = Path(path)
        folder.mkdir(parents=True, exist_ok=True)
        for key, resource in self.resources.items():
            srsly.write_json(folder / f"{key}.json", load_resource(resource))

    def from_disk(self, path: str | Path, *, exclude: Iterable[str] = ()) -> Self:
        """Read the rule files `to_disk` wrote (spaCy calls this from `nlp.from_disk`)."""
        folder = Path(path).resolve()
        self.resources = {key: str(folder / f"{key}.json") for key in self.resources}
        self.load_resources(self.resources)
        return self

    def set_error_handler(self, error_handler: ErrorHandler) -> None:
        """What to do when `process` raises (spaCy's protocol; see `Language.set_error_handler`)."""
        self._error_handler = error_handler

    def get_error_handler(self) -> ErrorHandler:
        return self._error_handler


S = TypeVar("S", bound=Stage)


class MissingStageError(RuntimeError):
    """A stage ran before the stage whose facts it reads."""


def needing(stage: S, kinds: tuple[str, ...], produces: str | None = None) -> S:
    """`stage`, set to check that the facts of `kinds` are on each Doc before it runs, and
    to leave its own facts (`produces`) empty when it fails."""
    stage.needs = kinds
    stage.produces = produces
    return stage


def record_failure(
    proc_name: str, proc: Callable[[Doc], Doc], docs: list[Doc], exc: Exception
) -> None:
    """The error handler the Extractor installs: keep the failure and its traceback on each
    Doc (the article becomes an error entry with the traceback as its detail) and log it."""
    detail = "".join(traceback.format_exception(exc))
    logger.debug("stage %s failed:\n%s", proc_name, detail)
    error = f"{type(exc).__name__}: {exc}"
    kind = proc.produces if isinstance(proc, Stage) else None
    for doc in docs:
        add_failure(doc, error, detail, stage=proc_name, kind=kind)
        if kind is not None:  # what a failed stage left half-done is not kept
            setattr(doc._, f"newsfacts_{kind}", [])
            if kind == "actors":
                doc.spans[ACTOR_MENTIONS] = []
